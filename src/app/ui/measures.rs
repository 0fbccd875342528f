//! The domestic measures panel: for the account selected on the map, stop-payment, renewal,
//! freeze with its grounds and approval status, follow the money, and return funds.

use bevy_egui::egui::{self, RichText};

use super::widgets::{act_button, bi_id, card, chip, jurisdiction_name, money, section};
use super::{OpsTab, UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::scenario::{Action, Target};
use crate::sim::{HoldKind, Session};

pub fn measures_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;
    let sc = &case.scenario();
    let now = s.now();

    // The account list doubles as a picker when the map is small.
    let known: Vec<_> = s.accounts().filter(|(_, a)| a.known).collect();
    egui::ComboBox::from_id_salt("account-picker")
        .width(ui.available_width() - 8.0)
        // A long name is shortened, never widening the panel.
        .truncate()
        .selected_text(
            st.selected_account
                .as_deref()
                .and_then(|id| sc.account(id))
                .map(|a| t.t(&a.name))
                .unwrap_or_else(|| t.t("ui-pick-account")),
        )
        .show_ui(ui, |ui| {
            for (a, _) in &known {
                let j = sc.account_jurisdiction(&a.id).unwrap_or("");
                let label = format!("{} · {}", jurisdiction_name(v, s, j), t.t(&a.name));
                if ui
                    .selectable_label(st.selected_account.as_deref() == Some(&a.id), label)
                    .clicked()
                {
                    st.selected_account = Some(a.id.clone());
                }
            }
        });

    let Some(id) = st.selected_account.clone() else {
        ui.add_space(8.0);
        bi_id(ui, v, "ui-measures-hint");
        return;
    };
    let (Some(acc), Some(state)) = (sc.account(&id), s.account_state(&id)) else {
        st.selected_account = None;
        return;
    };

    ui.add_space(6.0);
    card(ui, |ui| {
        ui.label(RichText::new(t.t(&acc.name)).strong().size(17.0));
        let inst = sc.institution(&acc.institution);
        let j = sc.account_jurisdiction(&id).and_then(|j| sc.jurisdiction(j));
        ui.label(
            RichText::new(format!(
                "{} · {}",
                inst.map(|i| t.t(&i.name)).unwrap_or_default(),
                j.map(|j| t.t(&j.name)).unwrap_or_default()
            ))
            .color(palette::DIM),
        );
        ui.horizontal(|ui| {
            ui.label(RichText::new(t.t("ui-balance")).color(palette::DIM));
            ui.label(RichText::new(money(v, state.balance)).strong().color(palette::GOLD));
        });
        ui.horizontal_wrapped(|ui| {
            for h in state.active_holds(now) {
                let color = match h.kind {
                    HoldKind::Freeze | HoldKind::ForeignFreeze => palette::GOOD,
                    _ => palette::FREEZE,
                };
                chip(
                    ui,
                    format!(
                        "{} · {} {}",
                        t.t(h.kind.msg_id()),
                        t.t("ui-expires-in"),
                        v.texts.span(h.until - now)
                    ),
                    color,
                );
            }
            if state.monitored {
                chip(ui, t.t("ui-tag-monitored"), palette::INFO);
            }
            if acc.cash_out {
                chip(ui, t.t("ui-tag-cashout"), palette::BAD);
            }
            if let Some(sweep) = state.next_sweep().filter(|_| state.monitored) {
                chip(
                    ui,
                    format!("{} {}", t.t("ui-next-move"), v.texts.span(sweep - now)),
                    palette::WARN,
                );
            }
        });
    });

    // Stop-payment.
    let rules = &sc.measures;
    section(ui, v, "ui-stop-payment");
    ui.label(
        RichText::new(format!(
            "{} {} · {} {}",
            t.t("ui-lasts"),
            v.texts.span(rules.stop_payment.lasts.0),
            t.t("ui-renewals-left"),
            rules.stop_payment.renewals.saturating_sub(state.renewals_used)
        ))
        .small()
        .color(palette::DIM),
    );
    hold_row(
        ui,
        v,
        s,
        ("ui-order-stop", Action::StopPayment { account: id.clone() }),
        ("ui-renew-stop", Action::RenewStopPayment { account: id.clone() }),
        state.stop_pending.then_some("ui-tag-stop-pending"),
        out,
    );

    // Freeze with grounds.
    section(ui, v, "ui-freeze");
    ui.label(
        RichText::new(format!(
            "{} {}–{} · {} {}",
            t.t("ui-approval-takes"),
            v.texts.span(rules.freeze.approval.bounds().0),
            v.texts.span(rules.freeze.approval.bounds().1),
            t.t("ui-lasts"),
            v.texts.span(rules.freeze.lasts.0)
        ))
        .small()
        .color(palette::DIM),
    );
    for g in &rules.freeze.grounds {
        let mut on = st.freeze_grounds.contains(&g.id);
        let met = g.requires.as_ref().is_none_or(|c| s.holds(c));
        ui.horizontal_wrapped(|ui| {
            if ui.checkbox(&mut on, t.t(&g.name)).changed() {
                if on {
                    st.freeze_grounds.insert(g.id.clone());
                } else {
                    st.freeze_grounds.remove(&g.id);
                }
            }
            if g.required {
                chip(ui, t.t("ui-required"), palette::GOLD);
            }
            if met {
                chip(ui, t.t("ui-ground-met"), palette::GOOD);
            } else {
                chip(ui, t.t("ui-ground-not-met"), palette::FAINT);
            }
        });
    }
    let grounds = st.freeze_grounds.iter().cloned().collect();
    hold_row(
        ui,
        v,
        s,
        ("ui-ask-freeze", Action::Freeze { account: id.clone(), grounds }),
        ("ui-renew-freeze", Action::RenewFreeze { account: id.clone() }),
        state.freeze_pending.then_some("ui-awaiting-approval"),
        out,
    );

    // Follow the money.
    section(ui, v, "ui-follow");
    ui.label(RichText::new(t.t("ui-follow-hint")).small().color(palette::DIM));
    let monitor = Action::Monitor { account: id.clone() };
    act_button(ui, v, s, t.t("ui-start-follow"), monitor, out);

    // Return.
    section(ui, v, "ui-return");
    ui.label(
        RichText::new(format!(
            "{} {}",
            t.t("ui-return-takes"),
            v.texts.span(rules.return_funds.takes.0)
        ))
        .small()
        .color(palette::DIM),
    );
    let ret = Action::ReturnFunds { account: id.clone() };
    act_button(ui, v, s, t.t("ui-return-funds"), ret, out);

    // Abroad: point to the channels (not in an exam: that is the answer).
    if sc.account_jurisdiction(&id) != Some(sc.home.as_str()) && !v.exam() {
        ui.add_space(8.0);
        card(ui, |ui| {
            bi_id(ui, v, "ui-abroad-hint");
            if ui.button(format!("→ {}", t.t("ui-draft-request"))).clicked() {
                st.tab = OpsTab::Channels;
                st.draft.target = Some(Target::Account(id.clone()));
            }
        });
    }
}

/// A hold's row: place it, renew it, and while the placing is pending, a tag that says so.
/// Each button is `(label id, action)`.
fn hold_row(
    ui: &mut egui::Ui,
    v: &View,
    s: &Session,
    (place_id, place): (&str, Action),
    (renew_id, renew): (&str, Action),
    pending_id: Option<&str>,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    ui.horizontal_wrapped(|ui| {
        act_button(ui, v, s, t.t(place_id), place, out);
        act_button(ui, v, s, t.t(renew_id), renew, out);
        if let Some(id) = pending_id {
            chip(ui, t.t(id), palette::WARN);
        }
    });
}
