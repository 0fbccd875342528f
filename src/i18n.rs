//! Every word a person reads: Fluent catalogs from `locales/<lang>/*.ftl`, shared by GUI, CLI and reports.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::time::{Secs, format_clock, format_span};

/// A message to show: a Fluent id and its arguments. Engine events, errors and outcomes carry
/// these, so any front end renders them in any language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    /// Engine ids are static; scenario ids are owned: no allocation for the former.
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg { id: id.into(), args: Vec::with_capacity(4) }
    }
    pub fn arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((Cow::Borrowed(name), value));
        self
    }
    /// Shorthand for a text argument (an id, a path, a number already formatted).
    pub fn text(self, name: &'static str, value: impl std::fmt::Display) -> Msg {
        self.arg(name, Arg::Text(value.to_string()))
    }
    /// Shorthand for an argument that is itself a message id (an account's or channel's name).
    pub fn name(self, name: &'static str, id: &str) -> Msg {
        self.arg(name, Arg::Ref(id.to_string()))
    }
}

/// A message argument. `Ref` is another message, rendered first in the same language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Num(i64),
    /// Whole currency units, shown with digit grouping.
    Money(u64),
    /// A point in sim time (`T+00:12:30`).
    Time(Secs),
    /// A span of time (`2d 4h`).
    Span(Secs),
    Ref(String),
}

/// A Fluent file that did not parse, or a locale folder that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}:{col}: {message}")]
    Syntax { path: PathBuf, line: usize, col: usize, message: String },
    #[error("{path}:{line}:{col}: message `{id}` is defined twice")]
    Duplicate { path: PathBuf, line: usize, col: usize, id: String },
    #[error("{path}: no locale folders with .ftl files found")]
    Empty { path: PathBuf },
}

/// One locale's messages.
pub struct Locale {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
    /// Message id → (file, line) where it is defined.
    pub defined: BTreeMap<String, (PathBuf, usize)>,
    /// Every character used in message text (for font coverage checks).
    pub text: String,
}

/// All locales, with fallback: a message missing in one language comes from another and is logged.
pub struct Catalog {
    locales: Vec<Locale>,
    missing: Mutex<Vec<(String, String)>>,
}

/// The locale used when nothing else is asked for.
pub const DEFAULT_LANG: &str = "zh-CN";

impl Catalog {
    /// Load every `<dir>/<lang>/*.ftl`. Syntax errors come back with file, line and column.
    pub fn load(dir: &Path) -> Result<Catalog, I18nError> {
        std::fs::read_dir(dir)
            .map_err(|source| I18nError::Io { path: dir.to_path_buf(), source })?;
        Catalog::load_layers(&[dir.to_path_buf()])
    }

    /// Load the `.ftl` files of several locale folders as one catalog (see [`ftl_files`]): the
    /// app's own messages first, then a case folder's. A folder that does not exist adds nothing.
    pub fn load_layers(dirs: &[PathBuf]) -> Result<Catalog, I18nError> {
        let FtlFiles { found: files, unreadable } = ftl_files(dirs);
        if let Some((path, source)) = unreadable.into_iter().next() {
            return Err(I18nError::Io { path, source });
        }
        let mut locales = Vec::new();
        let mut i = 0;
        while i < files.len() {
            let lang = files[i].0.clone();
            let mut sources = Vec::new();
            while i < files.len() && files[i].0 == lang {
                let f = files[i].1.clone();
                i += 1;
                let bytes = std::fs::read(&f)
                    .map_err(|source| I18nError::Io { path: f.clone(), source })?;
                let text = String::from_utf8(bytes).map_err(|e| {
                    let (line, col) = not_utf8_at(e.as_bytes());
                    I18nError::Syntax {
                        path: f.clone(),
                        line,
                        col,
                        message: "not UTF-8 text: save the file as UTF-8".into(),
                    }
                })?;
                sources.push((f, text));
            }
            locales.push(Locale::from_sources(&lang, sources)?);
        }
        if locales.is_empty() {
            let path = dirs.first().cloned().unwrap_or_default();
            return Err(I18nError::Empty { path });
        }
        Ok(Catalog { locales, missing: Mutex::new(Vec::new()) })
    }

