//! Suspects and the evidence about them: items, how they are collected, their provenance.

use serde::{Deserialize, Serialize};

use super::*;

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
    /// The provider gave a record of how the item was found, kept and handed over. Without one,
    /// the police write an explanation signed by two investigators (`Answer::Attest`).
    #[serde(default = "yes")]
    pub documented: bool,
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
    /// What else happens when the item is collected this way (the host state's friction over a
    /// remote extraction from a server on its soil, a message).
    #[serde(default)]
    pub effects: Vec<Effect>,
}
