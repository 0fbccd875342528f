//! The Myawaddy compound: it validates cleanly, its reference lines separate, and its signature
//! mechanics work as the case teaches.

use goldenhour::scenario::{self, Action, Target};
use goldenhour::sim::{ActionError, EventKind, HoldKind, Session};
use goldenhour::time::Secs;

use crate::case_checks::*;
use crate::common::*;

const MYAWADDY: &str = "scenarios/myawaddy-compound.ron";

#[test]
fn myawaddy_validates_cleanly() {
    validates_cleanly(MYAWADDY, "myawaddy-compound");
}

#[test]
fn myawaddy_lines_separate() {
    let scores = lines_separate(MYAWADDY, 6);
    assert_eq!(scores, MYAWADDY_SEED6, "scores of the reference lines at seed 6 changed");
}

#[test]
fn myawaddy_explores_cleanly() {
    let v = explores_cleanly(MYAWADDY);
    // The one allowed finding: the NCB's message needs a chain random play rarely completes.
    let unreached = v["unreached"].as_array().unwrap();
    assert!(unreached.len() <= 1, "{unreached:?}");
}

/// Expert, passive and reckless at seed 6: a change here is a change of behaviour.
const MYAWADDY_SEED6: [f64; 3] = [100.0, 13.0, 16.2];

/// On-chain tracing reveals the gang's exchange account in Cambodia; an I-24/7 hold on that
/// hop keeps the USDT from the compound's wallet, and without it the money gets there.
#[test]
fn myawaddy_i247_hold_on_the_third_country_hop_stops_it() {
    let sc = bundled(MYAWADDY);
    let hold = request(
        "i247",
        "hold",
        Target::Account("kh-exchange".into()),
        &["victim-report", "target-details", "facts"],
    );
    let trace = Action::Collect { item: "chain-trace".into(), method: "chain-analysis".into() };
    let mut stopped = 0;
    for seed in 1..=30 {
        let mut with = Session::new(sc.clone(), seed);
        assert_eq!(
            with.check(&hold),
            Err(ActionError::NotKnown { account: "kh-exchange".into() }),
            "the exchange account is unknown at first"
        );
        with.apply(12 * M, &trace).expect("the dealer is known after the bank's answer");
        with.apply(6 * H + 15 * M, &hold).expect("the trace revealed the exchange account");
        with.advance_to(6 * D);
        let Some((at, _)) = placed(&with, "kh-exchange") else { continue };
        let mut without = Session::new(sc.clone(), seed);
        without.apply(12 * M, &trace).unwrap();
        without.advance_to(6 * D);
        let swept = reached_at(&without, "mm-wallet").expect("left alone, the USDT is withdrawn");
        if at < swept {
            // The hold came first: the gang tried and was blocked; nothing reached the compound.
            stopped += 1;
            assert!(
                balance(&with, "kh-exchange") >= 520_000,
                "seed {seed}: Mr Chen's money at least"
            );
            assert_eq!(reached_at(&with, "mm-wallet"), None, "seed {seed}");
            assert!(with.events().iter().any(|e| matches!(&e.kind,
                EventKind::Blocked { account, .. } if account == "kh-exchange")));
        } else {
            // Too late: "recovery often partial or the account already empty".
            assert_eq!(balance(&with, "kh-exchange"), 0, "seed {seed}");
        }
    }
    assert!(stopped >= 5, "the hold is in time for a fair share of seeds: {stopped} of 30");
}

/// A hold on the OTC dealer's account alerts the compound: the boss goes back to Myanmar, where
/// a Red notice does not reach, and the floor manager moves to Cambodia.
#[test]
fn myawaddy_holding_the_dealer_alerts_the_compound() {
    let sc = bundled(MYAWADDY);
    let mut s = Session::new(sc, 3);
    s.apply(11 * M, &stop("otc-dealer")).expect("the dealer's account is domestic and known");
    s.advance_to(2 * H);
    assert!(s.tipped(), "a hold on a tips_off account tips the gang off within 40 minutes");
    let boss = s.suspects().find(|(x, _)| x.id == "boss").unwrap().1.jurisdiction.clone();
    let manager = s.suspects().find(|(x, _)| x.id == "manager").unwrap().1.jurisdiction.clone();
    assert_eq!((boss.as_str(), manager.as_str()), ("MM", "KH"));
    // Even once the boss is named (here by statements taken by video, day 21), the notice
    // cannot reach him in the compound.
    s.advance_to(20 * D + H);
    let video =
        Action::Collect { item: "suspect-statements".into(), method: "video-interview".into() };
    s.apply(20 * D + H, &video).unwrap();
    s.advance_to(22 * D);
    assert!(s.holds(&scenario::Condition::Identified("boss".into())));
    let red =
        request("red", "red", Target::Suspect("boss".into()), &["identity", "warrant", "facts"]);
    match s.check(&red) {
        Err(ActionError::OutOfReach { jurisdiction, .. }) => assert_eq!(jurisdiction, "MM"),
        other => panic!("a Red notice does not reach the compound: {other:?}"),
    }
}

/// The corridor is closed until Thailand cuts the compounds off (day 20); statements taken by
/// video from detainees abroad are unlawful and cost compliance; at home, with custody, they are
/// lawful.
#[test]
fn myawaddy_corridor_opens_on_day_20_and_evidence_waits_for_repatriation() {
    let sc = bundled(MYAWADDY);
    let mut s = Session::new(sc.clone(), 1);
    s.apply(
        40 * M,
        &Action::Collect { item: "platform-data".into(), method: "platform-notice".into() },
    )
    .unwrap();
    s.advance_to(3 * D);
    let handover =
        request("handover", "handover", Target::Suspect("chatter".into()), &["identity", "facts"]);
    match s.check(&handover) {
        Err(ActionError::Prerequisite { channel, reason }) => {
            assert_eq!((channel.as_str(), reason.as_str()), ("handover", "myw-req-corridor"));
        }
        other => panic!("the corridor is closed before day 20: {other:?}"),
    }
    let interrogate =
        Action::Collect { item: "suspect-statements".into(), method: "interrogation".into() };
    assert!(s.check(&interrogate).is_err(), "no interrogation before anyone is home");
    s.advance_to(20 * D + H);
    s.apply(20 * D + H, &handover).expect("the chatter was identified by the platform data");

    let mut v = Session::new(sc, 1);
    let video =
        Action::Collect { item: "suspect-statements".into(), method: "video-interview".into() };
    v.advance_to(20 * D + H);
    let before = v.compliance();
    v.apply(20 * D + H, &video).expect("the video call is possible once the corridor opens");
    v.advance_to(22 * D);
    assert_eq!(v.compliance(), before - 20, "questioning detainees abroad costs 20 points");
    assert!(v.holds(&scenario::Condition::Tainted("suspect-statements".into())));
}

// ── The Thai hold ────────────────────────────────────────────────────────────────────────────
