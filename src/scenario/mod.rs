//! The scenario format: one RON file per case, parsed by [`parse`] for both the CLI and the app.
//!
//! Everything a case needs is data here: accounts and the gang's laundering rules, domestic
//! measures, channels abroad, evidence, injects, the trial, the rubric and the debrief. RON holds
//! ids only; every word a person reads is a Fluent message id resolved through `crate::i18n`.
//! `scenarios/README.md` documents each field for authors.

pub mod span;
pub mod validate;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::time::{Dur, Secs};

/// A Fluent message id (`case-frank-title`); resolved by `crate::i18n`.
pub type MsgId = String;

/// A whole case, as written in `scenarios/<id>.ron`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub version: u32,
    pub title: MsgId,
    pub summary: MsgId,
    /// Locales the case is complete in (`zh-CN`, `en-US`, …).
    pub languages: Vec<String>,
    /// 1 (introductory) to 5 (expert).
    pub difficulty: u8,
    pub expected_minutes: u32,
    pub objectives: Vec<MsgId>,
    /// Where each rule or figure comes from (domain.md sections, laws, reports).
    pub sources: Vec<Source>,
    pub briefing: Briefing,
    /// Currency code shown with every amount (`CNY`).
    #[serde(default = "default_currency")]
    pub currency: String,
    /// The jurisdiction whose police the trainee is: domestic measures reach only its accounts.
    pub home: String,
    pub victim: Victim,
    pub jurisdictions: Vec<Jurisdiction>,
    pub institutions: Vec<Institution>,
    pub accounts: Vec<Account>,
    /// The victim's payments to the gang; negative times happened before the report.
    pub payments: Vec<Payment>,
    pub laundering: Laundering,
    pub measures: Measures,
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub suspects: Vec<Suspect>,
    #[serde(default)]
    pub evidence: Vec<EvidenceItem>,
    /// Named facts that effects set and conditions read; declared so references can be checked.
    #[serde(default)]
    pub flags: Vec<String>,
    #[serde(default)]
    pub injects: Vec<Inject>,
    pub phases: Vec<Phase>,
    pub trial: Trial,
    /// When the case closes and the outcome is scored (after the verdict).
    pub ends: Dur,
    pub rubric: Rubric,
    #[serde(default)]
    pub debrief: Vec<DebriefEntry>,
    /// Named reference lines of timed actions: at least `expert`, `passive` and `reckless`.
    pub lines: BTreeMap<String, Vec<TimedAction>>,
    /// Findings of `validate` and `explore` the author has looked at and means, each with a reason.
    #[serde(default)]
    pub allow: Vec<Allow>,
}

/// A warning marked intentional: `(lint: "unused-account", id: "hk-decoy", reason: "…")`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The warning's code, as `validate` and `explore` print it (`unused-account`).
    pub lint: String,
    /// The one thing it is allowed for (an account, inject, message id…); every one if absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Why it is intentional: for the next author.
    pub reason: String,
}

