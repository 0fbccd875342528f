//! Checking a scenario: references, ranges, loops and translations, each finding with file:line:col.

mod fluent;
mod semantic;

pub use fluent::{
    FtlDef, FtlFile, LocaleCoverage, case_ftl_lints, coverage, parse_ftl, read_locales,
};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use super::span::{SpanTree, excerpt, parse_path};
use super::*;
use crate::i18n::Catalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding, with where it is and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable lint code (`unknown-account`, `unused-message`): what `allow` entries name.
    pub code: String,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: Option<String>,
    /// The source line with a caret under the span, when known.
    pub excerpt: Option<String>,
    /// The id the finding is about (an account, inject, message…), for `allow` entries.
    pub subject: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl Diagnostic {
    /// Compiler-style text: `error[code]: message`, ` --> file:line:col`, the source line with a
    /// gutter and carets under the span, then `= help:`. ANSI colours when `colour`.
    pub fn render(&self, colour: bool) -> String {
        let paint = |code: &str, s: &str| {
            if colour { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
        };
        let (sev, tint) = match self.severity {
            Severity::Error => ("error", "1;31"),
            Severity::Warning => ("warning", "1;33"),
        };
        let gutter = " ".repeat(self.line.to_string().len());
        let mut out = format!(
            "{}{} {}\n{gutter}{} {}:{}:{}",
            paint(tint, &format!("{sev}[{}]", self.code)),
            paint("1", ":"),
            paint("1", &self.message),
            paint("1;34", "-->"),
            self.file.display(),
            self.line,
            self.col
        );
        let bar = paint("1;34", "|");
        if let Some(x) = &self.excerpt {
            out.push_str(&format!("\n{gutter} {bar}"));
            for (i, l) in x.lines().enumerate() {
                let (g, rest) = l.split_once(" | ").unwrap_or((l.trim_end_matches(" |"), ""));
                let rest = if i == 0 { rest.to_string() } else { paint(tint, rest) };
                let g = format!("{g:>w$}", w = gutter.len());
                out.push_str(&format!("\n{} {bar} {rest}", paint("1;34", &g)));
            }
            out.push_str(&format!("\n{gutter} {bar}"));
        }
        if let Some(h) = &self.help {
            out.push_str(&format!("\n{gutter} {} {h}", paint("1", "= help:")));
        }
        out
    }
}

/// A finding before it is placed in the file: a path into the RON (`accounts[2].institution`).
struct Finding {
    severity: Severity,
    code: String,
    path: String,
    message: String,
    help: Option<String>,
    subject: Option<String>,
}

struct Checker<'a> {
    sc: &'a Scenario,
    out: Vec<Finding>,
    /// (path, message id) of every Fluent id the case uses.
    msgs: Vec<(String, String)>,
}

/// Parse and check a scenario file's text. `catalog` (when given) is used to check that every
/// message id exists in every language the case declares.
pub fn check_text(
    file: &Path,
    text: &str,
    catalog: Option<&Catalog>,
) -> (Option<Scenario>, Vec<Diagnostic>) {
    let sc = match parse(text) {
        Ok(sc) => sc,
        Err(e) => {
            let mut d = Diagnostic {
                severity: Severity::Error,
                code: "syntax".into(),
                file: file.to_path_buf(),
                line: e.line,
                col: e.col,
                message: e.message.clone(),
                help: None,
                excerpt: None,
                subject: None,
            };
            let offset = offset_of(text, e.line, e.col);
            d.excerpt = Some(excerpt(
                text,
                super::span::Span { start: offset, end: offset + 1, line: e.line, col: e.col },
            ))
            .filter(|s| !s.is_empty());
            return (None, vec![d]);
        }
    };
    let diags = validate(file, text, &sc, catalog);
    (Some(sc), diags)
}

