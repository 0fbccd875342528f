//! The debrief: score per rubric criterion and the grade, money still recoverable over time with
//! the trainee's actions marked (and the expert line's), the final fund-flow picture, each
//! consequence with its rule and source, and where the expert line differed.

use bevy_egui::egui::{self, RichText};
use egui_plot::{
    GridInput, GridMark, HLine, HoverPosition, Line, LineStyle, MarkerShape, Plot, PlotPoints,
    Points, VLine,
};

use super::widgets::{
    back_to_library, bi, bi_id, bi_msg, bottom_bar, card, chip, heading, money, page, section,
};
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::i18n::group_digits_for;
use crate::sim::Session;
use crate::sim::action_msg;
use crate::time::Secs;

pub fn debrief_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;

    // One row where it fits (the page keeps the height at 150 % on 1280×720).
    bottom_bar(ui, "debrief-actions", |ui| {
        ui.horizontal_wrapped(|ui| {
            back_to_library(ui, v, out);
            if ui.button(t.t("ui-save-record")).on_hover_text("Ctrl+S").clicked() {
                out.push(Intent::Save);
            }
            export_ui(ui, v, st, out);
        });
        written_ui(ui, v, &v.saved.exported, "ui-exported-to", "ui-export-failed");
        written_ui(ui, v, &v.saved.report, "ui-report-opened", "ui-report-failed");
    });

    page(ui, 1100.0, |ui| {
        heading(ui, v, "ui-debrief-title");
        if case.record_written {
            // A long path is shortened (whole on hover), never widening the window.
            let path = case.record_path.display().to_string();
            ui.add(egui::Label::new(RichText::new(&path).small().color(palette::FAINT)).truncate())
                .on_hover_text(path);
        }
        let Some(outcome) = s.outcome() else {
            if let Some(h) = s.halted() {
                ui.label(RichText::new(h).color(palette::BAD));
            }
            return;
        };

        // Score and grade.
        // Side by side where there is room, else one under the other: nothing runs off the
        // right edge at 150 % or 200 %.
        let total = ui.available_width();
        let wide = total >= 900.0;
        // card_fixed draws a card of the width it is given, margins included.
        let card_w = if wide { total - 220.0 - 16.0 } else { total - 4.0 };
        let layout = if wide {
            egui::Layout::left_to_right(egui::Align::TOP)
        } else {
            egui::Layout::top_down(egui::Align::Min)
        };
        ui.with_layout(layout, |ui| {
            card_fixed(ui, 220.0, |ui| {
                ui.label(RichText::new(t.t("ui-score")).color(palette::DIM));
                ui.label(
                    RichText::new(format!("{:.1}", outcome.score))
                        .size(40.0)
                        .strong()
                        .color(palette::GOLD),
                );
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&outcome.grade).size(22.0).strong());
                    ui.label(t.t(&outcome.grade_name));
                });
                if let Some(e) = case.expert.as_ref().and_then(Session::outcome) {
                    ui.label(
                        RichText::new(format!("{} {:.1}", t.t("ui-expert-score"), e.score))
                            .small()
                            .color(palette::DIM),
                    );
                }
            });
            let card_w = card_w.max(240.0);
            let bar_w = ((card_w - 24.0) * 0.22).clamp(60.0, 220.0);
            card_fixed(ui, card_w, |ui| {
                egui::Grid::new("criteria").num_columns(3).spacing([12.0, 6.0]).show(ui, |ui| {
                    for c in &outcome.criteria {
                        ui.label(t.t(&c.name));
                        let frac =
                            if c.max_points > 0.0 { (c.points / c.max_points) as f32 } else { 0.0 };
                        ui.add(
                            egui::ProgressBar::new(frac.clamp(0.0, 1.0))
                                .desired_width(bar_w)
                                .fill(palette::GOLD.gamma_multiply(0.8)),
                        );
                        ui.label(
                            RichText::new(format!("{:.1} / {:.1}", c.points, c.max_points))
                                .monospace(),
                        );
                        ui.end_row();
                    }
                });
            });
        });

        // Where the points were lost, criterion by criterion, and what would have saved them.
        let shortfalls = s.shortfalls();
        if !shortfalls.is_empty() {
            egui::CollapsingHeader::new(RichText::new(t.t("ui-debrief-lost")).strong())
                .id_salt("shortfalls")
                .default_open(true)
                .show(ui, |ui| {
                    for sf in &shortfalls {
                        let Some(c) = outcome.criteria.get(sf.criterion) else { continue };
                        ui.label(RichText::new(t.t(&c.name)).strong().color(palette::GOLD));
                        for line in &sf.lines {
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new("–").color(palette::DIM));
                                ui.label(t.msg(line));
                            });
                        }
                        ui.add_space(4.0);
                    }
                });
        }

        // Facts.
        let f = &outcome.facts;
        ui.horizontal_wrapped(|ui| {
            chip(ui, format!("{} {}", t.t("ui-stat-paid"), money(v, f.paid)), palette::WARN);
            // Stopped or frozen first, then how much of it went back: one sum, not two.
            chip(
                ui,
                format!("{} {}", t.t("ui-stat-secured"), money(v, f.secured)),
                palette::FREEZE,
            );
            let back = crate::i18n::Msg::new("ui-debrief-of-which-returned")
                .text("amount", money(v, f.returned));
            chip(ui, t.msg(&back), palette::GOOD);
            chip(
                ui,
                format!("{} {}/{}", t.t("ui-identified"), f.identified, f.suspects),
                palette::INFO,
            );
            chip(
                ui,
                format!("{} {}/{}", t.t("ui-in-custody"), f.in_custody, f.suspects),
                palette::INFO,
            );
            chip(
                ui,
                format!("{} {}/{}", t.t("ui-admitted"), f.admitted, f.file_items),
                palette::INFO,
            );
            let verdict =
                if f.convicted { "ui-verdict-convicted" } else { "ui-verdict-not-convicted" };
            chip(ui, t.t(verdict), if f.convicted { palette::GOOD } else { palette::BAD });
            chip(ui, format!("{} {}", t.t("ui-stat-compliance"), f.compliance), palette::DIM);
        });

        section(ui, v, "ui-chart-title");
        bi_id(ui, v, "ui-chart-hint-markers");
        chart_ui(ui, v, case);

        section(ui, v, "ui-final-map");
        let h = 340.0_f32.min(ui.available_width() * 0.6);
        ui.allocate_ui(egui::vec2(ui.available_width(), h), |ui| {
            let _ = super::map::map_ui(ui, v, s, None);
        });

        section(ui, v, "ui-consequences");
        if outcome.debrief.is_empty() {
            ui.label(RichText::new(t.t("ui-none")).color(palette::DIM));
        }
        for id in &outcome.debrief {
            let Some(entry) = case.scenario().debrief.iter().find(|d| &d.id == id) else {
                continue;
            };
            card(ui, |ui| {
                bi(ui, RichText::new(t.t(&entry.text)), t.t_second(&entry.text));
                if let Some(src) = entry.source.as_deref().and_then(|x| case.scenario().source(x)) {
                    let shown = src.shown(|id| t.t(id));
                    ui.label(RichText::new(format!("§ {shown}")).small().color(palette::GOLD));
                }
            });
            ui.add_space(4.0);
        }

        super::drafting::drafts_debrief_ui(ui, v, case);

        section(ui, v, "ui-expert-compare");
        expert_ui(ui, v, case);
    });
}

