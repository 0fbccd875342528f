//! The operations screen: clock bar, fund-flow map, action panels, event feed, decision points.

use bevy_egui::egui::{self, RichText};

use super::widgets::{bi_msg, chip, money};
use super::{
    OpsTab, UiState, View, channels, evidence, feed, guidance, map, measures, statements, suspects,
};
use crate::app::case::is_message;
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent, SPEEDS, Screen};
use crate::i18n::Msg;

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

    // The side panel keeps a fixed minimum width; the guidance dock sits under the map; the
    // map gets what is left (and scrolls below a readable size). Nothing floats over them.
    let (w, h) = (ui.available_width(), ui.available_height());
    egui::Panel::right("action-panel")
        .resizable(true)
        .default_size((w * 0.36).clamp(SIDE_MIN, 460.0))
        .size_range(SIDE_MIN..=(w * 0.5).max(SIDE_MIN + 20.0))
        .frame(egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::same(10)))
        .show(ui, |ui| side_panel_ui(ui, v, case, st, out, h));

    if guidance::has_guidance(&case.run) {
        egui::Panel::bottom("guidance")
            .resizable(true)
            .default_size((h * 0.3).clamp(110.0, 260.0))
            .size_range(90.0..=(h * 0.55).max(120.0))
            .frame(
                egui::Frame::new()
                    .fill(palette::CARD)
                    .stroke(egui::Stroke::new(1.0, palette::GOLD.gamma_multiply(0.5)))
                    .inner_margin(egui::Margin::same(10)),
            )
            .show(ui, |ui| guidance::guidance_ui(ui, v, case, out));
    }

    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(palette::BG).inner_margin(egui::Margin::same(8)))
        .show(ui, |ui| {
            if let Some(picked) = map::map_ui(ui, v, &case.run, st.selected_account.as_deref()) {
                st.selected_account = Some(picked);
                st.tab = OpsTab::Measures;
            }
        });
}

fn clock_bar_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    // Two rows that fit 853 points (1280×720 at 150 %): the clock's controls, then the phase,
    // the figures and the case file. Widths are fixed where a label changes as the clock runs.
    ui.horizontal_wrapped(|ui| {
        let clock = RichText::new(t.clock(s.now())).monospace().size(24.0).color(palette::GOLD);
        ui.add_sized(egui::vec2(150.0, 30.0), egui::Label::new(clock).extend());

        let paused = v.clock.paused;
        let (icon, label) = if paused { ("▶", "ui-resume") } else { ("⏸", "ui-pause") };
        let b = egui::Button::new(RichText::new(format!("{icon} {}", t.t(label))).strong())
            .fill(if paused { palette::GOLD.gamma_multiply(0.5) } else { palette::CARD_HI })
            .min_size(egui::vec2(110.0, 30.0));
        if ui.add(b).on_hover_text(format!("{} (Space)", t.t("ui-key-pause"))).clicked() {
            out.push(Intent::TogglePause);
        }
        ui.scope(|ui| {
            ui.spacing_mut().button_padding.x = 5.0;
            ui.spacing_mut().item_spacing.x = 2.0;
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
        });
        let next = s.next_event_time();
        let label = match next {
            Some(n) => format!("⏭ {} (+{})", t.t("ui-next-event"), t.span(n - s.now())),
            None => format!("⏭ {}", t.t("ui-next-event")),
        };
        // Messages do not block it (skipping reads them); decisions do.
        let can_skip = next.is_some() && s.awaiting_choice().iter().all(|i| is_message(i));
        let next_button = egui::Button::new(label).min_size(egui::vec2(210.0, 0.0));
        if ui
            .add_enabled(can_skip, next_button)
            .on_hover_text(format!("{} (N)", t.t("ui-key-next")))
            .clicked()
        {
            out.push(Intent::SkipToNextEvent);
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.t("ui-case-file")).on_hover_text(t.t("ui-case-file-hint")).clicked() {
            out.push(Intent::Go(Screen::Briefing));
        }
        if let Some(p) = s.phase().and_then(|i| case.scenario().phases.get(i)) {
            chip(ui, t.t(&p.name), palette::INFO);
        }
        ui.spacing_mut().item_spacing.x = 18.0;
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
    super::warnings::warnings_ui(ui, v, s);
    if let Some(why) = &case.refused {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("⛔").color(palette::BAD));
            let why = if v.exam() { Msg::new("ui-exam-not-now") } else { why.clone() };
            bi_msg(ui, v, &why);
        });
    }
}

