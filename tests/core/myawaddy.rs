//! The Myawaddy compound: it validates cleanly, its reference lines separate, and its signature
//! mechanics work as the case teaches: freeze or follow, the third-country hop, the arrest
//! approval before a Red notice, extradition, the host's bulk handover, police-cooperation
//! evidence and the investigators' written explanation, the procuratorate's review, and money
//! from abroad returned only with the court's confiscation decision.

use goldenhour::scenario::{Action, Answer, Condition, Target, TimedAction, Weight};
use goldenhour::sim::{ActionError, EventKind, Session};
use goldenhour::time::{Dur, Secs};

use crate::case_checks::*;
use crate::common::*;

const MYAWADDY: &str = "scenarios/myawaddy-compound.ron";

fn line(name: &str) -> Vec<TimedAction> {
    bundled(MYAWADDY).lines[name].clone()
}

fn at(t: Secs, act: Action) -> TimedAction {
    TimedAction { at: Dur(t), act, when: None }
}

fn suspect<'a>(s: &'a Session, id: &str) -> &'a goldenhour::sim::SuspectState {
    s.suspects().find(|(x, _)| x.id == id).map(|(_, st)| st).expect("suspect")
}

fn item<'a>(s: &'a Session, id: &str) -> &'a goldenhour::sim::ItemState {
    s.evidence().find(|(e, _)| e.id == id).map(|(_, st)| st).expect("item")
}

fn admitted(s: &Session, id: &str) -> Option<bool> {
    item(s, id).ruling.as_ref().map(|r| r.admitted)
}

#[test]
fn myawaddy_validates_cleanly() {
    validates_cleanly(MYAWADDY, "myawaddy-compound");
}

#[test]
fn myawaddy_lines_separate() {
    for seed in [3, 6, 11] {
        let [expert, passive, reckless] = lines_separate(MYAWADDY, seed);
        // The expert line is its own par: whatever the seed's luck, it scores full marks.
        assert_eq!(expert, 100.0, "seed {seed}");
        assert!(passive < 30.0 && reckless < 60.0, "seed {seed}: {passive} / {reckless}");
    }
}

#[test]
fn myawaddy_explores_cleanly() {
    let v = explores_cleanly(MYAWADDY);
    // The one allowed finding: the NCB's message needs a chain random play rarely completes.
    let unreached = v["unreached"].as_array().unwrap();
    assert!(unreached.len() <= 1, "{unreached:?}");
}

/// On-chain tracing reveals the gang's exchange account in Cambodia; an I-24/7 hold on that
/// hop keeps the USDT from the compound's wallet when it lands first, and the request spends
/// hours going up through the provincial department and the MPS before it leaves.
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
    let (mut stopped, mut late) = (0, 0);
    for seed in 1..=30 {
        let mut with = Session::new(sc.clone(), seed);
        assert_eq!(
            with.check(&hold),
            Err(ActionError::NotKnown { account: "kh-exchange".into() }),
            "the exchange account is unknown at first"
        );
        with.apply(12 * M, &trace).expect("the dealer is known after the bank's answer");
        with.apply(6 * H + 15 * M, &hold).expect("the trace revealed the exchange account");
        let r = with.requests().last().unwrap().expected;
        assert!(r.0 >= 4 * H, "routing (2–6 h) plus the answer (2–24 h): at least hours, {r:?}");
        with.advance_to(6 * D);
        let Some((at, _)) = placed(&with, "kh-exchange") else { continue };
        let mut without = Session::new(sc.clone(), seed);
        without.apply(12 * M, &trace).unwrap();
        without.advance_to(6 * D);
        let swept = reached_at(&without, "mm-wallet").expect("left alone, the USDT is withdrawn");
        if at < swept {
            // The hold came first: the gang tried and was blocked; nothing reached the compound.
            stopped += 1;
            assert!(balance(&with, "kh-exchange") >= 520_000, "seed {seed}: Mr Chen's money");
            assert_eq!(reached_at(&with, "mm-wallet"), None, "seed {seed}");
            assert!(with.events().iter().any(|e| matches!(&e.kind,
                EventKind::Blocked { account, .. } if account == "kh-exchange")));
        } else {
            // Too late: "recovery often partial or the account already empty".
            late += 1;
            assert_eq!(balance(&with, "kh-exchange"), 0, "seed {seed}");
        }
    }
    assert!(stopped >= 5 && late >= 2, "the race goes both ways: {stopped} in time, {late} late");
}

