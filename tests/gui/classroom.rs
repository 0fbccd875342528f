//! Classroom mode in the app: the console drives the team sessions on one seed, teams take
//! turns at the machine, and the class debrief compares them.

use std::path::Path;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use goldenhour::app::{Intent, LogicPlugin, Paths, Screen, SimClock, StartOptions};
use goldenhour::scenario::Action;

use crate::harness::*;

fn class_app(sandbox: &Path, teams: &[&str]) -> App {
    use goldenhour::app::classroom::{ClassStart, ClassroomPlugin, Role};
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(LogicPlugin {
        paths: Paths::sandboxed(repo(), sandbox.to_path_buf()),
        start: StartOptions {
            lang: Some("en-US".into()),
            scenario: Some(repo().join("scenarios/frank-lao-cards.ron")),
        },
    });
    app.add_plugins(ClassroomPlugin(ClassStart {
        code: "GH7K3P".into(),
        teams: teams.iter().map(|s| s.to_string()).collect(),
        dir: sandbox.join("class"),
        role: Role::Presenter,
        key: None,
        show_console: false,
        show_reveal: false,
        show_debrief: false,
    }));
    app.update();
    app.update();
    app
}

fn class_send(app: &mut App, intent: goldenhour::app::classroom::ClassIntent) {
    app.world_mut().write_message(intent);
    app.update();
    app.update();
}

#[test]
fn classroom_console_reaches_the_team_sessions() -> TestResult {
    use goldenhour::app::classroom::{Class, ClassIntent};
    use goldenhour::classroom::{Command, code};
    let sandbox = scratch("classroom");
    let mut app = class_app(&sandbox, &["A", "B"]);
    let seed = code::seed("GH7K3P")?;
    assert_eq!(case(&app).run.seed(), seed, "the class code fixes the seed");
    assert_eq!(case(&app).run.meta.team.as_deref(), Some("A"));
    send(&mut app, Intent::Go(Screen::Operations));

    // Pause and resume from the console drive the app's clock.
    class_send(&mut app, ClassIntent::Console(Command::Resume));
    assert!(!app.world().resource::<SimClock>().paused);
    class_send(&mut app, ClassIntent::Console(Command::Pause));
    assert!(app.world().resource::<SimClock>().paused);

    // Fire the optional event: it reaches team A's session and its record in the class folder.
    class_send(&mut app, ClassIntent::Console(Command::FireInject("victim-doubts".into())));
    assert!(case(&app).run.inject_state("victim-doubts").and_then(|s| s.fired).is_some());
    let rec = goldenhour::record::Record::load(&sandbox.join("class/A.record.json"))?;
    assert_eq!(rec.team.as_deref(), Some("A"));
    assert!(
        rec.actions.iter().any(|a| a.act == Action::FireInject { inject: "victim-doubts".into() })
    );

    // Reveal flips the presenter's view; a note is pinned to A's sim time.
    class_send(&mut app, ClassIntent::Console(Command::Reveal(true)));
    assert!(app.world().resource::<Class>().revealed());
    app.world_mut().resource_mut::<Class>().note_draft = "A fired early".into();
    class_send(&mut app, ClassIntent::PinNote);
    assert_eq!(app.world().resource::<Class>().notes().len(), 1);

    // Team B takes the machine: a fresh session on the same seed, A's parked untouched.
    class_send(&mut app, ClassIntent::SwitchTeam(1));
    assert_eq!(case(&app).run.meta.team.as_deref(), Some("B"));
    assert_eq!(case(&app).run.seed(), seed);
    assert!(case(&app).run.actions().is_empty());
    assert!(app.world().resource::<SimClock>().paused);
    assert_eq!(screen(&app), Screen::Briefing);
    send(&mut app, Intent::Go(Screen::Operations));
    send(
        &mut app,
        Intent::Act(Action::Choose { inject: "file-case".into(), choice: "file-now".into() }),
    );
    // And back to A: its inject is still there.
    class_send(&mut app, ClassIntent::SwitchTeam(0));
    assert_eq!(case(&app).run.meta.team.as_deref(), Some("A"));
    assert!(case(&app).run.inject_state("victim-doubts").and_then(|s| s.fired).is_some());

    // The class debrief compares both teams' records.
    class_send(&mut app, ClassIntent::OpenDebrief);
    let class = app.world().resource::<Class>();
    let d = class.debrief.as_ref().expect("built").as_ref().map_err(|e| e.clone())?;
    assert_eq!(d.teams.len(), 2);
    assert!(d.divergences.iter().any(|x| x.decision.subject == "file-case"));
    assert_eq!(d.notes.len(), 1);
    Ok(())
}

