//! Witnessed records: the instructor's machine signs the records it wrote from what it saw
//! arrive (Ed25519), and `grade` checks the signature against the host keys it trusts.
//!
//! What is signed: the bytes of [`SIGNED_PREFIX`] followed by the record's JSON exactly as
//! [`Record::to_json`] writes it with `witness` left out. A record is loaded with unknown fields
//! refused and written back the same bytes, so any change to any field (an id, the mode, a wall
//! time, an action, the outcome) changes the signed bytes and the signature no longer holds.
//! The witness also keeps a short digest of each field, so `grade` can say which field changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::record::Record;

/// Domain separation: these bytes come first in everything the host signs.
pub const SIGNED_PREFIX: &[u8] = b"goldenhour witnessed record v1\n";

/// The host's signature on a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Witness {
    /// The host's public key, 64 hex digits.
    pub key: String,
    /// Ed25519 signature of [`signed_bytes`], 128 hex digits.
    pub signature: String,
    /// Per top-level field of the record, the first 16 hex digits of the SHA-256 of its JSON
    /// (a hint for saying what changed; the signature is what counts).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: cannot read the key: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot write the key: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{path}: not a Golden Hour key (expected 64 hex digits)")]
    Invalid { path: PathBuf },
    #[error("no random numbers from the system: {0}")]
    Random(String),
    #[error("no folder for the host key on this system; pass --key FILE")]
    NoConfigDir,
}

/// 32 bytes from the operating system's random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(b)
}

/// Lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Exactly `N` bytes written as `2N` hex digits (either case), or `None`.
pub fn from_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let s = s.as_bytes();
    if s.len() != N * 2 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (digit(s[2 * i])? * 16 + digit(s[2 * i + 1])?) as u8;
    }
    Some(out)
}

/// A host's public key: what a grader trusts (`grade --trust KEY.pub`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    pub fn to_hex(&self) -> String {
        to_hex(&self.0)
    }

    /// The first 16 hex digits, to name the key in messages.
    pub fn fingerprint(&self) -> String {
        self.to_hex()[..16].to_string()
    }

    /// A key as 64 hex digits (surrounding white space allowed).
    pub fn parse(text: &str) -> Option<PublicKey> {
        let bytes = from_hex::<32>(text.trim())?;
        VerifyingKey::from_bytes(&bytes).ok().map(|_| PublicKey(bytes))
    }

    /// A `.pub` file as [`HostKey::load_or_create`] writes it.
    pub fn load(path: &Path) -> Result<PublicKey, KeyError> {
        let bytes = crate::data::read_regular(path, 4096)
            .map_err(|source| KeyError::Read { path: path.into(), source })?;
        let text = String::from_utf8_lossy(&bytes);
        PublicKey::parse(&text).ok_or_else(|| KeyError::Invalid { path: path.into() })
    }
}

/// The host's key pair. The secret half never leaves the instructor's machine: it is not in a
/// record, a class code or anything sent over the network.
pub struct HostKey {
    signing: SigningKey,
}

impl std::fmt::Debug for HostKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HostKey({})", self.public().fingerprint())
    }
}

/// Where the host key lives unless `--key` says otherwise: the instructor's config folder.
pub fn default_key_path() -> Result<PathBuf, KeyError> {
    directories::ProjectDirs::from("org", "GoldenHour", "goldenhour")
        .map(|d| d.config_dir().join("host-key"))
        .ok_or(KeyError::NoConfigDir)
}

/// The public key file beside a secret key file: `FILE.pub`.
pub fn public_path(secret: &Path) -> PathBuf {
    let mut s = secret.as_os_str().to_owned();
    s.push(".pub");
    PathBuf::from(s)
}

impl HostKey {
    /// A fresh key pair from the system's random source.
    pub fn generate() -> Result<HostKey, KeyError> {
        Ok(HostKey { signing: SigningKey::from_bytes(&random_bytes::<32>()?) })
    }