/// "Export record…": a folder (the default one until the user types another) and the result.
fn export_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    if st.export_dir_text.is_empty()
        && let Some(dir) = crate::app::default_export_dir()
    {
        st.export_dir_text = dir.display().to_string();
    }
    if ui.button(t.t("ui-open-report")).on_hover_text(t.t("ui-open-report-hint")).clicked() {
        out.push(Intent::OpenReport);
    }
    let dir = st.export_dir_text.trim().to_string();
    let export = egui::Button::new(t.t("ui-export-record"));
    if ui.add_enabled(!dir.is_empty(), export).clicked() {
        out.push(Intent::ExportRecord(std::path::PathBuf::from(dir)));
    }
    // The folder takes the rest of the row, or a row of its own when under 160 points are left.
    let label = RichText::new(t.t("ui-export-to")).color(palette::DIM);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_w =
        ui.fonts_mut(|f| f.layout_no_wrap(t.t("ui-export-to"), font, palette::DIM)).size().x;
    if ui.available_size_before_wrap().x < label_w + 170.0 {
        ui.end_row();
    }
    ui.label(label);
    let w = (ui.available_size_before_wrap().x - 8.0).clamp(120.0, 520.0);
    ui.add(egui::TextEdit::singleline(&mut st.export_dir_text).desired_width(w))
        .on_hover_text(st.export_dir_text.clone());
}