/// Freeze or follow, both ways: a hold on the OTC dealer's account keeps what reaches it, but
/// alerts the compound: the exchange is emptied, the boss hides beyond the corridor where no
/// notice reaches, the floor manager moves to Cambodia. Following loses the exchange money on
/// the seeds where the I-24/7 hold comes too late.
#[test]
fn myawaddy_holding_the_dealer_alerts_the_compound() {
    let sc = bundled(MYAWADDY);
    let mut kept_at_dealer = 0;
    for seed in 1..=10 {
        let mut s = Session::new(sc.clone(), seed);
        s.apply(11 * M, &stop("otc-dealer")).expect("the dealer's account is domestic and known");
        s.advance_to(8 * H);
        assert!(s.tipped(), "seed {seed}: a hold on a tips_off account tips the gang off");
        assert_eq!(balance(&s, "kh-exchange"), 0, "seed {seed}: the exchange emptied at once");
        assert_eq!(suspect(&s, "boss").jurisdiction, "MM-HILLS", "seed {seed}");
        assert_eq!(suspect(&s, "manager").jurisdiction, "KH", "seed {seed}");
        if balance(&s, "otc-dealer") >= 260_000 {
            kept_at_dealer += 1; // Ms Zhao's money stopped at the dealer
        }
    }
    assert!(kept_at_dealer >= 5, "the hold keeps what reaches the dealer: {kept_at_dealer} of 10");
    let mut s = Session::new(sc.clone(), 3);
    s.apply(11 * M, &stop("otc-dealer")).unwrap();
    // Once the boss is named (here by statements taken by video, day 21), neither a Red
    // notice nor extradition reaches him; only persuasion does.
    s.advance_to(20 * D + H);
    let video =
        Action::Collect { item: "suspect-statements".into(), method: "video-interview".into() };
    s.apply(20 * D + H, &video).unwrap();
    s.advance_to(22 * D);
    assert!(s.holds(&Condition::Identified("boss".into())));
    let red =
        request("red", "red", Target::Suspect("boss".into()), &["identity", "warrant", "facts"]);
    match s.check(&red) {
        Err(ActionError::OutOfReach { jurisdiction, .. }) => assert_eq!(jurisdiction, "MM-HILLS"),
        other => panic!("a Red notice does not reach beyond the corridor: {other:?}"),
    }
    let persuade = request(
        "persuasion",
        "surrender",
        Target::Suspect("boss".into()),
        &["family", "surrender-notice"],
    );
    assert_eq!(s.check(&persuade), Ok(()), "persuasion through his family still reaches him");

    // The expert line, which follows, loses the exchange money on some seeds and keeps it on
    // others; stopping the dealer loses it on every seed.
    let expert = line("expert");
    let mut dealer = expert.clone();
    dealer.push(at(11 * M, stop("otc-dealer")));
    let (mut kept, mut lost) = (0, 0);
    for seed in 1..=10 {
        let (f, _) = play(sc.clone(), seed, &expert);
        if reached_at(&f, "mm-wallet").is_some() {
            lost += 1
        } else {
            kept += 1
        }
        let (d, _) = play(sc.clone(), seed, &dealer);
        assert!(reached_at(&d, "mm-wallet").is_some(), "seed {seed}: tipped, the hop is emptied");
        assert!(!d.holds(&Condition::InCustody("boss".into())), "seed {seed}: the boss hides");
    }
    assert!(kept >= 3 && lost >= 1, "following wins on {kept} seeds and loses on {lost}");
}

