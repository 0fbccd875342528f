//! The trainee's notes pad: free text for the case, written beside the record as it is typed
//! (so a crash loses nothing) and back when the session is resumed.

use bevy_egui::egui::{self, RichText};

use super::widgets::section;
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};

pub fn notes_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    section(ui, v, "ui-notes-title");
    ui.label(RichText::new(t.t("ui-notes-hint")).small().color(palette::DIM));
    let text = st.notes_text.get_or_insert_with(|| case.notes.clone());
    let edit = egui::TextEdit::multiline(text)
        .hint_text(t.t("ui-notes-placeholder"))
        .desired_width(ui.available_width())
        .desired_rows(12);
    if ui.add_enabled(!case.read_only, edit).changed() {
        out.push(Intent::SetNotes(text.clone()));
    }
}
