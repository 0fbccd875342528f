//! An author's calibration report: how much luck moves the expert line's score, and what each of
//! its actions is worth when left out (`goldenhour explore CASE --ablate`).
//!
//! A case teaches when every decision visibly costs or saves something. For each seed the expert
//! line is played whole, then once without each of its actions; an action's worth is how much the
//! mean score falls without it. Scores are graded against the par of the seed (what the whole
//! expert line achieves; see [`crate::scoring::outcome`]), so the expert scores 100 by
//! construction: the report therefore also gives the *raw* score (each criterion measured against
//! the case alone), whose spread over seeds is the luck a case puts in, and which shows an action
//! that hurts (the line does better without it).

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::scenario::{Scenario, TimedAction};
use crate::scoring::round1;
use crate::sim::Session;

/// Seeds 1..=this, by default.
pub const SEEDS: u64 = 10;
/// Expert score spread over the seeds above which the case leaves too much to luck.
pub const MAX_SPREAD: f64 = 6.0;
/// An action whose removal costs less than this many points is worth nothing.
pub const WORTH_NOTHING: f64 = 2.0;
/// At most this share of the expert's actions may be worth nothing (each one allowed with a
/// reason: a backup for a failed request, a step the rules require).
pub const MAX_WORTHLESS_SHARE: f64 = 0.2;
/// An action whose removal raises the raw mean by more than this hurts.
pub const HURTS: f64 = 1.0;
/// The golden hour's test of timing: an expert action of the first day is also played this much
/// later, to show what acting at once is worth.
pub const LATE: crate::time::Secs = crate::time::HOUR;

/// Is the expert action at `at` one whose timing the report measures (a measure or request of
/// the first day, not a choice)?
fn timed(sc: &Scenario, a: &TimedAction) -> bool {
    (0..crate::time::DAY).contains(&a.at.0) && choice_of(sc, &a.act).is_none()
}

/// What an expert action is, for its worth.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A measure, request, collection…: worth what leaving it out costs.
    Action,
    /// A choice among several: worth what the closest alternative costs (another choice, or
    /// not answering when the default is another choice).
    Decision,
    /// The only choice of an inject (a lesson's "Continue"): not a decision, not counted.
    Acknowledgement,
}

/// One expert action, and what leaving it out costs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActionWorth {
    /// 1-based position in the line as written (the id an `allow` entry names).
    pub position: usize,
    pub at: i64,
    pub action: crate::scenario::Action,
    pub kind: Kind,
    /// For a decision: the mean graded score with each other choice instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<(String, f64)>,
    /// Mean graded score without it, and what it is worth: the expert mean minus the score
    /// without it (an action) or with the closest alternative (a decision).
    pub without: f64,
    pub worth: f64,
    /// The same on the raw scale.
    pub raw_without: f64,
    pub raw_worth: f64,
    /// For a measure or request of the first day: the graded points lost when it is taken
    /// [`LATE`] later (what the minutes of the golden hour are worth).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late: Option<f64>,
    /// Marked in the case's `allow` list as worth little on purpose (`action-worth-nothing`).
    pub allowed: bool,
}

/// A calibration problem.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "code")]
pub enum Warning {
    /// The expert's graded score moves more than [`MAX_SPREAD`] over the seeds.
    #[serde(rename = "expert-spread")]
    Spread { spread: f64 },
    /// The expert's mean is below the top grade band's floor.
    #[serde(rename = "expert-below-top-band")]
    BelowTopBand { mean: f64, floor: f64 },
    /// Leaving the action out raises the raw mean by more than [`HURTS`].
    #[serde(rename = "action-hurts")]
    Hurts { position: usize, raw_worth: f64 },
    /// More than [`MAX_WORTHLESS_SHARE`] of the actions are worth less than [`WORTH_NOTHING`]
    /// and not allowed.
    #[serde(rename = "actions-worth-nothing")]
    WorthNothing { positions: Vec<usize>, share: f64 },
    /// The expert line is refused on some seed.
    #[serde(rename = "expert-refused")]
    Refused { seed: u64, position: usize },
}

/// How an expert action is changed to measure it.
enum Variant {
    Without,
    Replace(crate::scenario::Action),
    Later(crate::time::Secs),
}

/// Everything the calibration found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Calibration {
    pub scenario: String,
    pub seeds: Vec<u64>,
    /// The expert's graded and raw score on each seed.
    pub scores: Vec<f64>,
    pub raw: Vec<f64>,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    pub raw_mean: f64,
    pub raw_min: f64,
    pub raw_max: f64,
    /// The passive line's graded mean, for the separation the case must keep.
    pub passive: Option<f64>,
    pub actions: Vec<ActionWorth>,
    pub warnings: Vec<Warning>,
}

