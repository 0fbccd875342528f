//! The class debrief: every team's record replayed and compared side by side (score per
//! criterion, the moments where their decisions differed, money recoverable over time).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::{CLASS_FILE, ClassFile, Note};
use crate::record::{Record, RecordError};
use crate::run::OnRefused;
use crate::scenario::{Action, Scenario, TimedAction};
use crate::scoring::Outcome;
use crate::time::Secs;

/// Two teams took the same decision at times this far apart (and the later one at least twice
/// the earlier) count as a divergence in timing.
pub const TIMING_GAP: Secs = 30 * 60;

#[derive(Debug, thiserror::Error)]
pub enum DebriefError {
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error("{0}: cannot read the folder: {1}")]
    Dir(PathBuf, std::io::Error),
    #[error("no team records (*.json) found in {0}")]
    Empty(PathBuf),
    #[error("{file}: played on case `{found}`, not `{expected}`")]
    OtherCase { file: String, found: String, expected: String },
    #[error("{file}: played on another version of the case (content hash differs)")]
    OtherVersion { file: String },
    #[error("{file}: seed {found} differs from {expected}: not played under the same class code")]
    OtherSeed { file: String, found: u64, expected: u64 },
    #[error(
        "{file}: its stored outcome differs from a replay of its actions: the record was edited"
    )]
    Tampered { file: String },
    #[error("{file}: the session stopped on replay: {why}")]
    Halted { file: String, why: String },
    #[error("{file}: team `{team}` appears twice")]
    DuplicateTeam { file: String, team: String },
}

/// One team's result in the class debrief.
#[derive(Debug, Clone, Serialize)]
pub struct TeamResult {
    pub name: String,
    pub file: String,
    pub outcome: Outcome,
    /// The record was closed (the case ran to its end); else the replay closed it.
    pub finished: bool,
    pub paid: u64,
    pub recoverable: Vec<(Secs, u64)>,
    pub actions: Vec<TimedAction>,
}

/// A kind of decision and what it bears on: the key that aligns the teams' actions.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Decision {
    pub kind: &'static str,
    pub subject: String,
}

/// How the teams differed on one decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DivergenceKind {
    /// Some teams took it, others never did.
    Taken,
    /// All who took it chose differently (another choice, method, answer or preservation).
    Choice,
    /// All took it the same way, but at times far apart.
    Timing,
}

/// What one team did on a decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Take {
    pub at: Secs,
    pub action: Action,
}

/// A moment where the teams' decisions differed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Divergence {
    /// The earliest time any team took the decision.
    pub at: Secs,
    pub kind: DivergenceKind,
    pub decision: Decision,
    /// One entry per team, in team order: its first action on this decision, if any.
    pub takes: Vec<Option<Take>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClassDebrief {
    pub scenario_id: String,
    pub seed: u64,
    pub teams: Vec<TeamResult>,
    pub divergences: Vec<Divergence>,
    pub notes: Vec<Note>,
}

/// A class folder's records (with their files) and its `class.json`, if any.
pub type ClassFolder = (Vec<(PathBuf, Record)>, Option<ClassFile>);

/// Read a class folder: `class.json` if present, and every other `*.json` file as a record
/// (in file-name order). A file that is not a valid record is an error, never skipped.
pub fn load_dir(dir: &Path) -> Result<ClassFolder, DebriefError> {
    let rd = std::fs::read_dir(dir).map_err(|e| DebriefError::Dir(dir.into(), e))?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    files.sort();
    let mut class = None;
    let mut records = Vec::new();
    for f in files {
        if f.file_name().is_some_and(|n| n == CLASS_FILE) {
            class = Some(ClassFile::load(&f)?);
        } else {
            let r = Record::load(&f)?;
            records.push((f, r));
        }
    }
    if records.is_empty() {
        return Err(DebriefError::Empty(dir.into()));
    }
    Ok((records, class))
}

