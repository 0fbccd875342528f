//! Semantic lints: content no play can reach (injects, accounts, evidence, rubric criteria,
//! debrief texts), flags nothing sets, and chances that make a channel useless. A static,
//! conservative analysis: a warning here means no playthrough can reach the thing.

use std::collections::BTreeSet;

use super::{Checker, LintCode};
use crate::scenario::{Condition, Effect, Measure, ServiceEffect, TargetKind, Trigger};

/// What some playthrough can reach, grown to a fixed point.
#[derive(Default)]
struct Reach<'a> {
    money: BTreeSet<&'a str>,
    flags: BTreeSet<&'a str>,
    injects: Vec<bool>,
    items: BTreeSet<&'a str>,
    identified: BTreeSet<&'a str>,
}

impl<'a> Reach<'a> {
    /// Whether `c` can ever hold. Conservative: true unless it needs something unreachable.
    fn possible(&self, c: &Condition, sc: &crate::scenario::Scenario) -> bool {
        match c {
            Condition::Flag(f) => self.flags.contains(f.as_str()),
            Condition::All(v) => v.iter().all(|x| self.possible(x, sc)),
            Condition::Any(v) => v.iter().any(|x| self.possible(x, sc)),
            Condition::Traced(a) | Condition::Reached(a) => self.money.contains(a.as_str()),
            Condition::Identified(s) => self.identified.contains(s.as_str()),
            Condition::HasEvidence(i)
            | Condition::Formal(i)
            | Condition::Preserved(i)
            | Condition::Tainted(i)
            | Condition::Admitted(i)
            | Condition::Excluded(i) => self.items.contains(i.as_str()),
            Condition::Chose { inject, .. } => {
                sc.injects.iter().position(|x| &x.id == inject).is_some_and(|i| self.injects[i])
            }
            _ => true,
        }
    }
}

fn reach(sc: &crate::scenario::Scenario) -> Reach<'_> {
    {
        let mut r = Reach { injects: vec![false; sc.injects.len()], ..Default::default() };
        // Money: from the payments and opening balances, along every rule's legs.
        for p in &sc.payments {
            r.money.insert(p.to.as_str());
        }
        for a in sc.accounts.iter().filter(|a| a.balance > 0) {
            r.money.insert(a.id.as_str());
        }
        loop {
            let before = r.money.len();
            for rule in &sc.laundering.rules {
                if r.money.contains(rule.from.as_str()) {
                    r.money.extend(rule.legs.iter().map(|l| l.to.as_str()));
                }
            }
            if r.money.len() == before {
                break;
            }
        }
        // Effects that need no inject: tip-off and services.
        let mut base: Vec<&Effect> = sc.laundering.tipoff.effects.iter().collect();
        for ch in &sc.channels {
            for sv in &ch.services {
                for e in &sv.effects {
                    if let ServiceEffect::Do(x) = e {
                        base.push(x);
                    }
                }
            }
        }
        for it in &sc.evidence {
            let by_channel = sc.channels.iter().any(|ch| {
                ch.reach.contains(&it.jurisdiction)
                    && ch.services.iter().any(|s| {
                        s.target == TargetKind::Evidence
                            && s.effects.iter().any(|e| matches!(e, ServiceEffect::Obtain))
                    })
            });
            if it.initially.is_some() || !it.methods.is_empty() || by_channel {
                r.items.insert(it.id.as_str());
            }
        }
        for s in &sc.suspects {
            let by_channel = sc.channels.iter().any(|ch| {
                (ch.reach.contains(&s.jurisdiction)
                    || s.flees_to.as_ref().is_some_and(|f| ch.reach.contains(f)))
                    && ch.services.iter().any(|sv| {
                        sv.target == TargetKind::Suspect
                            && sv.effects.iter().any(|e| matches!(e, ServiceEffect::Identify))
                    })
            });
            if by_channel {
                r.identified.insert(s.id.as_str());
            }
        }
        loop {
            let mut effects = base.clone();
            for (i, inj) in sc.injects.iter().enumerate() {
                if r.injects[i] {
                    effects.extend(inj.effects.iter());
                    effects.extend(inj.choices.iter().flat_map(|c| c.effects.iter()));
                }
            }
            let size = |r: &Reach| {
                (
                    r.flags.len(),
                    r.items.len(),
                    r.identified.len(),
                    r.injects.iter().filter(|x| **x).count(),
                )
            };
            let before = size(&r);
            for e in effects {
                match e {
                    Effect::SetFlag(f) => {
                        r.flags.insert(f.as_str());
                    }
                    Effect::GiveEvidence { item, .. } => {
                        r.items.insert(item.as_str());
                    }
                    Effect::Identify(s) => {
                        r.identified.insert(s.as_str());
                    }
                    _ => {}
                }
            }
            for s in &sc.suspects {
                if let Some(c) = &s.identified_when
                    && r.possible(c, sc)
                {
                    r.identified.insert(s.id.as_str());
                }
            }
            for (i, inj) in sc.injects.iter().enumerate() {
                if r.injects[i] {
                    continue;
                }
                r.injects[i] = inj.optional
                    || match &inj.trigger {
                        Trigger::At(t) => *t <= sc.ends,
                        Trigger::When(c) => r.possible(c, sc),
                    };
            }
            if size(&r) == before {
                break;
            }
        }
        r
    }
}

