//! Answers to requests through a channel: what each service does when it is granted.

use super::queue::{Draw, DrawKind};
use super::*;

impl Session {
    pub(super) fn answer_request(&mut self, r: usize) {
        let sc = self.sc.clone();
        let req = self.requests[r].clone();
        let Some(ch) = self.sc.ids().channel(&req.channel).map(|c| &sc.channels[c]) else { return };
        let Some(sv) = ch.service(&req.service) else { return };
        let refuse = |s: &mut Session, why: &str| {
            s.requests[r].status = RequestStatus::Refused(why.to_string());
            let m = Msg::new("ev-request-refused")
                .name("channel", &ch.name)
                .name("service", &sv.name)
                .name("why", why);
            s.log(EventKind::RequestAnswered { request: r, ok: false }, m);
        };
        if !req.complete && matches!(ch.incomplete, Incomplete::Reject) {
            refuse(self, "why-incomplete");
            return;
        }
        // A suspect may have fled out of reach while the request was pending.
        if let Target::Suspect(s) = &req.target
            && let Some(i) = self.sus(s)
            && !ch.reach.contains(&self.suspects[i].jurisdiction)
        {
            refuse(self, "why-suspect-left");
            return;
        }
        let p = sv.success.unwrap_or(ch.success);
        if self.unit(Draw::request(DrawKind::Success, &ch.id, &sv.id, &req.target)) >= p {
            refuse(self, "why-no-result");
            return;
        }
        // Effects in order; a suspect effect whose precondition fails stops the chain.
        let mut granted = false;
        for eff in &sv.effects {
            let ok = self.service_effect(eff, &req.target, ch);
            if !ok {
                if !granted {
                    refuse(self, "why-precondition");
                    return;
                }
                break;
            }
            granted = true;
        }
        if sv.effects.is_empty() {
            granted = true;
        }
        if granted {
            self.requests[r].status = RequestStatus::Granted;
            let m =
                Msg::new("ev-request-granted").name("channel", &ch.name).name("service", &sv.name);
            self.log(EventKind::RequestAnswered { request: r, ok: true }, m);
        }
    }

    pub(super) fn service_effect(
        &mut self,
        eff: &ServiceEffect,
        target: &Target,
        ch: &crate::scenario::Channel,
    ) -> bool {
        let sc = self.sc.clone();
        match (eff, target) {
            (ServiceEffect::Hold(d), Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.place_hold(i, HoldKind::ForeignHold, d.0, Some(ch.id.clone()));
                true
            }
            (ServiceEffect::Freeze(d), Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.place_hold(i, HoldKind::ForeignFreeze, d.0, Some(ch.id.clone()));
                true
            }
            (ServiceEffect::Return, Target::Account(a)) => {
                let Some(i) = self.returnable(a) else { return false };
                self.return_to_victim(i);
                true
            }
            (ServiceEffect::ReturnAfterVerdict(share), Target::Account(a)) => {
                let Some(i) = self.returnable(a) else { return false };
                self.accounts[i].confiscation = Some(*share);
                let m = Msg::new("ev-confiscation-pending")
                    .name("account", &sc.accounts[i].name)
                    .arg("share", Arg::Num(i64::from((*share).min(100))));
                self.log(EventKind::Message, m);
                true
            }
            (ServiceEffect::HandOver, Target::Jurisdiction(j)) => {
                let there: Vec<usize> = (0..self.suspects.len())
                    .filter(|&i| {
                        &self.suspects[i].jurisdiction == j && !self.suspects[i].in_custody
                    })
                    .collect();
                if there.is_empty() {
                    return false;
                }
                let mut ids = Vec::new();
                for i in there {
                    (self.suspects[i].located, self.suspects[i].arrested) = (true, true);
                    ids.push(sc.suspects[i].id.clone());
                    // Identified after the return, from their statements and papers.
                    self.identify(i);
                    self.bring_home(i);
                }
                let place = sc.jurisdiction(j).map(|x| x.name.clone()).unwrap_or_default();
                let m = Msg::new("ev-handed-over")
                    .name("jurisdiction", &place)
                    .arg("n", Arg::Num(ids.len() as i64));
                self.log(EventKind::HandedOver { jurisdiction: j.clone(), suspects: ids }, m);
                true
            }
            (ServiceEffect::Trace, Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.accounts[i].monitored = true;
                let dests: Vec<String> = self
                    .events
                    .iter()
                    .filter_map(|e| match &e.kind {
                        EventKind::Transfer { from, to, .. } if from == a => Some(to.clone()),
                        _ => None,
                    })
                    .collect();
                for d in dests {
                    if let Some(j) = self.acc(&d) {
                        self.trace(i, j);
                    }
                }
                true
            }
            (ServiceEffect::Statement, Target::Account(a)) => {
                let Some(i) = self.acc(a) else { return false };
                self.deliver_statement(i);
                true
            }
            (ServiceEffect::Identify, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                self.identify(i);
                true
            }
            (ServiceEffect::Locate, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                if !self.suspects[i].identified {
                    return false;
                }
                if !self.suspects[i].located {
                    self.suspects[i].located = true;
                    let m = Msg::new("ev-located").name("suspect", &sc.suspects[i].name);
                    self.log(EventKind::Located { suspect: s.clone() }, m);
                }
                true
            }
            (ServiceEffect::Arrest, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                let st = &self.suspects[i];
                if !st.located || st.arrested {
                    return st.arrested;
                }
                self.suspects[i].arrested = true;
                let m = Msg::new("ev-arrested").name("suspect", &sc.suspects[i].name);
                self.log(EventKind::Arrested { suspect: s.clone() }, m);
                true
            }
            (ServiceEffect::Repatriate, Target::Suspect(s)) => {
                let Some(i) = self.sus(s) else { return false };
                if !self.suspects[i].arrested || self.suspects[i].in_custody {
                    return self.suspects[i].in_custody;
                }
                self.bring_home(i);
                true
            }
            (ServiceEffect::Obtain, Target::Evidence(e)) => {
                let Some(i) = self.sc.ids().item(e) else { return false };
                let p = Provenance {
                    source: sc.evidence[i].name.clone(),
                    provider: ch.name.clone(),
                    provided_at: self.now,
                    extractor: "provenance-foreign-authority".to_string(),
                    extracted_at: self.now,
                    via: Some(ch.id.clone()),
                    weight: ch.weight,
                    lawful: true,
                    documented: true,
                };
                let better = self.items[i]
                    .provenance
                    .as_ref()
                    .is_none_or(|old| improves(p.weight, p.lawful, p.documented, old));
                if better {
                    self.obtain(i, p);
                }
                true
            }
            (ServiceEffect::Do(effect), _) => {
                self.effect(effect);
                true
            }
            _ => false,
        }
    }

