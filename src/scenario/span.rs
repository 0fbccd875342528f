//! Positions in RON text: maps a path such as `accounts[3].institution` to the line and column of its value, for diagnostics.
//!
//! [`SpanTree::parse`] reads RON leniently (it never fails and never recurses) into a flat tree of
//! value spans, [`SpanTree::locate`] follows a [`Path`] as the validator reports it, and
//! [`excerpt`] renders the line with a caret under the value, compiler style.

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
}

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
        let mut p = Parser { s: text, pos: bom, peeked: None, nodes: vec![], stack: vec![] };
        p.run();
        let (text, lines) = (text.to_owned(), lines.collect());
        SpanTree { text, bom, lines, nodes: p.nodes }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    Hash,
    Value(Kind),
    Ident,
    Other,
    Eof,
}

/// A token and its byte range.
type Token = (Tok, usize, usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Expecting an element, field name or map key.
    Item,
    /// After a map key.
    Colon,
    /// After `name:` or `key:`.
    Value,
    /// After a complete element.
    Comma,
}

/// An open container: its node, closing byte, last child so far, and what comes next.
struct Frame {
    node: u32,
    close: u8,
    kind: Kind,
    state: State,
    last: u32,
}

/// A lexer and tree builder in one, with an explicit stack of open containers, recovering from
/// any error.
struct Parser<'a> {
    s: &'a str,
    pos: usize,
    peeked: Option<Token>,
    nodes: Vec<Node>,
    stack: Vec<Frame>,
}

