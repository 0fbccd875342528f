//! Would an action be allowed now: every check the rules make, resolving ids to indices once.

use super::*;

impl Session {
    /// Would `action` be allowed now? No side effects: front ends use it to disable controls and
    /// say why.
    pub fn check(&self, action: &Action) -> Result<(), ActionError> {
        self.resolve(action).map(|_| ())
    }

    /// Check `action` and resolve every id it names to an index: what [`Session::perform`]
    /// carries out, so the two can never disagree about which account, item or inject is meant.
    pub(super) fn resolve<'a>(&self, action: &'a Action) -> Result<Op<'a>, ActionError> {
        if let Some(h) = &self.halted {
            return Err(ActionError::Halted(h.clone()));
        }
        if self.outcome.is_some() {
            return Err(ActionError::Closed);
        }
        let sc = &*self.sc;
        Ok(match action {
            Action::StopPayment { account } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.stop_payment.domestic_only)?;
                let st = &self.accounts[i];
                if st.stop_pending || st.has_active(self.now, HoldKind::StopPayment) {
                    return Err(ActionError::AlreadyStopped { account: account.clone() });
                }
                // Renewals are the only way to extend a stop-payment: a lapsed one is not
                // ordered afresh (the next step is a freeze).
                if st.holds.iter().any(|h| h.kind == HoldKind::StopPayment) {
                    return Err(ActionError::StopPaymentUsed { account: account.clone() });
                }
                Op::StopPayment(i)
            }
            Action::RenewStopPayment { account } => {
                let i = self.known_account(account)?;
                let st = &self.accounts[i];
                if !st.has_active(self.now, HoldKind::StopPayment) {
                    return Err(ActionError::NoStopPayment { account: account.clone() });
                }
                if st.renewals_used >= sc.measures.stop_payment.renewals {
                    return Err(ActionError::RenewalsUsed {
                        account: account.clone(),
                        max: sc.measures.stop_payment.renewals,
                    });
                }
                Op::RenewStopPayment(i)
            }
            Action::Freeze { account, grounds } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.freeze.domestic_only)?;
                let st = &self.accounts[i];
                if st.freeze_pending || st.has_active(self.now, HoldKind::Freeze) {
                    return Err(ActionError::AlreadyFrozen { account: account.clone() });
                }
                for g in grounds {
                    let ground = sc
                        .measures
                        .freeze
                        .grounds
                        .iter()
                        .find(|x| &x.id == g)
                        .ok_or_else(|| unknown("ground", g))?;
                    if let Some(c) = &ground.requires
                        && !self.cond(c)
                    {
                        return Err(ActionError::GroundNotMet { ground: g.clone() });
                    }
                }
                Op::Freeze { account: i, grounds }
            }
            Action::RenewFreeze { account } => {
                let i = self.known_account(account)?;
                if !self.accounts[i].has_active(self.now, HoldKind::Freeze) {
                    return Err(ActionError::NotFrozen { account: account.clone() });
                }
                Op::RenewFreeze(i)
            }
            Action::ReturnFunds { account } => {
                let i = self.known_account(account)?;
                let st = &self.accounts[i];
                if !st.has_active(self.now, HoldKind::Freeze) || st.return_pending {
                    return Err(ActionError::NotFrozen { account: account.clone() });
                }
                Op::ReturnFunds(i)
            }
            Action::Monitor { account } => {
                let i = self.known_account(account)?;
                self.domestic(account, sc.measures.monitor.domestic_only)?;
                if self.accounts[i].monitored {
                    return Err(ActionError::AlreadyMonitored { account: account.clone() });
                }
                Op::Monitor(i)
            }
            Action::SeekArrest { suspect } => {
                let rule = sc.measures.arrest.as_ref().ok_or(ActionError::NoArrestRule)?;
                let i = self.sus(suspect).ok_or_else(|| unknown("suspect", suspect))?;
                let st = &self.suspects[i];
                if !st.identified {
                    return Err(ActionError::NotIdentified { suspect: suspect.clone() });
                }
                if st.arrest_pending || st.arrest_approved {
                    return Err(ActionError::ArrestSought { suspect: suspect.clone() });
                }
                if let Some(c) = &rule.requires
                    && !self.cond(c)
                {
                    let reason = rule.reason.clone().unwrap_or_else(|| "why-precondition".into());
                    return Err(ActionError::ArrestPremature { reason });
                }
                Op::SeekArrest(i)
            }
            Action::Request { channel, service, target, elements, draft } => {
                let (channel, service) = self.check_request(channel, service, target)?;
                for item in draft.iter().flat_map(|d| &d.attach) {
                    if !self.items[self.item_idx(item)?].held() {
                        return Err(ActionError::NotAttachable { item: item.clone() });
                    }
                }
                for f in draft.iter().flat_map(|d| &d.facts) {
                    sc.fact(f).ok_or_else(|| unknown("fact", f))?;
                }
                if let Some(b) = draft.as_ref().and_then(|d| d.basis.as_ref()) {
                    sc.basis(b).ok_or_else(|| unknown("basis", b))?;
                }
                Op::Request { channel, service, target, elements, draft: draft.as_ref() }
            }
            Action::Query { account } => {
                let i = self.known_account(account)?;
                if sc.analysis.is_none() {
                    return Err(ActionError::NoAnalysis);
                }
                if !self.on_public_ledger(i) {
                    self.domestic(account, true)?;
                }
                if self.accounts[i].query_pending {
                    return Err(ActionError::QueryPending { account: account.clone() });
                }
                Op::Query(i)
            }
            Action::Link { from, to } => {
                let f = self.known_account(from)?;
                let t = self.acc(to).ok_or_else(|| unknown("account", to))?;
                if sc.analysis.is_none() {
                    return Err(ActionError::NoAnalysis);
                }
                let on_statement = self
                    .statements
                    .iter()
                    .filter(|s| &s.account == from)
                    .any(|s| s.lines.iter().any(|l| &l.counterparty == to));
                if !on_statement {
                    return Err(ActionError::NotOnStatement { from: from.clone(), to: to.clone() });
                }
                if self.accounts[t].traced || self.links_pending.iter().any(|&(_, x)| x == t) {
                    return Err(ActionError::AlreadyLinked { to: to.clone() });
                }
                Op::Link { from: f, to: t }
            }
            Action::Translate { inject } => {
                let i = self.sc.ids().inject(inject).ok_or_else(|| unknown("inject", inject))?;
                let st = &self.injects[i];
                if sc.injects[i].language.is_none()
                    || st.fired.is_none()
                    || st.translated
                    || st.translation_due.is_some()
                {
                    return Err(ActionError::NothingToTranslate { inject: inject.clone() });
                }
                Op::Translate(i)
            }
            Action::Task { task } => {
                let i = sc
                    .tasks
                    .iter()
                    .position(|t| &t.id == task)
                    .ok_or_else(|| unknown("task", task))?;
                if self.tasks[i].started.is_some() {
                    return Err(ActionError::TaskDone { task: task.clone() });
                }
                if let Some(c) = &sc.tasks[i].requires
                    && !self.cond(c)
                {
                    let reason =
                        sc.tasks[i].reason.clone().unwrap_or_else(|| "why-precondition".into());
                    return Err(ActionError::TaskUnavailable { task: task.clone(), reason });
                }
                Op::Task(i)
            }
            Action::Collect { item, method } => {
                let i = self.item_idx(item)?;
                let mi = sc.evidence[i]
                    .methods
                    .iter()
                    .position(|m| &m.id == method)
                    .ok_or_else(|| unknown("method", method))?;
                let m = &sc.evidence[i].methods[mi];
                if let Some(c) = &m.requires
                    && !self.cond(c)
                {
                    return Err(ActionError::MethodUnavailable { method: method.clone() });
                }
                let st = &self.items[i];
                let a = &m.provenance;
                let better = (st.provenance.as_ref())
                    .is_none_or(|old| improves(a.weight, a.lawful, a.documented, old));
                if st.collecting || !better {
                    return Err(ActionError::AlreadyHeld { item: item.clone() });
                }
                Op::Collect { item: i, method: mi }
            }
            Action::Preserve { item, how } => {
                let i = self.item_idx(item)?;
                if !self.items[i].held() {
                    return Err(ActionError::NotInFile { item: item.clone() });
                }
                if sc.evidence[i].kind != EvidenceKind::Electronic {
                    return Err(ActionError::NotElectronic { item: item.clone() });
                }
                if self.items[i].preserved.is_some() {
                    return Err(ActionError::AlreadyPreserved { item: item.clone() });
                }
                Op::Preserve { item: i, how: *how }
            }
            Action::Choose { inject, choice } => {
                let i = self.sc.ids().inject(inject).ok_or_else(|| unknown("inject", inject))?;
                let c = sc.injects[i]
                    .choices
                    .iter()
                    .position(|c| &c.id == choice)
                    .ok_or_else(|| unknown("choice", choice))?;
                let st = &self.injects[i];
                if st.fired.is_none() || st.chosen.is_some() {
                    return Err(ActionError::NotAwaitingChoice { inject: inject.clone() });
                }
                Op::Choose { inject: i, choice: c }
            }
            Action::FireInject { inject } => {
                let i = self.sc.ids().inject(inject).ok_or_else(|| unknown("inject", inject))?;
                if !sc.injects[i].optional || self.injects[i].fired.is_some() {
                    return Err(ActionError::CannotFire { inject: inject.clone() });
                }
                Op::FireInject(i)
            }
            Action::Answer { item, answer } => {
                let i = self.item_idx(item)?;
                if !self.trial.open || self.trial.decided {
                    return Err(ActionError::TrialNotOpen);
                }
                if self.items[i].challenges.is_empty() {
                    return Err(ActionError::NotChallenged { item: item.clone() });
                }
                Op::Answer { item: i, answer: *answer }
            }
        })
    }

    pub(super) fn acc(&self, id: &str) -> Option<usize> {
        self.sc.ids().account(id)
    }

    pub(super) fn sus(&self, id: &str) -> Option<usize> {
        self.sc.ids().suspect(id)
    }

    pub(super) fn item_idx(&self, id: &str) -> Result<usize, ActionError> {
        self.sc.ids().item(id).ok_or_else(|| unknown("evidence item", id))
    }

    pub(super) fn known_account(&self, id: &str) -> Result<usize, ActionError> {
        let i = self.acc(id).ok_or_else(|| unknown("account", id))?;
        if !self.accounts[i].known {
            return Err(ActionError::NotKnown { account: id.to_string() });
        }
        Ok(i)
    }

    pub(super) fn domestic(&self, account: &str, required: bool) -> Result<(), ActionError> {
        let j = self.sc.account_jurisdiction(account).unwrap_or_default();
        if required && j != self.sc.home {
            return Err(ActionError::NotDomestic {
                account: account.to_string(),
                jurisdiction: j.to_string(),
                home: self.sc.home.clone(),
            });
        }
        Ok(())
    }

    pub(super) fn target_jurisdiction(&self, target: &Target) -> Result<String, ActionError> {
        Ok(match target {
            Target::Account(a) => {
                self.known_account(a)?;
                self.sc.account_jurisdiction(a).unwrap_or_default().to_string()
            }
            Target::Suspect(s) => {
                let i = self.sus(s).ok_or_else(|| unknown("suspect", s))?;
                self.suspects[i].jurisdiction.clone()
            }
            Target::Evidence(e) => self.sc.evidence[self.item_idx(e)?].jurisdiction.clone(),
            Target::Jurisdiction(j) => {
                self.sc.jurisdiction(j).ok_or_else(|| unknown("jurisdiction", j))?.id.clone()
            }
        })
    }

    /// Check a request; returns the channel's index and the service's index in it.
    pub(super) fn check_request(
        &self,
        channel: &str,
        service: &str,
        target: &Target,
    ) -> Result<(usize, usize), ActionError> {
        let sc = &*self.sc;
        let ci = self.sc.ids().channel(channel).ok_or_else(|| unknown("channel", channel))?;
        let ch = &sc.channels[ci];
        let si = ch.services.iter().position(|s| s.id == service).ok_or_else(|| {
            ActionError::NoService { channel: channel.to_string(), service: service.to_string() }
        })?;
        let sv = &ch.services[si];
        if sv.target != target.kind() {
            return Err(ActionError::WrongTarget {
                service: service.to_string(),
                expected: sv.target,
                got: target.kind(),
            });
        }
        let j = self.target_jurisdiction(target)?;
        if let Target::Suspect(s) = target
            && let Some(i) = self.sus(s)
        {
            let needs_identity = sv.effects.iter().any(|e| {
                matches!(
                    e,
                    ServiceEffect::Locate | ServiceEffect::Arrest | ServiceEffect::Repatriate
                )
            });
            let identifies = sv.effects.iter().any(|e| matches!(e, ServiceEffect::Identify));
            if needs_identity && !identifies && !self.suspects[i].identified {
                return Err(ActionError::NotIdentified { suspect: s.clone() });
            }
        }
        if !ch.reach.contains(&j) {
            return Err(ActionError::OutOfReach {
                channel: channel.to_string(),
                target: target.id().to_string(),
                jurisdiction: j,
            });
        }
        for p in ch.requires.iter().chain(&sv.requires) {
            match p {
                Prerequisite::Agreement => {
                    let ok = sc
                        .jurisdiction(&j)
                        .is_some_and(|x| x.agreements.iter().any(|a| a == channel));
                    if !ok {
                        return Err(ActionError::NoAgreement {
                            channel: channel.to_string(),
                            jurisdiction: j,
                        });
                    }
                }
                Prerequisite::VictimCountry => {
                    if sc.home != sc.victim.jurisdiction {
                        return Err(ActionError::NotVictimCountry { channel: channel.to_string() });
                    }
                }
                Prerequisite::When { condition, reason } => {
                    if !self.cond(condition) {
                        return Err(ActionError::Prerequisite {
                            channel: channel.to_string(),
                            reason: reason.clone(),
                        });
                    }
                }
                Prerequisite::ArrestApproved => {
                    let approved = match target {
                        Target::Suspect(s) => {
                            self.sus(s).is_some_and(|i| self.suspects[i].arrest_approved)
                        }
                        _ => false,
                    };
                    if !approved {
                        return Err(ActionError::ArrestNotApproved {
                            suspect: target.id().to_string(),
                        });
                    }
                }
            }
        }
        Ok((ci, si))
    }
}

/// An action the checks allowed, with every id resolved to its index in the scenario.
#[derive(Debug, Clone, Copy)]
pub(super) enum Op<'a> {
    StopPayment(usize),
    RenewStopPayment(usize),
    Freeze {
        account: usize,
        grounds: &'a [String],
    },
    RenewFreeze(usize),
    ReturnFunds(usize),
    Monitor(usize),
    SeekArrest(usize),
    Request {
        channel: usize,
        service: usize,
        target: &'a Target,
        elements: &'a [String],
        draft: Option<&'a crate::scenario::Draft>,
    },
    Query(usize),
    Link {
        from: usize,
        to: usize,
    },
    Translate(usize),
    Task(usize),
    Collect {
        item: usize,
        method: usize,
    },
    Preserve {
        item: usize,
        how: Preservation,
    },
    Choose {
        inject: usize,
        choice: usize,
    },
    FireInject(usize),
    Answer {
        item: usize,
        answer: Answer,
    },
}
