//! One run of a case: the [`Session`] and what its record says about it (who played, in which
//! mode, when each action was taken by the clock on the wall).
//!
//! This is the one way to build a record ([`Run::to_record`]) and the one way to replay one
//! ([`replay`], and [`play`] for reference lines and actions files). The CLI, the app, `grade`
//! and the classroom all go through it, so a refused action means the same thing everywhere:
//! the caller chooses, with [`OnRefused`], whether a refusal ends the replay or is set aside.

use std::ops::{Deref, Range};
use std::sync::Arc;

use crate::record::{self, Mode, Record, RecordedAction};
use crate::scenario::{Action, Scenario, TimedAction};
use crate::sim::{ActionError, Event, Session};
use crate::time::Secs;

/// What a record says besides its actions: written into every record of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// SHA-256 of the scenario file the run plays.
    pub scenario_hash: String,
    pub locale: String,
    pub trainee: Option<String>,
    pub team: Option<String>,
    pub mode: Mode,
    /// Exam mode: the class code the seed was taken from.
    pub class_code: Option<String>,
    /// Write the sim time reached into the record, so a live session resumes where it was.
    /// Scripted runs and classroom team records leave it out.
    pub keeps_time: bool,
    /// When the trainee chose not to resume this run (kept in the record once set).
    pub abandoned: Option<String>,
}

impl Meta {
    /// A scripted run (`goldenhour play`, reference lines): nobody's, no wall times, no sim time.
    pub fn scripted(scenario_hash: &str, locale: &str) -> Meta {
        Meta {
            scenario_hash: scenario_hash.to_string(),
            locale: locale.to_string(),
            trainee: None,
            team: None,
            mode: Mode::Scripted,
            class_code: None,
            keeps_time: false,
            abandoned: None,
        }
    }

    /// What a record says about its run.
    pub fn of(record: &Record) -> Meta {
        Meta {
            scenario_hash: record.scenario_hash.clone(),
            locale: record.locale.clone(),
            trainee: record.trainee.clone(),
            team: record.team.clone(),
            mode: record.mode,
            class_code: record.class_code.clone(),
            keeps_time: record.sim_time.is_some(),
            abandoned: record.abandoned.clone(),
        }
    }
}

/// A session and its record's metadata. Reads go straight to the session (`run.now()`,
/// `run.accounts()`…); everything that changes it goes through the run, so the wall time of
/// every applied action stays beside it.
pub struct Run {
    session: Session,
    pub meta: Meta,
    /// Wall-clock time of each applied action, in the order of `session.actions()`.
    wall: Vec<Option<String>>,
}

impl Deref for Run {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.session
    }
}

impl Run {
    /// A new run at t=0.
    pub fn new(scenario: Arc<Scenario>, seed: u64, meta: Meta) -> Run {
        Run { session: Session::new(scenario, seed), meta, wall: Vec::new() }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session, for what is not an action: the caller may not apply actions through it.
    pub fn into_session(self) -> Session {
        self.session
    }

    /// Wall-clock time of each applied action.
    pub fn wall(&self) -> &[Option<String>] {
        &self.wall
    }

    /// Apply an action at sim time `at` (the clock first runs there), taken at wall time
    /// `wall`. Returns the range of [`Session::events`] it caused at once.
    pub fn act(
        &mut self,
        at: Secs,
        action: &Action,
        wall: Option<String>,
    ) -> Result<Range<usize>, ActionError> {
        let start = self.session.apply_quietly(at, action)?;
        self.wall.push(wall);
        Ok(start..self.session.events().len())
    }

    /// Apply an action at the session's current time.
    pub fn act_now(
        &mut self,
        action: &Action,
        wall: Option<String>,
    ) -> Result<Range<usize>, ActionError> {
        let now = self.session.now().max(0);
        self.act(now, action, wall)
    }

    /// Fire an optional inject now (the instructor's control); it is logged as an action.
    pub fn fire_inject(&mut self, id: &str, wall: Option<String>) -> Result<(), ActionError> {
        self.act_now(&Action::FireInject { inject: id.to_string() }, wall).map(|_| ())
    }

    /// Run every event up to and including `t`.
    pub fn advance_to(&mut self, t: Secs) {
        self.session.advance_to(t);
    }

    /// Run to the next scheduled event; returns its time.
    pub fn advance_to_next_event(&mut self) -> Option<Secs> {
        self.session.advance_to_next_event()
    }

    /// Run to the close.
    pub fn finish(&mut self) -> Option<&crate::scoring::Outcome> {
        self.session.finish()
    }

    /// The applied actions as a record holds them: sim time, wall time, action.
    pub fn recorded_actions(&self) -> Vec<RecordedAction> {
        self.session
            .actions()
            .iter()
            .enumerate()
            .map(|(i, a)| RecordedAction {
                at: a.at.0,
                wall: self.wall.get(i).cloned().flatten(),
                arrived: None,
                act: a.act.clone(),
            })
            .collect()
    }

    /// The record of this run so far (the outcome once the case is closed).
    pub fn to_record(&self) -> Record {
        let m = &self.meta;
        Record {
            format: record::FORMAT,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            scenario_id: self.session.scenario().id.clone(),
            scenario_hash: m.scenario_hash.clone(),
            seed: self.session.seed(),
            locale: m.locale.clone(),
            trainee: m.trainee.clone().filter(|t| !t.is_empty()),
            team: m.team.clone(),
            mode: m.mode,
            class_code: m.class_code.clone(),
            actions: self.recorded_actions(),
            sim_time: m.keeps_time.then(|| self.session.now()),
            abandoned: m.abandoned.clone(),
            outcome: self.session.outcome().cloned(),
            witness: None,
        }
    }

    /// Replace the scenario (an edited case file): same seed, the actions replayed on the new
    /// rules, the clock run back to where it was. Actions the new rules refuse are dropped and
    /// returned with their explanation.
    pub fn rebuild(&mut self, scenario: Arc<Scenario>, scenario_hash: &str) -> Vec<Refusal> {
        let now = self.session.now();
        let mut rec = self.to_record();
        rec.scenario_hash = scenario_hash.to_string();
        let Replayed { mut run, refused, .. } = replay(scenario, &rec, OnRefused::Skip);
        run.advance_to(now);
        *self = run;
        refused
    }
}

/// What a replay does with an action the rules refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRefused {
    /// Stop at the first refusal (resuming a session: a refusal means the record does not
    /// belong to this case and seed).
    Stop,
    /// Set it aside (it stays in the replay's steps with its error) and go on: grading a
    /// record, a case file edited since, a team log whose last action crossed a command.
    Skip,
}

