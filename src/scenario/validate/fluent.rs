//! Checks on a case's Fluent files: syntax errors with line and column, ids nothing uses,
//! messages marked `# TODO translate`, and per-locale translation coverage.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::{Diagnostic, LintCode, Severity, used_messages};
use crate::i18n::{Catalog, Msg, definition_offset, line_col};
use crate::scenario::Scenario;
use crate::scenario::span::{Span, excerpt};

/// One message defined in an `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlDef {
    pub id: String,
    /// Byte range of the id where it is defined.
    pub start: usize,
    pub end: usize,
    /// Its comment says `TODO translate`: the text is a placeholder, not a translation.
    pub todo: bool,
    /// Message ids its value and attributes refer to (`{ other-id }`).
    pub refs: BTreeSet<String>,
}

/// One `.ftl` file, read and parsed (as far as it parses).
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub lang: String,
    pub path: PathBuf,
    pub text: String,
    pub defs: Vec<FtlDef>,
    /// Message ids referenced from this file's messages (`{ other-id }`).
    pub refs: BTreeSet<String>,
    /// Syntax errors, each with line, column and the line's text.
    pub errors: Vec<Diagnostic>,
}

impl FtlFile {
    /// The file's name without `.ftl`: a case's own file is named after its id.
    pub fn stem(&self) -> &str {
        self.path.file_stem().and_then(|s| s.to_str()).unwrap_or("")
    }
}

/// Parse one `.ftl` file's text.
pub fn parse_ftl(lang: &str, path: &Path, text: &str) -> FtlFile {
    let src = text.strip_prefix('\u{feff}').unwrap_or(text);
    let skip = text.len() - src.len();
    // Syntax errors as (start, end, detail): an escape the parser would panic on is reported
    // without parsing; otherwise the parser's own errors.
    let (body, found) = match crate::i18n::broken_escape(src) {
        Some(at) => (Vec::new(), vec![(at, at + 2, crate::i18n::BROKEN_ESCAPE.to_string())]),
        None => {
            let (res, errs) = match fluent_syntax::parser::parse(src) {
                Ok(r) => (r, Vec::new()),
                Err((r, e)) => (r, e),
            };
            let found = (errs.iter())
                .map(|e| {
                    let start = crate::i18n::ftl_error_offset(src, e);
                    (start, e.pos.end.max(start + 1), e.kind.to_string())
                })
                .collect();
            (res.body, found)
        }
    };
    let mut errors = Vec::new();
    for (start, end, detail) in found {
        let (start, end) = (skip + start, skip + end);
        let (line, col) = line_col(text, start);
        errors.push(Diagnostic {
            severity: Severity::Error,
            code: LintCode::FluentSyntax,
            file: path.to_path_buf(),
            line,
            col,
            message: Msg::new("validate-fluent-syntax").text("detail", detail),
            help: Some(Msg::new("validate-fluent-syntax-help")),
            excerpt: Some(excerpt(text, Span { start, end, line, col })).filter(|s| !s.is_empty()),
            subject: None,
        });
    }
    let mut defs = Vec::new();
    let mut refs = BTreeSet::new();
    let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
    for entry in body {
        let ast::Entry::Message(m) = entry else { continue };
        let id = m.id.name.to_string();
        let nth = seen.entry(id.clone()).or_insert(0);
        let start = skip + definition_offset(src, &id, *nth);
        *nth += 1;
        let todo = m.comment.as_ref().is_some_and(|c| {
            c.content.iter().any(|l| l.to_ascii_lowercase().contains("todo translate"))
        });
        let mut mine = BTreeSet::new();
        if let Some(p) = &m.value {
            pattern_refs(p, &mut mine);
        }
        for a in &m.attributes {
            pattern_refs(&a.value, &mut mine);
        }
        refs.extend(mine.iter().cloned());
        defs.push(FtlDef { end: start + id.len(), id, start, todo, refs: mine });
    }
    FtlFile {
        lang: lang.to_string(),
        path: path.to_path_buf(),
        text: text.to_string(),
        defs,
        refs,
        errors,
    }
}

