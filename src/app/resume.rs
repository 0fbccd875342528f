//! Unfinished sessions and exports. At start the records folder is searched for records with no
//! outcome (a crash, a power cut, a window closed mid-case); each is offered for resuming, which
//! rebuilds the session by replaying its actions and writes on into the same file, or for
//! discarding, which keeps the file and marks it abandoned. The debrief's export copies a record
//! to a folder the user picks.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::i18n::Msg;
use crate::record::Record;
use crate::time::wall_clock_now;

use super::case::file_hash;
use super::{ActiveCase, Intent, Library, Paths, RecordSaved, Screen, Step, Texts};

/// How an unfinished record's case file stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseStatus {
    /// The case file it was played on, unchanged (same content hash).
    Same,
    /// A case with the same id, but the file has changed since: it can be opened read-only.
    Changed,
    /// No case with its id in the library.
    Missing,
}

/// One record offered for resuming.
#[derive(Debug, Clone)]
pub struct UnfinishedRecord {
    pub path: PathBuf,
    /// The record, or why it could not be read (`file:line:col: …`).
    pub record: Result<Record, String>,
    pub case: CaseStatus,
    /// The case's title (a message id), when the library has it.
    pub title: Option<String>,
    /// Why the last attempt to resume or discard it failed.
    pub problem: Vec<Msg>,
    pub error: Option<String>,
}

/// The unfinished records found at start, newest first.
#[derive(Resource, Debug, Clone, Default)]
pub struct Unfinished {
    pub entries: Vec<UnfinishedRecord>,
    /// The trainee chose "later": the offer is hidden until the next start.
    pub dismissed: bool,
}

impl Unfinished {
    /// Every record in `dir` that has no outcome and is not abandoned, matched against the
    /// library's cases. Files that are not records of this app (unreadable JSON) are listed with
    /// their error, so nothing the user made goes unnoticed; temporary files are skipped.
    pub fn scan(dir: &Path, library: &Library) -> Unfinished {
        let Ok(read) = std::fs::read_dir(dir) else {
            return Unfinished::default();
        };
        let mut found: Vec<(std::time::SystemTime, UnfinishedRecord)> = Vec::new();
        for e in read.flatten() {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !name.ends_with(".json") || !path.is_file() {
                continue;
            }
            let modified = e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            let entry = match Record::load(&path) {
                Ok(r) if !r.unfinished() => continue,
                Ok(r) => {
                    let (case, title) = match_case(&r, library);
                    UnfinishedRecord {
                        path,
                        record: Ok(r),
                        case,
                        title,
                        problem: Vec::new(),
                        error: None,
                    }
                }
                Err(e) => UnfinishedRecord {
                    path,
                    record: Err(e.to_string()),
                    case: CaseStatus::Missing,
                    title: None,
                    problem: Vec::new(),
                    error: None,
                },
            };
            found.push((modified, entry));
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
        Unfinished { entries: found.into_iter().map(|(_, e)| e).collect(), dismissed: false }
    }

    /// Shown on the library screen while there is something to offer.
    pub fn offered(&self) -> bool {
        !self.dismissed && !self.entries.is_empty()
    }
}

/// The library case a record was played on: the same id and, preferably, the same content.
fn find_case<'a>(
    record: &Record,
    library: &'a Library,
) -> Option<(&'a super::CaseEntry, CaseStatus)> {
    let mut changed = None;
    for entry in &library.entries {
        let Ok(sc) = &entry.scenario else { continue };
        if sc.id != record.scenario_id {
            continue;
        }
        if file_hash(&entry.path).as_deref() == Some(record.scenario_hash.as_str()) {
            return Some((entry, CaseStatus::Same));
        }
        changed.get_or_insert((entry, CaseStatus::Changed));
    }
    changed
}

fn match_case(record: &Record, library: &Library) -> (CaseStatus, Option<String>) {
    match find_case(record, library) {
        Some((entry, status)) => (status, entry.scenario.as_ref().ok().map(|s| s.title.clone())),
        None => (CaseStatus::Missing, None),
    }
}

/// Where exports go unless the user types another folder: `Documents/Golden Hour exports`
/// (the home folder's when there is no documents folder).
pub fn default_export_dir() -> Option<PathBuf> {
    let user = directories::UserDirs::new()?;
    let base = user.document_dir().unwrap_or(user.home_dir()).to_path_buf();
    Some(base.join("Golden Hour exports"))
}

/// Copy a record file into `dir` (created if needed) under its own name, or `name (2).json`,
/// `name (3).json`… when that is taken: an export never replaces a file.
pub fn export_record(record: &Path, dir: &Path) -> Result<PathBuf, String> {
    let bytes = std::fs::read(record).map_err(|e| format!("{}: {e}", record.display()))?;
    let stem = record.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = |n: u32| if n == 1 { format!("{stem}.json") } else { format!("{stem} ({n}).json") };
    crate::record::write_new_named(dir, &bytes, name).map_err(|e| e.to_string())
}

/// How a written report is shown: the system browser in the app, something quieter in tests.
#[derive(Resource, Clone, Copy)]
pub struct ReportOpener(pub fn(&Path) -> std::io::Result<()>);

impl Default for ReportOpener {
    fn default() -> Self {
        ReportOpener(open_in_browser)
    }
}

/// Open a file with the desktop's default program for it (the browser for HTML). The program is
/// started detached: this does not wait for it.
pub fn open_in_browser(path: &Path) -> std::io::Result<()> {
    match opener::open(path) {
        Ok(()) => Ok(()),
        Err(opener::OpenError::Io(e)) => Err(e),
        Err(e) => Err(std::io::Error::other(e.to_string())),
    }
}

