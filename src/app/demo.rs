//! Debug builds only: `GOLDENHOUR_DEMO=operations|trial|debrief` with `--scenario PATH` plays the
//! case's expert line up to that screen, so screenshots of every screen can be taken unattended.

use bevy::prelude::*;

use super::{ActiveCase, Screen, Step};

pub(super) fn plugin(app: &mut App) {
    if let Ok(to) = std::env::var("GOLDENHOUR_DEMO") {
        app.insert_resource(Demo(to)).add_systems(Update, demo.in_set(Step::Follow));
    }
}

#[derive(Resource)]
struct Demo(String);

fn demo(
    demo: Res<Demo>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut done: Local<bool>,
) {
    let Some(mut case) = case else { return };
    if *done || *screen.get() != Screen::Briefing {
        return;
    }
    *done = true;
    let line = case.scenario.lines.get("expert").cloned().unwrap_or_default();
    let opens = case.scenario.trial.opens.0;
    let (limit, to) = match demo.0.as_str() {
        "trial" => (opens - 1, Screen::Trial),
        "debrief" => (i64::MAX, Screen::Debrief),
        _ => (90 * 60, Screen::Operations),
    };
    for a in line.iter().filter(|a| a.at.0 <= limit) {
        let at = a.at.0.max(case.session.now());
        if case.session.apply(at, &a.act).is_ok() {
            case.wall.push(None);
        }
    }
    match to {
        Screen::Operations => case.session.advance_to(limit),
        Screen::Trial => case.session.advance_to(opens),
        _ => {
            case.session.finish();
            case.expert();
        }
    }
    next.set(to);
}
