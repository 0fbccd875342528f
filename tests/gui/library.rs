//! The case library: the bundled cases are listed and load, a broken case file given at start
//! shows its error and opens nothing, and the open button sends `OpenCase`.

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goldenhour::app::{
    ActiveCase, Intent, Library, Paths, ReloadProblems, Screen, Texts, UiState, app_ui,
};

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
    let line = good.lines().position(|l| l.contains("difficulty")).ok_or("a difficulty")? + 1;
    assert!(problem.contains(&format!("--> {}:{line}:5", file.display())), "{problem}");
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

/// A case folder made by `goldenhour new` outside the repository: opened with `--scenario`, the
/// case comes up at its briefing with its own texts in each language, beside the app's; a
/// folder named as a case folder lists its cases in the library after the bundled ones.
#[test]
fn a_case_folder_anywhere_opens_with_its_own_texts() -> TestResult {
    let dir = scratch("case-folder");
    let kit = dir.join("my-cases");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(["new", "kit-case", "--dir"])
        .arg(&kit)
        .env_remove("GOLDENHOUR_DATA")
        .env_remove("GOLDENHOUR_HOME")
        .output()?;
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!kit.join("locales/en-US/engine.ftl").exists(), "no copies of the app's texts");
    let file = kit.join("scenarios/kit-case.ron");

    let mut app = app(&repo(), &dir, "zh-CN", Some(file.clone()));
    app.update();
    assert_eq!(screen(&app), Screen::Briefing, "{:?}", app.world().resource::<ReloadProblems>());
    let texts = app.world().resource::<Texts>();
    assert_eq!(texts.t("kit-case-title"), "新案例");
    assert_eq!(texts.t_in("en-US", "kit-case-title"), "A new case");
    // The app's own words are still there.
    assert!(!texts.t("ev-payment").starts_with('⟨'));
    let lib = app.world().resource::<Library>();
    let entry = lib.entries.iter().find(|e| e.path == file).ok_or("listed")?;
    assert!(!entry.bundled && entry.scenario.is_ok());

    let sandbox = dir.join("sandbox");
    let mut paths = Paths::sandboxed(repo(), sandbox);
    paths.case_folders.push(kit.clone());
    let lib = Library::scan(&paths, None);
    let i = lib.entries.iter().position(|e| e.path == file).ok_or("scanned")?;
    assert!(lib.entries[..i].iter().all(|e| e.bundled), "after the bundled cases");
    assert!(lib.entries[i].scenario.is_ok());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// A case that does not load says why in the app's language, at its file, line and column.
#[test]
fn a_broken_case_speaks_the_apps_language() -> TestResult {
    let dir = scratch("broken-zh");
    let file = dir.join("broken.ron");
    let good = std::fs::read_to_string(
        goldenhour::data::ron_files(&repo().join("scenarios"))?.first().ok_or("no case")?,
    )?;
    let bad = good.replacen("percent: 100", "percent: 90", 1);
    assert_ne!(bad, good, "the first case has a leg of 100 %");
    std::fs::write(&file, bad)?;
    let mut app = app(&repo(), &dir, "zh-CN", Some(file.clone()));
    app.update();
    assert!(app.world().get_resource::<ActiveCase>().is_none());
    let problem = app.world().resource::<ReloadProblems>().case.clone().ok_or("error shown")?;
    assert!(
        problem.starts_with("error[legs-not-100]: 各去向的百分比之和为 90，不是 100"),
        "{problem}"
    );
    assert!(problem.contains(&format!("--> {}:", file.display())), "{problem}");
    assert!(problem.contains("= help: 让各份额加起来等于 100"), "{problem}");
    Ok(())
}