    /// A catalog of these locales (built with [`Locale::from_sources`]).
    pub fn from_locales(locales: Vec<Locale>) -> Catalog {
        Catalog { locales, missing: Mutex::new(Vec::new()) }
    }

    /// Languages available, sorted.
    pub fn languages(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.lang.as_str()).collect()
    }

    pub fn locale(&self, lang: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.lang == lang)
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.locale(lang).is_some_and(|l| l.defined.contains_key(id))
    }

    /// A message without arguments.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.render(lang, &Msg::new(id.to_string()))
    }

    /// Render a message in `lang`, falling back to the default locale, then any locale. A message
    /// that exists nowhere renders as `⟨id⟩` and is logged, so the gap is visible and reported.
    pub fn render(&self, lang: &str, msg: &Msg) -> String {
        for loc in self.fallback_chain(lang) {
            if let Some(s) = self.render_in(loc, msg) {
                if loc.lang != lang {
                    self.note_missing(lang, &msg.id);
                }
                return s;
            }
        }
        self.note_missing(lang, &msg.id);
        format!("⟨{}⟩", msg.id)
    }

    /// A span of time in `lang`, its two largest units (`2天4小时`, `2d 4h`), through the
    /// locale's `time-span-*` messages; without them, [`format_span`].
    pub fn span(&self, lang: &str, t: Secs) -> String {
        match self.locale(lang) {
            Some(loc) => self.span_in(loc, t),
            None => format_span(t),
        }
    }

    /// A point in sim time in `lang`: `T+00:12:30` within a day of the report, then the day
    /// through the locale's `time-day-after` / `time-day-before` (`D+3 04:00`, `+3天 04:00`).
    pub fn clock(&self, lang: &str, t: Secs) -> String {
        match self.locale(lang) {
            Some(loc) => self.clock_in(loc, t),
            None => format_clock(t),
        }
    }

    fn span_in(&self, loc: &Locale, t: Secs) -> String {
        let ids = ["time-span-d", "time-span-h", "time-span-m", "time-span-s"];
        if !ids.iter().chain(&["time-span-sep"]).all(|id| loc.defined.contains_key(*id)) {
            return format_span(t);
        }
        let a = t.unsigned_abs();
        let sizes = [86_400u64, 3600, 60, 1];
        let mut parts = Vec::new();
        let mut rem = a;
        for (size, id) in sizes.into_iter().zip(ids) {
            if rem >= size {
                let n = i64::try_from(rem / size).unwrap_or(i64::MAX);
                parts.push(self.render_in(loc, &Msg::new(id).arg("n", Arg::Num(n))));
                rem %= size;
            }
            if parts.len() == 2 {
                break;
            }
        }
        if parts.is_empty() {
            parts.push(self.render_in(loc, &Msg::new("time-span-s").arg("n", Arg::Num(0))));
        }
        let sep = self.render_in(loc, &Msg::new("time-span-sep")).unwrap_or_default();
        let body = parts.into_iter().flatten().collect::<Vec<_>>().join(&sep);
        if t < 0 { format!("-{body}") } else { body }
    }

    fn clock_in(&self, loc: &Locale, t: Secs) -> String {
        let a = t.unsigned_abs();
        let d = a / 86_400;
        let id = if t < 0 { "time-day-before" } else { "time-day-after" };
        if d == 0 || !loc.defined.contains_key(id) {
            return format_clock(t);
        }
        let rem = a % 86_400;
        let hm = format!("{:02}:{:02}", rem / 3600, (rem % 3600) / 60);
        let msg = Msg::new(id)
            .arg("d", Arg::Num(i64::try_from(d).unwrap_or(i64::MAX)))
            .arg("hm", Arg::Text(hm));
        self.render_in(loc, &msg).unwrap_or_else(|| format_clock(t))
    }

    /// Messages that had to fall back, as (lang, id), each once.
    pub fn missing(&self) -> Vec<(String, String)> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    fn note_missing(&self, lang: &str, id: &str) {
        if let Ok(mut m) = self.missing.lock() {
            let key = (lang.to_string(), id.to_string());
            if !m.contains(&key) {
                // Not `eprintln!`: a closed stderr must not panic.
                use std::io::Write as _;
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "goldenhour: message `{id}` is missing in {lang}; shown from another locale"
                );
                m.push(key);
            }
        }
    }

    fn fallback_chain<'a>(&'a self, lang: &str) -> impl Iterator<Item = &'a Locale> + 'a {
        let first = self.locale(lang);
        let default = self.locale(DEFAULT_LANG).filter(|l| l.lang != lang);
        let lang = lang.to_string();
        first
            .into_iter()
            .chain(default)
            .chain(self.locales.iter().filter(move |l| l.lang != lang && l.lang != DEFAULT_LANG))
    }

    fn render_in(&self, loc: &Locale, msg: &Msg) -> Option<String> {
        let m = loc.bundle.get_message(&msg.id)?;
        let pattern = m.value()?;
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let v: FluentValue = match value {
                Arg::Text(s) => s.clone().into(),
                Arg::Num(n) => (*n).into(),
                Arg::Money(n) => group_digits_for(&loc.lang, *n).into(),
                Arg::Time(t) => self.clock_in(loc, *t).into(),
                Arg::Span(t) => self.span_in(loc, *t).into(),
                Arg::Ref(id) => self.render(&loc.lang, &Msg::new(id.clone())).into(),
            };
            args.set(name.to_string(), v);
        }
        let mut errors = Vec::new();
        let out = loc.bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(out.into_owned())
    }
}

