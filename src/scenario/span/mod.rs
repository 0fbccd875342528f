//! Positions in RON text: maps a path such as `accounts[3].institution` to the line and column of its value, for diagnostics.
//!
//! [`SpanTree::parse`] reads RON leniently (it never fails and never recurses) into a flat tree of
//! value spans, [`SpanTree::locate`] follows a [`Path`] as the validator reports it, and
//! [`excerpt`] renders the line with a caret under the value, compiler style.

mod parser;

use std::borrow::Cow;

/// One step of a path into a RON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A struct or struct-variant field: `.to`.
    Field(String),
    /// An element of a list, tuple or tuple variant: `[2]`.
    Index(usize),
    /// A map key: `["expert"]`.
    Key(String),
}

/// A path: `accounts[3].institution` is [Field("accounts"), Index(3), Field("institution")].
pub type Path = Vec<Step>;

/// Where a value sits: byte offsets into the text and 1-based line and column (column counted in chars).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
}

/// Containers nested deeper than this are kept as one opaque value (their inside is skipped).
const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Leaf,
    Str,
    Paren,
    List,
    Map,
}

/// How a node hangs off its parent: a field name or map key is a `Key` node, and its value
/// follows as the next sibling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Positional,
    Key,
    Value,
}

/// Nodes sit in document order, so a node's first child (if `has_children`) is the next node.
#[derive(Debug, Clone, Copy)]
struct Node {
    start: u32,
    end: u32,
    /// Next sibling; 0 for none (the root is never a sibling).
    next: u32,
    kind: Kind,
    role: Role,
    has_children: bool,
}

/// The spans of every value in a RON text, for mapping paths to positions.
#[derive(Debug, Clone)]
pub struct SpanTree {
    text: String,
    bom: usize,
    /// Byte offset of the start of each line.
    lines: Vec<u32>,
    nodes: Vec<Node>,
    /// The elements of each long list, in order: `accounts[40000]` is one probe, not a walk
    /// past 40,000 siblings (which made placing every finding of a big case quadratic).
    long_lists: std::collections::HashMap<u32, Vec<u32>>,
}

/// Lists with more elements than this get an index in [`SpanTree::long_lists`].
const LONG_LIST: usize = 32;

