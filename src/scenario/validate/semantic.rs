//! Semantic lints: content no play can reach (injects, accounts, evidence, rubric criteria,
//! debrief texts), flags nothing sets, and chances that make a channel useless. A static,
//! conservative analysis: a warning here means no playthrough can reach the thing.

use std::collections::BTreeSet;

use super::{Checker, LintCode};
use crate::i18n::{Arg, Msg};
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
                sc.ids().inject(inject).is_some_and(|i| self.injects[i])
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
        // Along the rules from each account money reaches, each account once (rules listed in
        // any order: no pass over all rules per step of a long chain).
        let mut rules_from: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        for (i, rule) in sc.laundering.rules.iter().enumerate() {
            rules_from.entry(rule.from.as_str()).or_default().push(i);
        }
        let mut todo: Vec<&str> = r.money.iter().copied().collect();
        while let Some(a) = todo.pop() {
            for &i in rules_from.get(a).map(Vec::as_slice).unwrap_or(&[]) {
                for l in &sc.laundering.rules[i].legs {
                    if r.money.insert(l.to.as_str()) {
                        todo.push(l.to.as_str());
                    }
                }
            }
        }
        // Effects that need no inject: tip-off, services and collection methods.
        let mut base: Vec<&Effect> = sc.laundering.tipoff.effects.iter().collect();
        base.extend(sc.evidence.iter().flat_map(|it| it.methods.iter().flat_map(|m| &m.effects)));
        // Tasks (conservatively: whatever their `requires`).
        base.extend(sc.tasks.iter().flat_map(|t| &t.effects));
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
                    Msg::new("validate-unreachable-inject-at").text("id", &inj.id).text("at", t),
                    "validate-unreachable-inject-at-help",
                ),
                Trigger::When(_) => (
                    Msg::new("validate-unreachable-inject-when").text("id", &inj.id),
                    "validate-unreachable-inject-when-help",
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
                    Msg::new("validate-inert-decision").text("id", &inj.id),
                    "validate-inert-decision-help",
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
                            Msg::new("validate-unreachable-choice").text("id", &c.id),
                            "validate-unreachable-choice-help",
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
        // Counterparties on statements: the innocent accounts a wrong link leads to.
        for a in sc.accounts.iter().filter(|a| !a.records.is_empty()) {
            touched.insert(a.id.as_str());
            touched.extend(a.records.iter().map(|r| r.counterparty.as_str()));
        }
        let mut by_money: BTreeSet<&str> = BTreeSet::new();
        for p in &sc.payments {
            by_money.extend([p.from.as_str(), p.to.as_str()]);
        }
        for rule in &sc.laundering.rules {
            by_money.insert(rule.from.as_str());
            by_money.extend(rule.legs.iter().map(|l| l.to.as_str()));
        }
        let touched_by_money = |id: &str| by_money.contains(id);
        let payers: BTreeSet<&str> = sc.payments.iter().map(|p| p.from.as_str()).collect();
        for (i, a) in sc.accounts.iter().enumerate() {
            if !touched.contains(a.id.as_str()) && a.balance == 0 {
                self.warn_about(
                    LintCode::UnusedAccount,
                    format!("accounts[{i}].id"),
                    &a.id,
                    Msg::new("validate-unused-account").text("id", &a.id),
                    "validate-unused-account-help",
                );
            } else if touched_by_money(&a.id)
                && !r.money.contains(a.id.as_str())
                && a.id != sc.victim.account
                && !payers.contains(a.id.as_str())
            {
                self.warn_about(
                    LintCode::UnreachableAccount,
                    format!("accounts[{i}].id"),
                    &a.id,
                    Msg::new("validate-unreachable-account").text("id", &a.id),
                    "validate-unreachable-account-help",
                );
            }
        }

        self.investigation_lints();

        for (i, it) in sc.evidence.iter().enumerate() {
            if !r.items.contains(it.id.as_str()) {
                self.warn_about(
                    LintCode::UnreachableEvidence,
                    format!("evidence[{i}].id"),
                    &it.id,
                    Msg::new("validate-unreachable-evidence").text("id", &it.id),
                    "validate-unreachable-evidence-help",
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
                    Msg::new("validate-unset-flag").text("id", f),
                    "validate-unset-flag-help",
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
                Measure::When(cond) if !r.possible(cond, sc) => Some("validate-why-condition"),
                Measure::Identified | Measure::InCustody if sc.suspects.is_empty() => {
                    Some("validate-why-no-suspects")
                }
                Measure::Identified if r.identified.is_empty() => {
                    Some("validate-why-no-identified")
                }
                Measure::Admitted if !producible => Some("validate-why-no-evidence"),
                Measure::Convicted if !convictable => Some("validate-why-no-conviction"),
                Measure::Recovered | Measure::Secured if sc.total_paid() == 0 => {
                    Some("validate-why-no-payment")
                }
                _ => None,
            };
            if let Some(why) = why {
                self.warn_about(
                    LintCode::UnreachableCriterion,
                    format!("rubric.criteria[{i}].measure"),
                    &c.id,
                    Msg::new("validate-unreachable-criterion")
                        .text("id", &c.id)
                        .arg("why", Arg::Ref(why.to_string())),
                    "validate-unreachable-criterion-help",
                );
            }
        }

        for (i, d) in sc.debrief.iter().enumerate() {
            if !r.possible(&d.when, sc) {
                self.warn_about(
                    LintCode::UnreachableDebrief,
                    format!("debrief[{i}].when"),
                    &d.id,
                    Msg::new("validate-unreachable-debrief").text("id", &d.id),
                    "validate-unreachable-debrief-help",
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
                    Msg::new("validate-never-succeeds-channel").text("id", &ch.id),
                    "validate-never-succeeds-channel-help",
                );
            }
            for (k, sv) in ch.services.iter().enumerate() {
                if sv.success == Some(0.0) {
                    self.warn_about(
                        LintCode::NeverSucceeds,
                        format!("channels[{i}].services[{k}].success"),
                        &sv.id,
                        Msg::new("validate-never-succeeds-service").text("id", &sv.id),
                        "validate-never-succeeds-service-help",
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
                    Msg::new("validate-duplicate-band").text("min", b.min),
                    "validate-duplicate-band-help",
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

impl Checker<'_> {
    /// Statements nothing produces, facts no draft needs and bases no draft accepts.
    fn investigation_lints(&mut self) {
        let sc = self.sc;
        // A query reaches home accounts and public-ledger wallets; a `Statement` service
        // reaches accounts in the jurisdictions of its channel.
        let by_service: BTreeSet<&str> = sc
            .channels
            .iter()
            .filter(|ch| {
                ch.services.iter().any(|s| {
                    s.target == TargetKind::Account
                        && s.effects.iter().any(|e| matches!(e, ServiceEffect::Statement))
                })
            })
            .flat_map(|ch| ch.reach.iter().map(String::as_str))
            .collect();
        for (i, a) in sc.accounts.iter().enumerate() {
            if a.records.is_empty() {
                continue;
            }
            let inst = sc.institution(&a.institution);
            let j = inst.map(|x| x.jurisdiction.as_str()).unwrap_or_default();
            let ledger = inst.is_some_and(|x| x.kind == crate::scenario::InstitutionKind::Wallet);
            let queryable = sc.analysis.is_some() && (ledger || j == sc.home);
            if !queryable && !by_service.contains(j) {
                self.warn_about(
                    LintCode::StatementUnreachable,
                    format!("accounts[{i}].records"),
                    &a.id,
                    Msg::new("validate-statement-unreachable").text("id", &a.id),
                    "validate-statement-unreachable-help",
                );
            }
        }
        let rules: Vec<&crate::scenario::DraftRule> = sc
            .channels
            .iter()
            .flat_map(|ch| ch.draft.iter().chain(ch.services.iter().flat_map(|s| s.draft.iter())))
            .collect();
        for (i, f) in sc.facts.iter().enumerate() {
            if !rules.iter().any(|r| r.needs.contains(&f.id)) {
                self.warn_about(
                    LintCode::UnusedFact,
                    format!("facts[{i}].id"),
                    &f.id,
                    Msg::new("validate-unused-fact").text("id", &f.id),
                    "validate-unused-fact-help",
                );
            }
        }
        for (i, b) in sc.bases.iter().enumerate() {
            if !rules.iter().any(|r| r.bases.contains(&b.id)) {
                self.warn_about(
                    LintCode::UnusedBasis,
                    format!("bases[{i}].id"),
                    &b.id,
                    Msg::new("validate-unused-basis").text("id", &b.id),
                    "validate-unused-basis-help",
                );
            }
        }
    }
}
