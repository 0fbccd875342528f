//! The channels panel: draft a request abroad (channel, service, target, its elements) and follow
//! the pending ones with their expected answer time.

use bevy_egui::egui::{self, RichText};

use super::help::with_glossary;
use super::widgets::{act_button, bi_id, card, chip, jurisdiction_name, name, section};
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::scenario::{Action, ChannelKind, Incomplete, Target, TargetKind, Weight};
use crate::sim::RequestStatus;

pub fn channels_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;
    let sc = &case.scenario();

    // What was sent comes first (folded to one line when asked), so it never falls below the
    // form.
    pending_ui(ui, v, case);
    section(ui, v, "ui-draft-request");
    // Channel.
    ui.label(RichText::new(t.t("ui-channel")).color(palette::DIM));
    // The same order in every case (by kind), so a trainee finds each channel where it was.
    let mut channels: Vec<_> = sc.channels.iter().collect();
    channels.sort_by_key(|c| kind_rank(c.kind));
    for ch in channels {
        let on = st.draft.channel.as_deref() == Some(ch.id.as_str());
        let label = format!("{} {}", kind_icon(ch.kind), t.t(&ch.name));
        let button = egui::Button::selectable(on, label.clone())
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if with_glossary(ui.add(button), t, &label).clicked() && !on {
            st.draft.channel = Some(ch.id.clone());
            st.draft.service = None;
            st.draft.elements.clear();
        }
    }
    let Some(ch) = st.draft.channel.as_deref().and_then(|c| sc.channel(c)) else {
        bi_id(ui, v, "ui-channel-hint");
        return;
    };

    card(ui, |ui| {
        ui.label(RichText::new(t.t(&ch.name)).strong());
        let reach: Vec<String> = ch.reach.iter().map(|j| jurisdiction_name(v, s, j)).collect();
        info_row(ui, &t.t("ui-reach"), &reach.join(" · "));
        // What the trainee waits for: routing up the chain, then the answer.
        let (mut lo, mut hi) = ch.response.bounds();
        if let Some(r) = &ch.routing {
            let (rlo, rhi) = r.bounds();
            (lo, hi) = (lo + rlo, hi + rhi);
        }
        info_row(ui, &t.t("ui-response"), &format!("{}–{}", v.texts.span(lo), v.texts.span(hi)));
        info_row(ui, &t.t("ui-success"), &format!("{:.0} %", ch.success * 100.0));
        let weight = match ch.weight {
            Weight::Formal => t.t("ui-weight-formal"),
            Weight::Intelligence => t.t("ui-weight-intelligence"),
            Weight::Cooperation => t.t("ui-weight-cooperation"),
        };
        info_row(ui, &t.t("ui-weight"), &weight);
        let incomplete = match &ch.incomplete {
            Incomplete::Reject => t.t("ui-incomplete-reject"),
            Incomplete::Delay(d) if d.0 <= 0 => t.t("ui-incomplete-no-delay"),
            Incomplete::Delay(d) => format!("{} {}", t.t("ui-incomplete-delay"), v.texts.span(d.0)),
        };
        info_row(ui, &t.t("ui-if-incomplete"), &incomplete);
    });

    // Service.
    ui.label(RichText::new(t.t("ui-service")).color(palette::DIM));
    for sv in &ch.services {
        let on = st.draft.service.as_deref() == Some(sv.id.as_str());
        let button = egui::Button::selectable(on, t.t(&sv.name))
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if with_glossary(ui.add(button), t, &t.t(&sv.name)).clicked() && !on {
            st.draft.service = Some(sv.id.clone());
            if st.draft.target.as_ref().map(Target::kind) != Some(sv.target) {
                st.draft.target = None;
            }
        }
    }
    let Some(sv) =
        st.draft.service.as_deref().and_then(|id| ch.services.iter().find(|x| x.id == id))
    else {
        return;
    };

    // Target of the kind the service takes.
    ui.label(RichText::new(t.t(crate::sim::target_kind_id(sv.target))).color(palette::DIM));
    // Only what the channel reaches: a liaison in Vietnam is offered no Chinese account.
    let reaches = |j: Option<&str>| j.is_some_and(|j| ch.reach.iter().any(|r| r == j));
    let targets: Vec<Target> = match sv.target {
        TargetKind::Account => s
            .accounts()
            .filter(|(a, st)| st.known && reaches(sc.account_jurisdiction(&a.id)))
            .map(|(a, _)| Target::Account(a.id.clone()))
            .collect(),
        TargetKind::Suspect => s
            .suspects()
            .filter(|(_, st)| reaches(Some(st.jurisdiction.as_str())))
            .map(|(x, _)| Target::Suspect(x.id.clone()))
            .collect(),
        TargetKind::Evidence => s
            .evidence()
            .filter(|(x, _)| reaches(Some(x.jurisdiction.as_str())))
            .map(|(x, _)| Target::Evidence(x.id.clone()))
            .collect(),
        TargetKind::Jurisdiction => (case.scenario().jurisdictions.iter())
            .filter(|j| j.id != case.scenario().home && reaches(Some(j.id.as_str())))
            .map(|j| Target::Jurisdiction(j.id.clone()))
            .collect(),
    };
    if st.draft.target.as_ref().is_some_and(|x| !targets.contains(x)) {
        st.draft.target = None;
    }
    let current = st
        .draft
        .target
        .as_ref()
        .map(|x| target_label(v, case, x))
        .unwrap_or_else(|| t.t("ui-pick-target"));
    egui::ComboBox::from_id_salt("request-target")
        .width(ui.available_width() - 8.0)
        // A long name is shortened, never widening the panel.
        .truncate()
        .selected_text(current)
        .show_ui(ui, |ui| {
            for x in targets {
                let label = target_label(v, case, &x);
                let on = st.draft.target.as_ref() == Some(&x);
                if ui.selectable_label(on, label).clicked() {
                    st.draft.target = Some(x);
                }
            }
        });

    // Elements of the request.
    if !ch.elements.is_empty() {
        ui.label(RichText::new(t.t("ui-elements")).color(palette::DIM));
        for el in &ch.elements {
            let mut on = st.draft.elements.contains(&el.id);
            ui.horizontal_wrapped(|ui| {
                if ui.checkbox(&mut on, t.t(&el.name)).changed() {
                    if on {
                        st.draft.elements.insert(el.id.clone());
                    } else {
                        st.draft.elements.remove(&el.id);
                    }
                }
                // Knowing what a request must contain is part of what an exam tests.
                if el.required && !v.exam() {
                    chip(ui, t.t("ui-required"), palette::GOLD);
                }
            });
        }
    }
    let missing: Vec<String> = ch
        .elements
        .iter()
        .filter(|e| e.required && !st.draft.elements.contains(&e.id))
        .map(|e| t.t(&e.name))
        .collect();
    // Said once the trainee is filling the request in (a target picked), not on a fresh form.
    if !missing.is_empty() && !v.exam() && st.draft.target.is_some() {
        ui.label(
            RichText::new(format!("⚠ {} {}", t.t("ui-missing-elements"), missing.join("、")))
                .color(palette::WARN),
        );
    }

    // Where the receiving side reads drafts: facts, basis, attachments.
    let rule = ch.draft_of(sv);
    if rule.is_some() {
        super::drafting::draft_form_ui(ui, v, case, &mut st.draft);
    }

    match &st.draft.target {
        Some(target) => {
            let action = Action::Request {
                channel: ch.id.clone(),
                service: sv.id.clone(),
                target: target.clone(),
                elements: st.draft.elements.iter().cloned().collect(),
                draft: rule.map(|_| st.draft.to_draft()),
            };
            if act_button(ui, v, s, format!("✉ {}", t.t("ui-send-request")), action, out) {
                // A fresh form on the same channel; the sent request is listed below.
                st.draft =
                    super::RequestDraft { channel: st.draft.channel.clone(), ..Default::default() };
            }
        }
        None => {
            ui.add_enabled(false, egui::Button::new(format!("✉ {}", t.t("ui-send-request"))))
                .on_disabled_hover_text(t.t("ui-pick-target"));
        }
    }
}

