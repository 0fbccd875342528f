//! Exploring a case: many random playthroughs plus the case's reference lines, in parallel and
//! deterministic for a seed. Authors read the score distribution, the content no play reached,
//! and whether the scores separate good play from bad.
//!
//! Run `i` is seeded from `(seed, i)` alone, and results are gathered in run order, so the report
//! is the same bytes whatever the number of threads.

use std::sync::Arc;

use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};
use rayon::prelude::*;
use serde::Serialize;

use crate::scenario::{Action, Scenario};
use crate::sim::Session;

/// Seeds each reference line is played with; the line's score is the mean.
pub const LINE_SEEDS: u64 = 16;

/// Width of a histogram bin, in score points.
pub const BIN_WIDTH: u32 = 5;

/// How far below expert passive must score for the case to separate good play from bad.
pub const SEPARATION_POINTS: f64 = 30.0;

/// What one playthrough reached.
#[derive(Debug, Clone)]
struct Run {
    score: f64,
    injects: Vec<bool>,
    /// Per inject, per choice.
    choices: Vec<Vec<bool>>,
    evidence: Vec<bool>,
    debrief: Vec<bool>,
}

/// How often one piece of content was reached.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Count {
    pub id: String,
    pub runs: u64,
}

/// A choice of an inject, and how often it was taken.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChoiceCount {
    pub inject: String,
    pub choice: String,
    pub runs: u64,
}

/// Content coverage over every playthrough (random runs and reference lines), in scenario order.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Coverage {
    pub injects: Vec<Count>,
    pub choices: Vec<ChoiceCount>,
    pub evidence: Vec<Count>,
    pub debrief: Vec<Count>,
}

/// Content no run reached, each with the lint code an author can `allow`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Unreached {
    /// `unreached-inject`, `unreached-choice`, `unreached-evidence` or `unreached-debrief`.
    pub code: &'static str,
    /// The inject, item or debrief entry id; for a choice, `inject/choice`.
    pub id: String,
    /// Marked intentional in the case's `allow` list: shown, but not a warning.
    pub allowed: bool,
}

/// A reference line's scores over [`LINE_SEEDS`] seeds.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LineScore {
    pub name: String,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// The grade of the mean score.
    pub grade: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bin {
    pub from: u32,
    pub to: u32,
    pub runs: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub min: f64,
    pub p10: f64,
    pub median: f64,
    pub mean: f64,
    pub p90: f64,
    pub max: f64,
}

/// A warning that the scores do not separate good play from bad.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "code")]
pub enum Separation {
    /// The expert line's mean is below the 90th percentile of random play.
    #[serde(rename = "expert-not-top-decile")]
    ExpertNotTopDecile { expert: f64, p90: f64 },
    /// Passive scores within [`SEPARATION_POINTS`] of expert.
    #[serde(rename = "passive-near-expert")]
    PassiveNearExpert { expert: f64, passive: f64 },
}

/// Everything `explore` found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub scenario: String,
    pub seed: u64,
    pub runs: u64,
    pub stats: Stats,
    pub histogram: Vec<Bin>,
    pub lines: Vec<LineScore>,
    pub coverage: Coverage,
    pub unreached: Vec<Unreached>,
    pub separation: Vec<Separation>,
}

impl Report {
    /// Unreached content not marked intentional, and separation problems.
    pub fn warnings(&self) -> usize {
        self.unreached.iter().filter(|u| !u.allowed).count() + self.separation.len()
    }
}

