//! Drafting a request where the receiving side reads drafts: the facts it states, the legal
//! basis it cites and the evidence attached, picked from what the case file holds.

use bevy_egui::egui::{self, RichText};

use super::widgets::{chip, name};
use super::{RequestDraft, View};
use crate::app::ActiveCase;
use crate::app::egui_setup::palette;
use crate::scenario::{Condition, Draft};
use crate::sim::Request;

impl RequestDraft {
    /// The draft as the request carries it.
    pub fn to_draft(&self) -> Draft {
        Draft {
            facts: self.facts.iter().cloned().collect(),
            basis: self.basis.clone(),
            attach: self.attach.iter().cloned().collect(),
        }
    }
}

/// The draft's three parts. Outside an exam, a fact the file establishes is ticked as such;
/// what the receiving side needs is for the trainee to know.
pub fn draft_form_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, d: &mut RequestDraft) {
    let t = v.texts;
    let s = &case.run;
    let sc = case.scenario();
    ui.label(RichText::new(t.t("ui-draft-facts")).color(palette::DIM));
    for f in &sc.facts {
        let mut on = d.facts.contains(&f.id);
        ui.horizontal_wrapped(|ui| {
            // The mark first: a long fact wraps without pushing it off the panel.
            if !v.exam() && s.holds(&f.established) {
                chip(ui, t.t("ui-draft-in-file"), palette::GOOD);
            }
            if ui.checkbox(&mut on, t.t(&f.name)).changed() {
                if on {
                    d.facts.insert(f.id.clone());
                } else {
                    d.facts.remove(&f.id);
                }
            }
        });
    }
    if !sc.bases.is_empty() {
        ui.label(RichText::new(t.t("ui-draft-basis")).color(palette::DIM));
        let current = d
            .basis
            .as_deref()
            .and_then(|b| sc.basis(b))
            .map(|b| t.t(&b.name))
            .unwrap_or_else(|| t.t("ui-draft-pick-basis"));
        egui::ComboBox::from_id_salt("draft-basis")
            .width(ui.available_width() - 8.0)
            .selected_text(current)
            .show_ui(ui, |ui| {
                for b in &sc.bases {
                    let on = d.basis.as_deref() == Some(b.id.as_str());
                    if ui.selectable_label(on, t.t(&b.name)).clicked() {
                        d.basis = Some(b.id.clone());
                    }
                }
            });
    }
    let held: Vec<_> = s.evidence().filter(|(_, st)| st.held()).collect();
    if !held.is_empty() {
        ui.label(RichText::new(t.t("ui-draft-attach")).color(palette::DIM));
        for (item, _) in held {
            let mut on = d.attach.contains(&item.id);
            if ui.checkbox(&mut on, t.t(&item.name)).changed() {
                if on {
                    d.attach.insert(item.id.clone());
                } else {
                    d.attach.remove(&item.id);
                }
            }
        }
    }
    // Attached items that left the file (none can, but a form outlives a reload).
    d.attach.retain(|i| s.holds(&Condition::HasEvidence(i.clone())));
}

/// A sent request's draft and what the receiving side found wrong with it.
pub fn draft_summary_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, r: &Request) {
    let s = &case.run;
    let Some(d) = &r.draft else { return };
    let facts: Vec<String> = d.facts.iter().map(|f| name(v, s, f)).collect();
    let mut line = facts.join("；");
    if let Some(b) = &d.basis {
        line = format!("{line} · {}", name(v, s, b));
    }
    if !line.is_empty() {
        ui.label(RichText::new(format!("✉ {line}")).small().color(palette::DIM));
    }
    faults_ui(ui, v, case, r);
}

/// What the receiving side found wrong with a request's draft, one line each.
fn faults_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, r: &Request) {
    for f in &r.faults {
        let msg = f.msg(case.scenario());
        ui.label(RichText::new(format!("⚠ {}", v.texts.msg(&msg))).small().color(palette::WARN));
    }
}

/// The debrief's requests as drafted, for the instructor to mark: each drafted request with
/// its facts, basis and attachments, and what the receiving side found wrong.
pub fn drafts_debrief_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    let drafted: Vec<&Request> = s.requests().iter().filter(|r| r.draft.is_some()).collect();
    if drafted.is_empty() {
        return;
    }
    super::widgets::section(ui, v, "ui-debrief-drafts");
    for r in drafted {
        super::widgets::card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(t.clock(r.sent)).monospace().small().color(palette::DIM));
                ui.label(RichText::new(name(v, s, &r.channel)).strong());
                ui.label(RichText::new("·").color(palette::DIM));
                ui.label(name(v, s, &r.service));
                ui.label(RichText::new("→").color(palette::DIM));
                ui.label(name(v, s, r.target.id()));
            });
            let Some(d) = &r.draft else { return };
            let list = |ids: &[String]| -> String {
                if ids.is_empty() {
                    t.t("ui-none")
                } else {
                    ids.iter().map(|i| name(v, s, i)).collect::<Vec<_>>().join("；")
                }
            };
            let basis = d.basis.as_deref().map(|b| name(v, s, b)).unwrap_or_else(|| t.t("ui-none"));
            for (label, value) in [
                ("ui-draft-facts", list(&d.facts)),
                ("ui-draft-basis", basis),
                ("ui-draft-attach", list(&d.attach)),
            ] {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(t.t(label)).small().color(palette::DIM));
                    ui.label(RichText::new(value).small());
                });
            }
            if r.faults.is_empty() {
                chip(ui, t.t("ui-draft-accepted"), palette::GOOD);
            }
            faults_ui(ui, v, case, r);
        });
        ui.add_space(4.0);
    }
}
