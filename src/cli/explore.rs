//! `goldenhour explore SCENARIO`: many random playthroughs and the reference lines, in parallel.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use goldenhour::calibrate::{
    Calibration, HURTS, Kind, MAX_SPREAD, MAX_WORTHLESS_SHARE, WORTH_NOTHING, Warning,
};
use goldenhour::i18n::Catalog;
use goldenhour::scenario::Scenario;

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
    /// Exit 1 when content is unreached or the scores do not separate (for CI); with
    /// --ablate, when the calibration warns.
    #[arg(long)]
    deny_warnings: bool,
    /// Calibrate the expert line instead: its score over seeds 1 to --seeds, what each of its
    /// actions is worth when left out, and what a first-day measure costs an hour late.
    #[arg(long)]
    ablate: bool,
    /// With --ablate: how many seeds (1 to this).
    #[arg(long, default_value_t = goldenhour::calibrate::SEEDS, requires = "ablate")]
    seeds: u64,
}

pub(super) fn run(o: Args, dir: &Path, lang: Option<String>) -> Result<ExitCode, Fail> {
    let catalog = load_catalog_for(dir, &[o.scenario.as_path()])?;
    let lang = super::lang(Some(&catalog), lang.as_deref(), None)?;
    let (sc, _) = load_scenario(&o.scenario, &catalog, &lang)?;
    if o.runs == 0 {
        return Err(Fail("--runs must be at least 1".into()));
    }
    let sc = Arc::new(sc);
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(j) = o.jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = pool.build().map_err(|e| Fail(format!("cannot start worker threads: {e}")))?;
    if o.ablate {
        return ablate(&o, &catalog, &lang, &sc, &pool);
    }
    let bar = progress_bar(o.runs, &catalog, &lang);
    let report =
        pool.install(|| goldenhour::explore::explore(&sc, o.runs, o.seed, &|n| bar.inc(n)));
    bar.finish_and_clear();
    if let Some(html) = &o.html {
        let page = authoring::explore_html(&catalog, &lang, &sc, &report);
        authoring::write_atomic(html, page.as_bytes())
            .map_err(|e| Fail(format!("{}: cannot write: {e}", html.display())))?;
        tell!(
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

/// The report as text, in `lang`.
/// A progress bar of `len` playthroughs on a terminal's stderr; hidden otherwise.
fn progress_bar(len: u64, catalog: &Catalog, lang: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal as _;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(authoring::tr(catalog, lang, "explore-progress", &[]));
    bar
}

/// `explore --ablate`: the calibration report.
fn ablate(
    o: &Args,
    catalog: &Catalog,
    lang: &str,
    sc: &Arc<Scenario>,
    pool: &rayon::ThreadPool,
) -> Result<ExitCode, Fail> {
    if o.seeds == 0 {
        return Err(Fail("--seeds must be at least 1".into()));
    }
    let seeds: Vec<u64> = (1..=o.seeds).collect();
    let bar = progress_bar(goldenhour::calibrate::playthroughs(sc, seeds.len()), catalog, lang);
    let c = pool.install(|| goldenhour::calibrate::calibrate(sc, &seeds, &|k| bar.inc(k)));
    bar.finish_and_clear();
    let Some(c) = c else {
        return Err(Fail(authoring::tr(catalog, lang, "calibrate-no-expert", &[])));
    };
    match o.format {
        Format::Json => say!("{}", serde_json::to_string_pretty(&c).unwrap_or_default()),
        Format::Text => {
            let text = calibration_text(catalog, lang, sc, &c);
            say!("{}", text.strip_suffix('\n').unwrap_or(&text));
        }
    }
    Ok(ExitCode::from(u8::from(o.deny_warnings && !c.warnings.is_empty())))
}

fn calibration_text(cat: &Catalog, lang: &str, sc: &Scenario, c: &Calibration) -> String {
    use std::fmt::Write as _;
    let t = |id: &'static str, args: &[(&'static str, String)]| authoring::tr(cat, lang, id, args);
    let f1 = |x: f64| format!("{x:.1}");
    let mut o = String::new();
    let seeds = match (c.seeds.first(), c.seeds.last()) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => String::new(),
    };
    let _ = writeln!(
        o,
        "{}",
        t("calibrate-title", &[("case", cat.text(lang, &sc.title)), ("seeds", seeds)])
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            "calibrate-expert",
            &[
                ("mean", f1(c.mean)),
                ("min", f1(c.min)),
                ("max", f1(c.max)),
                ("spread", f1(c.max - c.min)),
            ]
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            "calibrate-raw",
            &[
                ("mean", f1(c.raw_mean)),
                ("min", f1(c.raw_min)),
                ("max", f1(c.raw_max)),
                ("spread", f1(c.raw_max - c.raw_min)),
            ]
        )
    );
    if let Some(p) = c.passive {
        let _ = writeln!(
            o,
            "{}",
            t("calibrate-passive", &[("passive", f1(p)), ("gap", f1(c.mean - p))])
        );
    }
    let _ = writeln!(o, "\n{}", t("calibrate-actions", &[]));
    for a in &c.actions {
        let what = cat.render(lang, &goldenhour::sim::action_msg(sc, &a.action));
        let mark = if a.kind == Kind::Acknowledgement {
            "–"
        } else if a.raw_worth < -HURTS {
            "▼"
        } else if a.worth < WORTH_NOTHING {
            if a.allowed { "·" } else { "○" }
        } else {
            " "
        };
        let late = a.late.map(f1).unwrap_or_default();
        let _ = writeln!(
            o,
            "  {mark} {:>3}  {:>9}  {:>6} {:>6} {:>6}  {}",
            a.position,
            goldenhour::time::format_clock(a.at),
            f1(a.worth),
            f1(a.raw_worth),
            late,
            what
        );
        if !a.alternatives.is_empty() {
            let list: Vec<String> =
                a.alternatives.iter().map(|(c, score)| format!("{c} {}", f1(*score))).collect();
            let _ = writeln!(
                o,
                "  {:>30}{}",
                "",
                t("calibrate-alternatives", &[("list", list.join(" · "))])
            );
        }
    }
    let _ = writeln!(o, "  {}", t("calibrate-legend", &[]));
    let _ = writeln!(o);
    if c.warnings.is_empty() {
        let _ = writeln!(o, "{}", t("calibrate-ok", &[]));
    }
    for w in &c.warnings {
        let line = match w {
            Warning::Spread { spread } => {
                t("calibrate-warn-spread", &[("spread", f1(*spread)), ("max", f1(MAX_SPREAD))])
            }
            Warning::BelowTopBand { mean, floor } => {
                t("calibrate-warn-top-band", &[("mean", f1(*mean)), ("floor", f1(*floor))])
            }
            Warning::Hurts { position, raw_worth } => t(
                "calibrate-warn-hurts",
                &[("position", position.to_string()), ("points", f1(-raw_worth))],
            ),
            Warning::WorthNothing { positions, share } => t(
                "calibrate-warn-worth-nothing",
                &[
                    (
                        "positions",
                        positions.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", "),
                    ),
                    ("share", f1(*share)),
                    ("max", f1(MAX_WORTHLESS_SHARE * 100.0)),
                ],
            ),
            Warning::Refused { seed, position } => t(
                "calibrate-warn-refused",
                &[("seed", seed.to_string()), ("position", position.to_string())],
            ),
        };
        let _ = writeln!(o, "warning: {line}");
    }
    o
}
