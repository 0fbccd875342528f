//! Class codes in classroom mode are the same codes as in exam mode ([`crate::classcode`]):
//! `GH-` and four Crockford base-32 characters, read as the seed. One code, one seed, whether
//! the class plays one exam each or as teams in a classroom session.

pub use crate::classcode::ClassCodeError as CodeError;

/// The code as it is written and stored (`gh 7k3p` → `GH-7K3P`).
pub fn normalize(code: &str) -> Result<String, CodeError> {
    crate::classcode::normalize(code)
}

/// The seed a class code stands for.
pub fn seed(code: &str) -> Result<u64, CodeError> {
    crate::classcode::to_seed(code)
}
