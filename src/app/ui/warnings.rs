//! Warnings before time runs out: a hold or freeze that lapses within 12 hours, a decision
//! whose deadline is within 10 minutes. Shown under the clock, worst first.

use bevy_egui::egui::{self, RichText};

use super::View;
use crate::app::case::is_message;
use crate::app::egui_setup::palette;
use crate::i18n::{Arg, Msg};
use crate::sim::Session;
use crate::time::Secs;

/// How long before a hold lapses it is announced.
pub const HOLD_WARNING: Secs = 12 * 3600;
/// How long before a decision's deadline it is announced.
pub const DECISION_WARNING: Secs = 10 * 60;

/// The warnings due now, soonest first: (time left, the message).
pub fn warnings(s: &Session) -> Vec<(Secs, Msg)> {
    let now = s.now();
    let mut out = Vec::new();
    for (acc, st) in s.accounts().filter(|(_, st)| st.known) {
        if st.active_holds(now).next().is_none() {
            continue;
        }
        // The money is free again when the last hold ends (a renewal starts where the last
        // one ends; a freeze in force outlasts the stop-payment before it): warn of that one.
        let Some(last) = st.holds.iter().filter(|h| h.until > now).max_by_key(|h| h.until) else {
            continue;
        };
        let left = last.until - now;
        if left <= HOLD_WARNING {
            out.push((
                left,
                Msg::new("ui-warn-hold")
                    .arg("hold", Arg::Ref(last.kind.msg_id().to_string()))
                    .arg("account", Arg::Ref(acc.name.clone()))
                    .arg("left", Arg::Span(left)),
            ));
        }
    }
    for inj in s.awaiting_choice() {
        if is_message(inj) {
            continue;
        }
        let (Some(d), Some(fired)) = (&inj.deadline, s.inject_state(&inj.id).and_then(|x| x.fired))
        else {
            continue;
        };
        let left = (fired + d.0 - now).max(0);
        if left <= DECISION_WARNING {
            let from = inj.from.clone().unwrap_or_else(|| "ui-decision".to_string());
            out.push((
                left,
                Msg::new("ui-warn-decision")
                    .arg("left", Arg::Span(left))
                    .arg("from", Arg::Ref(from)),
            ));
        }
    }
    out.sort_by_key(|(left, _)| *left);
    out
}

/// The warnings as a row of their own (nothing is drawn when none is due).
pub fn warnings_ui(ui: &mut egui::Ui, v: &View, s: &Session) {
    let due = warnings(s);
    if due.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for (_, m) in due {
            let text = RichText::new(format!("⚠ {}", v.texts.msg(&m))).color(palette::WARN);
            ui.label(text);
            ui.add_space(10.0);
        }
    });
}
