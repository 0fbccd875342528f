//! The lint codes: one per kind of finding, printed in brackets (`error[unknown-account]`) and named
//! by a case's `allow` entries. `scenarios/README.md` (section 8) documents each one.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! lint_codes {
    ($($variant:ident => $text:literal,)*) => {
        /// A finding's stable code; serialized and parsed as its kebab-case text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum LintCode {
            $($variant,)*
        }

        impl LintCode {
            /// Every code, in the order the documentation lists them.
            pub const ALL: &[LintCode] = &[$(LintCode::$variant,)*];

            /// The code as printed and as `allow` entries name it (`unused-account`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(LintCode::$variant => $text,)*
                }
            }
        }
    };
}

lint_codes! {
    // Errors: reading the file.
    Syntax => "syntax",
    // Errors: references to ids that do not exist, one code per kind of id.
    UnknownAccount => "unknown-account",
    UnknownChannel => "unknown-channel",
    UnknownChoice => "unknown-choice",
    UnknownEvidenceItem => "unknown-evidence-item",
    UnknownFlag => "unknown-flag",
    UnknownGround => "unknown-ground",
    UnknownInject => "unknown-inject",
    UnknownInstitution => "unknown-institution",
    UnknownJurisdiction => "unknown-jurisdiction",
    UnknownLint => "unknown-lint",
    UnknownMethod => "unknown-method",
    UnknownOptionalInject => "unknown-optional-inject",
    UnknownPayment => "unknown-payment",
    UnknownRequestElement => "unknown-request-element",
    UnknownService => "unknown-service",
    UnknownSource => "unknown-source",
    UnknownSuspect => "unknown-suspect",
    UnknownFact => "unknown-fact",
    UnknownBasis => "unknown-basis",
    UnknownTask => "unknown-task",
    // Errors: ids, ranges and structure.
    BadId => "bad-id",
    DuplicateId => "duplicate-id",
    BadDelay => "bad-delay",
    NegativeDuration => "negative-duration",
    BadProbability => "bad-probability",
    BadPercentage => "bad-percentage",
    BadDifficulty => "bad-difficulty",
    AmountTooLarge => "amount-too-large",
    LegsNot100 => "legs-not-100",
    EmptyLegs => "empty-legs",
    RuleSelfLoop => "rule-self-loop",
    LaunderingLoop => "laundering-loop",
    EffectWrongTarget => "effect-wrong-target",
    DeadlineWithoutDefault => "deadline-without-default",
    PhaseOrder => "phase-order",
    TrialOrder => "trial-order",
    ReviewAfterTrial => "review-after-trial",
    NoArrestRule => "no-arrest-rule",
    EndsBeforeVerdict => "ends-before-verdict",
    EmptyProofLink => "empty-proof-link",
    ZeroWeights => "zero-weights",
    WeightTooLarge => "weight-too-large",
    NoBands => "no-bands",
    NoZeroBand => "no-zero-band",
    BandRange => "band-range",
    MissingLine => "missing-line",
    LineRefused => "line-refused",
    NoLanguages => "no-languages",
    // Errors: translations and files.
    MissingLocale => "missing-locale",
    MissingMessage => "missing-message",
    MissingEngineMessage => "missing-engine-message",
    FluentSyntax => "fluent-syntax",
    MessageCycle => "message-cycle",
    UnreadableFile => "unreadable-file",
    // Warnings: the semantic lints.
    UnreachableInject => "unreachable-inject",
    UnreachableChoice => "unreachable-choice",
    InertDecision => "inert-decision",
    UnusedAccount => "unused-account",
    UnreachableAccount => "unreachable-account",
    UnreachableEvidence => "unreachable-evidence",
    UnsetFlag => "unset-flag",
    UnreachableCriterion => "unreachable-criterion",
    UnreachableDebrief => "unreachable-debrief",
    NeverSucceeds => "never-succeeds",
    DuplicateBand => "duplicate-band",
    UnusedMessage => "unused-message",
    UntranslatedMessage => "untranslated-message",
    NoSources => "no-sources",
    ZeroPayment => "zero-payment",
    CashOutRule => "cash-out-rule",
    UnlawfulMethodFree => "unlawful-method-free",
    UntitledSource => "untitled-source",
    DefaultWithoutDeadline => "default-without-deadline",
    UnusedAllow => "unused-allow",
    AllowWithoutReason => "allow-without-reason",
    StatementUnreachable => "statement-unreachable",
    UnusedFact => "unused-fact",
    UnusedBasis => "unused-basis",
    // Warnings `explore` reports: observed in random playthroughs, not proved.
    UnreachedInject => "unreached-inject",
    UnreachedChoice => "unreached-choice",
    UnreachedEvidence => "unreached-evidence",
    UnreachedDebrief => "unreached-debrief",
    ExpertNotTopDecile => "expert-not-top-decile",
    PassiveNearExpert => "passive-near-expert",
    // Warnings `explore --ablate` reports.
    ActionWorthNothing => "action-worth-nothing",
}

impl LintCode {
    /// For an `unknown-…` code, the kind of id it is about (`evidence-item`): the message
    /// `validate-kind-<kind>` names it in words.
    pub(super) fn what_id(self) -> &'static str {
        let s = self.as_str();
        s.strip_prefix("unknown-").unwrap_or(s)
    }

    /// Codes `explore` reports: an `allow` entry naming one is not unused in `validate`.
    pub fn is_explore(self) -> bool {
        EXPLORE_CODES.contains(&self)
    }
}

/// Lint codes `explore` reports; an `allow` entry naming one is not unused in `validate`.
pub const EXPLORE_CODES: &[LintCode] = &[
    LintCode::UnreachedInject,
    LintCode::UnreachedChoice,
    LintCode::UnreachedEvidence,
    LintCode::UnreachedDebrief,
    LintCode::ExpertNotTopDecile,
    LintCode::PassiveNearExpert,
    LintCode::ActionWorthNothing,
];

impl fmt::Display for LintCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is no lint code (in an `allow` entry, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown lint `{0}`")]
pub struct UnknownLint(pub String);

impl FromStr for LintCode {
    type Err = UnknownLint;
    fn from_str(s: &str) -> Result<Self, UnknownLint> {
        LintCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownLint(s.to_string()))
    }
}

impl Serialize for LintCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for LintCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl PartialEq<str> for LintCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for LintCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_as_text() {
        for &c in LintCode::ALL {
            assert_eq!(c.as_str().parse::<LintCode>(), Ok(c));
            assert_eq!(c.to_string(), c.as_str());
            let ron = ron::to_string(&c).unwrap();
            assert_eq!(ron, format!("{:?}", c.as_str()));
            assert_eq!(ron::from_str::<LintCode>(&ron).unwrap(), c);
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<LintCode>(&json).unwrap(), c);
        }
        assert_eq!("legs-not-100".parse(), Ok(LintCode::LegsNot100));
        assert_eq!("missing-engine-message".parse(), Ok(LintCode::MissingEngineMessage));
        assert_eq!("unused-acount".parse::<LintCode>(), Err(UnknownLint("unused-acount".into())));
        assert_eq!(LintCode::UnknownEvidenceItem.what_id(), "evidence-item");
        let e = ron::from_str::<LintCode>("\"unused-acount\"").unwrap_err();
        assert!(e.to_string().contains("unknown lint `unused-acount`"), "{e}");
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        assert!(LintCode::ALL.iter().all(|c| seen.insert(c.as_str())));
    }
}
