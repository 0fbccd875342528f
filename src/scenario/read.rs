//! Reading RON: the shared options, parse errors with line and column, the content hash.

use std::fmt;

use super::*;

/// A scenario that failed to parse: where and why.
#[derive(Debug, Clone, thiserror::Error)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// How to fix it, as a message of `validate.ftl`, where the problem has a usual cause.
    pub help: Option<&'static str>,
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
        message: clip(&explain_ron_error(&e.code), 1000),
        help: ron_error_help(&e.code),
    })
}

/// At most `max` chars of `s`, with `…` where it was cut (a 10 MB id is not echoed whole).
pub fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The usual cause of a RON error that says little by itself.
fn ron_error_help(code: &ron::Error) -> Option<&'static str> {
    use ron::Error as E;
    match code {
        E::IntegerOutOfBounds => Some("validate-syntax-int-range-help"),
        E::InvalidIntegerDigit { .. } | E::ExpectedInteger => {
            Some("validate-syntax-int-digit-help")
        }
        E::ExceededRecursionLimit => Some("validate-syntax-too-deep-help"),
        _ => None,
    }
}

fn explain_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::IntegerOutOfBounds => {
            "number out of range for this field (amounts, counts and seeds are whole numbers from 0 up, without a minus sign)".into()
        }
        E::InvalidIntegerDigit { digit, .. } => {
            format!("`{digit}` cannot be part of a whole number: write digits only")
        }
        // ron's own text suggests changing its options, which an author cannot do.
        E::ExceededRecursionLimit => {
            "values nested too deeply (more than 128 levels of brackets)".into()
        }
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

/// The reference lines, refusing a name given twice.
pub(super) fn unique_lines<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, Vec<TimedAction>>, D::Error> {
    struct Lines;
    impl<'de> serde::de::Visitor<'de> for Lines {
        type Value = std::collections::BTreeMap<String, Vec<TimedAction>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map of reference lines")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = std::collections::BTreeMap::new();
            while let Some(name) = m.next_key::<String>()? {
                if out.contains_key(&name) {
                    return Err(serde::de::Error::custom(format!(
                        "reference line `{name}` is given twice: keep one (a second one would silently replace the first)"
                    )));
                }
                let line = m.next_value()?;
                out.insert(name, line);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Lines)
}

/// The SHA-256 of a scenario file's bytes, in hex: records name the exact case they were played on.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
