//! What the trainee does: actions at sim times, their targets, and delay distributions.

use serde::{Deserialize, Serialize};

use super::*;

/// An action at a sim time: the unit of reference lines, actions files and records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimedAction {
    pub at: Dur,
    #[serde(rename = "do")]
    pub act: Action,
    /// In a reference line: taken only if this holds at `at` (a hold was refused, a challenge
    /// was raised), so that a line is a policy that reacts to the seed's luck, not a timetable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
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
    /// Apply to the procuratorate for approval to arrest an identified suspect (提请批准逮捕).
    SeekArrest {
        suspect: String,
    },
    Request {
        channel: String,
        service: String,
        target: Target,
        elements: Vec<String>,
        /// The request as drafted, where the channel reads drafts.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        draft: Option<Draft>,
    },
    /// Ask for an account's statement (a domestic bank's or payment firm's records, or a
    /// wallet's transactions on the public ledger).
    Query {
        account: String,
    },
    /// Say that money went between an account and a counterparty on its statement.
    Link {
        from: String,
        to: String,
    },
    /// Have a message in a foreign language translated.
    Translate {
        inject: String,
    },
    /// Do one of the case's tasks.
    Task {
        task: String,
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
    Jurisdiction(String),
}

impl Target {
    pub fn id(&self) -> &str {
        match self {
            Target::Account(s)
            | Target::Suspect(s)
            | Target::Evidence(s)
            | Target::Jurisdiction(s) => s,
        }
    }
    pub fn kind(&self) -> TargetKind {
        match self {
            Target::Account(_) => TargetKind::Account,
            Target::Suspect(_) => TargetKind::Suspect,
            Target::Evidence(_) => TargetKind::Evidence,
            Target::Jurisdiction(_) => TargetKind::Jurisdiction,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Preservation {
    Hash,
    Blockchain,
}

impl Preservation {
    pub const ALL: &[Self] = &[Self::Hash, Self::Blockchain];

    /// The Fluent id of its name (`preserve-hash`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Self::Hash => "preserve-hash",
            Self::Blockchain => "preserve-blockchain",
        }
    }
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
