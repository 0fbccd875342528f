//! Why each criterion fell short: the facts of a closed session that cost its points, each a
//! message any front end renders in the trainee's language (the debrief, `play`, the HTML report).

use super::*;
use crate::scenario::{Measure, Owner};

/// What cost one rubric criterion its points.
#[derive(Debug, Clone)]
pub struct Shortfall {
    /// The criterion's index in the rubric, and its id.
    pub criterion: usize,
    pub id: String,
    /// What was lost and why, then what would have saved it, then what the expert line could
    /// not save either on this seed.
    pub lines: Vec<Msg>,
}

impl Session {
    /// One [`Shortfall`] per criterion below its maximum, in rubric order; empty before the
    /// close. A criterion left out on this seed (the expert could not earn it) says so.
    pub fn shortfalls(&self) -> Vec<Shortfall> {
        let Some(o) = self.outcome.as_ref() else { return Vec::new() };
        let sc = &self.sc;
        let mut out = Vec::new();
        for (i, (c, crit)) in o.criteria.iter().zip(&sc.rubric.criteria).enumerate() {
            if crit.weight == 0 {
                continue;
            }
            let void = c.par.is_some_and(|p| p < 1e-9);
            if c.value >= 1.0 - 1e-9 && !void {
                continue;
            }
            let mut lines = Vec::new();
            if void {
                lines.push(Msg::new("expl-void"));
            } else {
                match &crit.measure {
                    Measure::Recovered => self.money_lines(&mut lines, true),
                    Measure::Secured => self.money_lines(&mut lines, false),
                    Measure::Identified => self.suspect_lines(&mut lines, false),
                    Measure::InCustody => self.suspect_lines(&mut lines, true),
                    Measure::Admitted => self.evidence_lines(&mut lines),
                    Measure::Convicted => self.verdict_lines(&mut lines),
                    Measure::Compliance => self.compliance_lines(&mut lines),
                    Measure::When(_) => {
                        lines.push(Msg::new("expl-when").name("criterion", &crit.name))
                    }
                    Measure::Share(conds) => self.share_lines(&mut lines, &crit.name, conds),
                }
                if lines.is_empty() {
                    lines.push(Msg::new("expl-short").name("criterion", &crit.name));
                }
                if let Some(p) = c.par.filter(|p| *p < 1.0 - 1e-9) {
                    let pct = (p * 100.0).round() as i64;
                    lines.push(Msg::new("expl-par").arg("par", Arg::Num(pct)));
                }
            }
            out.push(Shortfall { criterion: i, id: c.id.clone(), lines });
        }
        out
    }

    /// Money at stake that was not returned (`returned_only`) or not secured: where it went.
    fn money_lines(&self, lines: &mut Vec<Msg>, returned_only: bool) {
        let sc = &self.sc;
        let stake = self.at_stake();
        let kept = if returned_only {
            self.returned
        } else {
            self.returned.saturating_add(self.secured_now())
        };
        let id = if returned_only { "expl-money-not-returned" } else { "expl-money-not-secured" };
        lines.push(
            Msg::new(id)
                .arg("lost", Arg::Money(stake.saturating_sub(kept)))
                .arg("stake", Arg::Money(stake)),
        );
        // Money that left reach after the report: the account it was swept from, and when
        // (one line for each account and moment, however many transfers it took).
        let mut escaped: Vec<(usize, Secs, u64)> = Vec::new();
        for (k, e) in self.events.iter().enumerate() {
            let EventKind::CashedOut { account, amount } = &e.kind else { continue };
            if e.at < 0 {
                continue;
            }
            let from = self.events[..k].iter().rev().find_map(|p| match &p.kind {
                EventKind::Transfer { from, to, .. } if to == account && p.at == e.at => {
                    Some(from.as_str())
                }
                _ => None,
            });
            let Some(from) = from else { continue };
            let Some(a) = self.acc(from) else { continue };
            match escaped.last_mut() {
                Some((pa, pt, sum)) if *pa == a && *pt == e.at => {
                    *sum = sum.saturating_add(*amount)
                }
                _ => escaped.push((a, e.at, *amount)),
            }
        }
        for (a, at, amount) in escaped {
            let from = &sc.accounts[a].id;
            let abroad = sc.account_jurisdiction(from).is_some_and(|j| j != sc.home);
            let hint = match (self.accounts[a].known, abroad) {
                // Found by reading statements where the case has them, else by following.
                (false, _) if sc.analysis.is_some() => "expl-hint-link",
                (false, _) => "expl-hint-follow",
                (true, false) => "expl-hint-hold-home",
                (true, true) => "expl-hint-hold-abroad",
            };
            lines.push(
                Msg::new("expl-money-escaped")
                    .arg("amount", Arg::Money(amount))
                    .name("from", &sc.accounts[a].name)
                    .arg("at", Arg::Time(at))
                    .name("hint", hint),
            );
        }
        // Money still in the gang's accounts at the close.
        for (a, st) in self.accounts.iter().enumerate() {
            let acc = &sc.accounts[a];
            if st.balance == 0 || acc.cash_out || acc.owner == Owner::Victim {
                continue;
            }
            let held = st.blocked(self.now);
            let id = match (held, returned_only) {
                (true, true) => "expl-money-held-not-returned",
                (true, false) => continue,
                (false, _) => "expl-money-unheld",
            };
            lines.push(
                Msg::new(id).arg("amount", Arg::Money(st.balance)).name("account", &acc.name),
            );
        }
    }

