//! Records: one run's actions and outcome as JSON, written atomically so a crash loses nothing.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::scenario::Action;
use crate::scoring::Outcome;
use crate::time::Secs;

/// The record format this build writes and reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub format: u32,
    pub app_version: String,
    pub scenario_id: String,
    /// SHA-256 of the scenario file's bytes.
    pub scenario_hash: String,
    pub seed: u64,
    pub locale: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainee: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    pub mode: Mode,
    /// Exam mode: the class code the seed was taken from (see [`crate::classcode`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_code: Option<String>,
    pub actions: Vec<RecordedAction>,
    /// Sim time the session had reached when the record was written (the app writes it, so an
    /// unfinished session resumes where it was; absent in scripted runs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sim_time: Option<Secs>,
    /// Wall-clock time (UTC) when the trainee chose not to resume this unfinished session. The
    /// file is kept; it is no longer offered for resuming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abandoned: Option<String>,
    /// Present once the case is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The classroom host's signature: the host wrote this record from the actions it saw
    /// arrive (see [`crate::witness`]). Absent in a record the player's own machine wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub witness: Option<crate::witness::Witness>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Practice,
    Exam,
    /// Played headless from a script (`goldenhour play`).
    Scripted,
}

/// An action with its sim time, and the wall-clock time when a person took it (absent for
/// scripted runs, so that they are byte-for-byte reproducible).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedAction {
    pub at: Secs,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall: Option<String>,
    /// The classroom host's wall-clock time when the action reached it over the network (the
    /// host's own clock, not the team PC's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived: Option<String>,
    #[serde(rename = "do")]
    pub act: Action,
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("{path}: cannot read: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot write: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}:{col}: not a valid record: {message}")]
    Invalid { path: PathBuf, line: usize, col: usize, message: String },
    #[error(
        "{path}: record format {found} is not supported by this build (it reads format {FORMAT})"
    )]
    Format { path: PathBuf, found: u32 },
}

impl Record {
    /// JSON, pretty, with a final newline: the same bytes for the same record.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Read and check a record file: a regular file of at most [`crate::data::MAX_FILE_BYTES`]
    /// (a pipe, a device or a larger file is refused unread). Truncated or hand-edited JSON gets
    /// line and column.
    pub fn load(path: &Path) -> Result<Record, RecordError> {
        let bytes = crate::data::read_regular(path, crate::data::MAX_FILE_BYTES)
            .map_err(|source| RecordError::Read { path: path.into(), source })?;
        let rec: Record = serde_json::from_slice(&bytes).map_err(|e| RecordError::Invalid {
            path: path.into(),
            line: e.line(),
            col: e.column(),
            message: e.to_string(),
        })?;
        if rec.format != FORMAT {
            return Err(RecordError::Format { path: path.into(), found: rec.format });
        }
        Ok(rec)
    }

    /// Write atomically: a temporary file beside the target, flushed to disk, then renamed over it.
    pub fn save(&self, path: &Path) -> Result<(), RecordError> {
        write_atomic(path, self.to_json().as_bytes())
    }

    /// Not closed and not abandoned: a session that stopped (a crash, a power cut, the window
    /// closed) and may be resumed.
    pub fn unfinished(&self) -> bool {
        self.outcome.is_none() && self.abandoned.is_none()
    }
}

/// Write `bytes` as a new file in `dir` named `<stem>-<n>.json` with the smallest `n` (from 1)
/// whose name is free, and return its path. See [`write_new_named`]: an existing file is never
/// replaced.
pub fn write_new(dir: &Path, stem: &str, bytes: &[u8]) -> Result<PathBuf, RecordError> {
    write_new_named(dir, bytes, |n| format!("{stem}-{n}.json"))
}

/// How many names [`write_new_named`] tries before it gives up.
const MAX_NAMES: u32 = 100_000;

