//! The case library: the bundled cases are listed and load, a broken case file given at start
//! shows its error and opens nothing, and the open button sends `OpenCase`.

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goldenhour::app::{ActiveCase, Intent, Library, ReloadProblems, Screen, UiState, app_ui};

use crate::harness::*;

#[test]
fn library_lists_bundled_cases_and_they_load() -> TestResult {
    let sandbox = scratch("library");
    let app = app(&repo(), &sandbox, "en-US", None);
    let lib = app.world().resource::<Library>();
    assert!(!lib.entries.is_empty(), "no bundled cases found");
    for e in &lib.entries {
        if let Err(err) = &e.scenario {
            return Err(format!("{} does not load: {err}", e.path.display()).into());
        }
    }
    assert_eq!(screen(&app), Screen::Library);
    Ok(())
}

#[test]
fn a_broken_start_case_shows_its_error_and_opens_nothing() -> TestResult {
    let dir = scratch("broken-start");
    let file = dir.join("broken.ron");
    let good = std::fs::read_to_string(
        goldenhour::data::ron_files(&repo().join("scenarios"))?.first().ok_or("no case")?,
    )?;
    std::fs::write(&file, good.replacen("difficulty", "difficulti", 1))?;
    let mut app = app(&repo(), &dir, "en-US", Some(file.clone()));
    app.update();
    assert_eq!(screen(&app), Screen::Library);
    assert!(app.world().get_resource::<ActiveCase>().is_none());
    let problem = app.world().resource::<ReloadProblems>().case.clone().ok_or("error shown")?;
    // Compiler-style, as `validate` prints it: the code, then ` --> file:line:col`.
    assert!(problem.starts_with("error[syntax]"), "{problem}");
    assert!(problem.contains(&format!("--> {}:49:5", file.display())), "{problem}");
    let lib = app.world().resource::<Library>();
    assert!(lib.entries.iter().any(|e| e.path == file && e.scenario.is_err()));
    Ok(())
}

#[test]
fn library_open_button_sends_open_case() -> TestResult {
    let sandbox = scratch("kittest-lib");
    let app = app(&repo(), &sandbox, "en-US", None);
    let mut st = UiState::default();
    let view = view(&app);
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &view, &mut st, &mut out);
        });
        harness.run();
        harness.get_by_label("Open the case file").click();
        harness.run();
    }
    assert!(out.contains(&Intent::OpenCase(0)), "{out:?}");
    Ok(())
}