/// How the last attempt to write a file went: where it went, or why it failed.
fn written_ui(
    ui: &mut egui::Ui,
    v: &View,
    outcome: &Option<Result<std::path::PathBuf, String>>,
    done_id: &str,
    failed_id: &str,
) {
    let t = v.texts;
    match outcome {
        Some(Ok(p)) => {
            ui.label(
                RichText::new(format!("{} {}", t.t(done_id), p.display())).color(palette::GOOD),
            );
        }
        Some(Err(e)) => {
            ui.label(RichText::new(format!("{}: {e}", t.t(failed_id))).color(palette::BAD));
        }
        None => {}
    }
}

fn card_fixed(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(palette::CARD)
        .stroke(egui::Stroke::new(1.0, palette::LINE))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(width - 24.0);
            // A card reads top to bottom whatever the row it sits in.
            ui.vertical(add);
        });
}

/// The frame of a "money still recoverable over time" chart, shared by the debrief and the
/// class debrief: sim time on a stretched axis from 0 to `end`, money from 0 to what was paid.
pub(crate) fn money_plot<'a>(
    id: &'a str,
    height: f32,
    end: Secs,
    paid: f64,
    time_label: String,
    texts: &crate::app::Texts,
) -> Plot<'a> {
    let texts = texts.clone();
    Plot::new(id)
        .height(height)
        .default_x_bounds(0.0, tx(end) * 1.02)
        .include_y(0.0)
        .include_y(paid * 1.05)
        .allow_scroll(false)
        .x_grid_spacer(time_marks)
        .x_axis_formatter(
            move |m, _| if m.value <= 0.0 { "0".into() } else { texts.span(untx(m.value)) },
        )
        .x_axis_label(time_label)
}

/// How a chart's series is drawn, for its key.
#[derive(Clone, Copy)]
pub(crate) enum Mark {
    Solid,
    Dashed,
    Dot,
    Square,
}

/// A chart's key, under the chart: it hides no curve, and wraps to the width it has.
pub(crate) fn legend_ui(ui: &mut egui::Ui, items: &[(Mark, egui::Color32, String)]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        for (mark, color, label) in items {
            let text = RichText::new(label).small().color(palette::DIM);
            let font = egui::TextStyle::Small.resolve(ui.style());
            let w = ui.fonts_mut(|f| f.layout_no_wrap(label.clone(), font, palette::DIM).size().x);
            if ui.available_size_before_wrap().x < w + 34.0 {
                ui.end_row();
            }
            let (r, _) = ui.allocate_exact_size(egui::vec2(22.0, 12.0), egui::Sense::hover());
            let p = ui.painter();
            let (l, c, rt) = (r.left_center(), r.center(), r.right_center());
            match mark {
                Mark::Solid => {
                    p.line_segment([l, rt], egui::Stroke::new(3.0, *color));
                }
                Mark::Dashed => {
                    let dash = egui::Shape::dashed_line(&[l, rt], (2.0, *color), 4.0, 3.0);
                    p.extend(dash);
                }
                Mark::Dot => {
                    p.circle_filled(c, 4.5, *color);
                }
                Mark::Square => {
                    let sq = egui::Rect::from_center_size(c, egui::vec2(8.0, 8.0));
                    p.rect_stroke(sq, 0.0, (1.5, *color), egui::StrokeKind::Inside);
                }
            }
            ui.label(text);
            ui.add_space(8.0);
        }
    });
}