impl SpanTree {
    /// Never panics, whatever the input (it may be invalid RON: then return a tree of what was understood, possibly empty).
    pub fn parse(text: &str) -> SpanTree {
        let mut cut = text.len().min(u32::MAX as usize - 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = text.get(..cut).unwrap_or("");
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let lines = std::iter::once(0).chain(newlines.map(|(i, _)| i as u32 + 1));
        let nodes = parser::nodes(text, bom);
        let (text, lines) = (text.to_owned(), lines.collect());
        let mut tree = SpanTree { text, bom, lines, nodes, long_lists: Default::default() };
        let mut long_lists = std::collections::HashMap::new();
        for (i, n) in tree.nodes.iter().enumerate() {
            if n.kind != Kind::List || !n.has_children {
                continue;
            }
            let kids: Vec<u32> = tree
                .children(i as u32)
                .filter(|(_, k)| k.role == Role::Positional)
                .map(|(c, _)| c)
                .collect();
            if kids.len() > LONG_LIST {
                long_lists.insert(i as u32, kids);
            }
        }
        tree.long_lists = long_lists;
        tree
    }

    /// The span of the value at `path`; if the full path cannot be followed, the span of the deepest value reached (so an error still points somewhere near), or None if not even the first step exists.
    pub fn locate(&self, path: &[Step]) -> Option<Span> {
        self.node(self.walk(path)?.0).map(|n| self.span(n))
    }

    /// Span of the field *name* at path (for "unknown/duplicate field" style messages), if the last step is a Field.
    ///
    /// A last `Key` step gives the map key's span. None if the path does not fully exist.
    pub fn locate_key(&self, path: &[Step]) -> Option<Span> {
        match (path.last()?, self.walk(path)?) {
            (Step::Field(_) | Step::Key(_), (_, true, Some(key))) => {
                self.node(key).map(|n| self.span(n))
            }
            _ => None,
        }
    }

    fn node(&self, i: u32) -> Option<Node> {
        self.nodes.get(i as usize).copied()
    }

    /// Follows `path`: the deepest node reached, whether all of it was followed, and the key
    /// node the last step matched.
    fn walk(&self, path: &[Step]) -> Option<(u32, bool, Option<u32>)> {
        self.node(0)?;
        let (mut cur, mut key) = (0, None);
        for (depth, step) in path.iter().enumerate() {
            match self.child(cur, step) {
                Some(found) => (cur, key) = found,
                None if depth == 0 => return None,
                None => return Some((cur, false, None)),
            }
        }
        Some((cur, true, key))
    }

    /// One step down from `node`, seeing through newtypes as serde paths do: inside a wrapper
    /// `Some(x)` / `Name(x)` / `(x)` whose one element is a container first (so `opt[0]` is the
    /// first element of `Some([...])` and `when[1]` the second of `All([...])`), then at the
    /// wrapper itself (`Hold("48h")[0]` is `"48h"`).
    fn child(&self, node: u32, step: &Step) -> Option<(u32, Option<u32>)> {
        let container =
            |i: &u32| self.node(*i).is_some_and(|n| !matches!(n.kind, Kind::Leaf | Kind::Str));
        let mut inner = node;
        while let Some(i) = self.single_positional(inner).filter(container) {
            inner = i;
        }
        let outer = || (inner != node).then(|| self.descend(node, step)).flatten();
        self.descend(inner, step).or_else(outer)
    }

    fn descend(&self, mut at: u32, step: &Step) -> Option<(u32, Option<u32>)> {
        loop {
            if let Some(found) = self.direct_child(at, step) {
                return Some(found);
            }
            at = self.single_positional(at)?;
        }
    }

    /// The child at `step`, with its key node. An index into a map picks the entry whose key is
    /// that number, else the entry in that position.
    fn direct_child(&self, node: u32, step: &Step) -> Option<(u32, Option<u32>)> {
        if let (Step::Index(i), Some(kids)) = (step, self.long_lists.get(&node)) {
            return kids.get(*i).map(|&c| (c, None));
        }
        let keyed = |c| Some((self.value_after(c), Some(c)));
        let (mut pos, mut entry, mut by_order) = (0, 0, None);
        for (c, n) in self.children(node) {
            match (step, n.role) {
                (Step::Field(name) | Step::Key(name), Role::Key) if self.key_text(n) == *name => {
                    return keyed(c);
                }
                (Step::Index(i), Role::Positional) if pos == *i => return Some((c, None)),
                (Step::Index(_), Role::Positional) => pos += 1,
                (Step::Index(i), Role::Key) => {
                    if self.key_text(n).replace('_', "").parse() == Ok(*i) {
                        return keyed(c);
                    }
                    by_order = by_order.or((entry == *i).then_some(c));
                    entry += 1;
                }
                _ => {}
            }
        }
        by_order.and_then(keyed)
    }

    fn children(&self, node: u32) -> impl Iterator<Item = (u32, Node)> + '_ {
        let first = self.node(node).filter(|n| n.has_children).map(|_| node + 1);
        let next = |&c: &u32| self.node(c).map(|n| n.next).filter(|&n| n != 0);
        std::iter::successors(first, next).filter_map(|c| Some((c, self.node(c)?)))
    }

    /// The value following a key node (the key itself if the value is missing).
    fn value_after(&self, key: u32) -> u32 {
        let next = self.node(key).map_or(0, |n| n.next);
        match self.node(next) {
            Some(n) if next != 0 && n.role == Role::Value => next,
            _ => key,
        }
    }

