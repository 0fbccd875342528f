//! The classroom's windows: the instructor's console (F2, hidden from the class until opened),
//! the hidden truth once revealed, the class debrief, and the team PC's link banner.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align2, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use egui_plot::{Line, PlotPoints};

use super::{ActiveCase, Class, ClassIntent, Role, SimClock, Texts};
use crate::app::egui_setup::palette;
use crate::app::ui::debrief::{Mark, legend_ui, money_plot, steps};
use crate::classroom::debrief::{ClassDebrief, DivergenceKind};
use crate::classroom::{self as core, Command};
use crate::i18n::{Arg, Msg, group_digits};
use crate::sim::action_msg;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw.after(crate::app::egui_setup::Ready));
}

/// One colour per team, the same in every table and chart.
const TEAM_COLORS: [Color32; 6] =
    [palette::GOLD, palette::INFO, palette::GOOD, palette::BAD, palette::FREEZE, palette::WARN];

fn team_color(i: usize) -> Color32 {
    TEAM_COLORS[i % TEAM_COLORS.len()]
}

fn draw(
    mut contexts: EguiContexts,
    texts: Option<Res<Texts>>,
    class: Option<ResMut<Class>>,
    case: Option<Res<ActiveCase>>,
    clock: Res<SimClock>,
    mut out: MessageWriter<ClassIntent>,
) -> Result {
    let (Some(texts), Some(mut class)) = (texts, class) else { return Ok(()) };
    let ctx = contexts.ctx_mut()?.clone();
    let mut intents = Vec::new();
    banner_ui(&ctx, &texts, &class);
    if class.revealed()
        && let Some(case) = &case
    {
        reveal_ui(&ctx, &texts, case);
    }
    if class.console_open {
        console_ui(&ctx, &texts, &mut class, case.as_deref(), &clock, &mut intents);
    }
    if let Some(d) = &class.debrief {
        class_debrief_ui(&ctx, &texts, d, case.as_deref(), &mut intents);
    }
    out.write_batch(intents);
    Ok(())
}

/// Who plays at this machine, and (on a team PC) whether the host hears it. Centred at the
/// bottom: the screens keep their buttons in the bottom corners.
fn banner_ui(ctx: &egui::Context, t: &Texts, class: &Class) {
    let team = class.team_name();
    let (link, color) = match (&class.start.role, class.link, &class.refused) {
        (Role::Join { .. }, _, Some(r)) => {
            (format!("{}: {}", t.t("class-link-refused"), t.msg(r)), palette::BAD)
        }
        (Role::Join { .. }, Some(true), _) => (t.t("class-link-online"), palette::GOOD),
        (Role::Join { .. }, _, _) => (t.t("class-link-offline"), palette::WARN),
        _ => (String::new(), palette::DIM),
    };
    egui::Area::new(egui::Id::new("class-banner"))
        .anchor(Align2::CENTER_BOTTOM, [0.0, -6.0])
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(palette::PANEL.gamma_multiply(0.95))
                .stroke(egui::Stroke::new(1.0, palette::LINE))
                .corner_radius(6)
                .inner_margin(egui::Margin::symmetric(12, 4))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(t.t("class-team")).color(palette::DIM));
                        ui.label(RichText::new(team).strong().color(palette::GOLD));
                        ui.label(RichText::new("·").color(palette::FAINT));
                        ui.label(RichText::new(t.t("class-code")).color(palette::DIM));
                        ui.label(RichText::new(&class.start.code).monospace());
                        if !link.is_empty() {
                            ui.label(RichText::new("·").color(palette::FAINT));
                            ui.label(RichText::new(link).color(color));
                        }
                        if !matches!(class.start.role, Role::Join { .. }) {
                            ui.label(RichText::new("·").color(palette::FAINT));
                            ui.label(RichText::new(t.t("class-console-key")).color(palette::FAINT));
                        }
                    });
                });
        });
}

fn money(t: &Texts, case: &ActiveCase, amount: u64) -> String {
    crate::app::ui::money_in(t, &case.scenario().currency, amount)
}

