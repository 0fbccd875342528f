//! Exam mode: a trainee id and a class code are needed (the code fixes the seed), the start
//! button says why it is disabled, and hints that give the answer are held back.

use bevy::prelude::App;
use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use goldenhour::app::{ActiveCase, CaseOptions, Intent, Mode, Screen, UiState, app_ui};
use goldenhour::record::Record;

use crate::harness::*;

/// Draw the whole window once (and click `click`, if given); returns the intents sent.
fn render(app: &App, st: &mut UiState, click: Option<&str>) -> Vec<Intent> {
    let view = view(app);
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &view, st, &mut out);
        });
        harness.run();
        if let Some(label) = click {
            harness.get_by_label(label).click();
            harness.run();
        }
    }
    out
}

#[test]
fn exam_needs_a_trainee_and_a_class_code_which_fixes_the_seed() -> TestResult {
    let sandbox = scratch("exam");
    let mut app = app(&repo(), &sandbox, "en-US", None);
    let i = first_good_case(&app);
    send(&mut app, Intent::SetMode(Mode::Exam));
    send(&mut app, Intent::SetTrainee(String::new()));
    send(&mut app, Intent::OpenCase(i));
    assert_eq!(screen(&app), Screen::Library, "no exam without a trainee id");
    send(&mut app, Intent::SetTrainee("2024001".into()));
    send(&mut app, Intent::SetClassCode("GH-4K7U".into()));
    send(&mut app, Intent::OpenCase(i));
    assert_eq!(screen(&app), Screen::Library, "no exam without a valid class code");
    send(&mut app, Intent::SetClassCode(" gh 4k7q".into()));
    send(&mut app, Intent::OpenCase(i));
    assert_eq!(screen(&app), Screen::Briefing);
    let seed = goldenhour::classcode::to_seed("GH-4K7Q")?;
    assert_eq!(case(&app).run.seed(), seed);
    send(&mut app, Intent::Go(Screen::Operations));
    play_a_little(&mut app)?;
    let r = Record::load(&case(&app).record_path)?;
    assert_eq!((r.mode, r.seed), (Mode::Exam, seed));
    assert_eq!(r.class_code.as_deref(), Some("GH-4K7Q"));
    assert_eq!(r.trainee.as_deref(), Some("2024001"));
    Ok(())
}

#[test]
fn exam_start_button_is_disabled_with_the_reason() -> TestResult {
    let sandbox = scratch("exam-view");
    let mut app = app(&repo(), &sandbox, "en-US", None);
    {
        let mut o = app.world_mut().resource_mut::<CaseOptions>();
        o.mode = Mode::Exam;
        o.trainee = String::new();
    }
    let v = view(&app);
    let mut st = UiState::default();
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &v, &mut st, &mut out);
        });
        harness.run();
        let open = harness.get_by_label("Open the case file");
        assert!(open.accesskit_node().is_disabled());
        open.click();
        harness.run();
        harness.get_by_label("An exam needs your trainee or team id.");
        // The class code replaces the free seed.
        assert!(harness.query_by_label("Class code").is_some());
        assert!(harness.query_by_label("Seed").is_none());
    }
    assert!(!out.iter().any(|i| matches!(i, Intent::OpenCase(_))), "{out:?}");

    app.world_mut().resource_mut::<CaseOptions>().trainee = "2024001".into();
    let v = view(&app);
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &v, &mut st, &mut out);
        });
        harness.run();
        assert!(harness.get_by_label("Open the case file").accesskit_node().is_disabled());
        harness.get_by_label("An exam needs the class code from your instructor.");
    }
    Ok(())
}

#[test]
fn exam_holds_back_hints_that_give_the_answer() -> TestResult {
    let sandbox = scratch("exam-hints");
    let mut app = operations_app(&sandbox);
    answer_decisions(&mut app);
    let abroad = {
        let c = case(&app);
        let sc = &c.scenario();
        c.run
            .accounts()
            .find(|(a, st)| st.known && sc.account_jurisdiction(&a.id) != Some(sc.home.as_str()))
            .map(|(a, _)| a.id.clone())
            .ok_or("no known foreign account")?
    };
    let mut st = UiState { selected_account: Some(abroad.clone()), ..Default::default() };
    render(&app, &mut st, Some("→ Draft a request abroad"));
    assert_eq!(st.tab, goldenhour::app::OpsTab::Channels, "practice: the way is shown");

    app.world_mut().resource_mut::<ActiveCase>().run.meta.mode = Mode::Exam;
    let view = view(&app);
    let mut st = UiState { selected_account: Some(abroad), ..Default::default() };
    let mut out = Vec::new();
    let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
        app_ui(ui, &view, &mut st, &mut out);
    });
    harness.run();
    assert!(harness.query_by_label("→ Draft a request abroad").is_none());
    assert!(harness.query_by_label_contains("domestic measures cannot reach it").is_none());
    // The stop-payment is still there, disabled, without the reason.
    assert!(harness.get_by_label("Order stop-payment").accesskit_node().is_disabled());
    Ok(())
}
