//! The deterministic engine: a `Session` plays one scenario from a seed and timed actions.
//!
//! The outcome is a pure function of (scenario, seed, actions): random draws keyed by the seed and
//! the chance event they decide, a queue ordered by (time, insertion), ordered collections
//! everywhere, no wall clock.

mod available;
mod check;
mod conditions;
mod event;
mod explain;
mod investigation;
mod messages;
mod money;
mod perform;
mod queue;
mod requests;
mod trial;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use event::{ActionError, Event, EventKind, HoldKind, MAX_EVENTS};
pub use explain::Shortfall;
pub use investigation::{DEFAULT_TRANSLATION, DraftFault, Statement, StatementLine};
pub use messages::{ENGINE_MESSAGES, action_msg, target_kind_id};

use crate::i18n::{Arg, Msg};
use crate::scenario::{
    Acquisition, Action, Answer, Condition, Dist, Effect, EvidenceKind, Incomplete, ItemTest,
    Prerequisite, Preservation, Scenario, ServiceEffect, Target, TargetKind, TimedAction, Trigger,
    Weight,
};
use crate::scoring::{self, Facts, Outcome};
use crate::time::Secs;

/// A hold or freeze on an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hold {
    pub kind: HoldKind,
    pub from: Secs,
    pub until: Secs,
    /// Channel that placed it, for foreign holds.
    pub channel: Option<String>,
}

/// An account as the session sees it now.
#[derive(Debug, Clone, Default)]
pub struct AccountState {
    pub balance: u64,
    /// Known to the police (not hidden, or traced / revealed).
    pub known: bool,
    pub monitored: bool,
    pub traced: bool,
    pub reached: bool,
    pub holds: Vec<Hold>,
    /// A stop-payment was ordered and has not taken effect yet.
    pub stop_pending: bool,
    pub renewals_used: u32,
    /// A freeze is awaiting approval.
    pub freeze_pending: bool,
    pub return_pending: bool,
    /// A confiscation decision will return this percent of what is frozen here (at the verdict).
    pub confiscation: Option<u32>,
    /// Money that reached this account from the victim (its part of a pooled account).
    pub from_victim: u64,
    /// A query for its statement is on its way.
    pub query_pending: bool,
    /// The queue key of the gang's next sweep of this account, and the rule it follows.
    sweep: Option<((Secs, u64), usize)>,
    /// The gang tried to sweep while the account was blocked.
    waiting: bool,
}

impl AccountState {
    pub fn blocked(&self, now: Secs) -> bool {
        self.holds.iter().any(|h| h.from <= now && now < h.until)
    }
    pub fn active_holds(&self, now: Secs) -> impl Iterator<Item = &Hold> {
        self.holds.iter().filter(move |h| h.from <= now && now < h.until)
    }
    fn has_active(&self, now: Secs, kind: HoldKind) -> bool {
        self.active_holds(now).any(|h| h.kind == kind)
    }
    /// When the gang will next move this account's money, if scheduled.
    pub fn next_sweep(&self) -> Option<Secs> {
        self.sweep.map(|((t, _), _)| t)
    }
}

/// A request sent through a channel.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub channel: String,
    pub service: String,
    pub target: Target,
    pub elements: Vec<String>,
    pub sent: Secs,
    /// The range of answer times the channel promises (not the sampled one).
    pub expected: (Secs, Secs),
    pub status: RequestStatus,
    /// The request as drafted, where the channel reads drafts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<crate::scenario::Draft>,
    /// What the receiving side found wrong with the draft: why it was sent back or refused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faults: Vec<DraftFault>,
    due: Secs,
    complete: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    Pending,
    Granted,
    /// Answered but refused or without effect, with the message id that says why.
    Refused(String),
}

/// Where an item in the case file came from: what a court reviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub source: String,
    pub provider: String,
    pub provided_at: Secs,
    pub extractor: String,
    pub extracted_at: Secs,
    /// Channel id or collection method id.
    pub via: Option<String>,
    pub weight: Weight,
    pub lawful: bool,
    /// A record of how it was found, kept and handed over came with it.
    #[serde(default = "yes")]
    pub documented: bool,
}

