//! The event feed: what the police see happen, newest first, with injects highlighted.

use bevy_egui::egui::{self, RichText};

use super::View;
use super::widgets::{event_color, visible_event};
use crate::app::ActiveCase;
use crate::app::egui_setup::palette;
use crate::sim::EventKind;

/// How many recent events the feed lists (the full log is in the record).
const SHOWN: usize = 300;

pub fn feed_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase) {
    let t = v.texts;
    let s = &case.run;
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.t("ui-feed")).strong().color(palette::GOLD));
        ui.label(RichText::new(t.t("ui-feed-hint")).small().color(palette::FAINT));
    });
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let mut shown = 0;
        for ev in s.events().iter().rev() {
            let Some(msg) = visible_event(s, ev) else { continue };
            shown += 1;
            if shown > SHOWN {
                break;
            }
            let inject = matches!(ev.kind, EventKind::Inject { .. });
            // A message in a foreign language reads in that language until translated.
            let foreign = match &ev.kind {
                EventKind::Inject { inject } => {
                    s.untranslated(inject).filter(|l| *l != t.lang.as_str())
                }
                _ => None,
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(v.texts.clock(ev.at)).monospace().small().color(palette::FAINT),
                );
                ui.label(RichText::new("●").small().color(event_color(&ev.kind)));
                let text = match foreign {
                    Some(lang) => RichText::new(t.msg_in(lang, &msg)),
                    None => RichText::new(t.msg(&msg)),
                };
                let text = if inject { text.strong().color(palette::GOLD) } else { text };
                ui.vertical(|ui| {
                    ui.label(text);
                    if foreign.is_none()
                        && let Some(second) = t.msg_second(&msg)
                    {
                        ui.label(RichText::new(second).small().italics().color(palette::DIM));
                    }
                });
            });
        }
        if shown == 0 {
            ui.label(RichText::new(t.t("ui-feed-empty")).color(palette::FAINT));
        }
    });
}
