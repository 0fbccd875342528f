//! The case library: every scenario in the bundled `scenarios/` folder and the user's own folder,
//! parsed and checked, with the error (file:line:col) of any that do not load.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use crate::scenario::Scenario;
use crate::scenario::validate::{self, Severity};

use super::{Paths, Texts};

/// One case file.
#[derive(Debug, Clone)]
pub struct CaseEntry {
    pub path: PathBuf,
    /// Shipped with the app (else from the user's folder).
    pub bundled: bool,
    /// The parsed case, or why it cannot be opened (`file:line:col: message`).
    pub scenario: Result<Arc<Scenario>, String>,
}

/// Every case found, bundled first; in each folder the easiest first, then by file name.
#[derive(Resource, Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<CaseEntry>,
}

impl Library {
    /// Scan the bundled folder, the case folders and the user's. A missing user folder is not
    /// an error.
    pub fn scan(paths: &Paths, texts: Option<&Texts>) -> Library {
        let mut entries = Vec::new();
        for (dir, bundled) in paths.case_dirs() {
            let files = match crate::data::ron_files(&dir) {
                Ok(f) => f,
                Err(e) => {
                    if bundled {
                        warn!("cannot list {}: {e}", dir.display());
                    }
                    continue;
                }
            };
            let mut found: Vec<CaseEntry> = files
                .into_iter()
                .map(|path| {
                    let scenario = load_case(&path, texts).map(Arc::new);
                    CaseEntry { path, bundled, scenario }
                })
                .collect();
            // Easiest first, so a new trainee meets the tutorial at the top; cases that do not
            // open go last, where their error does not push the others down.
            found.sort_by_key(|e| match &e.scenario {
                Ok(sc) => (0, sc.difficulty),
                Err(_) => (1, 0),
            });
            entries.extend(found);
        }
        Library { entries }
    }

    pub fn position(&self, path: &Path) -> Option<usize> {
        self.entries.iter().position(|e| same_file(&e.path, path))
    }
}

/// Read, parse and check one case file with the core's checker. Errors (with file, line and
/// column, in the app's language when its texts are loaded) keep the case from opening;
/// warnings are logged only.
pub fn load_case(path: &Path, texts: Option<&Texts>) -> Result<Scenario, String> {
    let say = |d: &validate::Diagnostic| match texts.and_then(|t| t.catalog().map(|c| (c, t))) {
        Some((cat, t)) => d.render(cat, &t.lang, false),
        None => d.to_string(),
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        let m = crate::i18n::Msg::new("validate-cannot-read").text("error", e);
        let m = match texts {
            Some(t) => t.msg(&m),
            None => validate::english().render("en-US", &m),
        };
        format!("{}: {m}", path.display())
    })?;
    let (sc, diags) = validate::check_text(path, &text, None);
    let errors: Vec<String> =
        diags.iter().filter(|d| d.severity == Severity::Error).map(say).collect();
    for d in diags.iter().filter(|d| d.severity == Severity::Warning) {
        debug!("{d}");
    }
    match sc {
        Some(sc) if errors.is_empty() => Ok(sc),
        _ if errors.is_empty() => Err(format!("{}: cannot be read as a case", path.display())),
        _ => Err(errors.join("\n")),
    }
}

pub fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Library>().add_systems(Startup, scan.after(super::texts::load));
}

fn scan(mut library: ResMut<Library>, paths: Res<Paths>, texts: Option<Res<Texts>>) {
    *library = Library::scan(&paths, texts.as_deref());
}
