//! The desktop app: a thin Bevy + egui shell that owns a `Session`, runs its clock and draws it.
//!
//! Logic and view are apart. [`LogicPlugin`] holds every system that changes state (screens,
//! the open case, the clock, hot reload, settings, shortcuts) and runs headless under
//! `MinimalPlugins`, which is how the GUI tests (`tests/gui/`) drive it. The view (`ui`) only
//! reads resources and sends [`Intent`] messages for what the trainee chose.

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;

mod case;
pub mod classroom;
mod clock;
#[cfg(debug_assertions)]
mod demo;
mod egui_setup;
mod hot_reload;
mod input;
mod library;
mod resume;
mod screenshot;
mod settings;
mod texts;
mod ui;
mod window;

pub use case::{ActiveCase, CaseOptions, Mode, RecordSaved, SEED_DEFAULT, notes_path};
pub use clock::{SPEEDS, SimClock};
pub use egui_setup::{CJK_FONT_NAME, fonts, needs_extended_latin, style};
pub use hot_reload::{ReloadProblems, WatchedFiles};
pub use input::{TypingFocus, shortcuts_for};
pub use library::{CaseEntry, Library};
pub use resume::{
    CaseStatus, ReportOpener, Unfinished, UnfinishedRecord, default_export_dir, export_record,
    open_in_browser,
};
pub use settings::{Settings, SettingsFile};
pub use texts::Texts;
pub use ui::{OpsTab, UiState, View, app_ui, resume_ui};

/// What `main` passes in when no subcommand is given.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Starting language (`zh-CN`, `en-US`, `vi-VN`); default: the system's, else zh-CN.
    pub lang: Option<String>,
    /// Open this case straight at its briefing.
    pub scenario: Option<PathBuf>,
    /// Render this many frames, save a PNG of the window to the file, exit 0.
    pub screenshot_after: Option<(u32, PathBuf)>,
    /// The folder holding `scenarios/` and `locales/`.
    pub data_dir: PathBuf,
    /// `--record-dir`: write session records here instead of the per-user data folder.
    pub record_dir: Option<PathBuf>,
    /// Classroom mode (`goldenhour classroom host|join`).
    pub classroom: Option<classroom::ClassStart>,
}

/// The screens, in the order a trainee meets them.
#[derive(States, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Library,
    Briefing,
    Operations,
    Trial,
    Debrief,
}

/// Everything the trainee (or a shortcut) asks for. The view sends these; logic systems act.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Open a case from the library (index into [`Library::entries`]) at its briefing.
    OpenCase(usize),
    /// Go to a screen (only the moves that make sense are honoured).
    Go(Screen),
    /// Do something in the case; refused actions are reported, never applied.
    Act(crate::scenario::Action),
    TogglePause,
    SetPaused(bool),
    Faster,
    Slower,
    SetSpeed(u32),
    SkipToNextEvent,
    /// Move the trial on to the court's ruling (after answering the challenges).
    HearRuling,
    SetLanguage(String),
    ToggleBilingual,
    SetUiScale(f32),
    SetTrainee(String),
    SetMode(Mode),
    /// The seed the next case is opened with (same seed, same case for every team).
    SetSeed(u64),
    /// Exam mode: the instructor's class code (`GH-4K7Q`), which fixes the seed.
    SetClassCode(String),
    /// Resume the unfinished session recorded in this file (from the start-up offer).
    /// `read_only`: its case file has changed since; look at it without playing on.
    Resume {
        path: PathBuf,
        read_only: bool,
    },
    /// Do not resume this unfinished session: the file is kept, marked abandoned.
    Discard(PathBuf),
    /// Hide the resume offer for now (it comes back at the next start).
    DismissResume,
    /// Copy the record to this folder (the debrief's export).
    ExportRecord(PathBuf),
    /// Write the record's HTML report beside the records and open it in the system browser.
    OpenReport,
    /// Write the record (actions and outcome) to the records folder.
    Save,
    /// The trainee's notes pad changed: keep the text and write it beside the record.
    SetNotes(String),
    /// Try again to write a record that could not be written.
    RetryRecord,
    /// Write the record that could not be written to this folder instead, and go on there.
    MoveRecord(PathBuf),
    ToggleFullscreen,
    ToggleMenu,
    /// Open or close the help page (keys and glossary).
    ToggleHelp,
    /// Close the open case and go back to the library.
    CloseCase,
    Quit,
}

/// The order of a frame's logic: shortcuts become intents, intents are applied and the clock
/// runs, then screens follow the session and files are polled.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Input,
    Apply,
    Follow,
}

/// Where the app reads and writes: fixed at start from [`AppOptions`] and the user's folders.
#[derive(Resource, Debug, Clone)]
pub struct Paths {
    /// Holds `scenarios/` (the bundled library) and `locales/` (the app's own messages).
    pub data_dir: PathBuf,
    /// Case folders outside it (each holding `scenarios/` and `locales/`, see
    /// [`crate::data::case_folder`]): their cases are listed and their texts loaded.
    pub case_folders: Vec<PathBuf>,
    /// The user's own cases (`<user data>/scenarios`), listed in the library too; their texts
    /// are in `<user data>/locales`.
    pub user_scenarios: Option<PathBuf>,
    /// Saved records go here.
    pub records: PathBuf,
    /// `settings.ron`; `None` keeps settings for this run only (tests).
    pub settings_file: Option<PathBuf>,
}

