//! Debug builds only: `GOLDENHOUR_DEMO=operations|trial|debrief` with `--scenario PATH` plays the
//! case's expert line (or `GOLDENHOUR_DEMO_LINE`) up to that screen, so screenshots of every
//! screen can be taken unattended.
//! `GOLDENHOUR_DEMO=actions` plays it the way a trainee would instead: one action at a time
//! through the app's own action path (each one writes the record), `GOLDENHOUR_DEMO_PACE_MS`
//! (default 300) apart, for the crash test.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::winit::WinitSettings;

use super::{ActiveCase, Intent, Screen, Step};

pub(super) fn plugin(app: &mut App) {
    match std::env::var("GOLDENHOUR_DEMO").as_deref() {
        Ok("actions") => {
            let pace = std::env::var("GOLDENHOUR_DEMO_PACE_MS")
                .ok()
                .and_then(|p| p.parse().ok())
                .unwrap_or(300);
            app.insert_resource(Paced { pace: Duration::from_millis(pace), next: 0, last: None })
                .add_systems(Update, paced.in_set(Step::Follow));
        }
        Ok(to) => {
            app.insert_resource(Demo(to.to_string()))
                .add_systems(Update, demo.in_set(Step::Follow));
        }
        Err(_) => {}
    }
}

#[derive(Resource)]
struct Paced {
    pace: Duration,
    /// Index of the next action of the expert line.
    next: usize,
    last: Option<Instant>,
}

/// One expert action per `pace`: the clock is run to its time, then it is sent as the trainee's
/// intent. The window redraws continuously so the pace holds without input.
fn paced(
    mut paced: ResMut<Paced>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut intents: MessageWriter<Intent>,
    winit: Option<ResMut<WinitSettings>>,
) {
    if let Some(mut w) = winit
        && paced.last.is_none()
    {
        *w = WinitSettings::continuous();
    }
    let Some(mut case) = case else { return };
    if *screen.get() == Screen::Briefing {
        next.set(Screen::Operations);
        return;
    }
    if paced.last.is_some_and(|t| t.elapsed() < paced.pace) {
        return;
    }
    let line = case.scenario().lines.get(&demo_line()).cloned().unwrap_or_default();
    let Some(a) = line.get(paced.next) else { return };
    paced.next += 1;
    paced.last = Some(Instant::now());
    case.run.advance_to(a.at.0);
    intents.write(Intent::Act(a.act.clone()));
}

#[derive(Resource)]
struct Demo(String);

fn demo(
    demo: Res<Demo>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut done: Local<bool>,
    mut ui: ResMut<super::ui::UiState>,
) {
    let Some(mut case) = case else { return };
    if *done || *screen.get() != Screen::Briefing {
        return;
    }
    *done = true;
    let line = case.scenario().lines.get(&demo_line()).cloned().unwrap_or_default();
    let opens = case.scenario().trial.opens.0;
    let (limit, to) = match demo.0.as_str() {
        "trial" => (opens - 1, Screen::Trial),
        "debrief" => (i64::MAX, Screen::Debrief),
        // `GOLDENHOUR_DEMO_AT`: the operations screen at this many minutes (default 90).
        _ => (env_minutes("GOLDENHOUR_DEMO_AT").unwrap_or(90) * 60, Screen::Operations),
    };
    // `GOLDENHOUR_DEMO_TAB` (measures, analysis, channels, evidence, tasks) and
    // `GOLDENHOUR_DEMO_REQUEST=channel/service`: the side panel as a screenshot needs it.
    use super::ui::OpsTab;
    ui.tab = match std::env::var("GOLDENHOUR_DEMO_TAB").as_deref() {
        Ok("analysis") => OpsTab::Analysis,
        Ok("channels") => OpsTab::Channels,
        Ok("evidence") => OpsTab::Evidence,
        Ok("tasks") => OpsTab::Tasks,
        _ => OpsTab::Measures,
    };
    if let Ok(req) = std::env::var("GOLDENHOUR_DEMO_REQUEST")
        && let Some((ch, sv)) = req.split_once('/')
    {
        ui.tab = OpsTab::Channels;
        ui.draft.channel = Some(ch.to_string());
        ui.draft.service = Some(sv.to_string());
    }
    for a in line.iter().filter(|a| a.at.0 <= limit) {
        let at = a.at.0.max(case.run.now());
        let _ = case.run.act(at, &a.act, None);
    }
    match to {
        Screen::Operations => case.run.advance_to(limit),
        Screen::Trial => case.run.advance_to(opens),
        _ => {
            case.run.finish();
            case.expert();
        }
    }
    next.set(to);
}

/// The reference line the demo plays: `GOLDENHOUR_DEMO_LINE` (`passive`, `reckless`…), else
/// `expert`.
fn demo_line() -> String {
    std::env::var("GOLDENHOUR_DEMO_LINE").unwrap_or_else(|_| "expert".to_string())
}

fn env_minutes(var: &str) -> Option<i64> {
    std::env::var(var).ok()?.parse().ok()
}
