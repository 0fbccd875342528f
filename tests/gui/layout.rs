//! Layout at the UI scales a classroom uses: from 100 % to 200 % on 1280×720, 1440×900 and
//! 1920×1080, nothing on the library, operations (each tab), trial and debrief screens runs off
//! the right edge of the window, and the trial shows a challenged item's provenance.

use bevy_egui::egui;
use goldenhour::app::{ActiveCase, Intent, OpsTab, Screen, UiState};
use goldenhour::scenario::Action;

use crate::harness::*;
use crate::tutorial::Trainee;

/// Widgets and texts whose right edge is beyond the window's.
fn off_the_right(tr: &mut Trainee) -> Vec<String> {
    let width = tr.size.x;
    let ppp = tr.ppp as f64;
    tr.look(|h| {
        use egui_kittest::kittest::{NodeT, Queryable};
        h.query_all_by(|_| true)
            .filter_map(|n| {
                let b = n.accesskit_node().bounding_box()?;
                let (x0, x1) = (b.x0 / ppp, b.x1 / ppp);
                (x1 > f64::from(width) + 1.0 && x0 < f64::from(width)).then(|| {
                    let label = n
                        .accesskit_node()
                        .label()
                        .or(n.accesskit_node().value())
                        .unwrap_or_default();
                    format!("{:?} {label:?} from x {x0:.0} to {x1:.0}", n.accesskit_node().role())
                })
            })
            .collect()
    })
}

/// The tutorial's expert line to day 149, then event by event (decisions answered) until the
/// trial opens.
fn to_the_trial(tr: &mut Trainee) {
    play_expert(tr, 149 * 86_400);
    for _ in 0..50 {
        if screen(&tr.app) != Screen::Operations {
            break;
        }
        answer_decisions(&mut tr.app);
        send(&mut tr.app, Intent::SkipToNextEvent);
    }
}

/// Play the tutorial's expert line through the app up to (not past) `until`.
fn play_expert(tr: &mut Trainee, until: i64) {
    let line = case(&tr.app).scenario().lines["expert"].clone();
    for a in line.iter().filter(|a| a.at.0 <= until) {
        {
            let mut c = tr.app.world_mut().resource_mut::<ActiveCase>();
            if c.run.now() < a.at.0 {
                c.run.advance_to(a.at.0);
            }
        }
        if let Action::Choose { inject, .. } = &a.act
            && case(&tr.app).run.inject_state(inject).and_then(|s| s.chosen.clone()).is_some()
        {
            continue; // read already (doing what it asked moves past a message)
        }
        send(&mut tr.app, Intent::Act(a.act.clone()));
    }
}