impl Locale {
    /// Build a locale from (path, text) pairs; used by [`Catalog::load`] and by tests.
    pub fn from_sources(lang: &str, sources: Vec<(PathBuf, String)>) -> Result<Locale, I18nError> {
        let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let mut defined: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
        let mut text = String::new();
        for (path, src) in sources {
            let src = src.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(src);
            if let Some(at) = broken_escape(&src) {
                let (line, col) = line_col(&src, at);
                let message = format!("Fluent syntax error: {BROKEN_ESCAPE}");
                return Err(I18nError::Syntax { path, line, col, message });
            }
            let res = match FluentResource::try_new(src.clone()) {
                Ok(r) => r,
                Err((_, errs)) => {
                    let first = &errs[0];
                    let (line, col) = line_col(&src, ftl_error_offset(&src, first));
                    return Err(I18nError::Syntax {
                        path,
                        line,
                        col,
                        message: format!("Fluent syntax error: {}", first.kind),
                    });
                }
            };
            // Where each message is defined: the n-th definition of an id is at its n-th
            // occurrence at the start of a line.
            let mut seen_here: BTreeMap<String, usize> = BTreeMap::new();
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    let nth = seen_here.entry(id.clone()).or_insert(0);
                    let offset = definition_offset(&src, &id, *nth);
                    *nth += 1;
                    let (line, col) = line_col(&src, offset);
                    if defined.contains_key(&id) {
                        return Err(I18nError::Duplicate { path, line, col, id });
                    }
                    defined.insert(id, (path.clone(), line));
                }
            }
            for line in src.lines() {
                if !line.trim_start().starts_with('#') {
                    let _ = writeln!(text, "{line}");
                }
            }
            if let Err(errs) = bundle.add_resource(res)
                && let Some(e) = errs.first()
            {
                return Err(I18nError::Syntax { path, line: 1, col: 1, message: e.to_string() });
            }
        }
        Ok(Locale { lang: lang.to_string(), bundle, defined, text })
    }
}