/// Write `bytes` as a new file in `dir` (created if needed) under the first free name of
/// `name(1)`, `name(2)`, …, and return its path. An existing file is never replaced, even by
/// another process writing at the same moment: the complete content is written and flushed to
/// a temporary file in `dir` first, then moved under the new name by a move that fails if the
/// name is taken. Where the file system cannot do such a move, the name is claimed with an
/// exclusive create before the temporary file is renamed over the claim.
pub fn write_new_named(
    dir: &Path,
    bytes: &[u8],
    name: impl Fn(u32) -> String,
) -> Result<PathBuf, RecordError> {
    let err = |path: &Path, source| RecordError::Write { path: path.into(), source };
    std::fs::create_dir_all(dir).map_err(|e| err(dir, e))?;
    let mut tmp = temp_file_in(dir, &name(1)).map_err(|e| err(dir, e))?;
    if let Err(e) = write_synced(&mut tmp, bytes) {
        return Err(err(tmp.path(), e));
    }
    for n in 1..=MAX_NAMES {
        let path = dir.join(name(n));
        tmp = match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => e.file,
            Err(e) => {
                // No move-unless-taken here (no hard links, no exclusive rename): claim the name.
                let tmp = e.file;
                match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                    Ok(_) => {
                        return match tmp.persist(&path) {
                            Ok(_) => Ok(path),
                            Err(e) => {
                                let _ = std::fs::remove_file(&path);
                                Err(err(&path, e.error))
                            }
                        };
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => tmp,
                    Err(e) => return Err(err(&path, e)),
                }
            }
        };
    }
    Err(err(dir, std::io::Error::other("no free file name")))
}

/// Write `bytes` to `path` through a temporary file beside it, flushed to disk, and a rename,
/// so readers see the old or the new content, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RecordError> {
    write_atomic_io(path, bytes).map_err(|source| RecordError::Write { path: path.into(), source })
}

/// [`write_atomic`] for callers that report plain I/O errors.
pub fn write_atomic_io(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut tmp = temp_file_in(dir, &name)?;
    write_synced(&mut tmp, bytes)?;
    tmp.persist(path).map(drop).map_err(|e| e.error)
}

/// A temporary file in `dir`, named `.<name>.<random>.tmp` so a leftover says what it was; it is
/// removed when dropped unless persisted. On Unix it gets the mode `File::create` gives (0666
/// less the umask) rather than tempfile's 0600, so a record reads like any other file.
fn temp_file_in(dir: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let prefix: String = std::iter::once('.').chain(name.chars().take(64)).chain(['.']).collect();
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir)
}

fn write_synced(tmp: &mut tempfile::NamedTempFile, bytes: &[u8]) -> std::io::Result<()> {
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn atomic_writes_replace_whole_and_leave_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(names(dir.path()), ["r.json"]);
        let missing = dir.path().join("no-such-dir").join("r.json");
        let e = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(e.contains("no-such-dir") && e.contains("cannot write"), "{e}");
        assert!(write_atomic_io(&missing, b"x").is_err());
        #[cfg(unix)]
        {
            // The same mode as a file made the ordinary way, not a temporary file's 0600.
            use std::os::unix::fs::PermissionsExt as _;
            let plain = dir.path().join("plain");
            std::fs::write(&plain, b"").unwrap();
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), mode(&plain));
        }
    }

    #[test]
    fn new_files_take_the_first_free_name() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("made");
        let name = |n: u32| if n == 1 { "a.json".to_string() } else { format!("a ({n}).json") };
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join("a (2).json"), b"theirs").unwrap();
        assert_eq!(write_new_named(&sub, b"1", name).unwrap(), sub.join("a.json"));
        assert_eq!(write_new_named(&sub, b"3", name).unwrap(), sub.join("a (3).json"));
        assert_eq!(std::fs::read(sub.join("a (2).json")).unwrap(), b"theirs");
        assert_eq!(std::fs::read(sub.join("a.json")).unwrap(), b"1");
        assert_eq!(names(&sub), ["a (2).json", "a (3).json", "a.json"]);
        // The folder is made when missing.
        let deep = dir.path().join("x").join("y");
        assert_eq!(write_new(&deep, "s", b"z").unwrap(), deep.join("s-1.json"));
    }
}
