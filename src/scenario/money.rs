//! Where the money is: jurisdictions, institutions, accounts, the victim's payments and the
//! gang's laundering rules.

use serde::{Deserialize, Serialize};

use super::*;

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
    /// Other victims' money in the account (a pooled mule card): what is returned from it is
    /// shared among its victims by amount, so this victim gets her part only.
    #[serde(default)]
    pub pooled: u64,
    /// The number statements show for it (`6217 **** 4471`, a wallet address); not
    /// translated. Its name is shown when absent.
    #[serde(default)]
    pub number: Option<String>,
    /// Who operates it, as its statement shows on money going out (login IP and place,
    /// device): a clue, never a verdict (a message id).
    #[serde(default)]
    pub device: Option<MsgId>,
    /// Lines of its statement that are not the case's money.
    #[serde(default)]
    pub records: Vec<RecordLine>,
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
