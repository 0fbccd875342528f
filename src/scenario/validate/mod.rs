//! Checking a scenario: references, ranges, loops and translations, each finding with file:line:col.

mod fluent;
mod lines;
mod lint;
mod refs;
mod semantic;
mod structure;

pub use fluent::{
    FtlDef, FtlFile, LocaleCoverage, case_ftl_lints, coverage, message_cycles, parse_ftl,
    read_locales,
};
pub use lint::{EXPLORE_CODES, LintCode, UnknownLint};

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use super::span::{SpanTree, excerpt, parse_path};
use super::*;
use crate::i18n::{Arg, Catalog, Locale, Msg};

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
    pub code: LintCode,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    /// What is wrong, as a message of `locales/<lang>/validate.ftl`.
    pub message: Msg,
    /// How to fix it.
    pub help: Option<Msg>,
    /// The source line with a caret under the span, when known.
    pub excerpt: Option<String>,
    /// The id the finding is about (an account, inject, message…), for `allow` entries.
    pub subject: Option<String>,
}

/// In English, from the bundled `locales/en-US/validate.ftl` (where no catalog is at hand).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(english(), ENGLISH, false))
    }
}

const ENGLISH: &str = "en-US";

/// The diagnostics' English texts, built into the program: what [`Diagnostic`]'s `Display` and
/// [`Diagnostic::text`] use when no catalog is at hand (the app's library, tests).
pub fn english() -> &'static Catalog {
    static EN: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(|| {
        let src = include_str!("../../../locales/en-US/validate.ftl");
        // The engine's reasons, which explain a refused action of a reference line.
        let engine = include_str!("../../../locales/en-US/engine.ftl");
        let en = Locale::from_sources(
            ENGLISH,
            vec![("validate.ftl".into(), src.into()), ("engine.ftl".into(), engine.into())],
        );
        Catalog::from_locales(en.into_iter().collect())
    });
    &EN
}

impl Diagnostic {
    /// The message in English.
    pub fn text(&self) -> String {
        english().render(ENGLISH, &self.message)
    }

    /// The help in English.
    pub fn help_text(&self) -> Option<String> {
        self.help.as_ref().map(|h| english().render(ENGLISH, h))
    }

    /// Compiler-style text in `lang`: `error[code]: message`, ` --> file:line:col`, the source
    /// line with a gutter and carets under the span, then `= help:`. ANSI colours when `colour`.
    pub fn render(&self, cat: &Catalog, lang: &str, colour: bool) -> String {
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
            paint("1", &clip(&cat.render(lang, &self.message), MAX_SHOWN)),
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
            let h = clip(&cat.render(lang, h), MAX_SHOWN);
            out.push_str(&format!("\n{gutter} {} {h}", paint("1", "= help:")));
        }
        out
    }
}

/// The most of a message or help shown: an id or text pasted a million times is cut.
const MAX_SHOWN: usize = 1000;

