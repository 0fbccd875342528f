//! Grades that measure decisions: keyed random draws (the same request meets the same luck on a
//! seed whoever sends it and whenever), money measured against what was at stake at the report,
//! each criterion against the expert's par on the same seed, reference lines that react
//! (`when`), and the calibration report (`explore --ablate`) on every bundled case.

use std::sync::Arc;

use goldenhour::scenario::{Action, Condition, Scenario, Target, TimedAction};
use goldenhour::sim::RequestStatus;
use goldenhour::time::Dur;

use crate::common::*;

const CASES: [&str; 7] = [
    "frank-lao-cards",
    "myawaddy-compound",
    "thai-hold",
    "tutorial",
    "evidence-at-trial",
    "usdt-chain",
    "safe-account",
];

fn load(id: &str) -> Arc<Scenario> {
    bundled(&format!("scenarios/{id}.ron"))
}

/// Whether each request of a played line came back without a result (the success draw), by
/// (channel, service, target).
fn no_result(sc: &Arc<Scenario>, seed: u64, line: &[TimedAction]) -> Vec<(String, bool)> {
    let (s, _) = play(sc.clone(), seed, line);
    s.requests()
        .iter()
        .filter(|r| !matches!(r.target, Target::Suspect(_)))
        .map(|r| {
            let key = format!("{}/{}/{}", r.channel, r.service, r.target.id());
            (key, r.status == RequestStatus::Refused("why-no-result".into()))
        })
        .collect()
}

#[test]
fn a_request_meets_the_same_luck_on_a_seed_whenever_it_is_sent_and_whatever_came_before() {
    let sc = load("frank-lao-cards");
    let expert = &sc.lines["expert"];
    // Another trainee: no stop-payment on card B (so the money moves differently and other
    // draws happen), and every request sent 20 minutes later.
    let other: Vec<TimedAction> = expert
        .iter()
        .filter(|a| !matches!(&a.act, Action::StopPayment { account } if account == "cn-mule-2"))
        .map(|a| {
            let mut a = a.clone();
            if matches!(a.act, Action::Request { .. }) {
                a.at = Dur(a.at.0 + 20 * M);
            }
            a
        })
        .collect();
    assert!(other.len() < expert.len(), "the stop-payment on card B was left out");
    let mut unlucky = 0;
    for seed in 1..=30 {
        let a = no_result(&sc, seed, expert);
        let b = no_result(&sc, seed, &other);
        // The n-th request of one kind draws the n-th number of its key.
        let of = |v: &[(String, bool)], key: &str| -> Vec<bool> {
            v.iter().filter(|(k, _)| k == key).map(|(_, e)| *e).collect()
        };
        for (key, _) in &a {
            assert_eq!(of(&a, key), of(&b, key), "seed {seed}: {key} came back differently");
        }
        unlucky += a.iter().filter(|(_, e)| *e).count();
    }
    assert!(unlucky > 0, "some request comes back empty on some seed: the luck is real");
}

#[test]
fn money_gone_before_the_report_is_not_at_stake() {
    // mini: 100,000 paid 5 minutes before the report, still on mule-1; 50,000 more at 30 min.
    let s = session();
    assert_eq!(s.at_stake(), 100_000);
    let mut s = session();
    s.finish();
    assert_eq!(s.at_stake(), 150_000, "money paid after the report is at stake too");
    // A case whose first payment was cashed out before the report: not at stake.
    let mut sc = (*mini()).clone();
    sc.payments[0].to = "cash".into();
    let s = goldenhour::sim::Session::new(Arc::new(sc), 1);
    assert_eq!((s.paid(), s.at_stake()), (100_000, 0));
}

#[test]
fn the_expert_line_is_its_own_par_and_the_passive_line_is_measured_against_it() {
    for id in CASES {
        let sc = load(id);
        for seed in 1..=20 {
            let (e, refused) = play(sc.clone(), seed, &sc.lines["expert"]);
            assert!(refused.is_empty(), "{id} seed {seed}: expert refused {refused:?}");
            let o = e.outcome().expect("closed");
            assert_eq!(o.score, 100.0, "{id} seed {seed}");
            let (p, _) = play(sc.clone(), seed, &sc.lines["passive"]);
            let po = p.outcome().expect("closed");
            assert!(po.score <= 70.0, "{id} seed {seed}: passive {}", po.score);
            for (c, ec) in po.criteria.iter().zip(&o.criteria) {
                // The passive run's par is the expert's raw result on the same seed.
                assert_eq!(c.par, Some(ec.raw), "{id} seed {seed}: {}", c.id);
            }
        }
    }
}