impl Parser<'_> {
    fn run(&mut self) {
        loop {
            let t = self.next();
            if t.0 == Tok::Eof {
                while let Some(f) = self.stack.pop() {
                    self.set_end(f.node, t.1);
                }
                return;
            }
            if !self.stack.is_empty() {
                self.step(t);
            } else if !self.nodes.is_empty() {
                return;
            } else if t.0 == Tok::Hash {
                // `#![enable(...)]` before the top-level value.
                if self.peek() == Tok::Other {
                    self.next();
                }
                if self.peek() == Tok::Open(b'[') {
                    self.next();
                    self.skip_group();
                }
            } else if matches!(t.0, Tok::Open(_) | Tok::Value(_) | Tok::Ident) {
                self.begin(t, Role::Positional);
            }
        }
    }

    fn step(&mut self, t: Token) {
        let Some(f) = self.stack.last_mut() else {
            return;
        };
        match t.0 {
            Tok::Close(c) => self.close(c, t),
            Tok::Comma => f.state = State::Item,
            Tok::Colon if f.state == State::Colon => f.state = State::Value,
            Tok::Open(_) | Tok::Value(_) | Tok::Ident => {
                // A missing comma or colon is taken as written.
                f.state = match f.state {
                    State::Comma => State::Item,
                    State::Colon => State::Value,
                    s => s,
                };
                let role = match (f.kind, f.state) {
                    (_, State::Value) => Role::Value,
                    (Kind::Map, _) => Role::Key,
                    _ => Role::Positional,
                };
                let paren = f.kind == Kind::Paren;
                if role == Role::Positional
                    && paren
                    && t.0 == Tok::Ident
                    && self.peek() == Tok::Colon
                {
                    self.next();
                    self.add(t, Kind::Leaf, Role::Key);
                    if let Some(f) = self.stack.last_mut() {
                        f.state = State::Value;
                    }
                } else {
                    self.begin(t, role);
                }
            }
            _ => {}
        }
    }

    /// Starts a value at `t`: a scalar is complete at once, a container opens a frame.
    fn begin(&mut self, t: Token, role: Role) {
        let (kind, close) = match t.0 {
            Tok::Value(k) => (k, 0),
            Tok::Open(b'(') => (Kind::Paren, b')'),
            Tok::Open(b'[') => (Kind::List, b']'),
            Tok::Open(_) => (Kind::Map, b'}'),
            Tok::Ident if self.peek() == Tok::Open(b'(') => {
                self.next();
                (Kind::Paren, b')')
            }
            _ => (Kind::Leaf, 0),
        };
        let node = self.add(t, kind, role);
        if close != 0 && self.stack.len() < MAX_DEPTH {
            let (state, last) = (State::Item, 0);
            return self.stack.push(Frame { node, close, kind, state, last });
        }
        if close != 0 {
            let end = self.skip_group();
            self.set_end(node, end);
        }
        self.done();
    }

    fn add(&mut self, t: Token, kind: Kind, role: Role) -> u32 {
        let idx = self.nodes.len() as u32;
        let (start, end, next, has_children) = (t.1 as u32, t.2 as u32, 0, false);
        self.nodes.push(Node { start, end, next, kind, role, has_children });
        if let Some(f) = self.stack.last_mut() {
            let prev = self.nodes.get_mut(if f.last == 0 { f.node } else { f.last } as usize);
            match prev {
                Some(p) if f.last == 0 => p.has_children = true,
                Some(p) => p.next = idx,
                None => {}
            }
            f.last = idx;
        }
        idx
    }

    fn set_end(&mut self, node: u32, end: usize) {
        if let Some(n) = self.nodes.get_mut(node as usize) {
            n.end = end as u32;
        }
    }

    /// A value just ended inside the top frame.
    fn done(&mut self) {
        if let Some(f) = self.stack.last_mut() {
            let key = f.kind == Kind::Map && f.state == State::Item;
            f.state = if key { State::Colon } else { State::Comma };
        }
    }

    /// Closes the innermost frame that `c` closes (and any left open inside it); a stray closer is ignored.
    fn close(&mut self, c: u8, t: Token) {
        let Some(at) = self.stack.iter().rposition(|f| f.close == c) else {
            return;
        };
        while let Some(f) = self.stack.pop() {
            let last = self.stack.len() == at;
            self.set_end(f.node, if last { t.2 } else { t.1 });
            if last {
                break;
            }
        }
        self.done();
    }

    /// Skips the rest of a container nested too deep (or an attribute); returns its end.
    fn skip_group(&mut self) -> usize {
        let mut depth = 1usize;
        loop {
            match self.next() {
                (Tok::Open(_), _, _) => depth += 1,
                (Tok::Close(_), _, end) if depth <= 1 => return end,
                (Tok::Close(_), _, _) => depth -= 1,
                (Tok::Eof, start, _) => return start,
                _ => {}
            }
        }
    }

    fn next(&mut self) -> Token {
        self.peeked.take().unwrap_or_else(|| self.scan())
    }

    fn peek(&mut self) -> Tok {
        let t = self.next();
        self.peeked = Some(t);
        t.0
    }

    fn byte(&self, i: usize) -> u8 {
        self.s.as_bytes().get(i).copied().unwrap_or(0)
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.s.get(i..)?.chars().next()
    }

    fn scan(&mut self) -> Token {
        self.skip_trivia();
        let (start, c, next) = (self.pos, self.byte(self.pos), self.byte(self.pos + 1));
        let value = |k, end| Some((Tok::Value(k), end));
        let special = match (c, next) {
            _ if start >= self.s.len() => Some((Tok::Eof, start)),
            (b'r', _) => self.raw(start),
            (b'b', b'"') => value(Kind::Str, self.quoted(start + 2, b'"')),
            (b'b', b'\'') => value(Kind::Leaf, self.quoted(start + 2, b'\'')),
            (b'b', b'r') => self.raw(start + 1),
            (b'"', _) => value(Kind::Str, self.quoted(start + 1, b'"')),
            (b'\'', _) => value(Kind::Leaf, self.quoted(start + 1, b'\'')),
            (b'0'..=b'9', _) => value(Kind::Leaf, self.number(start)),
            (b'-' | b'+' | b'.', n) if n.is_ascii_alphanumeric() => {
                value(Kind::Leaf, self.number(start + 1))
            }
            _ => None,
        };
        let (tok, end) = special.unwrap_or_else(|| match c {
            b'(' | b'[' | b'{' => (Tok::Open(c), start + 1),
            b')' | b']' | b'}' => (Tok::Close(c), start + 1),
            b',' => (Tok::Comma, start + 1),
            b':' => (Tok::Colon, start + 1),
            b'#' => (Tok::Hash, start + 1),
            _ => match self.char_at(start) {
                Some(ch) if ch.is_alphabetic() || ch == '_' => (Tok::Ident, self.ident(start)),
                ch => (Tok::Other, start + ch.map_or(1, char::len_utf8)),
            },
        });
        self.pos = end;
        (tok, start, end)
    }

    fn skip_trivia(&mut self) {
        while self.pos < self.s.len() {
            self.pos = match (self.byte(self.pos), self.byte(self.pos + 1)) {
                (b' ' | b'\t' | b'\n' | b'\r', _) => self.pos + 1,
                (b'/', b'/') => self
                    .s
                    .get(self.pos..)
                    .and_then(|r| r.find('\n'))
                    .map_or(self.s.len(), |i| self.pos + i),
                (b'/', b'*') => self.block_comment(),
                (0x80.., _) => match self.char_at(self.pos) {
                    Some(ch) if ch.is_whitespace() || ch == '\u{FEFF}' => self.pos + ch.len_utf8(),
                    _ => return,
                },
                _ => return,
            }
        }
    }

    /// The end of the (possibly nested) block comment at `pos`, or of the text if unclosed.
    fn block_comment(&self) -> usize {
        let (mut i, mut depth) = (self.pos, 0usize);
        while i < self.s.len() {
            match (self.byte(i), self.byte(i + 1)) {
                (b'/', b'*') => (depth, i) = (depth + 1, i + 2),
                (b'*', b'/') if depth <= 1 => return i + 2,
                (b'*', b'/') => (depth, i) = (depth - 1, i + 2),
                _ => i += 1,
            }
        }
        self.s.len()
    }

    /// The end of a quoted string or char whose content starts at `i`.
    fn quoted(&self, mut i: usize, quote: u8) -> usize {
        while let Some(&c) = self.s.as_bytes().get(i) {
            match c {
                b'\\' => i += 2,
                _ if c == quote => return i + 1,
                b'\n' if quote == b'\'' => return i,
                _ => i += 1,
            }
        }
        self.s.len()
    }

    /// A raw string `r#"…"#` or raw identifier `r#type` at `i` (which holds the `r`).
    fn raw(&self, i: usize) -> Option<(Tok, usize)> {
        let hashes = self.s.get(i + 1..)?.bytes().take_while(|&b| b == b'#').count();
        let j = i + 1 + hashes;
        if self.byte(j) == b'"' {
            let closed = (j + 1..self.s.len())
                .find(|&k| self.byte(k) == b'"' && (1..=hashes).all(|h| self.byte(k + h) == b'#'));
            return Some((Tok::Value(Kind::Str), closed.map_or(self.s.len(), |k| k + 1 + hashes)));
        }
        let ident = self.char_at(j).is_some_and(|c| c.is_alphabetic() || c == '_');
        (hashes == 1 && ident).then(|| (Tok::Ident, self.ident(j)))
    }

    /// The end of a number whose digits start at `i` (`1_000`, `-1.5e-3`, `0x1F`, `inf`).
    fn number(&self, i: usize) -> usize {
        let b = self.s.as_bytes();
        let hex = b.get(i..i + 2).is_some_and(|p| p.eq_ignore_ascii_case(b"0x"));
        let mut j = i;
        while let Some(&c) = b.get(j) {
            let exp = j > i && matches!(b.get(j - 1), Some(b'e' | b'E'));
            let sign = matches!(c, b'+' | b'-') && !hex && exp;
            if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || sign) {
                break;
            }
            j += 1;
        }
        j
    }

    fn ident(&self, mut i: usize) -> usize {
        while let Some(c) = self.char_at(i).filter(|&c| ident_char(c)) {
            i += c.len_utf8();
        }
        i
    }
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
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let (before, after) = text.split_at(start);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_no = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let head = before.get(line_start..).unwrap_or("");
    let head = if line_start == 0 { head.trim_start_matches('\u{FEFF}') } else { head };
    let tail = after.split('\n').next().unwrap_or("").trim_end_matches('\r');
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
mod tests {
    use super::*;

