//! The investigation screens, driven by clicking what a trainee clicks in the bundled
//! `usdt-chain` case: query a statement and link the next account from it, draft a request
//! (facts, basis, attachments), read a message that came in English or have it translated, and
//! do a task.

use bevy::prelude::*;
use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goldenhour::app::{Intent, Library, OpsTab, Screen, Texts, UiState, app_ui};
use goldenhour::scenario::Action;

use crate::harness::*;

const CASE: &str = "usdt-chain";

fn open(sandbox: &std::path::Path, lang: &str) -> App {
    let mut app = app(&repo(), sandbox, lang, None);
    let i = app
        .world()
        .resource::<Library>()
        .entries
        .iter()
        .position(|e| e.scenario.as_ref().is_ok_and(|s| s.id == CASE))
        .expect("the case is bundled");
    send(&mut app, Intent::OpenCase(i));
    send(&mut app, Intent::Go(Screen::Operations));
    app
}

/// The name of anything in the case, in the app's language.
fn named(app: &App, id: &str) -> String {
    let c = case(app);
    let msg = c.scenario().name_of(id).expect("named").to_string();
    app.world().resource::<Texts>().t(&msg)
}

fn label(app: &App, id: &str) -> String {
    app.world().resource::<Texts>().t(id)
}

/// Draw the app once at a size where the side panel holds everything, click what `click`
/// picks, and return the intents sent.
fn click(app: &App, st: &mut UiState, pick: impl Fn(&Harness<'_>)) -> Vec<Intent> {
    let v = view(app);
    let mut out = Vec::new();
    {
        let mut h = Harness::builder().with_size(egui::vec2(1600.0, 2600.0)).build_ui(|ui| {
            app_ui(ui, &v, st, &mut out);
        });
        h.run();
        pick(&h);
        h.run();
    }
    out
}

fn acts(out: &[Intent]) -> Vec<Action> {
    out.iter()
        .filter_map(|i| match i {
            Intent::Act(a) => Some(a.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_trainee_queries_a_statement_and_links_the_next_account_from_it() -> TestResult {
    let sandbox = scratch("investigation-link");
    let mut app = open(&sandbox, "en-US");
    answer_decisions(&mut app);
    let mut st = UiState { tab: OpsTab::Analysis, ..Default::default() };
    let card = named(&app, "rp-card-1");
    let out = click(&app, &mut st, |h| h.get_by_label(&format!("🔎 {card}")).click());
    assert_eq!(acts(&out), vec![Action::Query { account: "rp-card-1".into() }]);
    for i in out {
        send(&mut app, i);
    }
    // The bank answers within the query time; the clock runs to it.
    let until = case(&app).run.now() + 3 * 3600;
    app.world_mut().resource_mut::<goldenhour::app::ActiveCase>().run.advance_to(until);
    assert!(case(&app).run.statement_of("rp-card-1").is_some(), "the statement came");
    assert!(!case(&app).run.account_state("bridge-card").is_some_and(|a| a.known));

    // The statement's lines, each with a link button; one is the bridge card.
    let link = format!("🔗 {}", label(&app, "ui-link"));
    let mut sent = Vec::new();
    let n = {
        let v = view(&app);
        let mut out = Vec::new();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1600.0, 2600.0))
            .build_ui(|ui| app_ui(ui, &v, &mut st, &mut out));
        h.run();
        h.get_all_by_label(&link).count()
    };
    assert!(n >= 2, "a statement with several counterparties to link, {n}");
    for k in 0..n {
        let out = click(&app, &mut st, |h| {
            if let Some(b) = h.get_all_by_label(&link).nth(k) {
                b.click()
            }
        });
        sent.extend(acts(&out));
    }
    assert!(
        sent.contains(&Action::Link { from: "rp-card-1".into(), to: "bridge-card".into() }),
        "{sent:?}"
    );
    send(
        &mut app,
        Intent::Act(Action::Link { from: "rp-card-1".into(), to: "bridge-card".into() }),
    );
    let until = case(&app).run.now() + 3600;
    app.world_mut().resource_mut::<goldenhour::app::ActiveCase>().run.advance_to(until);
    assert!(case(&app).run.account_state("bridge-card").is_some_and(|a| a.known), "on the map");
    Ok(())
}

#[test]
fn a_drafted_request_carries_the_facts_basis_and_attachments_the_trainee_ticked() -> TestResult {
    let sandbox = scratch("investigation-draft");
    let app = open(&sandbox, "en-US");
    let sc = case(&app).scenario().clone();
    // A channel whose service reads drafts, on a target it reaches.
    let (ch, sv) = sc
        .channels
        .iter()
        .flat_map(|c| c.services.iter().map(move |s| (c, s)))
        .find(|(c, s)| {
            c.draft_of(s).is_some() && s.target == goldenhour::scenario::TargetKind::Evidence
        })
        .expect("a drafted evidence request");
    let target = sc
        .evidence
        .iter()
        .find(|e| ch.reach.contains(&e.jurisdiction))
        .map(|e| goldenhour::scenario::Target::Evidence(e.id.clone()))
        .expect("an item it reaches");
    let mut st = UiState { tab: OpsTab::Channels, ..Default::default() };
    st.draft.channel = Some(ch.id.clone());
    st.draft.service = Some(sv.id.clone());
    st.draft.target = Some(target.clone());
    let fact = sc.facts.first().expect("facts");
    let fact_label = label(&app, &fact.name);
    let item = case(&app).run.evidence().find(|(_, s)| s.held()).map(|(e, _)| e.clone());
    let item = item.expect("an item in the file");
    let item_label = label(&app, &item.name);
    let basis = sc.bases.first().map(|b| b.id.clone());
    if let Some(b) = &basis {
        st.draft.basis = Some(b.clone());
    }
    click(&app, &mut st, |h| h.get_by_label(&fact_label).click());
    click(&app, &mut st, |h| h.get_by_label(&item_label).click());
    assert!(st.draft.facts.contains(&fact.id), "ticking the fact puts it in the draft");
    assert!(st.draft.attach.contains(&item.id));
    let send_label = format!("✉ {}", label(&app, "ui-send-request"));
    let out = click(&app, &mut st, |h| h.get_by_label(&send_label).click());
    let sent = acts(&out);
    let Some(Action::Request { draft: Some(d), target: t, .. }) = sent.first() else {
        panic!("a drafted request is sent: {sent:?}");
    };
    assert_eq!(t, &target);
    assert_eq!(d.facts, vec![fact.id.clone()]);
    assert_eq!(d.attach, vec![item.id.clone()]);
    assert_eq!(d.basis, basis);
    Ok(())
}

#[test]
fn a_message_in_english_reads_in_english_in_the_chinese_app_until_translated() -> TestResult {
    let sandbox = scratch("investigation-english");
    let mut app = open(&sandbox, "zh-CN");
    // Play the expert line up to the exchange's answer.
    let line = case(&app).scenario().lines["expert"].clone();
    for a in &line {
        if case(&app).run.untranslated("exch-reply").is_some()
            && case(&app).run.inject_state("exch-reply").is_some_and(|i| i.fired.is_some())
        {
            break;
        }
        let at = a.at.0.max(case(&app).run.now());
        let _ =
            app.world_mut().resource_mut::<goldenhour::app::ActiveCase>().run.act(at, &a.act, None);
    }
    assert!(case(&app).run.inject_state("exch-reply").is_some_and(|i| i.fired.is_some()));
    let sc = case(&app).scenario().clone();
    let inj = sc.inject("exch-reply").expect("inject");
    let texts = app.world().resource::<Texts>();
    let english = texts.t_in("en-US", &inj.text);
    let chinese = texts.t(&inj.text);
    assert_ne!(english, chinese);
    let mut st = UiState::default();
    let translate = format!("⇄ {}", texts.t("ui-translate"));
    let first_line = english.lines().next().unwrap_or_default().to_string();
    let out = click(&app, &mut st, |h| {
        // In the guidance dock and in the feed.
        let shown = h.query_all_by_label_contains(&first_line).count();
        assert!(shown >= 1, "the English text is shown");
        h.get_by_label_contains(&translate).click();
    });
    assert_eq!(acts(&out), vec![Action::Translate { inject: "exch-reply".into() }]);
    for i in out {
        send(&mut app, i);
    }
    let due = case(&app).run.inject_state("exch-reply").and_then(|i| i.translation_due);
    let due = due.expect("a translation is on its way");
    app.world_mut().resource_mut::<goldenhour::app::ActiveCase>().run.advance_to(due);
    assert_eq!(case(&app).run.untranslated("exch-reply"), None, "translated: read in Chinese");
    Ok(())
}

#[test]
fn a_task_is_done_from_the_tasks_tab() -> TestResult {
    let sandbox = scratch("investigation-task");
    let app = open(&sandbox, "en-US");
    let sc = case(&app).scenario().clone();
    let task = sc
        .tasks
        .iter()
        .find(|t| case(&app).run.check(&Action::Task { task: t.id.clone() }).is_ok())
        .expect("a task that can be done at the start");
    let mut st = UiState { tab: OpsTab::Tasks, ..Default::default() };
    let name = label(&app, &task.name);
    let out = click(&app, &mut st, |h| h.get_by_label(&name).click());
    assert_eq!(acts(&out), vec![Action::Task { task: task.id.clone() }]);
    Ok(())
}

#[test]
fn alt_and_a_number_switch_the_side_panels_tabs() -> TestResult {
    let sandbox = scratch("investigation-keys");
    let app = open(&sandbox, "en-US");
    let mut st = UiState::default();
    let v = view(&app);
    let mut out = Vec::new();
    {
        let mut h = Harness::builder()
            .with_size(egui::vec2(1600.0, 1000.0))
            .build_ui(|ui| app_ui(ui, &v, &mut st, &mut out));
        h.run();
        // Measures, Analysis, Channels, Evidence, Tasks: the second is the analysis.
        h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num2);
        h.run();
    }
    assert_eq!(st.tab, OpsTab::Analysis);
    Ok(())
}

#[test]
fn a_message_in_english_is_no_foreign_message_in_the_english_app() -> TestResult {
    let sandbox = scratch("investigation-english-en");
    let mut app = open(&sandbox, "en-US");
    let line = case(&app).scenario().lines["expert"].clone();
    for a in &line {
        if case(&app).run.inject_state("exch-reply").is_some_and(|i| i.fired.is_some()) {
            break;
        }
        let at = a.at.0.max(case(&app).run.now());
        let _ =
            app.world_mut().resource_mut::<goldenhour::app::ActiveCase>().run.act(at, &a.act, None);
    }
    assert!(case(&app).run.untranslated("exch-reply").is_some(), "it came, untranslated");
    let translate = format!("⇄ {}", label(&app, "ui-translate"));
    let mut st = UiState::default();
    click(&app, &mut st, |h| {
        assert!(h.query_by_label_contains(&translate).is_none(), "nothing to translate");
    });
    Ok(())
}