    /// Suspect `i`, arrested abroad, comes home in custody.
    fn bring_home(&mut self, i: usize) {
        let sc = self.sc.clone();
        self.suspects[i].in_custody = true;
        self.suspects[i].jurisdiction = sc.home.clone();
        let m = Msg::new("ev-repatriated").name("suspect", &sc.suspects[i].name);
        self.log(EventKind::Repatriated { suspect: sc.suspects[i].id.clone() }, m);
    }

    pub(super) fn identify(&mut self, i: usize) {
        if !self.suspects[i].identified {
            self.suspects[i].identified = true;
            let sc = self.sc.clone();
            let m = Msg::new("ev-identified").name("suspect", &sc.suspects[i].name);
            self.log(EventKind::Identified { suspect: sc.suspects[i].id.clone() }, m);
        }
    }

    pub(super) fn obtain(&mut self, i: usize, p: Provenance) {
        let sc = self.sc.clone();
        let weight_id = p.weight.msg_id();
        if !p.lawful {
            self.items[i].tainted = true;
        }
        self.items[i].provenance = Some(p);
        if self.trial.open && !self.trial.decided {
            self.items[i].challenges.clear();
            self.challenge(i);
        }
        let m = Msg::new("ev-evidence-obtained")
            .name("item", &sc.evidence[i].name)
            .name("weight", weight_id);
        self.log(EventKind::EvidenceObtained { item: sc.evidence[i].id.clone() }, m);
    }

    pub(super) fn compliance_change(&mut self, points: i32, reason: &str) {
        self.compliance = (self.compliance + points).clamp(0, 100);
        let m = Msg::new("ev-compliance")
            .arg("points", Arg::Num(i64::from(points)))
            .name("reason", reason);
        self.log(EventKind::Compliance { points }, m);
    }
}

impl Session {
    /// The account `a` if money can be returned from it now (held or frozen, holding money, not
    /// a cash-out point); otherwise the failure is logged and `None`.
    fn returnable(&mut self, a: &str) -> Option<usize> {
        let sc = self.sc.clone();
        let i = self.acc(a)?;
        let st = &self.accounts[i];
        if st.blocked(self.now) && st.balance > 0 && !sc.accounts[i].cash_out {
            return Some(i);
        }
        let m = Msg::new("ev-return-failed").name("account", &sc.accounts[i].name);
        self.log(EventKind::ReturnFailed { account: a.to_string() }, m);
        None
    }
}
