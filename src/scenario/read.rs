//! Reading RON: the shared options, parse errors with line and column, the content hash.

use std::fmt;

use super::*;

/// A scenario that failed to parse: where and why.
#[derive(Debug, Clone, thiserror::Error)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The RON options every file of the project is read with (`Some` may be left out).
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parse a scenario's RON text. Syntax errors and unknown fields come back with line and column;
/// references and ranges are checked by [`validate::validate`](super::validate::validate).
pub fn parse(text: &str) -> Result<Scenario, ParseError> {
    from_ron(text)
}

/// Parse any of the project's RON files with the shared options and error shape.
pub fn from_ron<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron_options().from_str(text).map_err(|e: ron::error::SpannedError| ParseError {
        line: e.span.start.line,
        col: e.span.start.col,
        message: explain_ron_error(&e.code),
    })
}

fn explain_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField { expected, found, outer } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}: add `{field}: …`",
            outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default()
        ),
        E::NoSuchEnumVariant { expected, found, outer } => format!(
            "unknown variant `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" of `{o}`")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::DuplicateStructField { field, .. } => {
            format!("field `{field}` is given twice: keep one")
        }
        other => other.to_string(),
    }
}

/// The SHA-256 of a scenario file's bytes, in hex: records name the exact case they were played on.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