fn default_currency() -> String {
    "CNY".to_string()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The citation as written in the source (law, notice, report, date); not translated.
    pub cite: String,
    /// Where in `domain.md` it is discussed, and whether the figure is verified.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    /// The victim's statement.
    pub statement: MsgId,
    /// What is known when the case opens, one message per point.
    pub known: Vec<MsgId>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Victim {
    pub name: MsgId,
    pub jurisdiction: String,
    /// The victim's own account: returned funds land here.
    pub account: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Short code shown on the map (`CN`, `LA`, `TH`).
    pub id: String,
    pub name: MsgId,
    /// Channel ids this jurisdiction has an agreement for with the home jurisdiction
    /// (a treaty for MLA, membership of a regional centre); read by the `Agreement` prerequisite.
    #[serde(default)]
    pub agreements: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    pub name: MsgId,
    pub jurisdiction: String,
    pub kind: InstitutionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InstitutionKind {
    Bank,
    PaymentFirm,
    Exchange,
    Wallet,
    Cash,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub id: String,
    pub name: MsgId,
    pub institution: String,
    pub owner: Owner,
    /// Opening balance, in whole currency units.
    #[serde(default)]
    pub balance: u64,
    /// Money that reaches this account is cashed out or swapped away: no measure can recover it.
    #[serde(default)]
    pub cash_out: bool,
    /// A hold or freeze on this account tips the gang off.
    #[serde(default)]
    pub tips_off: bool,
    /// Unknown to the police until traced (by monitoring the account before it) or revealed.
    #[serde(default)]
    pub hidden: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Owner {
    Victim,
    Mule,
    Gang,
    ThirdParty,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    pub id: String,
    pub at: Dur,
    pub from: String,
    pub to: String,
    pub amount: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Laundering {
    pub tipoff: TipOff,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TipOff {
    /// How long after a hold lands on a `tips_off` account the gang notices.
    pub delay: Dist,
    /// What else happens when the gang is tipped off (suspects flee, flags set…).
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// How the gang moves money that lands in an account.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub from: String,
    /// The rule applies only while this holds (the first applicable rule of an account wins).
    #[serde(default)]
    pub when: Option<Condition>,
    /// Time from the money landing to the gang moving it on.
    pub delay: Dist,
    /// The delay once the gang is tipped off (usually much shorter); `delay` if absent.
    #[serde(default)]
    pub tipped_delay: Option<Dist>,
    /// Where the money goes: percentages that add up to 100.
    pub legs: Vec<Leg>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leg {
    pub to: String,
    pub percent: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measures {
    pub stop_payment: StopPaymentRule,
    pub freeze: FreezeRule,
    pub return_funds: ReturnRule,
    /// Following an account: later transfers out of it are traced to their destination.
    pub monitor: MonitorRule,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopPaymentRule {
    /// From sending the order to the bank applying it.
    pub takes_effect: Dist,
    pub lasts: Dur,
    pub renewals: u32,
    pub domestic_only: bool,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreezeRule {
    pub grounds: Vec<Ground>,
    /// From the request to the approved freeze reaching the bank.
    pub approval: Dist,
    pub lasts: Dur,
    pub domestic_only: bool,
    pub source: String,
}

/// A ground a freeze request can cite. A cited ground must hold; a missing required one makes
/// the approver refuse the request once the approval time has passed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ground {
    pub id: String,
    pub name: MsgId,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub requires: Option<Condition>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnRule {
    /// From the request to the frozen money reaching the victim.
    pub takes: Dur,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonitorRule {
    pub domestic_only: bool,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: String,
    pub name: MsgId,
    pub kind: ChannelKind,
    /// Jurisdictions a request can target.
    pub reach: Vec<String>,
    #[serde(default)]
    pub requires: Vec<Prerequisite>,
    /// What a request must contain.
    #[serde(default)]
    pub elements: Vec<Element>,
    /// What happens to a request that lacks a required element.
    pub incomplete: Incomplete,
    pub response: Dist,
    /// Chance that a complete request succeeds, 0..1.
    pub success: f64,
    /// The legal weight of what the channel returns.
    pub weight: Weight,
    pub services: Vec<Service>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Mla,
    Interpol,
    Liaison,
    Regional,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Prerequisite {
    /// The target's jurisdiction lists this channel in its `agreements`.
    Agreement,
    /// The request must come from the police of the victim's country.
    VictimCountry,
    /// Any other condition, with the message that explains a refusal.
    When { condition: Condition, reason: MsgId },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub id: String,
    pub name: MsgId,
    #[serde(default = "yes")]
    pub required: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Incomplete {
    /// Refused once the response time has passed.
    Reject,
    /// Sent back for completion: answered this much later.
    Delay(Dur),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weight {
    /// Police-to-police information: leads, not proof.
    Intelligence,
    /// Obtained through a formal, lawful request: usable in court.
    Formal,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: MsgId,
    pub target: TargetKind,
    pub effects: Vec<ServiceEffect>,
    /// Overrides the channel's response time for this service.
    #[serde(default)]
    pub response: Option<Dist>,
    /// Overrides the channel's success chance for this service.
    #[serde(default)]
    pub success: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetKind {
    Account,
    Suspect,
    Evidence,
}

/// What a successful request does to its target.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ServiceEffect {
    /// A temporary hold on the target account.
    Hold(Dur),
    /// A freeze on the target account.
    Freeze(Dur),
    /// Return the target account's held or frozen money to the victim.
    Return,
    /// Trace the target account: where its money went and goes.
    Trace,
    /// Identify the target suspect.
    Identify,
    /// Locate the target suspect.
    Locate,
    /// Arrest the target suspect where they are.
    Arrest,
    /// Bring an arrested suspect home.
    Repatriate,
    /// Obtain the target evidence item with the channel's weight.
    Obtain,
    /// Any scenario effect.
    Do(Effect),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suspect {
    pub id: String,
    pub name: MsgId,
    pub role: MsgId,
    pub jurisdiction: String,
    /// Identified as soon as this holds (for example when following the money reached them).
    #[serde(default)]
    pub identified_when: Option<Condition>,
    /// Where the suspect flees when the gang is tipped off, before arrest.
    #[serde(default)]
    pub flees_to: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    pub id: String,
    pub name: MsgId,
    pub kind: EvidenceKind,
    /// Where the item is held.
    pub jurisdiction: String,
    /// In the case file when it opens, with this provenance.
    #[serde(default)]
    pub initially: Option<Acquisition>,
    /// Ways the trainee can collect it directly (`Collect` action).
    #[serde(default)]
    pub methods: Vec<Method>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvidenceKind {
    Testimony,
    Document,
    Financial,
    Electronic,
    Physical,
}

/// Who handed an item over and who extracted it: the provenance a court reviews.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acquisition {
    pub source: MsgId,
    pub provider: MsgId,
    pub extractor: MsgId,
    pub weight: Weight,
    #[serde(default = "yes")]
    pub lawful: bool,
}

/// A direct way to collect an item.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub id: String,
    pub name: MsgId,
    pub takes: Dur,
    pub provenance: Acquisition,
    /// Compliance points lost when this method is used (unlawful collection abroad).
    #[serde(default)]
    pub compliance: i32,
    #[serde(default)]
    pub requires: Option<Condition>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    pub id: String,
    /// Who speaks (a message id), if anyone.
    #[serde(default)]
    pub from: Option<MsgId>,
    pub text: MsgId,
    pub trigger: Trigger,
    /// Only the instructor fires it (classroom); it never fires by itself.
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// How long the trainee has to choose; then `default` is taken.
    #[serde(default)]
    pub deadline: Option<Dur>,
    #[serde(default)]
    pub default: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Trigger {
    At(Dur),
    When(Condition),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: MsgId,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// A generic consequence, fired by injects, choices, tip-offs and services.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Effect {
    SetFlag(String),
    ClearFlag(String),
    /// Compliance points, with the message that explains them.
    Compliance {
        points: i32,
        reason: MsgId,
    },
    TipOff,
    CancelPayment(String),
    Reveal(String),
    Identify(String),
    /// Put an evidence item in the case file with this provenance.
    GiveEvidence {
        item: String,
        provenance: Acquisition,
    },
    /// A line in the event feed.
    Message(MsgId),
}

/// A fact about the session, read by rules, injects, grounds, rubric and debrief.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Condition {
    Always,
    Flag(String),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// Sim time has reached this.
    After(Dur),
    Tipped,
    /// Any hold or freeze is active on the account.
    Held(String),
    Frozen(String),
    Monitored(String),
    /// Money was traced into the account.
    Traced(String),
    /// The account received money at some point.
    Reached(String),
    Identified(String),
    Located(String),
    InCustody(String),
    HasEvidence(String),
    /// The item was obtained with formal weight.
    Formal(String),
    Preserved(String),
    Tainted(String),
    Chose {
        inject: String,
        choice: String,
    },
    Requested(String),
    /// At least this percent of the victim's loss has been returned.
    Recovered(u32),
    /// At least this percent is returned, frozen or held.
    Secured(u32),
    Admitted(String),
    Excluded(String),
    Convicted,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: String,
    pub name: MsgId,
    pub starts: Dur,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trial {
    /// When the trial opens and the defence raises its challenges.
    pub opens: Dur,
    /// When the court rules and gives its verdict.
    pub verdict: Dur,
    pub rules: Vec<AdmissibilityRule>,
    /// The chain of proof a conviction needs: each link needs one admitted item.
    pub proof: Vec<ProofLink>,
    /// A conviction needs at least one suspect in custody.
    #[serde(default = "yes")]
    pub needs_custody: bool,
}

/// When an item is challenged, and which answers cure the defect.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdmissibilityRule {
    pub id: String,
    pub applies: ItemTest,
    /// The defence's challenge.
    pub challenge: MsgId,
    /// The court's reason when it excludes the item.
    pub reason: MsgId,
    pub cured_by: Vec<Answer>,
    /// For `Supplement`: the cure needs this too (for example a notarised copy).
    #[serde(default)]
    pub supplement_requires: Option<Condition>,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ItemTest {
    /// Collected unlawfully (for example abroad without authority).
    Unlawful,
    /// Intelligence weight only.
    Intelligence,
    /// Electronic data with no hash or blockchain record.
    Unpreserved,
    Kind(EvidenceKind),
    Item(String),
    All(Vec<ItemTest>),
    Any(Vec<ItemTest>),
    Not(Box<ItemTest>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Answer {
    Explain,
    Supplement,
    Withdraw,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProofLink {
    pub id: String,
    pub name: MsgId,
    pub any_of: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    pub criteria: Vec<Criterion>,
    /// Grade bands by minimum score, any order.
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: MsgId,
    pub weight: u32,
    pub measure: Measure,
}

/// How a criterion is measured, from 0 to 1.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Measure {
    /// Share of the victim's loss returned.
    Recovered,
    /// Share returned, frozen or held when the case closes.
    Secured,
    /// Share of suspects identified.
    Identified,
    /// Share of suspects in custody at home.
    InCustody,
    /// Share of case-file items the court admitted (withdrawn items count as not admitted).
    Admitted,
    Convicted,
    /// Compliance points left, of 100.
    Compliance,
    /// 1 when the condition holds at the close, else 0.
    When(Condition),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub min: u32,
    pub grade: String,
    pub name: MsgId,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebriefEntry {
    pub id: String,
    pub when: Condition,
    pub text: MsgId,
    /// A source id from `sources` where the text states a rule or a figure.
    #[serde(default)]
    pub source: Option<String>,
}

/// An action at a sim time: the unit of reference lines, actions files and records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimedAction {
    pub at: Dur,
    #[serde(rename = "do")]
    pub act: Action,
}

/// Everything a trainee can do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    StopPayment {
        account: String,
    },
    RenewStopPayment {
        account: String,
    },
    Freeze {
        account: String,
        grounds: Vec<String>,
    },
    /// Renew a domestic freeze in force by another `lasts` from its current end.
    RenewFreeze {
        account: String,
    },
    ReturnFunds {
        account: String,
    },
    Monitor {
        account: String,
    },
    Request {
        channel: String,
        service: String,
        target: Target,
        elements: Vec<String>,
    },
    Collect {
        item: String,
        method: String,
    },
    Preserve {
        item: String,
        how: Preservation,
    },
    Choose {
        inject: String,
        choice: String,
    },
    Answer {
        item: String,
        answer: Answer,
    },
    /// The instructor fires one of the case's optional injects (classroom). Kept in the action
    /// log like any other action, so a record replays to the same outcome.
    FireInject {
        inject: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Account(String),
    Suspect(String),
    Evidence(String),
}

impl Target {
    pub fn id(&self) -> &str {
        match self {
            Target::Account(s) | Target::Suspect(s) | Target::Evidence(s) => s,
        }
    }
    pub fn kind(&self) -> TargetKind {
        match self {
            Target::Account(_) => TargetKind::Account,
            Target::Suspect(_) => TargetKind::Suspect,
            Target::Evidence(_) => TargetKind::Evidence,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Preservation {
    Hash,
    Blockchain,
}

/// A time distribution, sampled with the session's seeded generator.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Dist {
    Fixed(Dur),
    Uniform { min: Dur, max: Dur },
    Triangular { min: Dur, mode: Dur, max: Dur },
}

impl Dist {
    pub fn bounds(&self) -> (Secs, Secs) {
        match self {
            Dist::Fixed(d) => (d.0, d.0),
            Dist::Uniform { min, max } | Dist::Triangular { min, max, .. } => (min.0, max.0),
        }
    }
}

/// A scenario that failed to parse: where and why.
#[derive(Debug, Clone, thiserror::Error)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The RON options every file of the project is read with (`Some` may be left out).
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parse a scenario's RON text. Syntax errors and unknown fields come back with line and column;
/// references and ranges are checked by [`validate::validate`].
pub fn parse(text: &str) -> Result<Scenario, ParseError> {
    from_ron(text)
}

/// Parse any of the project's RON files with the shared options and error shape.
pub fn from_ron<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron_options().from_str(text).map_err(|e: ron::error::SpannedError| ParseError {
        line: e.span.start.line,
        col: e.span.start.col,
        message: explain_ron_error(&e.code),
    })
}

fn explain_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField { expected, found, outer } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}: add `{field}: …`",
            outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default()
        ),
        E::NoSuchEnumVariant { expected, found, outer } => format!(
            "unknown variant `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" of `{o}`")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::DuplicateStructField { field, .. } => {
            format!("field `{field}` is given twice: keep one")
        }
        other => other.to_string(),
    }
}

/// The SHA-256 of a scenario file's bytes, in hex: records name the exact case they were played on.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Scenario {
    /// The message id of the name of anything with an id: account, channel, suspect, item,
    /// jurisdiction, institution, ground, collection method or service.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        let sc = self;
        sc.accounts
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.as_str())
            .or_else(|| sc.channels.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.suspects.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.evidence.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.jurisdictions.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.institutions.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| {
                sc.measures.freeze.grounds.iter().find(|c| c.id == id).map(|c| c.name.as_str())
            })
            .or_else(|| {
                sc.evidence
                    .iter()
                    .flat_map(|e| &e.methods)
                    .find(|m| m.id == id)
                    .map(|m| m.name.as_str())
            })
            .or_else(|| {
                sc.channels
                    .iter()
                    .flat_map(|c| &c.services)
                    .find(|m| m.id == id)
                    .map(|m| m.name.as_str())
            })
    }

    pub fn account(&self, id: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }
    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.iter().find(|a| a.id == id)
    }
    /// The jurisdiction an account sits in (through its institution).
    pub fn account_jurisdiction(&self, id: &str) -> Option<&str> {
        let acc = self.account(id)?;
        Some(self.institution(&acc.institution)?.jurisdiction.as_str())
    }
    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }
    pub fn suspect(&self, id: &str) -> Option<&Suspect> {
        self.suspects.iter().find(|s| s.id == id)
    }
    pub fn item(&self, id: &str) -> Option<&EvidenceItem> {
        self.evidence.iter().find(|e| e.id == id)
    }
    pub fn inject(&self, id: &str) -> Option<&Inject> {
        self.injects.iter().find(|e| e.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// Whether the case marks warning `lint` about `id` as intentional.
    pub fn allows(&self, lint: &str, id: &str) -> bool {
        self.allow.iter().any(|a| a.lint == lint && a.id.as_deref().is_none_or(|x| x == id))
    }
    /// The victim's total loss: every payment to an account that is not the victim's.
    pub fn total_paid(&self) -> u64 {
        self.payments.iter().fold(0u64, |acc, p| acc.saturating_add(p.amount))
    }
}