/// The truth the team could not see: hidden accounts, every move through them, the tip-off.
fn reveal_ui(ctx: &egui::Context, t: &Texts, case: &ActiveCase) {
    let h = core::hidden(&case.run);
    egui::Window::new(t.t("class-reveal-title"))
        .id(egui::Id::new("class-reveal"))
        .anchor(Align2::LEFT_BOTTOM, [10.0, -40.0])
        .default_width(520.0)
        .max_width(560.0)
        .max_height(ctx.content_rect().height() * 0.6)
        .collapsible(true)
        .show(ctx, |ui| {
            let tip = match h.tipped_at {
                Some(at) => Msg::new("class-reveal-tipped").arg("at", Arg::Time(at)),
                None => Msg::new("class-reveal-not-tipped"),
            };
            ui.label(RichText::new(t.msg(&tip)).color(if h.tipped_at.is_some() {
                palette::BAD
            } else {
                palette::GOOD
            }));
            if !h.tripwires.is_empty() {
                let names: Vec<String> = h.tripwires.iter().map(|n| t.t(n)).collect();
                ui.label(
                    RichText::new(
                        t.msg(
                            &Msg::new("class-reveal-tripwires")
                                .arg("accounts", Arg::Text(names.join(", "))),
                        ),
                    )
                    .color(palette::DIM),
                );
            }
            ui.add_space(4.0);
            ui.label(RichText::new(t.t("class-reveal-accounts")).strong());
            egui::Grid::new("class-hidden-accounts").striped(true).show(ui, |ui| {
                for a in &h.accounts {
                    ui.label(t.t(&a.name));
                    ui.label(money(t, case, a.balance));
                    let (id, c) = if a.found {
                        ("class-reveal-found", palette::GOOD)
                    } else {
                        ("class-reveal-unseen", palette::WARN)
                    };
                    ui.label(RichText::new(t.t(id)).color(c));
                    ui.end_row();
                }
            });
            ui.add_space(4.0);
            ui.label(RichText::new(t.t("class-reveal-flows")).strong());
            egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                for f in h.flows.iter().rev() {
                    let to =
                        f.to.as_ref()
                            .map(|n| t.t(n))
                            .unwrap_or_else(|| t.t("class-reveal-cashed-out"));
                    ui.add(
                        egui::Label::new(format!(
                            "{}  {} → {}  {}",
                            t.clock(f.at),
                            t.t(&f.from),
                            to,
                            money(t, case, f.amount)
                        ))
                        .wrap(),
                    );
                }
            });
        });
}

fn console_ui(
    ctx: &egui::Context,
    t: &Texts,
    class: &mut Class,
    case: Option<&ActiveCase>,
    clock: &SimClock,
    out: &mut Vec<ClassIntent>,
) {
    egui::Window::new(t.t("class-console-title"))
        .id(egui::Id::new("class-console"))
        .anchor(Align2::RIGHT_TOP, [-10.0, 50.0])
        .default_width(420.0)
        .max_width(460.0)
        .max_height(ctx.content_rect().height() * 0.85)
        .resizable(true)
        .show(ctx, |ui| console_body_ui(ui, t, class, case, clock, out));
}

