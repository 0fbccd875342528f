//! Checks that follow references through conditions, effects and actions; the laundering-loop
//! check; and the translations of every message the case uses.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, LintCode, plain};
use crate::i18n::{Catalog, Msg};
use crate::scenario::*;

impl Checker<'_> {
    pub(super) fn source_ref(&mut self, path: String, id: &str, sources: &[&str]) {
        self.reference(path, LintCode::UnknownSource, id, sources);
    }

    pub(super) fn acq(&mut self, path: String, a: &Acquisition) {
        self.msg(format!("{path}.source"), &a.source);
        self.msg(format!("{path}.provider"), &a.provider);
        self.msg(format!("{path}.extractor"), &a.extractor);
    }

    pub(super) fn ids<'b>(list: impl IntoIterator<Item = &'b str>) -> Vec<&'b str> {
        list.into_iter().collect()
    }

    // A known id is one probe of the case's id tables; the list of ids is only gathered to
    // report one that is not there (a big case has many references and many ids).
    pub(super) fn account_ref(&mut self, path: String, id: &str) {
        if self.sc.ids().account(id).is_none() {
            let known = Self::ids(self.sc.accounts.iter().map(|a| a.id.as_str()));
            self.reference(path, LintCode::UnknownAccount, id, &known);
        }
    }
    pub(super) fn suspect_ref(&mut self, path: String, id: &str) {
        if self.sc.ids().suspect(id).is_none() {
            let known = Self::ids(self.sc.suspects.iter().map(|a| a.id.as_str()));
            self.reference(path, LintCode::UnknownSuspect, id, &known);
        }
    }
    pub(super) fn jurisdiction_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.jurisdictions.iter().map(|a| a.id.as_str()));
        self.reference(path, LintCode::UnknownJurisdiction, id, &known);
    }
    pub(super) fn item_ref(&mut self, path: String, id: &str) {
        if self.sc.ids().item(id).is_none() {
            let known = Self::ids(self.sc.evidence.iter().map(|a| a.id.as_str()));
            self.reference(path, LintCode::UnknownEvidenceItem, id, &known);
        }
    }
    pub(super) fn inject_ref(&mut self, path: String, id: &str) {
        if self.sc.inject(id).is_none() {
            let known = Self::ids(self.sc.injects.iter().map(|a| a.id.as_str()));
            self.reference(path, LintCode::UnknownInject, id, &known);
        }
    }
    pub(super) fn fact_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.facts.iter().map(|a| a.id.as_str()));
        self.reference(path, LintCode::UnknownFact, id, &known);
    }
    pub(super) fn basis_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.bases.iter().map(|a| a.id.as_str()));
        self.reference(path, LintCode::UnknownBasis, id, &known);
    }
    pub(super) fn task_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.tasks.iter().map(|a| a.id.as_str()));
        self.reference(path, LintCode::UnknownTask, id, &known);
    }
    /// A drafted request's facts, basis and attachments.
    pub(super) fn draft(&mut self, path: String, d: &Draft) {
        for (i, f) in d.facts.iter().enumerate() {
            self.fact_ref(format!("{path}.facts[{i}]"), f);
        }
        if let Some(b) = &d.basis {
            self.basis_ref(format!("{path}.basis"), b);
        }
        for (i, x) in d.attach.iter().enumerate() {
            self.item_ref(format!("{path}.attach[{i}]"), x);
        }
    }
    /// What a channel or service needs of a draft.
    pub(super) fn draft_rule(&mut self, path: String, r: &DraftRule) {
        for (i, f) in r.needs.iter().enumerate() {
            self.fact_ref(format!("{path}.needs[{i}]"), f);
        }
        for (i, b) in r.bases.iter().enumerate() {
            self.basis_ref(format!("{path}.bases[{i}]"), b);
        }
        for (i, x) in r.attach.iter().enumerate() {
            self.item_ref(format!("{path}.attach[{i}]"), x);
        }
    }
    pub(super) fn channel_ref(&mut self, path: String, id: &str) {
        if self.sc.ids().channel(id).is_none() {
            let known = Self::ids(self.sc.channels.iter().map(|a| a.id.as_str()));
            self.reference(path, LintCode::UnknownChannel, id, &known);
        }
    }
    pub(super) fn flag_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.flags.iter().map(|a| a.as_str()));
        self.reference(path, LintCode::UnknownFlag, id, &known);
    }

    pub(super) fn cond(&mut self, path: String, c: &Condition) {
        match c {
            Condition::Always
            | Condition::Tipped
            | Condition::Convicted
            | Condition::ReturnedForInvestigation => {}
            Condition::Flag(f) => self.flag_ref(path.to_string(), f),
            Condition::Not(x) => self.cond(path, x),
            Condition::All(v) | Condition::Any(v) => {
                for (i, x) in v.iter().enumerate() {
                    self.cond(format!("{path}[{i}]"), x);
                }
            }
            Condition::After(t) => self.nonneg(path, *t),
            Condition::Held(a)
            | Condition::Frozen(a)
            | Condition::Monitored(a)
            | Condition::Traced(a)
            | Condition::Known(a)
            | Condition::Queried(a)
            | Condition::Reached(a) => self.account_ref(path, a),
            Condition::Done(t) => self.task_ref(path, t),
            Condition::Translated(i) => self.inject_ref(path, i),
            Condition::Identified(s)
            | Condition::Located(s)
            | Condition::ArrestApproved(s)
            | Condition::Arrested(s)
            | Condition::InCustody(s) => self.suspect_ref(path, s),
            Condition::HasEvidence(i)
            | Condition::Formal(i)
            | Condition::Preserved(i)
            | Condition::Tainted(i)
            | Condition::Admitted(i)
            | Condition::Challenged(i)
            | Condition::Excluded(i) => self.item_ref(path, i),
            Condition::Awaiting(inject) => self.inject_ref(path, inject),
            Condition::Chose { inject, choice } => match self.sc.inject(inject) {
                None => self.inject_ref(path, inject),
                Some(inj) => {
                    let known = Self::ids(inj.choices.iter().map(|a| a.id.as_str()));
                    self.reference(path, LintCode::UnknownChoice, choice, &known);
                }
            },
            Condition::HeldThrough { account, channel } => {
                self.account_ref(format!("{path}.account"), account);
                self.channel_ref(format!("{path}.channel"), channel);
            }
            Condition::Requested(ch) => self.channel_ref(path, ch),
            Condition::Recovered(p) | Condition::Secured(p) => {
                if *p > 100 {
                    self.err(
                        LintCode::BadPercentage,
                        path,
                        Msg::new("validate-bad-percentage").text("value", p),
                        None,
                    );
                }
            }
        }
    }

    pub(super) fn item_test(&mut self, path: String, t: &ItemTest) {
        match t {
            ItemTest::Item(i) => self.item_ref(path, i),
            ItemTest::All(v) | ItemTest::Any(v) => {
                for (i, x) in v.iter().enumerate() {
                    self.item_test(format!("{path}[{i}]"), x);
                }
            }
            ItemTest::Not(x) => self.item_test(path, x),
            _ => {}
        }
    }

    pub(super) fn effect(&mut self, path: String, e: &Effect) {
        match e {
            Effect::SetFlag(f) | Effect::ClearFlag(f) => self.flag_ref(path, f),
            Effect::Compliance { reason, .. } => self.msg(path, reason),
            Effect::TipOff => {}
            Effect::CancelPayment(p) => {
                let known = Self::ids(self.sc.payments.iter().map(|a| a.id.as_str()));
                self.reference(path, LintCode::UnknownPayment, p, &known);
            }
            Effect::Reveal(a) => self.account_ref(path, a),
            Effect::Identify(s) => self.suspect_ref(path, s),
            Effect::GiveEvidence { item, provenance } => {
                self.item_ref(format!("{path}.item"), item);
                self.acq(format!("{path}.provenance"), provenance);
            }
            Effect::Message(m) => self.msg(path, m),
        }
    }

    pub(super) fn action(&mut self, path: String, a: &Action) {
        let sc = self.sc;
        match a {
            Action::StopPayment { account }
            | Action::RenewStopPayment { account }
            | Action::RenewFreeze { account }
            | Action::ReturnFunds { account }
            | Action::Monitor { account } => self.account_ref(format!("{path}.account"), account),
            Action::SeekArrest { suspect } => self.suspect_ref(format!("{path}.suspect"), suspect),
            Action::Freeze { account, grounds } => {
                self.account_ref(format!("{path}.account"), account);
                let known = Self::ids(sc.measures.freeze.grounds.iter().map(|g| g.id.as_str()));
                for (i, g) in grounds.iter().enumerate() {
                    self.reference(
                        format!("{path}.grounds[{i}]"),
                        LintCode::UnknownGround,
                        g,
                        &known,
                    );
                }
            }
            Action::Request { channel, service, target, elements, draft } => {
                if let Some(d) = draft {
                    self.draft(format!("{path}.draft"), d);
                }
                let chans = Self::ids(sc.channels.iter().map(|c| c.id.as_str()));
                self.reference(
                    format!("{path}.channel"),
                    LintCode::UnknownChannel,
                    channel,
                    &chans,
                );
                if let Some(ch) = sc.channel(channel) {
                    let svs = Self::ids(ch.services.iter().map(|s| s.id.as_str()));
                    self.reference(
                        format!("{path}.service"),
                        LintCode::UnknownService,
                        service,
                        &svs,
                    );
                    let listed = match ch.service(service) {
                        Some(sv) => ch.elements_of(sv),
                        None => &ch.elements,
                    };
                    let els = Self::ids(listed.iter().map(|s| s.id.as_str()));
                    for (i, e) in elements.iter().enumerate() {
                        self.reference(
                            format!("{path}.elements[{i}]"),
                            LintCode::UnknownRequestElement,
                            e,
                            &els,
                        );
                    }
                }
                match target {
                    Target::Account(x) => self.account_ref(format!("{path}.target"), x),
                    Target::Suspect(x) => self.suspect_ref(format!("{path}.target"), x),
                    Target::Evidence(x) => self.item_ref(format!("{path}.target"), x),
                    Target::Jurisdiction(x) => self.jurisdiction_ref(format!("{path}.target"), x),
                }
            }
            Action::Collect { item, method } => {
                self.item_ref(format!("{path}.item"), item);
                if let Some(it) = sc.item(item) {
                    let ms = Self::ids(it.methods.iter().map(|m| m.id.as_str()));
                    self.reference(format!("{path}.method"), LintCode::UnknownMethod, method, &ms);
                }
            }
            Action::Preserve { item, .. } | Action::Answer { item, .. } => {
                self.item_ref(format!("{path}.item"), item)
            }
            Action::Query { account } => self.account_ref(format!("{path}.account"), account),
            Action::Link { from, to } => {
                self.account_ref(format!("{path}.from"), from);
                self.account_ref(format!("{path}.to"), to);
            }
            Action::Translate { inject } => self.inject_ref(format!("{path}.inject"), inject),
            Action::Task { task } => self.task_ref(format!("{path}.task"), task),
            Action::Choose { inject, choice } => self
                .cond(path, &Condition::Chose { inject: inject.clone(), choice: choice.clone() }),
            Action::FireInject { inject } => {
                let optional =
                    Self::ids(sc.injects.iter().filter(|i| i.optional).map(|i| i.id.as_str()));
                self.reference(
                    format!("{path}.inject"),
                    LintCode::UnknownOptionalInject,
                    inject,
                    &optional,
                );
            }
        }
    }

    /// Laundering rules that can send money round forever are an error: the engine would only
    /// stop at its event bound.
    pub(super) fn loops(&mut self) {
        let sc = self.sc;
        let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for r in &sc.laundering.rules {
            for l in &r.legs {
                graph.entry(r.from.as_str()).or_default().insert(l.to.as_str());
            }
        }
        // Depth-first search with colours; report the first cycle found from each rule.
        let mut state: BTreeMap<&str, u8> = BTreeMap::new();
        let mut reported = false;
        for start in graph.keys().copied().collect::<Vec<_>>() {
            if reported {
                break;
            }
            let mut stack: Vec<(&str, Vec<&str>)> = vec![(
                start,
                graph.get(start).map(|s| s.iter().copied().collect()).unwrap_or_default(),
            )];
            if state.get(start).copied().unwrap_or(0) != 0 {
                continue;
            }
            state.insert(start, 1);
            let mut path = vec![start];
            while let Some((node, next)) = stack.last_mut() {
                if let Some(n) = next.pop() {
                    match state.get(n).copied().unwrap_or(0) {
                        0 => {
                            state.insert(n, 1);
                            path.push(n);
                            let succ = graph
                                .get(n)
                                .map(|s| s.iter().copied().collect())
                                .unwrap_or_default();
                            stack.push((n, succ));
                        }
                        1 => {
                            let from = path.iter().position(|p| *p == n).unwrap_or(0);
                            let mut cyc: Vec<&str> = path[from..].to_vec();
                            cyc.push(n);
                            let idx = sc
                                .laundering
                                .rules
                                .iter()
                                .position(|r| r.from == *node)
                                .unwrap_or(0);
                            self.err(
                                LintCode::LaunderingLoop,
                                format!("laundering.rules[{idx}]"),
                                Msg::new("validate-laundering-loop").text("cycle", cyc.join(" → ")),
                                Some(plain("validate-laundering-dead-end-help")),
                            );
                            reported = true;
                            break;
                        }
                        _ => {}
                    }
                } else {
                    state.insert(node, 2);
                    path.pop();
                    stack.pop();
                }
            }
        }
    }

    pub(super) fn translations(&mut self, cat: &Catalog) {
        let sc = self.sc;
        for (i, lang) in sc.languages.iter().enumerate() {
            if cat.locale(lang).is_none() {
                self.err(
                    LintCode::MissingLocale,
                    format!("languages[{i}]"),
                    Msg::new("validate-missing-locale").text("lang", lang),
                    Some(
                        Msg::new("validate-missing-locale-help")
                            .text("lang", lang)
                            .text("case", &sc.id),
                    ),
                );
                continue;
            }
            let mut missing: Vec<(String, String)> = Vec::new();
            let mut seen = BTreeSet::new();
            for (path, id) in &self.msgs {
                if seen.insert(id.clone()) && !cat.has(lang, id) {
                    missing.push((path.clone(), id.clone()));
                }
            }
            for (path, id) in missing {
                self.err(
                    LintCode::MissingMessage,
                    path,
                    Msg::new("validate-missing-message").text("id", &id).text("lang", lang),
                    Some(
                        Msg::new("validate-missing-message-help")
                            .text("id", &id)
                            .text("lang", lang)
                            .text("case", &sc.id),
                    ),
                );
            }
        }
    }
}