/// An action a replay refused: which one (its index in the record), and why.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub index: usize,
    pub action: RecordedAction,
    pub error: ActionError,
}

/// One recorded action as replayed.
#[derive(Debug, Clone)]
pub struct Step {
    /// The events it caused at once (a range of [`Session::events`]); empty when refused.
    pub events: Range<usize>,
    pub refused: Option<ActionError>,
}

/// A record replayed: the run rebuilt from it, and what each action did.
pub struct Replayed {
    pub run: Run,
    /// One per recorded action, in the record's order.
    pub steps: Vec<Step>,
    /// The refused actions; with [`OnRefused::Stop`], at most one, the last step.
    pub refused: Vec<Refusal>,
}

impl Replayed {
    /// The events step `i` caused at once.
    pub fn events(&self, i: usize) -> &[Event] {
        self.steps.get(i).map(|s| &self.run.events()[s.events.clone()]).unwrap_or(&[])
    }
}

/// Replay a record on `scenario` with its seed: each action at its recorded sim time, with its
/// wall time; the run keeps the record's metadata. The clock is left at the last action (the
/// caller runs it on: to the record's sim time, or to the close).
pub fn replay(scenario: Arc<Scenario>, record: &Record, policy: OnRefused) -> Replayed {
    let mut run = Run::new(scenario, record.seed, Meta::of(record));
    let mut steps = Vec::with_capacity(record.actions.len());
    let mut refused = Vec::new();
    for (index, a) in record.actions.iter().enumerate() {
        match run.act(a.at, &a.act, a.wall.clone()) {
            Ok(events) => steps.push(Step { events, refused: None }),
            Err(error) => {
                let end = run.events().len();
                steps.push(Step { events: end..end, refused: Some(error.clone()) });
                let action = RecordedAction { arrived: None, ..a.clone() };
                refused.push(Refusal { index, action, error });
                if policy == OnRefused::Stop {
                    break;
                }
            }
        }
    }
    Replayed { run, steps, refused }
}

/// Play a line of timed actions (a reference line, an actions file) from `seed` to the close,
/// by the engine's rules for lines ([`Session::play_line`]): in time order, an action whose
/// `when` does not hold passed over, refused ones set aside. The steps and refusals count the
/// actions taken, not the ones passed over.
pub fn play(scenario: Arc<Scenario>, seed: u64, line: &[TimedAction], meta: Meta) -> Replayed {
    let mut run = Run::new(scenario, seed, meta);
    let mut steps = Vec::with_capacity(line.len());
    let mut refused = Vec::new();
    run.session.play_line(line, |s| {
        if let Some(error) = &s.refused {
            let action =
                RecordedAction { at: s.at, wall: None, arrived: None, act: s.action.act.clone() };
            refused.push(Refusal { index: steps.len(), action, error: error.clone() });
        }
        steps.push(Step { events: s.events, refused: s.refused });
    });
    // No wall times: one empty one per action taken.
    run.wall = vec![None; run.session.actions().len()];
    Replayed { run, steps, refused }
}

/// A line played to the close, for when only the session matters (the expert's run for a
/// debrief, a projected score).
pub fn play_session(scenario: Arc<Scenario>, seed: u64, line: &[TimedAction]) -> Session {
    play(scenario, seed, line, Meta::scripted("", "")).run.into_session()
}