#[test]
fn classroom_started_again_resumes_its_teams_and_sets_foreign_records_aside() -> TestResult {
    use goldenhour::app::classroom::{Class, ClassIntent};
    use goldenhour::classroom::Command;
    use goldenhour::record::Record;
    let sandbox = scratch("classroom-again");
    let a_path = sandbox.join("class/A.record.json");
    {
        let mut app = class_app(&sandbox, &["A", "B"]);
        send(&mut app, Intent::Go(Screen::Operations));
        class_send(&mut app, ClassIntent::Console(Command::FireInject("victim-doubts".into())));
        app.world_mut().resource_mut::<Class>().note_draft = "A fired early".into();
        class_send(&mut app, ClassIntent::PinNote);
    }
    // The class started again in its folder: A goes on where it was, the note is kept.
    let app = class_app(&sandbox, &["A", "B"]);
    assert_eq!(case(&app).run.meta.team.as_deref(), Some("A"));
    assert_eq!(case(&app).run.actions().len(), 1);
    assert!(case(&app).run.inject_state("victim-doubts").and_then(|s| s.fired).is_some());
    assert_eq!(app.world().resource::<Class>().notes().len(), 1);
    assert!(app.world().resource::<Class>().error.is_none());
    assert_eq!(case(&app).record_path, a_path);

    // B's file is a record of another class: B cannot take the machine, and the console says why.
    let mut other = Record::load(&a_path)?;
    other.seed += 1;
    other.save(&sandbox.join("class/B.record.json"))?;
    drop(app);
    let mut app = class_app(&sandbox, &["A", "B"]);
    let error = app.world().resource::<Class>().error.clone().unwrap_or_default();
    assert!(error.contains("B.record.json"), "{error}");
    class_send(&mut app, ClassIntent::SwitchTeam(1));
    assert_eq!(case(&app).run.meta.team.as_deref(), Some("A"));
    assert_eq!(app.world().resource::<Class>().active(), 0);

    // A's record now replays with an action the rules refuse: it is reported, not skipped, and
    // A's new play goes to conflict/ without touching the file.
    drop(app);
    let mut rec = Record::load(&a_path)?;
    rec.actions.push(rec.actions[0].clone());
    rec.save(&a_path)?;
    let bytes = std::fs::read(&a_path)?;
    let app = class_app(&sandbox, &["A"]);
    let error = app.world().resource::<Class>().error.clone().unwrap_or_default();
    assert!(error.contains("refused"), "{error}");
    assert!(case(&app).run.actions().is_empty());
    assert_eq!(case(&app).record_path, sandbox.join("class/conflict/A.record.json"));
    assert_eq!(std::fs::read(&a_path)?, bytes);
    Ok(())
}

/// The console opens in the projected window in a "the class can see this" state: the class
/// debrief is its first button, the optional events to come are only counted, and they show
/// once the instructor confirms the class cannot see the screen; F2 again hides them.
#[test]
fn the_console_hides_what_the_class_must_not_see_until_confirmed() {
    use bevy_egui::egui;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use goldenhour::app::classroom::{Class, ClassIntent, console_body_ui};
    use goldenhour::app::{ActiveCase, Texts};
    let sandbox = scratch("console-private");
    let mut app = class_app(&sandbox, &["A", "B"]);
    send(&mut app, Intent::Go(Screen::Operations));
    class_send(&mut app, ClassIntent::ToggleConsole);
    let texts = app.world().resource::<Texts>().clone();
    let spoiler: String = texts.t("frank-inj-victim-doubts").chars().take(20).collect();
    let debrief = texts.t("class-open-debrief");
    let show = texts.t("class-console-show-hidden");
    let yes = texts.t("class-console-show-yes");

    // Draw the console (460 × 400 points), let `f` look and click; returns what it sent.
    let look = |app: &mut App, f: &mut dyn FnMut(&mut Harness<'_>)| -> Vec<ClassIntent> {
        let mut class = app.world_mut().remove_resource::<Class>().expect("class");
        let mut out = Vec::new();
        {
            let w = app.world();
            let case = w.get_resource::<ActiveCase>();
            let clock = w.resource::<SimClock>();
            let mut h = Harness::builder()
                .with_size(egui::vec2(460.0, 400.0))
                .build_ui(|ui| console_body_ui(ui, &texts, &mut class, case, clock, &mut out));
            h.run();
            f(&mut h);
            h.run();
        }
        app.world_mut().insert_resource(class);
        out
    };

    let sent = look(&mut app, &mut |h| {
        assert!(h.query_by_label_contains(&spoiler).is_none(), "an event to come is hidden");
        let b = h.get_by_label(&debrief);
        assert!(b.rect().top() < 60.0, "the class debrief is the first thing: {:?}", b.rect());
        b.click();
    });
    assert!(matches!(sent.as_slice(), [ClassIntent::OpenDebrief]), "{sent:?}");
    look(&mut app, &mut |h| h.get_by_label(&show).click());
    look(&mut app, &mut |h| {
        assert!(h.query_by_label_contains(&spoiler).is_none(), "not before the confirmation");
        h.get_by_label(&yes).click();
    });
    assert!(app.world().resource::<Class>().console_private);
    look(&mut app, &mut |h| {
        assert!(h.query_by_label_contains(&spoiler).is_some(), "shown once confirmed");
    });
    // Closed and opened again (F2 twice): hidden again.
    class_send(&mut app, ClassIntent::ToggleConsole);
    class_send(&mut app, ClassIntent::ToggleConsole);
    look(&mut app, &mut |h| {
        assert!(h.query_by_label_contains(&spoiler).is_none(), "hidden again after F2");
    });
}
