//! The tutorial, driven as a new trainee plays it, from the welcome to the debrief: each
//! instructor's message is read in the guidance dock (never a dialog over the map or the side
//! panel), the trainee clicks what it asks, and the step moves on by itself once that is done. At 100 % (1440×900) and at 150 %
//! (1440×900 and 1280×720 seen at 150 %: 960×600 and 853×480 points).

use bevy::prelude::*;
use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use goldenhour::app::{Intent, Library, Screen, Texts, UiState, app_ui};
use goldenhour::i18n::{Arg, Msg};

use crate::harness::*;

/// A trainee at a screen of a given size: the app's logic, the view state, and a look at the
/// screen that draws it, clicks, and applies what the clicks asked for.
pub struct Trainee {
    pub app: App,
    pub st: UiState,
    pub size: egui::Vec2,
    pub ppp: f32,
}

impl Trainee {
    /// The tutorial open on the operations screen, in `lang`, on a window of `physical` pixels
    /// at UI scale `scale`.
    pub fn tutorial(name: &str, lang: &str, physical: (f32, f32), scale: f32) -> Trainee {
        Trainee::case(name, "tutorial", lang, physical, scale)
    }

    /// A bundled case open on the operations screen (see [`Trainee::tutorial`]).
    pub fn case(name: &str, id: &str, lang: &str, physical: (f32, f32), scale: f32) -> Trainee {
        let sandbox = scratch(name);
        let mut app = app(&repo(), &sandbox, lang, None);
        let i = app
            .world()
            .resource::<Library>()
            .entries
            .iter()
            .position(|e| e.scenario.as_ref().is_ok_and(|s| s.id == id))
            .expect("the case is bundled");
        send(&mut app, Intent::OpenCase(i));
        send(&mut app, Intent::Go(Screen::Operations));
        assert_eq!(screen(&app), Screen::Operations);
        Trainee {
            app,
            st: UiState::default(),
            size: egui::vec2(physical.0 / scale, physical.1 / scale),
            ppp: scale,
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.app.world().resource::<Texts>().t(id)
    }

    /// Draw the screen, let `f` look and click, then apply the intents the clicks sent.
    pub fn look<R>(&mut self, f: impl FnOnce(&mut Harness<'_>) -> R) -> R {
        let Trainee { app, st, size, ppp } = self;
        let mut out = Vec::new();
        let r = {
            let view = view(app);
            let mut h = Harness::builder()
                .with_size(*size)
                .with_pixels_per_point(*ppp)
                .build_ui(|ui| app_ui(ui, &view, st, &mut out));
            // The app's type sizes, spacing and fonts: what fits here fits in the window.
            goldenhour::app::style(&h.ctx);
            let lang = &view.texts.lang;
            h.ctx.set_fonts(goldenhour::app::fonts(goldenhour::app::needs_extended_latin(lang)));
            h.run();
            let r = f(&mut h);
            h.run();
            r
        };
        for intent in out {
            send(app, intent);
        }
        r
    }

    /// Click the widget whose label is `label` (or contains it, with `exact` false), as a
    /// pointer does: at its centre, after scrolling it into view. A widget covered by
    /// something else, or outside the window, does not get the click (the test then fails).
    pub fn click(&mut self, label: &str, exact: bool) {
        let size = self.size;
        self.look(|h| {
            {
                let node = find(h, label, exact);
                node.scroll_to_me();
            }
            h.run();
            let node = find(h, label, exact);
            let r = node.rect();
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            assert!(
                screen.contains(r.center()),
                "`{label}` is outside the {size:?} window at {r:?}"
            );
            assert!(!node.accesskit_node().is_disabled(), "`{label}` is disabled");
            node.click();
        });
    }

    /// Is a widget or text with this label on screen (its start inside the window)?
    pub fn sees(&mut self, label: &str) -> bool {
        let size = self.size;
        self.look(|h| {
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            // Its first line is in view (a long paragraph may run on below the fold).
            h.query_all_by_label_contains(label)
                .any(|n| screen.contains(n.rect().left_top() + egui::vec2(1.0, 1.0)))
        })
    }

    pub fn chosen(&self, inject: &str) -> Option<String> {
        case(&self.app).run.inject_state(inject).and_then(|s| s.chosen.clone())
    }

    pub fn awaiting(&self) -> Vec<String> {
        case(&self.app).run.awaiting_choice().iter().map(|i| i.id.clone()).collect()
    }

    /// Press "Next event" (the button, as the lessons say) until `inject` has come up.
    pub fn next_event_until(&mut self, inject: &str) {
        let next = self.t("ui-next-event");
        for _ in 0..40 {
            if self.awaiting().iter().any(|i| i == inject) {
                return;
            }
            self.click(&next, false);
        }
        panic!("`{inject}` never came up; waiting: {:?}", self.awaiting());
    }
}

fn find<'a>(h: &'a Harness<'_>, label: &'a str, exact: bool) -> egui_kittest::Node<'a> {
    let mut found: Vec<_> = if exact {
        h.query_all_by_label(label).collect()
    } else {
        h.query_all_by_label_contains(label).collect()
    };
    // Buttons and other widgets before plain text of the same wording.
    found.sort_by_key(|n| n.accesskit_node().role() == egui::accesskit::Role::Label);
    found.into_iter().next().unwrap_or_else(|| panic!("no widget labelled `{label}` on screen"))
}