#[test]
fn a_when_condition_passes_an_action_over_without_refusing_it() {
    let sc = mini();
    let freeze = |when: Option<Condition>| TimedAction {
        at: Dur(2 * M),
        act: Action::StopPayment { account: "mule-2".into() },
        when,
    };
    // mule-2 is known from the start; lao-1 is hidden until money is traced there.
    let (s, refused) = play(sc.clone(), 1, &[freeze(Some(Condition::Known("lao-1".into())))]);
    assert!(refused.is_empty(), "{refused:?}");
    assert!(s.actions().is_empty(), "passed over: not taken, not recorded");
    let (s, refused) = play(sc.clone(), 1, &[freeze(Some(Condition::Known("mule-2".into())))]);
    assert!(refused.is_empty() && s.actions().len() == 1, "taken when it holds");
    // The same action without a condition is taken too.
    let (s, _) = play(sc, 1, &[freeze(None)]);
    assert_eq!(s.actions().len(), 1);
}

#[test]
fn a_when_condition_names_what_the_case_has() {
    use goldenhour::scenario::validate::{LintCode, validate};
    let mut sc = (*mini()).clone();
    sc.lines.get_mut("expert").unwrap()[0].when = Some(Condition::Challenged("no-such".into()));
    let found = validate(std::path::Path::new("mini.ron"), "", &sc, None);
    assert!(found.iter().any(|d| d.code == LintCode::UnknownEvidenceItem), "{found:?}");
}

#[test]
fn calibration_flags_an_action_worth_nothing_and_one_that_hurts() {
    let mut sc = (*load("frank-lao-cards")).clone();
    let expert = sc.lines.get_mut("expert").unwrap();
    // A stop-payment on card A, the card the gang watches, tips the gang off at once: it hurts.
    expert.insert(0, TimedAction { at: Dur(M), act: stop("cn-mule-1"), when: None });
    // An answer at trial to a challenge never raised is refused on every seed.
    expert.push(TimedAction {
        at: Dur(M),
        act: Action::Answer {
            item: "chat-logs".into(),
            answer: goldenhour::scenario::Answer::Explain,
        },
        when: None,
    });
    let refused_at = expert.len();
    // A monitor on the victim's own account, days later, does nothing.
    expert.push(TimedAction {
        at: Dur(5 * D),
        act: Action::Monitor { account: "victim".into() },
        when: None,
    });
    let sc = Arc::new(sc);
    let c = goldenhour::calibrate::calibrate(&sc, &[1, 2, 3], &|_| {}).expect("has an expert");
    let first = &c.actions[0];
    assert!(first.raw_worth < -goldenhour::calibrate::HURTS, "{first:?}");
    assert!(
        c.warnings
            .iter()
            .any(|w| matches!(w, goldenhour::calibrate::Warning::Hurts { position: 1, .. })),
        "{:?}",
        c.warnings
    );
    for seed in [1, 2, 3] {
        assert!(c.warnings.iter().any(|w| matches!(w,
            goldenhour::calibrate::Warning::Refused { seed: s, position } if *s == seed && *position == refused_at)),
            "{:?}", c.warnings);
    }
    let last = c.actions.last().unwrap();
    assert!(last.worth.abs() < 0.05 && !last.allowed, "{last:?}");
    assert!(c.warnings.iter().any(|w| matches!(w,
        goldenhour::calibrate::Warning::WorthNothing { positions, .. } if positions.contains(&last.position))));
    assert_eq!(c.scores, vec![100.0; 3], "graded against its own par");
    assert!(c.raw.iter().all(|r| *r <= 100.0) && c.raw_mean > 50.0, "{:?}", c.raw);
}