/// Check a parsed scenario. Findings are placed in `text` by their path; warnings the case's
/// `allow` list names are dropped, and `allow` entries that match nothing are reported.
pub fn validate(
    file: &Path,
    text: &str,
    sc: &Scenario,
    catalog: Option<&Catalog>,
) -> Vec<Diagnostic> {
    let mut c = Checker { sc, out: Vec::new(), msgs: Vec::new() };
    c.run();
    c.semantic();
    if let Some(cat) = catalog {
        c.translations(cat);
    }
    let tree = SpanTree::parse(text);
    let findings = apply_allow(sc, c.out);
    let mut diags: Vec<Diagnostic> = findings
        .into_iter()
        .map(|f| {
            let span = tree.locate(&parse_path(&f.path));
            Diagnostic {
                severity: f.severity,
                code: f.code,
                file: file.to_path_buf(),
                line: span.map(|s| s.line).unwrap_or(1),
                col: span.map(|s| s.col).unwrap_or(1),
                message: f.message,
                help: f.help,
                excerpt: span.map(|s| excerpt(text, s)).filter(|s| !s.is_empty()),
                subject: f.subject,
            }
        })
        .collect();
    diags.sort_by_key(|d| (d.line, d.col, d.severity));
    diags
}

/// Lint codes `explore` reports; an `allow` entry naming one is not unused in `validate`.
pub const EXPLORE_CODES: &[&str] = &[
    "unreached-inject",
    "unreached-choice",
    "unreached-evidence",
    "unreached-debrief",
    "expert-not-top-decile",
    "passive-near-expert",
];

/// Drop warnings the case allows; report allow entries that are unused or give no reason.
fn apply_allow(sc: &Scenario, findings: Vec<Finding>) -> Vec<Finding> {
    let mut used = vec![false; sc.allow.len()];
    let mut kept = Vec::new();
    for f in findings {
        let hit = (f.severity == Severity::Warning)
            .then(|| {
                sc.allow.iter().position(|a| {
                    a.lint == f.code
                        && a.id.as_deref().is_none_or(|x| f.subject.as_deref() == Some(x))
                })
            })
            .flatten();
        match hit {
            Some(i) => used[i] = true,
            None => kept.push(f),
        }
    }
    for (i, a) in sc.allow.iter().enumerate() {
        if a.reason.trim().is_empty() {
            kept.push(Finding {
                severity: Severity::Warning,
                code: "allow-without-reason".into(),
                path: format!("allow[{i}].reason"),
                message: format!("`allow` of `{}` gives no reason", a.lint),
                help: Some("say why it is intentional, for the next author".into()),
                subject: None,
            });
        }
        if !used[i] && !EXPLORE_CODES.contains(&a.lint.as_str()) {
            kept.push(Finding {
                severity: Severity::Warning,
                code: "unused-allow".into(),
                path: format!("allow[{i}]"),
                message: match &a.id {
                    Some(id) => format!("nothing to allow: no `{}` warning about `{id}`", a.lint),
                    None => format!("nothing to allow: no `{}` warning", a.lint),
                },
                help: Some(
                    "remove the entry (only warnings can be allowed; errors must be fixed)".into(),
                ),
                subject: None,
            });
        }
    }
    kept
}

fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut off = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return off + l.char_indices().nth(col.saturating_sub(1)).map(|(b, _)| b).unwrap_or(0);
        }
        off += l.len();
    }
    text.len()
}

