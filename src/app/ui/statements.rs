//! The analysis panel: query an account's statement, read its lines and link the next account
//! (the fund-flow chart grows from what the trainee links), and the case's tasks (victim care).

use bevy_egui::egui::{self, RichText};

use super::widgets::{act_button, bi_id, card, chip, money, name, section};
use super::{UiState, View};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent};
use crate::scenario::Action;
use crate::sim::Session;

/// Whether the case has statements to read.
pub fn has_analysis(s: &Session) -> bool {
    s.scenario().analysis.is_some()
}

/// Whether the case has tasks.
pub fn has_tasks(s: &Session) -> bool {
    !s.scenario().tasks.is_empty()
}

/// What a statement shows of an account: its number, else its name.
fn number(v: &View, s: &Session, id: &str) -> String {
    match s.scenario().account(id).and_then(|a| a.number.clone()) {
        Some(n) => n,
        None => name(v, s, id),
    }
}

pub fn analysis_ui(
    ui: &mut egui::Ui,
    v: &View,
    case: &ActiveCase,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    let s = &case.run;
    let sc = case.scenario();
    section(ui, v, "ui-analysis");
    bi_id(ui, v, "ui-analysis-hint");
    // The analyst's queue: when the next link can start.
    let free = s.analyst_free();
    if free > s.now() {
        ui.label(
            RichText::new(format!("{} {}", t.t("ui-analyst-busy"), t.clock(free)))
                .small()
                .color(palette::WARN),
        );
    }

    // Query: every known account, the selected one first.
    ui.label(RichText::new(t.t("ui-query")).color(palette::DIM));
    let mut known: Vec<&str> =
        s.accounts().filter(|(_, a)| a.known).map(|(a, _)| a.id.as_str()).collect();
    if let Some(sel) = st.selected_account.as_deref()
        && let Some(i) = known.iter().position(|a| *a == sel)
    {
        let a = known.remove(i);
        known.insert(0, a);
    }
    for id in known {
        let action = Action::Query { account: id.to_string() };
        if s.check(&action).is_err() && s.statement_of(id).is_none() {
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            let pending = s.account_state(id).is_some_and(|a| a.query_pending);
            act_button(ui, v, s, format!("🔎 {}", name(v, s, id)), action, out);
            if pending {
                chip(ui, t.t("ui-status-pending"), palette::WARN);
            } else if s.statement_of(id).is_some() {
                let on = st.statement.as_deref() == Some(id);
                if ui.selectable_label(on, t.t("ui-read-statement")).clicked() {
                    st.statement = Some(id.to_string());
                }
            }
        });
    }

    // The statement being read.
    let shown = st.statement.clone().or_else(|| s.statements().last().map(|x| x.account.clone()));
    if let Some(acc) = shown
        && let Some(stmt) = s.statement_of(&acc)
    {
        section(ui, v, "ui-stmt-title");
        ui.label(
            RichText::new(format!(
                "{} · {} · {}",
                name(v, s, &acc),
                number(v, s, &acc),
                t.clock(stmt.at)
            ))
            .strong(),
        );
        if stmt.lines.is_empty() {
            ui.label(RichText::new(t.t("ui-statement-empty")).color(palette::FAINT));
        }
        for (k, line) in stmt.lines.iter().enumerate() {
            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(t.clock(line.at)).monospace().small().color(palette::DIM),
                    );
                    let (arrow, color) =
                        if line.incoming { ("↓", palette::GOOD) } else { ("↑", palette::WARN) };
                    ui.label(RichText::new(arrow).strong().color(color));
                    ui.label(RichText::new(money(v, line.amount)).strong());
                    let other = number(v, s, &line.counterparty);
                    let known = s.account_state(&line.counterparty).is_some_and(|a| a.known);
                    let shown = if known {
                        format!("{other} · {}", name(v, s, &line.counterparty))
                    } else {
                        other
                    };
                    ui.label(RichText::new(shown).monospace());
                });
                if let Some(d) = &line.device {
                    ui.label(RichText::new(format!("↳ {}", t.t(d))).small().color(palette::DIM));
                }
                let link = Action::Link { from: acc.clone(), to: line.counterparty.clone() };
                let traced = s.account_state(&line.counterparty).is_some_and(|a| a.traced);
                if s.link_pending(&acc, &line.counterparty) {
                    chip(ui, t.t("ui-link-checking"), palette::WARN);
                } else if traced {
                    chip(ui, t.t("ui-linked"), palette::GOOD);
                } else if line.counterparty != sc.victim.account {
                    ui.push_id(k, |ui| {
                        act_button(ui, v, s, format!("🔗 {}", t.t("ui-link")), link, out);
                    });
                }
            });
            ui.add_space(2.0);
        }
    }
}

/// The case's tasks: victim care and other work that is neither a measure nor a request.
pub fn tasks_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    section(ui, v, "ui-tasks");
    for task in &case.scenario().tasks {
        let state = s.task_state(&task.id);
        card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                match state {
                    Some(x) if x.done => {
                        chip(ui, t.t("ui-task-done"), palette::GOOD);
                        ui.label(t.t(&task.name));
                    }
                    Some(x) if x.started.is_some() => {
                        chip(ui, t.t("ui-task-under-way"), palette::WARN);
                        ui.label(t.t(&task.name));
                    }
                    _ => {
                        let action = Action::Task { task: task.id.clone() };
                        act_button(ui, v, s, t.t(&task.name), action, out);
                    }
                }
                if task.takes.0 > 0 {
                    ui.label(RichText::new(t.span(task.takes.0)).small().color(palette::DIM));
                }
            });
        });
        ui.add_space(2.0);
    }
}