/// The lessons from the welcome to the debrief, done by clicking what each one asks.
fn drive_tutorial(mut tr: Trainee) {
    let continue_ = tr.t("tut-opt-continue");
    let welcome_start: String = tr.t("tut-inj-welcome").chars().take(12).collect();

    // 1. The welcome is a message in the dock, not a decision with a deadline, and nothing
    //    covers the map or the side panel: the Measures tab takes a click.
    assert_eq!(tr.awaiting(), ["welcome"]);
    assert!(tr.sees(&welcome_start), "the welcome is on screen");
    assert!(tr.sees(&tr.t("ui-guide-message")));
    assert!(!tr.sees(&tr.t("ui-decide-within")), "a message has no deadline");
    tr.click(&tr.t("ui-tab-channels"), true);
    assert_eq!(tr.st.tab, goldenhour::app::OpsTab::Channels, "the side panel takes clicks");
    // "Click Continue, then press Next event."
    tr.click(&continue_, false);
    assert_eq!(tr.chosen("welcome").as_deref(), Some("continue"));
    assert!(tr.sees(&welcome_start), "the last message stays in view once done");
    tr.next_event_until("map-lesson");

    // 2. "Click card B on the map: the side panel opens its Measures tab." Then Next event
    //    moves past the message by itself.
    let card_b = tr.t("tut-acc-card-b");
    tr.click(&card_b, true);
    assert_eq!(tr.st.selected_account.as_deref(), Some("card-b"));
    assert_eq!(tr.st.tab, goldenhour::app::OpsTab::Measures);
    tr.next_event_until("stop-lesson");
    assert_eq!(tr.chosen("map-lesson").as_deref(), Some("continue"), "Next event read it");

    // 3. "In the Measures tab for card B, click Order stop-payment": done, the step moves on.
    tr.click(&tr.t("ui-order-stop"), true);
    let acts = case(&tr.app).run.actions().len();
    assert!(acts >= 3, "the stop-payment was applied");
    assert_eq!(tr.chosen("stop-lesson").as_deref(), Some("continue"), "done moves the step on");
    assert!(tr.awaiting().is_empty());

    // 4. The chief's question is a decision: labelled so, with its deadline, answered in the
    //    dock.
    tr.next_event_until("file-case");
    assert!(tr.sees(&tr.t("ui-decision")));
    assert!(tr.sees(&tr.t("ui-decide-within")));
    tr.click(&tr.t("tut-opt-file-now"), true);
    assert_eq!(tr.chosen("file-case").as_deref(), Some("file-now"));

    // 5. Once the stop-payment holds: tick the ground and ask for a freeze.
    tr.next_event_until("hover-lesson");
    tr.click(&tr.t("tut-ground-case-filed"), true);
    tr.click(&tr.t("ui-ask-freeze"), true);
    assert_eq!(tr.chosen("hover-lesson").as_deref(), Some("continue"));
    assert!(case(&tr.app).run.account_state("card-b").is_some_and(|a| a.freeze_pending));

    // 6. Channels: click the Vietnamese card, open the Channels tab, send an I-24/7 hold with
    //    every content ticked.
    tr.next_event_until("channel-lesson");
    tr.click(&tr.t("tut-acc-vn-card"), true);
    let elements = ["tut-el-victim-report", "tut-el-account-details"];
    request(&mut tr, "tut-ch-i247", "tut-sv-hold", "tut-acc-vn-card", &elements);
    let s = &case(&tr.app).run;
    assert_eq!(s.requests().len(), 1, "the request went out");
    assert_eq!(tr.chosen("channel-lesson").as_deref(), Some("continue"));
    // The form stays on the channel, and the request sent heads the panel, in view.
    let sent =
        tr.app.world().resource::<Texts>().msg(
            &Msg::new("ui-requests-count").arg("sent", Arg::Num(1)).arg("pending", Arg::Num(1)),
        );
    assert!(tr.sees(&sent), "the sent request is listed above the form: {sent}");

    // 7. Evidence: preserve the chats on a blockchain record, then ask the liaison officer
    //    for the Vietnamese bank records.
    tr.next_event_until("evidence-lesson");
    tr.click(&tr.t("ui-tab-evidence"), true);
    // The item's title opens its card.
    tr.click(&format!("⏵ {}", tr.t("tut-ev-chats")), true);
    tr.click(&tr.t("ui-preserve-chain"), true);
    let chats = case(&tr.app).run.evidence().find(|(i, _)| i.id == "chats").map(|x| x.1.clone());
    assert!(chats.is_some_and(|c| c.preserved.is_some()), "the chats are preserved");
    request(&mut tr, "tut-ch-liaison", "tut-sv-records", "tut-ev-vn-bank", &[]);
    assert_eq!(case(&tr.app).run.requests().len(), 2);

    // 8. Once card B is frozen: return its money to Ms Zhou.
    until_lesson(&mut tr, "return-lesson");
    tr.click(&card_b, true);
    tr.click(&tr.t("ui-return-funds"), true);
    assert!(case(&tr.app).run.account_state("card-b").is_some_and(|a| a.return_pending));

    // 9. Hanoi holds the Vietnamese card: follow up with an urgent freeze through MLA.
    until_lesson(&mut tr, "hold-lesson");
    let mla_elements = ["tut-el-facts", "tut-el-translation", "tut-el-approval"];
    request(&mut tr, "tut-ch-mla", "tut-sv-freeze", "tut-acc-vn-card", &mla_elements);
    // 10. The holder is identified: ask the Lancang-Mekong centre to arrest him.
    until_lesson(&mut tr, "suspect-lesson");
    request(&mut tr, "tut-ch-lm", "tut-sv-arrest", "tut-sus-holder", &[]);
    assert_eq!(case(&tr.app).run.requests().len(), 4);

    // 11. Months pass with "Next event"; once the freeze is in force abroad, ask for the
    //     money back through MLA.
    until_lesson(&mut tr, "skip-lesson");
    let next = tr.t("ui-next-event");
    for _ in 0..60 {
        let frozen = case(&tr.app).run.account_state("vn-card").is_some_and(|a| {
            let now = case(&tr.app).run.now();
            a.active_holds(now).any(|h| h.kind == goldenhour::sim::HoldKind::ForeignFreeze)
        });
        if frozen {
            break;
        }
        tr.click(&next, false);
    }
    request(&mut tr, "tut-ch-mla", "tut-sv-return", "tut-acc-vn-card", &mla_elements);
    assert_eq!(case(&tr.app).run.requests().len(), 5);

    // 12. On to the trial: answer each challenge by explaining, hear the ruling, read the
    //     debrief.
    until_lesson(&mut tr, "trial-lesson");
    for _ in 0..40 {
        if screen(&tr.app) != Screen::Operations {
            break;
        }
        tr.click(&next, false);
    }
    assert_eq!(screen(&tr.app), Screen::Trial, "the trial opens");
    let explain = tr.t(goldenhour::scenario::Answer::Explain.msg_id());
    let challenged: Vec<String> = case(&tr.app)
        .run
        .evidence()
        .filter(|(_, st)| !st.challenges.is_empty())
        .map(|(i, _)| i.id.clone())
        .collect();
    assert!(!challenged.is_empty(), "the defence challenges something");
    tr.click(&explain, true);
    tr.click(&tr.t("ui-hear-ruling"), true);
    let outcome = case(&tr.app).run.outcome().cloned();
    if screen(&tr.app) != Screen::Debrief {
        send(&mut tr.app, Intent::Go(Screen::Debrief));
    }
    assert_eq!(screen(&tr.app), Screen::Debrief, "the debrief follows the ruling");
    let outcome = outcome.or_else(|| case(&tr.app).run.outcome().cloned()).expect("an outcome");
    assert!(outcome.facts.convicted, "played as taught, the tutorial ends in a conviction");
    assert!(outcome.score >= 80.0, "and a good score: {}", outcome.score);
    assert!(tr.sees(&tr.t("ui-debrief-title")));
}