/// The calibration report on every bundled case: what CI keeps true, and what it reports.
#[test]
fn every_bundled_case_calibrates_within_the_bars_it_keeps() {
    for id in CASES {
        let path = format!("scenarios/{id}.ron");
        let o = goldenhour(&[
            "explore",
            &path,
            "--ablate",
            "--seeds",
            "10",
            "--format",
            "json",
            "--deny-warnings",
        ]);
        // Every bar, worthless actions included: each one left is allowed with its reason.
        assert!(o.status.success(), "{id}: {}", output_text(&o));
        let c: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let warnings = c["warnings"].as_array().unwrap();
        assert!(warnings.is_empty(), "{id}: {warnings:?}");
        let actions = c["actions"].as_array().unwrap();
        let counted = actions.iter().filter(|a| a["kind"] != "acknowledgement").count();
        let worthless = actions
            .iter()
            .filter(|a| a["kind"] != "acknowledgement" && a["worth"].as_f64().unwrap() < 2.0)
            .count();
        assert!(worthless * 5 <= counted, "{id}: {worthless} of {counted} worth under 2 points");
        let mean = c["mean"].as_f64().unwrap();
        let passive = c["passive"].as_f64().unwrap();
        assert!(mean - passive >= 30.0, "{id}: expert {mean}, passive {passive}");
    }
}

#[test]
fn ablate_text_names_each_action_and_the_warnings_in_the_chosen_language() {
    let o = goldenhour(&[
        "explore",
        "scenarios/evidence-at-trial.ron",
        "--ablate",
        "--seeds",
        "3",
        "--lang",
        "zh-CN",
    ]);
    let out = output_text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("专家路线校准") && out.contains("去掉每个专家操作后的损失"), "{out}");
    let o = goldenhour(&["explore", "scenarios/evidence-at-trial.ron", "--seeds", "3"]);
    assert!(!o.status.success(), "--seeds needs --ablate");
    let o = goldenhour(&["explore", "scenarios/evidence-at-trial.ron", "--ablate", "--seeds", "0"]);
    assert!(output_text(&o).contains("--seeds must be at least 1"), "{}", output_text(&o));
}

