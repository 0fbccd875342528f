//! The lenient RON lexer and tree builder behind [`SpanTree::parse`](super::SpanTree::parse).

use super::{Kind, MAX_DEPTH, Node, Role, ident_char};

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

/// The nodes of `text`, read from byte `start` (after any byte-order mark).
pub(super) fn nodes(text: &str, start: usize) -> Vec<Node> {
    let mut p = Parser { s: text, pos: start, peeked: None, nodes: vec![], stack: vec![] };
    p.run();
    p.nodes
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
