//! `goldenhour explore SCENARIO`: many random playthroughs and the reference lines, in parallel.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::{Fail, Format, load_catalog_for, load_scenario};
use crate::authoring;

#[derive(clap::Args)]
pub(super) struct Args {
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
}

pub(super) fn run(o: Args, dir: &Path, lang: Option<String>) -> Result<ExitCode, Fail> {
    use std::io::IsTerminal as _;
    let catalog = load_catalog_for(dir, &[o.scenario.as_path()])?;
    let lang = super::lang(Some(&catalog), lang.as_deref(), None)?;
    let (sc, _) = load_scenario(&o.scenario, &catalog, &lang)?;
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
            // Lines, each with its newline: `say!` adds the last one back.
            let text = authoring::explore_text(&catalog, &lang, &sc, &report);
            say!("{}", text.strip_suffix('\n').unwrap_or(&text));
        }
    }
    Ok(ExitCode::from(u8::from(o.deny_warnings && report.warnings() > 0)))
}
