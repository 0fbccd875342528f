//! `goldenhour validate [PATH…]`: check cases and their translations, compiler-style.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use goldenhour::i18n::{Catalog, Msg};
use goldenhour::scenario::validate::{self, Diagnostic, Severity, check_text};
use goldenhour::{data, sim};

use super::{Fail, display_width, lang, read_text, shown};
use crate::authoring::tr;

#[derive(clap::Args)]
pub(super) struct Args {
    paths: Vec<PathBuf>,
    /// Treat warnings as errors (for CI).
    #[arg(long)]
    deny_warnings: bool,
}

/// Colour diagnostics only on a terminal, and never when NO_COLOR is set.
fn colour() -> bool {
    use std::io::IsTerminal as _;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// A diagnostic in the command's language, on stderr.
fn print_diag(d: &Diagnostic, cat: &Catalog, lang: &str) {
    tell!("{}\n", d.render(cat, lang, colour()));
}

fn tally(d: &Diagnostic, errors: &mut usize, warnings: &mut usize) {
    match d.severity {
        Severity::Error => *errors += 1,
        Severity::Warning => *warnings += 1,
    }
}

pub(super) fn run(args: Args, dir: &Path, asked: Option<String>) -> Result<ExitCode, Fail> {
    let Args { paths, deny_warnings } = args;
    let home = super::shared_messages()?;
    // Why there is nothing to check, in the app's own words.
    let said = |id: &'static str, args: &[(&'static str, String)]| {
        let cat = match Catalog::load(&home.join("locales")) {
            Ok(c) => c,
            Err(e) => return Fail(e.to_string()),
        };
        match lang(Some(&cat), asked.as_deref(), None) {
            Ok(l) => Fail(tr(&cat, &l, id, args)),
            Err(f) => f,
        }
    };
    let paths = if paths.is_empty() {
        let scen = shown(&dir.join("scenarios"));
        let listed = data::ron_files(&scen).map_err(|e| {
            said(
                "validate-cannot-list",
                &[("dir", scen.display().to_string()), ("error", e.to_string())],
            )
        })?;
        listed.iter().map(|p| shown(p)).collect()
    } else {
        paths
    };
    if paths.is_empty() {
        return Err(said(
            "validate-no-files",
            &[("dir", shown(&dir.join("scenarios")).display().to_string())],
        ));
    }
    // The app's own messages, the data folder's, and each checked case's folder's.
    let folders = paths.iter().filter_map(|c| data::case_folder(c));
    let dirs: Vec<PathBuf> = data::locale_dirs(dir, folders).iter().map(|d| shown(d)).collect();
    let (ftl, unreadable) = validate::read_locales(&dirs);
    let (catalog, load_error) = match Catalog::load_layers(&dirs) {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(e)),
    };
    // The command's own words: from the whole catalog, or the app's alone when a case's texts
    // do not load.
    let own = match &catalog {
        Some(_) => None,
        None => Some(Catalog::load(&home.join("locales"))?),
    };
    let Some(cli) = catalog.as_ref().or(own.as_ref()) else {
        return Err(Fail("no catalog".into()));
    };
    let lang = lang(Some(cli), asked.as_deref(), None)?;
    let mut errors = 0;
    let mut warnings = 0;
    let cycles = validate::message_cycles(&ftl);
    for d in unreadable.iter().chain(ftl.iter().flat_map(|f| f.errors.iter())).chain(&cycles) {
        print_diag(d, cli, &lang);
        tally(d, &mut errors, &mut warnings);
    }
    // Syntax errors were reported above with their source line; report anything else.
    if let Some(e) = load_error
        && errors == 0
    {
        tell!("error[locale]: {e}\n");
        errors += 1;
    }
    if let Some(cat) = &catalog {
        errors += engine_messages(cat, &lang, &ftl, &shown(&home.join("locales")));
    }
    let mut table: Vec<(String, Vec<validate::LocaleCoverage>)> = Vec::new();
    for path in &paths {
        let text = match read_text(path) {
            Ok(t) => t,
            Err(Fail(m)) => {
                tell!("error[unreadable-file]: {m}\n");
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
            print_diag(d, cli, &lang);
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
                let ok = tr(cli, &lang, "validate-ok", &[("file", file), ("case", sc.id.clone())]);
                say!("{ok}; {}", parts.join(", "));
                table.push((sc.id.clone(), cov));
            }
            _ => say!(
                "{}",
                tr(
                    cli,
                    &lang,
                    "validate-problems",
                    &[("file", file), ("errors", e.to_string()), ("warnings", w.to_string())],
                )
            ),
        }
    }
    if !table.is_empty() {
        print_coverage(cli, &lang, &table);
    }
    let fail = errors > 0 || (deny_warnings && warnings > 0);
    let args = [("errors", errors.to_string()), ("warnings", warnings.to_string())];
    let id =
        if deny_warnings && warnings > 0 { "validate-summary-denied" } else { "validate-summary" };
    let summary = tr(cli, &lang, id, &args);
    if fail {
        tell!("{summary}");
    } else {
        say!("{summary}");
    }
    Ok(ExitCode::from(u8::from(fail)))
}

/// Every locale must define the engine's own messages; each missing one is an error, placed in
/// the locale's `engine.ftl` (in the first locale folder that has the language, else the app's).
fn engine_messages(cat: &Catalog, lang: &str, ftl: &[validate::FtlFile], home: &Path) -> usize {
    let mut errors = 0;
    for l in cat.languages() {
        let locales = ftl
            .iter()
            .find(|f| f.lang == l)
            .and_then(|f| f.path.parent().and_then(Path::parent))
            .unwrap_or(home);
        for id in sim::ENGINE_MESSAGES {
            if !cat.has(l, id) {
                let d = Diagnostic {
                    severity: Severity::Error,
                    code: goldenhour::scenario::validate::LintCode::MissingEngineMessage,
                    file: locales.join(l).join("engine.ftl"),
                    line: 1,
                    col: 1,
                    message: Msg::new("validate-missing-engine-message")
                        .text("id", id)
                        .text("lang", l),
                    help: Some(
                        Msg::new("validate-missing-engine-message-help")
                            .text("id", id)
                            .text("file", locales.join(l).join("engine.ftl").display()),
                    ),
                    excerpt: None,
                    subject: Some(id.to_string()),
                };
                print_diag(&d, cat, lang);
                errors += 1;
            }
        }
    }
    errors
}

/// The per-case, per-locale translation table: `100% 120/120` in each locale's column.
fn print_coverage(cat: &Catalog, lang: &str, table: &[(String, Vec<validate::LocaleCoverage>)]) {
    let mut langs: Vec<&str> =
        table.iter().flat_map(|(_, c)| c.iter().map(|x| x.lang.as_str())).collect();
    langs.sort();
    langs.dedup();
    let head = tr(cat, lang, "validate-coverage-case", &[]);
    let first =
        table.iter().map(|(id, _)| id.len()).chain([display_width(&head)]).max().unwrap_or(4);
    let col = |l: &str| l.len().max(14);
    say!("\n{}", tr(cat, lang, "validate-coverage-title", &[]));
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
