//! Hot reload: an edited case or text file replaces the running one, and a broken edit keeps
//! the last good one with its error shown.

use goldenhour::app::{Intent, ReloadProblems, Screen, Texts, WatchedFiles};

use crate::harness::*;

#[test]
fn hot_reload_keeps_the_last_good_case_on_a_broken_edit() -> TestResult {
    let dir = scratch("reload");
    let data = copy_data(&dir);
    let file = goldenhour::data::ron_files(&data.join("scenarios"))?
        .into_iter()
        .next()
        .ok_or("no scenario to copy")?;
    let mut app = app(&data, &dir, "en-US", Some(file.clone()));
    app.world_mut().resource_mut::<WatchedFiles>().interval = std::time::Duration::ZERO;
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Briefing, "--scenario opens straight at the briefing");
    let id = case(&app).scenario().id.clone();
    let good = std::fs::read_to_string(&file)?;

    // A broken edit: the error names file:line:col; the old case keeps running.
    std::fs::write(&file, good.replacen("difficulty", "difficulti", 1))?;
    app.update();
    let problem = app.world().resource::<ReloadProblems>().case.clone().ok_or("error reported")?;
    let at = format!("--> {}:", file.display());
    let place = problem.split_once(&at).map(|(_, rest)| rest).ok_or(problem.clone())?;
    let mut line_col = place.split(|c: char| c.is_whitespace()).next().unwrap_or("").split(':');
    assert!(line_col.next().is_some_and(|l| l.parse::<u32>().is_ok()), "{problem}");
    assert!(line_col.next().is_some_and(|c| c.parse::<u32>().is_ok()), "{problem}");
    assert_eq!(case(&app).scenario().id, id);
    send(&mut app, Intent::Go(Screen::Operations));
    answer_decisions(&mut app);
    send(&mut app, Intent::SkipToNextEvent);
    assert!(case(&app).run.now() > 0, "the last good case still runs");

    // A good edit replaces it; the session is rebuilt at the same time.
    let now = case(&app).run.now();
    let reloads = app.world().resource::<ReloadProblems>().reloads;
    std::fs::write(&file, good.replacen("expected_minutes:", "expected_minutes :", 1))?;
    app.update();
    let p = app.world().resource::<ReloadProblems>();
    assert!(p.case.is_none(), "{:?}", p.case);
    assert_eq!(p.reloads, reloads + 1);
    assert_eq!(case(&app).run.now(), now);
    Ok(())
}

#[test]
fn hot_reload_of_texts_keeps_the_old_ones_on_a_broken_edit() -> TestResult {
    let dir = scratch("ftl");
    let data = copy_data(&dir);
    let mut app = app(&data, &dir, "en-US", None);
    app.world_mut().resource_mut::<WatchedFiles>().interval = std::time::Duration::ZERO;
    app.update();
    let ui = data.join("locales/en-US/ui.ftl");
    let good = std::fs::read_to_string(&ui)?;
    std::fs::write(&ui, format!("{good}\nbroken = {{ $\n"))?;
    app.update();
    let problem = app.world().resource::<ReloadProblems>().locales.clone().ok_or("error shown")?;
    assert!(problem.contains("ui.ftl:"), "{problem}");
    assert_eq!(app.world().resource::<Texts>().t("ui-app-title"), "Golden Hour");

    std::fs::write(
        &ui,
        good.replace("ui-app-title = Golden Hour", "ui-app-title = Golden Hour Drill"),
    )?;
    app.update();
    assert!(app.world().resource::<ReloadProblems>().locales.is_none());
    assert_eq!(app.world().resource::<Texts>().t("ui-app-title"), "Golden Hour Drill");
    Ok(())
}