/// The `.ftl` files of several locale folders (`<dir>/<lang>/*.ftl`), as (language, file),
/// sorted by language then file name. Folders come in order of precedence: a later folder's
/// file of the same language and name replaces an earlier one (a case folder's own copy of
/// `engine.ftl` replaces the app's). A folder that does not exist adds nothing; one that cannot
/// be read is returned with its error.
pub fn ftl_files(dirs: &[PathBuf]) -> FtlFiles {
    let mut by_name: BTreeMap<(String, std::ffi::OsString), PathBuf> = BTreeMap::new();
    let mut unreadable = Vec::new();
    for dir in dirs {
        let langs = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                unreadable.push((dir.clone(), e));
                continue;
            }
        };
        for lang_dir in langs.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()) {
            let Some(lang) = lang_dir.file_name().and_then(|n| n.to_str()).map(str::to_string)
            else {
                continue;
            };
            let files = match std::fs::read_dir(&lang_dir) {
                Ok(rd) => rd,
                Err(e) => {
                    unreadable.push((lang_dir, e));
                    continue;
                }
            };
            for f in files.filter_map(|e| e.ok().map(|e| e.path())) {
                if f.extension().is_some_and(|x| x == "ftl")
                    && let Some(name) = f.file_name()
                {
                    by_name.insert((lang.clone(), name.to_os_string()), f.clone());
                }
            }
        }
    }
    FtlFiles { found: by_name.into_iter().map(|((lang, _), f)| (lang, f)).collect(), unreadable }
}

/// What [`ftl_files`] found.
pub struct FtlFiles {
    /// (language, file), sorted by language then file name.
    pub found: Vec<(String, PathBuf)>,
    /// Folders that exist but cannot be read, with the error.
    pub unreadable: Vec<(PathBuf, std::io::Error)>,
}

/// Byte offset of the `nth` line that starts with `id` followed by `=` (spaces allowed).
pub fn definition_offset(src: &str, id: &str, nth: usize) -> usize {
    let mut off = 0;
    let mut count = 0;
    for line in src.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            if count == nth {
                return off;
            }
            count += 1;
        }
        off += line.len();
    }
    0
}

/// What is wrong with an escape [`broken_escape`] finds.
pub const BROKEN_ESCAPE: &str = "a \\u escape needs 4 hex digits, \\U 6";

