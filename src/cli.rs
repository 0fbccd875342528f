//! Command line: `validate`, `play` and `grade` over the core; no subcommand opens the desktop app.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use goldenhour::i18n::{Arg, Catalog, Msg};
use goldenhour::record::RecordedAction;
use goldenhour::run::{self, Meta};
use goldenhour::sim::ActionError;
use goldenhour::scenario::validate::{self, Diagnostic, Severity, check_text};
use goldenhour::scenario::{Scenario, TimedAction, content_hash};
use goldenhour::{actions, data, sim};

use crate::authoring;

#[derive(Parser)]
#[command(
    name = "goldenhour",
    version,
    about = "Golden Hour: train for the first hours of a cross-border fraud case."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language of the app (zh-CN, en-US, vi-VN); default: the system's, else zh-CN.
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Open this case straight at its briefing.
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// Write the app's session records here (default: the per-user data folder's `records/`).
    #[arg(long, value_name = "DIR")]
    record_dir: Option<PathBuf>,
    /// Render N frames, save a PNG of the window to FILE and exit (for smoke tests).
    #[arg(long, num_args = 2, value_names = ["N", "FILE"])]
    screenshot_after: Option<Vec<String>>,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and their translations (default: every case in scenarios/).
    Validate {
        paths: Vec<PathBuf>,
        /// Treat warnings as errors (for CI).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Classroom mode: run a case for several teams (host, join, class debrief).
    Classroom {
        #[command(subcommand)]
        cmd: crate::classroom_cli::ClassCmd,
    },
    /// Play a case headless with a reference line or an actions file, and print the score.
    Play {
        scenario: PathBuf,
        /// A reference line of the case: expert, passive, reckless…
        #[arg(long, conflicts_with = "actions", required_unless_present = "actions")]
        line: Option<String>,
        /// A RON file of timed actions (see scenarios/README.md).
        #[arg(long)]
        actions: Option<PathBuf>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write the run's record (JSON) here.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Start a new case from a template: scenarios/ID.ron and locales/<lang>/ID.ftl for every
    /// locale, valid as written.
    New {
        id: String,
        /// The data folder holding scenarios/ and locales/ (default: the current one).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Play a case many times with random policies and its reference lines: score distribution,
    /// content no play reaches, and whether good play scores above bad.
    Explore {
        scenario: PathBuf,
        /// Random playthroughs.
        #[arg(long, default_value_t = 1000)]
        runs: u64,
        /// Run i is seeded from (seed, i): the same seed gives the same report.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also write a self-contained HTML report here.
        #[arg(long)]
        html: Option<PathBuf>,
        /// Worker threads (default: one per core). The report does not depend on it.
        #[arg(long)]
        jobs: Option<usize>,
        /// Exit 1 when content is unreached or the scores do not separate (for CI).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Verify records by replaying them, then write a gradebook, xAPI statements and debriefs.
    Grade {
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
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Print a line to stdout; a closed pipe (`goldenhour play … | head`) is not an error.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// A failure the user must see: printed once, exit 1.
pub(crate) struct Fail(pub(crate) String);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Fail {
        Fail(e.to_string())
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let dir = data::data_dir();
    let result = match cli.command {
        None => return open_app(cli.lang, cli.scenario, cli.screenshot_after, cli.record_dir, dir),
        Some(Command::Validate { paths, deny_warnings }) => {
            validate(&dir, paths, deny_warnings, cli.lang)
        }
        Some(Command::Classroom { cmd }) => crate::classroom_cli::run(&dir, cmd, cli.lang),
        Some(Command::Play { scenario, line, actions, seed, out, format }) => {
            play(&dir, &scenario, line, actions, seed, out, format, cli.lang)
        }
        Some(Command::New { id, dir: target }) => new_case(target.unwrap_or(dir), &id, cli.lang),
        Some(Command::Explore { scenario, runs, seed, format, html, jobs, deny_warnings }) => {
            let opts = ExploreOpts { runs, seed, format, html, jobs, deny_warnings };
            explore(&dir, &scenario, opts, cli.lang)
        }
        Some(Command::Grade { records, csv, xapi, report, scenarios, roster }) => {
            let out = GradeOutputs { csv, xapi, report, roster };
            grade(&dir, &records, &scenarios, out, cli.lang)
        }
    };
    match result {
        Ok(code) => code,
        Err(Fail(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(
    lang: Option<String>,
    scenario: Option<PathBuf>,
    shot: Option<Vec<String>>,
    record_dir: Option<PathBuf>,
    dir: PathBuf,
) -> ExitCode {
    let screenshot_after = match shot.as_deref() {
        Some([n, file]) => match n.parse::<u32>() {
            Ok(n) => Some((n, PathBuf::from(file))),
            Err(_) => {
                eprintln!(
                    "error: --screenshot-after takes a number of frames, then a file: `{n}` is not a number"
                );
                return ExitCode::from(1);
            }
        },
        _ => None,
    };
    goldenhour::app::run(goldenhour::app::AppOptions {
        lang,
        scenario,
        screenshot_after,
        data_dir: dir,
        record_dir,
        classroom: None,
    })
}

#[cfg(not(feature = "gui"))]
fn open_app(
    _: Option<String>,
    _: Option<PathBuf>,
    _: Option<Vec<String>>,
    _: Option<PathBuf>,
    _: PathBuf,
) -> ExitCode {
    eprintln!(
        "error: this build has no desktop app (built without the `gui` feature); see `goldenhour --help`"
    );
    ExitCode::from(1)
}

pub(crate) fn load_catalog(dir: &Path) -> Result<Catalog, Fail> {
    Catalog::load(&dir.join("locales")).map_err(|e| Fail(e.to_string()))
}

/// Read a file as UTF-8 text, with a clear error for binary or mis-encoded files.
fn read_text(path: &Path) -> Result<String, Fail> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Fail(format!("{}: cannot read: {e}", path.display())))?;
    if meta.len() > 16 * 1024 * 1024 {
        return Err(Fail(format!(
            "{}: {} bytes is too large for a case or actions file (limit 16 MiB)",
            path.display(),
            meta.len()
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| Fail(format!("{}: cannot read: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        let upto = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..upto]).into_owned();
        let (line, col) = goldenhour::i18n::line_col(&text, upto);
        Fail(format!("{}:{line}:{col}: not UTF-8 text: save the file as UTF-8", path.display()))
    })
}

/// A path as the user would type it: relative to the current folder when it lies inside it.
fn shown(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// Colour diagnostics only on a terminal, and never when NO_COLOR is set.
fn colour() -> bool {
    use std::io::IsTerminal as _;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn print_diag(d: &Diagnostic) {
    eprintln!("{}\n", d.render(colour()));
}

/// A CLI text from the catalog, or `fallback` when the locales could not be loaded.
fn text_or(
    cat: Option<&Catalog>,
    lang: &str,
    id: &'static str,
    args: &[(&'static str, String)],
    fallback: String,
) -> String {
    match cat {
        Some(c) => authoring::tr(c, lang, id, args),
        None => fallback,
    }
}

fn tally(d: &Diagnostic, errors: &mut usize, warnings: &mut usize) {
    match d.severity {
        Severity::Error => *errors += 1,
        Severity::Warning => *warnings += 1,
    }
}

fn validate(
    dir: &Path,
    paths: Vec<PathBuf>,
    deny_warnings: bool,
    lang: Option<String>,
) -> Result<ExitCode, Fail> {
    let paths = if paths.is_empty() {
        let scen = dir.join("scenarios");
        data::ron_files(&scen)
            .map_err(|e| Fail(format!("{}: cannot list: {e}", scen.display())))?
            .iter()
            .map(|p| shown(p))
            .collect()
    } else {
        paths
    };
    if paths.is_empty() {
        return Err(Fail("no scenario files to check".into()));
    }
    let locales = shown(&dir.join("locales"));
    let (ftl, unreadable) = validate::read_locales(&locales);
    let mut errors = 0;
    let mut warnings = 0;
    for d in unreadable.iter().chain(ftl.iter().flat_map(|f| f.errors.iter())) {
        print_diag(d);
        tally(d, &mut errors, &mut warnings);
    }
    let catalog = match Catalog::load(&locales) {
        Ok(c) => Some(c),
        Err(e) => {
            // Syntax errors were reported above with their source line; report anything else.
            if errors == 0 {
                eprintln!("error[locale]: {e}\n");
                errors += 1;
            }
            None
        }
    };
    let lang = match &catalog {
        Some(c) => pick_lang(c, lang)?,
        None => lang.unwrap_or_else(|| goldenhour::i18n::DEFAULT_LANG.to_string()),
    };
    if let Some(cat) = &catalog {
        for l in cat.languages() {
            for id in sim::ENGINE_MESSAGES {
                if !cat.has(l, id) {
                    let d = Diagnostic {
                        severity: Severity::Error,
                        code: "missing-engine-message".into(),
                        file: locales.join(l).join("engine.ftl"),
                        line: 1,
                        col: 1,
                        message: format!("engine message `{id}` is missing in {l}"),
                        help: Some(format!("add `{id} = …` to locales/{l}/engine.ftl")),
                        excerpt: None,
                        subject: Some(id.to_string()),
                    };
                    print_diag(&d);
                    errors += 1;
                }
            }
        }
    }
    let mut table: Vec<(String, Vec<validate::LocaleCoverage>)> = Vec::new();
    for path in &paths {
        let text = match read_text(path) {
            Ok(t) => t,
            Err(Fail(m)) => {
                eprintln!("error[unreadable-file]: {m}\n");
                errors += 1;
                continue;
            }
        };
        let (sc, mut diags) = check_text(path, &text, catalog.as_ref());
        if let Some(sc) = &sc {
            diags.extend(validate::case_ftl_lints(sc, &ftl));
        }
        let (mut e, mut w) = (0, 0);
        for d in &diags {
            print_diag(d);
            tally(d, &mut e, &mut w);
        }
        errors += e;
        warnings += w;
        let file = path.display().to_string();
        match sc {
            Some(sc) if e == 0 => {
                let cov = validate::coverage(&sc, catalog.as_ref(), &ftl);
                let parts: Vec<String> =
                    cov.iter().map(|c| format!("{} {}%", c.lang, c.percent())).collect();
                let ok = text_or(
                    catalog.as_ref(),
                    &lang,
                    "validate-ok",
                    &[("file", file.clone()), ("case", sc.id.clone())],
                    format!("{file}: ok ({})", sc.id),
                );
                say!("{ok}; {}", parts.join(", "));
                table.push((sc.id.clone(), cov));
            }
            _ => say!(
                "{}",
                text_or(
                    catalog.as_ref(),
                    &lang,
                    "validate-problems",
                    &[
                        ("file", file.clone()),
                        ("errors", e.to_string()),
                        ("warnings", w.to_string())
                    ],
                    format!("{file}: {e} error(s), {w} warning(s)"),
                )
            ),
        }
    }
    if !table.is_empty() {
        print_coverage(catalog.as_ref(), &lang, &table);
    }
    let fail = errors > 0 || (deny_warnings && warnings > 0);
    let args = [("errors", errors.to_string()), ("warnings", warnings.to_string())];
    let id =
        if deny_warnings && warnings > 0 { "validate-summary-denied" } else { "validate-summary" };
    let summary = text_or(
        catalog.as_ref(),
        &lang,
        id,
        &args,
        format!("{errors} error(s), {warnings} warning(s)"),
    );
    if fail {
        eprintln!("{summary}");
    } else {
        say!("{summary}");
    }
    Ok(ExitCode::from(u8::from(fail)))
}

/// The per-case, per-locale translation table: `100% 120/120` in each locale's column.
fn print_coverage(
    cat: Option<&Catalog>,
    lang: &str,
    table: &[(String, Vec<validate::LocaleCoverage>)],
) {
    let mut langs: Vec<&str> =
        table.iter().flat_map(|(_, c)| c.iter().map(|x| x.lang.as_str())).collect();
    langs.sort();
    langs.dedup();
    let head = text_or(cat, lang, "validate-coverage-case", &[], "case".into());
    let first =
        table.iter().map(|(id, _)| id.len()).chain([display_width(&head)]).max().unwrap_or(4);
    let col = |l: &str| l.len().max(14);
    say!("\n{}", text_or(cat, lang, "validate-coverage-title", &[], "Translation coverage".into()));
    let mut line = format!("  {head}{}", " ".repeat(first - display_width(&head)));
    for l in &langs {
        line.push_str(&format!("  {l:<w$}", w = col(l)));
    }
    say!("{}", line.trim_end());
    for (id, cov) in table {
        let mut line = format!("  {id:<first$}");
        for l in &langs {
            let cell = cov
                .iter()
                .find(|c| c.lang == *l)
                .map(|c| format!("{:>3}% {}/{}", c.percent(), c.translated, c.needed))
                .unwrap_or_default();
            line.push_str(&format!("  {cell:<w$}", w = col(l)));
        }
        say!("{}", line.trim_end());
    }
    say!("");
}

/// Load and fully check a scenario; any error stops here with file:line:col.
pub(crate) fn load_scenario(
    path: &Path,
    catalog: Option<&Catalog>,
) -> Result<(Scenario, String), Fail> {
    let text = read_text(path)?;
    let (sc, diags) = check_text(path, &text, catalog);
    let errors: Vec<String> =
        diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
    match sc {
        Some(sc) if errors.is_empty() => Ok((sc, content_hash(text.as_bytes()))),
        _ => Err(Fail(format!("{} is not a valid case:\n{}", path.display(), errors.join("\n")))),
    }
}

#[allow(clippy::too_many_arguments)]
fn play(
    dir: &Path,
    path: &Path,
    line: Option<String>,
    actions_file: Option<PathBuf>,
    seed: u64,
    out: Option<PathBuf>,
    format: Format,
    lang: Option<String>,
) -> Result<ExitCode, Fail> {
    let catalog = load_catalog(dir)?;
    let (sc, hash) = load_scenario(path, Some(&catalog))?;
    let lang = match lang {
        Some(l) if catalog.locale(&l).is_some() => l,
        Some(l) => {
            return Err(Fail(format!(
                "no locale `{l}`; available: {}",
                catalog.languages().join(", ")
            )));
        }
        None => goldenhour::i18n::system_language(&catalog.languages()),
    };
    let list: Vec<TimedAction> = match (&line, &actions_file) {
        (Some(name), _) => sc.lines.get(name).cloned().ok_or_else(|| {
            Fail(format!(
                "{}: no reference line `{name}`; the case has: {}",
                path.display(),
                sc.lines.keys().cloned().collect::<Vec<_>>().join(", ")
            ))
        })?,
        (None, Some(f)) => {
            let text = read_text(f)?;
            actions::parse(&text).map_err(|e| Fail(format!("{}:{e}", f.display())))?
        }
        (None, None) => return Err(Fail("give --line NAME or --actions FILE".into())),
    };
    let sc = Arc::new(sc);
    let played = run::play(sc.clone(), seed, &list, Meta::scripted(&hash, &lang));
    let session = &played.run;
    if let Some(h) = session.halted() {
        return Err(Fail(format!("{}: the session stopped: {h}", path.display())));
    }
    let Some(outcome) = session.outcome().cloned() else {
        return Err(Fail("the session did not reach its close".into()));
    };
    let record = played.run.to_record();
    let refused: Vec<(&RecordedAction, &ActionError)> =
        played.refused.iter().map(|r| (&r.action, &r.error)).collect();
    if let Some(out) = &out {
        record.save(out)?;
    }
    match format {
        Format::Json => {
            let refused_json: Vec<serde_json::Value> = refused
                .iter()
                .map(|(a, e)| serde_json::json!({ "at": a.at, "do": a.act, "error": catalog.render(&lang, &session.explain(e)) }))
                .collect();
            let criteria: Vec<serde_json::Value> = outcome
                .criteria
                .iter()
                .map(|c| serde_json::json!({ "id": c.id, "name": catalog.text(&lang, &c.name), "weight": c.weight, "value": c.value, "points": c.points, "max_points": c.max_points }))
                .collect();
            let v = serde_json::json!({
                "scenario": sc.id,
                "seed": seed,
                "line": line,
                "score": outcome.score,
                "grade": outcome.grade,
                "grade_name": catalog.text(&lang, &outcome.grade_name),
                "criteria": criteria,
                "facts": outcome.facts,
                "debrief": outcome.debrief,
                "refused": refused_json,
            });
            say!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        Format::Text => {
            let t = |id: &str| catalog.text(&lang, id);
            let seed_msg = Msg::new("cli-seed").arg("seed", Arg::Text(seed.to_string()));
            say!("{} — {}", t(&sc.title), catalog.render(&lang, &seed_msg));
            for (a, e) in &refused {
                say!(
                    "  ! {} {}",
                    goldenhour::time::format_clock(a.at),
                    catalog.render(&lang, &session.explain(e))
                );
            }
            // One column for the names, as wide as the longest (Vietnamese names run long).
            let width = outcome
                .criteria
                .iter()
                .map(|c| display_width(&t(&c.name)))
                .max()
                .unwrap_or(0)
                .clamp(20, 80);
            for c in &outcome.criteria {
                let name = t(&c.name);
                let pad = width.saturating_sub(display_width(&name));
                say!("  {name}{} {:>5.1} / {:>5.1}", " ".repeat(pad), c.points, c.max_points);
            }
            let m = Msg::new("cli-score")
                .arg("score", Arg::Text(format!("{:.1}", outcome.score)))
                .arg("grade", Arg::Text(outcome.grade.clone()))
                .arg("band", Arg::Ref(outcome.grade_name.clone()));
            say!("{}", catalog.render(&lang, &m));
            for id in &outcome.debrief {
                if let Some(d) = sc.debrief.iter().find(|d| &d.id == id) {
                    let src = d
                        .source
                        .as_ref()
                        .and_then(|s| sc.source(s))
                        .map(|s| format!(" [{}]", s.cite))
                        .unwrap_or_default();
                    say!("  • {}{src}", t(&d.text));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `goldenhour new ID`: write the template case and its texts; never overwrite anything.
fn new_case(dir: PathBuf, id: &str, lang: Option<String>) -> Result<ExitCode, Fail> {
    let dir = shown(&dir);
    let locales_dir = dir.join("locales");
    let catalog = Catalog::load(&locales_dir).ok();
    let lang = match &catalog {
        Some(c) => pick_lang(c, lang)?,
        None => lang.unwrap_or_else(|| goldenhour::i18n::DEFAULT_LANG.to_string()),
    };
    let t = |id: &'static str, args: &[(&'static str, String)], fallback: String| {
        text_or(catalog.as_ref(), &lang, id, args, fallback)
    };
    if !authoring::valid_case_id(id) {
        return Err(Fail(t(
            "new-bad-id",
            &[("id", id.to_string())],
            format!("`{id}` cannot be a case id: use lower-case letters, digits and hyphens"),
        )));
    }
    let mut locales: Vec<String> = std::fs::read_dir(&locales_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    locales.sort();
    if locales.is_empty() {
        let d = locales_dir.display().to_string();
        return Err(Fail(t("new-no-locales", &[("dir", d.clone())], format!("{d}: no locales"))));
    }
    let files = authoring::new_case_files(&dir, id, &locales);
    if let Some((p, _)) = files.iter().find(|(p, _)| p.exists()) {
        let f = p.display().to_string();
        return Err(Fail(t("new-exists", &[("file", f.clone())], format!("{f} already exists"))));
    }
    let mut written = Vec::new();
    for (path, text) in &files {
        let res = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| authoring::write_atomic(path, text.as_bytes()));
        if let Err(e) = res {
            // Leave nothing half made: remove what this run wrote.
            for p in &written {
                let _ = std::fs::remove_file(p);
            }
            return Err(Fail(format!("{}: cannot write: {e}", path.display())));
        }
        written.push(path.clone());
        let f = path.display().to_string();
        say!("{}", t("new-created", &[("file", f.clone())], format!("created {f}")));
    }
    let f = files[0].0.display().to_string();
    say!("{}", t("new-next", &[("file", f.clone())], String::new()));
    Ok(ExitCode::SUCCESS)
}

struct ExploreOpts {
    runs: u64,
    seed: u64,
    format: Format,
    html: Option<PathBuf>,
    jobs: Option<usize>,
    deny_warnings: bool,
}

/// The CLI's language: `--lang` if that locale exists, else the system's.
fn pick_lang(catalog: &Catalog, lang: Option<String>) -> Result<String, Fail> {
    match lang {
        Some(l) if catalog.locale(&l).is_some() => Ok(l),
        Some(l) => {
            Err(Fail(format!("no locale `{l}`; available: {}", catalog.languages().join(", "))))
        }
        None => Ok(goldenhour::i18n::system_language(&catalog.languages())),
    }
}

fn explore(
    dir: &Path,
    path: &Path,
    o: ExploreOpts,
    lang: Option<String>,
) -> Result<ExitCode, Fail> {
    use std::io::IsTerminal as _;
    let catalog = load_catalog(dir)?;
    let lang = pick_lang(&catalog, lang)?;
    let (sc, _) = load_scenario(path, Some(&catalog))?;
    if o.runs == 0 {
        return Err(Fail("--runs must be at least 1".into()));
    }
    let sc = Arc::new(sc);
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(o.runs);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({eta})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(authoring::tr(&catalog, &lang, "explore-progress", &[]));
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(j) = o.jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = pool.build().map_err(|e| Fail(format!("cannot start worker threads: {e}")))?;
    let report =
        pool.install(|| goldenhour::explore::explore(&sc, o.runs, o.seed, &|n| bar.inc(n)));
    bar.finish_and_clear();
    if let Some(html) = &o.html {
        let page = authoring::explore_html(&catalog, &lang, &sc, &report);
        authoring::write_atomic(html, page.as_bytes())
            .map_err(|e| Fail(format!("{}: cannot write: {e}", html.display())))?;
        eprintln!(
            "{}",
            authoring::tr(
                &catalog,
                &lang,
                "explore-html-written",
                &[("file", html.display().to_string())]
            )
        );
    }
    match o.format {
        Format::Json => say!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
        Format::Text => {
            use std::io::Write as _;
            let _ = write!(
                std::io::stdout().lock(),
                "{}",
                authoring::explore_text(&catalog, &lang, &sc, &report)
            );
        }
    }
    Ok(ExitCode::from(u8::from(o.deny_warnings && report.warnings() > 0)))
}

/// Terminal columns a string takes: CJK and full-width characters take two.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let wide = matches!(c as u32,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
            if wide { 2 } else { 1 }
        })
        .sum()
}

struct GradeOutputs {
    csv: Option<PathBuf>,
    xapi: Option<PathBuf>,
    report: Option<PathBuf>,
    roster: Option<PathBuf>,
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

fn grade(
    dir: &Path,
    records: &[PathBuf],
    extra: &[PathBuf],
    out: GradeOutputs,
    lang: Option<String>,
) -> Result<ExitCode, Fail> {
    use goldenhour::grade::{self, Verdict, export, report, summary};
    let catalog = load_catalog(dir)?;
    if let Some(l) = lang.as_deref().filter(|l| catalog.locale(l).is_none()) {
        return Err(Fail(format!(
            "no locale `{l}`; available: {}",
            catalog.languages().join(", ")
        )));
    }
    for d in extra {
        if !d.is_dir() {
            return Err(Fail(format!("{}: --scenarios needs a folder of case files", d.display())));
        }
    }
    let roster = match &out.roster {
        Some(p) => export::read_roster(p).map_err(Fail)?,
        None => export::Roster::new(),
    };
    let files = grade::expand_paths(records).map_err(|e| Fail(format!("cannot list: {e}")))?;
    let mut dirs = vec![dir.join("scenarios")];
    dirs.extend(extra.iter().cloned());
    dirs.extend(user_scenarios());
    let lib = grade::Library::load(&dirs, Some(&catalog));
    let graded = grade::grade_all(&files, &lib);
    let first = graded.iter().find_map(|g| g.record.as_ref());
    let lang = grade::pick_lang(&catalog, lang.as_deref(), first);
    if files.is_empty() {
        return Err(Fail(catalog.text(&lang, "grade-no-records")));
    }
    let t = |id: &str| catalog.text(&lang, id);
    for g in &graded {
        let who = g.who().map(str::to_string).unwrap_or_else(|| t("grade-anonymous"));
        let mut cols = vec![g.path.display().to_string(), who];
        if let Some(r) = &g.record {
            let case = match g.verified() {
                Some((_, rep)) => t(&rep.scenario().title),
                None => r.scenario_id.clone(),
            };
            cols.push(case);
            cols.push(format!("{} {}", t("report-seed"), r.seed));
        }
        match &g.verdict {
            Verdict::Verified(rep) => {
                if let Some(o) = rep.outcome() {
                    cols.push(format!("{:.1}", o.score));
                    cols.push(format!("{} {}", o.grade, t(&o.grade_name)));
                }
                cols.push(t("grade-verified"));
            }
            Verdict::Unfinished => cols.push(t("grade-unfinished")),
            Verdict::Rejected(r) => cols.push(catalog.render(
                &lang,
                &Msg::new("grade-rejected").arg("why", Arg::Text(r.render(&catalog, &lang))),
            )),
        }
        say!("{}", cols.join(" · "));
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
    if let Some(p) = &out.csv {
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
    if let Some(p) = &out.xapi {
        let v = export::xapi_statements(&graded, &catalog);
        let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
        text.push('\n');
        goldenhour::record::write_atomic(p, text.as_bytes())?;
        wrote(p);
    }
    if let Some(d) = &out.report {
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
                    let rlang = grade::pick_lang(&catalog, None, Some(rec));
                    let html = report::html(rec, rep, &catalog, &rlang);
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
