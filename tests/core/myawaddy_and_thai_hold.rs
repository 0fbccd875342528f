//! Two cases of the library, the Myawaddy compound and the Thai hold: each validates cleanly,
//! its reference lines separate, and its signature mechanic works as the case teaches.

use goldenhour::scenario::{self, Action, Target};
use goldenhour::sim::{ActionError, EventKind, HoldKind, Session};
use goldenhour::time::Secs;

use crate::common::*;

const MYAWADDY: &str = "scenarios/myawaddy-compound.ron";
const THAI: &str = "scenarios/thai-hold.ron";

fn validates_cleanly(case: &str, id: &str) {
    let o = goldenhour(&["validate", "--deny-warnings", case]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{out}{err}");
    assert!(out.contains(&format!("ok ({id})")), "{out}");
    assert!(out.contains("en-US 100%") && out.contains("zh-CN 100%"), "{out}");
    assert!(!err.contains("warning"), "no warnings: {err}");
}

/// Expert beats reckless, and passive by at least 30 points; the reckless line breaks rules.
fn lines_separate(case: &str, seed: u64) -> [f64; 3] {
    let (expert, e) = play_json(case, "expert", seed);
    let (passive, _) = play_json(case, "passive", seed);
    let (reckless, r) = play_json(case, "reckless", seed);
    assert!(expert >= passive + 30.0, "{case}: expert {expert} vs passive {passive}");
    assert!(expert > reckless + 30.0, "{case}: expert {expert} vs reckless {reckless}");
    assert!(
        e["refused"].as_array().is_some_and(|a| a.is_empty()),
        "{case}: the expert line is refused nothing at seed {seed}: {}",
        e["refused"]
    );
    assert_eq!(e["facts"]["compliance"].as_i64(), Some(100), "{case}: the expert line is lawful");
    assert!(r["facts"]["compliance"].as_i64().unwrap() < 100, "{case}: reckless breaks rules");
    [expert, passive, reckless]
}

fn placed(s: &Session, account: &str) -> Option<(Secs, Secs)> {
    s.events().iter().find_map(|e| match &e.kind {
        EventKind::HoldPlaced { account: a, until, .. } if a == account => Some((e.at, *until)),
        _ => None,
    })
}

/// When money first moved into `to` after the report.
fn reached_at(s: &Session, to: &str) -> Option<Secs> {
    s.events().iter().find_map(|e| match &e.kind {
        EventKind::Transfer { to: t, .. } if t == to && e.at >= 0 => Some(e.at),
        _ => None,
    })
}

fn choose(inject: &str, choice: &str) -> Action {
    Action::Choose { inject: inject.into(), choice: choice.into() }
}

/// Random play and the reference lines over 2,000 runs: every inject, choice, item and debrief
/// text is reached (or allowed in the case, with a reason), and good play scores above bad.
fn explores_cleanly(case: &str) -> serde_json::Value {
    let o = goldenhour(&["explore", case, "--runs", "2000", "--deny-warnings", "--format", "json"]);
    assert!(o.status.success(), "{case}: {}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert!(v["separation"].as_array().is_some_and(|a| a.is_empty()), "{}", v["separation"]);
    let unreached = v["unreached"].as_array().expect("unreached");
    assert!(unreached.iter().all(|u| u["allowed"] == true), "{case}: {unreached:?}");
    let mean = |name: &str| {
        v["lines"].as_array().unwrap().iter().find(|l| l["name"] == name).unwrap()["mean"]
            .as_f64()
            .unwrap()
    };
    assert!(mean("expert") >= mean("passive") + 30.0 && mean("expert") > mean("reckless") + 30.0);
    assert!(mean("expert") > v["stats"]["p90"].as_f64().unwrap(), "expert in the top decile");
    v
}

// ── The Myawaddy compound ────────────────────────────────────────────────────────────────────

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

#[test]
fn thai_hold_validates_cleanly() {
    validates_cleanly(THAI, "thai-hold");
}

#[test]
fn thai_hold_lines_separate() {
    let scores = lines_separate(THAI, 6);
    assert_eq!(scores, THAI_SEED6, "scores of the reference lines at seed 6 changed");
}

#[test]
fn thai_hold_explores_cleanly() {
    let v = explores_cleanly(THAI);
    assert!(v["unreached"].as_array().unwrap().is_empty(), "{}", v["unreached"]);
}

/// Expert, passive and reckless at seed 6: a change here is a change of behaviour.
const THAI_SEED6: [f64; 3] = [100.0, 23.0, 29.0];

fn alert(service: &str, account: &str) -> Action {
    request(
        "th-alert",
        service,
        Target::Account(account.into()),
        &["victim-id", "slips", "target-details"],
    )
}

fn complaint() -> Action {
    request(
        "th-complaint",
        "extend",
        Target::Account("th-acct-b".into()),
        &["victim-id", "slips", "thai-translation", "power-of-attorney"],
    )
}

/// Until the 72-hour hold on the collector is in place: consent, the bank's trail, the hold.
/// Returns the hold's start and end, or None if a request came back empty at this seed.
fn hold_collector(s: &mut Session) -> Option<(Secs, Secs)> {
    s.apply(16 * M, &choose("zhou-hesitates", "explain")).unwrap();
    s.apply(20 * M, &alert("trail", "th-acct-a")).unwrap();
    s.apply(61 * M, &choose("tax-demand", "stall")).unwrap();
    s.advance_to(4 * H + 30 * M);
    s.apply(4 * H + 30 * M, &alert("hold", "th-acct-b")).ok()?;
    s.advance_to(9 * H);
    placed(s, "th-acct-b")
}

/// The signature mechanic: the bank's 72-hour hold lapses unless the victim's complaint reaches
/// the Thai police in time; with the complaint the hold runs 7 days and the money stays.
#[test]
fn thai_72h_hold_lapses_without_the_complaint_and_runs_7_days_with_it() {
    let sc = bundled(THAI);
    let mut checked = 0;
    for seed in 1..=20 {
        let mut lapse = Session::new(sc.clone(), seed);
        let Some((from, until)) = hold_collector(&mut lapse) else { continue };
        assert_eq!(until - from, 72 * H, "the bank holds for 72 hours");
        assert_eq!(balance(&lapse, "th-acct-b"), 500_000, "seed {seed}: the hold caught the money");
        lapse.advance_to(until - M);
        assert_eq!(balance(&lapse, "th-acct-b"), 500_000, "held until the last minute");
        lapse.advance_to(until + 2 * H);
        assert!(lapse.events().iter().any(|e| matches!(&e.kind,
            EventKind::HoldExpired { account, kind: HoldKind::ForeignHold } if account == "th-acct-b")));
        assert_eq!(
            balance(&lapse, "th-acct-b"),
            0,
            "seed {seed}: lapsed, the alerted den empties it"
        );
        assert!(reached_at(&lapse, "th-usdt").is_some_and(|t| t >= until));

        let mut kept = Session::new(sc.clone(), seed);
        hold_collector(&mut kept).unwrap();
        kept.apply(9 * H, &complaint()).expect("a hold is in force and he consented");
        kept.advance_to(until + 2 * H);
        let answered = kept.holds(&scenario::Condition::Flag("complaint-filed".into()));
        if !answered {
            continue; // the Thai police did not act on the complaint at this seed
        }
        assert_eq!(balance(&kept, "th-acct-b"), 500_000, "seed {seed}: extended, still held");
        let holds: Vec<_> = kept.account_state("th-acct-b").unwrap().holds.clone();
        let week = holds.iter().find(|h| h.until - h.from == 7 * D).expect("a 7-day hold");
        kept.advance_to(week.until - M);
        assert_eq!(balance(&kept, "th-acct-b"), 500_000, "held through the 7 days");
        checked += 1;
    }
    assert!(checked >= 10, "most seeds exercise both paths: {checked} of 20");
}

/// The complaint extends a hold in force: without one (or without the victim's consent) the
/// Thai police channel refuses it, with the reason the case gives.
#[test]
fn thai_complaint_needs_consent_and_a_hold_in_force() {
    let sc = bundled(THAI);
    let mut s = Session::new(sc, 2);
    s.apply(20 * M, &request("liaison", "trace", Target::Account("th-acct-a".into()), &["facts"]))
        .unwrap();
    s.advance_to(13 * H);
    let reason = |r: Result<(), ActionError>| match r {
        Err(ActionError::Prerequisite { reason, .. }) => reason,
        other => panic!("expected a refusal: {other:?}"),
    };
    if s.account_state("th-acct-b").is_some_and(|a| a.known) {
        assert_eq!(reason(s.check(&complaint())), "thh-req-consent");
        assert_eq!(reason(s.check(&alert("hold", "th-acct-b"))), "thh-req-consent");
    }
    // Mr Zhou, left to think it over, comes back on day 3 and signs.
    s.advance_to(3 * D + M);
    assert!(s.holds(&scenario::Condition::Flag("zhou-consents".into())));
    assert_eq!(reason(s.check(&complaint())), "thh-req-no-hold");
}

/// The den is alerted when its collector is held: "Nida" and the boss cross into Laos, out of
/// the liaison officer's reach but within the Lancang-Mekong centre's.
#[test]
fn thai_the_hold_sends_the_den_to_laos_where_only_the_lm_centre_reaches() {
    let sc = bundled(THAI);
    for seed in 1..=20 {
        let mut s = Session::new(sc.clone(), seed);
        s.apply(M, &choose("intake", "act-now")).unwrap();
        if hold_collector(&mut s).is_none() {
            continue;
        }
        s.advance_to(20 * H);
        assert!(s.tipped(), "the holder is told of the hold, and the den with him");
        let place = |s: &Session, id: &str| {
            s.suspects().find(|(x, _)| x.id == id).unwrap().1.jurisdiction.clone()
        };
        assert_eq!((place(&s, "boss"), place(&s, "nida")), ("LA".to_string(), "LA".to_string()));
        let locate = request("liaison", "locate", Target::Suspect("boss".into()), &[]);
        assert!(matches!(s.check(&locate), Err(ActionError::OutOfReach { .. })));
        let op = request(
            "lm-centre",
            "joint-op",
            Target::Suspect("boss".into()),
            &["facts", "identity"],
        );
        assert_eq!(s.check(&op), Ok(()), "the boss was identified by the trail to his collector");
        return;
    }
    panic!("no seed in 1..=20 placed the hold");
}