fn info_row(ui: &mut egui::Ui, label: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).small().color(palette::DIM));
        ui.label(RichText::new(value).small());
    });
}

/// Where a kind of channel stands in the list: fast and temporary first, then the formal ones
/// (MLA, extradition), then the police-to-police and regional ones, then persuasion to return.
fn kind_rank(kind: ChannelKind) -> u8 {
    match kind {
        ChannelKind::Interpol => 0,
        ChannelKind::Mla => 1,
        ChannelKind::Extradition => 2,
        ChannelKind::Liaison => 3,
        ChannelKind::Regional => 4,
        ChannelKind::Persuasion => 5,
    }
}

fn kind_icon(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Mla => "⚖",
        ChannelKind::Interpol => "🌐",
        ChannelKind::Liaison => "⇄",
        ChannelKind::Regional => "◆",
        ChannelKind::Extradition => "✈",
        ChannelKind::Persuasion => "☎",
    }
}

fn target_label(v: &View, case: &ActiveCase, target: &Target) -> String {
    let t = v.texts;
    let s = &case.run;
    let sc = &case.scenario();
    let j = match target {
        Target::Account(a) => sc.account_jurisdiction(a).map(str::to_string),
        Target::Suspect(x) => {
            s.suspects().find(|(p, _)| p.id == *x).map(|(_, st)| st.jurisdiction.clone())
        }
        Target::Evidence(e) => sc.item(e).map(|i| i.jurisdiction.clone()),
        Target::Jurisdiction(j) => Some(j.clone()),
    };
    let place = j.map(|j| jurisdiction_name(v, s, &j)).unwrap_or_else(|| t.t("ui-unknown"));
    format!("{} · {}", place, name(v, s, target.id()))
}

