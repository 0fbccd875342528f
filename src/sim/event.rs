//! What happened in a session: events with a Fluent message each, and the errors actions can meet.

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Msg};
use crate::scenario::Answer;
use crate::time::Secs;

/// One entry of the timeline. `msg` renders it in any language; `kind` is for front ends that
/// draw it (the fund-flow map, the chart).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub at: Secs,
    pub kind: EventKind,
    pub msg: Msg,
}

/// What an event is about, with ids into the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    Payment {
        from: String,
        to: String,
        amount: u64,
    },
    Transfer {
        from: String,
        to: String,
        amount: u64,
    },
    CashedOut {
        account: String,
        amount: u64,
    },
    Blocked {
        account: String,
        amount: u64,
    },
    Traced {
        from: String,
        to: String,
    },
    HoldOrdered {
        account: String,
        kind: HoldKind,
    },
    HoldPlaced {
        account: String,
        kind: HoldKind,
        until: Secs,
        amount: u64,
    },
    HoldRenewed {
        account: String,
        until: Secs,
    },
    HoldExpired {
        account: String,
        kind: HoldKind,
    },
    FreezeRefused {
        account: String,
        ground: String,
    },
    ReturnOrdered {
        account: String,
    },
    Returned {
        account: String,
        amount: u64,
    },
    ReturnFailed {
        account: String,
    },
    MonitorStarted {
        account: String,
    },
    TippedOff,
    SuspectFled {
        suspect: String,
        to: String,
    },
    RequestSent {
        request: usize,
    },
    RequestAnswered {
        request: usize,
        ok: bool,
    },
    Identified {
        suspect: String,
    },
    Located {
        suspect: String,
    },
    Arrested {
        suspect: String,
    },
    Repatriated {
        suspect: String,
    },
    ArrestSought {
        suspect: String,
    },
    ArrestApproved {
        suspect: String,
    },
    /// The host handed over everyone of the case it found in a jurisdiction.
    HandedOver {
        jurisdiction: String,
        suspects: Vec<String>,
    },
    /// The procuratorate sent the case back for supplementary investigation.
    CaseReturned {
        missing: Vec<String>,
        trial_opens: Secs,
    },
    /// The procuratorate reviewed the file and prosecutes.
    Indicted,
    /// The procuratorate decided not to prosecute: the proof is still incomplete.
    NotProsecuted {
        missing: Vec<String>,
    },
    /// A confiscation decision returned money held abroad.
    Confiscated {
        account: String,
        amount: u64,
    },
    CollectStarted {
        item: String,
    },
    EvidenceObtained {
        item: String,
    },
    Preserved {
        item: String,
    },
    Compliance {
        points: i32,
    },
    Inject {
        inject: String,
    },
    Chosen {
        inject: String,
        choice: String,
        by_default: bool,
    },
    PaymentCancelled {
        payment: String,
    },
    Revealed {
        account: String,
    },
    Flag {
        flag: String,
        set: bool,
    },
    Message,
    Phase {
        phase: String,
    },
    TrialOpened,
    Challenged {
        item: String,
        rule: String,
    },
    Answered {
        item: String,
        answer: Answer,
    },
    Ruling {
        item: String,
        admitted: bool,
        withdrawn: bool,
    },
    Verdict {
        convicted: bool,
    },
    Closed,
    QuerySent {
        account: String,
    },
    StatementDelivered {
        account: String,
    },
    LinkStarted {
        from: String,
        to: String,
    },
    /// The analyst checked a link: `right` when the case's money moved between them.
    LinkChecked {
        from: String,
        to: String,
        right: bool,
    },
    TranslationAsked {
        inject: String,
    },
    Translated {
        inject: String,
    },
    TaskStarted {
        task: String,
    },
    TaskDone {
        task: String,
    },
}

/// Kinds of hold on an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HoldKind {
    /// Domestic emergency stop-payment.
    StopPayment,
    /// Domestic freeze.
    Freeze,
    /// A hold by the foreign host through a channel.
    ForeignHold,
    /// A freeze by the foreign host through a channel.
    ForeignFreeze,
}

impl HoldKind {
    pub fn msg_id(self) -> &'static str {
        match self {
            HoldKind::StopPayment => "hold-stop-payment",
            HoldKind::Freeze => "hold-freeze",
            HoldKind::ForeignHold => "hold-foreign-hold",
            HoldKind::ForeignFreeze => "hold-foreign-freeze",
        }
    }
}

