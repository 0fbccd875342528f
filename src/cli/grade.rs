//! `goldenhour grade RECORD…`: verify records by replaying them; gradebook, xAPI, debriefs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use goldenhour::grade::{self, Verdict, export, report, summary};
use goldenhour::i18n::{Arg, Msg};

use super::{Fail, load_catalog_in};

#[derive(clap::Args)]
pub(super) struct Args {
    /// Record files (JSON), or folders holding them.
    #[arg(required = true)]
    records: Vec<PathBuf>,
    /// Write a gradebook CSV in Moodle's grade-export layout.
    #[arg(long)]
    csv: Option<PathBuf>,
    /// Write xAPI 1.0.3 statements (a JSON array).
    #[arg(long)]
    xapi: Option<PathBuf>,
    /// Write one HTML debrief per record and an index.html into this folder.
    #[arg(long)]
    report: Option<PathBuf>,
    /// More folders of case files, searched after the bundled ones (repeatable).
    #[arg(long = "scenarios", value_name = "DIR")]
    scenarios: Vec<PathBuf>,
    /// A CSV with columns id,first,last,email: names and email for the gradebook.
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
        xapi,
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
    let roster = match &roster {
        Some(p) => export::read_roster(p).map_err(Fail)?,
        None => export::Roster::new(),
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
        eprintln!("{}", catalog.render(&lang, &m));
    }
    if files.is_empty() {
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
    if let Some(p) = &csv {
        let (bytes, skipped) = export::gradebook_csv(&graded, &roster, &catalog, &lang);
        for f in skipped {
            eprintln!(
                "{}",
                catalog.render(&lang, &Msg::new("grade-csv-skipped").arg("file", Arg::Text(f)))
            );
        }
        goldenhour::record::write_atomic(p, &bytes)?;
        wrote(p);
    }
    if let Some(p) = &xapi {
        let v = export::xapi_statements(&graded, &catalog);
        let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
        text.push('\n');
        goldenhour::record::write_atomic(p, text.as_bytes())?;
        wrote(p);
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
    Ok(ExitCode::from(u8::from(sum.rejected > 0)))
}
