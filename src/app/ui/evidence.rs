//! The evidence locker: every item with its provenance (source, provider, time provided,
//! extractor, time extracted, channel, preservation); preserve it (hash, blockchain) or collect it.

use bevy_egui::egui::{self, RichText};

use super::widgets::{act_button, bi_id, card, chip, jurisdiction_name, name};
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::scenario::{Action, EvidenceKind, Preservation, Weight};

pub fn evidence_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;
    bi_id(ui, v, "ui-evidence-hint");
    ui.add_space(4.0);

    // Items in the file first, then those still to collect.
    let mut items: Vec<_> = s.evidence().collect();
    items.sort_by_key(|(_, st)| !st.held());
    for (item, state) in items {
        let open = st.selected_item.as_deref() == Some(item.id.as_str());
        card(ui, |ui| {
            let header = ui.horizontal_wrapped(|ui| {
                let arrow = if open { "⏷" } else { "⏵" };
                let title = RichText::new(format!("{arrow} {}", t.t(&item.name))).strong();
                let r = ui.add(egui::Label::new(title).sense(egui::Sense::click()));
                chip(ui, t.t(kind_id(item.kind)), palette::DIM);
                r
            });
            if header.inner.clicked() || header.response.interact(egui::Sense::click()).clicked() {
                st.selected_item = if open { None } else { Some(item.id.clone()) };
            }
            ui.horizontal_wrapped(|ui| {
                match &state.provenance {
                    Some(p) => {
                        chip(ui, t.t("ui-in-file"), palette::GOOD);
                        match p.weight {
                            Weight::Formal => chip(ui, t.t("ui-weight-formal"), palette::GOOD),
                            Weight::Intelligence => {
                                chip(ui, t.t("ui-weight-intelligence"), palette::WARN)
                            }
                            Weight::Cooperation => {
                                chip(ui, t.t("ui-weight-cooperation"), palette::GOLD)
                            }
                        };
                        if !p.lawful || state.tainted {
                            chip(ui, t.t("ui-tainted"), palette::BAD);
                        }
                    }
                    None if state.collecting => {
                        chip(ui, t.t("ui-collecting"), palette::WARN);
                    }
                    None => {
                        chip(ui, t.t("ui-not-in-file"), palette::FAINT);
                    }
                }
                match state.preserved {
                    Some(how) => chip(ui, t.t(how.msg_id()), palette::INFO),
                    None if item.kind == EvidenceKind::Electronic && state.held() => {
                        chip(ui, t.t("ui-unpreserved"), palette::WARN)
                    }
                    None => ui.label(""),
                };
            });
            if !open {
                return;
            }
            ui.separator();
            if state.provenance.is_some() {
                provenance_ui(ui, v, s, item, state);
            } else {
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        t.t("ui-prov-held-in"),
                        jurisdiction_name(v, s, &item.jurisdiction)
                    ))
                    .small()
                    .color(palette::DIM),
                );
            }
            if item.kind == EvidenceKind::Electronic {
                ui.horizontal_wrapped(|ui| {
                    for (how, id) in [
                        (Preservation::Hash, "ui-preserve-hash"),
                        (Preservation::Blockchain, "ui-preserve-chain"),
                    ] {
                        let a = Action::Preserve { item: item.id.clone(), how };
                        act_button(ui, v, s, t.t(id), a, out);
                    }
                });
            }
            for m in &item.methods {
                ui.horizontal_wrapped(|ui| {
                    let label = format!(
                        "{} {} ({})",
                        t.t("ui-collect"),
                        t.t(&m.name),
                        v.texts.span(m.takes.0)
                    );
                    let a = Action::Collect { item: item.id.clone(), method: m.id.clone() };
                    act_button(ui, v, s, label, a, out);
                    // What a method will yield, and whether it is lawful, is what an exam asks.
                    if v.exam() {
                        return;
                    }
                    match m.provenance.weight {
                        Weight::Formal => chip(ui, t.t("ui-weight-formal"), palette::GOOD),
                        Weight::Intelligence => {
                            chip(ui, t.t("ui-weight-intelligence"), palette::WARN)
                        }
                        Weight::Cooperation => {
                            chip(ui, t.t("ui-weight-cooperation"), palette::GOLD)
                        }
                    };
                    if !m.provenance.lawful || m.compliance < 0 {
                        chip(ui, t.t("ui-unlawful-warning"), palette::BAD);
                    }
                });
            }
        });
        ui.add_space(4.0);
    }
}

fn kind_id(k: EvidenceKind) -> &'static str {
    match k {
        EvidenceKind::Testimony => "ui-kind-testimony",
        EvidenceKind::Document => "ui-kind-document",
        EvidenceKind::Financial => "ui-kind-financial",
        EvidenceKind::Electronic => "ui-kind-electronic",
        EvidenceKind::Physical => "ui-kind-physical",
    }
}

pub fn kind_label(v: &View, k: EvidenceKind) -> String {
    v.texts.t(kind_id(k))
}

/// Where an item came from (source, provider and when, extractor and when, channel,
/// preservation, where it is held): what a court reviews. Shown in the Evidence tab and beside
/// a challenge at trial.
pub(super) fn provenance_ui(
    ui: &mut egui::Ui,
    v: &View,
    s: &crate::sim::Session,
    item: &crate::scenario::EvidenceItem,
    state: &crate::sim::ItemState,
) {
    let t = v.texts;
    let Some(p) = &state.provenance else { return };
    egui::Grid::new(("prov", &item.id)).num_columns(2).spacing([10.0, 3.0]).show(ui, |ui| {
        let row = |ui: &mut egui::Ui, k: &str, val: String| {
            ui.label(RichText::new(t.t(k)).small().color(palette::DIM));
            ui.label(RichText::new(val).small());
            ui.end_row();
        };
        row(ui, "ui-prov-source", t.t(&p.source));
        row(ui, "ui-prov-provider", t.t(&p.provider));
        row(ui, "ui-prov-provided", v.texts.clock(p.provided_at));
        row(ui, "ui-prov-extractor", t.t(&p.extractor));
        row(ui, "ui-prov-extracted", v.texts.clock(p.extracted_at));
        let via = p.via.as_deref().map(|x| name(v, s, x)).unwrap_or_else(|| t.t("ui-prov-direct"));
        row(ui, "ui-prov-channel", via);
        let pres = t.t(state.preserved.map_or("ui-none", Preservation::msg_id));
        row(ui, "ui-prov-preservation", pres);
        row(ui, "ui-prov-held-in", jurisdiction_name(v, s, &item.jurisdiction));
    });
}
