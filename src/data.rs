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

/// Every `*.ron` in a folder, sorted by name.
pub fn ron_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    v.sort();
    Ok(v)
}
