//! Resuming unfinished sessions: the offer at start, resume, discard, a changed case file, and
//! a crash mid-session (the real app under Xvfb, killed) that loses nothing.

use std::path::Path;

use bevy::prelude::{App, MinimalPlugins};
use bevy::state::app::StatesPlugin;
use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goldenhour::app::{
    CaseStatus, Intent, Library, LogicPlugin, Paths, Screen, StartOptions, Texts, Unfinished,
    resume_ui,
};
use goldenhour::record::Record;
use goldenhour::sim::Session;

use crate::harness::*;

fn app_with_records(records: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(LogicPlugin {
        paths: Paths {
            data_dir: repo(),
            case_folders: Vec::new(),
            user_scenarios: None,
            records: records.to_path_buf(),
            settings_file: None,
        },
        start: StartOptions { lang: Some("en-US".into()), scenario: None },
    });
    app.update();
    app
}

/// A record as compared between two runs: the last action's wall-clock time (taken when
/// each run acted, a second apart or not) is left out.
fn comparable(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let mut r = Record::load(path)?;
    if let Some(last) = r.actions.last_mut() {
        last.wall = None;
    }
    Ok(r.to_json())
}

#[test]
fn resume_rebuilds_the_same_session_and_writes_on_the_same_file() -> TestResult {
    let sandbox = scratch("resume-a");
    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    // Where the clock is counts too: the record carries the sim time of its last write.
    send(&mut a, Intent::Save);
    let original = case(&a).record_path.clone();

    // The computer goes down: a fresh start finds the record unfinished.
    let records = scratch("resume-b").join("records");
    std::fs::create_dir_all(&records)?;
    let copy = records.join(original.file_name().ok_or("name")?);
    std::fs::copy(&original, &copy)?;
    let mut b = app_with_records(&records);
    let offer = b.world().resource::<Unfinished>().clone();
    assert!(offer.offered());
    assert_eq!(offer.entries.len(), 1);
    assert_eq!(offer.entries[0].case, CaseStatus::Same);
    assert_eq!(offer.entries[0].path, copy);

    send(&mut b, Intent::Resume { path: copy.clone(), read_only: false });
    assert_eq!(screen(&b), Screen::Operations);
    assert!(!b.world().resource::<Unfinished>().offered(), "resumed: no longer offered");
    let (ca, cb) = (case(&a), case(&b));
    assert_eq!(cb.record_path, copy, "the same record file goes on being written");
    assert_eq!(cb.run.seed(), ca.run.seed());
    assert_eq!(cb.run.now(), ca.run.now());
    assert_eq!(cb.run.actions(), ca.run.actions());
    assert_eq!(cb.run.events(), ca.run.events());
    assert_eq!(cb.mode(), ca.mode());

    // One more action in both: the two record files say the same.
    let more = an_allowed_action(&a).ok_or("an action to take")?;
    send(&mut a, Intent::Act(more.clone()));
    send(&mut b, Intent::Act(more));
    assert_eq!(case(&b).run.events(), case(&a).run.events());
    assert_eq!(comparable(&copy)?, comparable(&original)?);
    Ok(())
}

#[test]
fn discard_keeps_the_file_and_marks_it_abandoned() -> TestResult {
    let sandbox = scratch("discard");
    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    let path = case(&a).record_path.clone();
    let before = Record::load(&path)?;
    let records = path.parent().ok_or("folder")?.to_path_buf();

    let mut b = app_with_records(&records);
    assert_eq!(b.world().resource::<Unfinished>().entries.len(), 1);
    send(&mut b, Intent::Discard(path.clone()));
    assert!(b.world().resource::<Unfinished>().entries.is_empty());
    let after = Record::load(&path)?;
    assert!(after.abandoned.is_some(), "marked abandoned");
    assert_eq!(after.actions, before.actions, "nothing else changes");
    assert!(after.outcome.is_none());
    // The next start does not offer it again; the file is still there.
    let c = app_with_records(&records);
    assert!(!c.world().resource::<Unfinished>().offered());
    assert!(path.exists());
    Ok(())
}

#[test]
fn a_changed_case_file_opens_read_only_or_not_at_all() -> TestResult {
    let dir = scratch("changed");
    let data = copy_data(&dir);
    let mut a = app(&data, &dir, "en-US", None);
    let i = first_good_case(&a);
    send(&mut a, Intent::OpenCase(i));
    send(&mut a, Intent::Go(Screen::Operations));
    play_a_little(&mut a)?;
    let record = case(&a).record_path.clone();
    let file = case(&a).path.clone();
    let bytes = std::fs::read(&record)?;
    drop(a);
    let text = std::fs::read_to_string(&file)?;
    std::fs::write(&file, text.replacen("expected_minutes:", "expected_minutes :", 1))?;

    let mut b = app(&data, &dir, "en-US", None);
    let entry = b.world().resource::<Unfinished>().entries.first().cloned().ok_or("offered")?;
    assert_eq!(entry.case, CaseStatus::Changed);
    send(&mut b, Intent::Resume { path: record.clone(), read_only: false });
    assert_eq!(screen(&b), Screen::Library, "not resumed on a changed case");
    assert!(!b.world().resource::<Unfinished>().entries[0].problem.is_empty());

    send(&mut b, Intent::Resume { path: record.clone(), read_only: true });
    assert_eq!(screen(&b), Screen::Operations);
    assert!(case(&b).read_only);
    let n = case(&b).run.actions().len();
    let more = an_allowed_action(&b).ok_or("an action")?;
    send(&mut b, Intent::Act(more));
    send(&mut b, Intent::Save);
    send(&mut b, Intent::SkipToNextEvent);
    assert_eq!(case(&b).run.actions().len(), n, "nothing is done read-only");
    assert_eq!(std::fs::read(&record)?, bytes, "and nothing is written");
    Ok(())
}

