//! The sim clock: pause, 1× to 3600×, skip to the next event. It runs only on the operations
//! screen and stops by itself when a decision point comes up or the trial opens.

use bevy::prelude::*;

pub use crate::classroom::SPEEDS;
use crate::classroom::speed_index;
use crate::time::Secs;

use super::{ActiveCase, Intent, RecordSaved, Screen, Step};

#[derive(Resource, Debug, Clone)]
pub struct SimClock {
    pub paused: bool,
    /// Index into [`SPEEDS`].
    pub speed: usize,
    /// Sim seconds owed from earlier frames (fractions of a second at slow speeds).
    carry: f64,
    /// True while on the operations screen with a case open.
    active: bool,
}

impl Default for SimClock {
    fn default() -> Self {
        SimClock { paused: true, speed: 2, carry: 0.0, active: false }
    }
}

impl SimClock {
    pub fn speed(&self) -> u32 {
        SPEEDS[self.speed.min(SPEEDS.len() - 1)]
    }
    /// The clock is moving (the window then redraws continuously).
    pub fn running(&self) -> bool {
        self.active && !self.paused
    }
    fn set_speed(&mut self, x: u32) {
        self.speed = speed_index(x);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SimClock>()
        .add_systems(Update, (clock_intents, tick).chain().in_set(Step::Apply));
}

pub(super) fn clock_intents(
    mut intents: MessageReader<Intent>,
    mut clock: ResMut<SimClock>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    saved: Res<RecordSaved>,
) {
    let on_ops = *screen.get() == Screen::Operations;
    // A record that cannot be written holds the clock until it is written somewhere.
    let held = saved.unwritten.is_some();
    let mut case = case;
    for intent in intents.read() {
        match intent {
            Intent::TogglePause if on_ops => clock.paused = !clock.paused || held,
            Intent::SetPaused(p) => clock.paused = *p || held,
            Intent::Faster => clock.speed = (clock.speed + 1).min(SPEEDS.len() - 1),
            Intent::Slower => clock.speed = clock.speed.saturating_sub(1),
            Intent::SetSpeed(x) => clock.set_speed(*x),
            // Every case starts with the clock stopped.
            Intent::OpenCase(_) | Intent::CloseCase => {
                clock.paused = true;
                clock.carry = 0.0;
            }
            Intent::SkipToNextEvent if on_ops && !held => {
                if let Some(c) = case.as_mut()
                    && !c.read_only
                    && c.run.awaiting_choice().is_empty()
                {
                    c.run.advance_to_next_event();
                    clock.carry = 0.0;
                }
            }
            _ => {}
        }
    }
}

fn tick(
    time: Res<Time>,
    mut clock: ResMut<SimClock>,
    case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    saved: Res<RecordSaved>,
) {
    let active = case.is_some() && *screen.get() == Screen::Operations;
    if clock.active != active {
        clock.active = active;
    }
    let Some(mut case) = case else { return };
    if !active || case.read_only {
        return;
    }
    if saved.unwritten.is_some() {
        if !clock.paused || clock.carry != 0.0 {
            clock.paused = true;
            clock.carry = 0.0;
        }
        return;
    }
    if case.run.is_over() {
        clock.paused = true;
        clock.carry = 0.0;
        return;
    }
    if clock.paused {
        return;
    }
    // Long frames (a stall, a dragged window) do not turn into huge jumps.
    let dt = time.delta_secs_f64().min(0.25);
    clock.carry += dt * f64::from(clock.speed());
    let whole = clock.carry.floor();
    if whole < 1.0 {
        return;
    }
    clock.carry -= whole;
    let target: Secs = case.run.now().saturating_add(whole as Secs);
    // Run event by event so the clock stops exactly when a new decision point comes up (the
    // trainee may run it on while deciding: a decision's deadline then passes in sim time).
    let waiting = case.run.awaiting_choice().len();
    while let Some(t) = case.run.next_event_time() {
        if t > target {
            break;
        }
        case.run.advance_to_next_event();
        let s = &case.run;
        if s.awaiting_choice().len() > waiting || s.is_over() || s.trial().open {
            clock.paused = true;
            clock.carry = 0.0;
            return;
        }
    }
    case.run.advance_to(target);
}
