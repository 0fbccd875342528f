//! How a case ends: the trial's admissibility rules and proof, the rubric and the debrief.

use serde::{Deserialize, Serialize};

use super::*;

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
    /// The procuratorate's review for prosecution between the case file and the trial.
    #[serde(default)]
    pub review: Option<Review>,
}

/// Review for prosecution (审查起诉): the procuratorate reads the case file before the trial and
/// sends it back for supplementary investigation (退回补充侦查) when a link of the proof has no
/// item it would put to the court; each return postpones the trial. When the returns are used up
/// and a link is still missing, it decides not to prosecute.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// When the case file reaches the procuratorate.
    pub at: Dur,
    /// How many times it may send the case back (the law allows two).
    pub returns: u32,
    /// How long each supplementary investigation lasts (one month); the trial moves by as much.
    pub each: Dur,
    pub source: String,
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
    /// Handed over through police cooperation.
    Cooperation,
    /// Handed over with no record of how it was found, kept and handed over.
    Undocumented,
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
    /// A written explanation of the item's source, handover, kind, quantity and features,
    /// signed by two investigators and sealed: for material the foreign police handed over with
    /// no custody record.
    Attest,
}

impl Answer {
    pub const ALL: &[Self] = &[Self::Explain, Self::Supplement, Self::Withdraw, Self::Attest];

    /// The Fluent id of its name (`answer-explain`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Self::Explain => "answer-explain",
            Self::Supplement => "answer-supplement",
            Self::Withdraw => "answer-withdraw",
            Self::Attest => "answer-attest",
        }
    }
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
    /// The share of these conditions that hold at the close.
    Share(Vec<Condition>),
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