#[test]
fn the_offer_lists_each_session_and_resumes_on_click() -> TestResult {
    let sandbox = scratch("offer-view");
    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    let path = case(&a).record_path.clone();
    let n = case(&a).run.actions().len();
    let b = app_with_records(path.parent().ok_or("folder")?);
    let texts = b.world().resource::<Texts>();
    let unfinished = b.world().resource::<Unfinished>();
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            resume_ui(ui.ctx(), texts, unfinished, &mut out);
        });
        harness.run();
        harness.get_by_label_contains(&format!("{n} actions"));
        harness.get_by_label_contains("sim time");
        harness.get_by_label("Resume").click();
        harness.run();
    }
    assert_eq!(out, vec![Intent::Resume { path, read_only: false }]);
    Ok(())
}

/// Replay a record from scratch, the way `grade` will.
fn replay(app: &App, r: &Record) -> Result<Session, String> {
    let lib = app.world().resource::<Library>();
    let sc = lib
        .entries
        .iter()
        .filter_map(|e| e.scenario.as_ref().ok())
        .find(|s| s.id == r.scenario_id)
        .ok_or("the case is in the library")?;
    let mut s = Session::new(sc.clone(), r.seed);
    for a in &r.actions {
        s.apply(a.at.max(s.now()), &a.act).map_err(|e| format!("{e:?}"))?;
    }
    Ok(s)
}

/// The real app under Xvfb plays the expert line one action at a time
/// (`GOLDENHOUR_DEMO=actions`, debug builds) and is killed with SIGKILL mid-session. The
/// record on disk parses, holds every action up to the last one taken, and resumes.
#[test]
fn crash_mid_session_loses_nothing_and_resumes() -> TestResult {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let xvfb_found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("Xvfb").is_file()))
        .unwrap_or(false);
    if (!xvfb_found && std::env::var_os("CI").is_none()) || !cfg!(target_os = "linux") {
        eprintln!("crash test skipped: no Xvfb on this machine");
        return Ok(());
    }
    if !cfg!(debug_assertions) {
        eprintln!("crash test skipped: the scripted demo exists in debug builds only");
        return Ok(());
    }
    let dir = scratch("crash");
    let records = dir.join("records");
    let scenario = goldenhour::data::ron_files(&repo().join("scenarios"))?
        .into_iter()
        .next()
        .ok_or("a bundled case")?;
    let display = (200..250)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .ok_or("no free X display number")?;
    let mut xvfb = Command::new("Xvfb")
        .args([&format!(":{display}"), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::sleep(Duration::from_millis(1500));
    let run = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(["--lang", "en-US", "--scenario"])
        .arg(&scenario)
        .arg("--record-dir")
        .arg(&records)
        .current_dir(repo())
        .env("GOLDENHOUR_DEMO", "actions")
        .env("GOLDENHOUR_DEMO_PACE_MS", "250")
        .env("DISPLAY", format!(":{display}"))
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", &dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("app.log"))?)
        .spawn();
    // Wait until the record holds a few actions, then pull the plug.
    let killed = run.map_err(|e| e.to_string()).and_then(|mut app| {
        let start = Instant::now();
        let found = loop {
            let newest = std::fs::read_dir(&records)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|x| x == "json"));
            if let Some(p) = newest
                && Record::load(&p).is_ok_and(|r| r.actions.len() >= 4)
            {
                break Ok(p);
            }
            if let Ok(Some(status)) = app.try_wait() {
                break Err(format!("the app exited early: {status}"));
            }
            if start.elapsed() > Duration::from_secs(240) {
                break Err("no record with 4 actions within 240 s".to_string());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        std::thread::sleep(Duration::from_millis(400));
        let _ = app.kill(); // SIGKILL: no chance to write anything more.
        let _ = app.wait();
        found
    });
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    let log = std::fs::read_to_string(dir.join("app.log")).unwrap_or_default();
    let path = killed.map_err(|e| format!("{e}\n{log}"))?;

    // The record parses and holds the expert line's actions in order, none missing.
    let rec = Record::load(&path)?;
    assert!(rec.unfinished());
    let sc = goldenhour::scenario::parse(&std::fs::read_to_string(&scenario)?)?;
    let line = sc.lines.get("expert").ok_or("an expert line")?;
    assert!(rec.actions.len() >= 4 && rec.actions.len() <= line.len());
    eprintln!("killed with {} of the {} expert actions recorded", rec.actions.len(), line.len());
    for (i, (got, want)) in rec.actions.iter().zip(line).enumerate() {
        assert_eq!((got.at, &got.act), (want.at.0, &want.act), "action {}", i + 1);
        assert!(got.wall.is_some());
    }
    // One record, complete: temporary files (dot files) are never taken for one.
    let mut names: Vec<String> = std::fs::read_dir(&records)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    assert_eq!(names.len(), 1, "{names:?}");

    // A fresh start offers it; resuming rebuilds the session the actions make.
    let mut b = app_with_records(&records);
    send(&mut b, Intent::Resume { path: path.clone(), read_only: false });
    assert_eq!(screen(&b), Screen::Operations);
    let fresh = replay(&b, &rec)?;
    let c = case(&b);
    assert_eq!(c.run.actions().len(), rec.actions.len());
    let upto = fresh.events().len();
    assert_eq!(&c.run.events()[..upto], fresh.events());
    assert!(c.run.now() >= rec.actions.last().map(|a| a.at).unwrap_or(0));
    // And it writes on into the same file.
    if let Some(more) = an_allowed_action(&b) {
        send(&mut b, Intent::Act(more));
        assert_eq!(Record::load(&path)?.actions.len(), rec.actions.len() + 1);
    }
    Ok(())
}