/// A Red notice rests on an arrest the procuratorate approved; the boss is then surrendered by
/// extradition through the diplomatic channel, on a treaty Thailand has and Myanmar has not.
#[test]
fn myawaddy_red_notice_needs_an_approved_arrest_and_extradition_a_treaty() {
    let sc = bundled(MYAWADDY);
    // A seed where the I-24/7 hold on the exchange lands and the NCB offers the KYC file.
    let seed = (1..=10)
        .find(|&seed| {
            let (s, _) = play(sc.clone(), seed, &line("expert"));
            s.holds(&Condition::Chose { inject: "kh-ncb".into(), choice: "lead-and-formal".into() })
        })
        .expect("the NCB's message comes on most seeds");
    let mut s = Session::new(sc.clone(), seed);
    let red =
        request("red", "red", Target::Suspect("boss".into()), &["identity", "warrant", "facts"]);
    let seek = Action::SeekArrest { suspect: "boss".into() };
    assert_eq!(s.check(&seek), Err(ActionError::NotIdentified { suspect: "boss".into() }));
    // The NCB's KYC file names him (the trace, the hold, the NCB's offer).
    s.apply(
        12 * M,
        &Action::Collect { item: "chain-trace".into(), method: "chain-analysis".into() },
    )
    .unwrap();
    let hold = request(
        "i247",
        "hold",
        Target::Account("kh-exchange".into()),
        &["victim-report", "target-details", "facts"],
    );
    s.apply(6 * H + 15 * M, &hold).unwrap();
    s.advance_to(2 * D + 6 * H);
    assert!(s.holds(&Condition::Awaiting("kh-ncb".into())), "seed {seed}");
    s.apply(2 * D + 7 * H, &choose("kh-ncb", "lead-and-formal")).unwrap();
    assert!(s.holds(&Condition::Identified("boss".into())));
    assert_eq!(s.check(&red), Err(ActionError::ArrestNotApproved { suspect: "boss".into() }));
    s.apply(2 * D + 8 * H, &seek).expect("identified, case filed: the application goes in");
    s.advance_to(10 * D);
    assert!(suspect(&s, "boss").arrest_approved, "approved within 3–7 days");
    let extradite = request(
        "extradition",
        "extradite",
        Target::Suspect("boss".into()),
        &["facts", "legal-basis", "warrant", "translation"],
    );
    assert_eq!(s.check(&extradite), Ok(()), "Thailand has an extradition treaty");
    assert_eq!(s.check(&red), Ok(()));
    // Myanmar: no treaty for extradition.
    let manager = request(
        "extradition",
        "extradite",
        Target::Suspect("manager".into()),
        &["facts", "legal-basis", "warrant", "translation"],
    );
    assert!(s.check(&manager).is_err(), "no extradition from the compound area");

    // In the expert line, on the seeds the boss comes home, it is by extradition after a Red
    // notice, never before his arrest was approved.
    let mut home = 0;
    for seed in 1..=10 {
        let (s, refused) = play(sc.clone(), seed, &line("expert"));
        assert!(refused.is_empty(), "seed {seed}: {refused:?}");
        if !suspect(&s, "boss").in_custody {
            continue;
        }
        home += 1;
        let ev = |pick: &dyn Fn(&EventKind) -> bool| {
            s.events().iter().find(|e| pick(&e.kind)).map(|e| e.at).unwrap()
        };
        let approved =
            ev(&|k| matches!(k, EventKind::ArrestApproved { suspect } if suspect == "boss"));
        let arrested = ev(&|k| matches!(k, EventKind::Arrested { suspect } if suspect == "boss"));
        let back = ev(&|k| matches!(k, EventKind::Repatriated { suspect } if suspect == "boss"));
        assert!(approved < arrested && arrested < back, "seed {seed}");
        assert!(back - approved > 60 * D, "seed {seed}: extradition takes months");
    }
    assert!(home >= 4, "the boss comes home on {home} of 10 seeds");
}

