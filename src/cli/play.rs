//! `goldenhour play SCENARIO`: play a case headless with a reference line or an actions file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use goldenhour::actions;
use goldenhour::i18n::{Arg, Msg};
use goldenhour::record::RecordedAction;
use goldenhour::run::{self, Meta};
use goldenhour::scenario::TimedAction;
use goldenhour::sim::ActionError;

use super::{Fail, Format, display_width, load_catalog_for, load_scenario, read_text};

#[derive(clap::Args)]
pub(super) struct Args {
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
}

/// Play the case headless, write the record if asked, print the score.
pub(super) fn run(args: Args, dir: &Path, lang: Option<String>) -> Result<ExitCode, Fail> {
    let Args { scenario, line, actions: actions_file, seed, out, format } = args;
    let path = scenario.as_path();
    let catalog = load_catalog_for(dir, &[path])?;
    let lang = super::lang(Some(&catalog), lang.as_deref(), None)?;
    let (sc, hash) = load_scenario(path, &catalog, &lang)?;
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
                .map(|c| serde_json::json!({ "id": c.id, "name": catalog.text(&lang, &c.name), "weight": c.weight, "value": c.value, "raw": c.raw, "par": c.par, "points": c.points, "max_points": c.max_points }))
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
            let shortfalls = session.shortfalls();
            for (i, c) in outcome.criteria.iter().enumerate() {
                let name = t(&c.name);
                let pad = width.saturating_sub(display_width(&name));
                say!("  {name}{} {:>5.1} / {:>5.1}", " ".repeat(pad), c.points, c.max_points);
                for why in shortfalls.iter().filter(|s| s.criterion == i).flat_map(|s| &s.lines) {
                    say!("      – {}", catalog.render(&lang, why));
                }
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
                        .map(|s| format!(" [{}]", s.shown(|id| t(id))))
                        .unwrap_or_default();
                    say!("  • {}{src}", t(&d.text));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