/// A finding before it is placed in the file: a path into the RON (`accounts[2].institution`).
struct Finding {
    severity: Severity,
    code: LintCode,
    path: String,
    message: Msg,
    help: Option<Msg>,
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
                code: LintCode::Syntax,
                file: file.to_path_buf(),
                line: e.line,
                col: e.col,
                message: Msg::new("validate-syntax").text("detail", &e.message),
                help: e.help.map(Msg::new),
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
    if !c.out.iter().any(|f| f.severity == Severity::Error) {
        c.play_lines();
    }
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

/// Drop warnings the case allows; report allow entries that are unused or give no reason.
fn apply_allow(sc: &Scenario, findings: Vec<Finding>) -> Vec<Finding> {
    let mut used = vec![false; sc.allow.len()];
    let mut kept = Vec::new();
    for f in findings {
        let hit = (f.severity == Severity::Warning)
            .then(|| {
                sc.allow.iter().position(|a| {
                    f.code == a.lint.as_str()
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
        let code = a.lint.parse::<LintCode>();
        if code.is_err() {
            let names = LintCode::ALL.iter().map(|c| c.as_str());
            kept.push(Finding {
                severity: Severity::Error,
                code: LintCode::UnknownLint,
                path: format!("allow[{i}].lint"),
                message: Msg::new("validate-unknown-lint").text("lint", &a.lint),
                help: Some(match closest(&a.lint, names) {
                    Some(n) => did_you_mean(n),
                    None => Msg::new("validate-unknown-lint-help"),
                }),
                subject: None,
            });
        }
        if a.reason.trim().is_empty() {
            kept.push(Finding {
                severity: Severity::Warning,
                code: LintCode::AllowWithoutReason,
                path: format!("allow[{i}].reason"),
                message: Msg::new("validate-allow-without-reason").text("lint", &a.lint),
                help: Some(Msg::new("validate-allow-without-reason-help")),
                subject: None,
            });
        }
        if !used[i] && code.is_ok_and(|c| !c.is_explore()) {
            kept.push(Finding {
                severity: Severity::Warning,
                code: LintCode::UnusedAllow,
                path: format!("allow[{i}]"),
                message: match &a.id {
                    Some(id) => {
                        Msg::new("validate-unused-allow-id").text("lint", &a.lint).text("id", id)
                    }
                    None => Msg::new("validate-unused-allow").text("lint", &a.lint),
                },
                help: Some(Msg::new("validate-unused-allow-help")),
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

/// The first ids of a list, then `…` when there are more: a help names a few, not 100,000.
fn list_some(known: &[&str]) -> String {
    const SHOWN: usize = 20;
    let mut s = known.iter().take(SHOWN).copied().collect::<Vec<_>>().join(", ");
    if known.len() > SHOWN {
        s.push_str(", …");
    }
    s
}

/// "did you mean `name`?"
fn did_you_mean(name: &str) -> Msg {
    Msg::new("validate-did-you-mean").text("name", name)
}

/// A message without arguments.
fn plain(id: &'static str) -> Msg {
    Msg::new(id)
}

/// The closest name, for "did you mean" hints.
fn closest<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names
        .into_iter()
        .map(|n| (strsim::levenshtein(word, n), n))
        .filter(|(d, n)| *d <= (n.chars().count().max(word.chars().count()) / 3).max(2))
        .min()
        .map(|(_, n)| n)
}

impl Checker<'_> {
    fn err(&mut self, code: LintCode, path: String, message: Msg, help: Option<Msg>) {
        let severity = Severity::Error;
        self.out.push(Finding { severity, code, path, message, help, subject: None });
    }
    fn warn(&mut self, code: LintCode, path: String, message: Msg, help: Option<Msg>) {
        let severity = Severity::Warning;
        self.out.push(Finding { severity, code, path, message, help, subject: None });
    }
    /// A warning about one thing, which an `allow` entry can name by id: its help (a message
    /// without arguments) is followed by how to allow it.
    fn warn_about(
        &mut self,
        code: LintCode,
        path: String,
        subject: &str,
        message: Msg,
        help: &'static str,
    ) {
        self.out.push(Finding {
            severity: Severity::Warning,
            code,
            path,
            message,
            help: Some(allow_help(Msg::new(help), code, subject)),
            subject: Some(subject.to_string()),
        });
    }
    fn msg(&mut self, path: String, id: &str) {
        self.msgs.push((path, id.to_string()));
    }

    /// A reference to an id of some kind: error with a did-you-mean when it does not exist.
    fn reference(&mut self, path: String, code: LintCode, id: &str, known: &[&str]) {
        if !known.contains(&id) {
            let what = || Arg::Ref(format!("validate-kind-{}", code.what_id()));
            let help = match closest(id, known.iter().copied()) {
                Some(n) => did_you_mean(n),
                None => Msg::new("validate-unknown-ref-help")
                    .arg("what", what())
                    .text("id", id)
                    .text("known", list_some(known)),
            };
            let message = Msg::new("validate-unknown-ref").arg("what", what()).text("id", id);
            self.err(code, path, message, Some(help));
        }
    }

    fn unique<'b>(&mut self, list: &str, ids: impl IntoIterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.is_empty()
                || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.err(
                    LintCode::BadId,
                    format!("{list}[{i}].id"),
                    Msg::new("validate-bad-id").text("id", id),
                    None,
                );
            }
            if !seen.insert(id) {
                self.err(
                    LintCode::DuplicateId,
                    format!("{list}[{i}].id"),
                    Msg::new("validate-duplicate-id").text("id", id).text("list", list),
                    Some(plain("validate-duplicate-id-help")),
                );
            }
        }
    }

    fn dist(&mut self, path: String, d: &Dist) {
        let (lo, hi) = d.bounds();
        if lo < 0 || hi < 0 {
            self.err(
                LintCode::BadDelay,
                path.clone(),
                plain("validate-negative-delay"),
                Some(plain("validate-use-zero-or-more")),
            );
        }
        if lo > hi {
            self.err(
                LintCode::BadDelay,
                path.clone(),
                Msg::new("validate-min-over-max").text("min", lo).text("max", hi),
                Some(plain("validate-min-over-max-help")),
            );
        }
        if let Dist::Triangular { min, mode, max } = d
            && (mode.0 < min.0 || mode.0 > max.0)
        {
            self.err(LintCode::BadDelay, path, plain("validate-mode-outside"), None);
        }
    }

    fn nonneg(&mut self, path: String, d: Dur) {
        if d.0 < 0 {
            self.err(
                LintCode::NegativeDuration,
                path,
                Msg::new("validate-negative-duration").text("value", d.0),
                Some(plain("validate-use-zero-or-more")),
            );
        }
    }

    fn prob(&mut self, path: String, p: f64) {
        if !(0.0..=1.0).contains(&p) || p.is_nan() {
            self.err(
                LintCode::BadProbability,
                path,
                Msg::new("validate-bad-probability").text("value", p),
                Some(plain("validate-bad-probability-help")),
            );
        }
    }
}

/// `help`, then how to mark the finding intentional in the case's `allow` list.
pub(super) fn allow_help(help: Msg, code: LintCode, subject: &str) -> Msg {
    let Msg { id, .. } = help;
    Msg::new("validate-allow-help")
        .arg("help", Arg::Ref(id.into_owned()))
        .text("code", code)
        .text("id", subject)
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
        // Characters, not bytes: one CJK character differs.
        assert_eq!(strsim::levenshtein("账户-3", "账户-2"), 1);
        assert_eq!(strsim::levenshtein("lao-card-3", "lao-card-2"), 1);
        assert_eq!(closest("lao-cards-3", ["lao-card-2", "lao-cards-2"]), Some("lao-cards-2"));
        assert_eq!(
            closest("unused-acount", LintCode::ALL.iter().map(|c| c.as_str())),
            Some("unused-account")
        );
        assert_eq!(closest("lao-card-3", ["lao-card-2", "cn-mule-1"]), Some("lao-card-2"));
        assert_eq!(closest("zzz", ["lao-card-2"]), None);
    }

    fn tutorial() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron"))
            .unwrap()
    }

    #[test]
    fn unknown_allow_code_is_an_error_at_its_span() {
        let text = tutorial();
        assert!(
            check_text(Path::new("t.ron"), &text, None).1.iter().all(|d| d.code != "unknown-lint")
        );
        let bad = text.replacen("(lint: \"inert-decision\"", "(lint: \"inert-decisoin\"", 1);
        assert_ne!(bad, text, "the tutorial's allow list changed");
        let (sc, d) = check_text(Path::new("t.ron"), &bad, None);
        assert!(sc.is_some());
        let e = d.iter().find(|d| d.code == LintCode::UnknownLint).expect("unknown-lint");
        assert_eq!(e.severity, Severity::Error);
        let (line, l) =
            bad.lines().enumerate().find(|(_, l)| l.contains("inert-decisoin")).unwrap();
        assert_eq!((e.line, e.col), (line + 1, l.find('"').unwrap() + 1));
        assert_eq!(e.text(), "unknown lint `inert-decisoin`");
        assert_eq!(e.help_text().as_deref(), Some("did you mean `inert-decision`?"));
        // The entry is not reported a second time as unused.
        assert!(d.iter().all(|d| d.code != LintCode::UnusedAllow), "{d:#?}");
    }

    /// Every `validate-…` message the checker and the command name, and the kind of every
    /// `unknown-…` code, is defined in English and Chinese; the English built into the program
    /// renders each diagnostic without a raw id.
    #[test]
    fn every_diagnostic_message_is_in_english_and_chinese() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/");
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for f in ["mod", "structure", "refs", "semantic", "fluent"]
            .iter()
            .map(|f| format!("src/scenario/validate/{f}.rs"))
            .chain(["src/cli/validate.rs".to_string()])
        {
            let src = std::fs::read_to_string(format!("{root}{f}")).unwrap();
            for part in src.split("\"validate-").skip(1) {
                let id: String =
                    part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                if part[id.len()..].starts_with('"') && !id.is_empty() && !id.ends_with('-') {
                    ids.insert(format!("validate-{id}"));
                }
            }
        }
        for c in LintCode::ALL.iter().filter(|c| c.as_str().starts_with("unknown-")) {
            ids.insert(format!("validate-kind-{}", c.what_id()));
        }
        assert!(ids.len() > 90, "{ids:?}");
        // The command's own lines (`validate-ok`, the summary) are in `authoring.ftl`.
        let ftl = |lang: &str| {
            let read = |file: &str| {
                let path = format!("{root}locales/{lang}/{file}.ftl");
                let text = std::fs::read_to_string(&path).unwrap();
                (PathBuf::from(path), text)
            };
            Locale::from_sources(lang, vec![read("validate"), read("authoring")]).unwrap()
        };
        let cat = Catalog::from_locales(vec![ftl("en-US"), ftl("zh-CN")]);
        for id in &ids {
            for lang in ["en-US", "zh-CN"] {
                assert!(cat.has(lang, id), "`{id}` is not in locales/{lang}/");
            }
        }
        let built_in = ids.iter().filter(|id| english().has("en-US", id)).count();
        assert!(built_in > 90, "the built-in English has {built_in} of {}", ids.len());
        let (_, d) = check_text(
            Path::new("t.ron"),
            &tutorial().replace("percent: 100", "percent: 90"),
            None,
        );
        assert!(!d.is_empty());
        for d in &d {
            assert!(!d.to_string().contains('⟨'), "{d}");
            assert!(!d.render(&cat, "zh-CN", false).contains('⟨'));
        }
    }

    #[test]
    fn every_code_is_documented_and_every_documented_code_exists() {
        let readme = include_str!("../../../scenarios/README.md");
        let start = readme.find("## 8. Reading `validate` output").unwrap();
        let end = readme[start..].find("### Translation coverage").unwrap() + start;
        let section = &readme[start..end];
        for c in LintCode::ALL {
            assert!(
                section.contains(&format!("`{c}`")),
                "`{c}` is not in scenarios/README.md section 8"
            );
        }
        // Every code in the first column of the lint tables is one.
        let mut n = 0;
        for row in section.lines().filter(|l| l.starts_with("| `")) {
            let first = row.split('|').nth(1).unwrap();
            for code in first.split('`').skip(1).step_by(2) {
                assert!(code.parse::<LintCode>().is_ok(), "documented `{code}` is no LintCode");
                n += 1;
            }
        }
        assert_eq!(n, LintCode::ALL.len() - EXPLORE_CODES.len(), "the tables list each code once");
    }
}
