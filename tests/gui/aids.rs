//! What helps a trainee along: F1 opens the help page (keys and glossary), a term such as
//! I-24/7 is explained on hover where it appears, and a warning stands under the clock before
//! a stop-payment lapses or a decision's deadline passes.

use bevy::prelude::*;
use goldenhour::app::{Intent, OpsTab, Screen, UiState, shortcuts_for};
use goldenhour::i18n::{Arg, Msg};
use goldenhour::scenario::Action;
use goldenhour::sim::HoldKind;

use crate::harness::*;
use crate::tutorial::Trainee;

#[test]
fn f1_opens_the_help_page_with_keys_and_glossary() {
    let mut tr = Trainee::tutorial("help", "zh-CN", (1280.0, 720.0), 1.5);
    // F1 stands for the help page, on every screen.
    let mut keys = ButtonInput::<KeyCode>::default();
    keys.press(KeyCode::F1);
    for screen in [Screen::Library, Screen::Operations, Screen::Debrief] {
        let intents = shortcuts_for(&keys, screen);
        assert!(matches!(intents.as_slice(), [Intent::ToggleHelp]), "{screen:?}: {intents:?}");
    }

    let glossary = tr.t("ui-glossary");
    let paofen = tr.t("gloss-paofen");
    assert!(!tr.sees(&paofen), "not before it is opened");
    tr.st.help_open = true;
    assert!(tr.sees(&tr.t("ui-help")));
    assert!(tr.sees(&glossary));
    assert!(tr.sees(&tr.t("ui-key-help")), "the keys, F1 among them");
    tr.click(&tr.t("ui-close"), true);
    assert!(!tr.st.help_open, "Close closes it");
    // The menu's first button opens it too (1280×720 at 150 %: in view without scrolling).
    tr.st.menu_open = true;
    tr.click(&format!("? {} (F1)", tr.t("ui-help")), true);
    assert!(tr.st.help_open && !tr.st.menu_open, "Menu → Help");
}

#[test]
fn a_term_is_explained_where_it_appears() {
    let mut tr = Trainee::tutorial("gloss", "en-US", (1440.0, 900.0), 1.0);
    tr.st = UiState { tab: OpsTab::Channels, ..Default::default() };
    let i247 = tr.t("tut-ch-i247");
    let meaning = tr.t("gloss-i247");
    assert!(i247.contains("I-24/7"));
    let shown = tr.look(|h| {
        use egui_kittest::kittest::Queryable;
        h.get_by_label_contains(&i247).hover();
        h.run();
        h.run();
        h.query_all_by_label_contains(&meaning[..40]).count()
    });
    assert!(shown > 0, "hovering the I-24/7 channel explains the term");
}

