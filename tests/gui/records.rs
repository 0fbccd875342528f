//! Records as the app writes them: new names that carry the sim time, exports that never
//! overwrite, and the HTML debrief written next to them and opened in the browser.

use std::path::{Path, PathBuf};

use goldenhour::app::{Intent, RecordSaved, Screen};
use goldenhour::record::Record;

use crate::harness::*;

#[test]
fn records_get_new_names_and_carry_the_sim_time() -> TestResult {
    let sandbox = scratch("names");
    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    let path = case(&a).record_path.clone();
    let name = path.file_name().ok_or("a file name")?.to_string_lossy().into_owned();
    let id = case(&a).scenario().id.clone();
    assert!(name.starts_with(&format!("{id}-trainee-")) && name.ends_with("Z-1.json"), "{name}");
    // A second session opened in the same second gets a name of its own.
    send(&mut a, Intent::CloseCase);
    let i = first_good_case(&a);
    send(&mut a, Intent::OpenCase(i));
    send(&mut a, Intent::Go(Screen::Operations));
    play_a_little(&mut a)?;
    let second = case(&a).record_path.clone();
    assert_ne!(second, path);
    assert!(path.exists() && second.exists());
    let r = Record::load(&second)?;
    assert_eq!(r.sim_time, Some(case(&a).run.now()));
    assert!(r.actions.iter().all(|x| x.wall.is_some()), "wall time on every action");
    Ok(())
}

#[test]
fn export_copies_the_record_and_never_overwrites() -> TestResult {
    let sandbox = scratch("export");
    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    let dest = sandbox.join("exports");
    send(&mut a, Intent::ExportRecord(dest.clone()));
    let first = match &a.world().resource::<RecordSaved>().exported {
        Some(Ok(p)) => p.clone(),
        other => return Err(format!("{other:?}").into()),
    };
    assert!(first.starts_with(&dest));
    assert_eq!(std::fs::read(&first)?, std::fs::read(&case(&a).record_path)?);
    let more = an_allowed_action(&a).ok_or("an action")?;
    send(&mut a, Intent::Act(more));
    send(&mut a, Intent::ExportRecord(dest.clone()));
    let second = match &a.world().resource::<RecordSaved>().exported {
        Some(Ok(p)) => p.clone(),
        other => return Err(format!("{other:?}").into()),
    };
    assert_ne!(first, second);
    let (r1, r2) = (Record::load(&first)?, Record::load(&second)?);
    assert_eq!(r2.actions.len(), r1.actions.len() + 1, "the first export is untouched");
    Ok(())
}

static OPENED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn note_opened(path: &Path) -> std::io::Result<()> {
    OPENED.lock().map_err(|_| std::io::Error::other("poisoned"))?.push(path.to_path_buf());
    Ok(())
}

#[test]
fn open_report_writes_the_html_debrief_and_opens_it() -> TestResult {
    let sandbox = scratch("report");
    let mut a = operations_app(&sandbox);
    a.world_mut().insert_resource(goldenhour::app::ReportOpener(note_opened));
    play_a_little(&mut a)?;
    send(&mut a, Intent::OpenReport);
    let path = match &a.world().resource::<RecordSaved>().report {
        Some(Ok(p)) => p.clone(),
        other => return Err(format!("{other:?}").into()),
    };
    assert!(path.starts_with(sandbox.join("records").join("reports")), "{}", path.display());
    let stem = case(&a).record_path.file_stem().ok_or("stem")?.to_owned();
    assert_eq!(path.file_stem(), Some(stem.as_os_str()), "named after its record");
    let html = std::fs::read_to_string(&path)?;
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("lang=\"en-US\""));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "self-contained");
    assert!(OPENED.lock().map_err(|e| e.to_string())?.contains(&path), "handed to the browser");
    Ok(())
}

/// The records folder stops taking writes mid-session (here a file takes the folder's place,
/// which no user, root included, can write into; a full disk fails the same write): the clock
/// stops and stays stopped, the notice is on screen with a folder field, the case cannot be
/// closed or left, and the record, every action included, goes to the folder chosen there.
#[test]
fn a_record_that_cannot_be_written_stops_the_clock_until_written_elsewhere() -> TestResult {
    use bevy::time::TimeUpdateStrategy;
    use bevy_egui::egui;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use goldenhour::app::{ActiveCase, SimClock, UiState, app_ui};

    let sandbox = scratch("unwritable");
    let mut a = operations_app(&sandbox);
    // Each frame moves the wall clock one second: a running clock would move the case on.
    a.world_mut()
        .insert_resource(TimeUpdateStrategy::ManualDuration(std::time::Duration::from_secs(1)));
    play_a_little(&mut a)?;
    let path = case(&a).record_path.clone();
    let folder = path.parent().ok_or("folder")?.to_path_buf();
    std::fs::remove_dir_all(&folder)?;
    std::fs::write(&folder, b"a file where the records folder was")?;

    send(&mut a, Intent::SetPaused(false));
    let act = an_allowed_action(&a).ok_or("an action")?;
    send(&mut a, Intent::Act(act));
    let n = case(&a).run.actions().len();
    let why = a.world().resource::<RecordSaved>().unwritten.clone().ok_or("the failure is kept")?;
    assert!(why.contains(&folder.display().to_string()), "{why}");
    assert!(a.world().resource::<SimClock>().paused, "the clock stops");
    let now = case(&a).run.now();
    send(&mut a, Intent::SetPaused(false));
    send(&mut a, Intent::TogglePause);
    send(&mut a, Intent::SkipToNextEvent);
    for _ in 0..10 {
        a.update();
    }
    assert!(a.world().resource::<SimClock>().paused, "and stays stopped");
    assert_eq!(case(&a).run.now(), now, "no sim time passes unrecorded");
    send(&mut a, Intent::CloseCase);
    assert!(a.world().get_resource::<ActiveCase>().is_some(), "the case stays open");
    assert_eq!(screen(&a), Screen::Operations);
    send(&mut a, Intent::RetryRecord);
    assert!(a.world().resource::<RecordSaved>().unwritten.is_some(), "still not writable");

    // The notice: what went wrong, and another folder to write to.
    let other = sandbox.join("elsewhere");
    let mut st = UiState { record_dir_text: other.display().to_string(), ..Default::default() };
    let mut out = Vec::new();
    {
        let v = view(&a);
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &v, &mut st, &mut out);
        });
        harness.run();
        harness.get_by_label_contains("The record cannot be written");
        harness.get_by_label_contains("Nothing you did is lost");
        harness.get_by_label_contains(&folder.display().to_string());
        harness.get_by_label("Write it here").click();
        harness.run();
    }
    assert_eq!(out, vec![Intent::MoveRecord(other.clone())]);
    send(&mut a, Intent::MoveRecord(other.clone()));
    let saved = a.world().resource::<RecordSaved>();
    assert_eq!(saved.unwritten, None);
    let moved = case(&a).record_path.clone();
    assert!(moved.starts_with(&other), "{}", moved.display());
    assert_eq!(saved.path.as_ref(), Some(&moved), "the notice says where it went");
    let r = Record::load(&moved)?;
    assert_eq!(r.actions.len(), n, "every action, the one that could not be written too");
    // The clock runs again, and later writes go to the new place.
    send(&mut a, Intent::SetPaused(false));
    assert!(!a.world().resource::<SimClock>().paused);
    for _ in 0..3 {
        a.update();
    }
    assert!(case(&a).run.now() > now);
    Ok(())
}