impl Checker<'_> {
    /// The semantic lints; run after [`Checker::run`] so references are known to be checked.
    pub(super) fn semantic(&mut self) {
        let sc = self.sc;
        let r = reach(sc);

        for (i, inj) in sc.injects.iter().enumerate() {
            if r.injects[i] {
                continue;
            }
            let (message, help) = match &inj.trigger {
                Trigger::At(t) => (
                    format!("inject `{}` fires at {t}, after the case closes", inj.id),
                    "fire it before `ends`",
                ),
                Trigger::When(_) => (
                    format!(
                        "inject `{}` can never fire: its trigger needs something no play reaches",
                        inj.id
                    ),
                    "check the flags, evidence, injects or accounts its `When` condition needs",
                ),
            };
            self.warn_about(
                LintCode::UnreachableInject,
                format!("injects[{i}].trigger"),
                &inj.id,
                message,
                help,
            );
        }

        // Decisions that change nothing: no choice has effects or is read by a condition.
        let read = chosen_in(sc);
        for (i, inj) in sc.injects.iter().enumerate() {
            let inert = |c: &crate::scenario::Choice| {
                c.effects.is_empty() && !read.contains(&(inj.id.as_str(), c.id.as_str()))
            };
            if !inj.choices.is_empty() && inj.choices.iter().all(inert) {
                self.warn_about(
                    LintCode::InertDecision,
                    format!("injects[{i}].choices"),
                    &inj.id,
                    format!("whatever the trainee chooses at inject `{}`, nothing changes: no choice has effects and no condition reads one", inj.id),
                    "give a choice effects, or read it with Chose(inject: …, choice: …) in a rule, debrief or criterion",
                );
            }
            // With no time to choose, only the default is ever taken.
            if inj.deadline.is_some_and(|d| d.0 == 0) {
                for (k, c) in inj.choices.iter().enumerate() {
                    if inj.default.as_ref() != Some(&c.id) {
                        self.warn_about(
                            LintCode::UnreachableChoice,
                            format!("injects[{i}].choices[{k}]"),
                            &format!("{}/{}", inj.id, c.id),
                            format!("choice `{}` can never be taken: the deadline is 0, so the default is taken at once", c.id),
                            "give the trainee time with a `deadline` above 0",
                        );
                    }
                }
            }
        }

        // Accounts.
        let mut touched: BTreeSet<&str> = BTreeSet::new();
        touched.insert(sc.victim.account.as_str());
        for p in &sc.payments {
            touched.insert(p.from.as_str());
            touched.insert(p.to.as_str());
        }
        for rule in &sc.laundering.rules {
            touched.insert(rule.from.as_str());
            touched.extend(rule.legs.iter().map(|l| l.to.as_str()));
        }
        for (i, a) in sc.accounts.iter().enumerate() {
            if !touched.contains(a.id.as_str()) && a.balance == 0 {
                self.warn_about(
                    LintCode::UnusedAccount,
                    format!("accounts[{i}].id"),
                    &a.id,
                    format!("account `{}`: no payment or laundering rule touches it and it holds no money", a.id),
                    "send money to it in a payment or a rule's legs, or remove it",
                );
            } else if touched.contains(a.id.as_str())
                && !r.money.contains(a.id.as_str())
                && a.id != sc.victim.account
                && !sc.payments.iter().any(|p| p.from == a.id)
            {
                self.warn_about(
                    LintCode::UnreachableAccount,
                    format!("accounts[{i}].id"),
                    &a.id,
                    format!("no money ever reaches account `{}`", a.id),
                    "add a payment or a rule leg that leads to it",
                );
            }
        }

        for (i, it) in sc.evidence.iter().enumerate() {
            if !r.items.contains(it.id.as_str()) {
                self.warn_about(
                    LintCode::UnreachableEvidence,
                    format!("evidence[{i}].id"),
                    &it.id,
                    format!("no path produces evidence item `{}`", it.id),
                    "give it `initially`, a collection method, a channel that obtains it where it is held, or a GiveEvidence effect",
                );
            }
        }

        for f in &sc.flags {
            let sets = r.flags.contains(f.as_str());
            if !sets {
                let i = sc.flags.iter().position(|x| x == f).unwrap_or(0);
                self.warn_about(
                    LintCode::UnsetFlag,
                    format!("flags[{i}]"),
                    f,
                    format!("flag `{f}` is never set: no reachable effect does SetFlag(\"{f}\")"),
                    "set it in an inject, choice, service or tip-off effect, or remove it",
                );
            }
        }

        // Rubric criteria no outcome can reach.
        let producible = sc.evidence.iter().any(|e| r.items.contains(e.id.as_str()));
        let convictable =
            sc.trial.proof.iter().all(|l| l.any_of.iter().any(|x| r.items.contains(x.as_str())))
                && (!sc.trial.needs_custody || !sc.suspects.is_empty());
        for (i, c) in sc.rubric.criteria.iter().enumerate() {
            let why = match &c.measure {
                Measure::When(cond) if !r.possible(cond, sc) => {
                    Some("its condition needs something no play reaches")
                }
                Measure::Identified | Measure::InCustody if sc.suspects.is_empty() => {
                    Some("the case has no suspects")
                }
                Measure::Identified if r.identified.is_empty() => {
                    Some("no suspect can be identified")
                }
                Measure::Admitted if !producible => {
                    Some("no evidence item can reach the case file")
                }
                Measure::Convicted if !convictable => Some(
                    "a proof link has no item any play can produce, or no suspect can be in custody",
                ),
                Measure::Recovered | Measure::Secured if sc.total_paid() == 0 => {
                    Some("the victim pays nothing")
                }
                _ => None,
            };
            if let Some(why) = why {
                self.warn_about(
                    LintCode::UnreachableCriterion,
                    format!("rubric.criteria[{i}].measure"),
                    &c.id,
                    format!("criterion `{}` always scores 0: {why}", c.id),
                    "change its measure, or the content it needs",
                );
            }
        }

        for (i, d) in sc.debrief.iter().enumerate() {
            if !r.possible(&d.when, sc) {
                self.warn_about(
                    LintCode::UnreachableDebrief,
                    format!("debrief[{i}].when"),
                    &d.id,
                    format!("debrief text `{}` is never shown: its condition needs something no play reaches", d.id),
                    "check the flags, evidence, injects or accounts it needs",
                );
            }
        }

        // Chances and bands that do not add up.
        for (i, ch) in sc.channels.iter().enumerate() {
            if ch.success == 0.0 && ch.services.iter().all(|s| s.success.is_none()) {
                self.warn_about(
                    LintCode::NeverSucceeds,
                    format!("channels[{i}].success"),
                    &ch.id,
                    format!("channel `{}` never succeeds (success: 0)", ch.id),
                    "give it a chance above 0, e.g. 0.6",
                );
            }
            for (k, sv) in ch.services.iter().enumerate() {
                if sv.success == Some(0.0) {
                    self.warn_about(
                        LintCode::NeverSucceeds,
                        format!("channels[{i}].services[{k}].success"),
                        &sv.id,
                        format!("service `{}` never succeeds (success: 0)", sv.id),
                        "give it a chance above 0, or remove the override",
                    );
                }
            }
        }
        let mut mins = BTreeSet::new();
        for (i, b) in sc.rubric.bands.iter().enumerate() {
            if !mins.insert(b.min) {
                self.warn_about(
                    LintCode::DuplicateBand,
                    format!("rubric.bands[{i}].min"),
                    &b.grade,
                    format!("two grade bands start at {}: only one can ever be given", b.min),
                    "give each band its own minimum",
                );
            }
        }
    }
}

