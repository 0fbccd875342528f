//! The operations screen: clock bar, fund-flow map, action panels, event feed, decision points.

use bevy_egui::egui::{self, Id, RichText};

use super::widgets::{bi, bi_msg, chip, money};
use super::{OpsTab, UiState, View, channels, evidence, feed, map, measures, suspects};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent, SPEEDS, Screen};
use crate::i18n::Msg;
use crate::scenario::Action;
use crate::time::{format_clock, format_span};

pub fn operations_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    egui::Panel::top("clock-bar")
        .frame(egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::symmetric(14, 8)))
        .show(ui, |ui| clock_bar_ui(ui, v, case, out));

    // Panels take a share of a small window, so the map keeps room.
    let (w, h) = (ui.available_width(), ui.available_height());
    egui::Panel::right("action-panel")
        .resizable(true)
        .default_size((w * 0.34).clamp(240.0, 440.0))
        .size_range(240.0..=(w * 0.45).clamp(260.0, 640.0))
        .frame(egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::same(10)))
        .show(ui, |ui| side_panel_ui(ui, v, case, st, out));

    egui::Panel::bottom("event-feed")
        .resizable(true)
        .default_size((h * 0.24).clamp(90.0, 200.0))
        .size_range(80.0..=(h * 0.4).clamp(100.0, 480.0))
        .frame(egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::same(10)))
        .show(ui, |ui| feed::feed_ui(ui, v, case));

    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(palette::BG).inner_margin(egui::Margin::same(8)))
        .show(ui, |ui| {
            if let Some(picked) = map::map_ui(ui, v, &case.run, st.selected_account.as_deref()) {
                st.selected_account = Some(picked);
                st.tab = OpsTab::Measures;
            }
        });

    decision_ui(ui.ctx(), v, case, out);
}

fn clock_bar_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format_clock(s.now())).monospace().size(26.0).color(palette::GOLD));
        if let Some(p) = s.phase().and_then(|i| case.scenario().phases.get(i)) {
            chip(ui, t.t(&p.name), palette::INFO);
        }
        ui.separator();

        let paused = v.clock.paused;
        let (icon, label) = if paused { ("▶", "ui-resume") } else { ("⏸", "ui-pause") };
        let b = egui::Button::new(RichText::new(format!("{icon} {}", t.t(label))).strong())
            .fill(if paused { palette::GOLD.gamma_multiply(0.5) } else { palette::CARD_HI })
            .min_size(egui::vec2(110.0, 30.0));
        if ui.add(b).on_hover_text(format!("{} (Space)", t.t("ui-key-pause"))).clicked() {
            out.push(Intent::TogglePause);
        }
        for sp in SPEEDS {
            let on = v.clock.speed() == sp;
            if ui
                .selectable_label(on, format!("{sp}×"))
                .on_hover_text(t.t("ui-key-speed"))
                .clicked()
            {
                out.push(Intent::SetSpeed(sp));
            }
        }
        let next = s.next_event_time();
        let label = match next {
            Some(n) => format!("⏭ {} (+{})", t.t("ui-next-event"), format_span(n - s.now())),
            None => format!("⏭ {}", t.t("ui-next-event")),
        };
        let can_skip = next.is_some() && s.awaiting_choice().is_empty();
        if ui
            .add_enabled(can_skip, egui::Button::new(label))
            .on_hover_text(format!("{} (N)", t.t("ui-key-next")))
            .clicked()
        {
            out.push(Intent::SkipToNextEvent);
        }
        if ui.button(t.t("ui-case-file")).on_hover_text(t.t("ui-case-file-hint")).clicked() {
            out.push(Intent::Go(Screen::Briefing));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 22.0;
        stat_ui(ui, t.t("ui-stat-paid"), money(v, s.paid()), palette::WARN);
        let recoverable = s.recoverable_series().last().map(|x| x.1).unwrap_or(0);
        stat_ui(ui, t.t("ui-stat-recoverable"), money(v, recoverable), palette::TEXT);
        stat_ui(ui, t.t("ui-stat-secured"), money(v, s.secured_now()), palette::FREEZE);
        stat_ui(ui, t.t("ui-stat-returned"), money(v, s.returned()), palette::GOOD);
        let c = s.compliance();
        let color = if c >= 100 { palette::GOOD } else { palette::WARN };
        stat_ui(ui, t.t("ui-stat-compliance"), c.to_string(), color);
        if s.tipped() {
            chip(ui, t.t("ui-tipped-off"), palette::BAD);
        }
    });
    if let Some(why) = &case.refused {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("⛔").color(palette::BAD));
            let why = if v.exam() { Msg::new("ui-exam-not-now") } else { why.clone() };
            bi_msg(ui, v, &why);
        });
    }
}

