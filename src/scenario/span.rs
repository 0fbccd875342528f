//! Positions in RON text (placeholder until the span parser lands).

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step { Field(String), Index(usize), Key(String) }
pub type Path = Vec<Step>;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span { pub start: usize, pub end: usize, pub line: usize, pub col: usize }
pub struct SpanTree;
impl SpanTree {
    pub fn parse(_text: &str) -> SpanTree { SpanTree }
    pub fn locate(&self, _path: &[Step]) -> Option<Span> { None }
    pub fn locate_key(&self, _path: &[Step]) -> Option<Span> { None }
}
pub fn parse_path(_s: &str) -> Path { Vec::new() }
pub fn excerpt(_text: &str, _span: Span) -> String { String::new() }