fn yes() -> bool {
    true
}

/// Whether a new copy of an item (its weight, lawfulness and custody record) is better than the
/// one in the file, and so replaces it: more weight, lawful where the old one was not, or the
/// same weight with a custody record where the old one had none.
pub(crate) fn improves(weight: Weight, lawful: bool, documented: bool, old: &Provenance) -> bool {
    weight > old.weight
        || (lawful && !old.lawful)
        || (weight == old.weight && documented && !old.documented)
}

#[derive(Debug, Clone, Default)]
pub struct ItemState {
    pub provenance: Option<Provenance>,
    pub preserved: Option<Preservation>,
    /// Ever collected unlawfully (compliance was charged).
    pub tainted: bool,
    pub collecting: bool,
    /// Admissibility rules the defence raised against it.
    pub challenges: Vec<String>,
    pub answer: Option<Answer>,
    pub ruling: Option<Ruling>,
}

impl ItemState {
    pub fn held(&self) -> bool {
        self.provenance.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ruling {
    pub admitted: bool,
    pub withdrawn: bool,
    /// The rule that excluded it.
    pub rule: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SuspectState {
    pub jurisdiction: String,
    pub identified: bool,
    pub located: bool,
    pub arrested: bool,
    pub in_custody: bool,
    /// The procuratorate approved the arrest (批准逮捕).
    pub arrest_approved: bool,
    /// An application for approval is pending.
    pub arrest_pending: bool,
}

#[derive(Debug, Clone, Default)]
pub struct InjectState {
    pub fired: Option<Secs>,
    pub chosen: Option<String>,
    /// A translation was asked for, and when it arrives.
    pub translation_due: Option<Secs>,
    pub translated: bool,
    deadline_key: Option<(Secs, u64)>,
}

#[derive(Debug, Clone, Default)]
pub struct TrialState {
    pub open: bool,
    pub decided: bool,
    pub convicted: bool,
    /// Proof links no admitted item supports.
    pub missing_links: Vec<String>,
    /// How far the procuratorate's returns pushed the trial, the verdict and the close back.
    pub postponed: Secs,
    /// Times the procuratorate sent the case back for supplementary investigation.
    pub returns: u32,
    /// The procuratorate decided not to prosecute: no trial.
    pub not_prosecuted: bool,
}

#[derive(Debug, Clone)]
enum Pending {
    Payment(usize),
    Sweep(usize),
    StopTakesEffect(usize),
    HoldEnds(usize),
    FreezeDecision {
        account: usize,
        grounds: Vec<String>,
    },
    ReturnDone(usize),
    ArrestDecision(usize),
    Review,
    TipOff,
    Answer(usize),
    Collected {
        item: usize,
        method: usize,
    },
    Inject(usize),
    Deadline(usize),
    Phase(usize),
    TrialOpens,
    Verdict,
    End,
    /// Nothing happens; conditions are looked at again (an `After(t)` inside a `When`).
    Wake,
    /// A queried account's statement arrives.
    StatementReady(usize),
    /// The analyst has checked a link between two accounts.
    LinkChecked {
        from: usize,
        to: usize,
        right: bool,
    },
    TaskDone(usize),
    Translated(usize),
}

/// A task's progress.
#[derive(Debug, Clone, Default)]
pub struct TaskState {
    pub started: Option<Secs>,
    pub done: bool,
}

/// One playthrough of a scenario.
pub struct Session {
    sc: Arc<Scenario>,
    seed: u64,
    /// How many draws each chance event's key has had (see `Session::draw`).
    draws: BTreeMap<queue::Draw, u32>,
    now: Secs,
    seq: u64,
    queue: BTreeMap<(Secs, u64), Pending>,
    accounts: Vec<AccountState>,
    flags: BTreeSet<String>,
    tipped: bool,
    tipoff_scheduled: bool,
    compliance: i32,
    paid: u64,
    returned: u64,
    cancelled: BTreeSet<String>,
    requests: Vec<Request>,
    suspects: Vec<SuspectState>,
    items: Vec<ItemState>,
    injects: Vec<InjectState>,
    tasks: Vec<TaskState>,
    /// Statements delivered, in order.
    statements: Vec<Statement>,
    /// Links asked for and not yet checked, (from, to).
    links_pending: BTreeSet<(usize, usize)>,
    /// When the analyst is free to check the next link.
    analyst_free: Secs,
    trial: TrialState,
    phase: Option<usize>,
    events: Vec<Event>,
    actions: Vec<TimedAction>,
    processed: usize,
    halted: Option<String>,
    outcome: Option<Outcome>,
    /// (time, recoverable money) after every change: the debrief's chart.
    recoverable: Vec<(Secs, u64)>,
    /// Money now in accounts within reach (see `Session::sitting_in`), kept as balances change.
    sitting: u64,
    /// Paid, and still within reach, when the police heard of the case (t=0).
    at_report: (u64, u64),
    /// This session plays the expert line to set the par of another: it is scored without one.
    par_run: bool,
}

impl Session {
    /// A new session at t=0: everything scheduled before the report has already happened.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Session {
        let sc = scenario;
        let accounts = sc
            .accounts
            .iter()
            .map(|a| AccountState { balance: a.balance, known: !a.hidden, ..Default::default() })
            .collect();
        let suspects = sc
            .suspects
            .iter()
            .map(|s| SuspectState { jurisdiction: s.jurisdiction.clone(), ..Default::default() })
            .collect();
        let items = sc
            .evidence
            .iter()
            .map(|e| ItemState {
                // Items in the file from the start were provided when the case opened.
                provenance: e.initially.as_ref().map(|a| provenance(a, 0, None)),
                ..Default::default()
            })
            .collect();
        let mut s = Session {
            draws: BTreeMap::new(),
            seed,
            now: Secs::MIN,
            seq: 0,
            queue: BTreeMap::new(),
            accounts,
            flags: BTreeSet::new(),
            tipped: false,
            tipoff_scheduled: false,
            compliance: 100,
            paid: 0,
            returned: 0,
            cancelled: BTreeSet::new(),
            requests: Vec::new(),
            suspects,
            items,
            injects: vec![InjectState::default(); sc.injects.len()],
            tasks: vec![TaskState::default(); sc.tasks.len()],
            statements: Vec::new(),
            links_pending: BTreeSet::new(),
            analyst_free: 0,
            trial: TrialState::default(),
            phase: None,
            events: Vec::new(),
            actions: Vec::new(),
            processed: 0,
            halted: None,
            outcome: None,
            recoverable: Vec::new(),
            sitting: 0,
            at_report: (0, 0),
            par_run: false,
            sc,
        };
        let sc = s.sc.clone();
        s.sitting = Session::sitting_in(&sc, &s.accounts);
        for (i, p) in sc.payments.iter().enumerate() {
            s.schedule(p.at.0, Pending::Payment(i));
        }
        for (i, inj) in sc.injects.iter().enumerate() {
            if let (Trigger::At(t), false) = (&inj.trigger, inj.optional) {
                s.schedule(t.0.max(0), Pending::Inject(i));
            }
        }
        for (i, ph) in sc.phases.iter().enumerate() {
            s.schedule(ph.starts.0.max(0), Pending::Phase(i));
        }
        let mut wakes = BTreeSet::new();
        for inj in sc.injects.iter().filter(|i| !i.optional) {
            if let Trigger::When(c) = &inj.trigger {
                after_times(c, &mut wakes);
            }
        }
        for c in sc.suspects.iter().filter_map(|x| x.identified_when.as_ref()) {
            after_times(c, &mut wakes);
        }
        for t in wakes {
            s.schedule(t, Pending::Wake);
        }
        if let Some(r) = &sc.trial.review {
            s.schedule(r.at.0.max(0), Pending::Review);
        }
        s.schedule(sc.trial.opens.0, Pending::TrialOpens);
        s.schedule(sc.trial.verdict.0, Pending::Verdict);
        s.schedule(sc.ends.0, Pending::End);
        s.run_until(0);
        s.now = 0;
        s.note_recoverable();
        s.at_report = (s.paid, s.recoverable.last().map_or(0, |r| r.1));
        s
    }

    /// A session that plays the expert line to set another's par: scored without a par.
    pub(crate) fn new_par(scenario: Arc<Scenario>, seed: u64) -> Session {
        let mut s = Session::new(scenario, seed);
        s.par_run = true;
        s
    }

    // ----- read-only views -----

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.sc
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn now(&self) -> Secs {
        self.now
    }
    /// Accounts in scenario order, with their state.
    pub fn accounts(&self) -> impl Iterator<Item = (&crate::scenario::Account, &AccountState)> {
        self.sc.accounts.iter().zip(self.accounts.iter())
    }
    pub fn account_state(&self, id: &str) -> Option<&AccountState> {
        self.acc(id).map(|i| &self.accounts[i])
    }
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }
    pub fn evidence(&self) -> impl Iterator<Item = (&crate::scenario::EvidenceItem, &ItemState)> {
        self.sc.evidence.iter().zip(self.items.iter())
    }
    pub fn suspects(&self) -> impl Iterator<Item = (&crate::scenario::Suspect, &SuspectState)> {
        self.sc.suspects.iter().zip(self.suspects.iter())
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    /// Actions applied so far, in order.
    pub fn actions(&self) -> &[TimedAction] {
        &self.actions
    }
    pub fn trial(&self) -> &TrialState {
        &self.trial
    }
    /// When the trial opens, after any returns for supplementary investigation.
    pub fn trial_opens(&self) -> Secs {
        self.sc.trial.opens.0 + self.trial.postponed
    }
    /// When the court gives its verdict, after any returns.
    pub fn verdict_at(&self) -> Secs {
        self.sc.trial.verdict.0 + self.trial.postponed
    }
    /// When the case closes, after any returns.
    pub fn ends_at(&self) -> Secs {
        self.sc.ends.0 + self.trial.postponed
    }
    pub fn tipped(&self) -> bool {
        self.tipped
    }
    pub fn compliance(&self) -> i32 {
        self.compliance
    }
    pub fn flags(&self) -> &BTreeSet<String> {
        &self.flags
    }
    /// The current phase's index in `scenario.phases`.
    pub fn phase(&self) -> Option<usize> {
        self.phase
    }
    /// Money the victim paid so far, and money returned to her.
    pub fn paid(&self) -> u64 {
        self.paid
    }
    pub fn returned(&self) -> u64 {
        self.returned
    }
    /// What the money criteria are measured against: still within reach at the report, plus
    /// what the victim paid after it.
    pub fn at_stake(&self) -> u64 {
        self.at_report.1.saturating_add(self.paid.saturating_sub(self.at_report.0))
    }

    /// (time, money still recoverable) at every change: returned plus what sits in accounts not
    /// cashed out.
    pub fn recoverable_series(&self) -> &[(Secs, u64)] {
        &self.recoverable
    }
    /// Injects that came up and wait for a choice, in the order they fired.
    pub fn awaiting_choice(&self) -> Vec<&crate::scenario::Inject> {
        let mut v: Vec<(Secs, usize)> = self
            .injects
            .iter()
            .enumerate()
            .filter(|(i, st)| {
                st.fired.is_some() && st.chosen.is_none() && !self.sc.injects[*i].choices.is_empty()
            })
            .map(|(i, st)| (st.fired.unwrap_or(0), i))
            .collect();
        v.sort();
        v.into_iter().map(|(_, i)| &self.sc.injects[i]).collect()
    }
    /// Statements delivered so far, in the order they arrived.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
    /// The latest statement of an account, if one was delivered.
    pub fn statement_of(&self, account: &str) -> Option<&Statement> {
        self.statements.iter().rev().find(|s| s.account == account)
    }
    /// Whether a link between these accounts is being checked.
    pub fn link_pending(&self, from: &str, to: &str) -> bool {
        match (self.acc(from), self.acc(to)) {
            (Some(f), Some(t)) => self.links_pending.contains(&(f, t)),
            _ => false,
        }
    }
    /// When the analyst can start on the next link.
    pub fn analyst_free(&self) -> Secs {
        self.analyst_free.max(self.now)
    }
    pub fn task_state(&self, id: &str) -> Option<&TaskState> {
        self.sc.tasks.iter().position(|t| t.id == id).map(|i| &self.tasks[i])
    }
    /// The language an inject's message is still to be read in: its own, until translated.
    pub fn untranslated(&self, id: &str) -> Option<&str> {
        let i = self.sc.ids().inject(id)?;
        match (&self.sc.injects[i].language, self.injects[i].translated) {
            (Some(lang), false) => Some(lang.as_str()),
            _ => None,
        }
    }
    pub fn inject_state(&self, id: &str) -> Option<&InjectState> {
        self.sc.ids().inject(id).map(|i| &self.injects[i])
    }
    pub fn is_over(&self) -> bool {
        self.outcome.is_some() || self.halted.is_some()
    }
    pub fn halted(&self) -> Option<&str> {
        self.halted.as_deref()
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }
    /// Time of the next scheduled event, if any.
    pub fn next_event_time(&self) -> Option<Secs> {
        self.queue.keys().next().map(|k| k.0)
    }
    /// Evaluate a scenario condition now.
    pub fn holds(&self, c: &Condition) -> bool {
        self.cond(c)
    }

    /// An error's explanation with names in place of ids, for any front end.
    pub fn explain(&self, e: &ActionError) -> Msg {
        let mut m = e.msg();
        for (_, arg) in m.args.iter_mut() {
            if let Arg::Text(id) = arg
                && let Some(name) = self.name_of(id)
            {
                *arg = Arg::Ref(name.to_string());
            }
        }
        m
    }

    /// The message id of any named thing in the scenario: account, channel, suspect, item,
    /// jurisdiction, institution, inject, ground, method or service.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.sc.name_of(id)
    }

    // ----- driving the clock -----

    /// Run every event up to and including `t`. The session never runs past its close.
    pub fn advance_to(&mut self, t: Secs) {
        if t > self.now {
            self.run_until(t);
            if self.halted.is_none() && self.outcome.is_none() {
                self.now = t;
            }
        }
    }

    /// Run to the next scheduled event (and everything at the same second). Returns its time.
    pub fn advance_to_next_event(&mut self) -> Option<Secs> {
        let t = self.next_event_time()?;
        self.advance_to(t.max(self.now));
        Some(t)
    }

    /// Run to the close and return the outcome.
    pub fn finish(&mut self) -> Option<&Outcome> {
        self.advance_to(Secs::MAX);
        self.outcome.as_ref()
    }

    /// Apply a trainee's action at sim time `at` (the clock first runs to `at`). Returns the
    /// events it caused at once; later consequences arrive as the clock runs.
    pub fn apply(&mut self, at: Secs, action: &Action) -> Result<Vec<Event>, ActionError> {
        let before = self.apply_quietly(at, action)?;
        Ok(self.events[before..].to_vec())
    }

    /// [`Session::apply`] without copying the events out; returns where its events start.
    pub(crate) fn apply_quietly(
        &mut self,
        at: Secs,
        action: &Action,
    ) -> Result<usize, ActionError> {
        if at < self.now {
            return Err(ActionError::InThePast { at, now: self.now });
        }
        self.advance_to(at);
        let op = self.resolve(action)?;
        let before = self.events.len();
        self.actions.push(TimedAction {
            at: crate::time::Dur(self.now),
            act: action.clone(),
            when: None,
        });
        self.perform(op);
        self.after_change();
        Ok(before)
    }

    /// Play a line of timed actions (a reference line, an actions file) to the close: its
    /// actions in time order (negative times at the report), each one whose `when` does not
    /// hold at its time passed over, refused ones set aside. `each` hears of every action taken
    /// or refused, in order; the ones passed over are not reported.
    pub(crate) fn play_line(&mut self, line: &[TimedAction], mut each: impl FnMut(LineStep<'_>)) {
        for a in line_order(line) {
            let at = a.at.0.max(0);
            if let Some(c) = &a.when {
                self.advance_to(at);
                if !self.cond(c) {
                    continue;
                }
            }
            let (events, refused) = match self.apply_quietly(at, &a.act) {
                Ok(start) => (start..self.events.len(), None),
                Err(e) => (self.events.len()..self.events.len(), Some(e)),
            };
            each(LineStep { action: a, at, events, refused });
        }
        self.finish();
    }

    /// Play a line as a trainee who is late on one step would: like [`Session::play_line`], but
    /// an action refused at its time (the account it names is not found yet, the statement it
    /// reads has not come) is tried again after every later event, for up to `window`, and
    /// taken as soon as the rules allow it. Used to measure what acting late costs without
    /// counting the line's fixed times against it.
    pub(crate) fn play_line_catching_up(&mut self, line: &[TimedAction], window: Secs) {
        let ordered = line_order(line);
        let mut waiting: Vec<(Secs, &TimedAction)> = Vec::new();
        let mut next = 0;
        loop {
            let next_at = ordered.get(next).map(|a| a.at.0.max(0));
            // Retry the waiting ones at every event before the line's next action.
            while !waiting.is_empty() && !self.is_over() {
                let Some(t) = self.next_event_time() else { break };
                let t = t.max(self.now + 1);
                if next_at.is_some_and(|n| t > n) {
                    break;
                }
                self.advance_to(t);
                self.retry_waiting(&mut waiting);
            }
            let Some(a) = ordered.get(next) else { break };
            next += 1;
            let at = a.at.0.max(0);
            self.advance_to(at);
            self.retry_waiting(&mut waiting);
            if let Some(c) = &a.when
                && !self.cond(c)
            {
                continue;
            }
            if self.apply_quietly(at.max(self.now), &a.act).is_err() {
                waiting.push((at + window, a));
            }
        }
        // Whatever still waits is tried until its window closes.
        while !waiting.is_empty() && !self.is_over() {
            let Some(t) = self.next_event_time() else { break };
            self.advance_to(t.max(self.now + 1));
            self.retry_waiting(&mut waiting);
        }
        self.finish();
    }

    fn retry_waiting(&mut self, waiting: &mut Vec<(Secs, &TimedAction)>) {
        let now = self.now;
        let mut k = 0;
        while k < waiting.len() {
            let (until, a) = waiting[k];
            if now > until || self.apply_quietly(now, &a.act).is_ok() {
                waiting.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Fire an optional inject now (the instructor's control in class). It goes into the action
    /// log as [`Action::FireInject`], so replaying the actions reproduces it.
    pub fn fire_inject(&mut self, id: &str) -> Result<(), ActionError> {
        let now = self.now.max(0);
        self.apply_quietly(now, &Action::FireInject { inject: id.to_string() }).map(|_| ())
    }
}

/// What one action of a line did (see [`Session::play_line`]).
pub(crate) struct LineStep<'a> {
    pub action: &'a TimedAction,
    /// The sim time it was taken at (its time, or the report for a negative one).
    pub at: Secs,
    /// The events it caused at once (a range of [`Session::events`]); empty when refused.
    pub events: std::ops::Range<usize>,
    pub refused: Option<ActionError>,
}

/// A line's actions in the order they are played: by time, ties in the line's order.
fn line_order(line: &[TimedAction]) -> Vec<&TimedAction> {
    let mut sorted: Vec<&TimedAction> = line.iter().collect();
    sorted.sort_by_key(|a| a.at);
    sorted
}

/// Every `After(t)` inside a condition: the times at which it may become true by itself.
fn after_times(c: &Condition, out: &mut BTreeSet<Secs>) {
    match c {
        Condition::After(t) => {
            out.insert(t.0.max(0));
        }
        Condition::Not(x) => after_times(x, out),
        Condition::All(v) | Condition::Any(v) => v.iter().for_each(|x| after_times(x, out)),
        _ => {}
    }
}

fn unknown(what: &'static str, id: &str) -> ActionError {
    ActionError::Unknown { what, id: id.to_string() }
}

fn provenance(a: &Acquisition, at: Secs, via: Option<String>) -> Provenance {
    Provenance {
        source: a.source.clone(),
        provider: a.provider.clone(),
        provided_at: at,
        extractor: a.extractor.clone(),
        extracted_at: at,
        via,
        weight: a.weight,
        lawful: a.lawful,
        documented: a.documented,
    }
}
