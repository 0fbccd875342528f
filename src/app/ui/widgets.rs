//! Small widgets shared by the screens: bilingual labels, money, chips, cards, guarded buttons.

use bevy_egui::egui::{self, Color32, Response, RichText};

use crate::app::Intent;
use crate::i18n::{Arg, Msg};
use crate::scenario::Action;
use crate::sim::{Event, EventKind, Session};

use super::View;
use crate::app::egui_setup::palette;

/// Money with digit grouping and the case's currency, in the reader's words (`50,000 元` in
/// Chinese, `50,000 CNY` in English).
pub fn money(v: &View, amount: u64) -> String {
    let cur = v.case.map(|c| c.scenario().currency.as_str()).unwrap_or("");
    money_in(v.texts, cur, amount)
}

/// An amount in a currency, through Fluent (`ui-money`).
pub fn money_in(t: &crate::app::Texts, currency: &str, amount: u64) -> String {
    t.msg(&Msg::new("ui-money").arg("amount", Arg::Money(amount)).text("currency", currency))
}

/// A currency's name for an axis or a heading (`元` in Chinese), through Fluent.
pub fn currency_name(t: &crate::app::Texts, currency: &str) -> String {
    t.msg(&Msg::new("ui-currency").text("currency", currency))
}

/// A line of text, with the second language under it when the bilingual drill is on.
pub fn bi(ui: &mut egui::Ui, main: RichText, second: Option<String>) {
    ui.label(main);
    if let Some(s) = second {
        ui.label(RichText::new(s).small().italics().color(palette::DIM));
    }
}

/// A message, bilingual when asked.
pub fn bi_msg(ui: &mut egui::Ui, v: &View, msg: &Msg) {
    bi(ui, RichText::new(v.texts.msg(msg)), v.texts.msg_second(msg));
}

/// A message id without arguments, bilingual when asked.
pub fn bi_id(ui: &mut egui::Ui, v: &View, id: &str) {
    bi(ui, RichText::new(v.texts.t(id)), v.texts.t_second(id));
}

/// A list item: a marker, then the text (bilingual when asked), aligned to the first line.
pub fn bullet(ui: &mut egui::Ui, v: &View, marker: &str, color: Color32, id: &str) {
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(marker).color(color));
        ui.vertical(|ui| bi_id(ui, v, id));
    });
}

/// A screen or section heading, bilingual when asked.
pub fn heading(ui: &mut egui::Ui, v: &View, id: &str) {
    bi(ui, RichText::new(v.texts.t(id)).heading().color(palette::TEXT), v.texts.t_second(id));
}

/// A small section title in the accent colour.
pub fn section(ui: &mut egui::Ui, v: &View, id: &str) {
    ui.add_space(4.0);
    bi(ui, RichText::new(v.texts.t(id)).strong().color(palette::GOLD), v.texts.t_second(id));
}

/// A rounded tag with a coloured outline.
pub fn chip(ui: &mut egui::Ui, text: impl Into<String>, color: Color32) -> Response {
    let text = text.into();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let w = ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font, color).size().x) + 16.0;
    wrap_before(ui, w);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.0, color.gamma_multiply(0.8)))
        .corner_radius(egui::CornerRadius::same(9))
        .inner_margin(egui::Margin::symmetric(7, 1))
        .show(ui, |ui| ui.add(egui::Label::new(RichText::new(text).small().color(color)).extend()))
        .response
}

/// In a wrapping row, start a new row when a group `width` points wide would run past the
/// right edge. A frame or a column of labels is not one widget to the row, which cannot measure
/// it first: without this it overflows and widens the row, and the page or panel with it.
pub fn wrap_before(ui: &mut egui::Ui, width: f32) {
    if ui.layout().main_wrap() && ui.layout().is_horizontal() {
        let at_start = ui.cursor().min.x <= ui.max_rect().min.x + 1.0;
        if !at_start && ui.available_size_before_wrap().x < width {
            ui.end_row();
        }
    }
}

/// A card: a filled, rounded frame for one thing (an account, a request, an item).
pub fn card<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Frame::new()
        .fill(palette::CARD)
        .stroke(egui::Stroke::new(1.0, palette::LINE))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A screen's bar of actions along the bottom of the window, on the panel colour.
pub fn bottom_bar(ui: &mut egui::Ui, id: &'static str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Panel::bottom(id)
        .frame(
            egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::symmetric(24, 10)),
        )
        .show(ui, add);
}

/// A screen's body: the rest of the window on the background colour, scrolling, its content
/// at most `max_width` wide.
pub fn page(ui: &mut egui::Ui, max_width: f32, add: impl FnOnce(&mut egui::Ui)) {
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(palette::BG).inner_margin(egui::Margin::same(24)))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                // Never wider than the window: long lines wrap instead of running off it.
                let w = max_width.min(ui.available_width());
                ui.set_max_width(w);
                ui.set_min_width(w.min(ui.available_width()));
                add(ui);
            });
        });
}

