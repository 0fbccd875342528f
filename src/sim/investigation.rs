//! Investigation as work: statements the trainee reads and links, drafted requests checked
//! against what the case file holds, translations and tasks.

use super::queue::{Draw, DrawKind};
use super::*;
use crate::scenario::{Draft, DraftRule, InstitutionKind};

/// An account's statement as delivered: every movement in and out of it up to `at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub account: String,
    /// When it was delivered: it shows what happened until then.
    pub at: Secs,
    pub lines: Vec<StatementLine>,
}

/// One line of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementLine {
    pub at: Secs,
    pub incoming: bool,
    /// The other account's id (the front end shows its number).
    pub counterparty: String,
    pub amount: u64,
    /// Who operated the account for money going out (login IP, device): a message id.
    pub device: Option<String>,
}

/// What the receiving side found wrong with a drafted request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftFault {
    /// It states a fact the case file does not establish (yet).
    Unfounded(String),
    /// It leaves out a fact the receiving side needs.
    Missing(String),
    /// It cites no legal basis the receiving side accepts.
    NoBasis,
    /// It lacks an attachment the receiving side needs.
    NotAttached(String),
}

impl DraftFault {
    /// The fault as a Fluent message, with the fact's or item's name.
    pub fn msg(&self, sc: &Scenario) -> Msg {
        let name = |id: &str| sc.name_of(id).unwrap_or(id).to_string();
        match self {
            DraftFault::Unfounded(f) => Msg::new("draft-unfounded").name("fact", &name(f)),
            DraftFault::Missing(f) => Msg::new("draft-missing").name("fact", &name(f)),
            DraftFault::NoBasis => Msg::new("draft-no-basis"),
            DraftFault::NotAttached(i) => Msg::new("draft-not-attached").name("item", &name(i)),
        }
    }
}

impl Session {
    /// Whether an account's records are read from a public ledger (no legal process needed).
    pub(super) fn on_public_ledger(&self, a: usize) -> bool {
        let acc = &self.sc.accounts[a];
        self.sc.institution(&acc.institution).is_some_and(|i| i.kind == InstitutionKind::Wallet)
    }

    /// The faults of a drafted request against the receiving side's rule, now.
    pub(super) fn draft_faults(
        &self,
        rule: &DraftRule,
        draft: Option<&Draft>,
        target: &Target,
    ) -> Vec<DraftFault> {
        let empty = Draft::default();
        let d = draft.unwrap_or(&empty);
        let mut faults = Vec::new();
        for f in &d.facts {
            let established = self.sc.fact(f).is_some_and(|x| self.cond(&x.established));
            if !established {
                faults.push(DraftFault::Unfounded(f.clone()));
            }
        }
        for need in &rule.needs {
            let applies = self.sc.fact(need).is_some_and(|x| x.applies_to(target.id()));
            if applies && !d.facts.contains(need) {
                faults.push(DraftFault::Missing(need.clone()));
            }
        }
        if !rule.bases.is_empty() && !d.basis.as_ref().is_some_and(|b| rule.bases.contains(b)) {
            faults.push(DraftFault::NoBasis);
        }
        for item in &rule.attach {
            if !d.attach.contains(item) {
                faults.push(DraftFault::NotAttached(item.clone()));
            }
        }
        faults
    }

    /// Every movement of the case's money in and out of account `a` so far, and its own
    /// records, in time order.
    pub(super) fn statement(&self, a: usize) -> Statement {
        let sc = &self.sc;
        let id = &sc.accounts[a].id;
        let device = sc.accounts[a].device.clone();
        let mut lines = Vec::new();
        for e in &self.events {
            let (from, to, amount) = match &e.kind {
                EventKind::Payment { from, to, amount }
                | EventKind::Transfer { from, to, amount } => (from, to, *amount),
                _ => continue,
            };
            if from == id {
                lines.push(StatementLine {
                    at: e.at,
                    incoming: false,
                    counterparty: to.clone(),
                    amount,
                    device: device.clone(),
                });
            } else if to == id {
                lines.push(StatementLine {
                    at: e.at,
                    incoming: true,
                    counterparty: from.clone(),
                    amount,
                    device: None,
                });
            }
        }
        for r in sc.accounts[a].records.iter().filter(|r| r.at.0 <= self.now) {
            lines.push(StatementLine {
                at: r.at.0,
                incoming: r.incoming,
                counterparty: r.counterparty.clone(),
                amount: r.amount,
                device: if r.incoming { None } else { device.clone() },
            });
        }
        // Stable: the engine's movements keep their order at the same second.
        lines.sort_by_key(|l| l.at);
        Statement { account: id.clone(), at: self.now, lines }
    }

    /// Deliver account `a`'s statement now.
    pub(super) fn deliver_statement(&mut self, a: usize) {
        let st = self.statement(a);
        let n = st.lines.len();
        self.accounts[a].query_pending = false;
        self.statements.push(st);
        let sc = self.sc.clone();
        let m = Msg::new("ev-statement")
            .name("account", &sc.accounts[a].name)
            .arg("n", Arg::Num(n as i64));
        self.log(EventKind::StatementDelivered { account: sc.accounts[a].id.clone() }, m);
    }