/// The chart's time axis is logarithmic in minutes: the golden hour and the months that follow
/// both stay readable.
pub(crate) fn tx(t: Secs) -> f64 {
    (1.0 + t.max(0) as f64 / 60.0).log10()
}

pub(crate) fn untx(x: f64) -> Secs {
    ((10f64.powf(x) - 1.0) * 60.0).round() as Secs
}

/// A step line of (time, value) with the value held until the next change.
pub(crate) fn steps(series: &[(Secs, u64)], until: Secs) -> Vec<[f64; 2]> {
    let mut pts = Vec::with_capacity(series.len() * 2 + 1);
    let mut last: Option<u64> = None;
    for &(at, val) in series {
        let x = tx(at);
        if let Some(prev) = last {
            pts.push([x, prev as f64]);
        }
        pts.push([x, val as f64]);
        last = Some(val);
    }
    if let Some(prev) = last {
        pts.push([tx(until), prev as f64]);
    }
    pts
}

/// Grid lines at times people think in, thicker at the hour, the day, the month, the year.
pub(crate) fn time_marks(input: GridInput) -> Vec<GridMark> {
    const M: Secs = 60;
    const H: Secs = 3600;
    const D: Secs = 86_400;
    let marks = [
        (0, 1.0),
        (10 * M, 0.3),
        (H, 1.0),
        (6 * H, 0.3),
        (D, 1.0),
        (7 * D, 0.3),
        (30 * D, 1.0),
        (90 * D, 0.3),
        (365 * D, 1.0),
    ];
    marks
        .iter()
        .map(|&(t, step)| GridMark { value: tx(t), step_size: step })
        .filter(|m| m.value >= input.bounds.0 && m.value <= input.bounds.1)
        .collect()
}

fn chart_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    let expert = case.expert.as_ref();
    let end = s.now().max(3600);

    let mine = steps(s.recoverable_series(), end);
    let theirs = expert.map(|e| steps(e.recoverable_series(), end));
    // Decisions as markers on each curve (reading a message is none), not lines across it.
    let sc = s.scenario();
    let decision = |act: &crate::scenario::Action| match act {
        crate::scenario::Action::Choose { inject, .. } => {
            sc.inject(inject).is_none_or(|i| !crate::app::case::is_message(i))
        }
        _ => true,
    };
    let on_curve = |curve: &[[f64; 2]], at: Secs| -> [f64; 2] {
        let x = tx(at);
        let y = curve.iter().take_while(|p| p[0] <= x).last().map_or(0.0, |p| p[1]);
        [x, y]
    };
    let my_actions: Vec<[f64; 2]> =
        s.actions().iter().filter(|a| decision(&a.act)).map(|a| on_curve(&mine, a.at.0)).collect();
    let expert_actions: Vec<[f64; 2]> = match (expert, &theirs) {
        (Some(e), Some(curve)) => e
            .actions()
            .iter()
            .filter(|a| decision(&a.act))
            .map(|a| on_curve(curve, a.at.0))
            .collect(),
        _ => Vec::new(),
    };
    let currency = super::widgets::currency_name(t, &case.scenario().currency);
    let mine_name = t.t("ui-chart-yours");
    let expert_name = t.t("ui-chart-expert");
    let my_marks = t.t("ui-chart-your-actions");
    let expert_marks = t.t("ui-chart-expert-actions");
    let golden = t.t("ui-chart-golden-hour");
    let paid_name = t.t("ui-stat-paid");
    let paid = s.paid() as f64;
    let mut key = vec![(Mark::Solid, palette::GOLD, mine_name.clone())];
    if theirs.is_some() {
        key.push((Mark::Dashed, palette::INFO, expert_name.clone()));
    }
    key.push((Mark::Dot, palette::GOLD, my_marks.clone()));
    if !expert_actions.is_empty() {
        key.push((Mark::Square, palette::INFO, expert_marks.clone()));
    }
    key.push((Mark::Solid, palette::GOLD.gamma_multiply(0.8), golden.clone()));
    key.push((Mark::Dashed, palette::WARN.gamma_multiply(0.6), paid_name.clone()));

    money_plot("recoverable", 300.0, end, paid, t.t("ui-chart-time"), t)
        .y_axis_label(currency)
        .y_axis_formatter(|m, _| group_digits_for(&t.lang, m.value.max(0.0) as u64))
        .label_formatter(|pos| {
            let (name, p) = match pos {
                HoverPosition::NearDataPoint { plot_name, position, .. } => (*plot_name, *position),
                HoverPosition::Elsewhere { position } => ("", *position),
            };
            let at = v.texts.clock(untx(p.x));
            let money = group_digits_for(&t.lang, p.y.max(0.0) as u64);
            Some(if name.is_empty() {
                format!("{at}\n{money}")
            } else {
                format!("{name}\n{at}\n{money}")
            })
        })
        .show(ui, |plot| {
            plot.vline(
                VLine::new(golden, tx(3600)).color(palette::GOLD.gamma_multiply(0.8)).width(2.0),
            );
            plot.hline(
                HLine::new(paid_name, paid)
                    .color(palette::WARN.gamma_multiply(0.6))
                    .style(LineStyle::dashed_dense()),
            );
            if let Some(pts) = theirs {
                plot.line(
                    Line::new(expert_name, PlotPoints::from(pts))
                        .color(palette::INFO)
                        .width(2.0)
                        .style(LineStyle::dashed_loose()),
                );
            }
            plot.line(Line::new(mine_name, PlotPoints::from(mine)).color(palette::GOLD).width(3.0));
            plot.points(
                Points::new(expert_marks, PlotPoints::from(expert_actions))
                    .shape(MarkerShape::Square)
                    .radius(5.0)
                    .color(palette::INFO),
            );
            plot.points(
                Points::new(my_marks, PlotPoints::from(my_actions))
                    .shape(MarkerShape::Circle)
                    .radius(4.5)
                    .filled(true)
                    .color(palette::GOLD),
            );
        });
    legend_ui(ui, &key);
}

