//! Carrying out an action the checks allowed: what it orders, and what it schedules.

use super::check::Op;
use super::queue::{Draw, DrawKind};
use super::*;

impl Session {
    /// Carry out a resolved action (see [`Session::resolve`]).
    pub(super) fn perform(&mut self, op: Op<'_>) {
        let sc = self.sc.clone();
        match op {
            Op::StopPayment(i) => {
                let account = &sc.accounts[i].id;
                self.accounts[i].stop_pending = true;
                let d = self.sample(
                    &sc.measures.stop_payment.takes_effect,
                    Draw::account(DrawKind::StopPayment, i),
                );
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
            Op::RenewStopPayment(i) => {
                let account = &sc.accounts[i].id;
                self.accounts[i].renewals_used += 1;
                let until =
                    self.extend_hold(i, HoldKind::StopPayment, sc.measures.stop_payment.lasts.0);
                let m = Msg::new("ev-hold-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Op::Freeze { account: i, grounds } => {
                let account = &sc.accounts[i].id;
                self.accounts[i].freeze_pending = true;
                let d =
                    self.sample(&sc.measures.freeze.approval, Draw::account(DrawKind::Freeze, i));
                self.schedule(
                    self.now + d,
                    Pending::FreezeDecision { account: i, grounds: grounds.to_vec() },
                );
                let m = Msg::new("ev-hold-ordered")
                    .name("account", &sc.accounts[i].name)
                    .name("kind", HoldKind::Freeze.msg_id());
                self.log(
                    EventKind::HoldOrdered { account: account.clone(), kind: HoldKind::Freeze },
                    m,
                );
            }
            Op::RenewFreeze(i) => {
                let account = &sc.accounts[i].id;
                let until = self.extend_hold(i, HoldKind::Freeze, sc.measures.freeze.lasts.0);
                let m = Msg::new("ev-freeze-renewed")
                    .name("account", &sc.accounts[i].name)
                    .arg("until", Arg::Time(until));
                self.log(EventKind::HoldRenewed { account: account.clone(), until }, m);
            }
            Op::ReturnFunds(i) => {
                let account = &sc.accounts[i].id;
                self.accounts[i].return_pending = true;
                self.schedule(self.now + sc.measures.return_funds.takes.0, Pending::ReturnDone(i));
                let m = Msg::new("ev-return-ordered").name("account", &sc.accounts[i].name);
                self.log(EventKind::ReturnOrdered { account: account.clone() }, m);
            }
            Op::Monitor(i) => {
                let account = &sc.accounts[i].id;
                self.accounts[i].monitored = true;
                let m = Msg::new("ev-monitor-started").name("account", &sc.accounts[i].name);
                self.log(EventKind::MonitorStarted { account: account.clone() }, m);
            }
            Op::SeekArrest(i) => {
                self.suspects[i].arrest_pending = true;
                if let Some(rule) = &sc.measures.arrest {
                    let d = self.sample(&rule.approval, Draw::account(DrawKind::Arrest, i));
                    self.schedule(self.now + d, Pending::ArrestDecision(i));
                }
                let m = Msg::new("ev-arrest-sought").name("suspect", &sc.suspects[i].name);
                self.log(EventKind::ArrestSought { suspect: sc.suspects[i].id.clone() }, m);
            }
            Op::Request { channel, service, target, elements, draft } => {
                let ch = &sc.channels[channel];
                let sv = &ch.services[service];
                let dist = sv.response.as_ref().unwrap_or(&ch.response);
                let mut expected = dist.bounds();
                let key = Draw::request(DrawKind::Response, &ch.id, &sv.id, target);
                let mut due = self.now + self.sample(dist, key);
                // Drafting, approval, translation and routing up the chain come first.
                if let Some(r) = &ch.routing {
                    let (lo, hi) = r.bounds();
                    expected = (expected.0 + lo, expected.1 + hi);
                    due += self.sample(r, Draw::request(DrawKind::Routing, &ch.id, &sv.id, target));
                }
                let faults = ch
                    .draft_of(sv)
                    .map(|rule| self.draft_faults(rule, draft, target))
                    .unwrap_or_default();
                let complete = faults.is_empty()
                    && ch
                        .elements_of(sv)
                        .iter()
                        .filter(|e| e.required)
                        .all(|e| elements.contains(&e.id));
                if !complete && let Incomplete::Delay(d) = ch.incomplete {
                    due += d.0;
                }
                let idx = self.requests.len();
                self.requests.push(Request {
                    channel: ch.id.clone(),
                    service: sv.id.clone(),
                    target: target.clone(),
                    elements: elements.to_vec(),
                    sent: self.now,
                    expected: (self.now + expected.0, self.now + expected.1),
                    status: RequestStatus::Pending,
                    draft: draft.cloned(),
                    faults,
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
            Op::Collect { item: i, method: mi } => {
                let item = &sc.evidence[i].id;
                self.items[i].collecting = true;
                let takes = sc.evidence[i].methods[mi].takes.0;
                self.schedule(self.now + takes, Pending::Collected { item: i, method: mi });
                let m = Msg::new("ev-collect-started")
                    .name("item", &sc.evidence[i].name)
                    .name("method", &sc.evidence[i].methods[mi].name);
                self.log(EventKind::CollectStarted { item: item.clone() }, m);
            }
            Op::Preserve { item: i, how } => {
                let item = &sc.evidence[i].id;
                self.items[i].preserved = Some(how);
                let m = Msg::new("ev-preserved")
                    .name("item", &sc.evidence[i].name)
                    .name("how", how.msg_id());
                self.log(EventKind::Preserved { item: item.clone() }, m);
            }
            Op::Query(i) => self.start_query(i),
            Op::Link { from, to } => self.start_link(from, to),
            Op::Translate(i) => self.start_translation(i),
            Op::Task(i) => self.start_task(i),
            Op::Choose { inject, choice } => self.choose(inject, choice, false),
            Op::FireInject(i) => self.fire(i),
            Op::Answer { item: i, answer } => {
                let item = &sc.evidence[i].id;
                self.items[i].answer = Some(answer);
                let aid = answer.msg_id();
                let m =
                    Msg::new("ev-answered").name("item", &sc.evidence[i].name).name("answer", aid);
                self.log(EventKind::Answered { item: item.clone(), answer }, m);
            }
        }
    }

    /// Choice `ci` of inject `i` is taken (by the trainee, or by default at its deadline).
    pub(super) fn choose(&mut self, i: usize, ci: usize, by_default: bool) {
        let sc = self.sc.clone();
        let inj = &sc.injects[i];
        let c = &inj.choices[ci];
        let choice = &c.id;
        self.injects[i].chosen = Some(choice.clone());
        if let Some(k) = self.injects[i].deadline_key.take() {
            self.queue.remove(&k);
        }
        let id = if by_default { "ev-chosen-default" } else { "ev-chosen" };
        let m = Msg::new(id).name("choice", &c.text);
        self.log(
            EventKind::Chosen { inject: inj.id.clone(), choice: choice.clone(), by_default },
            m,
        );
        for e in &c.effects {
            self.effect(e);
        }
    }
}