/// Score and raw score (each criterion against the case alone, weighted) of a line on a seed,
/// and the positions (1-based, in the line as written) of actions refused.
fn play(sc: &Arc<Scenario>, seed: u64, line: &[TimedAction]) -> (f64, f64, Vec<usize>) {
    let mut s = Session::new(sc.clone(), seed);
    let mut refused = Vec::new();
    s.play_line(line, |step| {
        if step.refused.is_some()
            && let Some(p) = line.iter().position(|a| std::ptr::eq(a, step.action))
        {
            refused.push(p + 1);
        }
    });
    scored(&s, refused)
}

/// The line played by a trainee who is late on one step: what depends on it (an account found
/// later, a statement read later) is done as soon as it can be, within a day, not dropped.
fn play_late(sc: &Arc<Scenario>, seed: u64, line: &[TimedAction]) -> (f64, f64, Vec<usize>) {
    scored(&play_late_session(sc, seed, line), Vec::new())
}

/// The session of [`play_late`]: refused actions taken as soon as the rules allow, within a day.
pub fn play_late_session(sc: &Arc<Scenario>, seed: u64, line: &[TimedAction]) -> Session {
    let mut s = Session::new(sc.clone(), seed);
    s.play_line_catching_up(line, crate::time::DAY);
    s
}

fn scored(s: &Session, refused: Vec<usize>) -> (f64, f64, Vec<usize>) {
    match s.outcome() {
        Some(o) => {
            let total: f64 = o.criteria.iter().map(|c| c.max_points).sum();
            let raw = o.criteria.iter().map(|c| c.raw * c.max_points).sum::<f64>();
            (o.score, if total > 0.0 { raw * 100.0 / total } else { 0.0 }, refused)
        }
        None => (0.0, 0.0, refused),
    }
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 }
}

fn span(v: &[f64]) -> (f64, f64) {
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if v.is_empty() { (0.0, 0.0) } else { (min, max) }
}

/// For a choice: its inject and the choice taken.
fn choice_of<'a>(
    sc: &'a Scenario,
    act: &'a crate::scenario::Action,
) -> Option<(&'a crate::scenario::Inject, &'a String)> {
    match act {
        crate::scenario::Action::Choose { inject, choice } => {
            sc.inject(inject).map(|i| (i, choice))
        }
        _ => None,
    }
}

/// How many playthroughs [`calibrate`] reports through `progress` on `seeds` seeds: the whole
/// expert line, each action left out, and each other choice of each decision, on every seed.
pub fn playthroughs(sc: &Scenario, seeds: usize) -> u64 {
    let Some(expert) = sc.lines.get("expert") else { return 0 };
    let alternatives: usize = expert
        .iter()
        .filter_map(|a| choice_of(sc, &a.act))
        .map(|(inj, _)| if inj.choices.len() > 1 { inj.choices.len() - 1 } else { 0 })
        .sum();
    let late = expert.iter().filter(|a| timed(sc, a)).count();
    ((1 + expert.len() + alternatives + late) * seeds) as u64
}