    /// Suspects not identified, or (`custody`) not brought back, and why.
    fn suspect_lines(&self, lines: &mut Vec<Msg>, custody: bool) {
        let sc = &self.sc;
        for (i, st) in self.suspects.iter().enumerate() {
            let s = &sc.suspects[i];
            if (custody && st.in_custody) || (!custody && st.identified) {
                continue;
            }
            let fled = self.events.iter().find_map(|e| match &e.kind {
                EventKind::SuspectFled { suspect, to } if suspect == &s.id => Some((e.at, to)),
                _ => None,
            });
            let m = match (st.identified, fled) {
                (false, _) => Msg::new("expl-not-identified").name("suspect", &s.name),
                (true, Some((at, to))) => {
                    let place = match sc.jurisdiction(to) {
                        Some(j) => Arg::Ref(j.name.clone()),
                        None => Arg::Text(to.clone()),
                    };
                    Msg::new("expl-fled")
                        .name("suspect", &s.name)
                        .arg("to", place)
                        .arg("at", Arg::Time(at))
                }
                (true, None) if st.located => {
                    Msg::new("expl-located-not-brought-back").name("suspect", &s.name)
                }
                (true, None) => Msg::new("expl-not-located").name("suspect", &s.name),
            };
            lines.push(m);
        }
    }

    /// Items never collected, and items the court did not admit: the ruling, and the answer
    /// that cures it.
    fn evidence_lines(&self, lines: &mut Vec<Msg>) {
        let sc = &self.sc;
        for (i, st) in self.items.iter().enumerate() {
            let item = &sc.evidence[i];
            if !st.held() {
                lines.push(Msg::new("expl-not-collected").name("item", &item.name));
                continue;
            }
            let Some(r) = st.ruling.as_ref().filter(|r| !r.admitted) else { continue };
            let ruling =
                self.events.iter().rev().find(
                    |e| matches!(&e.kind, EventKind::Ruling { item: it, .. } if it == &item.id),
                );
            if let Some(e) = ruling {
                lines.push(e.msg.clone());
            }
            let rule = r.rule.as_ref().and_then(|id| sc.trial.rules.iter().find(|x| &x.id == id));
            if let Some(rule) = rule.filter(|x| !x.cured_by.is_empty()) {
                lines.push(
                    Msg::new("expl-cure")
                        .name("item", &item.name)
                        .name("answer", rule.cured_by[0].msg_id()),
                );
            }
        }
    }

    /// Why the court did not convict: proof links with no admitted item, nobody in custody.
    fn verdict_lines(&self, lines: &mut Vec<Msg>) {
        let sc = &self.sc;
        if self.trial.not_prosecuted {
            let n = Arg::Num(i64::from(self.trial.returns));
            lines.push(Msg::new("expl-not-prosecuted").arg("n", n));
        } else if self.trial.returns > 0 {
            lines.push(
                Msg::new("expl-case-returned").arg("n", Arg::Num(i64::from(self.trial.returns))),
            );
        }
        for link in &sc.trial.proof {
            // Without a trial nothing was admitted: name only the links the review found missing.
            let missing = if self.trial.not_prosecuted {
                self.trial.missing_links.contains(&link.id)
            } else {
                !link.any_of.iter().any(|it| self.admitted(it))
            };
            if missing {
                lines.push(Msg::new("expl-proof-missing").name("link", &link.name));
            }
        }
        if sc.trial.needs_custody && !self.suspects.iter().any(|s| s.in_custody) {
            lines.push(Msg::new("expl-no-custody"));
        }
    }

    /// Each loss of compliance points, with its reason.
    /// The conditions of a `Share` criterion that did not hold: tasks by name.
    fn share_lines(&self, lines: &mut Vec<Msg>, criterion: &str, conds: &[Condition]) {
        let mut generic = false;
        for c in conds.iter().filter(|c| !self.cond(c)) {
            match c {
                Condition::Done(t) if self.sc.task(t).is_some() => {
                    let name = self.sc.task(t).map(|x| x.name.as_str()).unwrap_or_default();
                    lines.push(Msg::new("expl-task-not-done").name("task", name));
                }
                _ => generic = true,
            }
        }
        if generic {
            lines.push(Msg::new("expl-when").name("criterion", criterion));
        }
    }

    fn compliance_lines(&self, lines: &mut Vec<Msg>) {
        for e in &self.events {
            if matches!(e.kind, EventKind::Compliance { points } if points < 0) {
                lines.push(e.msg.clone());
            }
        }
    }
}
