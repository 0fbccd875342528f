//! Shared by the GUI tests: a headless app (`LogicPlugin` on `MinimalPlugins`) on sandboxed
//! folders, intents sent frame by frame, the view of its resources that the egui tests draw,
//! and a little play that leaves a record behind.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use goldenhour::app::{
    ActiveCase, CaseOptions, Intent, Library, LogicPlugin, Paths, RecordSaved, ReloadProblems,
    Screen, Settings, SimClock, StartOptions, Texts, View,
};
use goldenhour::scenario::{Action, Owner};

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The repository: bundled scenarios and locales.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh folder under the system temp dir for one test.
pub fn scratch(name: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "goldenhour-gui-{}-{name}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A data dir of our own: copies of the bundled scenarios and locales, safe to edit.
pub fn copy_data(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    for sub in ["scenarios", "locales"] {
        copy_tree(&repo().join(sub), &data.join(sub));
    }
    data
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_tree(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

pub fn app(data: &Path, sandbox: &Path, lang: &str, scenario: Option<PathBuf>) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(LogicPlugin {
        paths: Paths::sandboxed(data.to_path_buf(), sandbox.to_path_buf()),
        start: StartOptions { lang: Some(lang.to_string()), scenario },
    });
    app.update();
    app
}

pub fn send(app: &mut App, intent: Intent) {
    app.world_mut().write_message(intent);
    // One frame applies the intent, the next runs the state transition it asked for.
    app.update();
    app.update();
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn case(app: &App) -> &ActiveCase {
    app.world().get_resource::<ActiveCase>().expect("a case is open")
}

/// Answer every decision point that is waiting with its first choice.
pub fn answer_decisions(app: &mut App) {
    for _ in 0..20 {
        let waiting = case(app)
            .run
            .awaiting_choice()
            .first()
            .map(|inj| (inj.id.clone(), inj.choices[0].id.clone()));
        let Some((inject, choice)) = waiting else { return };
        send(app, Intent::Act(Action::Choose { inject, choice }));
    }
}

/// Index of the first bundled case that loads.
pub fn first_good_case(app: &App) -> usize {
    let lib = app.world().resource::<Library>();
    lib.entries.iter().position(|e| e.scenario.is_ok()).expect("a bundled case loads")
}

/// A fresh app in English with the first bundled case open on the operations screen.
pub fn operations_app(sandbox: &Path) -> App {
    let mut app = app(&repo(), sandbox, "en-US", None);
    let i = first_good_case(&app);
    send(&mut app, Intent::OpenCase(i));
    send(&mut app, Intent::Go(Screen::Operations));
    app
}

pub fn view(app: &App) -> View<'_> {
    let w = app.world();
    View {
        texts: w.resource::<Texts>(),
        screen: screen(app),
        case: w.get_resource::<ActiveCase>(),
        library: w.resource::<Library>(),
        clock: w.resource::<SimClock>(),
        settings: w.resource::<Settings>(),
        problems: w.resource::<ReloadProblems>(),
        saved: w.resource::<RecordSaved>(),
        options: w.resource::<CaseOptions>(),
        user_scenarios: None,
        time: 0.0,
    }
}

/// An account the police know that a domestic measure reaches.
pub fn known_domestic(app: &App) -> Option<String> {
    let c = case(app);
    let sc = &c.scenario();
    c.run
        .accounts()
        .find(|(a, st)| {
            st.known
                && a.owner != Owner::Victim
                && sc.account_jurisdiction(&a.id) == Some(sc.home.as_str())
        })
        .map(|(a, _)| a.id.clone())
}

/// Play part of a case: a stop-payment, several events, decision points answered.
pub fn play_a_little(app: &mut App) -> Result<(), String> {
    answer_decisions(app);
    let home = known_domestic(app).ok_or("no known domestic account")?;
    send(app, Intent::Act(Action::StopPayment { account: home }));
    for _ in 0..8 {
        answer_decisions(app);
        send(app, Intent::SkipToNextEvent);
    }
    answer_decisions(app);
    Ok(())
}

/// An action the rules allow right now (following a known account's money).
pub fn an_allowed_action(app: &App) -> Option<Action> {
    let s = &case(app).run;
    s.accounts()
        .filter(|(a, st)| st.known && a.owner != Owner::Victim)
        .map(|(a, _)| Action::Monitor { account: a.id.clone() })
        .find(|a| s.check(a).is_ok())
}
