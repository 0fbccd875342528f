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