fn stat_ui(ui: &mut egui::Ui, label: String, value: String, color: egui::Color32) {
    // Measured first, so the stat moves to the next row whole instead of widening the bar.
    let w = ui.fonts_mut(|f| {
        let small = egui::TextStyle::Small.resolve(ui.style());
        let body = egui::TextStyle::Body.resolve(ui.style());
        let l = f.layout_no_wrap(label.clone(), small, color).size().x;
        let v = f.layout_no_wrap(value.clone(), body, color).size().x;
        l.max(v)
    });
    super::widgets::wrap_before(ui, w);
    ui.vertical(|ui| {
        // Never squeeze a figure into a column of letters: wrap the whole stat to the next row.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.spacing_mut().item_spacing.y = 0.0;
        ui.label(RichText::new(label).small().color(palette::DIM));
        ui.label(RichText::new(value).strong().color(color));
    });
}

/// The side panel's narrowest width (points): its tabs and buttons never squeeze below it.
const SIDE_MIN: f32 = 300.0;

fn side_panel_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
    h: f32,
) {
    let t = v.texts;
    // The events feed at the foot of the side panel, on the right as the lessons say. In a
    // panel too low for both (1280×720 at 200 %) it follows the tab's content in its scroll
    // instead of covering it.
    let tight = ui.available_height() < 320.0;
    if !tight {
        egui::Panel::bottom("event-feed")
            .resizable(true)
            .default_size((h * 0.3).clamp(90.0, 240.0))
            .size_range(70.0..=(h * 0.6).max(100.0))
            .frame(egui::Frame::new().inner_margin(egui::Margin { top: 6, ..Default::default() }))
            .show(ui, |ui| feed::feed_ui(ui, v, case));
    }
    // The tabs wrap to a second row rather than widen the panel past the window.
    ui.horizontal_wrapped(|ui| {
        let s = &case.run;
        let tabs = [
            (OpsTab::Measures, "ui-tab-measures", true),
            (OpsTab::Analysis, "ui-tab-analysis", statements::has_analysis(s)),
            (OpsTab::Channels, "ui-tab-channels", true),
            (OpsTab::Evidence, "ui-tab-evidence", true),
            (OpsTab::Tasks, "ui-tab-tasks", statements::has_tasks(s)),
            (OpsTab::Notes, "ui-tab-notes", true),
        ];
        let keys = [
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
        ];
        for (n, (tab, id, _)) in tabs.iter().filter(|x| x.2).enumerate() {
            let (tab, id) = (*tab, *id);
            // Alt+1…6: the tabs from the keyboard.
            if ui.input(|i| i.modifiers.alt && i.key_pressed(keys[n])) {
                st.tab = tab;
            }
            let text = RichText::new(t.t(id)).size(16.0);
            let hint = format!("Alt+{}", n + 1);
            if ui.selectable_label(st.tab == tab, text).on_hover_text(hint).clicked() {
                st.tab = tab;
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        match st.tab {
            OpsTab::Measures => measures::measures_ui(ui, v, case, st, out),
            OpsTab::Channels => {
                channels::channels_ui(ui, v, case, st, out);
                suspects::suspects_ui(ui, v, case, out);
            }
            OpsTab::Evidence => evidence::evidence_ui(ui, v, case, st, out),
            OpsTab::Notes => super::notes::notes_ui(ui, v, case, st, out),
            OpsTab::Analysis => statements::analysis_ui(ui, v, case, st, out),
            OpsTab::Tasks => statements::tasks_ui(ui, v, case, out),
        }
        if tight {
            ui.separator();
            let w = ui.available_width();
            ui.allocate_ui(egui::vec2(w, 200.0), |ui| feed::feed_ui(ui, v, case));
        }
    });
}