/// Calibrate a case's expert line over `seeds`, on the current rayon pool. `None` when the case
/// has no expert line. `progress` is called once per playthrough.
pub fn calibrate(
    sc: &Arc<Scenario>,
    seeds: &[u64],
    progress: &(dyn Fn(u64) + Sync),
) -> Option<Calibration> {
    let expert = sc.lines.get("expert")?;
    let whole: Vec<(f64, f64, Vec<usize>)> = seeds
        .par_iter()
        .map(|&seed| {
            let r = play(sc, seed, expert);
            progress(1);
            r
        })
        .collect();
    let scores: Vec<f64> = whole.iter().map(|r| r.0).collect();
    let raw: Vec<f64> = whole.iter().map(|r| r.1).collect();
    let (m, rm) = (mean(&scores), mean(&raw));
    // Mean graded and raw score of the expert line with action k left out, replaced, or taken
    // later (the line stays in time order).
    let variant = |k: usize, with: Variant| -> (f64, f64) {
        let mut line = expert.clone();
        let late = matches!(with, Variant::Later(_));
        match with {
            Variant::Replace(a) => line[k].act = a,
            Variant::Without => {
                line.remove(k);
            }
            Variant::Later(by) => {
                line[k].at.0 += by;
                line.sort_by_key(|a| a.at.0);
            }
        }
        let runs: Vec<(f64, f64)> = seeds
            .iter()
            .map(|&seed| {
                let (s, r, _) =
                    if late { play_late(sc, seed, &line) } else { play(sc, seed, &line) };
                progress(1);
                (s, r)
            })
            .collect();
        (
            mean(&runs.iter().map(|r| r.0).collect::<Vec<_>>()),
            mean(&runs.iter().map(|r| r.1).collect::<Vec<_>>()),
        )
    };
    let actions: Vec<ActionWorth> = (0..expert.len())
        .into_par_iter()
        .map(|k| {
            let (without, raw_without) = variant(k, Variant::Without);
            let late =
                timed(sc, &expert[k]).then(|| round1(m - variant(k, Variant::Later(LATE)).0));
            let position = k + 1;
            let act = &expert[k].act;
            let (kind, alternatives, worth) = match choice_of(sc, act) {
                Some((inj, _)) if inj.choices.len() <= 1 => {
                    (Kind::Acknowledgement, Vec::new(), m - without)
                }
                Some((inj, chosen)) => {
                    let alts: Vec<(String, f64)> = inj
                        .choices
                        .iter()
                        .filter(|c| &c.id != chosen)
                        .map(|c| {
                            let a = crate::scenario::Action::Choose {
                                inject: inj.id.clone(),
                                choice: c.id.clone(),
                            };
                            (c.id.clone(), round1(variant(k, Variant::Replace(a)).0))
                        })
                        .collect();
                    // Not answering is an alternative too, unless its default is this choice.
                    let silent = (inj.default.as_ref() != Some(chosen)).then_some(without);
                    let closest = alts.iter().map(|a| a.1).chain(silent).fold(f64::MIN, f64::max);
                    (Kind::Decision, alts, m - closest)
                }
                None => (Kind::Action, Vec::new(), m - without),
            };
            ActionWorth {
                position,
                at: expert[k].at.0,
                action: act.clone(),
                kind,
                alternatives,
                without: round1(without),
                worth: round1(worth),
                raw_without: round1(raw_without),
                raw_worth: round1(rm - raw_without),
                late,
                allowed: sc.allows("action-worth-nothing", &position.to_string()),
            }
        })
        .collect();
    let passive = sc.lines.get("passive").map(|line| {
        let s: Vec<f64> = seeds.iter().map(|&seed| play(sc, seed, line).0).collect();
        round1(mean(&s))
    });

    let (min, max) = span(&scores);
    let (raw_min, raw_max) = span(&raw);
    let mut warnings = Vec::new();
    if max - min > MAX_SPREAD + 1e-9 {
        warnings.push(Warning::Spread { spread: round1(max - min) });
    }
    let floor = sc.rubric.bands.iter().map(|b| f64::from(b.min)).fold(0.0, f64::max);
    if m + 1e-9 < floor {
        warnings.push(Warning::BelowTopBand { mean: round1(m), floor });
    }
    for (seed, r) in seeds.iter().zip(&whole) {
        for &position in &r.2 {
            warnings.push(Warning::Refused { seed: *seed, position });
        }
    }
    for a in &actions {
        if a.raw_worth < -HURTS {
            warnings.push(Warning::Hurts { position: a.position, raw_worth: a.raw_worth });
        }
    }
    // Acknowledgements are not decisions: neither counted nor flagged.
    let counted: Vec<&ActionWorth> =
        actions.iter().filter(|a| a.kind != Kind::Acknowledgement).collect();
    let worthless: Vec<usize> =
        counted.iter().filter(|a| a.worth < WORTH_NOTHING).map(|a| a.position).collect();
    let unexplained: Vec<usize> = counted
        .iter()
        .filter(|a| a.worth < WORTH_NOTHING && !a.allowed)
        .map(|a| a.position)
        .collect();
    let share = worthless.len() as f64 / counted.len().max(1) as f64;
    if !unexplained.is_empty() || share > MAX_WORTHLESS_SHARE + 1e-9 {
        warnings.push(Warning::WorthNothing { positions: worthless, share: round1(share * 100.0) });
    }
    Some(Calibration {
        scenario: sc.id.clone(),
        seeds: seeds.to_vec(),
        scores,
        raw: raw.iter().map(|x| round1(*x)).collect(),
        mean: round1(m),
        min,
        max,
        raw_mean: round1(rm),
        raw_min: round1(raw_min),
        raw_max: round1(raw_max),
        passive,
        actions,
        warnings,
    })
}
