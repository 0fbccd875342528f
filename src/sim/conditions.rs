//! Conditions, injects and effects: what the scenario says happens when.

use super::*;

impl Session {
    pub(super) fn cond(&self, c: &Condition) -> bool {
        let acc = |id: &str| self.acc(id).map(|i| &self.accounts[i]);
        let sus = |id: &str| self.sus(id).map(|i| &self.suspects[i]);
        let item = |id: &str| self.sc.ids().item(id).map(|i| &self.items[i]);
        let stake = self.at_stake();
        let pct = |part: u64, p: u32| {
            stake > 0 && u128::from(part) * 100 >= u128::from(stake) * u128::from(p)
        };
        match c {
            Condition::Always => true,
            Condition::Flag(f) => self.flags.contains(f),
            Condition::Not(c) => !self.cond(c),
            Condition::All(v) => v.iter().all(|c| self.cond(c)),
            Condition::Any(v) => v.iter().any(|c| self.cond(c)),
            Condition::After(t) => self.now >= t.0,
            Condition::Tipped => self.tipped,
            Condition::Held(a) => acc(a).is_some_and(|s| s.blocked(self.now)),
            Condition::HeldThrough { account, channel } => acc(account).is_some_and(|s| {
                s.active_holds(self.now).any(|h| h.channel.as_deref() == Some(channel.as_str()))
            }),
            Condition::Frozen(a) => acc(a).is_some_and(|s| {
                s.has_active(self.now, HoldKind::Freeze)
                    || s.has_active(self.now, HoldKind::ForeignFreeze)
            }),
            Condition::Monitored(a) => acc(a).is_some_and(|s| s.monitored),
            Condition::Traced(a) => acc(a).is_some_and(|s| s.traced),
            Condition::Known(a) => acc(a).is_some_and(|s| s.known),
            Condition::Reached(a) => acc(a).is_some_and(|s| s.reached),
            Condition::Identified(s) => sus(s).is_some_and(|s| s.identified),
            Condition::Located(s) => sus(s).is_some_and(|s| s.located),
            Condition::InCustody(s) => sus(s).is_some_and(|s| s.in_custody),
            Condition::ArrestApproved(s) => sus(s).is_some_and(|s| s.arrest_approved),
            Condition::Arrested(s) => sus(s).is_some_and(|s| s.arrested),
            Condition::ReturnedForInvestigation => self.trial.returns > 0,
            Condition::HasEvidence(i) => item(i).is_some_and(|s| s.held()),
            Condition::Formal(i) => item(i)
                .and_then(|s| s.provenance.as_ref())
                .is_some_and(|p| p.weight == Weight::Formal && p.lawful),
            Condition::Preserved(i) => item(i).is_some_and(|s| s.preserved.is_some()),
            Condition::Tainted(i) => item(i).is_some_and(|s| s.tainted),
            Condition::Chose { inject, choice } => self
                .inject_state(inject)
                .is_some_and(|s| s.chosen.as_deref() == Some(choice.as_str())),
            Condition::Requested(ch) => self.requests.iter().any(|r| &r.channel == ch),
            Condition::Recovered(p) => pct(self.returned, *p),
            Condition::Secured(p) => pct(self.returned.saturating_add(self.secured_now()), *p),
            Condition::Admitted(i) => self.admitted(i),
            Condition::Excluded(i) => {
                item(i).and_then(|s| s.ruling.as_ref()).is_some_and(|r| !r.admitted && !r.withdrawn)
            }
            Condition::Challenged(i) => item(i).is_some_and(|s| !s.challenges.is_empty()),
            Condition::Awaiting(id) => self.sc.ids().inject(id).is_some_and(|i| {
                let st = &self.injects[i];
                st.fired.is_some() && st.chosen.is_none() && !self.sc.injects[i].choices.is_empty()
            }),
            Condition::Convicted => self.trial.convicted,
            Condition::Queried(a) => {
                let id = a.as_str();
                self.statements.iter().any(|s| s.account == id)
            }
            Condition::Done(t) => self.task_state(t).is_some_and(|x| x.done),
            Condition::Translated(i) => self.inject_state(i).is_some_and(|s| s.translated),
        }
    }

    /// After every change: `When` injects and suspects' identification conditions.
    pub(super) fn after_change(&mut self) {
        if self.halted.is_some() {
            return;
        }
        let sc = self.sc.clone();
        loop {
            let mut changed = false;
            for (i, inj) in sc.injects.iter().enumerate() {
                if let (Trigger::When(c), None, false) =
                    (&inj.trigger, self.injects[i].fired, inj.optional)
                    && self.now >= 0
                    && self.cond(c)
                {
                    self.fire(i);
                    changed = true;
                }
            }
            for (i, s) in sc.suspects.iter().enumerate() {
                if let (Some(c), false) = (&s.identified_when, self.suspects[i].identified)
                    && self.cond(c)
                {
                    self.identify(i);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.note_recoverable();
    }

    pub(super) fn fire(&mut self, i: usize) {
        let sc = self.sc.clone();
        let inj = &sc.injects[i];
        self.injects[i].fired = Some(self.now);
        let mut m = Msg::new("ev-inject").name("text", &inj.text);
        if let Some(from) = &inj.from {
            m = Msg::new("ev-inject-from").name("from", from).name("text", &inj.text);
        }
        self.log(EventKind::Inject { inject: inj.id.clone() }, m);
        for e in &inj.effects {
            self.effect(e);
        }
        if let (Some(d), false) = (inj.deadline, inj.choices.is_empty()) {
            let k = self.schedule(self.now + d.0, Pending::Deadline(i));
            self.injects[i].deadline_key = Some(k);
        }
    }

    pub(super) fn effect(&mut self, e: &Effect) {
        let sc = self.sc.clone();
        match e {
            Effect::SetFlag(f) => {
                self.flags.insert(f.clone());
            }
            Effect::ClearFlag(f) => {
                self.flags.remove(f);
            }
            Effect::Compliance { points, reason } => self.compliance_change(*points, reason),
            Effect::TipOff => {
                if !self.tipped {
                    self.tip_off();
                }
            }
            Effect::CancelPayment(p) => {
                if self.cancelled.insert(p.clone()) {
                    self.log(
                        EventKind::PaymentCancelled { payment: p.clone() },
                        Msg::new("ev-payment-cancelled"),
                    );
                }
            }
            Effect::Reveal(a) => {
                if let Some(i) = self.acc(a)
                    && !self.accounts[i].known
                {
                    self.accounts[i].known = true;
                    let m = Msg::new("ev-revealed").name("account", &sc.accounts[i].name);
                    self.log(EventKind::Revealed { account: a.clone() }, m);
                }
            }
            Effect::Identify(s) => {
                if let Some(i) = self.sus(s) {
                    self.identify(i);
                }
            }
            Effect::GiveEvidence { item, provenance: acq } => {
                if let Some(i) = self.sc.ids().item(item) {
                    let p = provenance(acq, self.now, None);
                    self.obtain(i, p);
                }
            }
            Effect::Message(id) => self.log(EventKind::Message, Msg::new(id.clone())),
        }
    }
}
