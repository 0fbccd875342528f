//! What the police can do: domestic measures (stop payment, freeze, return, monitor) and the
//! channels abroad with their services.

use serde::{Deserialize, Serialize};

use super::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measures {
    pub stop_payment: StopPaymentRule,
    pub freeze: FreezeRule,
    pub return_funds: ReturnRule,
    /// Following an account: later transfers out of it are traced to their destination.
    pub monitor: MonitorRule,
    /// Applying for approval to arrest a suspect (提请批准逮捕): what a Red notice rests on.
    #[serde(default)]
    pub arrest: Option<ArrestRule>,
}

/// The procuratorate's approval of an arrest, asked for by the case unit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrestRule {
    /// From the application to the procuratorate's decision.
    pub approval: Dist,
    /// What the application needs besides an identified suspect (a filed case), with the message
    /// that explains a refusal.
    #[serde(default)]
    pub requires: Option<Condition>,
    #[serde(default)]
    pub reason: Option<MsgId>,
    pub source: String,
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
    /// Time a request spends before it leaves: drafting, approval, translation and routing up
    /// the chain (case unit → provincial department → MPS); added to the response time.
    #[serde(default)]
    pub routing: Option<Dist>,
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
    /// What a drafted request must state, cite and attach (see [`DraftRule`]).
    #[serde(default)]
    pub draft: Option<DraftRule>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Mla,
    Interpol,
    Liaison,
    Regional,
    /// Extradition (引渡): through the diplomatic channel, on a treaty; slow and may be refused.
    Extradition,
    /// Persuasion to return (劝返): family contact, notices urging surrender.
    Persuasion,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Prerequisite {
    /// The target's jurisdiction lists this channel in its `agreements`.
    Agreement,
    /// The request must come from the police of the victim's country.
    VictimCountry,
    /// Any other condition, with the message that explains a refusal.
    When { condition: Condition, reason: MsgId },
    /// The target suspect's arrest has been approved at home (`measures.arrest`).
    ArrestApproved,
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
    /// Information with no account of where it came from (an informal copy, a tip): leads,
    /// not proof.
    Intelligence,
    /// Handed over through the international police-cooperation mechanism: usable in court once
    /// verified, with its source, provider, time and custody accounted for.
    Cooperation,
    /// Obtained through a formal, lawful request (mutual legal assistance): usable in court.
    Formal,
}

impl Weight {
    pub const ALL: &[Self] = &[Self::Intelligence, Self::Cooperation, Self::Formal];

    /// The Fluent id of its name in the engine's messages (`weight-formal`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Self::Intelligence => "weight-intelligence",
            Self::Cooperation => "weight-cooperation",
            Self::Formal => "weight-formal",
        }
    }
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
    /// Prerequisites of this service, on top of the channel's (a Red notice needs an approved
    /// arrest; a Blue notice does not).
    #[serde(default)]
    pub requires: Vec<Prerequisite>,
    /// What a request for this service must contain, in place of the channel's list.
    #[serde(default)]
    pub elements: Option<Vec<Element>>,
    /// What a drafted request for this service needs, in place of the channel's rule.
    #[serde(default)]
    pub draft: Option<DraftRule>,
}

impl Channel {
    /// The service with this id (service ids are unique within their channel only).
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// What a request for `service` must contain: its own list, or the channel's.
    pub fn elements_of<'a>(&'a self, service: &'a Service) -> &'a [Element] {
        service.elements.as_deref().unwrap_or(&self.elements)
    }

    /// What a drafted request for `service` needs: its own rule, or the channel's.
    pub fn draft_of<'a>(&'a self, service: &'a Service) -> Option<&'a DraftRule> {
        service.draft.as_ref().or(self.draft.as_ref())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetKind {
    Account,
    Suspect,
    Evidence,
    /// A country: for what the host does to everyone there (a bulk repatriation).
    Jurisdiction,
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
    /// Return this percent of the target account's frozen money after a confiscation decision:
    /// at the verdict, if the accused is convicted and the account is still frozen (money abroad
    /// comes back after the court's decision, not before; the rest is shared with the host).
    ReturnAfterVerdict(u32),
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
    /// The host deports every suspect of the case in the target jurisdiction (a bulk
    /// repatriation): no named suspect is needed; they are identified after their return.
    HandOver,
    /// Obtain the target evidence item with the channel's weight.
    Obtain,
    /// The target account's statement (a foreign bank's or an exchange's records).
    Statement,
    /// Any scenario effect.
    Do(Effect),
}