    pub(super) fn start_query(&mut self, a: usize) {
        let sc = self.sc.clone();
        let Some(an) = &sc.analysis else { return };
        let (dist, kind) = if self.on_public_ledger(a) {
            (&an.chain, DrawKind::Chain)
        } else {
            (&an.query, DrawKind::Query)
        };
        let d = self.sample(dist, Draw::account(kind, a));
        self.accounts[a].query_pending = true;
        self.schedule(self.now + d, Pending::StatementReady(a));
        let m = Msg::new("ev-query-sent")
            .name("account", &sc.accounts[a].name)
            .arg("at", Arg::Time(self.now + d));
        self.log(EventKind::QuerySent { account: sc.accounts[a].id.clone() }, m);
    }

    /// Whether the case's money moved between two accounts (either way) so far.
    fn money_moved(&self, a: &str, b: &str) -> bool {
        self.events.iter().any(|e| match &e.kind {
            EventKind::Payment { from, to, .. } | EventKind::Transfer { from, to, .. } => {
                (from == a && to == b) || (from == b && to == a)
            }
            _ => false,
        })
    }

    pub(super) fn start_link(&mut self, from: usize, to: usize) {
        let sc = self.sc.clone();
        let Some(an) = &sc.analysis else { return };
        let right = self.money_moved(&sc.accounts[from].id, &sc.accounts[to].id);
        let start = self.analyst_free.max(self.now);
        let done = start + an.link.0 + if right { 0 } else { an.wrong_link.0 };
        self.analyst_free = done;
        self.links_pending.insert((from, to));
        self.schedule(done, Pending::LinkChecked { from, to, right });
        let m = Msg::new("ev-link-started")
            .name("from", &sc.accounts[from].name)
            .name("to", &sc.accounts[to].name);
        let kind = EventKind::LinkStarted {
            from: sc.accounts[from].id.clone(),
            to: sc.accounts[to].id.clone(),
        };
        self.log(kind, m);
    }

    pub(super) fn link_checked(&mut self, from: usize, to: usize, right: bool) {
        let sc = self.sc.clone();
        self.links_pending.remove(&(from, to));
        let kind = EventKind::LinkChecked {
            from: sc.accounts[from].id.clone(),
            to: sc.accounts[to].id.clone(),
            right,
        };
        if right {
            let m = Msg::new("ev-link-right")
                .name("from", &sc.accounts[from].name)
                .name("to", &sc.accounts[to].name);
            self.log(kind, m);
            self.trace(from, to);
        } else {
            let m = Msg::new("ev-link-wrong")
                .name("from", &sc.accounts[from].name)
                .name("to", &sc.accounts[to].name)
                .arg("lost", Arg::Span(sc.analysis.as_ref().map_or(0, |a| a.wrong_link.0)));
            self.log(kind, m);
        }
    }

    pub(super) fn start_translation(&mut self, i: usize) {
        let sc = self.sc.clone();
        let takes = sc.injects[i].translation.map_or(DEFAULT_TRANSLATION, |d| d.0);
        self.injects[i].translation_due = Some(self.now + takes);
        self.schedule(self.now + takes, Pending::Translated(i));
        let m = Msg::new("ev-translation-asked")
            .arg("at", Arg::Time(self.now + takes))
            .name("from", sc.injects[i].from.as_deref().unwrap_or("ev-someone"));
        self.log(EventKind::TranslationAsked { inject: sc.injects[i].id.clone() }, m);
    }

    pub(super) fn translated(&mut self, i: usize) {
        let sc = self.sc.clone();
        self.injects[i].translated = true;
        let m = Msg::new("ev-translated").name("text", &sc.injects[i].text);
        self.log(EventKind::Translated { inject: sc.injects[i].id.clone() }, m);
    }

    pub(super) fn start_task(&mut self, i: usize) {
        let sc = self.sc.clone();
        self.tasks[i].started = Some(self.now);
        let m = Msg::new("ev-task-started").name("task", &sc.tasks[i].name);
        self.log(EventKind::TaskStarted { task: sc.tasks[i].id.clone() }, m);
        let takes = sc.tasks[i].takes.0;
        if takes <= 0 {
            self.task_done(i);
        } else {
            self.schedule(self.now + takes, Pending::TaskDone(i));
        }
    }

    pub(super) fn task_done(&mut self, i: usize) {
        let sc = self.sc.clone();
        self.tasks[i].done = true;
        let m = Msg::new("ev-task-done").name("task", &sc.tasks[i].name);
        self.log(EventKind::TaskDone { task: sc.tasks[i].id.clone() }, m);
        for e in &sc.tasks[i].effects {
            self.effect(e);
        }
    }
}

/// How long a translation takes when the case does not say.
pub const DEFAULT_TRANSLATION: Secs = 2 * 3600;
