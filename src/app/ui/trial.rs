//! The trial: the defence's challenges, the trainee's answer per item (explain, supplement,
//! withdraw), then the court's ruling and reason for each, and the verdict.

use bevy_egui::egui::{self, RichText};

use super::View;
use super::evidence::kind_label;
use super::widgets::{
    act_button, bi, bi_id, bottom_bar, bullet, card, chip, go_button, heading, page, section,
};
use crate::app::egui_setup::palette;
use crate::app::{ActiveCase, Intent, Screen};
use crate::scenario::{Action, Answer};

pub fn trial_ui(ui: &mut egui::Ui, v: &View, case: &ActiveCase, out: &mut Vec<Intent>) {
    let t = v.texts;
    let s = &case.run;
    let sc = &case.scenario();
    let trial = s.trial();

    bottom_bar(ui, "trial-actions", |ui| {
        ui.horizontal(|ui| {
            if ui.button(t.t("ui-case-file")).clicked() {
                out.push(Intent::Go(Screen::Briefing));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let (label, intent) = if trial.decided || s.is_over() {
                    ("ui-go-debrief", Intent::Go(Screen::Debrief))
                } else {
                    ("ui-hear-ruling", Intent::HearRuling)
                };
                if go_button(ui, t.t(label), 220.0) {
                    out.push(intent);
                }
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        t.t("ui-verdict-at"),
                        v.texts.clock(sc.trial.verdict.0)
                    ))
                    .color(palette::DIM),
                );
            });
        });
    });

    page(ui, 960.0, |ui| {
        heading(ui, v, "ui-trial-title");
        bi_id(ui, v, if trial.decided { "ui-trial-decided-hint" } else { "ui-trial-hint" });

        if trial.decided {
            ui.add_space(8.0);
            card(ui, |ui| {
                let (id, color) = if trial.convicted {
                    ("ui-verdict-convicted", palette::GOOD)
                } else {
                    ("ui-verdict-not-convicted", palette::BAD)
                };
                bi(ui, RichText::new(t.t(id)).size(20.0).strong().color(color), t.t_second(id));
                for link in &trial.missing_links {
                    let name = sc.trial.proof.iter().find(|p| &p.id == link).map(|p| t.t(&p.name));
                    ui.label(
                        RichText::new(format!(
                            "✖ {} {}",
                            t.t("ui-missing-link"),
                            name.unwrap_or_default()
                        ))
                        .color(palette::WARN),
                    );
                }
            });
        }

        section(ui, v, "ui-challenges");
        let challenged: Vec<_> = s.evidence().filter(|(_, st)| !st.challenges.is_empty()).collect();
        if challenged.is_empty() {
            ui.label(RichText::new(t.t("ui-no-challenges")).color(palette::DIM));
        }
        for (item, st) in challenged {
            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(t.t(&item.name)).strong().size(16.5));
                    chip(ui, kind_label(v, item.kind), palette::DIM);
                });
                for rule_id in &st.challenges {
                    if let Some(rule) = sc.trial.rules.iter().find(|r| &r.id == rule_id) {
                        bullet(ui, v, "⚠", palette::BAD, &rule.challenge);
                        let cures: Vec<String> =
                            rule.cured_by.iter().map(|a| t.t(a.msg_id())).collect();
                        ui.label(
                            RichText::new(format!("{} {}", t.t("ui-cured-by"), cures.join(" / ")))
                                .small()
                                .color(palette::FAINT),
                        );
                    }
                }
                // The item's provenance beside the challenge: the map and the evidence locker
                // are not on this screen.
                if st.provenance.is_some() {
                    egui::CollapsingHeader::new(
                        RichText::new(t.t("ui-trial-provenance")).color(palette::GOLD),
                    )
                    .id_salt(("trial-prov", &item.id))
                    .default_open(true)
                    .show(ui, |ui| super::evidence::provenance_ui(ui, v, s, item, st));
                }
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(t.t("ui-your-answer")).color(palette::DIM));
                    for &a in Answer::ALL {
                        let chosen = st.answer == Some(a);
                        let action = Action::Answer { item: item.id.clone(), answer: a };
                        let label = if chosen {
                            format!("✔ {}", t.t(a.msg_id()))
                        } else {
                            t.t(a.msg_id())
                        };
                        act_button(ui, v, s, label, action, out);
                    }
                });
                if let Some(r) = &st.ruling {
                    ui.separator();
                    let (id, color) = if r.withdrawn {
                        ("ui-ruling-withdrawn", palette::DIM)
                    } else if r.admitted {
                        ("ui-ruling-admitted", palette::GOOD)
                    } else {
                        ("ui-ruling-excluded", palette::BAD)
                    };
                    ui.label(RichText::new(format!("⚖ {}", t.t(id))).strong().color(color));
                    if let Some(rule) =
                        r.rule.as_ref().and_then(|x| sc.trial.rules.iter().find(|y| &y.id == x))
                    {
                        bi_id(ui, v, &rule.reason);
                        if let Some(src) = sc.source(&rule.source) {
                            ui.label(
                                RichText::new(format!("§ {}", src.shown(|id| t.t(id))))
                                    .small()
                                    .color(palette::FAINT),
                            );
                        }
                    }
                }
            });
            ui.add_space(6.0);
        }

        section(ui, v, "ui-proof-chain");
        for link in &sc.trial.proof {
            let missing = trial.decided && trial.missing_links.contains(&link.id);
            let admitted = link.any_of.iter().any(|i| {
                s.evidence()
                    .any(|(e, st)| &e.id == i && st.ruling.as_ref().is_some_and(|r| r.admitted))
            });
            let held =
                link.any_of.iter().any(|i| s.evidence().any(|(e, st)| &e.id == i && st.held()));
            let (mark, color) = if admitted {
                ("✔", palette::GOOD)
            } else if missing {
                ("✖", palette::BAD)
            } else if held {
                ("○", palette::GOLD)
            } else {
                ("✖", palette::WARN)
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(mark).color(color));
                ui.label(t.t(&link.name));
            });
        }
        section(ui, v, "ui-accused");
        let mut any = false;
        for (sus, st) in s.suspects() {
            any = true;
            ui.horizontal_wrapped(|ui| {
                ui.label(t.t(&sus.name));
                if st.in_custody {
                    chip(ui, t.t("ui-in-custody"), palette::GOOD);
                } else if st.arrested {
                    chip(ui, t.t("ui-arrested-abroad"), palette::WARN);
                } else if st.identified {
                    chip(ui, t.t("ui-identified"), palette::INFO);
                } else {
                    chip(ui, t.t("ui-unidentified"), palette::FAINT);
                }
            });
        }
        if !any {
            ui.label(RichText::new(t.t("ui-none")).color(palette::DIM));
        }
    });
}
