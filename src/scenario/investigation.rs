//! Investigation as work, not a menu: bank and wallet statements read and linked by the
//! trainee, requests drafted from what the case file holds, and tasks (victim care and other
//! work that is neither a measure nor a request).

use serde::{Deserialize, Serialize};

use super::*;

/// How long reading the money takes: queries, the public ledger and the analyst's links.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// From a query (查询) to a domestic bank or payment firm to its statement arriving.
    pub query: Dist,
    /// From a query of a public-ledger wallet to its transactions being read.
    pub chain: Dist,
    /// The analyst's time to confirm one link; links are confirmed one at a time.
    pub link: Dur,
    /// What a wrong link costs on top: the counterparty is checked and found to be no part of
    /// the case's money.
    pub wrong_link: Dur,
    pub source: String,
}

/// A line of an account's statement that is not the case's money (wages, shopping, rent):
/// what makes reading a statement work, and a wrong link possible.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordLine {
    pub at: Dur,
    /// The other account (an account id of the case).
    pub counterparty: String,
    pub amount: u64,
    /// Money coming in; otherwise going out.
    #[serde(default)]
    pub incoming: bool,
}

/// A fact a request can state: established once its condition holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub name: MsgId,
    pub established: Condition,
    /// The target it is about: a draft rule that needs it asks for it only in requests
    /// about this target.
    #[serde(default)]
    pub about: Option<String>,
}

impl Fact {
    /// Whether a request about `target` is asked to state it (a fact about another target is
    /// not).
    pub fn applies_to(&self, target: &str) -> bool {
        self.about.as_deref().is_none_or(|a| a == target)
    }
}

/// A legal basis a request can cite (a treaty, UNTOC Art. 18, reciprocity).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub id: String,
    pub name: MsgId,
}

/// What the receiving side needs in a drafted request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRule {
    /// Facts that must be stated (those `about` another target excepted).
    #[serde(default)]
    pub needs: Vec<String>,
    /// Legal bases it accepts: one must be cited. None needed when empty.
    #[serde(default)]
    pub bases: Vec<String>,
    /// Evidence items that must be attached.
    #[serde(default)]
    pub attach: Vec<String>,
}

/// A request as drafted by the trainee: kept in the record for the instructor to mark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default)]
    pub attach: Vec<String>,
}

/// Work that is neither a measure nor a request: a warning call to the victim, a visit, a talk
/// with her family. Done once; its effects happen after `takes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: String,
    pub name: MsgId,
    /// It can be done only while this holds.
    #[serde(default)]
    pub requires: Option<Condition>,
    /// Why it cannot be done yet (shown when `requires` does not hold).
    #[serde(default)]
    pub reason: Option<MsgId>,
    /// From starting it to its effects.
    #[serde(default)]
    pub takes: Dur,
    #[serde(default)]
    pub effects: Vec<Effect>,
}
