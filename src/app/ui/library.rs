//! The library screen: the cases on offer, their details, the trainee id and the mode.

use bevy_egui::egui::{self, RichText};

use super::widgets::{bi, bullet, card, chip, heading, page, section};
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{Intent, Mode};

pub fn library_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    if st.selected_case.is_none() && !v.library.entries.is_empty() {
        st.selected_case = Some(0);
    }
    if st.seed_text.is_empty() {
        st.seed_text = v.options.seed.to_string();
    }

    // The list takes at most two fifths of a narrow window (1280×720 at 200 % is 640 points
    // wide): the case's details keep room for their fields.
    let w = ui.available_width();
    egui::Panel::left("library-list")
        .resizable(true)
        .default_size((w * 0.4).clamp(200.0, 380.0))
        .size_range(200.0..=(w * 0.5).clamp(220.0, 560.0))
        .frame(egui::Frame::new().fill(palette::PANEL).inner_margin(egui::Margin::same(14)))
        .show(ui, |ui| {
            heading(ui, v, "ui-library-title");
            ui.label(RichText::new(t.t("ui-library-hint")).color(palette::DIM));
            ui.add_space(8.0);
            egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                if v.library.entries.is_empty() {
                    ui.label(RichText::new(t.t("ui-library-empty")).color(palette::WARN));
                }
                for (i, entry) in v.library.entries.iter().enumerate() {
                    let selected = st.selected_case == Some(i);
                    let resp = case_card_ui(ui, v, entry, selected);
                    if resp.clicked() {
                        st.selected_case = Some(i);
                    }
                    if resp.double_clicked() && entry.scenario.is_ok() {
                        out.push(Intent::OpenCase(i));
                    }
                    ui.add_space(6.0);
                }
                if let Some(dir) = &v.user_scenarios {
                    ui.add_space(8.0);
                    ui.label(RichText::new(t.t("ui-user-folder")).small().color(palette::FAINT));
                    ui.label(
                        RichText::new(dir.display().to_string())
                            .small()
                            .monospace()
                            .color(palette::FAINT),
                    );
                }
            });
        });

    page(ui, 820.0, |ui| {
        let entry = st.selected_case.and_then(|i| v.library.entries.get(i).map(|e| (i, e)));
        match entry {
            Some((i, entry)) => case_detail_ui(ui, v, st, i, entry, out),
            None => {
                ui.label(RichText::new(t.t("ui-library-pick")).color(palette::DIM));
            }
        }
    });
}

fn case_card_ui(
    ui: &mut egui::Ui,
    v: &View,
    entry: &crate::app::CaseEntry,
    selected: bool,
) -> egui::Response {
    let t = v.texts;
    let fill = if selected { palette::CARD_HI } else { palette::CARD };
    let stroke = if selected { palette::GOLD } else { palette::LINE };
    let inner = egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, stroke))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match &entry.scenario {
                Ok(sc) => {
                    ui.label(RichText::new(t.t(&sc.title)).strong().size(16.5));
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(stars(sc.difficulty)).color(palette::GOLD));
                        ui.label(
                            RichText::new(format!("{} {}", sc.expected_minutes, t.t("ui-minutes")))
                                .color(palette::DIM),
                        );
                        for l in &sc.languages {
                            chip(ui, t.t_in(l, "ui-language-name"), palette::INFO);
                        }
                        if !entry.bundled {
                            chip(ui, t.t("ui-user-case"), palette::GOLD);
                        }
                    });
                }
                Err(_) => {
                    let name = entry
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.label(RichText::new(name).strong());
                    chip(ui, t.t("ui-case-broken"), palette::BAD);
                }
            }
        });
    inner.response.interact(egui::Sense::click())
}

fn stars(d: u8) -> String {
    let d = usize::from(d.clamp(1, 5));
    format!("{}{}", "★".repeat(d), "☆".repeat(5 - d))
}

