//! The deterministic engine: a `Session` plays one scenario from a seed and timed actions.
//!
//! The outcome is a pure function of (scenario, seed, actions): a ChaCha stream seeded from the
//! seed, a queue ordered by (time, insertion), ordered collections everywhere, no wall clock.

mod available;
mod event;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

pub use event::{ActionError, Event, EventKind, HoldKind, MAX_EVENTS};

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
}

#[derive(Debug, Clone, Default)]
pub struct InjectState {
    pub fired: Option<Secs>,
    pub chosen: Option<String>,
    deadline_key: Option<(Secs, u64)>,
}

#[derive(Debug, Clone, Default)]
pub struct TrialState {
    pub open: bool,
    pub decided: bool,
    pub convicted: bool,
    /// Proof links no admitted item supports.
    pub missing_links: Vec<String>,
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
}

/// One playthrough of a scenario.
pub struct Session {
    sc: Arc<Scenario>,
    seed: u64,
    rng: ChaCha8Rng,
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
    trial: TrialState,
    phase: Option<usize>,
    events: Vec<Event>,
    actions: Vec<TimedAction>,
    processed: usize,
    halted: Option<String>,
    outcome: Option<Outcome>,
    /// (time, recoverable money) after every change: the debrief's chart.
    recoverable: Vec<(Secs, u64)>,
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
            rng: ChaCha8Rng::seed_from_u64(seed),
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
            trial: TrialState::default(),
            phase: None,
            events: Vec::new(),
            actions: Vec::new(),
            processed: 0,
            halted: None,
            outcome: None,
            recoverable: Vec::new(),
            sc,
        };
        let sc = s.sc.clone();
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
        s.schedule(sc.trial.opens.0, Pending::TrialOpens);
        s.schedule(sc.trial.verdict.0, Pending::Verdict);
        s.schedule(sc.ends.0, Pending::End);
        s.run_until(0);
        s.now = 0;
        s.note_recoverable();
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
    pub fn inject_state(&self, id: &str) -> Option<&InjectState> {
        self.sc.injects.iter().position(|i| i.id == id).map(|i| &self.injects[i])
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

    /// Would `action` be allowed now? No side effects: front ends use it to disable controls and
    /// say why.
    pub fn check(&self, action: &Action) -> Result<(), ActionError> {
        if let Some(h) = &self.halted {
            return Err(ActionError::Halted(h.clone()));
        }
        if self.outcome.is_some() {
            return Err(ActionError::Closed);
        }
        let sc = &*self.sc;
        match action {
            Action::StopPayment { account } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.stop_payment.domestic_only)?;
                let st = &self.accounts[i];
                if st.stop_pending || st.has_active(self.now, HoldKind::StopPayment) {
                    return Err(ActionError::AlreadyStopped { account: account.clone() });
                }
                // Renewals are the only way to extend a stop-payment: a lapsed one is not
                // ordered afresh (the next step is a freeze).
                if st.holds.iter().any(|h| h.kind == HoldKind::StopPayment) {
                    return Err(ActionError::StopPaymentUsed { account: account.clone() });
                }
            }
            Action::RenewStopPayment { account } => {
                let i = self.known_account(account)?;
                let st = &self.accounts[i];
                if !st.has_active(self.now, HoldKind::StopPayment) {
                    return Err(ActionError::NoStopPayment { account: account.clone() });
                }
                if st.renewals_used >= sc.measures.stop_payment.renewals {
                    return Err(ActionError::RenewalsUsed {
                        account: account.clone(),
                        max: sc.measures.stop_payment.renewals,
                    });
                }
            }
            Action::Freeze { account, grounds } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.freeze.domestic_only)?;
                let st = &self.accounts[i];
                if st.freeze_pending || st.has_active(self.now, HoldKind::Freeze) {
                    return Err(ActionError::AlreadyFrozen { account: account.clone() });
                }
                for g in grounds {
                    let ground = sc
                        .measures
                        .freeze
                        .grounds
                        .iter()
                        .find(|x| &x.id == g)
                        .ok_or_else(|| unknown("ground", g))?;
                    if let Some(c) = &ground.requires
                        && !self.cond(c)
                    {
                        return Err(ActionError::GroundNotMet { ground: g.clone() });
                    }
                }
            }
            Action::RenewFreeze { account } => {
                let i = self.known_account(account)?;
                if !self.accounts[i].has_active(self.now, HoldKind::Freeze) {
                    return Err(ActionError::NotFrozen { account: account.clone() });
                }
            }
            Action::ReturnFunds { account } => {
                let i = self.known_account(account)?;
                let st = &self.accounts[i];
                if !st.has_active(self.now, HoldKind::Freeze) || st.return_pending {
                    return Err(ActionError::NotFrozen { account: account.clone() });
                }
            }
            Action::Monitor { account } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.monitor.domestic_only)?;
                if self.accounts[i].monitored {
                    return Err(ActionError::AlreadyMonitored { account: account.clone() });
                }
            }
            Action::Request { channel, service, target, .. } => {
                self.check_request(channel, service, target)?;
            }
            Action::Collect { item, method } => {
                let i = self.item_idx(item)?;
                let m = sc.evidence[i]
                    .methods
                    .iter()
                    .find(|m| &m.id == method)
                    .ok_or_else(|| unknown("method", method))?;
                if let Some(c) = &m.requires
                    && !self.cond(c)
                {
                    return Err(ActionError::MethodUnavailable { method: method.clone() });
                }
                let st = &self.items[i];
                let better = match &st.provenance {
                    None => true,
                    Some(p) => m.provenance.weight > p.weight || (m.provenance.lawful && !p.lawful),
                };
                if st.collecting || !better {
                    return Err(ActionError::AlreadyHeld { item: item.clone() });
                }
            }
            Action::Preserve { item, .. } => {
                let i = self.item_idx(item)?;
                if !self.items[i].held() {
                    return Err(ActionError::NotInFile { item: item.clone() });
                }
                if sc.evidence[i].kind != EvidenceKind::Electronic {
                    return Err(ActionError::NotElectronic { item: item.clone() });
                }
                if self.items[i].preserved.is_some() {
                    return Err(ActionError::AlreadyPreserved { item: item.clone() });
                }
            }
            Action::Choose { inject, choice } => {
                let i = sc
                    .injects
                    .iter()
                    .position(|x| &x.id == inject)
                    .ok_or_else(|| unknown("inject", inject))?;
                if !sc.injects[i].choices.iter().any(|c| &c.id == choice) {
                    return Err(unknown("choice", choice));
                }
                let st = &self.injects[i];
                if st.fired.is_none() || st.chosen.is_some() {
                    return Err(ActionError::NotAwaitingChoice { inject: inject.clone() });
                }
            }
            Action::FireInject { inject } => {
                let i = sc
                    .injects
                    .iter()
                    .position(|x| &x.id == inject)
                    .ok_or_else(|| unknown("inject", inject))?;
                if !sc.injects[i].optional || self.injects[i].fired.is_some() {
                    return Err(ActionError::CannotFire { inject: inject.clone() });
                }
            }
            Action::Answer { item, .. } => {
                let i = self.item_idx(item)?;
                if !self.trial.open || self.trial.decided {
                    return Err(ActionError::TrialNotOpen);
                }
                if self.items[i].challenges.is_empty() {
                    return Err(ActionError::NotChallenged { item: item.clone() });
                }
            }
        }
        Ok(())
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
        self.check(action)?;
        let before = self.events.len();
        self.actions.push(TimedAction { at: crate::time::Dur(self.now), act: action.clone() });
        self.perform(action);
        self.after_change();
        Ok(before)
    }

    /// Fire an optional inject now (the instructor's control in class). It goes into the action
    /// log as [`Action::FireInject`], so replaying the actions reproduces it.
    pub fn fire_inject(&mut self, id: &str) -> Result<(), ActionError> {
        let now = self.now.max(0);
        self.apply_quietly(now, &Action::FireInject { inject: id.to_string() }).map(|_| ())
    }

    // ----- internals -----

    fn schedule(&mut self, at: Secs, p: Pending) -> (Secs, u64) {
        self.seq += 1;
        let key = (at, self.seq);
        self.queue.insert(key, p);
        key
    }

    fn run_until(&mut self, t: Secs) {
        while self.halted.is_none() && self.outcome.is_none() {
            let Some((&key, _)) = self.queue.iter().next() else { break };
            if key.0 > t {
                break;
            }
            let Some(p) = self.queue.remove(&key) else { break };
            self.now = self.now.max(key.0);
            self.processed += 1;
            if self.processed > MAX_EVENTS {
                self.halted = Some(format!(
                    "more than {MAX_EVENTS} events: the laundering rules move money round in a loop"
                ));
                break;
            }
            self.process(p);
            self.after_change();
        }
    }

    fn sample(&mut self, d: &Dist) -> Secs {
        match *d {
            Dist::Fixed(v) => v.0.max(0),
            Dist::Uniform { min, max } => {
                let (lo, hi) = (min.0.min(max.0), min.0.max(max.0));
                let span = (hi - lo) as u64 + 1;
                let r = ((u128::from(self.rng.next_u64()) * u128::from(span)) >> 64) as i64;
                (lo + r).max(0)
            }
            Dist::Triangular { min, mode, max } => {
                let (a, c, b) = (min.0 as f64, mode.0 as f64, max.0 as f64);
                if b <= a {
                    return min.0.max(0);
                }
                let u = self.unit();
                let f = (c - a) / (b - a);
                let x = if u < f {
                    a + ((b - a) * (c - a) * u).sqrt()
                } else {
                    b - ((b - a) * (b - c) * (1.0 - u)).sqrt()
                };
                (x.round() as i64).clamp(min.0, max.0).max(0)
            }
        }
    }

    /// A uniform number in [0, 1) from 53 random bits: exact and the same on every platform.
    fn unit(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn log(&mut self, kind: EventKind, msg: Msg) {
        self.events.push(Event { at: self.now, kind, msg });
    }

    /// Extend the active hold of `kind` on account `a` by `lasts` from its end; returns the new end.
    fn extend_hold(&mut self, a: usize, kind: HoldKind, lasts: Secs) -> Secs {
        let now = self.now;
        let mut until = now;
        if let Some(h) = self.accounts[a]
            .holds
            .iter_mut()
            .find(|h| h.kind == kind && h.from <= now && now < h.until)
        {
            h.until += lasts;
            until = h.until;
        }
        self.schedule(until, Pending::HoldEnds(a));
        until
    }

    /// Money seen going from `from` to `to`: `to` becomes traced and known (once).
    fn trace(&mut self, from: usize, to: usize) {
        if self.accounts[to].traced {
            return;
        }
        let sc = self.sc.clone();
        self.accounts[to].traced = true;
        let newly = !self.accounts[to].known;
        self.accounts[to].known = true;
        let m = Msg::new(if newly { "ev-traced-new" } else { "ev-traced" })
            .name("from", &sc.accounts[from].name)
            .name("to", &sc.accounts[to].name);
        let kind = EventKind::Traced {
            from: sc.accounts[from].id.clone(),
            to: sc.accounts[to].id.clone(),
        };
        self.log(kind, m);
    }

    fn acc(&self, id: &str) -> Option<usize> {
        self.sc.accounts.iter().position(|a| a.id == id)
    }

    fn sus(&self, id: &str) -> Option<usize> {
        self.sc.suspects.iter().position(|x| x.id == id)
    }

    fn item_idx(&self, id: &str) -> Result<usize, ActionError> {
        self.sc.evidence.iter().position(|a| a.id == id).ok_or_else(|| unknown("evidence item", id))
    }

    fn known_account(&self, id: &str) -> Result<usize, ActionError> {
        let i = self.acc(id).ok_or_else(|| unknown("account", id))?;
        if !self.accounts[i].known {
            return Err(ActionError::NotKnown { account: id.to_string() });
        }
        Ok(i)
    }

    fn domestic(&self, account: &str, required: bool) -> Result<(), ActionError> {
        let j = self.sc.account_jurisdiction(account).unwrap_or_default();
        if required && j != self.sc.home {
            return Err(ActionError::NotDomestic {
                account: account.to_string(),
                jurisdiction: j.to_string(),
                home: self.sc.home.clone(),
            });
        }
        Ok(())
    }

    fn target_jurisdiction(&self, target: &Target) -> Result<String, ActionError> {
        Ok(match target {
            Target::Account(a) => {
                self.known_account(a)?;
                self.sc.account_jurisdiction(a).unwrap_or_default().to_string()
            }
            Target::Suspect(s) => {
                let i = self.sus(s).ok_or_else(|| unknown("suspect", s))?;
                self.suspects[i].jurisdiction.clone()
            }
            Target::Evidence(e) => self.sc.evidence[self.item_idx(e)?].jurisdiction.clone(),
        })
    }

    fn check_request(
        &self,
        channel: &str,
        service: &str,
        target: &Target,
    ) -> Result<(), ActionError> {
        let sc = &*self.sc;
        let ch = sc.channel(channel).ok_or_else(|| unknown("channel", channel))?;
        let sv = ch.services.iter().find(|s| s.id == service).ok_or_else(|| {
            ActionError::NoService { channel: channel.to_string(), service: service.to_string() }
        })?;
        if sv.target != target.kind() {
            return Err(ActionError::WrongTarget {
                service: service.to_string(),
                expected: sv.target,
                got: target.kind(),
            });
        }
        let j = self.target_jurisdiction(target)?;
        if let Target::Suspect(s) = target {
            let i = self.sus(s).unwrap_or(0);
            let needs_identity = sv.effects.iter().any(|e| {
                matches!(
                    e,
                    ServiceEffect::Locate | ServiceEffect::Arrest | ServiceEffect::Repatriate
                )
            });
            let identifies = sv.effects.iter().any(|e| matches!(e, ServiceEffect::Identify));
            if needs_identity && !identifies && !self.suspects[i].identified {
                return Err(ActionError::NotIdentified { suspect: s.clone() });
            }
        }
        if !ch.reach.contains(&j) {
            return Err(ActionError::OutOfReach {
                channel: channel.to_string(),
                target: target.id().to_string(),
                jurisdiction: j,
            });
        }
        for p in &ch.requires {
            match p {
                Prerequisite::Agreement => {
                    let ok = sc
                        .jurisdiction(&j)
                        .is_some_and(|x| x.agreements.iter().any(|a| a == channel));
                    if !ok {
                        return Err(ActionError::NoAgreement {
                            channel: channel.to_string(),
                            jurisdiction: j,
                        });
                    }
                }
                Prerequisite::VictimCountry => {
                    if sc.home != sc.victim.jurisdiction {
                        return Err(ActionError::NotVictimCountry { channel: channel.to_string() });
                    }
                }
                Prerequisite::When { condition, reason } => {
                    if !self.cond(condition) {
                        return Err(ActionError::Prerequisite {
                            channel: channel.to_string(),
                            reason: reason.clone(),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    fn perform(&mut self, action: &Action) {
        let sc = self.sc.clone();
        match action {
            Action::StopPayment { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].stop_pending = true;
                let d = self.sample(&sc.measures.stop_payment.takes_effect);
                self.schedule(self.now + d, Pending::StopTakesEffect(i));
                let m = Msg::new("ev-hold-ordered")
                    .name("account", &sc.accounts[i].name)
                    .name("kind", HoldKind::StopPayment.msg_id());
                self.log(
                    EventKind::HoldOrdered {
                        account: account.clone(),
                        kind: HoldKind::StopPayment,
                    },
                    m,
                );
            }
            Action::RenewStopPayment { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].renewals_used += 1;
                let until =
                    self.extend_hold(i, HoldKind::StopPayment, sc.measures.stop_payment.lasts.0);
                let m = Msg::new("ev-hold-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Action::Freeze { account, grounds } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].freeze_pending = true;
                let d = self.sample(&sc.measures.freeze.approval);
                self.schedule(
                    self.now + d,
                    Pending::FreezeDecision { account: i, grounds: grounds.clone() },
                );
                let m = Msg::new("ev-hold-ordered")
                    .name("account", &sc.accounts[i].name)
                    .name("kind", HoldKind::Freeze.msg_id());
                self.log(
                    EventKind::HoldOrdered { account: account.clone(), kind: HoldKind::Freeze },
                    m,
                );
            }
            Action::RenewFreeze { account } => {
                let i = self.acc(account).unwrap_or(0);
                let until = self.extend_hold(i, HoldKind::Freeze, sc.measures.freeze.lasts.0);
                let m = Msg::new("ev-freeze-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Action::ReturnFunds { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].return_pending = true;
                self.schedule(self.now + sc.measures.return_funds.takes.0, Pending::ReturnDone(i));
                let m = Msg::new("ev-return-ordered").name("account", &sc.accounts[i].name);
                self.log(EventKind::ReturnOrdered { account: account.clone() }, m);
            }
            Action::Monitor { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].monitored = true;
                let m = Msg::new("ev-monitor-started").name("account", &sc.accounts[i].name);
                self.log(EventKind::MonitorStarted { account: account.clone() }, m);
            }
            Action::Request { channel, service, target, elements } => {
                let Some(ch) = sc.channel(channel) else { return };
                let Some(sv) = ch.services.iter().find(|s| &s.id == service) else { return };
                let dist = sv.response.as_ref().unwrap_or(&ch.response);
                let expected = dist.bounds();
                let mut due = self.now + self.sample(dist);
                let complete =
                    ch.elements.iter().filter(|e| e.required).all(|e| elements.contains(&e.id));
                if !complete && let Incomplete::Delay(d) = ch.incomplete {
                    due += d.0;
                }
                let idx = self.requests.len();
                self.requests.push(Request {
                    channel: channel.clone(),
                    service: service.clone(),
                    target: target.clone(),
                    elements: elements.clone(),
                    sent: self.now,
                    expected: (self.now + expected.0, self.now + expected.1),
                    status: RequestStatus::Pending,
                    due,
                    complete,
                });
                self.schedule(due, Pending::Answer(idx));
                let tname = self.name_of(target.id()).unwrap_or(target.id()).to_string();
                let m = Msg::new("ev-request-sent")
                    .name("channel", &ch.name)
                    .name("service", &sv.name)
                    .name("target", &tname)
                    .arg("from", Arg::Time(self.now + expected.0))
                    .arg("to", Arg::Time(self.now + expected.1));
                self.log(EventKind::RequestSent { request: idx }, m);
            }
            Action::Collect { item, method } => {
                let i = self.item_idx(item).unwrap_or(0);
                let Some(mi) = sc.evidence[i].methods.iter().position(|m| &m.id == method) else {
                    return;
                };
                self.items[i].collecting = true;
                let takes = sc.evidence[i].methods[mi].takes.0;
                self.schedule(self.now + takes, Pending::Collected { item: i, method: mi });
                let m = Msg::new("ev-collect-started")
                    .name("item", &sc.evidence[i].name)
                    .name("method", &sc.evidence[i].methods[mi].name);
                self.log(EventKind::CollectStarted { item: item.clone() }, m);
            }
            Action::Preserve { item, how } => {
                let i = self.item_idx(item).unwrap_or(0);
                self.items[i].preserved = Some(*how);
                let how_id = match how {
                    Preservation::Hash => "preserve-hash",
                    Preservation::Blockchain => "preserve-blockchain",
                };
                let m =
                    Msg::new("ev-preserved").name("item", &sc.evidence[i].name).name("how", how_id);
                self.log(EventKind::Preserved { item: item.clone() }, m);
            }
            Action::Choose { inject, choice } => {
                let Some(i) = sc.injects.iter().position(|x| &x.id == inject) else { return };
                self.choose(i, choice, false);
            }
            Action::FireInject { inject } => {
                if let Some(i) = sc.injects.iter().position(|x| &x.id == inject) {
                    self.fire(i);
                }
            }
            Action::Answer { item, answer } => {
                let i = self.item_idx(item).unwrap_or(0);
                self.items[i].answer = Some(*answer);
                let aid = answer_id(*answer);
                let m =
                    Msg::new("ev-answered").name("item", &sc.evidence[i].name).name("answer", aid);
                self.log(EventKind::Answered { item: item.clone(), answer: *answer }, m);
            }
        }
    }

    fn choose(&mut self, i: usize, choice: &str, by_default: bool) {
        let sc = self.sc.clone();
        let inj = &sc.injects[i];
        let Some(c) = inj.choices.iter().find(|c| c.id == choice) else { return };
        self.injects[i].chosen = Some(choice.to_string());
        if let Some(k) = self.injects[i].deadline_key.take() {
            self.queue.remove(&k);
        }
        let id = if by_default { "ev-chosen-default" } else { "ev-chosen" };
        let m = Msg::new(id).name("choice", &c.text);
        self.log(
            EventKind::Chosen { inject: inj.id.clone(), choice: choice.to_string(), by_default },
            m,
        );
        for e in &c.effects {
            self.effect(e);
        }
    }

    fn process(&mut self, p: Pending) {
        let sc = self.sc.clone();
        match p {
            Pending::Payment(i) => {
                let pay = &sc.payments[i];
                if self.cancelled.contains(&pay.id) {
                    return;
                }
                let Some(to) = self.acc(&pay.to) else { return };
                self.paid = self.paid.saturating_add(pay.amount);
                let m = Msg::new("ev-payment")
                    .name("to", &sc.accounts[to].name)
                    .arg("amount", Arg::Money(pay.amount));
                self.log(
                    EventKind::Payment {
                        from: pay.from.clone(),
                        to: pay.to.clone(),
                        amount: pay.amount,
                    },
                    m,
                );
                self.land(to, pay.amount);
            }
            Pending::Sweep(a) => {
                let Some((_, rule)) = self.accounts[a].sweep.take() else { return };
                let amount = self.accounts[a].balance;
                if amount == 0 {
                    return;
                }
                if self.accounts[a].blocked(self.now) {
                    self.accounts[a].waiting = true;
                    let m = Msg::new("ev-blocked")
                        .name("account", &sc.accounts[a].name)
                        .arg("amount", Arg::Money(amount));
                    self.log(EventKind::Blocked { account: sc.accounts[a].id.clone(), amount }, m);
                    return;
                }
                self.accounts[a].balance = 0;
                let legs = &sc.laundering.rules[rule].legs;
                let mut left = amount;
                for (k, leg) in legs.iter().enumerate() {
                    let part = if k + 1 == legs.len() {
                        left
                    } else {
                        (u128::from(amount) * u128::from(leg.percent) / 100) as u64
                    }
                    .min(left);
                    left -= part;
                    let Some(to) = self.acc(&leg.to) else { continue };
                    if part == 0 {
                        continue;
                    }
                    let m = Msg::new("ev-transfer")
                        .name("from", &sc.accounts[a].name)
                        .name("to", &sc.accounts[to].name)
                        .arg("amount", Arg::Money(part));
                    self.log(
                        EventKind::Transfer {
                            from: sc.accounts[a].id.clone(),
                            to: leg.to.clone(),
                            amount: part,
                        },
                        m,
                    );
                    if self.accounts[a].monitored {
                        self.trace(a, to);
                    }
                    self.land(to, part);
                }
            }
            Pending::StopTakesEffect(a) => {
                self.accounts[a].stop_pending = false;
                let lasts = sc.measures.stop_payment.lasts.0;
                self.place_hold(a, HoldKind::StopPayment, lasts, None);
            }
            Pending::HoldEnds(a) => {
                let now = self.now;
                let ended: Vec<HoldKind> = self.accounts[a]
                    .holds
                    .iter()
                    .filter(|h| h.until == now)
                    .map(|h| h.kind)
                    .collect();
                for kind in ended {
                    let m = Msg::new("ev-hold-expired")
                        .name("account", &sc.accounts[a].name)
                        .name("kind", kind.msg_id());
                    self.log(
                        EventKind::HoldExpired { account: sc.accounts[a].id.clone(), kind },
                        m,
                    );
                }
                let st = &self.accounts[a];
                if !st.blocked(now) && st.waiting && st.balance > 0 && st.sweep.is_none() {
                    self.accounts[a].waiting = false;
                    self.arm_sweep(a);
                }
            }
            Pending::FreezeDecision { account: a, grounds } => {
                self.accounts[a].freeze_pending = false;
                let missing = sc
                    .measures
                    .freeze
                    .grounds
                    .iter()
                    .find(|g| g.required && !grounds.contains(&g.id));
                if let Some(g) = missing {
                    let m = Msg::new("ev-freeze-refused")
                        .name("account", &sc.accounts[a].name)
                        .name("ground", &g.name);
                    self.log(
                        EventKind::FreezeRefused {
                            account: sc.accounts[a].id.clone(),
                            ground: g.id.clone(),
                        },
                        m,
                    );
                } else {
                    self.place_hold(a, HoldKind::Freeze, sc.measures.freeze.lasts.0, None);
                }
            }
            Pending::ReturnDone(a) => {
                self.accounts[a].return_pending = false;
                if self.accounts[a].has_active(self.now, HoldKind::Freeze)
                    && !sc.accounts[a].cash_out
                {
                    self.return_to_victim(a);
                } else {
                    let m = Msg::new("ev-return-failed").name("account", &sc.accounts[a].name);
                    self.log(EventKind::ReturnFailed { account: sc.accounts[a].id.clone() }, m);
                }
            }
            Pending::TipOff => self.tip_off(),
            Pending::Answer(r) => self.answer_request(r),
            Pending::Collected { item, method } => {
                let ev = &sc.evidence[item];
                let me = &ev.methods[method];
                self.items[item].collecting = false;
                let mut p = provenance(&me.provenance, self.now, Some(me.id.clone()));
                p.provided_at = self.now;
                self.obtain(item, p);
                if me.compliance != 0 {
                    self.items[item].tainted |= !me.provenance.lawful;
                    self.compliance_change(-me.compliance.abs(), "compliance-unlawful-collection");
                }
            }
            Pending::Inject(i) => {
                if self.injects[i].fired.is_none() {
                    self.fire(i);
                }
            }
            Pending::Deadline(i) => {
                self.injects[i].deadline_key = None;
                if self.injects[i].chosen.is_none()
                    && let Some(d) = sc.injects[i].default.clone()
                {
                    self.choose(i, &d, true);
                }
            }
            Pending::Phase(i) => {
                self.phase = Some(i);
                let m = Msg::new("ev-phase").name("phase", &sc.phases[i].name);
                self.log(EventKind::Phase { phase: sc.phases[i].id.clone() }, m);
            }
            Pending::TrialOpens => self.open_trial(),
            Pending::Verdict => self.verdict(),
            Pending::Wake => {}
            Pending::End => {
                self.log(EventKind::Closed, Msg::new("ev-closed"));
                self.close();
            }
        }
    }

    /// Money lands in an account: it sits there, is lost to a cash-out, or the gang plans a sweep.
    fn land(&mut self, a: usize, amount: u64) {
        let sc = self.sc.clone();
        let st = &mut self.accounts[a];
        st.balance = st.balance.saturating_add(amount);
        st.reached = true;
        if sc.accounts[a].cash_out {
            let m = Msg::new("ev-cashed-out")
                .name("account", &sc.accounts[a].name)
                .arg("amount", Arg::Money(amount));
            self.log(EventKind::CashedOut { account: sc.accounts[a].id.clone(), amount }, m);
            return;
        }
        if st.sweep.is_none() {
            if st.blocked(self.now) {
                st.waiting = true;
            } else {
                self.arm_sweep(a);
            }
        }
    }

    fn rule_for(&self, a: usize) -> Option<usize> {
        let id = &self.sc.accounts[a].id;
        self.sc
            .laundering
            .rules
            .iter()
            .position(|r| &r.from == id && r.when.as_ref().is_none_or(|c| self.cond(c)))
    }

    fn arm_sweep(&mut self, a: usize) {
        let Some(r) = self.rule_for(a) else { return };
        let sc = self.sc.clone();
        let rule = &sc.laundering.rules[r];
        let dist = if self.tipped {
            rule.tipped_delay.as_ref().unwrap_or(&rule.delay)
        } else {
            &rule.delay
        };
        let d = self.sample(dist);
        let key = self.schedule(self.now + d, Pending::Sweep(a));
        self.accounts[a].sweep = Some((key, r));
    }

    fn place_hold(&mut self, a: usize, kind: HoldKind, lasts: Secs, channel: Option<String>) {
        let sc = self.sc.clone();
        let until = self.now + lasts;
        self.accounts[a].holds.push(Hold { kind, from: self.now, until, channel });
        self.schedule(until, Pending::HoldEnds(a));
        let amount = self.accounts[a].balance;
        let m = Msg::new("ev-hold-placed")
            .name("account", &sc.accounts[a].name)
            .name("kind", kind.msg_id())
            .arg("amount", Arg::Money(amount))
            .arg("until", Arg::Time(until));
        self.log(
            EventKind::HoldPlaced { account: sc.accounts[a].id.clone(), kind, until, amount },
            m,
        );
        if sc.accounts[a].tips_off && !self.tipped && !self.tipoff_scheduled {
            self.tipoff_scheduled = true;
            let d = self.sample(&sc.laundering.tipoff.delay);
            self.schedule(self.now + d, Pending::TipOff);
        }
    }

    fn tip_off(&mut self) {
        if self.tipped {
            return;
        }
        self.tipped = true;
        self.log(EventKind::TippedOff, Msg::new("ev-tipped-off"));
        let sc = self.sc.clone();
        // The gang hurries: every planned sweep is re-planned under the rule that applies now
        // (a `when: Tipped` rule may send the money elsewhere), with its tipped-off delay if that
        // is sooner.
        for a in 0..self.accounts.len() {
            let Some((key, r)) = self.accounts[a].sweep else { continue };
            let nr = self.rule_for(a).unwrap_or(r);
            let rule = &sc.laundering.rules[nr];
            let d = self.sample(rule.tipped_delay.as_ref().unwrap_or(&rule.delay));
            let at = if self.now + d < key.0 { self.now + d } else { key.0 };
            if at != key.0 || nr != r {
                self.queue.remove(&key);
                let nk = self.schedule(at, Pending::Sweep(a));
                self.accounts[a].sweep = Some((nk, nr));
            }
        }
        for (i, s) in sc.suspects.iter().enumerate() {
            if let Some(to) = &s.flees_to {
                let st = &mut self.suspects[i];
                if !st.arrested && !st.in_custody && &st.jurisdiction != to {
                    st.jurisdiction = to.clone();
                    st.located = false;
                    let place = match sc.jurisdiction(to) {
                        Some(j) => Arg::Ref(j.name.clone()),
                        None => Arg::Text(to.clone()),
                    };
                    let m = Msg::new("ev-suspect-fled").name("suspect", &s.name).arg("to", place);
                    self.log(EventKind::SuspectFled { suspect: s.id.clone(), to: to.clone() }, m);
                }
            }
        }
        for e in &sc.laundering.tipoff.effects {
            self.effect(e);
        }
    }

    fn return_to_victim(&mut self, a: usize) {
        let sc = self.sc.clone();
        let amount = self.accounts[a].balance;
        self.accounts[a].balance = 0;
        self.accounts[a].waiting = false;
        self.returned = self.returned.saturating_add(amount);
        if let Some(v) = self.acc(&sc.victim.account) {
            self.accounts[v].balance = self.accounts[v].balance.saturating_add(amount);
        }
        let m = Msg::new("ev-returned")
            .name("account", &sc.accounts[a].name)
            .arg("amount", Arg::Money(amount));
        self.log(EventKind::Returned { account: sc.accounts[a].id.clone(), amount }, m);
    }

    fn answer_request(&mut self, r: usize) {
        let sc = self.sc.clone();
        let req = self.requests[r].clone();
        let Some(ch) = sc.channel(&req.channel) else { return };
        let Some(sv) = ch.services.iter().find(|s| s.id == req.service) else { return };
        let refuse = |s: &mut Session, why: &str| {
            s.requests[r].status = RequestStatus::Refused(why.to_string());
            let m = Msg::new("ev-request-refused")
                .name("channel", &ch.name)
                .name("service", &sv.name)
                .name("why", why);
            s.log(EventKind::RequestAnswered { request: r, ok: false }, m);
        };
        if !req.complete && matches!(ch.incomplete, Incomplete::Reject) {
            refuse(self, "why-incomplete");
            return;
        }
        // A suspect may have fled out of reach while the request was pending.
        if let Target::Suspect(s) = &req.target {
            let i = self.sus(s).unwrap_or(0);
            if !ch.reach.contains(&self.suspects[i].jurisdiction) {
                refuse(self, "why-suspect-left");
                return;
            }
        }
        let p = sv.success.unwrap_or(ch.success);
        if self.unit() >= p {
            refuse(self, "why-no-result");
            return;
        }
        // Effects in order; a suspect effect whose precondition fails stops the chain.
        let mut granted = false;
        for eff in &sv.effects {
            let ok = self.service_effect(eff, &req.target, ch);
            if !ok {
                if !granted {
                    refuse(self, "why-precondition");
                    return;
                }
                break;
            }
            granted = true;
        }
        if sv.effects.is_empty() {
            granted = true;
        }
        if granted {
            self.requests[r].status = RequestStatus::Granted;
            let m =
                Msg::new("ev-request-granted").name("channel", &ch.name).name("service", &sv.name);
            self.log(EventKind::RequestAnswered { request: r, ok: true }, m);
        }
    }

    fn service_effect(
        &mut self,
        eff: &ServiceEffect,
        target: &Target,
        ch: &crate::scenario::Channel,
    ) -> bool {
        let sc = self.sc.clone();
        match (eff, target) {
            (ServiceEffect::Hold(d), Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.place_hold(i, HoldKind::ForeignHold, d.0, Some(ch.id.clone()));
                true
            }
            (ServiceEffect::Freeze(d), Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.place_hold(i, HoldKind::ForeignFreeze, d.0, Some(ch.id.clone()));
                true
            }
            (ServiceEffect::Return, Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                if !self.accounts[i].blocked(self.now)
                    || self.accounts[i].balance == 0
                    || sc.accounts[i].cash_out
                {
                    let m = Msg::new("ev-return-failed").name("account", &sc.accounts[i].name);
                    self.log(EventKind::ReturnFailed { account: a.clone() }, m);
                    return false;
                }
                self.return_to_victim(i);
                true
            }
            (ServiceEffect::Trace, Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.accounts[i].monitored = true;
                let dests: Vec<String> = self
                    .events
                    .iter()
                    .filter_map(|e| match &e.kind {
                        EventKind::Transfer { from, to, .. } if from == a => Some(to.clone()),
                        _ => None,
                    })
                    .collect();
                for d in dests {
                    if let Some(j) = self.acc(&d) {
                        self.trace(i, j);
                    }
                }
                true
            }
            (ServiceEffect::Identify, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                self.identify(i);
                true
            }
            (ServiceEffect::Locate, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                if !self.suspects[i].identified {
                    return false;
                }
                if !self.suspects[i].located {
                    self.suspects[i].located = true;
                    let m = Msg::new("ev-located").name("suspect", &sc.suspects[i].name);
                    self.log(EventKind::Located { suspect: s.clone() }, m);
                }
                true
            }
            (ServiceEffect::Arrest, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                let st = &self.suspects[i];
                if !st.located || st.arrested {
                    return st.arrested;
                }
                self.suspects[i].arrested = true;
                let m = Msg::new("ev-arrested").name("suspect", &sc.suspects[i].name);
                self.log(EventKind::Arrested { suspect: s.clone() }, m);
                true
            }
            (ServiceEffect::Repatriate, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                if !self.suspects[i].arrested || self.suspects[i].in_custody {
                    return self.suspects[i].in_custody;
                }
                self.suspects[i].in_custody = true;
                self.suspects[i].jurisdiction = sc.home.clone();
                let m = Msg::new("ev-repatriated").name("suspect", &sc.suspects[i].name);
                self.log(EventKind::Repatriated { suspect: s.clone() }, m);
                true
            }
            (ServiceEffect::Obtain, Target::Evidence(e)) => {
                let Some(i) = sc.evidence.iter().position(|x| &x.id == e) else { return false };
                let p = Provenance {
                    source: sc.evidence[i].name.clone(),
                    provider: ch.name.clone(),
                    provided_at: self.now,
                    extractor: "provenance-foreign-authority".to_string(),
                    extracted_at: self.now,
                    via: Some(ch.id.clone()),
                    weight: ch.weight,
                    lawful: true,
                };
                let better = self.items[i]
                    .provenance
                    .as_ref()
                    .is_none_or(|old| p.weight > old.weight || !old.lawful);
                if better {
                    self.obtain(i, p);
                }
                true
            }
            (ServiceEffect::Do(effect), _) => {
                self.effect(effect);
                true
            }
            _ => false,
        }
    }

    fn identify(&mut self, i: usize) {
        if !self.suspects[i].identified {
            self.suspects[i].identified = true;
            let sc = self.sc.clone();
            let m = Msg::new("ev-identified").name("suspect", &sc.suspects[i].name);
            self.log(EventKind::Identified { suspect: sc.suspects[i].id.clone() }, m);
        }
    }

    fn obtain(&mut self, i: usize, p: Provenance) {
        let sc = self.sc.clone();
        let weight_id = match p.weight {
            Weight::Formal => "weight-formal",
            Weight::Intelligence => "weight-intelligence",
        };
        if !p.lawful {
            self.items[i].tainted = true;
        }
        self.items[i].provenance = Some(p);
        if self.trial.open && !self.trial.decided {
            self.items[i].challenges.clear();
            self.challenge(i);
        }
        let m = Msg::new("ev-evidence-obtained")
            .name("item", &sc.evidence[i].name)
            .name("weight", weight_id);
        self.log(EventKind::EvidenceObtained { item: sc.evidence[i].id.clone() }, m);
    }

    fn compliance_change(&mut self, points: i32, reason: &str) {
        self.compliance = (self.compliance + points).clamp(0, 100);
        let m = Msg::new("ev-compliance")
            .arg("points", Arg::Num(i64::from(points)))
            .name("reason", reason);
        self.log(EventKind::Compliance { points }, m);
    }

    fn fire(&mut self, i: usize) {
        let sc = self.sc.clone();
        let inj = &sc.injects[i];
        self.injects[i].fired = Some(self.now);
        let mut m = Msg::new("ev-inject").name("text", &inj.text);
        if let Some(from) = &inj.from {
            m = Msg::new("ev-inject-from").name("from", from).name("text", &inj.text);
        }
        self.log(EventKind::Inject { inject: inj.id.clone() }, m);
        for e in &inj.effects {
            self.effect(e);
        }
        if let (Some(d), false) = (inj.deadline, inj.choices.is_empty()) {
            let k = self.schedule(self.now + d.0, Pending::Deadline(i));
            self.injects[i].deadline_key = Some(k);
        }
    }

    fn effect(&mut self, e: &Effect) {
        let sc = self.sc.clone();
        match e {
            Effect::SetFlag(f) => {
                self.flags.insert(f.clone());
            }
            Effect::ClearFlag(f) => {
                self.flags.remove(f);
            }
            Effect::Compliance { points, reason } => self.compliance_change(*points, reason),
            Effect::TipOff => {
                if !self.tipped {
                    self.tip_off();
                }
            }
            Effect::CancelPayment(p) => {
                if self.cancelled.insert(p.clone()) {
                    self.log(
                        EventKind::PaymentCancelled { payment: p.clone() },
                        Msg::new("ev-payment-cancelled"),
                    );
                }
            }
            Effect::Reveal(a) => {
                if let Some(i) = self.acc(a)
                    && !self.accounts[i].known
                {
                    self.accounts[i].known = true;
                    let m = Msg::new("ev-revealed").name("account", &sc.accounts[i].name);
                    self.log(EventKind::Revealed { account: a.clone() }, m);
                }
            }
            Effect::Identify(s) => {
                if let Some(i) = self.sus(s) {
                    self.identify(i);
                }
            }
            Effect::GiveEvidence { item, provenance: acq } => {
                if let Some(i) = sc.evidence.iter().position(|x| &x.id == item) {
                    let p = provenance(acq, self.now, None);
                    self.obtain(i, p);
                }
            }
            Effect::Message(id) => self.log(EventKind::Message, Msg::new(id.clone())),
        }
    }

    fn open_trial(&mut self) {
        let sc = self.sc.clone();
        self.trial.open = true;
        self.log(EventKind::TrialOpened, Msg::new("ev-trial-opened"));
        for i in 0..sc.evidence.len() {
            if self.items[i].held() {
                self.challenge(i);
            }
        }
    }

    /// The defence raises every admissibility rule that applies to item `i`.
    fn challenge(&mut self, i: usize) {
        let sc = self.sc.clone();
        for rule in &sc.trial.rules {
            if self.item_test(i, &rule.applies) {
                self.items[i].challenges.push(rule.id.clone());
                let m = Msg::new("ev-challenged")
                    .name("item", &sc.evidence[i].name)
                    .name("challenge", &rule.challenge);
                let kind = EventKind::Challenged {
                    item: sc.evidence[i].id.clone(),
                    rule: rule.id.clone(),
                };
                self.log(kind, m);
            }
        }
    }

    fn verdict(&mut self) {
        let sc = self.sc.clone();
        for i in 0..sc.evidence.len() {
            if !self.items[i].held() {
                continue;
            }
            let answer = self.items[i].answer;
            let ruling = if answer == Some(Answer::Withdraw) {
                Ruling { admitted: false, withdrawn: true, rule: None }
            } else {
                let failed = self.items[i].challenges.iter().find(|rid| {
                    let Some(rule) = sc.trial.rules.iter().find(|r| &&r.id == rid) else {
                        return false;
                    };
                    let cured = answer.is_some_and(|a| {
                        rule.cured_by.contains(&a)
                            && (a != Answer::Supplement
                                || rule.supplement_requires.as_ref().is_none_or(|c| self.cond(c)))
                    });
                    !cured
                });
                Ruling { admitted: failed.is_none(), withdrawn: false, rule: failed.cloned() }
            };
            let reason = ruling
                .rule
                .as_ref()
                .and_then(|r| sc.trial.rules.iter().find(|x| &x.id == r))
                .map(|r| r.reason.clone());
            let id = if ruling.withdrawn {
                "ev-ruling-withdrawn"
            } else if ruling.admitted {
                "ev-ruling-admitted"
            } else {
                "ev-ruling-excluded"
            };
            let mut m = Msg::new(id).name("item", &sc.evidence[i].name);
            if let Some(r) = reason {
                m = m.name("reason", &r);
            }
            self.log(
                EventKind::Ruling {
                    item: sc.evidence[i].id.clone(),
                    admitted: ruling.admitted,
                    withdrawn: ruling.withdrawn,
                },
                m,
            );
            self.items[i].ruling = Some(ruling);
        }
        let missing: Vec<String> = sc
            .trial
            .proof
            .iter()
            .filter(|link| !link.any_of.iter().any(|it| self.admitted(it)))
            .map(|l| l.id.clone())
            .collect();
        let custody = !sc.trial.needs_custody || self.suspects.iter().any(|s| s.in_custody);
        self.trial.convicted = missing.is_empty() && custody;
        self.trial.missing_links = missing.clone();
        self.trial.decided = true;
        self.trial.open = false;
        let m = if self.trial.convicted {
            Msg::new("ev-verdict-convicted")
        } else if !custody {
            Msg::new("ev-verdict-no-accused")
        } else {
            let name = sc
                .trial
                .proof
                .iter()
                .find(|l| Some(&l.id) == missing.first())
                .map(|l| l.name.clone());
            Msg::new("ev-verdict-acquitted")
                .name("link", name.as_deref().unwrap_or("proof-unknown"))
        };
        self.log(EventKind::Verdict { convicted: self.trial.convicted }, m);
    }

    fn admitted(&self, id: &str) -> bool {
        self.sc
            .evidence
            .iter()
            .position(|e| e.id == id)
            .and_then(|i| self.items[i].ruling.as_ref())
            .is_some_and(|r| r.admitted)
    }

    fn item_test(&self, i: usize, t: &ItemTest) -> bool {
        let st = &self.items[i];
        let Some(p) = &st.provenance else { return false };
        match t {
            ItemTest::Unlawful => !p.lawful,
            ItemTest::Intelligence => p.weight == Weight::Intelligence,
            ItemTest::Unpreserved => {
                self.sc.evidence[i].kind == EvidenceKind::Electronic && st.preserved.is_none()
            }
            ItemTest::Kind(k) => self.sc.evidence[i].kind == *k,
            ItemTest::Item(id) => &self.sc.evidence[i].id == id,
            ItemTest::All(v) => v.iter().all(|t| self.item_test(i, t)),
            ItemTest::Any(v) => v.iter().any(|t| self.item_test(i, t)),
            ItemTest::Not(t) => !self.item_test(i, t),
        }
    }

    /// After every change: `When` injects and suspects' identification conditions.
    fn after_change(&mut self) {
        if self.halted.is_some() {
            return;
        }
        let sc = self.sc.clone();
        loop {
            let mut changed = false;
            for (i, inj) in sc.injects.iter().enumerate() {
                if let (Trigger::When(c), None, false) =
                    (&inj.trigger, self.injects[i].fired, inj.optional)
                    && self.now >= 0
                    && self.cond(c)
                {
                    self.fire(i);
                    changed = true;
                }
            }
            for (i, s) in sc.suspects.iter().enumerate() {
                if let (Some(c), false) = (&s.identified_when, self.suspects[i].identified)
                    && self.cond(c)
                {
                    self.identify(i);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.note_recoverable();
    }

    fn note_recoverable(&mut self) {
        if self.now < 0 {
            return;
        }
        let sitting: u64 = self
            .accounts
            .iter()
            .zip(&self.sc.accounts)
            .filter(|(_, a)| !a.cash_out && a.owner != crate::scenario::Owner::Victim)
            .fold(0u64, |acc, (s, _)| acc.saturating_add(s.balance));
        let v = sitting.saturating_add(self.returned);
        match self.recoverable.last_mut() {
            Some((t, old)) if *t == self.now => *old = v,
            Some((_, old)) if *old == v => {}
            _ => self.recoverable.push((self.now, v)),
        }
    }

    /// Money under a hold or freeze now (not cashed out).
    pub fn secured_now(&self) -> u64 {
        self.accounts
            .iter()
            .zip(&self.sc.accounts)
            .filter(|(s, a)| {
                !a.cash_out && a.owner != crate::scenario::Owner::Victim && s.blocked(self.now)
            })
            .map(|(s, _)| s.balance)
            .fold(0u64, |acc, b| acc.saturating_add(b))
    }

    fn cond(&self, c: &Condition) -> bool {
        let acc = |id: &str| self.acc(id).map(|i| &self.accounts[i]);
        let sus = |id: &str| self.sus(id).map(|i| &self.suspects[i]);
        let item =
            |id: &str| self.sc.evidence.iter().position(|s| s.id == id).map(|i| &self.items[i]);
        let pct = |part: u64, p: u32| {
            self.paid > 0 && u128::from(part) * 100 >= u128::from(self.paid) * u128::from(p)
        };
        match c {
            Condition::Always => true,
            Condition::Flag(f) => self.flags.contains(f),
            Condition::Not(c) => !self.cond(c),
            Condition::All(v) => v.iter().all(|c| self.cond(c)),
            Condition::Any(v) => v.iter().any(|c| self.cond(c)),
            Condition::After(t) => self.now >= t.0,
            Condition::Tipped => self.tipped,
            Condition::Held(a) => acc(a).is_some_and(|s| s.blocked(self.now)),
            Condition::Frozen(a) => acc(a).is_some_and(|s| {
                s.has_active(self.now, HoldKind::Freeze)
                    || s.has_active(self.now, HoldKind::ForeignFreeze)
            }),
            Condition::Monitored(a) => acc(a).is_some_and(|s| s.monitored),
            Condition::Traced(a) => acc(a).is_some_and(|s| s.traced),
            Condition::Reached(a) => acc(a).is_some_and(|s| s.reached),
            Condition::Identified(s) => sus(s).is_some_and(|s| s.identified),
            Condition::Located(s) => sus(s).is_some_and(|s| s.located),
            Condition::InCustody(s) => sus(s).is_some_and(|s| s.in_custody),
            Condition::HasEvidence(i) => item(i).is_some_and(|s| s.held()),
            Condition::Formal(i) => item(i)
                .and_then(|s| s.provenance.as_ref())
                .is_some_and(|p| p.weight == Weight::Formal && p.lawful),
            Condition::Preserved(i) => item(i).is_some_and(|s| s.preserved.is_some()),
            Condition::Tainted(i) => item(i).is_some_and(|s| s.tainted),
            Condition::Chose { inject, choice } => self
                .inject_state(inject)
                .is_some_and(|s| s.chosen.as_deref() == Some(choice.as_str())),
            Condition::Requested(ch) => self.requests.iter().any(|r| &r.channel == ch),
            Condition::Recovered(p) => pct(self.returned, *p),
            Condition::Secured(p) => pct(self.returned.saturating_add(self.secured_now()), *p),
            Condition::Admitted(i) => self.admitted(i),
            Condition::Excluded(i) => {
                item(i).and_then(|s| s.ruling.as_ref()).is_some_and(|r| !r.admitted && !r.withdrawn)
            }
            Condition::Convicted => self.trial.convicted,
        }
    }

    fn close(&mut self) {
        let sc = self.sc.clone();
        let facts = Facts {
            paid: self.paid,
            returned: self.returned,
            secured: self.returned.saturating_add(self.secured_now()),
            suspects: self.suspects.len(),
            identified: self.suspects.iter().filter(|s| s.identified).count(),
            in_custody: self.suspects.iter().filter(|s| s.in_custody).count(),
            file_items: self.items.iter().filter(|i| i.held()).count(),
            admitted: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| r.admitted))
                .count(),
            excluded: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| !r.admitted && !r.withdrawn))
                .count(),
            withdrawn: self
                .items
                .iter()
                .filter(|i| i.ruling.as_ref().is_some_and(|r| r.withdrawn))
                .count(),
            convicted: self.trial.convicted,
            compliance: self.compliance,
        };
        let conditions: Vec<bool> = sc
            .rubric
            .criteria
            .iter()
            .map(|c| match &c.measure {
                crate::scenario::Measure::When(cond) => self.cond(cond),
                _ => false,
            })
            .collect();
        let debrief =
            sc.debrief.iter().filter(|d| self.cond(&d.when)).map(|d| d.id.clone()).collect();
        self.outcome = Some(scoring::outcome(&sc.rubric, &facts, &conditions, debrief));
    }
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

fn answer_id(a: Answer) -> &'static str {
    match a {
        Answer::Explain => "answer-explain",
        Answer::Supplement => "answer-supplement",
        Answer::Withdraw => "answer-withdraw",
    }
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
    }
}

/// Play a whole line of timed actions from a seed and return the finished session. Actions the
/// rules refuse are kept with their error, in order.
pub fn play(
    scenario: Arc<Scenario>,
    seed: u64,
    actions: &[TimedAction],
) -> (Session, Vec<(TimedAction, ActionError)>) {
    let mut s = Session::new(scenario, seed);
    let mut refused = Vec::new();
    let mut sorted: Vec<&TimedAction> = actions.iter().collect();
    sorted.sort_by_key(|a| a.at);
    for a in sorted {
        if let Err(e) = s.apply_quietly(a.at.0.max(0), &a.act) {
            refused.push((a.clone(), e));
        }
    }
    s.finish();
    (s, refused)
}

/// Every message id the engine itself emits; `validate` checks each locale has them all.
pub const ENGINE_MESSAGES: &[&str] = &[
    "ev-payment",
    "ev-transfer",
    "ev-cashed-out",
    "ev-blocked",
    "ev-traced",
    "ev-traced-new",
    "ev-hold-ordered",
    "ev-hold-placed",
    "ev-hold-renewed",
    "ev-freeze-renewed",
    "ev-hold-expired",
    "ev-freeze-refused",
    "ev-return-ordered",
    "ev-returned",
    "ev-return-failed",
    "ev-monitor-started",
    "ev-tipped-off",
    "ev-suspect-fled",
    "ev-request-sent",
    "ev-request-granted",
    "ev-request-refused",
    "ev-identified",
    "ev-located",
    "ev-arrested",
    "ev-repatriated",
    "ev-collect-started",
    "ev-evidence-obtained",
    "ev-preserved",
    "ev-compliance",
    "ev-inject",
    "ev-inject-from",
    "ev-chosen",
    "ev-chosen-default",
    "ev-payment-cancelled",
    "ev-revealed",
    "ev-phase",
    "ev-trial-opened",
    "ev-challenged",
    "ev-answered",
    "ev-ruling-admitted",
    "ev-ruling-excluded",
    "ev-ruling-withdrawn",
    "ev-verdict-convicted",
    "ev-verdict-acquitted",
    "ev-verdict-no-accused",
    "ev-closed",
    "hold-stop-payment",
    "hold-freeze",
    "hold-foreign-hold",
    "hold-foreign-freeze",
    "preserve-hash",
    "preserve-blockchain",
    "answer-explain",
    "answer-supplement",
    "answer-withdraw",
    "weight-formal",
    "weight-intelligence",
    "why-incomplete",
    "why-suspect-left",
    "why-no-result",
    "why-precondition",
    "provenance-foreign-authority",
    "compliance-unlawful-collection",
    "target-account",
    "target-suspect",
    "target-evidence",
    "proof-unknown",
    "grade-none",
    "err-unknown",
    "err-in-the-past",
    "err-closed",
    "err-not-known",
    "err-not-domestic",
    "err-already-stopped",
    "err-no-stop-payment",
    "err-renewals-used",
    "err-already-frozen",
    "err-ground-not-met",
    "err-not-frozen",
    "err-already-monitored",
    "err-no-service",
    "err-wrong-target",
    "err-out-of-reach",
    "err-no-agreement",
    "err-not-victim-country",
    "err-prerequisite",
    "err-not-identified",
    "err-not-in-file",
    "err-not-electronic",
    "err-already-preserved",
    "err-method-unavailable",
    "err-already-held",
    "err-not-awaiting-choice",
    "err-cannot-fire",
    "err-trial-not-open",
    "err-not-challenged",
    "err-halted",
    "cli-seed",
    "cli-score",
    "what-account",
    "what-ground",
    "what-evidence-item",
    "what-method",
    "what-inject",
    "what-choice",
    "what-channel",
    "what-suspect",
];

/// Kinds of target a service takes, for front ends building a request form.
pub fn target_kind_id(k: TargetKind) -> &'static str {
    match k {
        TargetKind::Account => "target-account",
        TargetKind::Suspect => "target-suspect",
        TargetKind::Evidence => "target-evidence",
    }
}

/// An action in words ("Stop-payment on Mule card 1"), in any language: the app's log, the
/// debriefs, `grade` and the class debrief all say actions this way.
pub fn action_msg(sc: &Scenario, action: &Action) -> Msg {
    use crate::scenario::{Answer, Preservation};
    let name = |id: &str| Arg::Ref(sc.name_of(id).unwrap_or("ui-unknown").to_string());
    match action {
        Action::StopPayment { account } => Msg::new("ui-act-stop").arg("account", name(account)),
        Action::RenewFreeze { account } => {
            Msg::new("ui-act-renew-freeze").arg("account", name(account))
        }
        Action::RenewStopPayment { account } => {
            Msg::new("ui-act-renew").arg("account", name(account))
        }
        Action::Freeze { account, .. } => Msg::new("ui-act-freeze").arg("account", name(account)),
        Action::ReturnFunds { account } => Msg::new("ui-act-return").arg("account", name(account)),
        Action::Monitor { account } => Msg::new("ui-act-monitor").arg("account", name(account)),
        Action::Request { channel, service, target, .. } => Msg::new("ui-act-request")
            .arg("channel", name(channel))
            .arg("service", name(service))
            .arg("target", name(target.id())),
        Action::Collect { item, method } => {
            Msg::new("ui-act-collect").arg("item", name(item)).arg("method", name(method))
        }
        Action::Preserve { item, how } => {
            let how = match how {
                Preservation::Hash => "preserve-hash",
                Preservation::Blockchain => "preserve-blockchain",
            };
            Msg::new("ui-act-preserve").arg("item", name(item)).arg("how", Arg::Ref(how.into()))
        }
        Action::Choose { inject, choice } => {
            let text = sc
                .inject(inject)
                .and_then(|i| i.choices.iter().find(|c| &c.id == choice))
                .map(|c| c.text.clone())
                .unwrap_or_else(|| "ui-unknown".to_string());
            Msg::new("ui-act-choose").arg("choice", Arg::Ref(text))
        }
        Action::Answer { item, answer } => {
            let a = match answer {
                Answer::Explain => "answer-explain",
                Answer::Supplement => "answer-supplement",
                Answer::Withdraw => "answer-withdraw",
            };
            Msg::new("ui-act-answer").arg("item", name(item)).arg("answer", Arg::Ref(a.into()))
        }
        Action::FireInject { inject } => {
            let text = sc
                .inject(inject)
                .map(|i| i.text.clone())
                .unwrap_or_else(|| "ui-unknown".to_string());
            Msg::new("ui-act-fire").arg("inject", Arg::Ref(text))
        }
    }
}