/// Messages that refer to themselves, directly or through others (`a = { b }`, `b = { a }`):
/// Fluent cannot render them and shows the id instead. One error per cycle, in each language,
/// at the definition where the cycle closes, naming the whole round.
pub fn message_cycles(files: &[FtlFile]) -> Vec<Diagnostic> {
    use std::collections::BTreeMap;
    let mut out = Vec::new();
    let langs: BTreeSet<&str> = files.iter().map(|f| f.lang.as_str()).collect();
    for lang in langs {
        // The definition the catalog uses: the last one of the language (later folders win).
        let mut defs: BTreeMap<&str, (&FtlFile, &FtlDef)> = BTreeMap::new();
        for f in files.iter().filter(|f| f.lang == lang) {
            for d in &f.defs {
                defs.insert(d.id.as_str(), (f, d));
            }
        }
        // Depth-first, without recursion: 0 unseen, 1 on the path, 2 done.
        let mut state: BTreeMap<&str, u8> = BTreeMap::new();
        for &root in defs.keys() {
            if state.get(root).copied().unwrap_or(0) != 0 {
                continue;
            }
            let mut path: Vec<&str> = vec![root];
            let mut next: Vec<std::collections::btree_set::Iter<'_, String>> =
                vec![defs[root].1.refs.iter()];
            state.insert(root, 1);
            while let Some(it) = next.last_mut() {
                match it.next().map(String::as_str) {
                    Some(r) if defs.contains_key(r) => match state.get(r).copied().unwrap_or(0) {
                        0 => {
                            state.insert(r, 1);
                            path.push(r);
                            next.push(defs[r].1.refs.iter());
                        }
                        1 => {
                            let from = path.iter().position(|p| *p == r).unwrap_or(0);
                            let round: Vec<&str> =
                                path[from..].iter().copied().chain([r]).collect();
                            let (f, d) = defs[*path.last().unwrap_or(&r)];
                            let (line, col) = line_col(&f.text, d.start);
                            let span = Span { start: d.start, end: d.end, line, col };
                            out.push(Diagnostic {
                                severity: Severity::Error,
                                code: LintCode::MessageCycle,
                                file: f.path.clone(),
                                line,
                                col,
                                message: Msg::new("validate-message-cycle")
                                    .text("id", &d.id)
                                    .text("round", round.join(" → ")),
                                help: Some(Msg::new("validate-message-cycle-help")),
                                excerpt: Some(excerpt(&f.text, span)).filter(|s| !s.is_empty()),
                                subject: Some(d.id.clone()),
                            });
                        }
                        _ => {}
                    },
                    Some(_) => {}
                    None => {
                        next.pop();
                        if let Some(done) = path.pop() {
                            state.insert(done, 2);
                        }
                    }
                }
            }
        }
    }
    out
}

/// "cannot read: …" with the system's reason.
fn cannot_read(e: &std::io::Error) -> Msg {
    Msg::new("validate-cannot-read").text("error", e)
}

fn pattern_refs(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_refs(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
    }
}

fn inline_refs(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        _ => {}
    }
}

/// Every `.ftl` file of the locale folders, in the catalog's order and with its precedence (a
/// later folder's file of the same language and name replaces an earlier one; see
/// [`crate::i18n::ftl_files`]). Unreadable files are errors.
pub fn read_locales(dirs: &[PathBuf]) -> (Vec<FtlFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let problem_at = |path: &Path, (line, col): (usize, usize), message: Msg| Diagnostic {
        severity: Severity::Error,
        code: LintCode::UnreadableFile,
        file: path.to_path_buf(),
        line,
        col,
        message,
        help: None,
        excerpt: None,
        subject: None,
    };
    let problem = |path: &Path, message: Msg| problem_at(path, (1, 1), message);
    let crate::i18n::FtlFiles { found, unreadable } = crate::i18n::ftl_files(dirs);
    let mut problems: Vec<Diagnostic> =
        unreadable.iter().map(|(p, e)| problem(p, cannot_read(e))).collect();
    for (lang, f) in found {
        match std::fs::read(&f).map(String::from_utf8) {
            Ok(Ok(text)) => files.push(parse_ftl(&lang, &f, &text)),
            Ok(Err(e)) => {
                let at = crate::i18n::not_utf8_at(e.as_bytes());
                problems.push(problem_at(&f, at, Msg::new("validate-not-utf8")))
            }
            Err(e) => problems.push(problem(&f, cannot_read(&e))),
        }
    }
    (files, problems)
}

