//! What a trainee could do at this moment: every action the rules allow now, for tools that
//! explore a case (random playthroughs) and for front ends that list choices. Read-only.

use super::Session;
use crate::scenario::{Action, Answer, Preservation, Target, TargetKind};

impl Session {
    /// Every action [`Session::check`] allows now, in a stable order (scenario order of accounts,
    /// channels, items, injects). Requests carry every element of their channel; freezes cite
    /// every ground whose condition holds. No side effects.
    pub fn available_actions(&self) -> Vec<Action> {
        let sc = &*self.sc;
        let mut out = Vec::new();
        let mut push = |a: Action| {
            if self.check(&a).is_ok() {
                out.push(a);
            }
        };
        if self.is_over() {
            return out;
        }
        let grounds: Vec<String> = sc
            .measures
            .freeze
            .grounds
            .iter()
            .filter(|g| g.requires.as_ref().is_none_or(|c| self.cond(c)))
            .map(|g| g.id.clone())
            .collect();
        for (acc, st) in sc.accounts.iter().zip(&self.accounts) {
            if !st.known {
                continue;
            }
            let account = || acc.id.clone();
            push(Action::StopPayment { account: account() });
            push(Action::RenewStopPayment { account: account() });
            push(Action::Freeze { account: account(), grounds: grounds.clone() });
            push(Action::RenewFreeze { account: account() });
            push(Action::ReturnFunds { account: account() });
            push(Action::Monitor { account: account() });
        }
        for ch in &sc.channels {
            let elements: Vec<String> = ch.elements.iter().map(|e| e.id.clone()).collect();
            for sv in &ch.services {
                let targets: Vec<Target> = match sv.target {
                    TargetKind::Account => sc
                        .accounts
                        .iter()
                        .zip(&self.accounts)
                        .filter(|(_, st)| st.known)
                        .map(|(a, _)| Target::Account(a.id.clone()))
                        .collect(),
                    TargetKind::Suspect => {
                        sc.suspects.iter().map(|s| Target::Suspect(s.id.clone())).collect()
                    }
                    TargetKind::Evidence => {
                        sc.evidence.iter().map(|e| Target::Evidence(e.id.clone())).collect()
                    }
                };
                for target in targets {
                    push(Action::Request {
                        channel: ch.id.clone(),
                        service: sv.id.clone(),
                        target,
                        elements: elements.clone(),
                    });
                }
            }
        }
        for it in &sc.evidence {
            for m in &it.methods {
                push(Action::Collect { item: it.id.clone(), method: m.id.clone() });
            }
            for how in [Preservation::Hash, Preservation::Blockchain] {
                push(Action::Preserve { item: it.id.clone(), how });
            }
            for answer in [Answer::Explain, Answer::Supplement, Answer::Withdraw] {
                push(Action::Answer { item: it.id.clone(), answer });
            }
        }
        for inj in &sc.injects {
            for c in &inj.choices {
                push(Action::Choose { inject: inj.id.clone(), choice: c.id.clone() });
            }
        }
        out
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