    /// Line, column and text of the value at `path`.
    fn at<'t>(text: &'t str, path: &str) -> Option<(usize, usize, &'t str)> {
        let s = SpanTree::parse(text).locate(&parse_path(path))?;
        Some((s.line, s.col, text.get(s.start..s.end)?))
    }

    fn key_at<'t>(text: &'t str, path: &str) -> Option<(usize, usize, &'t str)> {
        let s = SpanTree::parse(text).locate_key(&parse_path(path))?;
        Some((s.line, s.col, text.get(s.start..s.end)?))
    }

    const CASE: &str = r#"#![enable(implicit_some)]
Scenario(
    id: "frank",
    laundering: (
        rules: [
            (legs: [(from: "a", to: "b")]),
            (legs: [(from: "c", to: "lao-card-3"), (from: "d", to: "e")], hold: Hold("48h")),
        ],
    ),
    lines: { "expert": [(at: "1h")], "passive": [], "a\"b": 1 },
    delay: Uniform(min: "1h", max: "2h"),
    next: Request(channel: "mla", target: Account("x"), elements: ["a", 'b']),
    wrapped: Some((inner: 7)),
    opt: Some([10, 20]),
    counts: { 3: "three", 1: "one" },
    r#type: Not(Flag("x")),
    when: All([Flag("a"), Not(Flag("b")), Pair(1, 2)]),
)
"#;

    #[test]
    fn fields_in_lists_in_structs() {
        assert_eq!(at(CASE, "id"), Some((3, 9, "\"frank\"")));
        assert_eq!(at(CASE, "laundering.rules[1].legs[0].to"), Some((7, 37, "\"lao-card-3\"")));
        assert_eq!(at(CASE, "laundering.rules[1].legs[1].from"), Some((7, 59, "\"d\"")));
        assert_eq!(
            at(CASE, "laundering.rules[0].legs[0]").map(|a| a.2),
            Some("(from: \"a\", to: \"b\")")
        );
        assert_eq!(at(CASE, "").map(|a| (a.0, a.1)), Some((2, 1)));
    }

    #[test]
    fn map_keys() {
        assert_eq!(at(CASE, r#"lines["expert"][0].at"#), Some((10, 30, "\"1h\"")));
        assert_eq!(at(CASE, "lines.expert[0].at"), Some((10, 30, "\"1h\"")));
        assert_eq!(at(CASE, "lines.passive"), Some((10, 49, "[]")));
        assert_eq!(at(CASE, r#"lines["a\"b"]"#), Some((10, 61, "1")));
        assert_eq!(key_at(CASE, "lines.passive"), Some((10, 38, "\"passive\"")));
        assert_eq!(at(CASE, "counts[1]").map(|a| a.2), Some("\"one\""));
        assert_eq!(at(CASE, "counts[0]").map(|a| a.2), Some("\"three\""));
    }

    #[test]
    fn enum_variants() {
        assert_eq!(at(CASE, "delay.max"), Some((11, 36, "\"2h\"")));
        assert_eq!(at(CASE, "delay").map(|a| a.1), Some(12));
        assert_eq!(at(CASE, "laundering.rules[1].hold[0]").map(|a| a.2), Some("\"48h\""));
        assert_eq!(at(CASE, "next.target[0]").map(|a| a.2), Some("\"x\""));
        assert_eq!(at(CASE, "next.elements[1]").map(|a| a.2), Some("'b'"));
        assert_eq!(at(CASE, "wrapped.inner").map(|a| a.2), Some("7"));
        assert_eq!(at(CASE, "opt[1]").map(|a| a.2), Some("20"));
        assert_eq!(at(CASE, "type[0]").map(|a| a.2), Some("\"x\""));
        assert_eq!(at(CASE, "when[0]").map(|a| a.2), Some("Flag(\"a\")"));
        assert_eq!(at(CASE, "when[1]").map(|a| a.2), Some("Not(Flag(\"b\"))"));
        assert_eq!(at(CASE, "when[2][1]"), Some((17, 51, "2")));
        assert_eq!(at(CASE, "when[7]").map(|a| a.2.len()), Some(44));
        assert_eq!(key_at(CASE, "delay.min"), Some((11, 20, "min")));
        assert_eq!(key_at(CASE, "type"), Some((16, 5, "r#type")));
        assert_eq!(key_at(CASE, "delay.nope"), None);
        assert_eq!(key_at(CASE, "opt[1]"), None);
    }

    #[test]
    fn comments_and_strings_with_delimiters() {
        let text = "( // a ( comment ) with \" and [\n  a: \"x ) ( \\\" // y\", /* b: 1, /* ) */ ] */\n  \
                    b: r#\"raw \" ) \"#, c: ')', d: '\\'', e: [-1.5e-3, 0x1F, 1_000, +inf],\n  f: 5,\n)";
        assert_eq!(at(text, "a"), Some((2, 6, "\"x ) ( \\\" // y\"")));
        assert_eq!(at(text, "b"), Some((3, 6, "r#\"raw \" ) \"#")));
        assert_eq!(at(text, "d"), Some((3, 32, "'\\''")));
        assert_eq!(at(text, "e[0]").map(|a| a.2), Some("-1.5e-3"));
        assert_eq!(at(text, "e[3]").map(|a| a.2), Some("+inf"));
        assert_eq!(at(text, "f"), Some((4, 6, "5")));
    }

    #[test]
    fn chinese_text_counts_chars() {
        let text = "\u{FEFF}(名字: \"张三 /* 不是注释\", 年龄: 30,\n 备注: \"中文\", x: 1)";
        assert_eq!(at(text, "年龄"), Some((1, 24, "30")));
        assert_eq!(at(text, "x"), Some((2, 15, "1")));
        assert_eq!(at(text, "名字").map(|a| (a.0, a.1)), Some((1, 6)));
        let span = SpanTree::parse(text).locate(&parse_path("年龄"));
        let shown = span.map(|s| excerpt(text, s));
        let want =
            "1 | (名字: \"张三 /* 不是注释\", 年龄: 30,\n  |                                  ^^";
        assert_eq!(shown.as_deref(), Some(want));
    }

    #[test]
    fn missing_paths_return_deepest() {
        let deep = at(CASE, "laundering.rules[1].legs[7].to");
        assert_eq!(deep.map(|a| (a.0, a.1)), Some((7, 20)));
        assert_eq!(at(CASE, "laundering.nope.x").map(|a| (a.0, a.1)), Some((4, 17)));
        assert_eq!(at(CASE, "nope"), None);
        assert_eq!(at(CASE, "nope.id"), None);
        assert_eq!(SpanTree::parse("").locate(&[]), None);
        assert_eq!(at("5", "a"), None);
    }

    #[test]
    fn excerpt_is_exact() {
        let text = "(\n\tlegs: [\n        (to: \"lao-card-3\"),\n\t],\n)\n";
        let span = SpanTree::parse(text).locate(&parse_path("legs[0].to"));
        let want = "3 |         (to: \"lao-card-3\"),\n  |              ^^^^^^^^^^^^";
        assert_eq!(span.map(|s| excerpt(text, s)).as_deref(), Some(want));
        let span = SpanTree::parse(text).locate(&parse_path("legs"));
        let want = "2 | \tlegs: [\n  | \t      ^";
        assert_eq!(span.map(|s| excerpt(text, s)).as_deref(), Some(want));
        let text = "a\n".repeat(11) + "(x: 1)";
        let span = Span { start: 26, end: 27, line: 12, col: 5 };
        assert_eq!(excerpt(&text, span), "12 | (x: 1)\n   |     ^");
        let far = Span { start: 999, end: 1000, line: 1, col: 1 };
        assert_eq!(excerpt("ab", far), "1 | ab\n  |   ^");
    }

    #[test]
    fn paths() {
        let f = |s: &str| Step::Field(s.to_owned());
        let k = |s: &str| Step::Key(s.to_owned());
        let want =
            vec![f("laundering"), f("rules"), Step::Index(2), f("legs"), Step::Index(0), f("to")];
        assert_eq!(parse_path("laundering.rules[2].legs[0].to"), want);
        assert_eq!(
            parse_path(r#"lines["expert"][3].at"#),
            vec![f("lines"), k("expert"), Step::Index(3), f("at")]
        );
        assert_eq!(parse_path("lines.expert[3]"), vec![f("lines"), f("expert"), Step::Index(3)]);
        assert_eq!(
            parse_path(r#"m["a\"]b"]['c'][d].0"#),
            vec![f("m"), k("a\"]b"), k("c"), k("d"), Step::Index(0)]
        );
        assert_eq!(parse_path(""), vec![]);
        for junk in
            ["[", "[\"", "a[[", ".]..[", "]", "a[\"\\", "[99999999999999999999999]", "名字[字]"]
        {
            let _ = parse_path(junk);
        }
    }

    #[test]
    fn truncated_and_garbage_do_not_panic() {
        let t = "Scenario(id: \"x\", accounts: [(institution: \"icbc\", owner: \"z";
        assert_eq!(at(t, "id").map(|a| a.2), Some("\"x\""));
        assert_eq!(at(t, "accounts[0].institution").map(|a| a.2), Some("\"icbc\""));
        assert_eq!(at(t, "accounts[0].owner").map(|a| a.2), Some("\"z"));
        assert_eq!(at("(a: [1, 2), b: 3)", "a").map(|a| a.2), Some("[1, 2"));
        assert_eq!(at("(a: 1 b: 2]", "b").map(|a| a.2), Some("2"));
        let junk = [
            "",
            "(",
            ")",
            "]]]",
            "\"",
            "r#\"",
            "'",
            "/*",
            "/* /* */",
            "#",
            "#![",
            "{:}",
            "{1:",
            "(a:",
            "b'",
            "br#\"x",
            "\\u{",
            "\u{FEFF}",
            "r#",
            "-",
            "0x",
            "名",
            "(a: \"\\u{110000}\")",
            "\u{0}",
        ];
        let paths = [parse_path("a"), parse_path("[0]"), parse_path("a[1].b"), vec![]];
        for text in junk {
            let tree = SpanTree::parse(text);
            for p in &paths {
                let _ = tree.locate(p).map(|s| excerpt(text, s));
                let _ = tree.locate_key(p);
            }
        }
        // Pseudo-random soup of RON-ish fragments.
        let parts = [
            "(", ")", "[", "]", "{", "}", ",", ":", "\"", "'", "a", "名", "1", "/*", "*/", "//",
            "\n", "r#", "\\", "#", " ",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(parts[(seed % parts.len() as u64) as usize]);
            }
            let tree = SpanTree::parse(&text);
            for p in &paths {
                let _ = tree.locate(p).map(|s| excerpt(&text, s));
                let _ = tree.locate_key(p);
            }
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let open = "[".repeat(100_000);
        let tree = SpanTree::parse(&open);
        assert_eq!(tree.locate(&[]).map(|s| s.col), Some(1));
        let path = vec![Step::Index(0); 1000];
        assert!(tree.locate(&path).is_some());
        let closed = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
        let tree = SpanTree::parse(&closed);
        assert_eq!(tree.locate(&path).map(|s| s.start), Some(MAX_DEPTH));
        assert_eq!(tree.locate(&[]).map(|s| s.end), Some(closed.len()));
        let _ = SpanTree::parse(&"(a:".repeat(100_000)).locate(&parse_path("a.a.a"));
        let _ = SpanTree::parse(&"/*".repeat(100_000));
    }
}
