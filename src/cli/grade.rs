//! `goldenhour grade RECORD…`: verify records by replaying them; gradebook, xAPI, debriefs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use goldenhour::grade::{self, Verdict, export, lrs, report, summary};
use goldenhour::i18n::{Arg, Msg};

use super::{Fail, load_catalog_in};

#[derive(clap::Args)]
pub(super) struct Args {
    /// Record files (JSON), or folders holding them (none: only send what --lrs-queue holds).
    #[arg(required_unless_present = "lrs_queue")]
    records: Vec<PathBuf>,
    /// Write a gradebook CSV for Moodle's CSV grade import: each case's total in a column named
    /// as the case.
    #[arg(long)]
    csv: Option<PathBuf>,
    /// In the CSV, also a column per rubric criterion (points).
    #[arg(long, requires = "csv")]
    criteria: bool,
    /// Write the gradebook as an Excel workbook: a sheet of totals, a sheet of criteria.
    #[arg(long, value_name = "FILE.xlsx")]
    xlsx: Option<PathBuf>,
    /// Write xAPI 1.0.3 statements (a JSON array).
    #[arg(long)]
    xapi: Option<PathBuf>,
    /// Send the xAPI statements to this LRS endpoint (`https://…/xAPI/`), in batches; the
    /// credentials come from the GOLDENHOUR_LRS_AUTH environment variable or --lrs-auth-file.
    #[arg(long, value_name = "URL")]
    lrs: Option<String>,
    /// A file holding the LRS credentials: `user:password`, or an Authorization value.
    #[arg(long, value_name = "FILE", requires = "lrs")]
    lrs_auth_file: Option<PathBuf>,
    /// A folder for statements not yet delivered: what the LRS does not take (or all of them,
    /// without --lrs) waits there and is sent first by the next run with --lrs.
    #[arg(long, value_name = "DIR")]
    lrs_queue: Option<PathBuf>,
    /// Statements per POST to the LRS.
    #[arg(long, value_name = "N", default_value_t = lrs::DEFAULT_BATCH,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=10_000))]
    lrs_batch: usize,
    /// Write one HTML debrief per record and an index.html into this folder.
    #[arg(long)]
    report: Option<PathBuf>,
    /// More folders of case files, searched after the bundled ones (repeatable).
    #[arg(long = "scenarios", value_name = "DIR")]
    scenarios: Vec<PathBuf>,
    /// A CSV with columns id,first,last,email: names and email for the gradebook (CSV and
    /// xlsx), whose rows are then only the roster's ids.
    #[arg(long)]
    roster: Option<PathBuf>,
    /// A classroom host's public key (`host-key.pub`): records it signed count as witnessed
    /// (repeatable).
    #[arg(long = "trust", value_name = "KEY.pub")]
    trust: Vec<PathBuf>,
    /// Reject every record that no trusted host witnessed.
    #[arg(long)]
    require_witnessed: bool,
}

/// The per-user cases folder the desktop app lists (only known with the app built in).
#[cfg(feature = "gui")]
fn user_scenarios() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "GoldenHour", "goldenhour")
        .map(|d| d.data_dir().join("scenarios"))
}

#[cfg(not(feature = "gui"))]
fn user_scenarios() -> Option<PathBuf> {
    None
}

