//! Carrying out an action the checks allowed: what it orders, and what it schedules.

use super::*;

impl Session {
    pub(super) fn perform(&mut self, action: &Action) {
        let sc = self.sc.clone();
        match action {
            Action::StopPayment { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].stop_pending = true;
                let d = self.sample(&sc.measures.stop_payment.takes_effect);
                self.schedule(self.now + d, Pending::StopTakesEffect(i));
                let m = Msg::new("ev-hold-ordered")
                    .name("account", &sc.accounts[i].name)
                    .name("kind", HoldKind::StopPayment.msg_id());
                self.log(
                    EventKind::HoldOrdered {
                        account: account.clone(),
                        kind: HoldKind::StopPayment,
                    },
                    m,
                );
            }
            Action::RenewStopPayment { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].renewals_used += 1;
                let until =
                    self.extend_hold(i, HoldKind::StopPayment, sc.measures.stop_payment.lasts.0);
                let m = Msg::new("ev-hold-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Action::Freeze { account, grounds } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].freeze_pending = true;
                let d = self.sample(&sc.measures.freeze.approval);
                self.schedule(
                    self.now + d,
                    Pending::FreezeDecision { account: i, grounds: grounds.clone() },
                );
                let m = Msg::new("ev-hold-ordered")
                    .name("account", &sc.accounts[i].name)
                    .name("kind", HoldKind::Freeze.msg_id());
                self.log(
                    EventKind::HoldOrdered { account: account.clone(), kind: HoldKind::Freeze },
                    m,
                );
            }
            Action::RenewFreeze { account } => {
                let i = self.acc(account).unwrap_or(0);
                let until = self.extend_hold(i, HoldKind::Freeze, sc.measures.freeze.lasts.0);
                let m = Msg::new("ev-freeze-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Action::ReturnFunds { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].return_pending = true;
                self.schedule(self.now + sc.measures.return_funds.takes.0, Pending::ReturnDone(i));
                let m = Msg::new("ev-return-ordered").name("account", &sc.accounts[i].name);
                self.log(EventKind::ReturnOrdered { account: account.clone() }, m);
            }
            Action::Monitor { account } => {
                let i = self.acc(account).unwrap_or(0);
                self.accounts[i].monitored = true;
                let m = Msg::new("ev-monitor-started").name("account", &sc.accounts[i].name);
                self.log(EventKind::MonitorStarted { account: account.clone() }, m);
            }
            Action::Request { channel, service, target, elements } => {
                let Some(ch) = sc.channel(channel) else { return };
                let Some(sv) = ch.services.iter().find(|s| &s.id == service) else { return };
                let dist = sv.response.as_ref().unwrap_or(&ch.response);
                let expected = dist.bounds();
                let mut due = self.now + self.sample(dist);
                let complete =
                    ch.elements.iter().filter(|e| e.required).all(|e| elements.contains(&e.id));
                if !complete && let Incomplete::Delay(d) = ch.incomplete {
                    due += d.0;
                }
                let idx = self.requests.len();
                self.requests.push(Request {
                    channel: channel.clone(),
                    service: service.clone(),
                    target: target.clone(),
                    elements: elements.clone(),
                    sent: self.now,
                    expected: (self.now + expected.0, self.now + expected.1),
                    status: RequestStatus::Pending,
                    due,
                    complete,
                });
                self.schedule(due, Pending::Answer(idx));
                let tname = self.name_of(target.id()).unwrap_or(target.id()).to_string();
                let m = Msg::new("ev-request-sent")
                    .name("channel", &ch.name)
                    .name("service", &sv.name)
                    .name("target", &tname)
                    .arg("from", Arg::Time(self.now + expected.0))
                    .arg("to", Arg::Time(self.now + expected.1));
                self.log(EventKind::RequestSent { request: idx }, m);
            }
            Action::Collect { item, method } => {
                let i = self.item_idx(item).unwrap_or(0);
                let Some(mi) = sc.evidence[i].methods.iter().position(|m| &m.id == method) else {
                    return;
                };
                self.items[i].collecting = true;
                let takes = sc.evidence[i].methods[mi].takes.0;
                self.schedule(self.now + takes, Pending::Collected { item: i, method: mi });
                let m = Msg::new("ev-collect-started")
                    .name("item", &sc.evidence[i].name)
                    .name("method", &sc.evidence[i].methods[mi].name);
                self.log(EventKind::CollectStarted { item: item.clone() }, m);
            }
            Action::Preserve { item, how } => {
                let i = self.item_idx(item).unwrap_or(0);
                self.items[i].preserved = Some(*how);
                let how_id = match how {
                    Preservation::Hash => "preserve-hash",
                    Preservation::Blockchain => "preserve-blockchain",
                };
                let m =
                    Msg::new("ev-preserved").name("item", &sc.evidence[i].name).name("how", how_id);
                self.log(EventKind::Preserved { item: item.clone() }, m);
            }
            Action::Choose { inject, choice } => {
                let Some(i) = sc.injects.iter().position(|x| &x.id == inject) else { return };
                self.choose(i, choice, false);
            }
            Action::FireInject { inject } => {
                if let Some(i) = sc.injects.iter().position(|x| &x.id == inject) {
                    self.fire(i);
                }
            }
            Action::Answer { item, answer } => {
                let i = self.item_idx(item).unwrap_or(0);
                self.items[i].answer = Some(*answer);
                let aid = super::messages::answer_id(*answer);
                let m =
                    Msg::new("ev-answered").name("item", &sc.evidence[i].name).name("answer", aid);
                self.log(EventKind::Answered { item: item.clone(), answer: *answer }, m);
            }
        }
    }

    pub(super) fn choose(&mut self, i: usize, choice: &str, by_default: bool) {
        let sc = self.sc.clone();
        let inj = &sc.injects[i];
        let Some(c) = inj.choices.iter().find(|c| c.id == choice) else { return };
        self.injects[i].chosen = Some(choice.to_string());
        if let Some(k) = self.injects[i].deadline_key.take() {
            self.queue.remove(&k);
        }
        let id = if by_default { "ev-chosen-default" } else { "ev-chosen" };
        let m = Msg::new(id).name("choice", &c.text);
        self.log(
            EventKind::Chosen { inject: inj.id.clone(), choice: choice.to_string(), by_default },
            m,
        );
        for e in &c.effects {
            self.effect(e);
        }
    }
}