/// Requests sent, newest first, with their expected answer window and status.
fn pending_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    if s.requests().is_empty() {
        section(ui, v, "ui-requests");
        ui.label(RichText::new(t.t("ui-no-requests")).color(palette::FAINT));
        return;
    }
    let waiting = s.requests().iter().filter(|r| r.status == RequestStatus::Pending).count();
    let count = crate::i18n::Msg::new("ui-requests-count")
        .arg("sent", crate::i18n::Arg::Num(s.requests().len() as i64))
        .arg("pending", crate::i18n::Arg::Num(waiting as i64));
    egui::CollapsingHeader::new(RichText::new(t.msg(&count)).strong().color(palette::GOLD))
        .id_salt("requests-sent")
        .default_open(true)
        .show(ui, |ui| requests_list_ui(ui, v, case));
    ui.add_space(4.0);
}

fn requests_list_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    for r in s.requests().iter().rev() {
        card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(name(v, s, &r.channel)).strong());
                ui.label(RichText::new("·").color(palette::DIM));
                ui.label(name(v, s, &r.service));
            });
            ui.label(RichText::new(target_label(v, case, &r.target)).color(palette::DIM));
            super::drafting::draft_summary_ui(ui, v, case, r);
            ui.horizontal_wrapped(|ui| {
                match &r.status {
                    RequestStatus::Pending => {
                        chip(ui, t.t("ui-status-pending"), palette::WARN);
                        ui.label(
                            RichText::new(format!(
                                "{} {} – {}",
                                t.t("ui-expected"),
                                v.texts.clock(r.expected.0),
                                v.texts.clock(r.expected.1)
                            ))
                            .small()
                            .color(palette::DIM),
                        );
                    }
                    RequestStatus::Granted => {
                        chip(ui, t.t("ui-status-granted"), palette::GOOD);
                    }
                    RequestStatus::Refused(why) => {
                        chip(ui, t.t("ui-status-refused"), palette::BAD);
                        ui.label(RichText::new(t.t(why)).small().color(palette::DIM));
                    }
                }
                ui.label(
                    RichText::new(format!("{} {}", t.t("ui-sent"), v.texts.clock(r.sent)))
                        .small()
                        .color(palette::FAINT),
                );
            });
        });
        ui.add_space(4.0);
    }
}
