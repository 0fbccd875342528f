//! Help (F1): the keys, and the glossary of the terms the cases use (I-24/7, I-GRIP, 跑分,
//! 过桥卡, MLA…). The same glossary explains a term on hover wherever it appears.

use bevy_egui::egui::{self, Id, RichText};

use super::{UiState, View};
use crate::app::Texts;
use crate::app::egui_setup::palette;

/// The glossary's entries: each has `gloss-<id>-term` (the term), `gloss-<id>` (what it
/// means) and `gloss-<id>-match` (the spellings that call it up, separated by `|`).
pub const GLOSSARY: [&str; 9] = [
    "i247",
    "igrip",
    "paofen",
    "bridge-card",
    "mla",
    "stop-payment",
    "freeze",
    "red-notice",
    "golden-hour",
];

/// The keys, for the help page and the menu.
pub const KEYS: [(&str, &str); 9] = [
    ("Space", "ui-key-pause"),
    ("+ / −", "ui-key-speed"),
    ("N", "ui-key-next"),
    ("Alt+1…6", "ui-key-tabs"),
    ("Ctrl+S", "ui-key-save"),
    ("F1", "ui-key-help"),
    ("F2", "ui-key-console"),
    ("F11", "ui-key-fullscreen"),
    ("Esc", "ui-key-menu"),
];

/// The glossary entries a text mentions, as "term: meaning" lines (none: `None`).
pub fn glossary_for(t: &Texts, text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let lines: Vec<String> = GLOSSARY
        .iter()
        .filter(|id| {
            t.t(&format!("gloss-{id}-match"))
                .split('|')
                .map(str::trim)
                .any(|m| !m.is_empty() && lower.contains(&m.to_lowercase()))
        })
        .map(|id| entry_line(t, id))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n\n"))
}

fn entry_line(t: &Texts, id: &str) -> String {
    format!("{}: {}", t.t(&format!("gloss-{id}-term")), t.t(&format!("gloss-{id}")))
}

/// Explain on hover the glossary terms a widget's text mentions.
pub fn with_glossary(resp: egui::Response, t: &Texts, text: &str) -> egui::Response {
    match glossary_for(t, text) {
        Some(g) => resp.on_hover_text(g),
        None => resp,
    }
}

/// The help page over the screen: keys, then the glossary. Close (or a click outside, or F1)
/// closes it.
pub fn help_ui(ctx: &egui::Context, v: &View, st: &mut UiState) {
    let t = v.texts;
    let max_h = (ctx.content_rect().height() - 120.0).max(120.0);
    let width = (ctx.content_rect().width() - 60.0).clamp(240.0, 560.0);
    let resp = egui::Modal::new(Id::new("help")).show(ctx, |ui| {
        ui.set_width(width);
        egui::Sides::new().show(
            ui,
            |ui| ui.heading(t.t("ui-help")),
            |ui| {
                if ui.button(t.t("ui-close")).clicked() {
                    st.help_open = false;
                }
            },
        );
        ui.separator();
        egui::ScrollArea::vertical().max_height(max_h).show(ui, |ui| {
            ui.label(RichText::new(t.t("ui-shortcuts")).strong().color(palette::GOLD));
            keys_ui(ui, t);
            ui.add_space(8.0);
            ui.label(RichText::new(t.t("ui-glossary")).strong().color(palette::GOLD));
            for id in GLOSSARY {
                ui.add_space(4.0);
                ui.label(RichText::new(t.t(&format!("gloss-{id}-term"))).strong());
                ui.label(RichText::new(t.t(&format!("gloss-{id}"))).color(palette::DIM));
            }
        });
    });
    if resp.backdrop_response.clicked() {
        st.help_open = false;
    }
}

/// The keys as a two-column table.
pub fn keys_ui(ui: &mut egui::Ui, t: &Texts) {
    egui::Grid::new(ui.id().with("keys")).num_columns(2).show(ui, |ui| {
        for (key, id) in KEYS {
            ui.label(RichText::new(key).monospace().color(palette::GOLD));
            ui.label(t.t(id));
            ui.end_row();
        }
    });
}
