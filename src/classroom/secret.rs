//! Team secrets: what a team PC proves it knows to join the host as its team. Each team's
//! secret is random (from the OS), not derived from the class code; the host shows or prints
//! them, and keeps them in the class folder (readable by its owner only, on Unix) so a host that
//! starts again takes the same ones.
//!
//! The secret never crosses the network: the host sends a fresh random challenge on every link,
//! and the team PC answers with HMAC-SHA-256 keyed by its secret over the challenge, the class
//! code and the team's name ([`proof`]). A proof for one link, team or class is worth nothing on
//! another.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hmac::{KeyInit as _, Mac as _};
use serde::{Deserialize, Serialize};

use super::ClassError;
use crate::witness::{KeyError, random_bytes};

/// The file in a class folder that holds each team's secret (no `.json`: `grade` reads every
/// `*.json` of a folder as a record).
pub const SECRETS_FILE: &str = "team-secrets";
/// Characters of a secret (Crockford base 32: 5 bits each, 50 bits in all).
pub const SECRET_CHARS: usize = 10;
/// Crockford's base-32 digits: no I, L, O or U, so a secret read off a slip is typed right.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Domain separation for join proofs.
const PROOF_PREFIX: &[u8] = b"goldenhour join v1\n";

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// A new random secret, written `XXXXX-XXXXX`.
pub fn generate() -> Result<String, KeyError> {
    let bytes = random_bytes::<SECRET_CHARS>()?;
    let mut s = String::with_capacity(SECRET_CHARS + 1);
    for (i, b) in bytes.iter().enumerate() {
        if i == SECRET_CHARS / 2 {
            s.push('-');
        }
        s.push(ALPHABET[(b & 31) as usize] as char);
    }
    Ok(s)
}

/// A secret as typed (any case, spaces or dashes anywhere, O for 0, I or L for 1) in the form
/// the proof is made of: the ten digits, upper case, no dash.
pub fn normalize(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// The answer to a host's challenge: HMAC-SHA-256 keyed by the team's secret over
/// [`PROOF_PREFIX`], the challenge, the class code and the team's name.
pub fn proof(secret: &str, challenge: &[u8], code: &str, team: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&mac(secret, challenge, code, team).finalize().into_bytes());
    out
}

fn mac(secret: &str, challenge: &[u8], code: &str, team: &str) -> HmacSha256 {
    // HMAC takes a key of any length.
    let mut m = HmacSha256::new_from_slice(normalize(secret).as_bytes()).expect("any key");
    m.update(PROOF_PREFIX);
    m.update(&(challenge.len() as u64).to_be_bytes());
    m.update(challenge);
    for part in [code, team] {
        m.update(&(part.len() as u64).to_be_bytes());
        m.update(part.as_bytes());
    }
    m
}

/// Whether `answer` proves knowledge of `secret` for this challenge (compared in constant time).
pub fn verify(secret: &str, challenge: &[u8], code: &str, team: &str, answer: &[u8]) -> bool {
    mac(secret, challenge, code, team).verify_slice(answer).is_ok()
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SecretsFile {
    teams: BTreeMap<String, String>,
}

/// Each team's secret for a class folder: those kept in [`SECRETS_FILE`], and a new one for
/// each team that has none yet (written back before this returns).
pub fn load_or_create(
    dir: &Path,
    teams: &[String],
) -> Result<BTreeMap<String, String>, ClassError> {
    let path = dir.join(SECRETS_FILE);
    let io = |source| ClassError::Dir { path: path.clone(), source };
    let mut file = match crate::data::read_regular(&path, 1 << 20) {
        Ok(bytes) => serde_json::from_slice::<SecretsFile>(&bytes)
            .map_err(|e| io(std::io::Error::other(e.to_string())))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => SecretsFile::default(),
        Err(e) => return Err(io(e)),
    };
    let mut changed = false;
    for t in teams {
        if !file.teams.contains_key(t) {
            let s = generate().map_err(|e| io(std::io::Error::other(e.to_string())))?;
            file.teams.insert(t.clone(), s);
            changed = true;
        }
    }
    if changed {
        std::fs::create_dir_all(dir).map_err(io)?;
        let text = serde_json::to_string_pretty(&file).unwrap_or_default();
        write_private(&path, text.as_bytes()).map_err(io)?;
    }
    Ok(teams.iter().filter_map(|t| file.teams.get(t).map(|s| (t.clone(), s.clone()))).collect())
}

/// Replace `path` atomically with a file only its owner may read (tempfile's 0600 on Unix).
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir: PathBuf = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map(drop).map_err(|e| e.error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_typed_loosely_and_kept() {
        let a = generate().unwrap();
        assert_eq!(a.len(), SECRET_CHARS + 1);
        assert_ne!(a, generate().unwrap());
        assert_eq!(normalize(&a.to_lowercase().replace('-', " ")), a.replace('-', ""));
        assert_eq!(normalize("o1l-i"), "0111");
        let dir = tempfile::tempdir().unwrap();
        let teams = vec!["A".to_string(), "B".to_string()];
        let first = load_or_create(dir.path(), &teams).unwrap();
        assert_eq!(first.len(), 2);
        assert_ne!(first["A"], first["B"]);
        let again = load_or_create(dir.path(), &teams[..1]).unwrap();
        assert_eq!(again["A"], first["A"]);
        assert_eq!(again.len(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let m = std::fs::metadata(dir.path().join(SECRETS_FILE)).unwrap().permissions();
            assert_eq!(m.mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn proofs_hold_only_for_their_secret_challenge_class_and_team() {
        let c = [7u8; 32];
        let p = proof("ABCDE-FGHJK", &c, "GH-0003", "A");
        assert!(verify("abcde fghjk", &c, "GH-0003", "A", &p));
        assert!(!verify("ABCDE-FGHJM", &c, "GH-0003", "A", &p));
        assert!(!verify("ABCDE-FGHJK", &[8u8; 32], "GH-0003", "A", &p));
        assert!(!verify("ABCDE-FGHJK", &c, "GH-0004", "A", &p));
        assert!(!verify("ABCDE-FGHJK", &c, "GH-0003", "B", &p));
        assert!(!verify("ABCDE-FGHJK", &c, "GH-0003", "A", &p[..31]));
    }
}
