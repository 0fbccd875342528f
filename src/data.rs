//! Where the bundled data lives: the folder holding `scenarios/` and `locales/`.

use std::path::{Path, PathBuf};

/// The data folder: `$GOLDENHOUR_DATA`, else the current folder or one above the executable
/// that holds `locales/`, else the source tree this binary was built from.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("GOLDENHOUR_DATA") {
        return PathBuf::from(dir);
    }
    let has = |p: &Path| p.join("locales").is_dir() && p.join("scenarios").is_dir();
    if let Ok(cwd) = std::env::current_dir()
        && has(&cwd)
    {
        return cwd;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            if has(dir) {
                return dir.to_path_buf();
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The installation: the folder whose `locales/` holds the app's own messages (`engine.ftl`,
/// `ui.ftl`, `authoring.ftl`, `validate.ftl`…), shared by every case wherever it lives.
/// `$GOLDENHOUR_HOME` when set; else the nearest folder at or above the executable that holds
/// them (an unpacked release keeps `locales/` beside the binary; `target/debug/goldenhour`
/// finds the source tree); else the source tree this binary was built from.
pub fn home() -> PathBuf {
    if let Some(dir) = std::env::var_os("GOLDENHOUR_HOME") {
        return PathBuf::from(dir);
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            if has_shared_messages(dir) {
                return dir.to_path_buf();
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `dir/locales/<lang>/engine.ftl` exists for some language: the app's own messages are there.
pub fn has_shared_messages(dir: &Path) -> bool {
    std::fs::read_dir(dir.join("locales"))
        .map(|rd| rd.filter_map(|e| e.ok()).any(|e| e.path().join("engine.ftl").is_file()))
        .unwrap_or(false)
}

/// The case folder of a case file: the folder holding its `locales/`, which is the file's own
/// folder (`case.ron` beside `locales/`) or the one above it (`scenarios/case.ron`).
pub fn case_folder(case: &Path) -> Option<PathBuf> {
    folder_of_cases(std::path::absolute(case).ok()?.parent()?)
}

/// The case folder of a folder of case files: the folder itself when it holds `locales/`, else
/// the one above it (`my-cases/scenarios/` belongs to `my-cases/`).
pub fn folder_of_cases(dir: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(dir).ok()?;
    abs.ancestors().take(2).find(|d| d.join("locales").is_dir()).map(Path::to_path_buf)
}

/// Every folder of `.ftl` files to load, in order: the installation's `locales/` (the app's own
/// messages), the data folder's, then each case folder's (see [`case_folder`]). A later folder's
/// file of the same language and name replaces an earlier one; a folder reached twice counts
/// once.
pub fn locale_dirs(data: &Path, case_folders: impl IntoIterator<Item = PathBuf>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = vec![home().join("locales"), data.join("locales")];
    dirs.extend(case_folders.into_iter().map(|d| d.join("locales")));
    let mut seen: Vec<PathBuf> = Vec::new();
    dirs.retain(|d| {
        let key = d.canonicalize().unwrap_or_else(|_| d.clone());
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    dirs
}

/// Every `*.ron` in a folder, sorted by name.
pub fn ron_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    v.sort();
    Ok(v)
}

/// The largest case, actions or record file read (16 MiB): more is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The bytes of a regular file of at most `limit` bytes. Anything else is refused without being
/// read: a folder, a pipe or a device (a pipe is not even opened, so nothing waits for a writer),
/// and a file over the limit. The kind is checked before opening and again on the open file, and
/// at most `limit + 1` bytes are read, so a file that grows meanwhile is refused too.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let too_large = |len: u64| {
        std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("{len} bytes is over the limit of {} MiB", limit / (1024 * 1024)),
        )
    };
    let check = |m: &std::fs::Metadata| {
        if !m.is_file() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a regular file (a folder, a pipe or a device)",
            ));
        }
        if m.len() > limit {
            return Err(too_large(m.len()));
        }
        Ok(m.len())
    };
    check(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    let len = check(&file.metadata()?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