/// The closest name, for "did you mean" hints.
fn closest<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names
        .into_iter()
        .map(|n| (edit_distance(word, n), n))
        .filter(|(d, n)| *d <= (n.len().max(word.len()) / 3).max(2))
        .min()
        .map(|(_, n)| n)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl Checker<'_> {
    fn err(&mut self, code: &str, path: String, message: String, help: Option<String>) {
        let code = code.to_string();
        self.out.push(Finding {
            severity: Severity::Error,
            code,
            path,
            message,
            help,
            subject: None,
        });
    }
    fn warn(&mut self, code: &str, path: String, message: String, help: Option<String>) {
        let code = code.to_string();
        self.out.push(Finding {
            severity: Severity::Warning,
            code,
            path,
            message,
            help,
            subject: None,
        });
    }
    /// A warning about one thing, which an `allow` entry can name by id.
    fn warn_about(&mut self, code: &str, path: String, subject: &str, message: String, help: &str) {
        self.out.push(Finding {
            severity: Severity::Warning,
            code: code.to_string(),
            path,
            message,
            help: Some(format!(
                "{help}; if it is intentional, add to the case: allow: [(lint: \"{code}\", id: \"{subject}\", reason: \"…\")]"
            )),
            subject: Some(subject.to_string()),
        });
    }
    fn msg(&mut self, path: String, id: &str) {
        self.msgs.push((path, id.to_string()));
    }

    /// A reference to an id of some kind: error with a did-you-mean when it does not exist.
    fn reference(&mut self, path: String, what: &str, id: &str, known: &[&str]) {
        if !known.contains(&id) {
            let help = match closest(id, known.iter().copied()) {
                Some(n) => format!("did you mean `{n}`?"),
                None => format!("define {what} `{id}` first, or use one of: {}", known.join(", ")),
            };
            let code = format!("unknown-{}", what.replace(' ', "-"));
            self.err(&code, path, format!("unknown {what} `{id}`"), Some(help));
        }
    }

    fn unique<'b>(&mut self, list: &str, ids: impl IntoIterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.is_empty()
                || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.err(
                    "bad-id",
                    format!("{list}[{i}].id"),
                    format!("id `{id}` must be non-empty ASCII letters, digits, `-` or `_`"),
                    None,
                );
            }
            if !seen.insert(id) {
                self.err(
                    "duplicate-id",
                    format!("{list}[{i}].id"),
                    format!("duplicate id `{id}` in `{list}`"),
                    Some("ids must be unique: rename one".into()),
                );
            }
        }
    }

    fn dist(&mut self, path: String, d: &Dist) {
        let (lo, hi) = d.bounds();
        if lo < 0 || hi < 0 {
            self.err(
                "bad-delay",
                path.clone(),
                "a delay cannot be negative".into(),
                Some("use 0 or more".into()),
            );
        }
        if lo > hi {
            self.err(
                "bad-delay",
                path.clone(),
                format!("`min` ({lo}s) is greater than `max` ({hi}s)"),
                Some("swap them".into()),
            );
        }
        if let Dist::Triangular { min, mode, max } = d
            && (mode.0 < min.0 || mode.0 > max.0)
        {
            self.err("bad-delay", path, "`mode` must lie between `min` and `max`".into(), None);
        }
    }

    fn nonneg(&mut self, path: String, d: Dur) {
        if d.0 < 0 {
            self.err(
                "negative-duration",
                path,
                format!("a duration cannot be negative ({})", d.0),
                Some("use 0 or more".into()),
            );
        }
    }

    fn prob(&mut self, path: String, p: f64) {
        if !(0.0..=1.0).contains(&p) || p.is_nan() {
            self.err(
                "bad-probability",
                path,
                format!("a probability must be between 0 and 1, found {p}"),
                Some("write e.g. 0.8 for 80 %".into()),
            );
        }
    }

    fn run(&mut self) {
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
                "bad-difficulty",
                "difficulty".into(),
                format!("difficulty must be 1 to 5, found {}", sc.difficulty),
                None,
            );
        }
        if sc.languages.is_empty() {
            self.err(
                "no-languages",
                "languages".into(),
                "a case needs at least one language".into(),
                Some("e.g. languages: [\"zh-CN\", \"en-US\"]".into()),
            );
        }
        if sc.sources.is_empty() {
            self.warn(
                "no-sources",
                "sources".into(),
                "no sources: cite where the case's rules and figures come from".into(),
                None,
            );
        }
        self.reference("home".into(), "jurisdiction", &sc.home, &jurs);
        self.reference(
            "victim.jurisdiction".into(),
            "jurisdiction",
            &sc.victim.jurisdiction,
            &jurs,
        );
        self.reference("victim.account".into(), "account", &sc.victim.account, &accounts);
        self.msg("victim.name".into(), &sc.victim.name);

        for (i, j) in sc.jurisdictions.iter().enumerate() {
            self.msg(format!("jurisdictions[{i}].name"), &j.name);
            for (k, a) in j.agreements.iter().enumerate() {
                self.reference(format!("jurisdictions[{i}].agreements[{k}]"), "channel", a, &chans);
            }
        }
        for (i, x) in sc.institutions.iter().enumerate() {
            self.msg(format!("institutions[{i}].name"), &x.name);
            self.reference(
                format!("institutions[{i}].jurisdiction"),
                "jurisdiction",
                &x.jurisdiction,
                &jurs,
            );
        }
        for (i, a) in sc.accounts.iter().enumerate() {
            self.msg(format!("accounts[{i}].name"), &a.name);
            self.reference(
                format!("accounts[{i}].institution"),
                "institution",
                &a.institution,
                &insts,
            );
        }
        for (i, p) in sc.payments.iter().enumerate() {
            self.reference(format!("payments[{i}].from"), "account", &p.from, &accounts);
            self.reference(format!("payments[{i}].to"), "account", &p.to, &accounts);
            if p.amount == 0 {
                self.warn(
                    "zero-payment",
                    format!("payments[{i}].amount"),
                    "a payment of 0 does nothing".into(),
                    None,
                );
            }
            if p.amount > 1_000_000_000_000 {
                self.err(
                    "amount-too-large",
                    format!("payments[{i}].amount"),
                    "amount is implausibly large (over 10^12)".into(),
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
            self.reference(format!("{p}.from"), "account", &r.from, &accounts);
            self.dist(format!("{p}.delay"), &r.delay);
            if let Some(d) = &r.tipped_delay {
                self.dist(format!("{p}.tipped_delay"), d);
            }
            if let Some(c) = &r.when {
                self.cond(format!("{p}.when"), c);
            }
            if r.legs.is_empty() {
                self.err(
                    "empty-legs",
                    format!("{p}.legs"),
                    "a rule needs at least one leg".into(),
                    None,
                );
            }
            let sum: u64 = r.legs.iter().map(|l| u64::from(l.percent)).sum();
            if sum != 100 && !r.legs.is_empty() {
                self.err(
                    "legs-not-100",
                    format!("{p}.legs"),
                    format!("leg percentages add up to {sum}, not 100"),
                    Some("make the shares add up to 100".into()),
                );
            }
            for (k, l) in r.legs.iter().enumerate() {
                self.reference(format!("{p}.legs[{k}].to"), "account", &l.to, &accounts);
                if l.to == r.from {
                    self.err(
                        "rule-self-loop",
                        format!("{p}.legs[{k}].to"),
                        "a rule sends money back to the account it sweeps".into(),
                        None,
                    );
                }
            }
            if sc.account(&r.from).is_some_and(|a| a.cash_out) {
                self.warn(
                    "cash-out-rule",
                    format!("{p}.from"),
                    format!(
                        "`{}` is a cash-out account: money there is gone, the rule never runs",
                        r.from
                    ),
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
                self.reference(format!("{p}.reach[{k}]"), "jurisdiction", j, &jurs);
            }
            self.dist(format!("{p}.response"), &ch.response);
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
                if let Prerequisite::When { condition, reason } = pr {
                    self.cond(format!("{p}.requires[{k}].condition"), condition);
                    self.msg(format!("{p}.requires[{k}].reason"), reason);
                }
            }
            for (k, sv) in ch.services.iter().enumerate() {
                let q = format!("{p}.services[{k}]");
                self.msg(format!("{q}.name"), &sv.name);
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
                        ServiceEffect::Return | ServiceEffect::Trace => {
                            sv.target == TargetKind::Account
                        }
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
                            "effect-wrong-target",
                            format!("{q}.effects[{e}]"),
                            format!("this effect does not apply to a {:?} target", sv.target),
                            Some("change the service's `target` or the effect".into()),
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
                "jurisdiction",
                &s.jurisdiction,
                &jurs,
            );
            if let Some(f) = &s.flees_to {
                self.reference(format!("suspects[{i}].flees_to"), "jurisdiction", f, &jurs);
            }
            if let Some(c) = &s.identified_when {
                self.cond(format!("suspects[{i}].identified_when"), c);
            }
        }
        for (i, e) in sc.evidence.iter().enumerate() {
            self.msg(format!("evidence[{i}].name"), &e.name);
            self.reference(
                format!("evidence[{i}].jurisdiction"),
                "jurisdiction",
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
                if !m.provenance.lawful && m.compliance == 0 {
                    self.warn(
                        "unlawful-method-free",
                        format!("{p}.compliance"),
                        "an unlawful method costs no compliance".into(),
                        Some("set `compliance:` to the points it costs".into()),
                    );
                }
            }
        }

        // Injects.
        for (i, inj) in sc.injects.iter().enumerate() {
            let p = format!("injects[{i}]");
            self.msg(format!("{p}.text"), &inj.text);
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
                self.reference(format!("{p}.default"), "choice", d, &ids);
                if inj.deadline.is_none() {
                    self.warn(
                        "default-without-deadline",
                        format!("{p}.default"),
                        "a default choice without a `deadline` is never taken".into(),
                        None,
                    );
                }
            }
            if let Some(d) = inj.deadline {
                self.nonneg(format!("{p}.deadline"), d);
                if inj.default.is_none() {
                    self.err(
                        "deadline-without-default",
                        format!("{p}.deadline"),
                        "a deadline needs a `default` choice".into(),
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
                    "phase-order",
                    format!("phases[{i}].starts"),
                    "phases must be in time order".into(),
                    None,
                );
            }
        }
        let t = &sc.trial;
        if t.opens.0 < 0 || t.verdict <= t.opens {
            self.err(
                "trial-order",
                "trial.verdict".into(),
                "the verdict must come after the trial opens, and both after the report".into(),
                None,
            );
        }
        if sc.ends < t.verdict {
            self.err(
                "ends-before-verdict",
                "ends".into(),
                "the case must close after the verdict".into(),
                Some(format!("set `ends` to at least {}", t.verdict)),
            );
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
                    "empty-proof-link",
                    format!("trial.proof[{i}].any_of"),
                    "a proof link needs at least one item".into(),
                    None,
                );
            }
            for (k, it) in l.any_of.iter().enumerate() {
                self.reference(
                    format!("trial.proof[{i}].any_of[{k}]"),
                    "evidence item",
                    it,
                    &items,
                );
            }
        }

        // Rubric and debrief.
        let total: u64 = sc.rubric.criteria.iter().map(|c| u64::from(c.weight)).sum();
        if total == 0 {
            self.err(
                "zero-weights",
                "rubric.criteria".into(),
                "the criteria's weights add up to 0".into(),
                Some("give each criterion a weight, e.g. 10 to 40".into()),
            );
        }
        for (i, c) in sc.rubric.criteria.iter().enumerate() {
            self.msg(format!("rubric.criteria[{i}].name"), &c.name);
            if c.weight > 1000 {
                self.err(
                    "weight-too-large",
                    format!("rubric.criteria[{i}].weight"),
                    "weight over 1000: use relative weights such as 10–40".into(),
                    None,
                );
            }
            if let Measure::When(cond) = &c.measure {
                self.cond(format!("rubric.criteria[{i}].measure"), cond);
            }
        }
        if sc.rubric.bands.is_empty() {
            self.err(
                "no-bands",
                "rubric.bands".into(),
                "no grade bands".into(),
                Some("add e.g. Band(min: 0, grade: \"F\", name: \"grade-f\")".into()),
            );
        } else if !sc.rubric.bands.iter().any(|b| b.min == 0) {
            self.err(
                "no-zero-band",
                "rubric.bands".into(),
                "no band starts at 0: a low score would have no grade".into(),
                None,
            );
        }
        for (i, b) in sc.rubric.bands.iter().enumerate() {
            self.msg(format!("rubric.bands[{i}].name"), &b.name);
            if b.min > 100 {
                self.err(
                    "band-range",
                    format!("rubric.bands[{i}].min"),
                    "a band's minimum must be 0 to 100".into(),
                    None,
                );
            }
        }
        for (i, d) in sc.debrief.iter().enumerate() {
            self.msg(format!("debrief[{i}].text"), &d.text);
            self.cond(format!("debrief[{i}].when"), &d.when);
            if let Some(s) = &d.source {
                self.reference(format!("debrief[{i}].source"), "source", s, &sources);
            }
        }

        // Reference lines.
        for want in ["expert", "passive", "reckless"] {
            if !sc.lines.contains_key(want) {
                self.err(
                    "missing-line",
                    "lines".into(),
                    format!("reference line `{want}` is missing"),
                    Some("every case has expert, passive and reckless lines".into()),
                );
            }
        }
        for (name, line) in &sc.lines {
            for (i, ta) in line.iter().enumerate() {
                let p = format!("lines[\"{name}\"][{i}]");
                self.nonneg(format!("{p}.at"), ta.at);
                self.action(format!("{p}.do"), &ta.act);
            }
        }
    }

    fn source_ref(&mut self, path: String, id: &str, sources: &[&str]) {
        self.reference(path, "source", id, sources);
    }

    fn acq(&mut self, path: String, a: &Acquisition) {
        self.msg(format!("{path}.source"), &a.source);
        self.msg(format!("{path}.provider"), &a.provider);
        self.msg(format!("{path}.extractor"), &a.extractor);
    }

    fn ids<'b>(list: impl IntoIterator<Item = &'b str>) -> Vec<&'b str> {
        list.into_iter().collect()
    }

    fn account_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.accounts.iter().map(|a| a.id.as_str()));
        self.reference(path, "account", id, &known);
    }
    fn suspect_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.suspects.iter().map(|a| a.id.as_str()));
        self.reference(path, "suspect", id, &known);
    }
    fn item_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.evidence.iter().map(|a| a.id.as_str()));
        self.reference(path, "evidence item", id, &known);
    }
    fn flag_ref(&mut self, path: String, id: &str) {
        let known = Self::ids(self.sc.flags.iter().map(|a| a.as_str()));
        self.reference(path, "flag", id, &known);
    }

    fn cond(&mut self, path: String, c: &Condition) {
        match c {
            Condition::Always | Condition::Tipped | Condition::Convicted => {}
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
            | Condition::Reached(a) => self.account_ref(path, a),
            Condition::Identified(s) | Condition::Located(s) | Condition::InCustody(s) => {
                self.suspect_ref(path, s)
            }
            Condition::HasEvidence(i)
            | Condition::Formal(i)
            | Condition::Preserved(i)
            | Condition::Tainted(i)
            | Condition::Admitted(i)
            | Condition::Excluded(i) => self.item_ref(path, i),
            Condition::Chose { inject, choice } => match self.sc.inject(inject) {
                None => {
                    let known = Self::ids(self.sc.injects.iter().map(|a| a.id.as_str()));
                    self.reference(path, "inject", inject, &known);
                }
                Some(inj) => {
                    let known = Self::ids(inj.choices.iter().map(|a| a.id.as_str()));
                    self.reference(path, "choice", choice, &known);
                }
            },
            Condition::Requested(ch) => {
                let known = Self::ids(self.sc.channels.iter().map(|a| a.id.as_str()));
                self.reference(path, "channel", ch, &known);
            }
            Condition::Recovered(p) | Condition::Secured(p) => {
                if *p > 100 {
                    self.err(
                        "bad-percentage",
                        path,
                        format!("a percentage must be 0 to 100, found {p}"),
                        None,
                    );
                }
            }
        }
    }

    fn item_test(&mut self, path: String, t: &ItemTest) {
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

    fn effect(&mut self, path: String, e: &Effect) {
        match e {
            Effect::SetFlag(f) | Effect::ClearFlag(f) => self.flag_ref(path, f),
            Effect::Compliance { reason, .. } => self.msg(path, reason),
            Effect::TipOff => {}
            Effect::CancelPayment(p) => {
                let known = Self::ids(self.sc.payments.iter().map(|a| a.id.as_str()));
                self.reference(path, "payment", p, &known);
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

    fn action(&mut self, path: String, a: &Action) {
        let sc = self.sc;
        match a {
            Action::StopPayment { account }
            | Action::RenewStopPayment { account }
            | Action::RenewFreeze { account }
            | Action::ReturnFunds { account }
            | Action::Monitor { account } => self.account_ref(format!("{path}.account"), account),
            Action::Freeze { account, grounds } => {
                self.account_ref(format!("{path}.account"), account);
                let known = Self::ids(sc.measures.freeze.grounds.iter().map(|g| g.id.as_str()));
                for (i, g) in grounds.iter().enumerate() {
                    self.reference(format!("{path}.grounds[{i}]"), "ground", g, &known);
                }
            }
            Action::Request { channel, service, target, elements } => {
                let chans = Self::ids(sc.channels.iter().map(|c| c.id.as_str()));
                self.reference(format!("{path}.channel"), "channel", channel, &chans);
                if let Some(ch) = sc.channel(channel) {
                    let svs = Self::ids(ch.services.iter().map(|s| s.id.as_str()));
                    self.reference(format!("{path}.service"), "service", service, &svs);
                    let els = Self::ids(ch.elements.iter().map(|s| s.id.as_str()));
                    for (i, e) in elements.iter().enumerate() {
                        self.reference(format!("{path}.elements[{i}]"), "request element", e, &els);
                    }
                }
                match target {
                    Target::Account(x) => self.account_ref(format!("{path}.target"), x),
                    Target::Suspect(x) => self.suspect_ref(format!("{path}.target"), x),
                    Target::Evidence(x) => self.item_ref(format!("{path}.target"), x),
                }
            }
            Action::Collect { item, method } => {
                self.item_ref(format!("{path}.item"), item);
                if let Some(it) = sc.item(item) {
                    let ms = Self::ids(it.methods.iter().map(|m| m.id.as_str()));
                    self.reference(format!("{path}.method"), "method", method, &ms);
                }
            }
            Action::Preserve { item, .. } | Action::Answer { item, .. } => {
                self.item_ref(format!("{path}.item"), item)
            }
            Action::Choose { inject, choice } => self
                .cond(path, &Condition::Chose { inject: inject.clone(), choice: choice.clone() }),
            Action::FireInject { inject } => {
                let optional =
                    Self::ids(sc.injects.iter().filter(|i| i.optional).map(|i| i.id.as_str()));
                self.reference(format!("{path}.inject"), "optional inject", inject, &optional);
            }
        }
    }

    /// Laundering rules that can send money round forever are an error: the engine would only
    /// stop at its event bound.
    fn loops(&mut self) {
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
                            self.err("cash-out-rule", 
                                format!("laundering.rules[{idx}]"),
                                format!("laundering rules move money round in a loop: {}", cyc.join(" → ")),
                                Some("money must end in an account with no rule, or a cash-out account".into()),
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

    fn translations(&mut self, cat: &Catalog) {
        let sc = self.sc;
        for (i, lang) in sc.languages.iter().enumerate() {
            if cat.locale(lang).is_none() {
                self.err(
                    "missing-locale",
                    format!("languages[{i}]"),
                    format!("no locale folder `locales/{lang}/`"),
                    Some(format!("create locales/{lang}/{}.ftl", sc.id)),
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
                    "missing-message",
                    path,
                    format!("message `{id}` is missing in {lang}"),
                    Some(format!("add `{id} = …` to locales/{lang}/{}.ftl", sc.id)),
                );
            }
        }
    }
}

/// Message ids the case uses, for coverage reports.
pub fn used_messages(sc: &Scenario) -> BTreeSet<String> {
    let mut c = Checker { sc, out: Vec::new(), msgs: Vec::new() };
    c.run();
    c.msgs.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_and_suggestions() {
        assert_eq!(edit_distance("lao-card-3", "lao-card-2"), 1);
        assert_eq!(closest("lao-card-3", ["lao-card-2", "cn-mule-1"]), Some("lao-card-2"));
        assert_eq!(closest("zzz", ["lao-card-2"]), None);
    }
}
