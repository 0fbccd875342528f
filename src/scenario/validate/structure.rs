//! The structural checks: ids unique and well formed, references that resolve, values in range,
//! laundering legs, injects, phases, the trial and the rubric.

use super::{Checker, LintCode, plain};
use crate::i18n::Msg;
use crate::scenario::*;

impl Checker<'_> {
    pub(super) fn run(&mut self) {
        let sc = self.sc;
        let accounts: Vec<&str> = sc.accounts.iter().map(|a| a.id.as_str()).collect();
        let jurs: Vec<&str> = sc.jurisdictions.iter().map(|a| a.id.as_str()).collect();
        let insts: Vec<&str> = sc.institutions.iter().map(|a| a.id.as_str()).collect();
        let chans: Vec<&str> = sc.channels.iter().map(|a| a.id.as_str()).collect();
        let suspects: Vec<&str> = sc.suspects.iter().map(|a| a.id.as_str()).collect();
        let items: Vec<&str> = sc.evidence.iter().map(|a| a.id.as_str()).collect();
        let sources: Vec<&str> = sc.sources.iter().map(|a| a.id.as_str()).collect();

        self.unique("accounts", accounts.iter().copied());
        self.unique("jurisdictions", jurs.iter().copied());
        self.unique("institutions", insts.iter().copied());
        self.unique("channels", chans.iter().copied());
        self.unique("suspects", suspects.iter().copied());
        self.unique("evidence", items.iter().copied());
        self.unique("sources", sources.iter().copied());
        self.unique("payments", sc.payments.iter().map(|p| p.id.as_str()));
        self.unique("injects", sc.injects.iter().map(|p| p.id.as_str()));
        self.unique("laundering.rules", sc.laundering.rules.iter().map(|p| p.id.as_str()));
        self.unique("phases", sc.phases.iter().map(|p| p.id.as_str()));
        self.unique("rubric.criteria", sc.rubric.criteria.iter().map(|p| p.id.as_str()));
        self.unique("debrief", sc.debrief.iter().map(|p| p.id.as_str()));
        self.unique("trial.rules", sc.trial.rules.iter().map(|p| p.id.as_str()));
        self.unique("trial.proof", sc.trial.proof.iter().map(|p| p.id.as_str()));
        self.unique(
            "measures.freeze.grounds",
            sc.measures.freeze.grounds.iter().map(|p| p.id.as_str()),
        );

        // Metadata.
        self.msg("title".into(), &sc.title);
        self.msg("summary".into(), &sc.summary);
        for (i, o) in sc.objectives.iter().enumerate() {
            self.msg(format!("objectives[{i}]"), o);
        }
        self.msg("briefing.statement".into(), &sc.briefing.statement);
        for (i, o) in sc.briefing.known.iter().enumerate() {
            self.msg(format!("briefing.known[{i}]"), o);
        }
        if !(1..=5).contains(&sc.difficulty) {
            self.err(
                LintCode::BadDifficulty,
                "difficulty".into(),
                Msg::new("validate-bad-difficulty").text("value", sc.difficulty),
                None,
            );
        }
        if sc.languages.is_empty() {
            self.err(
                LintCode::NoLanguages,
                "languages".into(),
                plain("validate-no-languages"),
                Some(plain("validate-no-languages-help")),
            );
        }
        if sc.sources.is_empty() {
            self.warn(LintCode::NoSources, "sources".into(), plain("validate-no-sources"), None);
        }
        for (i, s) in sc.sources.iter().enumerate() {
            match &s.title {
                Some(title) => self.msg(format!("sources[{i}].title"), title),
                None => self.warn(
                    LintCode::UntitledSource,
                    format!("sources[{i}]"),
                    Msg::new("validate-untitled-source").text("source", &s.id),
                    Some(plain("validate-untitled-source-help")),
                ),
            }
        }
        self.reference("home".into(), LintCode::UnknownJurisdiction, &sc.home, &jurs);
        self.reference(
            "victim.jurisdiction".into(),
            LintCode::UnknownJurisdiction,
            &sc.victim.jurisdiction,
            &jurs,
        );
        self.reference(
            "victim.account".into(),
            LintCode::UnknownAccount,
            &sc.victim.account,
            &accounts,
        );
        self.msg("victim.name".into(), &sc.victim.name);

        for (i, j) in sc.jurisdictions.iter().enumerate() {
            self.msg(format!("jurisdictions[{i}].name"), &j.name);
            for (k, a) in j.agreements.iter().enumerate() {
                self.reference(
                    format!("jurisdictions[{i}].agreements[{k}]"),
                    LintCode::UnknownChannel,
                    a,
                    &chans,
                );
            }
        }
        for (i, x) in sc.institutions.iter().enumerate() {
            self.msg(format!("institutions[{i}].name"), &x.name);
            self.reference(
                format!("institutions[{i}].jurisdiction"),
                LintCode::UnknownJurisdiction,
                &x.jurisdiction,
                &jurs,
            );
        }
        for (i, a) in sc.accounts.iter().enumerate() {
            self.msg(format!("accounts[{i}].name"), &a.name);
            if let Some(d) = &a.device {
                self.msg(format!("accounts[{i}].device"), d);
            }
            for (k, r) in a.records.iter().enumerate() {
                self.account_ref(
                    format!("accounts[{i}].records[{k}].counterparty"),
                    &r.counterparty,
                );
            }
            self.reference(
                format!("accounts[{i}].institution"),
                LintCode::UnknownInstitution,
                &a.institution,
                &insts,
            );
        }
        for (i, p) in sc.payments.iter().enumerate() {
            self.account_ref(format!("payments[{i}].from"), &p.from);
            self.account_ref(format!("payments[{i}].to"), &p.to);
            if p.amount == 0 {
                self.warn(
                    LintCode::ZeroPayment,
                    format!("payments[{i}].amount"),
                    plain("validate-zero-payment"),
                    None,
                );
            }
            if p.amount > 1_000_000_000_000 {
                self.err(
                    LintCode::AmountTooLarge,
                    format!("payments[{i}].amount"),
                    plain("validate-amount-too-large"),
                    None,
                );
            }
        }

        // Laundering.
        self.dist("laundering.tipoff.delay".into(), &sc.laundering.tipoff.delay);
        for (k, e) in sc.laundering.tipoff.effects.iter().enumerate() {
            self.effect(format!("laundering.tipoff.effects[{k}]"), e);
        }
        for (i, r) in sc.laundering.rules.iter().enumerate() {
            let p = format!("laundering.rules[{i}]");
            self.account_ref(format!("{p}.from"), &r.from);
            self.dist(format!("{p}.delay"), &r.delay);
            if let Some(d) = &r.tipped_delay {
                self.dist(format!("{p}.tipped_delay"), d);
            }
            if let Some(c) = &r.when {
                self.cond(format!("{p}.when"), c);
            }
            if r.legs.is_empty() {
                self.err(
                    LintCode::EmptyLegs,
                    format!("{p}.legs"),
                    plain("validate-empty-legs"),
                    None,
                );
            }
            let sum: u64 = r.legs.iter().map(|l| u64::from(l.percent)).sum();
            if sum != 100 && !r.legs.is_empty() {
                self.err(
                    LintCode::LegsNot100,
                    format!("{p}.legs"),
                    Msg::new("validate-legs-not-100").text("sum", sum),
                    Some(plain("validate-legs-not-100-help")),
                );
            }
            for (k, l) in r.legs.iter().enumerate() {
                self.account_ref(format!("{p}.legs[{k}].to"), &l.to);
                if l.to == r.from {
                    self.err(
                        LintCode::RuleSelfLoop,
                        format!("{p}.legs[{k}].to"),
                        plain("validate-rule-self-loop"),
                        None,
                    );
                }
            }
            if sc.account(&r.from).is_some_and(|a| a.cash_out) {
                self.warn(
                    LintCode::CashOutRule,
                    format!("{p}.from"),
                    Msg::new("validate-cash-out-rule").text("account", &r.from),
                    None,
                );
            }
        }
        self.loops();

        // Measures.
        let m = &sc.measures;
        self.dist("measures.stop_payment.takes_effect".into(), &m.stop_payment.takes_effect);
        self.nonneg("measures.stop_payment.lasts".into(), m.stop_payment.lasts);
        self.source_ref("measures.stop_payment.source".into(), &m.stop_payment.source, &sources);
        self.dist("measures.freeze.approval".into(), &m.freeze.approval);
        self.nonneg("measures.freeze.lasts".into(), m.freeze.lasts);
        self.source_ref("measures.freeze.source".into(), &m.freeze.source, &sources);
        self.nonneg("measures.return_funds.takes".into(), m.return_funds.takes);
        self.source_ref("measures.return_funds.source".into(), &m.return_funds.source, &sources);
        self.source_ref("measures.monitor.source".into(), &m.monitor.source, &sources);
        if let Some(a) = &m.arrest {
            self.dist("measures.arrest.approval".into(), &a.approval);
            self.source_ref("measures.arrest.source".into(), &a.source, &sources);
            if let Some(c) = &a.requires {
                self.cond("measures.arrest.requires".into(), c);
            }
            if let Some(r) = &a.reason {
                self.msg("measures.arrest.reason".into(), r);
            }
        }
        for (i, g) in m.freeze.grounds.iter().enumerate() {
            self.msg(format!("measures.freeze.grounds[{i}].name"), &g.name);
            if let Some(c) = &g.requires {
                self.cond(format!("measures.freeze.grounds[{i}].requires"), c);
            }
        }

        // Channels.
        for (i, ch) in sc.channels.iter().enumerate() {
            let p = format!("channels[{i}]");
            self.msg(format!("{p}.name"), &ch.name);
            for (k, j) in ch.reach.iter().enumerate() {
                self.reference(format!("{p}.reach[{k}]"), LintCode::UnknownJurisdiction, j, &jurs);
            }
            self.dist(format!("{p}.response"), &ch.response);
            if let Some(d) = &ch.routing {
                self.dist(format!("{p}.routing"), d);
            }
            self.prob(format!("{p}.success"), ch.success);
            self.source_ref(format!("{p}.source"), &ch.source, &sources);
            if let Incomplete::Delay(d) = ch.incomplete {
                self.nonneg(format!("{p}.incomplete"), d);
            }
            self.unique(&format!("{p}.elements"), ch.elements.iter().map(|e| e.id.as_str()));
            self.unique(&format!("{p}.services"), ch.services.iter().map(|e| e.id.as_str()));
            for (k, e) in ch.elements.iter().enumerate() {
                self.msg(format!("{p}.elements[{k}].name"), &e.name);
            }
            for (k, pr) in ch.requires.iter().enumerate() {
                self.prerequisite(format!("{p}.requires[{k}]"), pr, &ch.services);
            }
            if let Some(r) = &ch.draft {
                self.draft_rule(format!("{p}.draft"), r);
            }
            for (k, sv) in ch.services.iter().enumerate() {
                let q = format!("{p}.services[{k}]");
                self.msg(format!("{q}.name"), &sv.name);
                if let Some(r) = &sv.draft {
                    self.draft_rule(format!("{q}.draft"), r);
                }
                for (r, pr) in sv.requires.iter().enumerate() {
                    self.prerequisite(format!("{q}.requires[{r}]"), pr, std::slice::from_ref(sv));
                }
                if let Some(els) = &sv.elements {
                    self.unique(&format!("{q}.elements"), els.iter().map(|e| e.id.as_str()));
                    for (e, el) in els.iter().enumerate() {
                        self.msg(format!("{q}.elements[{e}].name"), &el.name);
                    }
                }
                if let Some(d) = &sv.response {
                    self.dist(format!("{q}.response"), d);
                }
                if let Some(s) = sv.success {
                    self.prob(format!("{q}.success"), s);
                }
                for (e, eff) in sv.effects.iter().enumerate() {
                    let fits = match eff {
                        ServiceEffect::Hold(d) | ServiceEffect::Freeze(d) => {
                            self.nonneg(format!("{q}.effects[{e}]"), *d);
                            sv.target == TargetKind::Account
                        }
                        ServiceEffect::Return | ServiceEffect::Trace | ServiceEffect::Statement => {
                            sv.target == TargetKind::Account
                        }
                        ServiceEffect::ReturnAfterVerdict(share) => {
                            if *share > 100 {
                                self.err(
                                    LintCode::BadProbability,
                                    format!("{q}.effects[{e}]"),
                                    plain("validate-share-range"),
                                    None,
                                );
                            }
                            sv.target == TargetKind::Account
                        }
                        ServiceEffect::HandOver => sv.target == TargetKind::Jurisdiction,
                        ServiceEffect::Identify
                        | ServiceEffect::Locate
                        | ServiceEffect::Arrest
                        | ServiceEffect::Repatriate => sv.target == TargetKind::Suspect,
                        ServiceEffect::Obtain => sv.target == TargetKind::Evidence,
                        ServiceEffect::Do(x) => {
                            self.effect(format!("{q}.effects[{e}]"), x);
                            true
                        }
                    };
                    if !fits {
                        self.err(
                            LintCode::EffectWrongTarget,
                            format!("{q}.effects[{e}]"),
                            Msg::new("validate-effect-wrong-target")
                                .text("target", format!("{:?}", sv.target)),
                            Some(plain("validate-effect-wrong-target-help")),
                        );
                    }
                }
            }
        }

        // Suspects and evidence.
        for (i, s) in sc.suspects.iter().enumerate() {
            self.msg(format!("suspects[{i}].name"), &s.name);
            self.msg(format!("suspects[{i}].role"), &s.role);
            self.reference(
                format!("suspects[{i}].jurisdiction"),
                LintCode::UnknownJurisdiction,
                &s.jurisdiction,
                &jurs,
            );
            if let Some(f) = &s.flees_to {
                self.reference(
                    format!("suspects[{i}].flees_to"),
                    LintCode::UnknownJurisdiction,
                    f,
                    &jurs,
                );
            }
            if let Some(c) = &s.identified_when {
                self.cond(format!("suspects[{i}].identified_when"), c);
            }
        }
        for (i, e) in sc.evidence.iter().enumerate() {
            self.msg(format!("evidence[{i}].name"), &e.name);
            self.reference(
                format!("evidence[{i}].jurisdiction"),
                LintCode::UnknownJurisdiction,
                &e.jurisdiction,
                &jurs,
            );
            if let Some(a) = &e.initially {
                self.acq(format!("evidence[{i}].initially"), a);
            }
            self.unique(&format!("evidence[{i}].methods"), e.methods.iter().map(|m| m.id.as_str()));
            for (k, m) in e.methods.iter().enumerate() {
                let p = format!("evidence[{i}].methods[{k}]");
                self.msg(format!("{p}.name"), &m.name);
                self.nonneg(format!("{p}.takes"), m.takes);
                self.acq(format!("{p}.provenance"), &m.provenance);
                if let Some(c) = &m.requires {
                    self.cond(format!("{p}.requires"), c);
                }
                for (x, eff) in m.effects.iter().enumerate() {
                    self.effect(format!("{p}.effects[{x}]"), eff);
                }
                if !m.provenance.lawful && m.compliance == 0 {
                    self.warn(
                        LintCode::UnlawfulMethodFree,
                        format!("{p}.compliance"),
                        plain("validate-unlawful-method-free"),
                        Some(plain("validate-unlawful-method-free-help")),
                    );
                }
            }
        }

        // Statements, facts, bases, tasks.
        if let Some(an) = &sc.analysis {
            self.dist("analysis.query".into(), &an.query);
            self.dist("analysis.chain".into(), &an.chain);
            self.nonneg("analysis.link".into(), an.link);
            self.nonneg("analysis.wrong_link".into(), an.wrong_link);
            let srcs = Self::ids(sc.sources.iter().map(|s| s.id.as_str()));
            self.source_ref("analysis.source".into(), &an.source, &srcs);
        }
        self.unique("facts", sc.facts.iter().map(|f| f.id.as_str()));
        for (i, f) in sc.facts.iter().enumerate() {
            self.msg(format!("facts[{i}].name"), &f.name);
            self.cond(format!("facts[{i}].established"), &f.established);
            if let Some(a) = &f.about
                && sc.name_of(a).is_none()
            {
                self.account_ref(format!("facts[{i}].about"), a);
            }
        }
        self.unique("bases", sc.bases.iter().map(|f| f.id.as_str()));
        for (i, b) in sc.bases.iter().enumerate() {
            self.msg(format!("bases[{i}].name"), &b.name);
        }
        self.unique("tasks", sc.tasks.iter().map(|f| f.id.as_str()));
        for (i, t) in sc.tasks.iter().enumerate() {
            self.msg(format!("tasks[{i}].name"), &t.name);
            if let Some(r) = &t.reason {
                self.msg(format!("tasks[{i}].reason"), r);
            }
            if let Some(c) = &t.requires {
                self.cond(format!("tasks[{i}].requires"), c);
            }
            self.nonneg(format!("tasks[{i}].takes"), t.takes);
            for (k, e) in t.effects.iter().enumerate() {
                self.effect(format!("tasks[{i}].effects[{k}]"), e);
            }
        }

        // Injects.
        for (i, inj) in sc.injects.iter().enumerate() {
            let p = format!("injects[{i}]");
            self.msg(format!("{p}.text"), &inj.text);
            if let Some(lang) = &inj.language
                && !sc.languages.contains(lang)
            {
                self.err(
                    LintCode::MissingLocale,
                    format!("{p}.language"),
                    Msg::new("validate-missing-locale").text("lang", lang),
                    Some(
                        Msg::new("validate-missing-locale-help")
                            .text("lang", lang)
                            .text("case", &sc.id),
                    ),
                );
            }
            if let Some(d) = inj.translation {
                self.nonneg(format!("{p}.translation"), d);
            }
            if let Some(f) = &inj.from {
                self.msg(format!("{p}.from"), f);
            }
            match &inj.trigger {
                Trigger::At(t) => self.nonneg(format!("{p}.trigger"), *t),
                Trigger::When(c) => self.cond(format!("{p}.trigger"), c),
            }
            for (k, e) in inj.effects.iter().enumerate() {
                self.effect(format!("{p}.effects[{k}]"), e);
            }
            self.unique(&format!("{p}.choices"), inj.choices.iter().map(|c| c.id.as_str()));
            for (k, c) in inj.choices.iter().enumerate() {
                self.msg(format!("{p}.choices[{k}].text"), &c.text);
                for (e, eff) in c.effects.iter().enumerate() {
                    self.effect(format!("{p}.choices[{k}].effects[{e}]"), eff);
                }
            }
            if let Some(d) = &inj.default {
                let ids: Vec<&str> = inj.choices.iter().map(|c| c.id.as_str()).collect();
                self.reference(format!("{p}.default"), LintCode::UnknownChoice, d, &ids);
                if inj.deadline.is_none() {
                    self.warn(
                        LintCode::DefaultWithoutDeadline,
                        format!("{p}.default"),
                        plain("validate-default-without-deadline"),
                        None,
                    );
                }
            }
            if let Some(d) = inj.deadline {
                self.nonneg(format!("{p}.deadline"), d);
                if inj.default.is_none() {
                    self.err(
                        LintCode::DeadlineWithoutDefault,
                        format!("{p}.deadline"),
                        plain("validate-deadline-without-default"),
                        None,
                    );
                }
            }
        }

        // Phases, trial, close.
        for (i, ph) in sc.phases.iter().enumerate() {
            self.msg(format!("phases[{i}].name"), &ph.name);
            if i > 0 && ph.starts < sc.phases[i - 1].starts {
                self.err(
                    LintCode::PhaseOrder,
                    format!("phases[{i}].starts"),
                    plain("validate-phase-order"),
                    None,
                );
            }
        }
        let t = &sc.trial;
        if t.opens.0 < 0 || t.verdict <= t.opens {
            self.err(
                LintCode::TrialOrder,
                "trial.verdict".into(),
                plain("validate-trial-order"),
                None,
            );
        }
        if sc.ends < t.verdict {
            self.err(
                LintCode::EndsBeforeVerdict,
                "ends".into(),
                plain("validate-ends-before-verdict"),
                Some(Msg::new("validate-ends-before-verdict-help").text("verdict", t.verdict)),
            );
        }
        if let Some(r) = &t.review {
            self.source_ref("trial.review.source".into(), &r.source, &sources);
            self.nonneg("trial.review.each".into(), r.each);
            if r.at.0 < 0 || r.at >= t.opens {
                self.err(
                    LintCode::ReviewAfterTrial,
                    "trial.review.at".into(),
                    plain("validate-review-after-trial"),
                    Some(Msg::new("validate-review-after-trial-help").text("opens", t.opens)),
                );
            }
        }
        for (i, r) in t.rules.iter().enumerate() {
            let p = format!("trial.rules[{i}]");
            self.msg(format!("{p}.challenge"), &r.challenge);
            self.msg(format!("{p}.reason"), &r.reason);
            self.source_ref(format!("{p}.source"), &r.source, &sources);
            self.item_test(format!("{p}.applies"), &r.applies);
            if let Some(c) = &r.supplement_requires {
                self.cond(format!("{p}.supplement_requires"), c);
            }
        }
        for (i, l) in t.proof.iter().enumerate() {
            self.msg(format!("trial.proof[{i}].name"), &l.name);
            if l.any_of.is_empty() {
                self.err(
                    LintCode::EmptyProofLink,
                    format!("trial.proof[{i}].any_of"),
                    plain("validate-empty-proof-link"),
                    None,
                );
            }
            for (k, it) in l.any_of.iter().enumerate() {
                self.reference(
                    format!("trial.proof[{i}].any_of[{k}]"),
                    LintCode::UnknownEvidenceItem,
                    it,
                    &items,
                );
            }
        }

        // Rubric and debrief.
        let total: u64 = sc.rubric.criteria.iter().map(|c| u64::from(c.weight)).sum();
        if total == 0 {
            self.err(
                LintCode::ZeroWeights,
                "rubric.criteria".into(),
                plain("validate-zero-weights"),
                Some(plain("validate-zero-weights-help")),
            );
        }
        for (i, c) in sc.rubric.criteria.iter().enumerate() {
            self.msg(format!("rubric.criteria[{i}].name"), &c.name);
            if c.weight > 1000 {
                self.err(
                    LintCode::WeightTooLarge,
                    format!("rubric.criteria[{i}].weight"),
                    plain("validate-weight-too-large"),
                    None,
                );
            }
            if let Measure::When(cond) = &c.measure {
                self.cond(format!("rubric.criteria[{i}].measure"), cond);
            }
            if let Measure::Share(conds) = &c.measure {
                for (k, cond) in conds.iter().enumerate() {
                    self.cond(format!("rubric.criteria[{i}].measure[{k}]"), cond);
                }
            }
        }
        if sc.rubric.bands.is_empty() {
            self.err(
                LintCode::NoBands,
                "rubric.bands".into(),
                plain("validate-no-bands"),
                Some(plain("validate-no-bands-help")),
            );
        } else if !sc.rubric.bands.iter().any(|b| b.min == 0) {
            self.err(
                LintCode::NoZeroBand,
                "rubric.bands".into(),
                plain("validate-no-zero-band"),
                None,
            );
        }
        for (i, b) in sc.rubric.bands.iter().enumerate() {
            self.msg(format!("rubric.bands[{i}].name"), &b.name);
            if b.min > 100 {
                self.err(
                    LintCode::BandRange,
                    format!("rubric.bands[{i}].min"),
                    plain("validate-band-range"),
                    None,
                );
            }
        }
        for (i, d) in sc.debrief.iter().enumerate() {
            self.msg(format!("debrief[{i}].text"), &d.text);
            self.cond(format!("debrief[{i}].when"), &d.when);
            if let Some(s) = &d.source {
                self.reference(
                    format!("debrief[{i}].source"),
                    LintCode::UnknownSource,
                    s,
                    &sources,
                );
            }
        }

        // Reference lines.
        for want in ["expert", "passive", "reckless"] {
            if !sc.lines.contains_key(want) {
                self.err(
                    LintCode::MissingLine,
                    "lines".into(),
                    Msg::new("validate-missing-line").text("line", want),
                    Some(plain("validate-missing-line-help")),
                );
            }
        }
        for (name, line) in &sc.lines {
            for (i, ta) in line.iter().enumerate() {
                let p = format!("lines[\"{name}\"][{i}]");
                self.nonneg(format!("{p}.at"), ta.at);
                self.action(format!("{p}.do"), &ta.act);
                if let Some(c) = &ta.when {
                    self.cond(format!("{p}.when"), c);
                }
            }
        }
    }
}

impl Checker<'_> {
    /// A channel's or service's prerequisite: its condition and message, and an approved arrest
    /// only where the case has an arrest rule and the services it guards target suspects.
    fn prerequisite(
        &mut self,
        path: String,
        pr: &Prerequisite,
        services: &[crate::scenario::Service],
    ) {
        match pr {
            Prerequisite::When { condition, reason } => {
                self.cond(format!("{path}.condition"), condition);
                self.msg(format!("{path}.reason"), reason);
            }
            Prerequisite::ArrestApproved => {
                let suspects = services.iter().all(|s| s.target == TargetKind::Suspect);
                if self.sc.measures.arrest.is_none() || !suspects {
                    self.err(
                        LintCode::NoArrestRule,
                        path,
                        plain("validate-no-arrest-rule"),
                        Some(plain("validate-no-arrest-rule-help")),
                    );
                }
            }
            Prerequisite::Agreement | Prerequisite::VictimCountry => {}
        }
    }
}