#[test]
fn a_passive_debrief_names_every_lost_point_with_its_reason_in_both_languages() {
    let cat = goldenhour::i18n::Catalog::load(&root().join("locales")).expect("locales load");
    for id in CASES {
        let sc = load(id);
        for seed in 1..=5 {
            let (s, _) = play(sc.clone(), seed, &sc.lines["passive"]);
            let o = s.outcome().expect("closed");
            let shortfalls = s.shortfalls();
            for (i, c) in o.criteria.iter().enumerate() {
                let lost = c.max_points > 0.0 && c.points + 0.05 < c.max_points;
                let sf = shortfalls.iter().find(|x| x.criterion == i);
                assert_eq!(lost, sf.is_some() && c.max_points > 0.0, "{id} seed {seed}: {}", c.id);
                let Some(sf) = sf else { continue };
                // A reason, not only the par.
                assert!(
                    sf.lines.iter().any(|m| m.id != "expl-par"),
                    "{id} seed {seed}: {} has no reason",
                    c.id
                );
                for lang in ["en-US", "zh-CN"] {
                    for m in &sf.lines {
                        let text = cat.render(lang, m);
                        assert!(
                            !text.contains("expl-") && !text.contains('{') && text.len() > 12,
                            "{id} seed {seed} {lang}: {text}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_html_report_explains_lost_points_and_shows_the_court() {
    let d = scratch_dir("judgement", "report");
    let rec = d.join("passive.json");
    let o = goldenhour(&[
        "play",
        "scenarios/frank-lao-cards.ron",
        "--line",
        "passive",
        "--seed",
        "3",
        "--out",
        rec.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", output_text(&o));
    let rep = d.join("rep");
    let o = goldenhour(&["grade", rec.to_str().unwrap(), "--report", rep.to_str().unwrap()]);
    assert!(o.status.code().is_some(), "{}", output_text(&o));
    let html = std::fs::read_to_string(rep.join("passive.html")).expect("a report");
    assert!(html.contains("class=\"why\""), "lost points explained");
    assert!(html.contains("was never identified"), "the reason, in words");
    assert!(html.contains("class=\"court\""), "the trial's rulings in the decision log");
}

#[test]
fn a_decision_is_worth_what_its_closest_alternative_loses_and_a_lone_choice_is_no_decision() {
    use goldenhour::calibrate::{Kind, calibrate};
    let sc = load("tutorial");
    let played = std::sync::atomic::AtomicU64::new(0);
    let c = calibrate(&sc, &[1, 2], &|n| {
        played.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    })
    .expect("has an expert");
    // The progress bar's length is the number of playthroughs reported.
    assert_eq!(played.into_inner(), goldenhour::calibrate::playthroughs(&sc, 2));
    let is_choose =
        |a: &goldenhour::calibrate::ActionWorth| matches!(a.action, Action::Choose { .. });
    // A lesson's single "Continue" is an acknowledgement: not a decision, never flagged.
    let acks: Vec<_> = c.actions.iter().filter(|a| a.kind == Kind::Acknowledgement).collect();
    assert!(!acks.is_empty() && acks.iter().all(|a| is_choose(a)));
    assert!(!c.warnings.iter().any(|w| matches!(w,
        goldenhour::calibrate::Warning::WorthNothing { positions, .. }
            if positions.iter().any(|p| acks.iter().any(|a| a.position == *p)))));
    // Filing the case is a decision with an alternative (waiting) that costs points.
    let file = c
        .actions
        .iter()
        .find(|a| matches!(&a.action, Action::Choose { choice, .. } if choice == "file-now"))
        .expect("the expert files the case");
    assert_eq!(file.kind, Kind::Decision);
    let (alt, score) = &file.alternatives[0];
    assert_eq!(alt, "wait");
    assert!((file.worth - (c.mean - score)).abs() < 0.11 && file.worth >= 2.0, "{file:?}");
}

#[test]
fn held_through_names_the_channel_whose_hold_is_in_force() {
    let ta = |at: i64, act: Action, when: Option<Condition>| TimedAction { at: Dur(at), act, when };
    let through =
        |channel: &str| Condition::HeldThrough { account: "lao-1".into(), channel: channel.into() };
    // mini: watch mule-2 and the money shows the hidden Lao account; hold it through I-24/7.
    let line = vec![
        ta(M, Action::Monitor { account: "mule-2".into() }, None),
        ta(H, request("i247", "hold", Target::Account("lao-1".into()), &[]), None),
        // The hold lands 3 hours after the request.
        ta(5 * H, Action::Monitor { account: "mule-1".into() }, Some(through("i247"))),
        ta(5 * H, stop("mule-2"), Some(through("mla"))),
    ];
    let (s, refused) = play(mini(), 1, &line);
    assert!(refused.is_empty(), "{refused:?}");
    let taken: Vec<&Action> = s.actions().iter().map(|a| &a.act).collect();
    assert!(taken.contains(&&Action::Monitor { account: "mule-1".into() }), "{taken:?}");
    assert!(!taken.contains(&&stop("mule-2")), "no MLA hold: passed over");
}

/// The golden hour's own test in the calibration: a measure of the first day is also played an
/// hour late. On the fixture, following the second mule at two minutes traces the money to the
/// Lao card before it moves on; an hour later the trace, and the boss it names, are missed.
#[test]
fn calibration_says_what_an_hour_of_delay_costs_a_first_day_measure() {
    let sc = mini();
    let c = goldenhour::calibrate::calibrate(&sc, &[1, 2, 3], &|_| {}).expect("has an expert");
    let at = |p: usize| &c.actions[p - 1];
    let monitor = c.actions.iter().find(|a| matches!(a.action, Action::Monitor { .. })).unwrap();
    assert!(monitor.late.is_some_and(|l| l > 5.0), "following late loses the trace: {monitor:?}");
    assert!(at(1).late.is_none(), "a choice is a decision, not a timed measure: {:?}", at(1));
    let playthroughs = goldenhour::calibrate::playthroughs(&sc, 3);
    let timed = c.actions.iter().filter(|a| a.late.is_some()).count() as u64;
    let choices = c.actions.iter().map(|a| a.alternatives.len() as u64).sum::<u64>();
    assert_eq!(playthroughs, (1 + c.actions.len() as u64 + choices + timed) * 3);
}