/// The corridor is closed until Thailand cuts the compounds off (day 20); then the host hands
/// over everyone of the case in the compound, with no name needed, identified after return.
/// Wait past day 45 and the armed group has moved them. Statements taken by video from
/// detainees abroad are unlawful and cost compliance; at home, with custody, they are lawful.
#[test]
fn myawaddy_corridor_hands_over_everyone_without_names_and_waiting_costs() {
    let sc = bundled(MYAWADDY);
    let handover = request(
        "handover",
        "handover",
        Target::Jurisdiction("MM".into()),
        &["facts", "compound-location"],
    );
    let mut s = Session::new(sc.clone(), 1);
    s.advance_to(3 * D);
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
    assert!(!suspect(&s, "chatter").identified && !suspect(&s, "manager").identified);
    s.apply(20 * D + H, &handover).expect("no named suspect needed");
    s.advance_to(40 * D);
    for w in ["chatter", "manager"] {
        let st = suspect(&s, w);
        assert!(st.in_custody && st.identified, "{w} came back and was identified after");
    }
    assert!(!suspect(&s, "boss").in_custody, "the boss lives in Bangkok, not the compound");
    assert_eq!(s.check(&interrogate), Ok(()));

    // Too late: by day 45 the armed group has moved its people; only the chatter is left.
    let mut late = Session::new(sc.clone(), 1);
    late.advance_to(46 * D);
    assert!(late.holds(&Condition::Flag("dispersed".into())));
    assert_eq!(suspect(&late, "manager").jurisdiction, "KH");
    late.apply(46 * D, &handover).unwrap();
    late.advance_to(70 * D);
    assert!(suspect(&late, "chatter").in_custody && !suspect(&late, "manager").in_custody);

    let mut v = Session::new(sc, 1);
    let video =
        Action::Collect { item: "suspect-statements".into(), method: "video-interview".into() };
    v.advance_to(20 * D + H);
    let before = v.compliance();
    v.apply(20 * D + H, &video).expect("the video call is possible once the corridor opens");
    v.advance_to(22 * D);
    assert_eq!(v.compliance(), before - 20, "questioning detainees abroad costs 20 points");
    assert!(v.holds(&Condition::Tainted("suspect-statements".into())));
}

/// The KYC file the Cambodian NCB hands over comes through police cooperation with no custody
/// record: usable, but only with the written explanation two investigators sign; an oral
/// explanation does not cure it.
#[test]
fn myawaddy_the_ncb_file_needs_the_investigators_written_explanation() {
    let sc = bundled(MYAWADDY);
    let expert = line("expert");
    let seed = (1..=10)
        .find(|&seed| {
            let (s, _) = play(sc.clone(), seed, &expert);
            s.holds(&Condition::Chose { inject: "kh-ncb".into(), choice: "lead-and-formal".into() })
        })
        .expect("the NCB's message comes on most seeds");
    let (s, _) = play(sc.clone(), seed, &expert);
    let p = item(&s, "exchange-kyc").provenance.as_ref().expect("in the file");
    assert_eq!((p.weight, p.documented), (Weight::Cooperation, false));
    assert_eq!(item(&s, "exchange-kyc").challenges, vec!["undocumented".to_string()]);
    assert_eq!(admitted(&s, "exchange-kyc"), Some(true), "attested: admitted");
    assert!(s.outcome().unwrap().debrief.contains(&"kyc-attested".to_string()));

    let explained: Vec<TimedAction> = expert
        .iter()
        .map(|a| match &a.act {
            Action::Answer { item, answer: Answer::Attest } => TimedAction {
                act: Action::Answer { item: item.clone(), answer: Answer::Explain },
                ..a.clone()
            },
            _ => a.clone(),
        })
        .collect();
    let (s, _) = play(sc, seed, &explained);
    assert_eq!(admitted(&s, "exchange-kyc"), Some(false), "an oral explanation is not enough");
    assert!(s.outcome().unwrap().debrief.contains(&"kyc-excluded".to_string()));
    // Records handed over by the liaison officers came with the host police's record: an
    // explanation of their provenance is enough.
    let p = item(&s, "exchange-records").provenance.as_ref().expect("handed over");
    assert!(p.weight == Weight::Cooperation && p.documented);
    assert_eq!(admitted(&s, "exchange-records"), Some(true));
}

