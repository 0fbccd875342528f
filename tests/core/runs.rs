//! The one engine path: a run's record replays to the same run, and a refused action stops a
//! replay or is set aside, as the caller asks.

use goldenhour::record::Mode;
use goldenhour::run::{self, Meta, OnRefused, Run};
use goldenhour::scenario::{self, Action};

use crate::common::*;

fn meta() -> Meta {
    Meta {
        scenario_hash: "abc".into(),
        locale: "en-US".into(),
        trainee: Some("2024001".into()),
        team: None,
        mode: Mode::Exam,
        class_code: Some("GH-0007".into()),
        keeps_time: true,
        abandoned: None,
    }
}

/// A run with two applied actions at wall times, the clock run on past the last one.
fn a_run() -> Run {
    let mut r = Run::new(mini(), 7, meta());
    r.act(M, &stop("mule-1"), Some("2026-12-02T10:00:00Z".into())).expect("allowed");
    r.advance_to(2 * H);
    r.act_now(&Action::Monitor { account: acct("mule-1") }, Some("2026-12-02T10:05:00Z".into()))
        .expect("allowed");
    r.advance_to(3 * H);
    r
}

#[test]
fn a_record_replays_to_the_same_record() {
    let r = a_run();
    let rec = r.to_record();
    assert_eq!(rec.actions.len(), 2);
    assert_eq!(rec.actions[1].wall.as_deref(), Some("2026-12-02T10:05:00Z"));
    assert_eq!(rec.sim_time, Some(3 * H));
    assert_eq!((rec.mode, rec.class_code.as_deref()), (Mode::Exam, Some("GH-0007")));
    let mut again = run::replay(mini(), &rec, OnRefused::Stop);
    assert!(again.refused.is_empty());
    again.run.advance_to(rec.sim_time.unwrap_or(0));
    assert_eq!(again.run.to_record().to_json(), rec.to_json());
    assert_eq!(again.run.events(), r.events());
}

#[test]
fn a_refused_action_stops_or_is_set_aside() {
    let mut rec = a_run().to_record();
    // A second stop-payment on the same card is refused; the monitor after it is not.
    let dup = rec.actions[0].clone();
    rec.actions.insert(1, dup);
    let stopped = run::replay(mini(), &rec, OnRefused::Stop);
    assert_eq!(stopped.refused.len(), 1);
    assert_eq!(stopped.refused[0].index, 1);
    assert_eq!(stopped.steps.len(), 2, "nothing after the refusal is replayed");
    assert_eq!(stopped.run.actions().len(), 1);

    let skipped = run::replay(mini(), &rec, OnRefused::Skip);
    assert_eq!(skipped.refused.len(), 1);
    assert_eq!(skipped.steps.len(), 3);
    assert!(skipped.steps[1].refused.is_some() && skipped.steps[1].events.is_empty());
    assert_eq!(skipped.run.actions().len(), 2, "the action after it is replayed");
    assert_eq!(skipped.run.wall().len(), 2, "one wall time per applied action");
    assert!(!skipped.events(2).is_empty(), "the monitor's own events are its step's");
}

#[test]
fn a_line_plays_in_time_order_to_the_close() {
    let line = vec![
        scenario::TimedAction {
            at: goldenhour::time::Dur(2 * H),
            act: Action::Monitor { account: acct("mule-1") },
            when: None,
        },
        scenario::TimedAction { at: goldenhour::time::Dur(-5), act: stop("mule-1"), when: None },
    ];
    let played = run::play(mini(), 7, &line, Meta::scripted("h", "zh-CN"));
    assert!(played.refused.is_empty(), "{:?}", played.refused);
    assert!(played.run.outcome().is_some(), "played to the close");
    let rec = played.run.to_record();
    assert_eq!(rec.actions.iter().map(|a| a.at).collect::<Vec<_>>(), vec![0, 2 * H]);
    assert_eq!((rec.mode, rec.sim_time, rec.trainee.as_ref()), (Mode::Scripted, None, None));
    assert!(rec.actions.iter().all(|a| a.wall.is_none()));
}
