//! Class codes: a short code the instructor reads out, which fixes the seed for every team.

use sha2::Digest as _;

/// Why a class code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the class code is empty")]
    Empty,
    #[error("the class code `{0}` is too long: use at most 16 letters and digits")]
    TooLong(String),
    #[error("the class code `{0}` may hold only letters, digits, spaces and dashes")]
    BadChar(String),
}

/// The code as typed, reduced to its canonical form: ASCII letters upper-cased, spaces and dashes
/// dropped, so `gh-7k3p`, `GH 7K3P` and `GH7K3P` are the same class.
pub fn normalize(code: &str) -> Result<String, CodeError> {
    let mut out = String::new();
    for c in code.trim().chars() {
        match c {
            ' ' | '-' | '_' => {}
            c if c.is_alphanumeric() => out.extend(c.to_uppercase()),
            _ => return Err(CodeError::BadChar(code.to_string())),
        }
    }
    if out.is_empty() {
        return Err(CodeError::Empty);
    }
    if out.chars().count() > 16 {
        return Err(CodeError::TooLong(code.to_string()));
    }
    Ok(out)
}

/// The seed a class code stands for: the first 8 bytes of SHA-256 over a fixed prefix and the
/// canonical code. Stable across platforms and releases.
pub fn seed(code: &str) -> Result<u64, CodeError> {
    let canon = normalize(code)?;
    let digest = sha2::Sha256::digest(format!("goldenhour-class:{canon}").as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&digest[..8]);
    Ok(u64::from_le_bytes(b))
}