fn case_detail_ui(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut UiState,
    index: usize,
    entry: &crate::app::CaseEntry,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let sc = match &entry.scenario {
        Ok(sc) => sc,
        Err(e) => {
            heading(ui, v, "ui-case-broken");
            ui.label(RichText::new(t.t("ui-case-broken-hint")).color(palette::DIM));
            card(ui, |ui| ui.label(RichText::new(e).monospace().color(palette::BAD)));
            return;
        }
    };
    bi(
        ui,
        RichText::new(t.t(&sc.title)).size(26.0).strong().color(palette::TEXT),
        t.t_second(&sc.title),
    );
    ui.add_space(4.0);
    bi(ui, RichText::new(t.t(&sc.summary)).color(palette::DIM), t.t_second(&sc.summary));
    ui.add_space(10.0);

    egui::Grid::new("case-facts").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
        ui.label(RichText::new(t.t("ui-difficulty")).color(palette::DIM));
        ui.label(RichText::new(stars(sc.difficulty)).color(palette::GOLD));
        ui.end_row();
        ui.label(RichText::new(t.t("ui-duration")).color(palette::DIM));
        ui.label(format!("{} {}", sc.expected_minutes, t.t("ui-minutes")));
        ui.end_row();
        ui.label(RichText::new(t.t("ui-languages")).color(palette::DIM));
        ui.horizontal(|ui| {
            for l in &sc.languages {
                let name = t.t_in(l, "ui-language-name");
                chip(ui, name, palette::INFO);
            }
        });
        ui.end_row();
        ui.label(RichText::new(t.t("ui-file")).color(palette::DIM));
        // A long path is shortened (whole on hover): where the repository lives must not
        // widen the page.
        let path = entry.path.display().to_string();
        let w = ui.available_width().max(80.0);
        ui.add_sized(
            egui::vec2(w, 0.0),
            egui::Label::new(RichText::new(&path).small().color(palette::FAINT)).truncate(),
        )
        .on_hover_text(path);
        ui.end_row();
    });

    section(ui, v, "ui-objectives");
    for o in &sc.objectives {
        bullet(ui, v, "›", palette::GOLD, o);
    }

    ui.add_space(14.0);
    card(ui, |ui| {
        section(ui, v, "ui-session-setup");
        egui::Grid::new("setup").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            ui.label(t.t("ui-trainee-id"));
            let mut trainee = v.options.trainee.clone();
            let edit = egui::TextEdit::singleline(&mut trainee)
                .hint_text(t.t("ui-trainee-hint"))
                .desired_width(ui.available_width().clamp(80.0, 260.0));
            if ui.add(edit).changed() {
                out.push(Intent::SetTrainee(trainee));
            }
            ui.end_row();

            ui.label(t.t("ui-mode"));
            ui.horizontal(|ui| {
                for (mode, id) in
                    [(Mode::Practice, "ui-mode-practice"), (Mode::Exam, "ui-mode-exam")]
                {
                    if ui.selectable_label(v.options.mode == mode, t.t(id)).clicked() {
                        out.push(Intent::SetMode(mode));
                    }
                }
            });
            ui.end_row();

            if v.options.mode == Mode::Exam {
                class_code_row_ui(ui, v, st, out);
            } else {
                ui.label(t.t("ui-seed"));
                ui.horizontal(|ui| {
                    let edit = egui::TextEdit::singleline(&mut st.seed_text).desired_width(120.0);
                    if ui.add(edit).on_hover_text(t.t("ui-seed-hint")).changed()
                        && let Ok(seed) = st.seed_text.trim().parse::<u64>()
                    {
                        out.push(Intent::SetSeed(seed));
                    }
                    if st.seed_text.trim().parse::<u64>().is_err() {
                        ui.label(RichText::new(t.t("ui-seed-invalid")).color(palette::BAD));
                    }
                });
            }
            ui.end_row();
        });
        let mode_hint = match v.options.mode {
            Mode::Exam => "ui-mode-exam-hint",
            _ => "ui-mode-practice-hint",
        };
        ui.label(RichText::new(t.t(mode_hint)).small().color(palette::DIM));
    });

    ui.add_space(14.0);
    let open = egui::Button::new(RichText::new(t.t("ui-open-case")).size(18.0).strong())
        .fill(palette::GOLD.gamma_multiply(0.55))
        .min_size(egui::vec2(220.0, 40.0));
    // An exam opens only with a trainee id and the class code; the reason is shown beside.
    match v.options.start() {
        Ok(_) => {
            if ui.add(open).clicked() {
                out.push(Intent::OpenCase(index));
            }
        }
        Err(why) => {
            ui.horizontal_wrapped(|ui| {
                ui.add_enabled(false, open).on_disabled_hover_text(t.t(why));
                ui.label(RichText::new(t.t(why)).color(palette::WARN));
            });
        }
    }
}

/// Exam mode: the class code from the instructor instead of a free seed.
fn class_code_row_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    if st.class_code_text.is_empty()
        && let Some(code) = &v.options.class_code
    {
        st.class_code_text = code.clone();
    }
    ui.label(t.t("ui-class-code"));
    ui.horizontal(|ui| {
        let edit = egui::TextEdit::singleline(&mut st.class_code_text)
            .hint_text(
                RichText::new(t.t("ui-class-code-placeholder")).italics().color(palette::FAINT),
            )
            .desired_width(120.0);
        if ui.add(edit).on_hover_text(t.t("ui-class-code-hint")).changed() {
            out.push(Intent::SetClassCode(st.class_code_text.clone()));
        }
        let text = st.class_code_text.trim();
        if !text.is_empty() && crate::classcode::to_seed(text).is_err() {
            ui.label(RichText::new(t.t("ui-class-code-letters")).color(palette::BAD));
        }
    });
}