pub(super) fn run(args: Args, dir: &Path, lang: Option<String>) -> Result<ExitCode, Fail> {
    let Args {
        records,
        csv,
        criteria,
        xlsx,
        xapi,
        lrs,
        lrs_auth_file,
        lrs_queue,
        lrs_batch,
        report: report_dir,
        scenarios: extra,
        roster,
        trust,
        require_witnessed,
    } = args;
    // The texts of the cases in each `--scenarios` folder's case folder, too.
    let folders = extra.iter().filter_map(|d| goldenhour::data::folder_of_cases(d));
    let catalog = load_catalog_in(dir, folders.collect())?;
    // An unknown `--lang` fails before any record is read.
    let asked = match lang.as_deref() {
        Some(l) => Some(super::lang(Some(&catalog), Some(l), None)?),
        None => None,
    };
    for d in &extra {
        if !d.is_dir() {
            return Err(Fail(format!("{}: --scenarios needs a folder of case files", d.display())));
        }
    }
    let mut keys = Vec::with_capacity(trust.len());
    for p in &trust {
        keys.push(goldenhour::witness::PublicKey::load(p).map_err(|e| Fail(e.to_string()))?);
    }
    let trust = grade::Trust { keys, require_witnessed };
    // The LRS's address and credentials are checked before any record is read.
    let early = super::lang(Some(&catalog), asked.as_deref(), None)?;
    let target = match (&lrs, &lrs_queue) {
        (None, None) => None,
        (url, queue) => {
            if let Some(u) = url
                && !lrs::is_http_url(u)
            {
                let m = Msg::new("grade-lrs-bad-url").arg("url", Arg::Text(u.clone()));
                return Err(Fail(catalog.render(&early, &m)));
            }
            let bad = |source: String| {
                let m = Msg::new("grade-lrs-bad-auth").arg("source", Arg::Text(source));
                Fail(catalog.render(&early, &m))
            };
            let auth = match (&lrs_auth_file, std::env::var(lrs::AUTH_ENV)) {
                (Some(f), _) => {
                    let text = std::fs::read_to_string(f)
                        .map_err(|e| Fail(format!("{}: cannot read: {e}", f.display())))?;
                    Some(lrs::auth_header(&text).ok_or_else(|| bad(f.display().to_string()))?)
                }
                (None, Ok(v)) if url.is_some() && !v.trim().is_empty() => {
                    Some(lrs::auth_header(&v).ok_or_else(|| bad(lrs::AUTH_ENV.to_string()))?)
                }
                _ => None,
            };
            if let Some(u) = url
                && auth.is_some()
                && lrs::sends_in_clear(u)
            {
                let m = Msg::new("grade-lrs-in-clear").arg("url", Arg::Text(u.clone()));
                tell!("{}", catalog.render(&early, &m));
            }
            let mut t = lrs::Target::new(url.as_deref(), auth, queue.clone());
            t.batch = lrs_batch;
            Some(t)
        }
    };
    let roster = match &roster {
        Some(p) => Some(export::read_roster(p).map_err(Fail)?),
        None => None,
    };
    let (files, skipped) =
        grade::expand_paths(&records).map_err(|e| Fail(format!("cannot list: {e}")))?;
    let mut dirs = vec![dir.join("scenarios")];
    dirs.extend(extra.iter().cloned());
    dirs.extend(user_scenarios());
    let lib = grade::Library::load(&dirs, Some(&catalog));
    let graded = grade::grade_all(&files, &lib, &trust);
    let first = graded.iter().find_map(|g| g.record.as_ref());
    let lang = super::lang(Some(&catalog), asked.as_deref(), first.map(|r| r.locale.as_str()))?;
    for s in &skipped {
        let file = Arg::Text(s.path.display().to_string());
        let m = Msg::new("grade-skipped").arg("file", file).arg("why", Arg::Ref(s.why.into()));
        tell!("{}", catalog.render(&lang, &m));
    }
    if files.is_empty() && lrs_queue.is_none() {
        return Err(Fail(catalog.text(&lang, "grade-no-records")));
    }
    let t = |id: &str| catalog.text(&lang, id);
    for g in &graded {
        // A record's own text is cut: a hand-made record may carry an id of any length.
        let who = g.who().map(grade::fields::clip).unwrap_or_else(|| t("grade-anonymous"));
        let mut cols = vec![g.path.display().to_string(), who];
        if let Some(r) = &g.record {
            let case = match g.verified() {
                Some((_, rep)) => t(&rep.scenario().title),
                None => grade::fields::clip(&r.scenario_id),
            };
            cols.push(case);
            cols.push(format!("{} {}", t("report-seed"), r.seed));
        }
        if let Verdict::Verified(rep) = &g.verdict
            && let Some(o) = rep.outcome()
        {
            cols.push(format!("{:.1}", o.score));
            cols.push(format!("{} {}", o.grade, t(&o.grade_name)));
        }
        // Witnessed or self-submitted, before the verdict.
        if g.standing != grade::Standing::Unknown {
            cols.push(catalog.render(&lang, &g.standing.msg()));
        }
        cols.push(match &g.verdict {
            Verdict::Verified(_) => t("grade-verified"),
            Verdict::Unfinished => t("grade-unfinished"),
            Verdict::Rejected(r) => catalog.render(
                &lang,
                &Msg::new("grade-rejected").arg("why", Arg::Text(r.render(&catalog, &lang))),
            ),
        });
        say!("{}", cols.join(" · "));
        for f in g.standing.flags() {
            say!("    ! {}", catalog.render(&lang, &f.msg()));
        }
    }
    let sum = summary::summarize(&graded);
    say!("");
    for line in summary::text(&sum, &catalog, &lang) {
        say!("{line}");
    }
    let wrote = |p: &Path| {
        say!(
            "{}",
            catalog.render(
                &lang,
                &Msg::new("grade-wrote").arg("file", Arg::Text(p.display().to_string()))
            )
        )
    };
    let book = export::Gradebook::new(&graded, roster.as_ref());
    if csv.is_some() || xlsx.is_some() {
        for f in &book.no_id {
            let m = Msg::new("grade-csv-skipped").arg("file", Arg::Text(f.clone()));
            tell!("{}", catalog.render(&lang, &m));
        }
        for id in &book.not_in_roster {
            let m = Msg::new("grade-csv-not-in-roster").arg("id", Arg::Text(id.clone()));
            tell!("{}", catalog.render(&lang, &m));
        }
        for (id, _) in &book.no_record {
            let m = Msg::new("grade-csv-no-record").arg("id", Arg::Text(id.clone()));
            tell!("{}", catalog.render(&lang, &m));
        }
    }
    if let Some(p) = &csv {
        // What would stop or mislead Moodle's user mapping, before the teacher tries.
        if roster.is_none() {
            if !book.people.is_empty() {
                tell!("{}", t("grade-csv-no-roster"));
            }
        } else {
            for id in book.without_email() {
                let m = Msg::new("grade-csv-no-email").arg("id", Arg::Text(id.to_string()));
                tell!("{}", catalog.render(&lang, &m));
            }
        }
        let opts = export::CsvOptions { criteria };
        let bytes = export::gradebook_csv(&book, &catalog, &lang, opts);
        goldenhour::record::write_atomic(p, &bytes)?;
        wrote(p);
        if criteria {
            for sc in &book.cases {
                for c in &sc.rubric.criteria {
                    let item = export::criterion_column(sc, &c.name, &catalog, &lang);
                    let m = Msg::new("grade-csv-criterion-max")
                        .arg("item", Arg::Text(item))
                        .arg("max", Arg::Num(i64::from(c.weight)));
                    say!("{}", catalog.render(&lang, &m));
                }
            }
        }
    }
    if let Some(p) = &xlsx {
        let bytes = export::gradebook_xlsx(&book, &catalog, &lang)
            .map_err(|e| Fail(format!("{}: cannot write the workbook: {e}", p.display())))?;
        goldenhour::record::write_atomic(p, &bytes)?;
        wrote(p);
    }
    let statements =
        (xapi.is_some() || target.is_some()).then(|| export::xapi_statements(&graded, &catalog));
    if let (Some(p), Some(v)) = (&xapi, &statements) {
        let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
        text.push('\n');
        goldenhour::record::write_atomic(p, text.as_bytes())?;
        wrote(p);
    }
    let mut undelivered = false;
    if let Some(target) = &target {
        let all = match statements {
            Some(serde_json::Value::Array(a)) => a,
            _ => Vec::new(),
        };
        let d = lrs::deliver(target, all).map_err(Fail)?;
        if target.statements_url.is_some() {
            let n = |v: usize| Arg::Num(i64::try_from(v).unwrap_or(i64::MAX));
            let m = Msg::new("grade-lrs-report")
                .arg("statements", n(d.statements))
                .arg("queued", n(d.from_queue))
                .arg("batches", n(d.batches))
                .arg("stored", n(d.stored))
                .arg("already", n(d.already));
            say!("{}", catalog.render(&lang, &m));
        }
        for f in &d.failures {
            let m = match f {
                lrs::Failure::Unreachable { why } => {
                    Msg::new("grade-lrs-unreachable").arg("why", Arg::Text(why.clone()))
                }
                lrs::Failure::Refused { status, body } => Msg::new("grade-lrs-refused")
                    .arg("status", Arg::Num(i64::from(*status)))
                    .arg("body", Arg::Text(body.clone())),
                lrs::Failure::Unexpected { what } => {
                    Msg::new("grade-lrs-unexpected").arg("what", Arg::Text(what.clone()))
                }
            };
            tell!("{}", catalog.render(&lang, &m));
        }
        let unsent = d.statements - d.stored - d.already;
        if let Some(q) = &target.queue {
            if d.queued > 0 {
                let m = Msg::new("grade-lrs-queued")
                    .arg("count", Arg::Num(i64::try_from(d.queued).unwrap_or(i64::MAX)))
                    .arg("dir", Arg::Text(q.display().to_string()));
                say!("{}", catalog.render(&lang, &m));
            }
        } else if unsent > 0 {
            let m = Msg::new("grade-lrs-unsent")
                .arg("count", Arg::Num(i64::try_from(unsent).unwrap_or(i64::MAX)));
            tell!("{}", catalog.render(&lang, &m));
        }
        // Statements that reached neither the LRS nor a queue fail the run.
        undelivered = target.queue.is_none() && unsent > 0;
    }
    if let Some(d) = &report_dir {
        std::fs::create_dir_all(d)
            .map_err(|e| Fail(format!("{}: cannot create: {e}", d.display())))?;
        let mut links = Vec::with_capacity(graded.len());
        let mut used = std::collections::BTreeSet::new();
        for g in &graded {
            let link = match (&g.record, &g.verdict) {
                (Some(rec), Verdict::Verified(rep)) => {
                    // Records with the same name from different folders get `-2`, `-3`…
                    let base = report::report_file_name(g);
                    let stem = base.trim_end_matches(".html").to_string();
                    let mut name = base;
                    let mut n = 1;
                    while !used.insert(name.clone()) {
                        n += 1;
                        name = format!("{stem}-{n}.html");
                    }
                    let rlang = super::lang(Some(&catalog), None, Some(&rec.locale))?;
                    let html =
                        report::html_with_standing(rec, rep, Some(&g.standing), &catalog, &rlang);
                    goldenhour::record::write_atomic(&d.join(&name), html.as_bytes())?;
                    Some(name)
                }
                _ => None,
            };
            links.push(link);
        }
        let index = report::index_html(&graded, &links, &sum, &catalog, &lang);
        let p = d.join("index.html");
        goldenhour::record::write_atomic(&p, index.as_bytes())?;
        wrote(&p);
    }
    Ok(ExitCode::from(u8::from(sum.rejected > 0 || undelivered)))
}