/// The console's content. It sits in the projected window, so it opens in a "the class can
/// see this" state: what the teams must not see yet (the optional events to come, the live
/// scores) stays hidden until the instructor says the class cannot see the screen. The class
/// debrief is the first button, never below the fold.
pub fn console_body_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    class: &mut Class,
    case: Option<&ActiveCase>,
    clock: &SimClock,
    out: &mut Vec<ClassIntent>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(RichText::new(t.t("class-open-debrief")).strong()).clicked() {
            out.push(ClassIntent::OpenDebrief);
        }
    });
    private_switch_ui(ui, t, class);
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        if let Some(e) = &class.error {
            ui.label(RichText::new(e).color(palette::BAD));
        }
        // Teams at this machine.
        if matches!(class.start.role, Role::Presenter) && class.start.teams.len() > 1 {
            ui.label(RichText::new(t.t("class-console-teams")).strong());
            let active = class.active();
            ui.horizontal_wrapped(|ui| {
                for (i, name) in class.start.teams.iter().enumerate() {
                    let on = i == active;
                    if ui.selectable_label(on, RichText::new(name).color(team_color(i))).clicked()
                        && !on
                    {
                        out.push(ClassIntent::SwitchTeam(i));
                    }
                }
            });
            ui.separator();
        }
        ui.label(RichText::new(t.t("class-console-clock")).strong());
        if let Some(c) = case {
            ui.label(format!("{}  {}×", t.clock(c.run.now()), clock.speed()));
        }
        ui.horizontal_wrapped(|ui| {
            if clock.paused {
                if ui.button(t.t("class-resume")).clicked() {
                    out.push(ClassIntent::Console(Command::Resume));
                }
            } else if ui.button(t.t("class-pause")).clicked() {
                out.push(ClassIntent::Console(Command::Pause));
            }
            if ui.button(t.t("class-next-inject")).clicked() {
                out.push(ClassIntent::Console(Command::NextInject));
            }
        });
        ui.horizontal_wrapped(|ui| {
            for s in core::SPEEDS {
                if ui.selectable_label(clock.speed() == s, format!("{s}×")).clicked() {
                    out.push(ClassIntent::Console(Command::SetSpeed(s)));
                }
            }
        });
        ui.separator();
        ui.label(RichText::new(t.t("class-console-injects")).strong());
        if let Some(c) = case {
            let fireable = core::fireable_injects(&c.run);
            if fireable.is_empty() {
                ui.label(RichText::new(t.t("class-no-injects")).color(palette::DIM));
            } else if !class.console_private {
                let n = Msg::new("class-console-injects-hidden")
                    .arg("count", Arg::Num(fireable.len() as i64));
                ui.label(RichText::new(t.msg(&n)).color(palette::DIM));
            }
            for inj in fireable.into_iter().filter(|_| class.console_private) {
                ui.horizontal(|ui| {
                    if ui.button(t.t("class-fire")).clicked() {
                        out.push(ClassIntent::Console(Command::FireInject(inj.id.clone())));
                    }
                    ui.add(
                        egui::Label::new(RichText::new(t.t(&inj.text)).color(palette::DIM))
                            .truncate(),
                    )
                    .on_hover_text(t.t(&inj.text));
                });
            }
        }
        ui.separator();
        let revealed = class.revealed();
        let reveal_id = if revealed { "class-hide" } else { "class-reveal" };
        // Revealing puts the hidden truth on the projector: asked twice.
        if revealed || !class.reveal_confirm {
            if ui.button(t.t(reveal_id)).clicked() {
                if revealed {
                    out.push(ClassIntent::Console(Command::Reveal(false)));
                } else {
                    class.reveal_confirm = true;
                }
            }
        } else {
            ui.label(RichText::new(t.t("ui-class-reveal-confirm")).color(palette::WARN));
            ui.horizontal_wrapped(|ui| {
                if ui.button(t.t("ui-class-reveal-yes")).clicked() {
                    class.reveal_confirm = false;
                    out.push(ClassIntent::Console(Command::Reveal(true)));
                }
                if ui.button(t.t("ui-class-reveal-no")).clicked() {
                    class.reveal_confirm = false;
                }
            });
        }
        ui.separator();
        ui.label(RichText::new(t.t("class-console-notes")).strong());
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut class.note_draft)
                    .hint_text(t.t("class-note-hint"))
                    .desired_width(260.0),
            );
            if ui.button(t.t("class-pin-note")).clicked() {
                out.push(ClassIntent::PinNote);
            }
        });
        for n in class.notes() {
            ui.label(
                RichText::new(format!(
                    "{}  {}  {}",
                    t.clock(n.at),
                    n.team.as_deref().unwrap_or(""),
                    n.text
                ))
                .color(palette::DIM),
            );
        }
        if let Some(h) = &class.host {
            ui.separator();
            ui.label(
                RichText::new(t.msg(
                    &Msg::new("class-lan-hosting").arg("addr", Arg::Text(h.addr().to_string())),
                ))
                .strong(),
            );
            egui::Grid::new("class-live").striped(true).show(ui, |ui| {
                for id in [
                    "class-col-team",
                    "class-col-link",
                    "class-col-clock",
                    "class-col-returned",
                    "class-col-secured",
                    "class-col-score",
                ] {
                    ui.label(RichText::new(t.t(id)).color(palette::DIM));
                }
                ui.end_row();
                for (i, tv) in h.teams().iter().enumerate() {
                    ui.label(RichText::new(&tv.name).color(team_color(i)));
                    let (lid, lc) = if tv.connected {
                        ("class-link-online", palette::GOOD)
                    } else {
                        ("class-link-offline", palette::WARN)
                    };
                    ui.label(RichText::new(t.t(lid)).color(lc));
                    let s = tv.status.clone().unwrap_or_default();
                    ui.label(t.clock(s.now));
                    ui.label(group_digits(s.returned));
                    ui.label(group_digits(s.secured));
                    let score = s.score.or(tv.projected).filter(|_| class.console_private);
                    ui.label(score.map(|x| format!("{x:.1}")).unwrap_or_else(|| "—".into()));
                    ui.end_row();
                }
            });
        }
    });
}