impl Paths {
    /// The per-user folders from the `directories` crate, falling back to the data dir.
    pub fn for_user(data_dir: PathBuf) -> Paths {
        let dirs = directories::ProjectDirs::from("org", "GoldenHour", "goldenhour");
        let records = dirs
            .as_ref()
            .map(|d| d.data_dir().join("records"))
            .unwrap_or_else(|| data_dir.join("records"));
        Paths {
            case_folders: Vec::new(),
            user_scenarios: dirs.as_ref().map(|d| d.data_dir().join("scenarios")),
            settings_file: dirs.as_ref().map(|d| d.config_dir().join("settings.ron")),
            records,
            data_dir,
        }
    }

    /// Everything inside `dir` (tests): nothing touches the user's real folders.
    pub fn sandboxed(data_dir: PathBuf, dir: PathBuf) -> Paths {
        Paths {
            case_folders: Vec::new(),
            user_scenarios: Some(dir.join("user-scenarios")),
            records: dir.join("records"),
            settings_file: Some(dir.join("settings.ron")),
            data_dir,
        }
    }

    /// Every folder of `.ftl` files, loaded as one catalog: the app's own, each case folder's,
    /// the user's (see [`crate::data::locale_dirs`]).
    pub fn locale_dirs(&self) -> Vec<PathBuf> {
        let user = self.user_scenarios.as_ref().and_then(|u| u.parent()).map(PathBuf::from);
        crate::data::locale_dirs(&self.data_dir, self.case_folders.iter().cloned().chain(user))
    }
    pub fn scenarios(&self) -> PathBuf {
        self.data_dir.join("scenarios")
    }
    /// The library's folders of cases: (folder, bundled with the app), bundled first.
    pub fn case_dirs(&self) -> Vec<(PathBuf, bool)> {
        let mut dirs = vec![(self.scenarios(), true)];
        dirs.extend(self.case_folders.iter().map(|f| (f.join("scenarios"), false)));
        dirs.extend(self.user_scenarios.iter().map(|u| (u.clone(), false)));
        let mut seen: Vec<PathBuf> = Vec::new();
        dirs.retain(|(d, _)| {
            let key = d.canonicalize().unwrap_or_else(|_| d.clone());
            !seen.contains(&key) && {
                seen.push(key);
                true
            }
        });
        dirs
    }
}

/// Start options the logic needs on its first frames.
#[derive(Resource, Debug, Clone, Default)]
pub struct StartOptions {
    pub lang: Option<String>,
    pub scenario: Option<PathBuf>,
}

/// All state-changing systems, without a window or egui: what the headless tests run.
pub struct LogicPlugin {
    pub paths: Paths,
    pub start: StartOptions,
}

impl Plugin for LogicPlugin {
    fn build(&self, app: &mut App) {
        // The folder of the case to open at start is a case folder too: its texts load.
        let mut paths = self.paths.clone();
        paths
            .case_folders
            .extend(self.start.scenario.as_deref().and_then(crate::data::case_folder));
        app.insert_resource(paths)
            .insert_resource(self.start.clone())
            .init_state::<Screen>()
            .add_message::<Intent>()
            .configure_sets(Update, (Step::Input, Step::Apply, Step::Follow).chain());
        app.add_plugins((
            settings::plugin,
            texts::plugin,
            library::plugin,
            case::plugin,
            clock::plugin,
            hot_reload::plugin,
            input::plugin,
            resume::plugin,
        ));
    }
}

/// Open the window and run until it closes.
pub fn run(options: AppOptions) -> ExitCode {
    let started = std::time::Instant::now();
    // The bundled library and the app's messages come from the installation; a data folder
    // elsewhere (the current folder holding a case kit, `$GOLDENHOUR_DATA`) is a case folder
    // beside it, and so is the folder of `--scenario` (see `LogicPlugin`).
    let mut paths = Paths::for_user(crate::data::home());
    paths.case_folders.push(options.data_dir.clone());
    if let Some(dir) = options.record_dir.clone() {
        paths.records = dir;
    }
    let start = StartOptions { lang: options.lang.clone(), scenario: options.scenario.clone() };
    let mut app = App::new();
    app.add_plugins(window::plugin)
        .add_plugins(bevy_egui::EguiPlugin::default())
        .add_plugins(LogicPlugin { paths, start })
        .add_plugins((egui_setup::plugin, ui::plugin));
    #[cfg(debug_assertions)]
    app.add_plugins(demo::plugin);
    if let Some(class) = options.classroom {
        app.add_plugins(classroom::ClassroomPlugin(class));
    }
    if let Some((frames, file)) = options.screenshot_after {
        app.add_plugins(screenshot::ScreenshotPlugin { frames, file, started });
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
