//! The scenario format: one RON file per case, parsed by [`parse`] for both the CLI and the app.
//!
//! Everything a case needs is data here: accounts and the gang's laundering rules, domestic
//! measures, channels abroad, evidence, injects, the trial, the rubric and the debrief. RON holds
//! ids only; every word a person reads is a Fluent message id resolved through `crate::i18n`.
//! `scenarios/README.md` documents each field for authors.

mod action;
mod evidence;
mod ids;
mod inject;
mod investigation;
mod measures;
mod money;
mod read;
pub mod span;
mod trial;
pub mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::time::{Dur, Secs};
pub use action::*;
pub use evidence::*;
pub use ids::{Ids, IdsCache, ParCache};
pub use inject::*;
pub use investigation::*;
pub use measures::*;
pub use money::*;
pub use read::*;
pub use trial::*;

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
    /// How long statements, ledger reads and the analyst's links take; without it accounts
    /// cannot be queried.
    #[serde(default)]
    pub analysis: Option<Analysis>,
    /// Facts a drafted request can state, each established by a condition.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Legal bases a drafted request can cite.
    #[serde(default)]
    pub bases: Vec<Basis>,
    /// Work that is neither a measure nor a request (victim care…).
    #[serde(default)]
    pub tasks: Vec<Task>,
    pub phases: Vec<Phase>,
    pub trial: Trial,
    /// When the case closes and the outcome is scored (after the verdict).
    pub ends: Dur,
    pub rubric: Rubric,
    #[serde(default)]
    pub debrief: Vec<DebriefEntry>,
    /// Named reference lines of timed actions: at least `expert`, `passive` and `reckless`.
    /// A name given twice is an error (a map would keep the second silently).
    #[serde(deserialize_with = "read::unique_lines")]
    pub lines: BTreeMap<String, Vec<TimedAction>>,
    /// Findings of `validate` and `explore` the author has looked at and means, each with a reason.
    #[serde(default)]
    pub allow: Vec<Allow>,
    /// The id tables (not part of the file).
    #[serde(skip)]
    pub ids: IdsCache,
    /// The par of each seed scored so far (not part of the file).
    #[serde(skip)]
    pub par: ParCache,
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
    /// How the source is named to trainees, in their language (a message id): what the
    /// debriefs and the trial show. Without one they see `cite` as written.
    #[serde(default)]
    pub title: Option<MsgId>,
    /// For authors only: where in `domain.md` it is discussed, and whether the figure is
    /// verified. Never shown to trainees.
    #[serde(default)]
    pub note: String,
}

impl Source {
    /// The source as trainees see it: its `title` through `t` (a catalog lookup), else `cite`.
    pub fn shown(&self, t: impl FnOnce(&str) -> String) -> String {
        match &self.title {
            Some(id) => t(id),
            None => self.cite.clone(),
        }
    }
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

fn yes() -> bool {
    true
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
            .or_else(|| sc.facts.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.bases.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
            .or_else(|| sc.tasks.iter().find(|c| c.id == id).map(|c| c.name.as_str()))
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

    // Looked up in the id tables ([`Scenario::ids`]): one probe, however big the case.
    pub fn account(&self, id: &str) -> Option<&Account> {
        self.ids().account(id).and_then(|i| self.accounts.get(i))
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
        self.ids().channel(id).and_then(|i| self.channels.get(i))
    }
    pub fn suspect(&self, id: &str) -> Option<&Suspect> {
        self.ids().suspect(id).and_then(|i| self.suspects.get(i))
    }
    pub fn item(&self, id: &str) -> Option<&EvidenceItem> {
        self.ids().item(id).and_then(|i| self.evidence.get(i))
    }
    pub fn inject(&self, id: &str) -> Option<&Inject> {
        self.ids().inject(id).and_then(|i| self.injects.get(i))
    }
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
    pub fn basis(&self, id: &str) -> Option<&Basis> {
        self.bases.iter().find(|b| b.id == id)
    }
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id == id)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msg_ids_are_engine_messages_and_distinct() {
        let ids: Vec<&str> = (Preservation::ALL.iter().map(|p| p.msg_id()))
            .chain(Answer::ALL.iter().map(|a| a.msg_id()))
            .chain(Weight::ALL.iter().map(|w| w.msg_id()))
            .collect();
        assert_eq!(ids.len(), 9);
        for id in &ids {
            assert!(crate::sim::ENGINE_MESSAGES.contains(id), "{id} is no engine message");
        }
        let distinct: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(distinct.len(), ids.len());
        assert_eq!(Answer::Supplement.msg_id(), "answer-supplement");
        assert_eq!(Weight::Formal.msg_id(), "weight-formal");
        assert_eq!(Preservation::Blockchain.msg_id(), "preserve-blockchain");
    }
}