/// "Console open" and the switch that shows or hides what the class must not see.
fn private_switch_ui(ui: &mut egui::Ui, t: &Texts, class: &mut Class) {
    let frame = egui::Frame::new()
        .fill(palette::WARN.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.0, palette::WARN))
        .corner_radius(6)
        .inner_margin(egui::Margin::symmetric(8, 6));
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        if class.console_private {
            ui.label(RichText::new(t.t("class-console-private")).color(palette::WARN));
            if ui.button(t.t("class-console-hide-hidden")).clicked() {
                class.console_private = false;
            }
        } else if class.private_confirm {
            ui.label(RichText::new(t.t("class-console-show-confirm")).color(palette::WARN));
            ui.horizontal_wrapped(|ui| {
                if ui.button(t.t("class-console-show-yes")).clicked() {
                    class.console_private = true;
                    class.private_confirm = false;
                }
                if ui.button(t.t("ui-class-reveal-no")).clicked() {
                    class.private_confirm = false;
                }
            });
        } else {
            ui.label(RichText::new(t.t("class-console-open-banner")).strong().color(palette::WARN));
            if ui.button(t.t("class-console-show-hidden")).clicked() {
                class.private_confirm = true;
            }
        }
    });
}

fn class_debrief_ui(
    ctx: &egui::Context,
    t: &Texts,
    d: &Result<ClassDebrief, String>,
    case: Option<&ActiveCase>,
    out: &mut Vec<ClassIntent>,
) {
    let screen = ctx.content_rect();
    let rect = screen.shrink2(egui::vec2(screen.width() * 0.03, screen.height() * 0.08));
    let mut open = true;
    egui::Window::new(t.t("class-debrief-title"))
        .id(egui::Id::new("class-debrief"))
        .open(&mut open)
        .fixed_rect(rect)
        .collapsible(false)
        .show(ctx, |ui| match d {
            Err(e) => {
                ui.label(RichText::new(e).color(palette::BAD));
            }
            Ok(d) => {
                egui::ScrollArea::vertical().show(ui, |ui| class_debrief_body(ui, t, d, case));
            }
        });
    if !open {
        out.push(ClassIntent::CloseDebrief);
    }
}