    /// The content of `Name(x)` or `(x)`, a parenthesised node with exactly one positional element.
    fn single_positional(&self, node: u32) -> Option<u32> {
        if self.node(node)?.kind != Kind::Paren {
            return None;
        }
        let mut it = self.children(node);
        match (it.next(), it.next()) {
            (Some((c, n)), None) if n.role == Role::Positional => Some(c),
            _ => None,
        }
    }

    /// What a field name or map key says: the unescaped content of a string, else the raw text.
    fn key_text(&self, n: Node) -> Cow<'_, str> {
        let raw = self.text.get(n.start as usize..n.end as usize).unwrap_or("");
        match n.kind {
            Kind::Str => string_value(raw),
            _ => Cow::Borrowed(raw.strip_prefix("r#").unwrap_or(raw)),
        }
    }

    fn span(&self, n: Node) -> Span {
        let (start, end) = (n.start as usize, n.end as usize);
        let line = self.lines.partition_point(|&s| s as usize <= start).max(1);
        let from = self.lines.get(line - 1).map_or(0, |&s| s as usize).max(self.bom);
        let col = self.text.get(from..start).map_or(0, |s| s.chars().count()) + 1;
        Span { start, end, line, col }
    }
}

fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The value of a string literal (`"a\"b"`, `r#"a"b"#`, `b"x"`), quotes and escapes removed.
fn string_value(raw: &str) -> Cow<'_, str> {
    let raw = raw.strip_prefix('b').unwrap_or(raw);
    if let Some(r) = raw.strip_prefix('r') {
        let body = r.trim_start_matches('#');
        let close = format!("\"{}", "#".repeat(r.len() - body.len()));
        let body = body.strip_prefix('"').unwrap_or(body);
        return Cow::Borrowed(body.strip_suffix(close.as_str()).unwrap_or(body));
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    if !body.contains('\\') {
        return Cow::Borrowed(body);
    }
    let (mut out, mut it) = (String::with_capacity(body.len()), body.chars());
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let rest = it.as_str();
        let escape = it.next();
        let hex = match escape {
            Some('u') => rest.get(1..).and_then(|s| s.strip_prefix('{')?.split_once('}')),
            Some('x') => rest.get(1..3).zip(rest.get(3..)),
            _ => None,
        };
        if let Some((digits, after)) = hex {
            let ch = u32::from_str_radix(digits, 16).ok().and_then(char::from_u32);
            out.push(ch.unwrap_or(char::REPLACEMENT_CHARACTER));
            it = after.chars();
            continue;
        }
        let plain = [('n', '\n'), ('t', '\t'), ('r', '\r'), ('0', '\0')];
        let e = escape.unwrap_or('\\');
        out.push(plain.iter().find(|p| p.0 == e).map_or(e, |p| p.1));
    }
    Cow::Owned(out)
}

/// Parse a path string like `laundering.rules[2].legs[0].to` or `lines["expert"][3].at` or `lines.expert[3]` into steps. A bare identifier after a map value acts as Key or Field: `locate` must treat Field(name) and Key(name) interchangeably when the node is a map with string keys.
///
/// A bare all-digit segment (`pair.0`) is an Index; a non-numeric bracket (`[expert]`) is a Key.
pub fn parse_path(s: &str) -> Path {
    let (mut steps, mut rest) = (Vec::new(), s.trim());
    while let Some(c) = rest.chars().next() {
        if c == '.' || c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if let Some(inner) = rest.strip_prefix('[') {
            let inner = inner.trim_start();
            let after = match inner.chars().next().filter(|&q| q == '"' || q == '\'') {
                Some(q) => {
                    let body = &inner[1..];
                    let mut escaped = false;
                    let end = body.char_indices().find(|&(_, ch)| {
                        let stop = ch == q && !escaped;
                        escaped = ch == '\\' && !escaped;
                        stop
                    });
                    let (body, after) = body.split_at(end.map_or(body.len(), |e| e.0));
                    steps.push(Step::Key(string_value(&format!("\"{body}\"")).into_owned()));
                    after
                }
                None => {
                    let (seg, after) = inner.split_at(inner.find(']').unwrap_or(inner.len()));
                    let seg = seg.trim();
                    steps.push(seg.parse().map_or_else(|_| Step::Key(seg.to_owned()), Step::Index));
                    after
                }
            };
            rest = after.find(']').map_or("", |i| &after[i + 1..]);
        } else {
            let (seg, after) = rest.split_at(rest.find(['.', '[']).unwrap_or(rest.len()));
            let seg = seg.trim();
            let numeric = seg.bytes().all(|b| b.is_ascii_digit());
            steps.push(match seg.parse() {
                Ok(i) if numeric => Step::Index(i),
                _ => Step::Field(seg.to_owned()),
            });
            rest = after;
        }
    }
    steps
}