/// Lints on a case's own `.ftl` files (`locales/<lang>/<case id>.ftl`): ids nothing uses, and
/// placeholder texts in a language the case declares complete. Honours the case's `allow`.
pub fn case_ftl_lints(sc: &Scenario, files: &[FtlFile]) -> Vec<Diagnostic> {
    let used = used_messages(sc);
    let engine: BTreeSet<&str> = crate::sim::ENGINE_MESSAGES.iter().copied().collect();
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.stem() == sc.id) {
        // Ids referenced from any message of the same language count as used.
        let referenced: BTreeSet<&str> = files
            .iter()
            .filter(|g| g.lang == f.lang)
            .flat_map(|g| g.refs.iter().map(String::as_str))
            .collect();
        for d in &f.defs {
            let (line, col) = line_col(&f.text, d.start);
            let span = Span { start: d.start, end: d.end, line, col };
            let mut diag = |code: LintCode, message: Msg, help: Msg| {
                if !sc.allows(code.as_str(), &d.id) {
                    out.push(Diagnostic {
                        severity: Severity::Warning,
                        code,
                        file: f.path.clone(),
                        line,
                        col,
                        message,
                        help: Some(help),
                        excerpt: Some(excerpt(&f.text, span)).filter(|s| !s.is_empty()),
                        subject: Some(d.id.clone()),
                    });
                }
            };
            if !used.contains(&d.id)
                && !engine.contains(d.id.as_str())
                && !referenced.contains(d.id.as_str())
            {
                diag(
                    LintCode::UnusedMessage,
                    Msg::new("validate-unused-message").text("id", &d.id).text("case", &sc.id),
                    Msg::new("validate-unused-message-help").text("id", &d.id).text("case", &sc.id),
                );
            }
            if d.todo && sc.languages.contains(&f.lang) {
                diag(
                    LintCode::UntranslatedMessage,
                    Msg::new("validate-untranslated-message")
                        .text("id", &d.id)
                        .text("lang", &f.lang),
                    Msg::new("validate-untranslated-message-help").text("lang", &f.lang),
                );
            }
        }
    }
    out
}

/// One locale's share of a case's messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCoverage {
    pub lang: String,
    /// Messages defined in the locale and not marked `TODO translate`.
    pub translated: usize,
    pub needed: usize,
}

impl LocaleCoverage {
    /// Whole percent, rounded down (100 only when complete).
    pub fn percent(&self) -> usize {
        (self.translated * 100).checked_div(self.needed).unwrap_or(100)
    }
}

/// Per locale found under `locales/`, how many of the case's messages are translated.
pub fn coverage(
    sc: &Scenario,
    catalog: Option<&Catalog>,
    files: &[FtlFile],
) -> Vec<LocaleCoverage> {
    let used = used_messages(sc);
    let mut langs: Vec<String> = files.iter().map(|f| f.lang.clone()).collect();
    if let Some(c) = catalog {
        langs.extend(c.languages().into_iter().map(str::to_string));
    }
    langs.sort();
    langs.dedup();
    langs
        .into_iter()
        .map(|lang| {
            let mine: Vec<&FtlFile> = files.iter().filter(|f| f.lang == lang).collect();
            let todo: BTreeSet<&str> = mine
                .iter()
                .flat_map(|f| f.defs.iter().filter(|d| d.todo).map(|d| d.id.as_str()))
                .collect();
            let defined: BTreeSet<&str> =
                mine.iter().flat_map(|f| f.defs.iter().map(|d| d.id.as_str())).collect();
            let has = |id: &str| defined.contains(id) || catalog.is_some_and(|c| c.has(&lang, id));
            let translated =
                used.iter().filter(|id| has(id) && !todo.contains(id.as_str())).count();
            LocaleCoverage { lang, translated, needed: used.len() }
        })
        .collect()
}