/// Press "Next event" until the lesson `inject` has come up (it may already be read: Next
/// event moves past a message).
fn until_lesson(tr: &mut Trainee, inject: &str) {
    let next = tr.t("ui-next-event");
    for _ in 0..60 {
        if case(&tr.app).run.inject_state(inject).and_then(|s| s.fired).is_some() {
            return;
        }
        tr.click(&next, false);
    }
    panic!("`{inject}` never came up");
}

/// Draft and send a request by clicking: the Channels tab, the channel, the service, the
/// target from the list, the contents.
fn request(tr: &mut Trainee, channel: &str, service: &str, target: &str, elements: &[&str]) {
    let before = case(&tr.app).run.requests().len();
    tr.click(&tr.t("ui-tab-channels"), true);
    tr.click(&tr.t(channel), false);
    tr.click(&tr.t(service), true);
    let target = tr.t(target);
    tr.look(|h| {
        h.get_by_role(egui::accesskit::Role::ComboBox).scroll_to_me();
        h.run();
        h.get_by_role(egui::accesskit::Role::ComboBox).click();
        h.run();
        // The map's node and the list's entry: the entry, in the open list, comes last.
        let mut found: Vec<_> = h
            .query_all_by_label_contains(&target)
            .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
            .collect();
        found.pop().expect("the target is offered").click();
    });
    assert!(tr.st.draft.target.is_some(), "{target} is the target");
    for el in elements {
        tr.click(&tr.t(el), true);
    }
    tr.click(&tr.t("ui-send-request"), false);
    assert_eq!(case(&tr.app).run.requests().len(), before + 1, "{channel} {service} went out");
}

#[test]
fn tutorial_by_clicking_what_it_asks_at_100_percent() {
    drive_tutorial(Trainee::tutorial("tut-100", "en-US", (1440.0, 900.0), 1.0));
}

#[test]
fn tutorial_by_clicking_what_it_asks_at_150_percent() {
    drive_tutorial(Trainee::tutorial("tut-150", "en-US", (1440.0, 900.0), 1.5));
}

#[test]
fn tutorial_in_chinese_at_150_percent_on_1280_by_720() {
    drive_tutorial(Trainee::tutorial("tut-150-zh", "zh-CN", (1280.0, 720.0), 1.5));
}