#[test]
fn a_warning_before_a_stop_payment_lapses() {
    let mut tr = Trainee::tutorial("warn", "en-US", (1440.0, 900.0), 1.0);
    answer_decisions(&mut tr.app);
    for _ in 0..3 {
        send(&mut tr.app, Intent::SkipToNextEvent);
        answer_decisions(&mut tr.app);
    }
    send(&mut tr.app, Intent::Act(Action::StopPayment { account: "card-b".into() }));
    // Run until the stop-payment holds.
    let mut until = None;
    for _ in 0..20 {
        until = case(&tr.app)
            .run
            .account_state("card-b")
            .and_then(|a| a.holds.iter().find(|h| h.kind == HoldKind::StopPayment))
            .map(|h| h.until);
        if until.is_some() {
            break;
        }
        answer_decisions(&mut tr.app);
        send(&mut tr.app, Intent::SkipToNextEvent);
    }
    let until = until.expect("the stop-payment holds");
    let warning = |tr: &Trainee, left: i64| {
        let texts = tr.app.world().resource::<goldenhour::app::Texts>();
        texts.msg(
            &Msg::new("ui-warn-hold")
                .arg("hold", Arg::Ref("hold-stop-payment".into()))
                .arg("account", Arg::Ref("tut-acc-card-b".into()))
                .arg("left", Arg::Span(left)),
        )
    };
    let advance = |tr: &mut Trainee, to: i64| {
        let mut c = tr.app.world_mut().resource_mut::<goldenhour::app::ActiveCase>();
        c.run.advance_to(to);
    };
    advance(&mut tr, until - 13 * 3600);
    assert!(
        !tr.sees(&warning(&tr, 13 * 3600)),
        "no warning 13 hours before: {}",
        warning(&tr, 13 * 3600)
    );
    advance(&mut tr, until - 11 * 3600);
    assert!(tr.sees(&warning(&tr, 11 * 3600)), "warned 11 hours before it lapses");

    // A freeze in force outlasts the stop-payment: nothing is about to lapse any more.
    answer_decisions(&mut tr.app);
    let freeze = Action::Freeze { account: "card-b".into(), grounds: vec!["case-filed".into()] };
    send(&mut tr.app, Intent::Act(freeze));
    for _ in 0..20 {
        let frozen = case(&tr.app).run.account_state("card-b").is_some_and(|a| {
            let now = case(&tr.app).run.now();
            a.active_holds(now).any(|h| h.kind == HoldKind::Freeze)
        });
        if frozen {
            break;
        }
        answer_decisions(&mut tr.app);
        send(&mut tr.app, Intent::SkipToNextEvent);
    }
    let lapses = tr.t("hold-stop-payment");
    let now = case(&tr.app).run.now();
    assert!(now < until, "the freeze came before the stop-payment lapsed");
    assert!(!tr.sees(&warning(&tr, until - now)), "no warning once frozen");
    assert!(!tr.sees(&format!("{lapses} on")), "no stop-payment warning once frozen");
}

/// The notes pad: typed in its tab, written beside the record at once (before any action, the
/// record is written first so the notes have a name), and back when the session is resumed.
#[test]
fn notes_are_kept_beside_the_record_and_come_back_on_resume() -> TestResult {
    use bevy_egui::egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    let mut tr = Trainee::tutorial("notes", "en-US", (1280.0, 720.0), 1.5);
    tr.st = UiState { tab: OpsTab::Notes, ..Default::default() };
    assert!(tr.sees(&tr.t("ui-notes-title")), "the Notes tab shows the pad");
    tr.look(|h| {
        h.get_by_role(Role::MultilineTextInput).scroll_to_me();
        h.run();
        h.get_by_role(Role::MultilineTextInput).click();
        h.run();
        h.get_by_role(Role::MultilineTextInput).type_text("card B: ask I-24/7 before 12:00");
        h.run();
    });
    assert_eq!(tr.st.notes_text.as_deref(), Some("card B: ask I-24/7 before 12:00"));
    let c = case(&tr.app);
    assert_eq!(c.notes, "card B: ask I-24/7 before 12:00");
    assert!(c.record_written, "the record was written so the notes have a name");
    let notes = goldenhour::app::notes_path(&c.record_path);
    assert_eq!(std::fs::read_to_string(&notes)?, "card B: ask I-24/7 before 12:00");

    // Another start of the app on the same folders resumes the session with its notes.
    let record = c.record_path.clone();
    let sandbox = record
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("goldenhour-gui-")))
        .ok_or("the sandbox")?
        .to_path_buf();
    let mut again = Trainee::tutorial("notes-again", "en-US", (1440.0, 900.0), 1.0);
    again.app = app(&repo(), &sandbox, "en-US", None);
    send(&mut again.app, Intent::Resume { path: record, read_only: false });
    assert_eq!(case(&again.app).notes, "card B: ask I-24/7 before 12:00");
    again.st = UiState { tab: OpsTab::Notes, ..Default::default() };
    let shown = again.look(|h| h.get_by_role(Role::MultilineTextInput).value());
    assert_eq!(shown.as_deref(), Some("card B: ask I-24/7 before 12:00"), "the pad shows them");
    Ok(())
}