/// Money frozen abroad comes back only with the court's confiscation decision, at the verdict,
/// and only the agreed share; the foreign freeze has to be renewed to last until then.
#[test]
fn myawaddy_money_abroad_comes_back_only_at_the_verdict_and_its_share() {
    let sc = bundled(MYAWADDY);
    let expert = line("expert");
    let mut confiscated = 0;
    for seed in 1..=10 {
        let (s, _) = play(sc.clone(), seed, &expert);
        let early = s.events().iter().any(|e| {
            e.at < s.verdict_at()
                && matches!(&e.kind, EventKind::Returned { account, .. }
                    if account == "kh-exchange" || account == "th-maesot")
        });
        assert!(!early, "seed {seed}: nothing comes back from abroad before the verdict");
        for (e, amount) in s.events().iter().filter_map(|e| match &e.kind {
            EventKind::Confiscated { amount, .. } => Some((e, *amount)),
            _ => None,
        }) {
            assert_eq!(e.at, s.verdict_at());
            assert_eq!(amount % 4, 0, "80 % of what was frozen");
            confiscated += 1;
        }
    }
    assert!(confiscated >= 3, "the exchange money comes back on some seeds: {confiscated}");

    // Without the renewal at day 150 the urgent freeze lapses before the verdict.
    let unrenewed: Vec<TimedAction> = expert
        .iter()
        .filter(|a| !(a.at == Dur(150 * D) && matches!(&a.act, Action::Request { .. })))
        .cloned()
        .collect();
    for seed in 1..=10 {
        let (s, _) = play(sc.clone(), seed, &unrenewed);
        assert!(
            !s.events().iter().any(|e| matches!(&e.kind,
                EventKind::Confiscated { account, .. } if account == "kh-exchange")),
            "seed {seed}: a lapsed freeze returns nothing"
        );
    }
}

/// Doing nothing: the procuratorate finds no proof of the money flow, returns the file twice for
/// supplementary investigation, then declines to prosecute; the debrief says why for every
/// criterion lost.
#[test]
fn myawaddy_passive_file_is_returned_twice_then_not_prosecuted() {
    let sc = bundled(MYAWADDY);
    let (s, _) = play(sc.clone(), 4, &line("passive"));
    let returns: Vec<Secs> = s
        .events()
        .iter()
        .filter(|e| {
            matches!(&e.kind, EventKind::CaseReturned { missing, .. }
            if missing.contains(&"money-flow".to_string()))
        })
        .map(|e| e.at)
        .collect();
    assert_eq!(returns, vec![270 * D, 300 * D], "a month each time");
    assert!(s.trial().not_prosecuted);
    let o = s.outcome().expect("closed");
    assert!(!o.facts.convicted);
    assert!(o.debrief.contains(&"returned".to_string()));
    let short = s.shortfalls();
    for c in &o.criteria {
        if c.value < 1.0 - 1e-9 {
            let f = short.iter().find(|f| f.id == c.id).unwrap_or_else(|| panic!("{}", c.id));
            assert!(!f.lines.is_empty(), "{}: the debrief names the loss", c.id);
        }
    }

    // The expert's file is complete at review: no return, the trial opens on day 300.
    let (s, _) = play(sc, 4, &line("expert"));
    assert_eq!(s.trial().returns, 0);
    assert_eq!(s.trial_opens(), 300 * D);
    assert!(s.outcome().unwrap().facts.convicted);
}

#[test]
fn myawaddy_expert_line_is_never_refused() {
    let sc = bundled(MYAWADDY);
    for seed in 1..=20 {
        let (_, refused) = play(sc.clone(), seed, &line("expert"));
        assert!(refused.is_empty(), "seed {seed}: {refused:?}");
    }
}
