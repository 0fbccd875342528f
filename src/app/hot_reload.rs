//! Hot reload for authors: every second, look at the modification times of the `.ftl` files, the
//! case folders and the open case. A good edit takes effect at once; a broken one shows its error
//! (file:line:col) in an overlay while the last good version keeps running.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bevy::prelude::*;

use crate::i18n::{Catalog, Msg};

use super::case::file_hash;
use super::library::{load_case, same_file};
use super::{ActiveCase, Library, Paths, Step, Texts};

/// What went wrong in the last reload of each kind (none: all good).
#[derive(Resource, Debug, Clone, Default)]
pub struct ReloadProblems {
    /// A `.ftl` file that does not parse: the old texts stay.
    pub locales: Option<String>,
    /// The open case's file that does not parse or validate: the old case keeps running.
    pub case: Option<String>,
    /// Actions that the edited case no longer allows, dropped when the session was rebuilt.
    pub dropped: Vec<Msg>,
    /// Bumped on every successful reload (the view shows a brief "reloaded" notice).
    pub reloads: u32,
}

impl ReloadProblems {
    pub fn set_locales(&mut self, e: Option<String>) {
        self.locales = e;
    }
    pub fn any(&self) -> bool {
        self.locales.is_some() || self.case.is_some()
    }
}

/// Files being watched, with the (modified, length) seen last time.
#[derive(Resource, Debug, Clone)]
pub struct WatchedFiles {
    /// How often to look; tests set zero to look every update.
    pub interval: Duration,
    /// Wall-clock time of the last look (Bevy's frame time lags a frame behind after an idle
    /// wake-up, and the waker wakes the app for exactly one frame).
    last: Option<Instant>,
    locales: BTreeMap<PathBuf, Stamp>,
    cases: BTreeMap<PathBuf, Stamp>,
    open_case: Option<(PathBuf, Stamp)>,
    primed: bool,
}

impl Default for WatchedFiles {
    fn default() -> Self {
        WatchedFiles {
            interval: Duration::from_secs(1),
            last: None,
            locales: BTreeMap::new(),
            cases: BTreeMap::new(),
            open_case: None,
            primed: false,
        }
    }
}

type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

fn stamps(files: impl IntoIterator<Item = PathBuf>) -> BTreeMap<PathBuf, Stamp> {
    files.into_iter().map(|p| (p.clone(), stamp(&p))).collect()
}

fn ftl_files(paths: &Paths) -> Vec<PathBuf> {
    crate::i18n::ftl_files(&paths.locale_dirs()).found.into_iter().map(|(_, f)| f).collect()
}

fn case_files(paths: &Paths) -> Vec<PathBuf> {
    let dirs = paths.case_dirs();
    dirs.iter().flat_map(|(d, _)| crate::data::ron_files(d).unwrap_or_default()).collect()
}

/// A cheap summary of every watched file's (modified, length): it changes when any of them does.
/// The window's waker thread compares it every second to wake an idle app only when needed.
pub fn fingerprint(paths: &Paths, open_case: Option<&Path>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in ftl_files(paths).into_iter().chain(case_files(paths)) {
        f.hash(&mut h);
        stamp(&f).hash(&mut h);
    }
    if let Some(p) = open_case {
        p.hash(&mut h);
        stamp(p).hash(&mut h);
    }
    h.finish()
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ReloadProblems>()
        .init_resource::<WatchedFiles>()
        .add_systems(Update, poll.in_set(Step::Follow));
}

fn poll(
    mut watched: ResMut<WatchedFiles>,
    paths: Res<Paths>,
    mut problems: ResMut<ReloadProblems>,
    mut texts: Option<ResMut<Texts>>,
    mut library: ResMut<Library>,
    mut case: Option<ResMut<ActiveCase>>,
) {
    let now = Instant::now();
    if watched.primed && watched.last.is_some_and(|t| now.duration_since(t) < watched.interval) {
        return;
    }
    watched.last = Some(now);

    let locales = stamps(ftl_files(&paths));
    let cases = stamps(case_files(&paths));
    let open = case.as_ref().map(|c| (c.path.clone(), stamp(&c.path)));
    if !watched.primed {
        watched.locales = locales;
        watched.cases = cases;
        watched.open_case = open;
        watched.primed = true;
        return;
    }

    if locales != watched.locales {
        watched.locales = locales;
        match Catalog::load_layers(&paths.locale_dirs()) {
            Ok(c) => {
                if let Some(t) = texts.as_mut() {
                    t.set_catalog(Arc::new(c));
                }
                problems.locales = None;
                problems.reloads += 1;
                info!("texts reloaded");
            }
            Err(e) => {
                warn!("{e}");
                problems.locales = Some(e.to_string());
            }
        }
    }

    if cases != watched.cases {
        watched.cases = cases;
        *library = Library::scan(&paths, texts.as_deref());
    }

    // The open case: a new path (another case was opened) is primed, not reloaded.
    let same_path = match (&open, &watched.open_case) {
        (Some((a, _)), Some((b, _))) => same_file(a, b),
        (None, None) => return,
        _ => false,
    };
    if !same_path {
        watched.open_case = open;
        problems.case = None;
        return;
    }
    let (Some((path, now_stamp)), Some(c)) = (open, case.as_mut()) else { return };
    if watched.open_case.as_ref().map(|(_, s)| s) == Some(&now_stamp) {
        return;
    }
    watched.open_case = Some((path.clone(), now_stamp));
    match load_case(&path, texts.as_deref()) {
        Ok(sc) => {
            let hash = file_hash(&path).unwrap_or_default();
            problems.dropped = c.rebuild(Arc::new(sc), hash);
            problems.case = None;
            problems.reloads += 1;
            info!("case reloaded from {}", path.display());
        }
        Err(e) => {
            warn!("{e}");
            problems.case = Some(e);
        }
    }
}
