//! What a trainee could do at this moment: every action the rules allow now, for tools that
//! explore a case (random playthroughs) and for front ends that list choices. Read-only.

use super::Session;
use crate::scenario::{Action, Answer, Draft, Preservation, Scenario, Target, TargetKind};

impl Session {
    /// Every action [`Session::check`] allows now, in a stable order (scenario order of accounts,
    /// channels, items, injects). Requests carry every element of their channel; freezes cite
    /// every ground whose condition holds. No side effects.
    pub fn available_actions(&self) -> Vec<Action> {
        if self.is_over() {
            return Vec::new();
        }
        let sc = &*self.sc;
        let known: Vec<&str> = sc
            .accounts
            .iter()
            .zip(&self.accounts)
            .filter(|(_, st)| st.known)
            .map(|(a, _)| a.id.as_str())
            .collect();
        let grounds: Vec<String> = sc
            .measures
            .freeze
            .grounds
            .iter()
            .filter(|g| g.requires.as_ref().is_none_or(|c| self.cond(c)))
            .map(|g| g.id.clone())
            .collect();
        let mut out = actions_on(sc, &known, &grounds);
        out.retain(|a| self.check(a).is_ok());
        out
    }

    /// Every action the case's structure allows in principle, legal now or not (the rules decide
    /// at each moment which are): the same list and order as [`Session::available_actions`] with
    /// every account known and every ground met.
    pub fn structural_actions(sc: &Scenario) -> Vec<Action> {
        let accounts: Vec<&str> = sc.accounts.iter().map(|a| a.id.as_str()).collect();
        let grounds: Vec<String> =
            sc.measures.freeze.grounds.iter().map(|g| g.id.clone()).collect();
        actions_on(sc, &accounts, &grounds)
    }

    /// Optional injects (fired only by the instructor) that have not fired yet.
    pub fn optional_injects_pending(&self) -> Vec<&str> {
        self.sc
            .injects
            .iter()
            .zip(&self.injects)
            .filter(|(i, st)| i.optional && st.fired.is_none())
            .map(|(i, _)| i.id.as_str())
            .collect()
    }
}

/// The actions a case offers on these accounts (in scenario order), in a stable order: the
/// measures on each account, a request to every service of every channel (account targets among
/// `accounts`) carrying all its channel's elements, collecting, preserving and answering for each
/// item, and each inject's choices. Freezes cite `grounds`.
fn actions_on(sc: &Scenario, accounts: &[&str], grounds: &[String]) -> Vec<Action> {
    let mut out = Vec::new();
    for &acc in accounts {
        let account = || acc.to_string();
        out.push(Action::StopPayment { account: account() });
        out.push(Action::RenewStopPayment { account: account() });
        out.push(Action::Freeze { account: account(), grounds: grounds.to_vec() });
        out.push(Action::RenewFreeze { account: account() });
        out.push(Action::ReturnFunds { account: account() });
        out.push(Action::Monitor { account: account() });
        if sc.analysis.is_some() {
            out.push(Action::Query { account: account() });
        }
    }
    // Links along every way money or a record line can go between two accounts: what a
    // statement can show.
    if sc.analysis.is_some() {
        let mut pairs = std::collections::BTreeSet::new();
        for r in &sc.laundering.rules {
            for leg in &r.legs {
                pairs.insert((r.from.as_str(), leg.to.as_str()));
            }
        }
        for p in &sc.payments {
            pairs.insert((p.from.as_str(), p.to.as_str()));
        }
        for a in &sc.accounts {
            for r in &a.records {
                pairs.insert((a.id.as_str(), r.counterparty.as_str()));
            }
        }
        for (from, to) in pairs {
            if accounts.contains(&from) {
                out.push(Action::Link { from: from.to_string(), to: to.to_string() });
            }
        }
    }
    for ch in &sc.channels {
        for sv in &ch.services {
            let elements: Vec<String> = ch.elements_of(sv).iter().map(|e| e.id.clone()).collect();
            let targets: Vec<Target> = match sv.target {
                TargetKind::Account => {
                    accounts.iter().map(|a| Target::Account(a.to_string())).collect()
                }
                TargetKind::Suspect => {
                    sc.suspects.iter().map(|s| Target::Suspect(s.id.clone())).collect()
                }
                TargetKind::Evidence => {
                    sc.evidence.iter().map(|e| Target::Evidence(e.id.clone())).collect()
                }
                TargetKind::Jurisdiction => (sc.jurisdictions.iter())
                    .filter(|j| j.id != sc.home)
                    .map(|j| Target::Jurisdiction(j.id.clone()))
                    .collect(),
            };
            for target in targets {
                // A draft that states what the receiving side needs, on the first basis it
                // accepts, with its attachments: whether it holds is the session's to say.
                let draft = ch.draft_of(sv).map(|rule| Draft {
                    facts: (rule.needs.iter())
                        .filter(|f| sc.fact(f).is_some_and(|x| x.applies_to(target.id())))
                        .cloned()
                        .collect(),
                    basis: rule.bases.first().cloned(),
                    attach: rule.attach.clone(),
                });
                out.push(Action::Request {
                    channel: ch.id.clone(),
                    service: sv.id.clone(),
                    target,
                    elements: elements.clone(),
                    draft,
                });
            }
        }
    }
    // A written explanation by two investigators only where a rule of the case takes one.
    let attest = sc.trial.rules.iter().any(|r| r.cured_by.contains(&Answer::Attest));
    for it in &sc.evidence {
        for m in &it.methods {
            out.push(Action::Collect { item: it.id.clone(), method: m.id.clone() });
        }
        for how in [Preservation::Hash, Preservation::Blockchain] {
            out.push(Action::Preserve { item: it.id.clone(), how });
        }
        for &answer in Answer::ALL.iter().filter(|a| attest || **a != Answer::Attest) {
            out.push(Action::Answer { item: it.id.clone(), answer });
        }
    }
    if sc.measures.arrest.is_some() {
        for s in &sc.suspects {
            out.push(Action::SeekArrest { suspect: s.id.clone() });
        }
    }
    for inj in &sc.injects {
        for c in &inj.choices {
            out.push(Action::Choose { inject: inj.id.clone(), choice: c.id.clone() });
        }
        if inj.language.is_some() {
            out.push(Action::Translate { inject: inj.id.clone() });
        }
    }
    for t in &sc.tasks {
        out.push(Action::Task { task: t.id.clone() });
    }
    out
}
