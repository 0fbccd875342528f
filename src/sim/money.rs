//! Money on the move: payments landing, sweeps, holds and freezes, tip-off, returns.

use super::queue::{Draw, DrawKind};
use super::*;

impl Session {
    /// Extend the active hold of `kind` on account `a` by `lasts` from its end; returns the new end.
    pub(super) fn extend_hold(&mut self, a: usize, kind: HoldKind, lasts: Secs) -> Secs {
        let now = self.now;
        let mut until = now;
        if let Some(h) = self.accounts[a]
            .holds
            .iter_mut()
            .find(|h| h.kind == kind && h.from <= now && now < h.until)
        {
            h.until += lasts;
            until = h.until;
        }
        self.schedule(until, Pending::HoldEnds(a));
        until
    }

    /// Money seen going from `from` to `to`: `to` becomes traced and known (once).
    pub(super) fn trace(&mut self, from: usize, to: usize) {
        if self.accounts[to].traced {
            return;
        }
        let sc = self.sc.clone();
        self.accounts[to].traced = true;
        let newly = !self.accounts[to].known;
        self.accounts[to].known = true;
        let m = Msg::new(if newly { "ev-traced-new" } else { "ev-traced" })
            .name("from", &sc.accounts[from].name)
            .name("to", &sc.accounts[to].name);
        let kind = EventKind::Traced {
            from: sc.accounts[from].id.clone(),
            to: sc.accounts[to].id.clone(),
        };
        self.log(kind, m);
    }

    /// Money lands in an account: it sits there, is lost to a cash-out, or the gang plans a sweep.
    pub(super) fn land(&mut self, a: usize, amount: u64) {
        let sc = self.sc.clone();
        self.add_balance(a, amount);
        let st = &mut self.accounts[a];
        st.from_victim = st.from_victim.saturating_add(amount);
        st.reached = true;
        if sc.accounts[a].cash_out {
            let m = Msg::new("ev-cashed-out")
                .name("account", &sc.accounts[a].name)
                .arg("amount", Arg::Money(amount));
            self.log(EventKind::CashedOut { account: sc.accounts[a].id.clone(), amount }, m);
            return;
        }
        if st.sweep.is_none() {
            if st.blocked(self.now) {
                st.waiting = true;
            } else {
                self.arm_sweep(a);
            }
        }
    }

    pub(super) fn rule_for(&self, a: usize) -> Option<usize> {
        let rules = &self.sc.laundering.rules;
        self.sc
            .ids()
            .rules_from(a)
            .iter()
            .copied()
            .find(|&r| rules[r].when.as_ref().is_none_or(|c| self.cond(c)))
    }

    pub(super) fn arm_sweep(&mut self, a: usize) {
        let Some(r) = self.rule_for(a) else { return };
        let sc = self.sc.clone();
        let rule = &sc.laundering.rules[r];
        let dist = if self.tipped {
            rule.tipped_delay.as_ref().unwrap_or(&rule.delay)
        } else {
            &rule.delay
        };
        let d = self.sample(dist, Draw::account(DrawKind::Sweep, a));
        let key = self.schedule(self.now + d, Pending::Sweep(a));
        self.accounts[a].sweep = Some((key, r));
    }

    pub(super) fn place_hold(
        &mut self,
        a: usize,
        kind: HoldKind,
        lasts: Secs,
        channel: Option<String>,
    ) {
        let sc = self.sc.clone();
        let until = self.now + lasts;
        self.accounts[a].holds.push(Hold { kind, from: self.now, until, channel });
        self.schedule(until, Pending::HoldEnds(a));
        let amount = self.accounts[a].balance;
        let m = Msg::new("ev-hold-placed")
            .name("account", &sc.accounts[a].name)
            .name("kind", kind.msg_id())
            .arg("amount", Arg::Money(amount))
            .arg("until", Arg::Time(until));
        self.log(
            EventKind::HoldPlaced { account: sc.accounts[a].id.clone(), kind, until, amount },
            m,
        );
        if sc.accounts[a].tips_off && !self.tipped && !self.tipoff_scheduled {
            self.tipoff_scheduled = true;
            let d = self.sample(&sc.laundering.tipoff.delay, Draw(DrawKind::TipOff, 0));
            self.schedule(self.now + d, Pending::TipOff);
        }
    }

    pub(super) fn tip_off(&mut self) {
        if self.tipped {
            return;
        }
        self.tipped = true;
        self.log(EventKind::TippedOff, Msg::new("ev-tipped-off"));
        let sc = self.sc.clone();
        // The gang hurries: every planned sweep is re-planned under the rule that applies now
        // (a `when: Tipped` rule may send the money elsewhere), with its tipped-off delay if that
        // is sooner.
        for a in 0..self.accounts.len() {
            let Some((key, r)) = self.accounts[a].sweep else { continue };
            let nr = self.rule_for(a).unwrap_or(r);
            let rule = &sc.laundering.rules[nr];
            let d = self.sample(
                rule.tipped_delay.as_ref().unwrap_or(&rule.delay),
                Draw::account(DrawKind::Replan, a),
            );
            let at = if self.now + d < key.0 { self.now + d } else { key.0 };
            if at != key.0 || nr != r {
                self.queue.remove(&key);
                let nk = self.schedule(at, Pending::Sweep(a));
                self.accounts[a].sweep = Some((nk, nr));
            }
        }
        for (i, s) in sc.suspects.iter().enumerate() {
            if let Some(to) = &s.flees_to {
                let st = &mut self.suspects[i];
                if !st.arrested && !st.in_custody && &st.jurisdiction != to {
                    st.jurisdiction = to.clone();
                    st.located = false;
                    let place = match sc.jurisdiction(to) {
                        Some(j) => Arg::Ref(j.name.clone()),
                        None => Arg::Text(to.clone()),
                    };
                    let m = Msg::new("ev-suspect-fled").name("suspect", &s.name).arg("to", place);
                    self.log(EventKind::SuspectFled { suspect: s.id.clone(), to: to.clone() }, m);
                }
            }
        }
        for e in &sc.laundering.tipoff.effects {
            self.effect(e);
        }
    }