/// The byte offset of a `\u` or `\U` escape in a string literal whose hex digits stop at a
/// character of more than one byte (`"\uf文"`): fluent-syntax 0.12 panics on it (it slices into
/// that character to quote the bad sequence), so the catalog and `validate` report it as a
/// syntax error before the parser sees the text. A string literal ends at its line's end.
pub fn broken_escape(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => in_string = false,
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                let len = match b.get(i + 1) {
                    Some(b'u') => 4,
                    Some(b'U') => 6,
                    // Another escape (`\"`, `\\`): its character is not a quote that counts.
                    _ => {
                        i += 2;
                        continue;
                    }
                };
                let digits = b[i + 2..].iter().take(len).take_while(|c| c.is_ascii_hexdigit());
                let stop = i + 2 + digits.count();
                if stop < i + 2 + len && b.get(stop).is_some_and(|c| !c.is_ascii()) {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where a Fluent syntax error is reported: where the parser found it, except when it ran on
/// past the broken line into the next entry or the end of the file (a placeable left open):
/// then just after the last text of the broken entry, on its own line. `validate` and the
/// catalog both place errors with this, so they give the same line and column.
pub fn ftl_error_offset(src: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let pos = e.pos.start.min(src.len());
    let entry = e.slice.as_ref().map_or(0, |s| s.start).min(pos);
    let line_start = pos == 0 || src.as_bytes().get(pos - 1) == Some(&b'\n');
    let next_entry =
        pos == src.len() || (line_start && !src[pos..].starts_with([' ', '\t', '\r', '\n']));
    if !next_entry || !src.is_char_boundary(entry) || !src.is_char_boundary(pos) {
        return pos;
    }
    entry + src[entry..pos].trim_end().len()
}

/// Where the first byte that is not UTF-8 sits in `bytes` (1-based line and column, in chars
/// of the text before it): the one position every reader of a text file reports.
pub fn not_utf8_at(bytes: &[u8]) -> (usize, usize) {
    let upto = std::str::from_utf8(bytes).err().map_or(bytes.len(), |e| e.valid_up_to());
    let before = String::from_utf8_lossy(&bytes[..upto]);
    line_col(&before, upto)
}

/// 1-based line and column (in chars) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}

/// `1234567` → `1,234,567`.
pub fn group_digits(n: u64) -> String {
    group_digits_with(n, ',')
}

/// Digit grouping as the language writes it: `1.234.567` in Vietnamese (and the other languages
/// that group with a dot), `1,234,567` otherwise.
pub fn group_digits_for(lang: &str, n: u64) -> String {
    let base = lang.split('-').next().unwrap_or("");
    let dot = ["vi", "id", "de", "es", "it", "pt", "nl", "tr"].contains(&base);
    group_digits_with(n, if dot { '.' } else { ',' })
}

fn group_digits_with(n: u64, sep: char) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The system's language if a catalog has it, else the default. The locale variables come first
/// (the first set of `LC_ALL`, `LC_MESSAGES` and `LANG`, on every system, so a shell or a test
/// can choose), then the languages the user prefers as the system keeps them (`sys_locale`: on
/// Unix `LANGUAGE` and the same variables, on Windows and macOS the user's settings).
pub fn system_language(available: &[&str]) -> String {
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX");
    match_language(env.into_iter().chain(sys_locale::get_locales()), available)
}

/// The first of `wanted` (most wanted first; BCP 47 tags such as `zh-Hans-CN` or POSIX locales
/// such as `vi_VN.UTF-8`) that `available` has, by the whole tag (script left out) or else by
/// its language alone; the default when none is there.
fn match_language<S: AsRef<str>>(
    wanted: impl IntoIterator<Item = S>,
    available: &[&str],
) -> String {
    for w in wanted {
        let posix = w.as_ref().split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let mut parts = posix.split('-').filter(|p| !p.is_empty());
        let Some(lang) = parts.next() else { continue };
        if lang.eq_ignore_ascii_case("C") || lang.eq_ignore_ascii_case("POSIX") {
            continue;
        }
        // A script subtag (four letters) is not part of how the catalogs name locales.
        let rest: Vec<&str> = parts.filter(|p| p.len() != 4).collect();
        let tag = std::iter::once(lang).chain(rest).collect::<Vec<_>>().join("-");
        if let Some(hit) = available.iter().find(|l| l.eq_ignore_ascii_case(&tag)) {
            return hit.to_string();
        }
        let same_lang =
            |l: &&&str| l.split('-').next().is_some_and(|x| x.eq_ignore_ascii_case(lang));
        if let Some(hit) = available.iter().find(same_lang) {
            return hit.to_string();
        }
    }
    DEFAULT_LANG.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `\u` escape whose digits stop at a Chinese character made the Fluent parser panic:
    /// it is a syntax error at the escape, in the catalog and in `validate`; good escapes,
    /// and backslashes outside string literals, are left alone.
    #[test]
    fn a_unicode_escape_cut_by_a_wide_character_is_an_error_not_a_panic() {
        let bad = "ok = fine\nx = { \"a\\uf文\" }\n";
        assert_eq!(broken_escape(bad), Some(bad.find('\\').unwrap()));
        let err = Locale::from_sources("en-US", vec![("a.ftl".into(), bad.into())]).err();
        assert!(matches!(err, Some(I18nError::Syntax { line: 2, col: 9, .. })), "{err:?}");
        let f = crate::scenario::validate::parse_ftl("en-US", "a.ftl".as_ref(), bad);
        assert_eq!((f.errors.len(), f.errors[0].line, f.errors[0].col), (1, 2, 9));
        for good in [
            "x = { \"\\u4E2D\" }\n",
            "x = { \"\\U01F600\" }\n",
            "x = { \"\\\"\\uf\" }\n",
            "x = C:\\uf文 outside a literal\n",
            "x = { \"\\uf\" }\n",
        ] {
            assert_eq!(broken_escape(good), None, "{good}");
        }
    }

    fn cat() -> Catalog {
        let zh = Locale::from_sources(
            "zh-CN",
            vec![("zh.ftl".into(), "acc = 骡子卡\nmoved = { $who } 转出 { $amount } 元\n".into())],
        )
        .unwrap();
        let en = Locale::from_sources(
            "en-US",
            vec![(
                "en.ftl".into(),
                "acc = mule card\nmoved = { $who } moved { $amount }\nonly-en = hi\n".into(),
            )],
        )
        .unwrap();
        Catalog { locales: vec![en, zh], missing: Mutex::new(Vec::new()) }
    }

    #[test]
    fn renders_refs_money_and_falls_back() {
        let c = cat();
        let m = Msg::new("moved").name("who", "acc").arg("amount", Arg::Money(1_000_000));
        assert_eq!(c.render("zh-CN", &m), "骡子卡 转出 1,000,000 元");
        assert_eq!(c.render("en-US", &m), "mule card moved 1,000,000");
        assert_eq!(c.text("zh-CN", "only-en"), "hi");
        assert_eq!(c.missing(), vec![("zh-CN".to_string(), "only-en".to_string())]);
        assert_eq!(c.text("en-US", "nowhere"), "⟨nowhere⟩");
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err =
            Locale::from_sources("en-US", vec![("x.ftl".into(), "ok = fine\nbad = { $\n".into())])
                .err()
                .unwrap();
        match err {
            I18nError::Syntax { line, .. } => assert_eq!(line, 2),
            other => panic!("unexpected {other}"),
        }
        let dup =
            Locale::from_sources("en-US", vec![("x.ftl".into(), "a = 1\nb = 2\na = 3\n".into())]);
        assert!(matches!(dup, Err(I18nError::Duplicate { line: 3, .. })));
        let dup = Locale::from_sources(
            "en-US",
            vec![("x.ftl".into(), "b = 0\na = 1\nc = 2\na = 3\n".into())],
        );
        assert!(matches!(dup, Err(I18nError::Duplicate { line: 4, .. })), "the second definition");
    }

    #[test]
    fn system_languages_match_by_tag_then_language() {
        let avail = ["zh-CN", "en-US", "vi-VN"];
        let pick = |wanted: &[&str]| match_language(wanted.iter().copied(), &avail);
        assert_eq!(pick(&["vi_VN.UTF-8"]), "vi-VN");
        assert_eq!(pick(&["en-GB"]), "en-US", "same language, other region");
        assert_eq!(pick(&["EN_us"]), "en-US");
        assert_eq!(pick(&["zh-Hans-CN"]), "zh-CN", "script left out");
        assert_eq!(
            pick(&["de_DE.UTF-8@euro", "vi"]),
            "vi-VN",
            "the next one when the first is missing"
        );
        assert_eq!(pick(&["C.UTF-8", "POSIX", "", "en-US"]), "en-US");
        assert_eq!(pick(&["fr-FR", "de"]), DEFAULT_LANG);
        assert_eq!(pick(&[]), DEFAULT_LANG);
        assert_eq!(match_language(["en-US"], &[]), DEFAULT_LANG);
        // Whatever the machine says, the answer is one the catalogs have.
        assert!(avail.contains(&system_language(&avail).as_str()));
    }

    #[test]
    fn digit_grouping() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(1234567), "1,234,567");
        assert_eq!(group_digits_for("vi-VN", 1234567), "1.234.567");
        assert_eq!(group_digits_for("zh-CN", 1234567), "1,234,567");
        assert_eq!(group_digits_for("en-US", 920), "920");
    }
}