/// The bar's way out of a case: back to the library.
pub fn back_to_library(ui: &mut egui::Ui, v: &View, out: &mut Vec<Intent>) {
    if ui.button(format!("← {}", v.texts.t("ui-back-to-library"))).clicked() {
        out.push(Intent::CloseCase);
    }
}

/// The bar's main way forward: a large gold button. Returns true when clicked.
pub fn go_button(ui: &mut egui::Ui, label: String, width: f32) -> bool {
    let b = egui::Button::new(RichText::new(label).size(17.0).strong())
        .fill(palette::GOLD.gamma_multiply(0.55))
        .min_size(egui::vec2(width, 36.0));
    ui.add(b).clicked()
}

/// A button for one action: enabled only when the rules allow it (see `guarded_button`);
/// clicked, it asks for the action. Returns true when clicked.
pub fn act_button(
    ui: &mut egui::Ui,
    v: &View,
    session: &Session,
    label: impl Into<String>,
    action: Action,
    out: &mut Vec<Intent>,
) -> bool {
    let clicked = guarded_button(ui, v, label, &allowed(session, &action));
    if clicked {
        out.push(Intent::Act(action));
    }
    clicked
}

/// A button that is enabled only when the rules allow the action; when disabled, hovering it
/// says why (the rendered `ActionError`; in an exam only that it is not possible now, since the
/// reason often names the right move). Returns true when clicked.
fn guarded_button(
    ui: &mut egui::Ui,
    v: &View,
    label: impl Into<String>,
    allowed: &Result<(), Msg>,
) -> bool {
    let button = egui::Button::new(label.into());
    match allowed {
        Ok(()) => ui.add(button).clicked(),
        Err(why) => {
            let why = if v.exam() { v.texts.t("ui-exam-not-now") } else { v.texts.msg(why) };
            ui.add_enabled(false, button).on_disabled_hover_text(why);
            false
        }
    }
}

/// Would the action be allowed now? The refusal comes back as a message with names, not ids.
fn allowed(session: &Session, action: &Action) -> Result<(), Msg> {
    session.check(action).map_err(|e| session.explain(&e))
}

/// The name of a scenario thing (account, channel, …) in the main language.
pub fn name(v: &View, session: &Session, id: &str) -> String {
    match session.name_of(id) {
        Some(msg_id) => v.texts.t(msg_id),
        None => v.texts.t("ui-unknown"),
    }
}

/// A jurisdiction's name from the case (`tut-jur-vn` → "Vietnam", "越南"), never its code; a
/// code the case does not name is shown as "unknown".
pub fn jurisdiction_name(v: &View, session: &Session, id: &str) -> String {
    match session.scenario().jurisdiction(id) {
        Some(j) => v.texts.t(&j.name),
        None => v.texts.t("ui-unknown"),
    }
}

/// What the police can see of an event: money moving into an account they do not know yet shows
/// only as money leaving; moves between unknown accounts and internal flags are not shown.
pub fn visible_event(session: &Session, ev: &Event) -> Option<Msg> {
    let known = |id: &str| session.account_state(id).is_some_and(|s| s.known);
    let name = |id: &str| session.name_of(id).unwrap_or("ui-unknown").to_string();
    match &ev.kind {
        EventKind::Transfer { from, to, amount } => {
            if known(to) {
                Some(ev.msg.clone())
            } else if known(from) {
                Some(
                    Msg::new("ui-ev-left-unknown")
                        .arg("from", Arg::Ref(name(from)))
                        .arg("amount", Arg::Money(*amount)),
                )
            } else {
                None
            }
        }
        EventKind::CashedOut { account, .. } | EventKind::Blocked { account, .. } => {
            known(account).then(|| ev.msg.clone())
        }
        EventKind::Flag { .. } => None,
        _ => Some(ev.msg.clone()),
    }
}

/// A coloured dot for the kind of event, for the feed and the chart.
pub fn event_color(kind: &EventKind) -> Color32 {
    use EventKind::*;
    match kind {
        Payment { .. } | Transfer { .. } => palette::WARN,
        CashedOut { .. }
        | TippedOff
        | SuspectFled { .. }
        | HoldExpired { .. }
        | ReturnFailed { .. } => palette::BAD,
        FreezeRefused { .. } => palette::BAD,
        Blocked { .. } | HoldPlaced { .. } | HoldRenewed { .. } | Returned { .. } => palette::GOOD,
        Arrested { .. } | Repatriated { .. } | Identified { .. } | Located { .. } => palette::GOOD,
        Inject { .. } | Chosen { .. } | Message => palette::GOLD,
        _ => palette::INFO,
    }
}
