//! What a grade can say about who made a record: witnessed by a trusted classroom host, or
//! self-submitted (written by the player's own machine, which anyone can edit or make). A
//! self-submitted record is listed with what looks implausible about it, never silently graded
//! as an exam.

use std::sync::Arc;

use crate::i18n::{Arg, Msg};
use crate::record::{Mode, Record};
use crate::scenario::Scenario;
use crate::time::parse_wall;
use crate::witness::{self, PublicKey};

/// The fewest seconds of wall time a person takes per action, on average over a run: a record
/// whose actions came faster was not played by hand.
pub const MIN_SECS_PER_ACTION: f64 = 2.0;
/// Below this many actions the pace is not judged.
const PACE_MIN_ACTIONS: usize = 3;

/// The host keys a grader trusts, and whether only witnessed records may be graded.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    pub keys: Vec<PublicKey>,
    /// `--require-witnessed`: every record that is not witnessed is rejected.
    pub require_witnessed: bool,
}

/// Who stands behind a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    /// Signed by a trusted host key (its fingerprint): the host saw these actions arrive from
    /// the trainee's or team's authenticated PC. `flags` say what looks scripted all the same
    /// (arrivals faster than a person acts, a reference line's exact actions).
    Witnessed { key: String, flags: Vec<Flag> },
    /// Unsigned: practice, a record from `play`, or anything a player's machine wrote.
    SelfSubmitted { flags: Vec<Flag> },
    /// Not known: the file is not a record, or its witness does not hold.
    Unknown,
}

impl Standing {
    pub fn is_witnessed(&self) -> bool {
        matches!(self, Standing::Witnessed { .. })
    }

    /// A stable id for exports (`witnessed`, `self-submitted`, `unknown`).
    pub fn id(&self) -> &'static str {
        match self {
            Standing::Witnessed { .. } => "witnessed",
            Standing::SelfSubmitted { .. } => "self-submitted",
            Standing::Unknown => "unknown",
        }
    }

    /// The standing in words (`grade-standing-*` in report.ftl).
    pub fn msg(&self) -> Msg {
        match self {
            Standing::Witnessed { key, .. } => {
                Msg::new("grade-standing-witnessed").arg("key", Arg::Text(key.clone()))
            }
            Standing::SelfSubmitted { .. } => Msg::new("grade-standing-self-submitted"),
            Standing::Unknown => Msg::new("grade-standing-unknown"),
        }
    }

    pub fn flags(&self) -> &[Flag] {
        match self {
            Standing::SelfSubmitted { flags } | Standing::Witnessed { flags, .. } => flags,
            Standing::Unknown => &[],
        }
    }
}

/// Something about a record that a person playing it would not produce.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// Mode `scripted`: played from a script by `goldenhour play`.
    Scripted,
    /// Says it is an exam, but no host witnessed it.
    UnwitnessedExam,
    /// Actions without the wall-clock time a person took them.
    NoWallTimes { missing: usize },
    /// Actions faster than a person acts: seconds per action on average, by the wall times the
    /// player's machine wrote or, in a witnessed record, by the host's arrival times.
    TooFast { secs_per_action: f64 },
    /// The same actions at the same sim times as a reference line of the case.
    SameAsLine { line: String },
}

impl Flag {
    /// The flag in words (`grade-flag-*` in report.ftl).
    pub fn msg(&self) -> Msg {
        match self {
            Flag::Scripted => Msg::new("grade-flag-scripted"),
            Flag::UnwitnessedExam => Msg::new("grade-flag-unwitnessed-exam"),
            Flag::NoWallTimes { missing } => {
                Msg::new("grade-flag-no-wall-times").arg("n", Arg::Num(*missing as i64))
            }
            Flag::TooFast { secs_per_action } => Msg::new("grade-flag-too-fast")
                .arg("secs", Arg::Text(format!("{secs_per_action:.1}")))
                .arg("min", Arg::Text(format!("{MIN_SECS_PER_ACTION:.0}"))),
            Flag::SameAsLine { line } => {
                Msg::new("grade-flag-same-as-line").arg("line", Arg::Text(line.clone()))
            }
        }
    }

