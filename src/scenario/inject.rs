//! What happens during play: injects and their choices, effects, conditions and phases.

use serde::{Deserialize, Serialize};

use super::*;

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
    /// The language the message comes in (`en-US`), whatever the trainee's: she may act on
    /// it as she reads it, or have it translated first.
    #[serde(default)]
    pub language: Option<String>,
    /// How long a translation takes.
    #[serde(default)]
    pub translation: Option<Dur>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// A hold or freeze placed through this channel is active on the account.
    HeldThrough {
        account: String,
        channel: String,
    },
    Frozen(String),
    Monitored(String),
    /// Money was traced into the account.
    Traced(String),
    /// The police know the account (it was never hidden, or it was traced or reported).
    Known(String),
    /// The account received money at some point.
    Reached(String),
    Identified(String),
    Located(String),
    /// The procuratorate approved the suspect's arrest.
    ArrestApproved(String),
    /// Arrested (abroad, or brought home since).
    Arrested(String),
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
    /// The defence has challenged the item at trial.
    Challenged(String),
    /// The inject has come up and waits for a choice.
    Awaiting(String),
    Convicted,
    /// The procuratorate sent the case back for supplementary investigation at least once.
    ReturnedForInvestigation,
    /// A statement of the account has been delivered.
    Queried(String),
    /// The task's effects have happened.
    Done(String),
    /// The inject's translation has arrived.
    Translated(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: String,
    pub name: MsgId,
    pub starts: Dur,
}