/// The expert line's actions next to the trainee's: same action, when, or never.
fn expert_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    let Some(expert) = case.expert.as_ref() else {
        ui.label(RichText::new(t.t("ui-no-expert")).color(palette::DIM));
        return;
    };
    bi_id(ui, v, "ui-expert-hint");
    // Decisions only: reading an instructor's message ("Continue") is no decision.
    let sc = s.scenario();
    let decision = |act: &crate::scenario::Action| match act {
        crate::scenario::Action::Choose { inject, .. } => {
            sc.inject(inject).is_none_or(|i| !crate::app::case::is_message(i))
        }
        _ => true,
    };
    for a in expert.actions().iter().filter(|a| decision(&a.act)) {
        let (text, color) = match s.actions().iter().find(|m| m.act == a.act) {
            Some(m) => {
                let d = m.at.0 - a.at.0;
                if d.abs() <= 5 * 60 {
                    (t.t("ui-you-same-time"), palette::GOOD)
                } else if d > 0 {
                    (format!("{} {}", v.texts.span(d), t.t("ui-you-later")), palette::WARN)
                } else {
                    (format!("{} {}", v.texts.span(-d), t.t("ui-you-earlier")), palette::INFO)
                }
            }
            None => (t.t("ui-you-never"), palette::BAD),
        };
        egui::Frame::new()
            .fill(palette::CARD)
            .corner_radius(egui::CornerRadius::same(6))
            .inner_margin(egui::Margin::symmetric(10, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(v.texts.clock(a.at.0)).monospace().color(palette::DIM));
                    ui.label(RichText::new(t.t("ui-expert-did")).small().color(palette::INFO));
                    chip(ui, format!("{} · {text}", t.t("ui-you")), color);
                });
                bi_msg(ui, v, &action_msg(expert.scenario(), &a.act));
            });
        ui.add_space(3.0);
    }
    let extra: Vec<_> = s
        .actions()
        .iter()
        .filter(|m| decision(&m.act) && !expert.actions().iter().any(|a| a.act == m.act))
        .collect();
    if !extra.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(t.t("ui-you-only")).strong());
        for m in extra {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(v.texts.clock(m.at.0)).monospace().color(palette::FAINT));
                ui.label(t.msg(&action_msg(s.scenario(), &m.act)));
            });
        }
    }
}