impl ClassDebrief {
    /// Replay each record on `scenario` (whose file hashes to `hash`) and compare the teams.
    /// Records must share the case, its version and the seed; a record whose stored outcome
    /// differs from its replay is refused.
    pub fn build(
        scenario: Arc<Scenario>,
        hash: &str,
        records: &[(PathBuf, Record)],
        notes: Vec<Note>,
    ) -> Result<ClassDebrief, DebriefError> {
        let seed = records.first().map(|(_, r)| r.seed).unwrap_or(0);
        let mut teams: Vec<TeamResult> = Vec::new();
        for (path, r) in records {
            let file = path.display().to_string();
            if r.scenario_id != scenario.id {
                return Err(DebriefError::OtherCase {
                    file,
                    found: r.scenario_id.clone(),
                    expected: scenario.id.clone(),
                });
            }
            if r.scenario_hash != hash {
                return Err(DebriefError::OtherVersion { file });
            }
            if r.seed != seed {
                return Err(DebriefError::OtherSeed { file, found: r.seed, expected: seed });
            }
            let mut run = crate::run::replay(scenario.clone(), r, OnRefused::Skip).run;
            run.finish();
            let session = run.into_session();
            if let Some(why) = session.halted() {
                return Err(DebriefError::Halted { file, why: why.to_string() });
            }
            let Some(outcome) = session.outcome().cloned() else {
                return Err(DebriefError::Halted { file, why: "no close".into() });
            };
            if r.outcome.as_ref().is_some_and(|o| *o != outcome) {
                return Err(DebriefError::Tampered { file });
            }
            let name = r.team.clone().or_else(|| r.trainee.clone()).unwrap_or_else(|| {
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
            });
            if teams.iter().any(|t| t.name == name) {
                return Err(DebriefError::DuplicateTeam { file, team: name });
            }
            teams.push(TeamResult {
                name,
                file,
                finished: r.outcome.is_some(),
                paid: session.paid(),
                recoverable: session.recoverable_series().to_vec(),
                actions: session.actions().to_vec(),
                outcome,
            });
        }
        let divergences =
            divergences(&teams.iter().map(|t| t.actions.as_slice()).collect::<Vec<_>>());
        let mut notes = notes;
        notes.sort_by_key(|n| n.at);
        Ok(ClassDebrief { scenario_id: scenario.id.clone(), seed, teams, divergences, notes })
    }
}

/// The decision an action takes, and the detail in which two teams can differ on it.
pub fn decision(a: &Action) -> Option<(Decision, String)> {
    let d = |kind, subject: &str, detail: String| {
        Some((Decision { kind, subject: subject.to_string() }, detail))
    };
    match a {
        Action::StopPayment { account } => d("stop-payment", account, String::new()),
        Action::RenewStopPayment { account } => d("renew-stop-payment", account, String::new()),
        Action::Freeze { account, .. } => d("freeze", account, String::new()),
        Action::RenewFreeze { account } => d("renew-freeze", account, String::new()),
        Action::ReturnFunds { account } => d("return", account, String::new()),
        Action::Monitor { account } => d("monitor", account, String::new()),
        Action::SeekArrest { suspect } => d("seek-arrest", suspect, String::new()),
        Action::Request { channel, service, target, .. } => {
            d("request", &format!("{channel}/{service}/{}", target.id()), String::new())
        }
        Action::Collect { item, method } => d("collect", item, method.clone()),
        Action::Preserve { item, how } => d("preserve", item, format!("{how:?}")),
        Action::Choose { inject, choice } => d("choose", inject, choice.clone()),
        Action::Answer { item, answer } => d("answer", item, format!("{answer:?}")),
        Action::Query { account } => d("query", account, String::new()),
        Action::Link { to, .. } => d("link", to, String::new()),
        Action::Translate { inject } => d("translate", inject, String::new()),
        Action::Task { task } => d("task", task, String::new()),
        // The instructor's, not the team's.
        Action::FireInject { .. } => None,
    }
}

/// Align the teams' actions by decision and keep the ones where they differ, by time.
pub fn divergences(teams: &[&[TimedAction]]) -> Vec<Divergence> {
    let n = teams.len();
    let mut by: BTreeMap<Decision, Vec<Option<(Take, String)>>> = BTreeMap::new();
    for (ti, actions) in teams.iter().enumerate() {
        for a in actions.iter() {
            let Some((key, detail)) = decision(&a.act) else { continue };
            let slot = &mut by.entry(key).or_insert_with(|| vec![None; n])[ti];
            if slot.is_none() {
                *slot = Some((Take { at: a.at.0, action: a.act.clone() }, detail));
            }
        }
    }
    let mut out = Vec::new();
    for (decision, takes) in by {
        let taken: Vec<&(Take, String)> = takes.iter().flatten().collect();
        let Some(first) = taken.iter().map(|(t, _)| t.at).min() else { continue };
        let last = taken.iter().map(|(t, _)| t.at).max().unwrap_or(first);
        let kind = if taken.len() < n {
            Some(DivergenceKind::Taken)
        } else if taken.iter().any(|(_, d)| *d != taken[0].1) {
            Some(DivergenceKind::Choice)
        } else if last - first >= TIMING_GAP && last >= first.saturating_mul(2) {
            Some(DivergenceKind::Timing)
        } else {
            None
        };
        if let Some(kind) = kind {
            let takes = takes.into_iter().map(|t| t.map(|(t, _)| t)).collect();
            out.push(Divergence { at: first, kind, decision, takes });
        }
    }
    out.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.decision.cmp(&b.decision)));
    out
}
