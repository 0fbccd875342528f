//! The briefing: the case file as it opens: the victim's statement, what is known, the objectives.

use bevy_egui::egui::{self, RichText};

use super::View;
use super::widgets::{
    back_to_library, bi, bottom_bar, bullet, card, go_button, money, page, section,
};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent, Screen};

pub fn briefing_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let sc = &case.scenario();
    let s = &case.run;

    bottom_bar(ui, "briefing-actions", |ui| {
        ui.horizontal(|ui| {
            back_to_library(ui, v, out);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let (label, to) = if s.is_over() {
                    ("ui-go-debrief", Screen::Debrief)
                } else if s.trial().open {
                    ("ui-go-trial", Screen::Trial)
                } else if s.actions().is_empty() && s.now() == 0 {
                    ("ui-start-operations", Screen::Operations)
                } else {
                    ("ui-resume-operations", Screen::Operations)
                };
                if go_button(ui, t.t(label), 200.0) {
                    out.push(Intent::Go(to));
                }
            });
        });
    });

    page(ui, 900.0, |ui| {
        ui.label(RichText::new(t.t("ui-briefing-kicker")).small().color(palette::GOLD));
        bi(
            ui,
            RichText::new(t.t(&sc.title)).size(26.0).strong().color(palette::TEXT),
            t.t_second(&sc.title),
        );
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t.t("ui-victim")).color(palette::DIM));
            ui.label(RichText::new(t.t(&sc.victim.name)).strong());
            ui.separator();
            ui.label(RichText::new(t.t("ui-total-paid")).color(palette::DIM));
            ui.label(RichText::new(money(v, sc.total_paid())).strong().color(palette::WARN));
        });

        ui.add_space(10.0);
        section(ui, v, "ui-statement");
        card(ui, |ui| {
            bi(
                ui,
                RichText::new(t.t(&sc.briefing.statement)).size(16.5),
                t.t_second(&sc.briefing.statement),
            );
        });

        ui.add_space(10.0);
        section(ui, v, "ui-known");
        for k in &sc.briefing.known {
            bullet(ui, v, "•", palette::GOLD, k);
        }

        ui.add_space(10.0);
        section(ui, v, "ui-objectives");
        for o in &sc.objectives {
            bullet(ui, v, "›", palette::GOLD, o);
        }

        ui.add_space(10.0);
        section(ui, v, "ui-rules-of-play");
        card(ui, |ui| {
            heading_small(ui, v, "ui-how-to-play");
            for id in ["ui-how-clock", "ui-how-map", "ui-how-actions", "ui-how-record"] {
                bullet(ui, v, "·", palette::DIM, id);
            }
        });
    });
}

fn heading_small(ui: &mut egui::Ui, v: &View, id: &str) {
    ui.label(RichText::new(v.texts.t(id)).strong());
}