/// Write the HTML report of the open case (the same page `goldenhour grade --report` writes)
/// to `<records>/reports/<record name>.html` and return its path.
fn write_report(case: &ActiveCase, texts: &Texts, records: &Path) -> Result<PathBuf, String> {
    let catalog = texts.catalog().ok_or_else(|| "no texts loaded".to_string())?;
    let record = case.record(&texts.lang);
    let replay = crate::grade::replay(&record, case.scenario().clone(), true);
    let html = crate::grade::report::html(&record, &replay, catalog, &texts.lang);
    let dir = records.join("reports");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let stem = case
        .record_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| case.scenario().id.clone());
    let path = dir.join(format!("{stem}.html"));
    crate::record::write_atomic(&path, html.as_bytes()).map_err(|e| e.to_string())?;
    Ok(path)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Unfinished>()
        .init_resource::<ReportOpener>()
        .add_systems(PostStartup, scan)
        .add_systems(Update, resume_intents.in_set(Step::Apply));
}

fn scan(mut unfinished: ResMut<Unfinished>, paths: Res<Paths>, library: Res<Library>) {
    *unfinished = Unfinished::scan(&paths.records, &library);
}

#[allow(clippy::too_many_arguments)]
fn resume_intents(
    mut commands: Commands,
    mut intents: MessageReader<Intent>,
    mut unfinished: ResMut<Unfinished>,
    library: Res<Library>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    texts: Option<Res<Texts>>,
    mut saved: ResMut<RecordSaved>,
    (paths, opener): (Res<Paths>, Res<ReportOpener>),
) {
    let mut case = case;
    for intent in intents.read() {
        match intent {
            Intent::Resume { path, read_only } => {
                if case.is_some() || *screen.get() != Screen::Library {
                    continue;
                }
                let Some(i) = unfinished.entries.iter().position(|e| &e.path == path) else {
                    continue;
                };
                match resume(path, *read_only, &library) {
                    Ok(c) => {
                        unfinished.entries.remove(i);
                        commands.insert_resource(c);
                        next.set(Screen::Operations);
                    }
                    Err((problem, error)) => {
                        let e = &mut unfinished.entries[i];
                        e.problem = problem;
                        e.error = error;
                    }
                }
            }
            Intent::Discard(path) => {
                let Some(i) = unfinished.entries.iter().position(|e| &e.path == path) else {
                    continue;
                };
                match discard(path) {
                    Ok(()) => {
                        unfinished.entries.remove(i);
                    }
                    Err(e) => unfinished.entries[i].error = Some(e),
                }
            }
            Intent::DismissResume => unfinished.dismissed = true,
            Intent::ExportRecord(dir) => {
                let Some(c) = case.as_mut() else { continue };
                let locale = texts.as_ref().map(|t| t.lang.clone()).unwrap_or_default();
                // The file on disk is what is exported: bring it up to date first.
                let written = if c.read_only { Ok(c.record_path.clone()) } else { c.save(&locale) };
                saved.exported = Some(written.and_then(|p| export_record(&p, dir)));
            }
            Intent::OpenReport => {
                let (Some(c), Some(t)) = (case.as_mut(), texts.as_ref()) else { continue };
                // The record is saved first, so the report and the file on disk agree.
                if !c.read_only
                    && let Err(e) = c.save(&t.lang)
                {
                    saved.report = Some(Err(e));
                    continue;
                }
                saved.report = Some(write_report(c, t, &paths.records).and_then(|p| {
                    (opener.0)(&p).map_err(|e| format!("{}: {e}", p.display()))?;
                    Ok(p)
                }));
            }
            _ => {}
        }
    }
}

/// Rebuild the session of an unfinished record, or say why not: messages to render, or a
/// plain error (a file that cannot be read).
fn resume(
    path: &Path,
    read_only: bool,
    library: &Library,
) -> Result<ActiveCase, (Vec<Msg>, Option<String>)> {
    let record = Record::load(path).map_err(|e| (Vec::new(), Some(e.to_string())))?;
    if !record.unfinished() {
        return Err((vec![Msg::new("ui-unfinished-finished")], None));
    }
    let (entry, status) = match find_case(&record, library) {
        Some(found) => found,
        None => return Err((vec![Msg::new("ui-unfinished-case-missing")], None)),
    };
    if status == CaseStatus::Changed && !read_only {
        return Err((vec![Msg::new("ui-unfinished-case-changed")], None));
    }
    let Ok(scenario) = &entry.scenario else {
        return Err((vec![Msg::new("ui-unfinished-case-missing")], None));
    };
    let hash = file_hash(&entry.path).unwrap_or_default();
    let (mut case, dropped) = ActiveCase::resume(
        entry.path.clone(),
        scenario.clone(),
        hash,
        &record,
        path.to_path_buf(),
        read_only,
    )
    .map_err(|m| (m, None))?;
    for m in &dropped {
        warn!("read-only replay of {}: {m:?}", path.display());
    }
    case.refused = dropped.into_iter().nth(1);
    Ok(case)
}

/// Mark an unfinished record abandoned; the file and everything in it stays.
fn discard(path: &Path) -> Result<(), String> {
    let mut record = Record::load(path).map_err(|e| e.to_string())?;
    record.abandoned = Some(wall_clock_now());
    record.save(path).map_err(|e| e.to_string())
}