/// A classroom host's own copy of the case (the projector's) is written into the class folder's
/// `presenter/`, which is made when it is first needed.
#[test]
fn the_class_hosts_presenter_record_is_written() -> TestResult {
    use bevy::state::app::StatesPlugin;
    use goldenhour::app::classroom::{ClassStart, ClassroomPlugin, Role};
    use goldenhour::app::{LogicPlugin, Paths, StartOptions};

    let sandbox = scratch("presenter");
    let mut app = bevy::prelude::App::new();
    app.add_plugins((bevy::prelude::MinimalPlugins, StatesPlugin));
    app.add_plugins(LogicPlugin {
        paths: Paths::sandboxed(repo(), sandbox.clone()),
        start: StartOptions {
            lang: Some("en-US".into()),
            scenario: Some(repo().join("scenarios/frank-lao-cards.ron")),
        },
    });
    let secrets = [("A".to_string(), "K7QM3XPD9R".to_string())].into_iter().collect();
    app.add_plugins(ClassroomPlugin(ClassStart {
        code: "GH7K3P".into(),
        teams: vec!["A".into()],
        dir: sandbox.join("class"),
        role: Role::Host { bind: "127.0.0.1:0".parse()?, secrets, exam: false },
        key: None,
        show_console: false,
        show_reveal: false,
        show_debrief: false,
    }));
    app.update();
    app.update();
    send(&mut app, Intent::Go(Screen::Operations));
    answer_decisions(&mut app);
    let act = an_allowed_action(&app).ok_or("an action")?;
    send(&mut app, Intent::Act(act));
    let path = sandbox.join("class").join("presenter").join("presenter.record.json");
    assert_eq!(case(&app).record_path, path);
    assert_eq!(app.world().resource::<RecordSaved>().unwritten, None);
    let r = Record::load(&path)?;
    assert_eq!(r.actions.len(), case(&app).run.actions().len());
    Ok(())
}

/// The same on a real full disk: the records folder on a 64 KiB tmpfs that fills up mid-session.
/// Mounting needs root (CI runs as root); elsewhere the test says it was skipped.
#[test]
fn a_full_disk_stops_the_clock_and_the_record_goes_elsewhere() -> TestResult {
    use goldenhour::app::SimClock;
    use std::process::Command;

    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    if !root || !cfg!(target_os = "linux") {
        eprintln!("skipped: mounting a tmpfs needs root on Linux");
        return Ok(());
    }
    let sandbox = scratch("full-disk");
    let records = sandbox.join("records");
    std::fs::create_dir_all(&records)?;
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&records)
        .status()?;
    if !mounted.success() {
        if std::env::var_os("CI").is_some() {
            return Err("CI runs as root but could not mount a tmpfs".into());
        }
        eprintln!("skipped: could not mount a tmpfs");
        return Ok(());
    }
    /// Unmounted however the test ends.
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(records.clone());

    let mut a = operations_app(&sandbox);
    play_a_little(&mut a)?;
    assert!(case(&a).record_path.starts_with(&records));
    // Fill the disk.
    let _ = std::fs::write(records.join("filler"), vec![0u8; 128 * 1024]);
    let act = an_allowed_action(&a).ok_or("an action")?;
    send(&mut a, Intent::Act(act));
    let n = case(&a).run.actions().len();
    let why = a.world().resource::<RecordSaved>().unwritten.clone().ok_or("the write failed")?;
    assert!(why.contains("No space left on device"), "{why}");
    assert!(a.world().resource::<SimClock>().paused);
    send(&mut a, Intent::SetPaused(false));
    assert!(a.world().resource::<SimClock>().paused, "held while the record is unwritten");
    let other = sandbox.join("elsewhere");
    send(&mut a, Intent::MoveRecord(other.clone()));
    assert_eq!(a.world().resource::<RecordSaved>().unwritten, None);
    let r = Record::load(&case(&a).record_path)?;
    assert!(case(&a).record_path.starts_with(&other));
    assert_eq!(r.actions.len(), n, "nothing played is lost");
    Ok(())
}