    /// Return what account `a` holds: all of it, or, from a pooled account, the victim's part
    /// by amount (the rest goes to the account's other victims).
    pub(super) fn return_to_victim(&mut self, a: usize) {
        let sc = self.sc.clone();
        let amount = self.victim_part(a, self.accounts[a].balance);
        let others = self.accounts[a].balance - amount;
        self.empty_to_victim(a, amount);
        let m = Msg::new("ev-returned")
            .name("account", &sc.accounts[a].name)
            .arg("amount", Arg::Money(amount));
        self.log(EventKind::Returned { account: sc.accounts[a].id.clone(), amount }, m);
        if others > 0 {
            let m = Msg::new("ev-returned-pooled")
                .name("account", &sc.accounts[a].name)
                .arg("amount", Arg::Money(others));
            self.log(EventKind::Message, m);
        }
    }

    /// Account `a` is emptied (the money leaves it for good) and `amount` of it reaches the
    /// victim: what counts as returned.
    fn empty_to_victim(&mut self, a: usize, amount: u64) {
        self.take_balance(a);
        self.accounts[a].waiting = false;
        self.returned = self.returned.saturating_add(amount);
        if let Some(v) = self.acc(&self.sc.victim.account) {
            self.add_balance(v, amount);
        }
    }

    /// The victim's part of `amount` leaving account `a`: all of it, or, where other victims'
    /// money is pooled in the account, her share by the amounts paid in.
    pub(super) fn victim_part(&self, a: usize, amount: u64) -> u64 {
        let pooled = self.sc.accounts[a].pooled;
        if pooled == 0 {
            return amount;
        }
        let mine = u128::from(self.accounts[a].from_victim);
        let total = mine + u128::from(pooled);
        (u128::from(amount) * mine / total.max(1)) as u64
    }

    /// At the verdict: a conviction's confiscation decision returns the agreed share of what is
    /// still frozen in each account a return was granted for; without one, nothing comes back.
    pub(super) fn confiscate(&mut self) {
        let sc = self.sc.clone();
        for a in 0..self.accounts.len() {
            let Some(share) = self.accounts[a].confiscation.take() else { continue };
            let st = &self.accounts[a];
            if !self.trial.convicted || !st.blocked(self.now) || st.balance == 0 {
                let m = Msg::new("ev-confiscation-failed").name("account", &sc.accounts[a].name);
                self.log(EventKind::ReturnFailed { account: sc.accounts[a].id.clone() }, m);
                continue;
            }
            let kept = self.victim_part(a, self.accounts[a].balance);
            let amount = (u128::from(kept) * u128::from(share.min(100)) / 100) as u64;
            self.empty_to_victim(a, amount);
            let m = Msg::new("ev-confiscated")
                .name("account", &sc.accounts[a].name)
                .arg("amount", Arg::Money(amount))
                .arg("share", Arg::Num(i64::from(share.min(100))));
            self.log(EventKind::Confiscated { account: sc.accounts[a].id.clone(), amount }, m);
        }
    }

    /// Money sitting in accounts still within reach (not cashed out, not the victim's): kept
    /// up to date as balances change, so noting it after every event does not sum every account.
    pub(super) fn sitting_in(sc: &crate::scenario::Scenario, states: &[AccountState]) -> u64 {
        states
            .iter()
            .zip(&sc.accounts)
            .filter(|(_, a)| counts_as_sitting(a))
            .fold(0u64, |acc, (s, _)| acc.saturating_add(s.balance))
    }

    /// Add to an account's balance (and to the money sitting within reach).
    pub(super) fn add_balance(&mut self, a: usize, amount: u64) {
        let st = &mut self.accounts[a];
        let before = st.balance;
        st.balance = st.balance.saturating_add(amount);
        if counts_as_sitting(&self.sc.accounts[a]) {
            self.sitting = self.sitting.saturating_add(st.balance - before);
        }
    }

    /// Empty an account: its balance, taken out (and out of the money sitting within reach).
    pub(super) fn take_balance(&mut self, a: usize) -> u64 {
        let amount = std::mem::take(&mut self.accounts[a].balance);
        if counts_as_sitting(&self.sc.accounts[a]) {
            self.sitting = self.sitting.saturating_sub(amount);
        }
        amount
    }

    pub(super) fn note_recoverable(&mut self) {
        if self.now < 0 {
            return;
        }
        let v = self.sitting.saturating_add(self.returned);
        match self.recoverable.last_mut() {
            Some((t, old)) if *t == self.now => *old = v,
            Some((_, old)) if *old == v => {}
            _ => self.recoverable.push((self.now, v)),
        }
    }

    /// Money under a hold or freeze now (not cashed out).
    pub fn secured_now(&self) -> u64 {
        self.accounts
            .iter()
            .zip(&self.sc.accounts)
            .filter(|(s, a)| {
                !a.cash_out && a.owner != crate::scenario::Owner::Victim && s.blocked(self.now)
            })
            .map(|(s, _)| s.balance)
            .fold(0u64, |acc, b| acc.saturating_add(b))
    }
}

/// Whether money in this account counts as sitting within reach.
fn counts_as_sitting(a: &crate::scenario::Account) -> bool {
    !a.cash_out && a.owner != crate::scenario::Owner::Victim
}
