//! Every text the Chinese UI draws (labels and painted text alike, taken from egui's output
//! shapes) carries no English unit letter (`2d`, `8h`, `7m 8s`), no country code (`VN`,
//! `CN`) and no currency code (`CNY`): durations, places and amounts come through Fluent.

use bevy_egui::egui;
use egui_kittest::Harness;
use goldenhour::app::{Intent, OpsTab, Screen, UiState};
use goldenhour::scenario::Action;

use crate::harness::*;
use crate::tutorial::Trainee;

/// Every string drawn in one frame of the screen.
fn drawn_texts(tr: &mut Trainee) -> Vec<String> {
    tr.look(|h: &mut Harness<'_>| {
        let mut out = Vec::new();
        for clipped in &h.output().shapes {
            collect(&clipped.shape, &mut out);
        }
        out
    })
}

fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, out)),
        egui::Shape::Text(t) => out.push(t.galley.text().to_string()),
        _ => {}
    }
}

thread_local! {
    static SEEN: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// English unit letters after a number (`2d`, `8 h`, `30m`, `0s`, `3w`).
fn unit_letter(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len() {
        if !chars[i].is_ascii_digit() {
            continue;
        }
        let mut j = i + 1;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        let Some(&u) = chars.get(j) else { continue };
        let after = chars.get(j + 1).copied().unwrap_or(' ');
        if "dhmsw".contains(u) && !after.is_ascii_alphabetic() {
            return Some(chars[i.saturating_sub(4)..(j + 1).min(chars.len())].iter().collect());
        }
    }
    None
}

/// A jurisdiction code as a word of its own (`VN`, not the `CN` of `CNY`).
fn country_code(text: &str, codes: &[String]) -> Option<String> {
    for code in codes {
        for (at, _) in text.match_indices(code.as_str()) {
            let before = text[..at].chars().next_back();
            let after = text[at + code.len()..].chars().next();
            let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if !letter(before) && !letter(after) {
                return Some(code.clone());
            }
        }
    }
    None
}

fn check(tr: &mut Trainee, what: &str, codes: &[String], problems: &mut Vec<String>) {
    let texts = drawn_texts(tr);
    assert!(texts.len() > 10, "{what}: nothing drawn?");
    SEEN.with(|s| s.borrow_mut().extend(texts.iter().cloned()));
    for text in texts {
        if let Some(u) = unit_letter(&text) {
            problems.push(format!("{what}: unit letter in `{u}` ({text:?})"));
        }
        if let Some(c) = country_code(&text, codes) {
            problems.push(format!("{what}: country code {c} in {text:?}"));
        }
        // Amounts in 元, not the currency's code.
        if text.contains("CNY") {
            problems.push(format!("{what}: currency code in {text:?}"));
        }
    }
}

#[test]
fn the_checks_catch_what_they_look_for() {
    assert!(unit_letter("答复推迟 0s").is_some());
    assert!(unit_letter("2h–8h").is_some());
    assert!(unit_letter("56d 3h").is_some());
    assert!(unit_letter("I-24/7 止付").is_none());
    assert!(unit_letter("2天4小时").is_none());
    let codes = vec!["VN".to_string(), "CN".to_string()];
    assert_eq!(country_code("VN · 越南卡", &codes).as_deref(), Some("VN"));
    assert!(country_code("50,000 CNY", &codes).is_none());
}

#[test]
fn chinese_ui_has_no_english_units_or_country_codes() {
    let mut tr = Trainee::tutorial("zh-texts", "zh-CN", (1440.0, 900.0), 1.0);
    let codes: Vec<String> = {
        let c = case(&tr.app);
        c.scenario().jurisdictions.iter().map(|j| j.id.clone()).collect()
    };
    let mut problems = Vec::new();
    // The clock bar, the map, the welcome message.
    check(&mut tr, "operations", &codes, &mut problems);
    // Play on a little: a stop-payment on card B, a day later the holds count down.
    answer_decisions(&mut tr.app);
    for _ in 0..3 {
        send(&mut tr.app, Intent::SkipToNextEvent);
        answer_decisions(&mut tr.app);
    }
    send(&mut tr.app, Intent::Act(Action::StopPayment { account: "card-b".into() }));
    for _ in 0..4 {
        send(&mut tr.app, Intent::SkipToNextEvent);
        answer_decisions(&mut tr.app);
    }
    for (account, tab) in [
        ("card-b", OpsTab::Measures),
        ("vn-card", OpsTab::Measures),
        ("vn-card", OpsTab::Channels),
        ("vn-card", OpsTab::Evidence),
    ] {
        tr.st = UiState { selected_account: Some(account.into()), tab, ..Default::default() };
        check(&mut tr, &format!("{account} {tab:?}"), &codes, &mut problems);
    }
    // Every channel's card, with a service and a target picked.
    let channels: Vec<(String, String)> = case(&tr.app)
        .scenario()
        .channels
        .iter()
        .map(|c| (c.id.clone(), c.services[0].id.clone()))
        .collect();
    for (channel, service) in channels {
        tr.st = UiState { tab: OpsTab::Channels, ..Default::default() };
        tr.st.draft.channel = Some(channel.clone());
        tr.st.draft.service = Some(service);
        check(&mut tr, &format!("channel {channel}"), &codes, &mut problems);
    }
    // On to the debrief.
    for _ in 0..400 {
        if screen(&tr.app) != Screen::Operations {
            break;
        }
        answer_decisions(&mut tr.app);
        send(&mut tr.app, Intent::SkipToNextEvent);
    }
    check(&mut tr, "trial", &codes, &mut problems);
    send(&mut tr.app, Intent::HearRuling);
    send(&mut tr.app, Intent::Go(Screen::Debrief));
    tr.app.update();
    assert_eq!(screen(&tr.app), Screen::Debrief);
    tr.st = UiState::default();
    check(&mut tr, "debrief", &codes, &mut problems);
    // What was checked had durations and places in it, in words.
    let seen = SEEN.with(|s| s.borrow().join("\n"));
    let vietnam = tr.t("tut-jur-vn");
    assert!(seen.contains(&vietnam), "the country's name ({vietnam}) is drawn");
    assert!(seen.contains("48小时") || seen.contains("2天"), "the stop-payment's 48 hours");
    assert!(seen.contains("小时–"), "a channel's answer time, as a range in words");
    assert!(seen.contains(" 元"), "amounts in 元");
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