    /// The key at `path` (64 hex digits), made there on first use (readable by its owner only,
    /// on Unix) with its public half beside it as `FILE.pub`. An existing key is never replaced.
    pub fn load_or_create(path: &Path) -> Result<HostKey, KeyError> {
        if !path.exists() {
            let key = HostKey::generate()?;
            let werr = |source| KeyError::Write { path: path.into(), source };
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir).map_err(werr)?;
            // tempfile makes its files 0600 on Unix: the secret is never readable by others.
            let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(werr)?;
            use std::io::Write as _;
            writeln!(tmp, "{}", to_hex(&key.signing.to_bytes())).map_err(werr)?;
            tmp.as_file().sync_all().map_err(werr)?;
            match tmp.persist_noclobber(path) {
                Ok(_) => {}
                // Another process made it first: use theirs.
                Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(werr(e.error)),
            }
        }
        let bytes = crate::data::read_regular(path, 4096)
            .map_err(|source| KeyError::Read { path: path.into(), source })?;
        let text = String::from_utf8_lossy(&bytes);
        let secret =
            from_hex::<32>(text.trim()).ok_or_else(|| KeyError::Invalid { path: path.into() })?;
        let key = HostKey { signing: SigningKey::from_bytes(&secret) };
        let pubp = public_path(path);
        let line = format!("{}\n", key.public().to_hex());
        if std::fs::read_to_string(&pubp).ok().as_deref() != Some(line.as_str()) {
            crate::record::write_atomic_io(&pubp, line.as_bytes())
                .map_err(|source| KeyError::Write { path: pubp, source })?;
        }
        Ok(key)
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.signing.verifying_key().to_bytes())
    }

    /// Sign `rec` as witnessed by this host (any earlier witness is replaced).
    pub fn sign(&self, rec: &mut Record) {
        rec.witness = None;
        let sig = self.signing.sign(&signed_bytes(rec));
        rec.witness = Some(Witness {
            key: self.public().to_hex(),
            signature: to_hex(&sig.to_bytes()),
            fields: field_digests(rec),
        });
    }
}

/// What the host signs: [`SIGNED_PREFIX`], then the record's JSON without its witness.
pub fn signed_bytes(rec: &Record) -> Vec<u8> {
    let mut r = rec.clone();
    r.witness = None;
    let mut out = SIGNED_PREFIX.to_vec();
    out.extend_from_slice(r.to_json().as_bytes());
    out
}

/// A short digest of each top-level field of the record (without its witness).
pub fn field_digests(rec: &Record) -> BTreeMap<String, String> {
    let mut r = rec.clone();
    r.witness = None;
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(&r) else {
        return BTreeMap::new();
    };
    map.into_iter()
        .map(|(k, v)| {
            let d = Sha256::digest(v.to_string().as_bytes());
            (k, to_hex(&d[..8]))
        })
        .collect()
}

/// What a record's witness says.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// No witness: the record was written by the player's own machine.
    Unsigned,
    /// The signature holds for this key (trusted or not: the caller decides).
    Signed(PublicKey),
    /// The witness is there but does not hold: the content changed after signing, or the
    /// witness itself is damaged. `changed` names the fields whose digest differs, when known.
    Broken { changed: Vec<String> },
}

/// Check a record's signature.
pub fn check(rec: &Record) -> Check {
    let Some(w) = &rec.witness else { return Check::Unsigned };
    let changed = || {
        let now = field_digests(rec);
        let mut names: Vec<String> = now
            .iter()
            .filter(|(k, v)| w.fields.get(*k) != Some(v))
            .map(|(k, _)| k.clone())
            .chain(w.fields.keys().filter(|k| !now.contains_key(*k)).cloned())
            .collect();
        names.sort();
        names.dedup();
        names
    };
    let Some(key) = PublicKey::parse(&w.key) else {
        return Check::Broken { changed: vec!["witness.key".into()] };
    };
    let Some(sig) = from_hex::<64>(&w.signature) else {
        return Check::Broken { changed: vec!["witness.signature".into()] };
    };
    let Ok(vk) = VerifyingKey::from_bytes(&key.0) else {
        return Check::Broken { changed: vec!["witness.key".into()] };
    };
    match vk.verify_strict(&signed_bytes(rec), &Signature::from_bytes(&sig)) {
        Ok(()) => Check::Signed(key),
        Err(_) => Check::Broken { changed: changed() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_bad_digits() {
        let b = [0u8, 1, 0xab, 0xff];
        assert_eq!(to_hex(&b), "0001abff");
        assert_eq!(from_hex::<4>("0001ABff"), Some(b));
        assert_eq!(from_hex::<4>("0001abf"), None);
        assert_eq!(from_hex::<4>("0001abfg"), None);
        assert_eq!(from_hex::<2>("é1"), None);
    }

    #[test]
    fn keys_are_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k").join("host-key");
        let a = HostKey::load_or_create(&p).unwrap();
        let b = HostKey::load_or_create(&p).unwrap();
        assert_eq!(a.public(), b.public());
        assert_eq!(PublicKey::load(&public_path(&p)).unwrap(), a.public());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::write(&p, "not a key").unwrap();
        assert!(matches!(HostKey::load_or_create(&p), Err(KeyError::Invalid { .. })));
        assert!(PublicKey::parse("00").is_none());
    }
}