/// Why the rules forbid an action. `msg()` explains it to the trainee.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ActionError {
    #[error("no such {what} `{id}` in this case")]
    Unknown { what: &'static str, id: String },
    #[error("the action is at {at}s, but the session is already at {now}s")]
    InThePast { at: Secs, now: Secs },
    #[error("the case is closed")]
    Closed,
    #[error("`{account}` is not known to the police yet: trace or reveal it first")]
    NotKnown { account: String },
    #[error(
        "`{account}` is in {jurisdiction}: domestic measures reach only {home} accounts; use a channel abroad"
    )]
    NotDomestic { account: String, jurisdiction: String, home: String },
    #[error("`{account}` already has a stop-payment")]
    AlreadyStopped { account: String },
    #[error(
        "the stop-payment on `{account}` has run its course: it cannot be ordered again; ask for a freeze"
    )]
    StopPaymentUsed { account: String },
    #[error("`{account}` has no active stop-payment to renew")]
    NoStopPayment { account: String },
    #[error("the stop-payment on `{account}` was renewed {max} times already, the most allowed")]
    RenewalsUsed { account: String, max: u32 },
    #[error("`{account}` is already frozen or a freeze is awaiting approval")]
    AlreadyFrozen { account: String },
    #[error("ground `{ground}` does not hold yet")]
    GroundNotMet { ground: String },
    #[error("`{account}` has no active domestic freeze to return funds from")]
    NotFrozen { account: String },
    #[error("`{account}` is already being followed")]
    AlreadyMonitored { account: String },
    #[error("channel `{channel}` offers no service `{service}`")]
    NoService { channel: String, service: String },
    #[error("service `{service}` targets a {expected:?}, not a {got:?}")]
    WrongTarget {
        service: String,
        expected: crate::scenario::TargetKind,
        got: crate::scenario::TargetKind,
    },
    #[error("`{target}` is in {jurisdiction}, which `{channel}` does not reach")]
    OutOfReach { channel: String, target: String, jurisdiction: String },
    #[error("`{channel}` needs an agreement with {jurisdiction}, and there is none")]
    NoAgreement { channel: String, jurisdiction: String },
    #[error("`{channel}` takes requests only from the police of the victim's country")]
    NotVictimCountry { channel: String },
    #[error("`{channel}` refuses: {reason}")]
    Prerequisite { channel: String, reason: String },
    #[error("suspect `{suspect}` has not been identified yet")]
    NotIdentified { suspect: String },
    #[error("the arrest of `{suspect}` has not been approved: apply for approval first")]
    ArrestNotApproved { suspect: String },
    #[error("the arrest of `{suspect}` is approved or awaiting approval already")]
    ArrestSought { suspect: String },
    #[error("this case has no arrest-approval procedure")]
    NoArrestRule,
    #[error("an arrest cannot be applied for yet: {reason}")]
    ArrestPremature { reason: String },
    #[error("`{item}` is not in the case file")]
    NotInFile { item: String },
    #[error(
        "`{item}` is not electronic data: only electronic data is hashed or put on a blockchain"
    )]
    NotElectronic { item: String },
    #[error("`{item}` is already preserved")]
    AlreadyPreserved { item: String },
    #[error("method `{method}` cannot be used yet")]
    MethodUnavailable { method: String },
    #[error("`{item}` is already in the case file with this weight")]
    AlreadyHeld { item: String },
    #[error("inject `{inject}` has not come up, or was already answered")]
    NotAwaitingChoice { inject: String },
    #[error("inject `{inject}` is not an optional inject that has yet to fire")]
    CannotFire { inject: String },
    #[error("the trial is not open: answers are given between the opening and the verdict")]
    TrialNotOpen,
    #[error("the defence has not challenged `{item}`")]
    NotChallenged { item: String },
    #[error("this case has no statements to query")]
    NoAnalysis,
    #[error("a statement of `{account}` is already on its way")]
    QueryPending { account: String },
    #[error("no statement of `{from}` shows money to or from `{to}`: query it first")]
    NotOnStatement { from: String, to: String },
    #[error("`{to}` is already linked to the money, or a link to it is being checked")]
    AlreadyLinked { to: String },
    #[error(
        "inject `{inject}` is not a message in a foreign language, or it is translated already"
    )]
    NothingToTranslate { inject: String },
    #[error("task `{task}` is done or under way")]
    TaskDone { task: String },
    #[error("task `{task}` cannot be done yet: {reason}")]
    TaskUnavailable { task: String, reason: String },
    #[error("`{item}` cannot be attached: it is not in the case file")]
    NotAttachable { item: String },
    #[error("the session stopped: {0}")]
    Halted(String),
}