fn stat_ui(ui: &mut egui::Ui, label: String, value: String, color: egui::Color32) {
    ui.vertical(|ui| {
        // Never squeeze a figure into a column of letters: wrap the whole stat to the next row.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.spacing_mut().item_spacing.y = 0.0;
        ui.label(RichText::new(label).small().color(palette::DIM));
        ui.label(RichText::new(value).strong().color(color));
    });
}

fn side_panel_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    ui.horizontal(|ui| {
        for (tab, id) in [
            (OpsTab::Measures, "ui-tab-measures"),
            (OpsTab::Channels, "ui-tab-channels"),
            (OpsTab::Evidence, "ui-tab-evidence"),
        ] {
            let text = RichText::new(t.t(id)).size(16.0);
            if ui.selectable_label(st.tab == tab, text).clicked() {
                st.tab = tab;
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| match st.tab {
        OpsTab::Measures => measures::measures_ui(ui, v, case, st, out),
        OpsTab::Channels => {
            channels::channels_ui(ui, v, case, st, out);
            suspects::suspects_ui(ui, v, case, out);
        }
        OpsTab::Evidence => evidence::evidence_ui(ui, v, case, st, out),
    });
}

/// A decision point: the first inject waiting for a choice, as a modal dialog.
fn decision_ui(ctx: &egui::Context, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    let waiting = s.awaiting_choice();
    let Some(inject) = waiting.first() else { return };
    egui::Modal::new(Id::new(("decision", inject.id.as_str()))).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new(t.t("ui-decision")).small().color(palette::GOLD));
        if let Some(from) = &inject.from {
            bi(ui, RichText::new(t.t(from)).strong().size(17.0), t.t_second(from));
        }
        ui.add_space(4.0);
        bi(ui, RichText::new(t.t(&inject.text)).size(16.0), t.t_second(&inject.text));
        if let (Some(d), Some(fired)) =
            (&inject.deadline, s.inject_state(&inject.id).and_then(|x| x.fired))
        {
            let left = fired + d.0 - s.now();
            ui.label(
                RichText::new(format!("{} {}", t.t("ui-decide-within"), format_span(left.max(0))))
                    .color(palette::WARN),
            );
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format_clock(s.now())).monospace().color(palette::GOLD));
            let (icon, label) =
                if v.clock.paused { ("▶", "ui-resume") } else { ("⏸", "ui-pause") };
            if ui
                .small_button(format!("{icon} {}", t.t(label)))
                .on_hover_text(t.t("ui-decision-clock-hint"))
                .clicked()
            {
                out.push(Intent::TogglePause);
            }
        });
        ui.add_space(10.0);
        for choice in &inject.choices {
            let action = Action::Choose { inject: inject.id.clone(), choice: choice.id.clone() };
            let label = t.t(&choice.text);
            let b = egui::Button::new(RichText::new(label).size(16.0))
                .min_size(egui::vec2(ui.available_width(), 34.0));
            if ui.add(b).clicked() {
                out.push(Intent::Act(action));
            }
            if let Some(second) = t.t_second(&choice.text) {
                ui.label(RichText::new(second).small().italics().color(palette::FAINT));
            }
        }
    });
}
