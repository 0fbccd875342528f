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

    /// Read and check a record file. Truncated or hand-edited JSON gets line and column.
    pub fn load(path: &Path) -> Result<Record, RecordError> {
        let bytes = std::fs::read(path)
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
/// whose name is free, and return its path. An existing file is never replaced, even by another
/// process writing at the same moment: the complete content is written to a temporary file first
/// and then linked under the new name, which fails if the name is taken. Where the file system
/// has no links, the name is claimed with an exclusive create before the rename.
pub fn write_new(dir: &Path, stem: &str, bytes: &[u8]) -> Result<PathBuf, RecordError> {
    let err = |path: &Path, source| RecordError::Write { path: path.into(), source };
    std::fs::create_dir_all(dir).map_err(|e| err(dir, e))?;
    let tmp = dir.join(format!(".{stem}.{}.new.tmp", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(&tmp, e));
    }
    let mut n = 1u32;
    let result = loop {
        let path = dir.join(format!("{stem}-{n}.json"));
        match std::fs::hard_link(&tmp, &path) {
            Ok(()) => break Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(_) => match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(_) => match std::fs::rename(&tmp, &path) {
                    Ok(()) => return Ok(path),
                    Err(e) => break Err(err(&path, e)),
                },
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => break Err(err(&path, e)),
            },
        }
        n += 1;
        if n > 100_000 {
            break Err(err(&path, std::io::Error::other("no free file name")));
        }
    };
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Write `bytes` to `path` through a temporary file and a rename, so readers see the old or the
/// new content, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RecordError> {
    let err = |source| RecordError::Write { path: path.into(), source };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}
