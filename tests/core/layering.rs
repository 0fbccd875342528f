//! The code's shape holds by test: the core never names Bevy or egui, and no source file grows
//! past what one person can read in a sitting.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_core_never_names_bevy_or_egui() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let app = root.join("app");
    let core: Vec<&PathBuf> = files.iter().filter(|p| !p.starts_with(&app)).collect();
    assert!(core.len() > 20, "the core's files are found: {}", core.len());
    for f in core {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in ["bevy", "egui"] {
                assert!(
                    !code.contains(&format!("{word}::")) && !code.contains(&format!("use {word}")),
                    "{}:{}: the core names {word}: {line}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap_or_default().lines().count();
            (n > 800).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by concern: {long:?}");
}