    /// A stable id for exports.
    pub fn id(&self) -> &'static str {
        match self {
            Flag::Scripted => "scripted",
            Flag::UnwitnessedExam => "unwitnessed-exam",
            Flag::NoWallTimes { .. } => "no-wall-times",
            Flag::TooFast { .. } => "too-fast",
            Flag::SameAsLine { .. } => "same-as-line",
        }
    }
}

/// Why a record's witness does not make it witnessed.
#[derive(Debug, Clone, PartialEq)]
pub enum WitnessFault {
    /// The signature does not hold: these fields (when known) changed after signing.
    Broken { changed: Vec<String> },
    /// A valid signature by a key the grader did not pass with `--trust`.
    Untrusted { key: String },
}

/// The record's standing, or why its witness is refused. `scenario` (when found) is used to
/// compare the actions with the case's reference lines.
pub fn assess(
    rec: &Record,
    trust: &Trust,
    scenario: Option<&Arc<Scenario>>,
) -> Result<Standing, WitnessFault> {
    match witness::check(rec) {
        witness::Check::Broken { changed } => Err(WitnessFault::Broken { changed }),
        witness::Check::Signed(key) if trust.keys.contains(&key) => Ok(Standing::Witnessed {
            key: key.fingerprint(),
            flags: witnessed_flags(rec, scenario),
        }),
        witness::Check::Signed(key) => Err(WitnessFault::Untrusted { key: key.fingerprint() }),
        witness::Check::Unsigned => Ok(Standing::SelfSubmitted { flags: flags(rec, scenario) }),
    }
}

/// What looks implausible about a self-submitted record.
pub fn flags(rec: &Record, scenario: Option<&Arc<Scenario>>) -> Vec<Flag> {
    let mut out = Vec::new();
    match rec.mode {
        Mode::Scripted => out.push(Flag::Scripted),
        Mode::Exam => out.push(Flag::UnwitnessedExam),
        Mode::Practice => {}
    }
    let missing = rec.actions.iter().filter(|a| a.wall.is_none()).count();
    if missing > 0 {
        out.push(Flag::NoWallTimes { missing });
    }
    out.extend(too_fast(rec.actions.iter().map(|a| a.wall.as_deref())));
    out.extend(same_as_line(rec, scenario));
    out
}

/// What looks scripted about a witnessed record: the pace at which its actions reached the
/// host, and a reference line's exact actions.
pub fn witnessed_flags(rec: &Record, scenario: Option<&Arc<Scenario>>) -> Vec<Flag> {
    let mut out: Vec<Flag> =
        too_fast(rec.actions.iter().map(|a| a.arrived.as_deref())).into_iter().collect();
    out.extend(same_as_line(rec, scenario));
    out
}

/// [`Flag::TooFast`] when the times given average under [`MIN_SECS_PER_ACTION`] apart.
fn too_fast<'a>(times: impl Iterator<Item = Option<&'a str>>) -> Option<Flag> {
    let walls: Vec<i64> = times.flatten().filter_map(parse_wall).collect();
    if walls.len() < PACE_MIN_ACTIONS {
        return None;
    }
    let span = (walls[walls.len() - 1] - walls[0]).max(0) as f64;
    let pace = span / (walls.len() - 1) as f64;
    (pace < MIN_SECS_PER_ACTION).then_some(Flag::TooFast { secs_per_action: pace })
}

/// [`Flag::SameAsLine`] for each reference line whose play on the record's seed took exactly
/// the record's actions at the record's times.
fn same_as_line(rec: &Record, scenario: Option<&Arc<Scenario>>) -> Vec<Flag> {
    let mut out = Vec::new();
    let Some(sc) = scenario else { return out };
    if rec.actions.is_empty() {
        return out;
    }
    for (name, line) in &sc.lines {
        let played =
            crate::run::play(sc.clone(), rec.seed, line, crate::run::Meta::scripted("", ""));
        let taken = played.run.session().actions();
        let same = taken.len() == rec.actions.len()
            && taken.iter().zip(&rec.actions).all(|(a, r)| a.at.0 == r.at && a.act == r.act);
        if same {
            out.push(Flag::SameAsLine { line: name.clone() });
        }
    }
    out
}