impl ActionError {
    /// The explanation, as a Fluent message (`err-…` ids in `locales/*/engine.ftl`).
    pub fn msg(&self) -> Msg {
        let t = |s: &str| Arg::Text(s.to_string());
        match self {
            ActionError::Unknown { what, id } => Msg::new("err-unknown")
                .arg("what", Arg::Ref(format!("what-{}", what.replace(' ', "-"))))
                .arg("id", t(id)),
            ActionError::InThePast { at, now } => {
                Msg::new("err-in-the-past").arg("at", Arg::Time(*at)).arg("now", Arg::Time(*now))
            }
            ActionError::Closed => Msg::new("err-closed"),
            ActionError::NotKnown { account } => {
                Msg::new("err-not-known").arg("account", t(account))
            }
            ActionError::NotDomestic { account, jurisdiction, home } => {
                Msg::new("err-not-domestic")
                    .arg("account", t(account))
                    .arg("jurisdiction", t(jurisdiction))
                    .arg("home", t(home))
            }
            ActionError::AlreadyStopped { account } => {
                Msg::new("err-already-stopped").arg("account", t(account))
            }
            ActionError::StopPaymentUsed { account } => {
                Msg::new("err-stop-payment-used").arg("account", t(account))
            }
            ActionError::NoStopPayment { account } => {
                Msg::new("err-no-stop-payment").arg("account", t(account))
            }
            ActionError::RenewalsUsed { account, max } => Msg::new("err-renewals-used")
                .arg("account", t(account))
                .arg("max", Arg::Num(i64::from(*max))),
            ActionError::AlreadyFrozen { account } => {
                Msg::new("err-already-frozen").arg("account", t(account))
            }
            ActionError::GroundNotMet { ground } => {
                Msg::new("err-ground-not-met").arg("ground", t(ground))
            }
            ActionError::NotFrozen { account } => {
                Msg::new("err-not-frozen").arg("account", t(account))
            }
            ActionError::AlreadyMonitored { account } => {
                Msg::new("err-already-monitored").arg("account", t(account))
            }
            ActionError::NoService { channel, service } => {
                Msg::new("err-no-service").arg("channel", t(channel)).arg("service", t(service))
            }
            ActionError::WrongTarget { service, .. } => {
                Msg::new("err-wrong-target").arg("service", t(service))
            }
            ActionError::OutOfReach { channel, target, jurisdiction } => {
                Msg::new("err-out-of-reach")
                    .arg("channel", t(channel))
                    .arg("target", t(target))
                    .arg("jurisdiction", t(jurisdiction))
            }
            ActionError::NoAgreement { channel, jurisdiction } => Msg::new("err-no-agreement")
                .arg("channel", t(channel))
                .arg("jurisdiction", t(jurisdiction)),
            ActionError::NotVictimCountry { channel } => {
                Msg::new("err-not-victim-country").arg("channel", t(channel))
            }
            ActionError::Prerequisite { channel, reason } => Msg::new("err-prerequisite")
                .arg("channel", t(channel))
                .arg("reason", Arg::Ref(reason.clone())),
            ActionError::NotIdentified { suspect } => {
                Msg::new("err-not-identified").arg("suspect", t(suspect))
            }
            ActionError::ArrestNotApproved { suspect } => {
                Msg::new("err-arrest-not-approved").arg("suspect", t(suspect))
            }
            ActionError::ArrestSought { suspect } => {
                Msg::new("err-arrest-sought").arg("suspect", t(suspect))
            }
            ActionError::NoArrestRule => Msg::new("err-no-arrest-rule"),
            ActionError::ArrestPremature { reason } => {
                Msg::new("err-arrest-premature").arg("reason", Arg::Ref(reason.clone()))
            }
            ActionError::NotInFile { item } => Msg::new("err-not-in-file").arg("item", t(item)),
            ActionError::NotElectronic { item } => {
                Msg::new("err-not-electronic").arg("item", t(item))
            }
            ActionError::AlreadyPreserved { item } => {
                Msg::new("err-already-preserved").arg("item", t(item))
            }
            ActionError::MethodUnavailable { method } => {
                Msg::new("err-method-unavailable").arg("method", t(method))
            }
            ActionError::AlreadyHeld { item } => Msg::new("err-already-held").arg("item", t(item)),
            ActionError::NotAwaitingChoice { inject } => {
                Msg::new("err-not-awaiting-choice").arg("inject", t(inject))
            }
            ActionError::CannotFire { inject } => {
                Msg::new("err-cannot-fire").arg("inject", t(inject))
            }
            ActionError::TrialNotOpen => Msg::new("err-trial-not-open"),
            ActionError::NotChallenged { item } => {
                Msg::new("err-not-challenged").arg("item", t(item))
            }
            ActionError::NoAnalysis => Msg::new("err-no-analysis"),
            ActionError::QueryPending { account } => {
                Msg::new("err-query-pending").arg("account", t(account))
            }
            ActionError::NotOnStatement { from, to } => {
                Msg::new("err-not-on-statement").arg("from", t(from)).arg("to", t(to))
            }
            ActionError::AlreadyLinked { to } => Msg::new("err-already-linked").arg("to", t(to)),
            ActionError::NothingToTranslate { inject } => {
                Msg::new("err-nothing-to-translate").arg("inject", t(inject))
            }
            ActionError::TaskDone { task } => Msg::new("err-task-done").arg("task", t(task)),
            ActionError::TaskUnavailable { task, reason } => Msg::new("err-task-unavailable")
                .arg("task", t(task))
                .arg("reason", Arg::Ref(reason.clone())),
            ActionError::NotAttachable { item } => {
                Msg::new("err-not-attachable").arg("item", t(item))
            }
            ActionError::Halted(why) => Msg::new("err-halted").arg("why", t(why)),
        }
    }
}

/// The engine's own guard: a case whose laundering rules never settle is stopped, not run forever.
pub const MAX_EVENTS: usize = 200_000;