/// Every (inject, choice) some condition in the case reads.
fn chosen_in(sc: &crate::scenario::Scenario) -> BTreeSet<(&str, &str)> {
    fn walk<'a>(c: &'a Condition, out: &mut BTreeSet<(&'a str, &'a str)>) {
        match c {
            Condition::Chose { inject, choice } => {
                out.insert((inject.as_str(), choice.as_str()));
            }
            Condition::Not(x) => walk(x, out),
            Condition::All(v) | Condition::Any(v) => v.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    let mut conds: Vec<&Condition> = Vec::new();
    conds.extend(sc.laundering.rules.iter().filter_map(|r| r.when.as_ref()));
    conds.extend(sc.measures.freeze.grounds.iter().filter_map(|g| g.requires.as_ref()));
    for ch in &sc.channels {
        for p in &ch.requires {
            if let crate::scenario::Prerequisite::When { condition, .. } = p {
                conds.push(condition);
            }
        }
    }
    conds.extend(sc.suspects.iter().filter_map(|s| s.identified_when.as_ref()));
    conds.extend(
        sc.evidence.iter().flat_map(|e| e.methods.iter().filter_map(|m| m.requires.as_ref())),
    );
    for inj in &sc.injects {
        if let Trigger::When(c) = &inj.trigger {
            conds.push(c);
        }
    }
    conds.extend(sc.trial.rules.iter().filter_map(|r| r.supplement_requires.as_ref()));
    for c in &sc.rubric.criteria {
        if let Measure::When(x) = &c.measure {
            conds.push(x);
        }
    }
    conds.extend(sc.debrief.iter().map(|d| &d.when));
    for c in conds {
        walk(c, &mut out);
    }
    out
}
