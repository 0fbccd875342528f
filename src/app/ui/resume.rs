//! The start-up offer to resume unfinished sessions: one card per record, with what it was
//! (case, trainee, sim time, actions) and what can be done with it.

use bevy::prelude::*;
use bevy_egui::EguiContexts;
use bevy_egui::egui::{self, Id, RichText};

use super::widgets::card;
use crate::app::egui_setup::palette;
use crate::app::{CaseStatus, Intent, Mode, Screen, Texts, Unfinished};
use crate::i18n::{Arg, Msg};

pub(super) fn draw(
    mut contexts: EguiContexts,
    texts: Option<Res<Texts>>,
    unfinished: Res<Unfinished>,
    screen: Res<State<Screen>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(texts) = texts else { return Ok(()) };
    if *screen.get() != Screen::Library || !unfinished.offered() {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    let mut out = Vec::new();
    resume_ui(&ctx, &texts, &unfinished, &mut out);
    intents.write_batch(out);
    Ok(())
}

/// The offer, as a modal window over the library.
pub fn resume_ui(ctx: &egui::Context, t: &Texts, unfinished: &Unfinished, out: &mut Vec<Intent>) {
    egui::Modal::new(Id::new("resume")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(t.t("ui-unfinished-title"));
        ui.label(RichText::new(t.t("ui-unfinished-hint")).color(palette::DIM));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(480.0).show(ui, |ui| {
            for e in &unfinished.entries {
                card(ui, |ui| entry_ui(ui, t, e, out));
                ui.add_space(6.0);
            }
        });
        ui.add_space(4.0);
        if ui.button(t.t("ui-unfinished-later")).clicked() {
            out.push(Intent::DismissResume);
        }
    });
}

fn entry_ui(ui: &mut egui::Ui, t: &Texts, e: &crate::app::UnfinishedRecord, out: &mut Vec<Intent>) {
    let file = e.path.display().to_string();
    let record = match &e.record {
        Ok(r) => r,
        Err(err) => {
            ui.label(RichText::new(t.t("ui-unfinished-unreadable")).strong().color(palette::BAD));
            ui.label(RichText::new(err).small().monospace().color(palette::TEXT));
            return;
        }
    };
    let title = e.title.as_ref().map(|id| t.t(id)).unwrap_or_else(|| record.scenario_id.clone());
    let last = record.actions.last().map(|a| a.at).unwrap_or(0);
    let at = record.sim_time.unwrap_or(last).max(last);
    let summary = Msg::new("ui-unfinished-entry")
        .arg("case", Arg::Text(title))
        .arg(
            "trainee",
            Arg::Text(record.trainee.clone().unwrap_or_else(|| t.t("ui-unfinished-no-trainee"))),
        )
        .arg("time", Arg::Time(at))
        .arg("actions", Arg::Num(record.actions.len() as i64));
    ui.label(RichText::new(t.msg(&summary)).strong());
    ui.horizontal_wrapped(|ui| {
        let mode = if record.mode == Mode::Exam { "ui-mode-exam" } else { "ui-mode-practice" };
        ui.label(RichText::new(t.t(mode)).small().color(palette::DIM));
        if let Some(code) = &record.class_code {
            ui.label(RichText::new(code).small().monospace().color(palette::DIM));
        }
        ui.label(RichText::new(file).small().color(palette::FAINT));
    });
    match e.case {
        CaseStatus::Same => {}
        CaseStatus::Changed => {
            ui.label(RichText::new(t.t("ui-unfinished-case-changed")).color(palette::WARN));
        }
        CaseStatus::Missing => {
            ui.label(RichText::new(t.t("ui-unfinished-case-missing")).color(palette::WARN));
        }
    }
    for m in &e.problem {
        ui.label(RichText::new(t.msg(m)).color(palette::BAD));
    }
    if let Some(err) = &e.error {
        ui.label(RichText::new(err).small().monospace().color(palette::BAD));
    }
    ui.horizontal(|ui| {
        match e.case {
            CaseStatus::Same => {
                let resume = egui::Button::new(RichText::new(t.t("ui-unfinished-resume")).strong())
                    .fill(palette::GOLD.gamma_multiply(0.55));
                if ui.add(resume).clicked() {
                    out.push(Intent::Resume { path: e.path.clone(), read_only: false });
                }
            }
            CaseStatus::Changed => {
                if ui.button(t.t("ui-unfinished-read-only")).clicked() {
                    out.push(Intent::Resume { path: e.path.clone(), read_only: true });
                }
            }
            CaseStatus::Missing => {}
        }
        if ui
            .button(t.t("ui-unfinished-discard"))
            .on_hover_text(t.t("ui-unfinished-discard-hint"))
            .clicked()
        {
            out.push(Intent::Discard(e.path.clone()));
        }
    });
}