/// SplitMix64: a well-mixed 64-bit seed for run `i` of exploration `seed`.
pub fn run_seed(seed: u64, i: u64) -> u64 {
    let mut z = seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(0x6A09_E667_F3BC_C909);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Tries to find a legal action at one decision moment before the player lets it pass.
const TRIES: usize = 48;

/// One random playthrough: a random number of decision moments at random times; at each, a
/// random legal action (a pending choice more often than not), drafted carelessly now and then.
/// The instructor sometimes fires an optional inject.
fn random_run(sc: &Arc<Scenario>, cands: &[Action], seed: u64) -> Run {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0005_EED0_FA11_u64);
    let mut s = Session::new(sc.clone(), seed);
    let unit = |rng: &mut ChaCha8Rng| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let pick =
        |rng: &mut ChaCha8Rng, n: usize| ((u128::from(rng.next_u64()) * n as u128) >> 64) as usize;
    let opens = sc.trial.opens.0.max(1) as f64;
    let verdict = sc.trial.verdict.0.max(sc.trial.opens.0 + 1) as f64;
    let golden = 6.0 * 3600.0_f64;
    let n = pick(&mut rng, 17);
    let mut times: Vec<i64> = (0..n)
        .map(|_| {
            let u = unit(&mut rng);
            let v = unit(&mut rng);
            let t = if u < 0.6 {
                // Most decisions come in the first hours: squared to crowd the start.
                v * v * golden.min(opens)
            } else if u < 0.85 {
                v * opens
            } else {
                opens + v * (verdict - opens)
            };
            t as i64
        })
        .collect();
    times.sort_unstable();
    for t in times {
        s.advance_to(t);
        if s.is_over() {
            break;
        }
        if unit(&mut rng) < 0.1 {
            let pending = s.optional_injects_pending();
            if !pending.is_empty() {
                let id = pending[pick(&mut rng, pending.len())].to_string();
                let _ = s.fire_inject(&id);
            }
        }
        let waiting = s.awaiting_choice();
        let mut act = if !waiting.is_empty() && unit(&mut rng) < 0.6 {
            let inj = waiting[pick(&mut rng, waiting.len())];
            let c = &inj.choices[pick(&mut rng, inj.choices.len())];
            Some(Action::Choose { inject: inj.id.clone(), choice: c.id.clone() })
        } else {
            (0..TRIES)
                .map(|_| &cands[pick(&mut rng, cands.len())])
                .find(|a| s.check(a).is_ok())
                .cloned()
        };
        let Some(act) = act.as_mut() else { continue };
        // Careless drafting: leave out request elements or freeze grounds now and then.
        match act {
            Action::Request { elements, .. } => elements.retain(|_| unit(&mut rng) >= 0.15),
            Action::Freeze { grounds, .. } => grounds.retain(|_| unit(&mut rng) >= 0.15),
            _ => {}
        }
        let _ = s.apply_quietly(t, act);
    }
    s.finish();
    observe(&s)
}

fn observe(s: &Session) -> Run {
    let sc = s.scenario();
    let (score, debrief_ids) = match s.outcome() {
        Some(o) => (o.score, o.debrief.as_slice()),
        None => (0.0, &[][..]),
    };
    let mut injects = Vec::with_capacity(sc.injects.len());
    let mut choices = Vec::with_capacity(sc.injects.len());
    for inj in &sc.injects {
        let st = s.inject_state(&inj.id);
        injects.push(st.is_some_and(|st| st.fired.is_some()));
        let chosen = st.and_then(|st| st.chosen.as_deref());
        choices.push(inj.choices.iter().map(|c| Some(c.id.as_str()) == chosen).collect());
    }
    let evidence = s.evidence().map(|(_, st)| st.held()).collect();
    let debrief = sc.debrief.iter().map(|d| debrief_ids.contains(&d.id)).collect();
    Run { score, injects, choices, evidence, debrief }
}

/// Random runs played between two tallies.
const CHUNK: u64 = 8192;

/// How many playthroughs reached each piece of content, in scenario order.
struct Tally {
    injects: Vec<u64>,
    choices: Vec<Vec<u64>>,
    evidence: Vec<u64>,
    debrief: Vec<u64>,
}

impl Tally {
    fn new(sc: &Scenario) -> Tally {
        Tally {
            injects: vec![0; sc.injects.len()],
            choices: sc.injects.iter().map(|i| vec![0; i.choices.len()]).collect(),
            evidence: vec![0; sc.evidence.len()],
            debrief: vec![0; sc.debrief.len()],
        }
    }

