//! The instructor's guidance and the case's decisions, docked under the map: it never covers
//! the map or the side panel, the message stays in view while the trainee does what it asks,
//! and the last one stays there (marked read) until the next arrives.

use bevy_egui::egui::{self, RichText};

use super::View;
use super::widgets::{bi, chip};
use crate::app::case::is_message;
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::i18n::{Arg, Msg};
use crate::scenario::{Action, Inject};
use crate::sim::{EventKind, Session};

/// The last instructor's message or decision that came up, if any did.
pub fn last_inject(s: &Session) -> Option<&Inject> {
    s.events().iter().rev().find_map(|ev| match &ev.kind {
        EventKind::Inject { inject } => s.scenario().inject(inject),
        _ => None,
    })
}

/// Is there anything to show in the dock (a message or decision came up)?
pub fn has_guidance(s: &Session) -> bool {
    last_inject(s).is_some()
}

/// What is waiting, decisions first (they have deadlines), then messages, oldest first.
fn waiting(s: &Session) -> Vec<&Inject> {
    let mut w = s.awaiting_choice();
    w.sort_by_key(|i| is_message(i));
    w
}

pub fn guidance_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    let waiting = waiting(s);
    let (inject, open) = match waiting.first() {
        Some(i) => (*i, true),
        None => match last_inject(s) {
            Some(i) => (i, false),
            None => return,
        },
    };
    let decision = !is_message(inject);

    ui.horizontal_wrapped(|ui| {
        if decision {
            chip(ui, t.t("ui-decision"), palette::GOLD);
        } else {
            chip(ui, t.t("ui-guide-message"), palette::INFO);
        }
        if let Some(from) = &inject.from {
            ui.label(RichText::new(t.t(from)).strong().color(palette::TEXT));
        }
        if open
            && decision
            && let (Some(d), Some(fired)) =
                (&inject.deadline, s.inject_state(&inject.id).and_then(|x| x.fired))
        {
            let left = (fired + d.0 - s.now()).max(0);
            ui.label(
                RichText::new(format!("{} {}", t.t("ui-decide-within"), t.span(left)))
                    .color(palette::WARN),
            );
        }
        if waiting.len() > 1 {
            let more = Msg::new("ui-guide-more").arg("n", Arg::Num(waiting.len() as i64 - 1));
            ui.label(RichText::new(t.msg(&more)).small().color(palette::GOLD));
        }
        if !open {
            ui.label(RichText::new(t.t("ui-guide-done")).small().color(palette::GOOD));
        }
    });
    ui.add_space(2.0);

    if open {
        // The answers on the right, always in view; the text scrolls beside them.
        let w = (ui.available_width() * 0.34).clamp(150.0, 280.0);
        egui::Panel::right(egui::Id::new("guide-answers"))
            .exact_size(w)
            .resizable(false)
            .show_separator_line(false)
            .frame(egui::Frame::new().inner_margin(egui::Margin { left: 8, ..Default::default() }))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("guide-answers-scroll")
                    .show(ui, |ui| answers_ui(ui, v, case, inject, out));
            });
    }
    egui::ScrollArea::vertical()
        .id_salt(("guide-text", inject.id.as_str()))
        .auto_shrink(false)
        .show(ui, |ui| {
            let color = if open { palette::TEXT } else { palette::DIM };
            // Foreign to the trainee only when not in the app's language.
            match s.untranslated(&inject.id).filter(|l| *l != t.lang.as_str()) {
                // In the counterpart's language: read it, or have it translated (slower).
                Some(lang) => {
                    translate_ui(ui, v, case, inject, out);
                    ui.label(RichText::new(t.t_in(lang, &inject.text)).color(color));
                }
                None => {
                    bi(ui, RichText::new(t.t(&inject.text)).color(color), t.t_second(&inject.text));
                    // The terms the message uses, explained on hover.
                    if let Some(g) = super::help::glossary_for(t, &t.t(&inject.text)) {
                        let terms = RichText::new(format!("ℹ {}", t.t("ui-glossary"))).small();
                        ui.label(terms.color(palette::INFO)).on_hover_text(g);
                    }
                }
            }
            if !open
                && let Some(chosen) = s.inject_state(&inject.id).and_then(|x| x.chosen.as_deref())
                && !is_message(inject)
                && let Some(c) = inject.choices.iter().find(|c| c.id == chosen)
            {
                let m = Msg::new("ui-guide-chose").name("choice", &c.text);
                ui.label(RichText::new(t.msg(&m)).small().color(palette::GOLD));
            }
        });
}

/// The choices of the waiting message or decision: a message has one ("Continue"), which
/// doing what it asks also takes.
fn answers_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    inject: &Inject,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let width = ui.available_width();
    for choice in &inject.choices {
        let action = Action::Choose { inject: inject.id.clone(), choice: choice.id.clone() };
        let label = if is_message(inject) {
            format!("✓ {}", t.t(&choice.text))
        } else {
            t.t(&choice.text)
        };
        let b = egui::Button::new(RichText::new(label).strong())
            .wrap()
            .fill(palette::GOLD.gamma_multiply(0.35))
            .min_size(egui::vec2(width, 32.0));
        if ui.add_enabled(!case.read_only, b).clicked() {
            out.push(Intent::Act(action));
        }
        if let Some(second) = t.t_second(&choice.text) {
            ui.label(RichText::new(second).small().italics().color(palette::DIM));
        }
    }
    if is_message(inject) {
        ui.label(RichText::new(t.t("ui-guide-continue-hint")).small().color(palette::DIM));
    } else {
        let (icon, label) = if v.clock.paused { ("▶", "ui-resume") } else { ("⏸", "ui-pause") };
        if ui
            .small_button(format!("{icon} {}", t.t(label)))
            .on_hover_text(t.t("ui-decision-clock-hint"))
            .clicked()
        {
            out.push(Intent::TogglePause);
        }
    }
}

/// A message in a foreign language: ask for a translation, or see when it comes.
fn translate_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    inject: &Inject,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;
    let due = s.inject_state(&inject.id).and_then(|x| x.translation_due);
    ui.horizontal_wrapped(|ui| {
        chip(ui, t.t("ui-foreign-language"), palette::INFO);
        match due {
            Some(at) => {
                let m = Msg::new("ui-translation-due").arg("at", Arg::Time(at));
                ui.label(RichText::new(t.msg(&m)).small().color(palette::WARN));
            }
            None => {
                let takes = inject.translation.map_or(crate::sim::DEFAULT_TRANSLATION, |d| d.0);
                let label = format!("⇄ {} ({})", t.t("ui-translate"), t.span(takes));
                let action = Action::Translate { inject: inject.id.clone() };
                super::widgets::act_button(ui, v, s, label, action, out);
            }
        }
    });
}