#[test]
fn nothing_runs_off_the_right_edge() {
    let mut problems = Vec::new();
    for (physical, scale) in [
        ((1280.0, 720.0), 1.0),
        ((1280.0, 720.0), 1.5),
        ((1280.0, 720.0), 2.0),
        ((1440.0, 900.0), 1.5),
        ((1440.0, 900.0), 2.0),
        ((1920.0, 1080.0), 1.0),
        ((1920.0, 1080.0), 2.0),
    ] {
        for lang in ["zh-CN", "en-US"] {
            let what = format!("{lang} {physical:?} at {scale}");
            let mut tr =
                Trainee::tutorial(&format!("layout-{lang}-{scale}"), lang, physical, scale);
            let mut check = |tr: &mut Trainee, screen: &str| {
                for p in off_the_right(tr) {
                    problems.push(format!("{what}, {screen}: {p}"));
                }
            };
            // Operations, each tab with an account picked, and a request drafted.
            for tab in [OpsTab::Measures, OpsTab::Channels, OpsTab::Evidence, OpsTab::Notes] {
                tr.st =
                    UiState { selected_account: Some("card-b".into()), tab, ..Default::default() };
                check(&mut tr, &format!("operations {tab:?}"));
            }
            tr.st = UiState { tab: OpsTab::Channels, ..Default::default() };
            tr.st.draft.channel = Some("mla".into());
            tr.st.draft.service = Some("freeze".into());
            check(&mut tr, "operations, a request");
            // Later, with the figures in the clock bar grown to tens of thousands.
            play_expert(&mut tr, 90 * 60);
            tr.st = UiState { tab: OpsTab::Channels, ..Default::default() };
            check(&mut tr, "operations at 1:30");
            // The trial, with the bank records challenged, then the debrief.
            to_the_trial(&mut tr);
            assert_eq!(screen(&tr.app), Screen::Trial, "{what}");
            tr.st = UiState::default();
            check(&mut tr, "trial");
            send(&mut tr.app, Intent::HearRuling);
            send(&mut tr.app, Intent::Go(Screen::Debrief));
            tr.app.update();
            check(&mut tr, "debrief");
            send(&mut tr.app, Intent::CloseCase);
            check(&mut tr, "library");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_challenge_shows_the_items_provenance() {
    let mut tr = Trainee::tutorial("trial-prov", "en-US", (1440.0, 900.0), 1.5);
    to_the_trial(&mut tr);
    assert_eq!(screen(&tr.app), Screen::Trial);
    let challenged: Vec<String> = case(&tr.app)
        .run
        .evidence()
        .filter(|(_, st)| !st.challenges.is_empty() && st.provenance.is_some())
        .map(|(i, _)| i.id.clone())
        .collect();
    assert!(!challenged.is_empty(), "the defence challenges an item with a provenance");
    let heading = tr.t("ui-trial-provenance");
    let source_label = tr.t("ui-prov-source");
    let extractor_label = tr.t("ui-prov-extractor");
    tr.st = UiState::default();
    assert!(tr.sees(&heading), "the provenance is beside the challenge");
    assert!(tr.sees(&source_label));
    assert!(tr.sees(&extractor_label));
}

/// The Esc menu keeps its title and Close in the window at 150 % and 200 % on 1280×720, and
/// Close closes it.
#[test]
fn the_menu_keeps_its_title_and_close_in_view() {
    for scale in [1.5, 2.0] {
        let mut tr = Trainee::tutorial(&format!("menu-{scale}"), "zh-CN", (1280.0, 720.0), scale);
        tr.st.menu_open = true;
        let title = tr.t("ui-menu");
        let close = tr.t("ui-close");
        let size = tr.size;
        tr.look(|h| {
            use egui_kittest::kittest::Queryable;
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            let heading = h.get_all_by_label(&title).any(|n| screen.contains_rect(n.rect()));
            assert!(heading, "the menu's title is in the window at {scale}");
            let b = h.get_by_label(&close);
            assert!(screen.contains_rect(b.rect()), "Close is in the window at {scale}");
        });
        tr.click(&close, true);
        assert!(!tr.st.menu_open, "Close closes the menu at {scale}");
    }
}

/// In a window too low for both (1280×720 at 200 %), the events feed does not cover the side
/// panel's tab: the feed's heading and the account list never overlap.
#[test]
fn the_events_feed_does_not_cover_the_tab() {
    for (physical, scale) in
        [((1280.0, 720.0), 2.0), ((1280.0, 720.0), 1.5), ((1440.0, 900.0), 1.0)]
    {
        let mut tr = Trainee::tutorial(&format!("feed-{scale}"), "en-US", physical, scale);
        play_expert(&mut tr, 90 * 60);
        let feed = tr.t("ui-feed");
        tr.look(|h| {
            use egui_kittest::kittest::Queryable;
            let heading = h.get_by_label(&feed).rect();
            let picker = h.get_by_role(egui::accesskit::Role::ComboBox).rect();
            assert!(
                !heading.intersects(picker),
                "{physical:?} at {scale}: the feed {heading:?} covers the list {picker:?}"
            );
        });
    }
}

#[test]
fn the_investigation_panels_fit_at_projector_scale() {
    let mut problems = Vec::new();
    for (physical, scale) in
        [((1280.0, 720.0), 1.5), ((1280.0, 720.0), 2.0), ((1440.0, 900.0), 1.0)]
    {
        for lang in ["zh-CN", "en-US"] {
            let what = format!("{lang} {physical:?} at {scale}");
            let mut tr = Trainee::case(
                &format!("layout-usdt-{lang}-{scale}"),
                "usdt-chain",
                lang,
                physical,
                scale,
            );
            // Two statements read and linked, a drafted request on the form.
            play_expert(&mut tr, 2 * 60 * 60);
            assert!(case(&tr.app).run.statements().len() >= 2, "{what}");
            let mut check = |tr: &mut Trainee, screen: &str| {
                for p in off_the_right(tr) {
                    problems.push(format!("{what}, {screen}: {p}"));
                }
            };
            for tab in [OpsTab::Analysis, OpsTab::Tasks] {
                tr.st = UiState { tab, ..Default::default() };
                check(&mut tr, &format!("operations {tab:?}"));
            }
            tr.st = UiState { tab: OpsTab::Channels, ..Default::default() };
            tr.st.draft.channel = Some("exch-le".into());
            tr.st.draft.service = Some("restrict".into());
            check(&mut tr, "a drafted request");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