fn class_debrief_body(ui: &mut egui::Ui, t: &Texts, d: &ClassDebrief, case: Option<&ActiveCase>) {
    // Where the teams' decisions differed.
    ui.label(RichText::new(t.t("class-debrief-divergences")).strong().size(18.0));
    if d.divergences.is_empty() {
        ui.label(RichText::new(t.t("class-debrief-no-divergence")).color(palette::DIM));
    }
    let sc = case.map(|c| c.scenario().clone());
    egui::Grid::new("class-divergences")
        .striped(true)
        .min_col_width(80.0)
        .max_col_width(300.0)
        .show(ui, |ui| {
            ui.label(RichText::new(t.t("class-col-when")).color(palette::DIM));
            ui.label(RichText::new(t.t("class-col-decision")).color(palette::DIM));
            for (i, team) in d.teams.iter().enumerate() {
                ui.label(RichText::new(&team.name).strong().color(team_color(i)));
            }
            ui.end_row();
            for x in &d.divergences {
                ui.label(t.clock(x.at));
                let kind = match x.kind {
                    DivergenceKind::Taken => "class-div-taken",
                    DivergenceKind::Choice => "class-div-choice",
                    DivergenceKind::Timing => "class-div-timing",
                };
                let first = x.takes.iter().flatten().next();
                let what = match (&sc, first) {
                    (Some(sc), Some(take)) => t.msg(&action_msg(sc, &take.action)),
                    _ => x.decision.subject.clone(),
                };
                ui.vertical(|ui| {
                    ui.set_min_width(260.0);
                    ui.label(what);
                    ui.label(RichText::new(t.t(kind)).small().color(palette::WARN));
                });
                for take in &x.takes {
                    match (take, &sc) {
                        (Some(tk), Some(sc)) => {
                            let detail = if x.kind == DivergenceKind::Choice {
                                format!(
                                    "{}\n{}",
                                    t.clock(tk.at),
                                    t.msg(&action_msg(sc, &tk.action))
                                )
                            } else {
                                t.clock(tk.at)
                            };
                            ui.label(detail);
                        }
                        (Some(tk), None) => {
                            ui.label(t.clock(tk.at));
                        }
                        (None, _) => {
                            ui.label(RichText::new(t.t("class-not-taken")).color(palette::BAD));
                        }
                    }
                }
                ui.end_row();
            }
        });
    ui.add_space(10.0);
    // Scores per criterion, side by side.
    ui.label(RichText::new(t.t("class-debrief-scores")).strong().size(18.0));
    egui::Grid::new("class-scores").striped(true).min_col_width(90.0).show(ui, |ui| {
        ui.label("");
        for (i, team) in d.teams.iter().enumerate() {
            ui.label(RichText::new(&team.name).strong().color(team_color(i)));
        }
        ui.end_row();
        if let Some(first) = d.teams.first() {
            for (ci, c) in first.outcome.criteria.iter().enumerate() {
                ui.label(t.t(&c.name));
                let best = d
                    .teams
                    .iter()
                    .filter_map(|x| x.outcome.criteria.get(ci).map(|c| c.points))
                    .fold(f64::MIN, f64::max);
                for team in &d.teams {
                    let p = team.outcome.criteria.get(ci).map(|c| c.points).unwrap_or(0.0);
                    let txt = RichText::new(format!("{p:.1} / {:.0}", c.max_points));
                    ui.label(if (p - best).abs() < 1e-9 && best > 0.0 {
                        txt.color(palette::GOOD)
                    } else {
                        txt
                    });
                }
                ui.end_row();
            }
        }
        ui.label(RichText::new(t.t("class-debrief-total")).strong());
        for team in &d.teams {
            ui.label(
                RichText::new(format!(
                    "{:.1}  {}",
                    team.outcome.score,
                    t.t(&team.outcome.grade_name)
                ))
                .strong(),
            );
        }
        ui.end_row();
    });
    ui.add_space(10.0);

    // Money still recoverable over time, one line per team.
    ui.label(RichText::new(t.t("class-debrief-chart")).strong().size(18.0));
    let end = d
        .teams
        .iter()
        .filter_map(|x| x.recoverable.last().map(|p| p.0))
        .max()
        .unwrap_or(3600)
        .max(3600);
    let paid = d.teams.iter().map(|x| x.paid).max().unwrap_or(0) as f64;
    money_plot("class-recoverable", 260.0, end, paid, t.t("ui-chart-time"), t)
        .y_axis_formatter(|m, _| group_digits(m.value.max(0.0) as u64))
        .show(ui, |plot| {
            for (i, team) in d.teams.iter().enumerate() {
                let pts = steps(&team.recoverable, end);
                plot.line(
                    Line::new(team.name.clone(), PlotPoints::from(pts))
                        .color(team_color(i))
                        .width(2.0),
                );
            }
        });
    let key: Vec<_> = (d.teams.iter().enumerate())
        .map(|(i, team)| (Mark::Solid, team_color(i), team.name.clone()))
        .collect();
    legend_ui(ui, &key);
    ui.add_space(10.0);

    if !d.notes.is_empty() {
        ui.add_space(10.0);
        ui.label(RichText::new(t.t("class-debrief-notes")).strong().size(18.0));
        for n in &d.notes {
            ui.label(format!("{}  {}  {}", t.clock(n.at), n.team.as_deref().unwrap_or(""), n.text));
        }
    }
}
