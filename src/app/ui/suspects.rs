//! The suspects: who is known, where they are, and how far each is from being brought back;
//! the application for approval to arrest (what a Red notice and extradition rest on).

use bevy_egui::egui::{self, RichText};

use super::View;
use super::widgets::{act_button, card, chip, name, section};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::i18n::{Arg, Msg};
use crate::scenario::Action;

pub fn suspects_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    let sc = case.scenario();
    if sc.suspects.is_empty() {
        return;
    }
    ui.add_space(6.0);
    section(ui, v, "ui-suspects");
    for (sus, st) in s.suspects() {
        card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let who =
                    if st.identified { name(v, s, &sus.id) } else { t.t("ui-suspect-unknown") };
                ui.label(RichText::new(who).strong());
                ui.label(RichText::new(t.t(&sus.role)).small().color(palette::DIM));
            });
            ui.horizontal_wrapped(|ui| {
                if st.in_custody {
                    chip(ui, t.t("ui-suspect-in-custody"), palette::GOOD);
                } else if st.arrested {
                    chip(ui, t.t("ui-suspect-arrested"), palette::INFO);
                } else if st.located {
                    let place = match sc.jurisdiction(&st.jurisdiction) {
                        Some(j) => Arg::Ref(j.name.clone()),
                        None => Arg::Text(st.jurisdiction.clone()),
                    };
                    let m = Msg::new("ui-suspect-located").arg("place", place);
                    chip(ui, t.msg(&m), palette::INFO);
                }
                if st.arrest_approved {
                    chip(ui, t.t("ui-suspect-arrest-approved"), palette::GOOD);
                } else if st.arrest_pending {
                    chip(ui, t.t("ui-suspect-arrest-pending"), palette::WARN);
                }
            });
            if sc.measures.arrest.is_some() && !st.arrest_approved && !st.in_custody {
                let action = Action::SeekArrest { suspect: sus.id.clone() };
                act_button(ui, v, s, t.t("ui-seek-arrest"), action, out);
            }
        });
    }
}