    fn add(&mut self, r: &Run) {
        let bump = |to: &mut [u64], from: &[bool]| {
            for (n, hit) in to.iter_mut().zip(from) {
                *n += u64::from(*hit);
            }
        };
        bump(&mut self.injects, &r.injects);
        for (to, from) in self.choices.iter_mut().zip(&r.choices) {
            bump(to, from);
        }
        bump(&mut self.evidence, &r.evidence);
        bump(&mut self.debrief, &r.debrief);
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    // Nearest rank.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn round1(x: f64) -> f64 {
    crate::scoring::round1(x)
}

/// Explore a case: `runs` random playthroughs and every reference line, on the current rayon
/// pool. `progress` is called with the number of runs finished since its last call.
pub fn explore(
    sc: &Arc<Scenario>,
    runs: u64,
    seed: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Report {
    let cands = Session::structural_actions(sc);
    // Played in chunks and tallied as they come, so memory does not grow with --runs beyond one
    // score per run. Chunks and the runs inside them are tallied in run order.
    let mut tally = Tally::new(sc);
    let mut scores: Vec<f64> = Vec::with_capacity(runs.min(1 << 24) as usize);
    let mut start = 0u64;
    while start < runs {
        let end = runs.min(start + CHUNK);
        let chunk: Vec<Run> = (start..end)
            .into_par_iter()
            .map(|i| {
                let r = random_run(sc, &cands, run_seed(seed, i));
                progress(1);
                r
            })
            .collect();
        for r in &chunk {
            tally.add(r);
            scores.push(r.score);
        }
        start = end;
    }

    // Reference lines: each on LINE_SEEDS seeds; what they reach counts as reached too.
    let line_runs: Vec<(String, Vec<Run>)> = sc
        .lines
        .iter()
        .map(|(name, line)| {
            let runs: Vec<Run> = (0..LINE_SEEDS)
                .into_par_iter()
                .map(|k| {
                    let s =
                        crate::run::play_session(sc.clone(), run_seed(seed, u64::MAX - k), line);
                    observe(&s)
                })
                .collect();
            (name.clone(), runs)
        })
        .collect();
    let lines: Vec<LineScore> = line_runs
        .iter()
        .map(|(name, runs)| {
            let scores: Vec<f64> = runs.iter().map(|r| r.score).collect();
            let mean = round1(scores.iter().sum::<f64>() / scores.len().max(1) as f64);
            let min = scores.iter().copied().fold(f64::INFINITY, f64::min);
            let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (grade, _) = crate::scoring::band(&sc.rubric, mean);
            LineScore { name: name.clone(), mean, min, max, grade }
        })
        .collect();

    let mean = if scores.is_empty() {
        0.0
    } else {
        round1(scores.iter().sum::<f64>() / scores.len() as f64)
    };
    scores.sort_by(f64::total_cmp);
    let stats = Stats {
        min: scores.first().copied().unwrap_or(0.0),
        p10: percentile(&scores, 10.0),
        median: percentile(&scores, 50.0),
        mean,
        p90: percentile(&scores, 90.0),
        max: scores.last().copied().unwrap_or(0.0),
    };
    let nbins = 100 / BIN_WIDTH;
    let mut histogram: Vec<Bin> =
        (0..nbins).map(|b| Bin { from: b * BIN_WIDTH, to: (b + 1) * BIN_WIDTH, runs: 0 }).collect();
    for s in &scores {
        let b = ((s.max(0.0) / f64::from(BIN_WIDTH)) as usize).min(nbins as usize - 1);
        histogram[b].runs += 1;
    }

    for (_, rs) in &line_runs {
        for r in rs {
            tally.add(r);
        }
    }
    let count = |id: &str, runs: u64| Count { id: id.to_string(), runs };
    let coverage = Coverage {
        injects: sc.injects.iter().zip(&tally.injects).map(|(x, n)| count(&x.id, *n)).collect(),
        choices: sc
            .injects
            .iter()
            .zip(&tally.choices)
            .flat_map(|(x, ns)| {
                x.choices.iter().zip(ns).map(move |(c, n)| ChoiceCount {
                    inject: x.id.clone(),
                    choice: c.id.clone(),
                    runs: *n,
                })
            })
            .collect(),
        evidence: sc.evidence.iter().zip(&tally.evidence).map(|(x, n)| count(&x.id, *n)).collect(),
        debrief: sc.debrief.iter().zip(&tally.debrief).map(|(x, n)| count(&x.id, *n)).collect(),
    };
    let allowed = |code: &str, id: &str| sc.allows(code, id);
    let mut unreached = Vec::new();
    let mut note = |code: &'static str, id: String| {
        let allowed = allowed(code, &id);
        unreached.push(Unreached { code, id, allowed });
    };
    for c in coverage.injects.iter().filter(|c| c.runs == 0) {
        note("unreached-inject", c.id.clone());
    }
    for c in coverage.choices.iter().filter(|c| c.runs == 0) {
        note("unreached-choice", format!("{}/{}", c.inject, c.choice));
    }
    for c in coverage.evidence.iter().filter(|c| c.runs == 0) {
        note("unreached-evidence", c.id.clone());
    }
    for c in coverage.debrief.iter().filter(|c| c.runs == 0) {
        note("unreached-debrief", c.id.clone());
    }

    let mut separation = Vec::new();
    let line = |n: &str| lines.iter().find(|l| l.name == n).map(|l| l.mean);
    if let Some(expert) = line("expert") {
        if !scores.is_empty() && expert < stats.p90 && !sc.allows("expert-not-top-decile", "") {
            separation.push(Separation::ExpertNotTopDecile { expert, p90: stats.p90 });
        }
        if let Some(passive) = line("passive")
            && expert - passive < SEPARATION_POINTS
            && !sc.allows("passive-near-expert", "")
        {
            separation.push(Separation::PassiveNearExpert { expert, passive });
        }
    }

    Report {
        scenario: sc.id.clone(),
        seed,
        runs,
        stats,
        histogram,
        lines,
        coverage,
        unreached,
        separation,
    }
}