/// A one-line excerpt with a caret line under the span, compiler style, e.g.
///   12 |         to: "lao-card-3",
///      |             ^^^^^^^^^^^^
///
/// Two lines, no trailing newline; the carets stop at the end of the span's first line. Tabs are
/// kept in the padding and wide (CJK) characters count two columns, so the caret lines up.
pub fn excerpt(text: &str, span: Span) -> String {
    const EXCERPT_BEFORE: usize = 100;
    const EXCERPT_AFTER: usize = 120;
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let (before, after) = text.split_at(start);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_no =
        if span.line > 0 { span.line } else { before.bytes().filter(|&b| b == b'\n').count() + 1 };
    let head = before.get(line_start..).unwrap_or("");
    let head = if line_start == 0 { head.trim_start_matches('\u{FEFF}') } else { head };
    let tail = after.split('\n').next().unwrap_or("").trim_end_matches('\r');
    // A long line is cut to a window around the span: at most EXCERPT_BEFORE chars before it
    // and EXCERPT_AFTER from its start, each cut marked with `…`.
    let head = match head.char_indices().rev().nth(EXCERPT_BEFORE) {
        Some((i, c)) => format!("…{}", &head[i + c.len_utf8()..]),
        None => head.to_string(),
    };
    let tail = match tail.char_indices().nth(EXCERPT_AFTER) {
        Some((i, _)) => format!("{}…", &tail[..i]),
        None => tail.to_string(),
    };
    let tail = tail.as_str();
    let len = span.end.saturating_sub(start).min(tail.len());
    let marked = tail.char_indices().take_while(|&(i, _)| i < len);
    let carets = "^".repeat(marked.map(|(_, c)| width(c)).sum::<usize>().max(1));
    let pad = head.chars().map(|c| if c == '\t' { "\t".into() } else { " ".repeat(width(c)) });
    let (pad, gutter) = (pad.collect::<String>(), line_no.to_string());
    let code = format!("{gutter} | {head}{tail}");
    format!("{}\n{:w$} | {pad}{carets}", code.trim_end(), "", w = gutter.len())
}

/// Terminal columns a char takes: 2 for East Asian wide characters and emoji, 0 for combining
/// marks, else 1 (an approximation of Unicode East Asian Width, without tables).
fn width(c: char) -> usize {
    const ZERO: [(u32, u32); 3] = [(0x300, 0x36F), (0x200B, 0x200F), (0xFE00, 0xFE0F)];
    const WIDE: [(u32, u32); 10] = [
        (0x1100, 0x115F),
        (0x2E80, 0xA4CF),
        (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF),
        (0xFE30, 0xFE4F),
        (0xFF00, 0xFF60),
        (0xFFE0, 0xFFE6),
        (0x1F300, 0x1F64F),
        (0x1F900, 0x1F9FF),
        (0x20000, 0x3FFFD),
    ];
    let within = |table: &[(u32, u32)]| table.iter().any(|&(a, b)| (a..=b).contains(&(c as u32)));
    if within(&ZERO) {
        0
    } else if within(&WIDE) {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests;
