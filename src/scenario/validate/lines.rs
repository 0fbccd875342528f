//! The reference lines played: an action the rules refuse on play is a finding here, so a case
//! that validates plays as written.

use std::sync::Arc;

use super::*;
use crate::sim::{ActionError, Session};

/// The seed the lines are played on: the app's default, so what `validate` passes is what a
/// trainee opening the case sees first. `explore --ablate` plays the expert line on more seeds.
pub const LINE_SEED: u64 = 1;

impl Checker<'_> {
    /// Play every reference line on [`LINE_SEED`] and report each action the rules refuse
    /// (a channel that cannot reach the target, an action after the case has closed…) at the
    /// action, with the engine's reason as help: any refusal in the `expert` and `passive`
    /// lines, and an action after the close in any line. Only for a case without errors so far: the
    /// engine may rely on what the other checks establish.
    pub(super) fn play_lines(&mut self) {
        let sc = Arc::new(self.sc.clone());
        for (name, line) in &self.sc.lines {
            let mut s = Session::new(sc.clone(), LINE_SEED);
            let mut refused = Vec::new();
            // The expert line sets the par and the passive line the floor: every action of theirs
            // must be taken. Other lines (the reckless one) may show moves the rules refuse, but
            // none may come after the case has closed.
            let yardstick = name == "expert" || name == "passive";
            s.play_line(line, |step| {
                if let Some(e) = step.refused
                    && (yardstick
                        || matches!(e, ActionError::Closed | ActionError::InThePast { .. }))
                {
                    let i = line.iter().position(|x| std::ptr::eq(x, step.action)).unwrap_or(0);
                    refused.push((i, step.at, e));
                }
            });
            for (i, at, e) in refused {
                let why = s.explain(&e);
                self.err(
                    LintCode::LineRefused,
                    format!("lines[\"{name}\"][{i}]"),
                    Msg::new("validate-line-refused")
                        .text("line", name)
                        .arg("n", Arg::Num(i as i64 + 1))
                        .arg("at", Arg::Time(at))
                        .arg("seed", Arg::Num(LINE_SEED as i64)),
                    Some(why),
                );
            }
        }
    }
}
