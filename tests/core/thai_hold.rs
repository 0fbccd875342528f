//! The Thai hold: it validates cleanly, its reference lines separate, and its signature
//! mechanics work as the case teaches: the Thai bank's 72-hour hold and the complaint that
//! extends it, the den's flight to Laos, the arrest the procuratorate approves before a joint
//! operation, the Thai police's handover through police cooperation (admitted with the
//! explanation two investigators sign), the procuratorate's returns for supplementary
//! investigation, and money frozen abroad returned only on the confiscation decision.

use goldenhour::scenario::{Action, Answer, Condition, Target, TimedAction, Weight};
use goldenhour::sim::{ActionError, EventKind, HoldKind, Session};
use goldenhour::time::Secs;

use crate::case_checks::*;
use crate::common::*;

const THAI: &str = "scenarios/thai-hold.ron";

#[test]
fn thai_hold_validates_cleanly() {
    validates_cleanly(THAI, "thai-hold");
}

#[test]
fn thai_hold_lines_separate() {
    for seed in [3, 6] {
        let [expert, passive, _] = lines_separate(THAI, seed);
        assert_eq!(expert, 100.0, "the expert line is its own par");
        assert!(passive < 40.0, "seed {seed}: doing nothing scores low: {passive}");
    }
}

#[test]
fn thai_hold_explores_cleanly() {
    let v = explores_cleanly(THAI);
    assert!(v["unreached"].as_array().unwrap().is_empty(), "{}", v["unreached"]);
}

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
    s.advance_to(4 * H);
    s.apply(4 * H, &alert("hold", "th-acct-b")).ok()?;
    s.advance_to(9 * H);
    placed(s, "th-acct-b")
}

fn expert_line() -> Vec<TimedAction> {
    bundled(THAI).lines["expert"].clone()
}

/// The expert line without the actions `drop` matches.
fn expert_without(drop: impl Fn(&Action) -> bool) -> Vec<TimedAction> {
    expert_line().into_iter().filter(|a| !drop(&a.act)).collect()
}

fn is_request(a: &Action, channel: &str, service: &str) -> bool {
    matches!(a, Action::Request { channel: c, service: s, .. } if c == channel && s == service)
}

fn records(s: &Session) -> &goldenhour::sim::ItemState {
    s.evidence().find(|(e, _)| e.id == "th-bank-records").unwrap().1
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
        let answered = kept.holds(&Condition::Flag("complaint-filed".into()));
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
    assert!(s.holds(&Condition::Flag("zhou-consents".into())));
    assert_eq!(reason(s.check(&complaint())), "thh-req-no-hold");
    // And with no complaint the Thai police have no case of their own to hand records over from.
    let handover =
        request("th-police", "handover", Target::Evidence("th-bank-records".into()), &["facts"]);
    assert_eq!(reason(s.check(&handover)), "thh-req-no-complaint");
}

/// The den is alerted when its collector is held: "Nida" and the boss cross into Laos, out of
/// the liaison officer's reach but within the Lancang-Mekong centre's, whose joint operation
/// rests on an arrest the procuratorate has approved.
#[test]
fn thai_the_hold_sends_the_den_to_laos_where_the_lm_centre_reaches_on_an_approved_arrest() {
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
        assert!(s.check(&op).is_err(), "no joint operation before the arrest is approved");
        let red =
            request("notices", "red", Target::Suspect("boss".into()), &["identity", "warrant"]);
        assert!(s.check(&red).is_err(), "no Red notice before the arrest is approved");
        let blue = request("notices", "blue", Target::Suspect("boss".into()), &["identity"]);
        assert_eq!(s.check(&blue), Ok(()), "a Blue notice needs no approved arrest");
        // The boss was identified by the trail to his collector: the case unit applies.
        s.apply(20 * H, &Action::SeekArrest { suspect: "boss".into() }).unwrap();
        s.advance_to(20 * H + 7 * D + M);
        assert!(s.holds(&Condition::ArrestApproved("boss".into())));
        assert_eq!(s.check(&op), Ok(()));
        assert_eq!(s.check(&red), Ok(()));
        return;
    }
    panic!("no seed in 1..=20 placed the hold");
}

/// The Thai police, on Mr Zhou's complaint, hand the bank records over through police
/// cooperation with no custody record: the court admits them with the explanation two
/// investigators sign (Attest), and an ordinary explanation does not cure the missing record.
#[test]
fn thai_police_cooperation_records_are_admitted_with_the_two_investigators_explanation() {
    let sc = bundled(THAI);
    let mut seen = 0;
    for seed in 1..=20 {
        let (s, refused) = play(sc.clone(), seed, &expert_line());
        assert!(refused.is_empty(), "seed {seed}: {refused:?}");
        let r = records(&s);
        let Some(p) = &r.provenance else { continue };
        if p.weight != Weight::Cooperation {
            continue;
        }
        assert!(!p.documented, "handed over with no custody record");
        assert!(
            r.challenges.iter().any(|c| c == "undocumented"),
            "seed {seed}: {:?}",
            r.challenges
        );
        assert_eq!(r.answer, Some(Answer::Attest));
        assert!(r.ruling.as_ref().is_some_and(|x| x.admitted), "seed {seed}: admitted");

        // The same line answering with a plain explanation: excluded, and so no conviction.
        let explain: Vec<TimedAction> = expert_line()
            .into_iter()
            .map(|mut a| {
                if let Action::Answer { answer, .. } = &mut a.act
                    && *answer == Answer::Attest
                {
                    *answer = Answer::Explain;
                }
                a
            })
            .collect();
        let (s2, _) = play(sc.clone(), seed, &explain);
        let r2 = records(&s2);
        assert!(r2.ruling.as_ref().is_some_and(|x| !x.admitted && !x.withdrawn));
        assert!(!s2.trial().convicted, "seed {seed}: the money flow is unproven");
        assert_eq!(s2.returned(), 0, "no conviction, no confiscation decision");
        seen += 1;
    }
    assert!(seen >= 4, "the handover reaches the trial on several seeds: {seen} of 20");
}

/// With no Thai bank record in the file, the procuratorate sends the case back twice (a month
/// each, the trial moving with it) and then declines to prosecute; the money frozen in Thailand
/// does not come back, since no confiscation decision follows.
#[test]
fn thai_missing_records_are_returned_for_supplementary_investigation_then_not_prosecuted() {
    let sc = bundled(THAI);
    let line = expert_without(|a| {
        is_request(a, "th-police", "handover") || is_request(a, "mla", "evidence")
    });
    for seed in 1..=5 {
        let (s, _) = play(sc.clone(), seed, &line);
        let returns: Vec<Secs> = s
            .events()
            .iter()
            .filter(|e| matches!(e.kind, EventKind::CaseReturned { .. }))
            .map(|e| e.at)
            .collect();
        assert_eq!(returns.len(), 2, "seed {seed}: returned at most twice");
        assert_eq!(returns[1] - returns[0], 30 * D, "a month of supplementary investigation");
        assert!(s.events().iter().any(|e| matches!(e.kind, EventKind::NotProsecuted { .. })));
        assert!(s.trial().not_prosecuted && !s.trial().convicted);
        assert!(s.holds(&Condition::ReturnedForInvestigation));
        assert_eq!(s.returned(), 0, "seed {seed}: no verdict, no return");
    }
}

/// Money frozen in Thailand comes back only on the confiscation decision at the verdict, and
/// only the share the host does not keep; never before the verdict.
#[test]
fn thai_frozen_money_returns_after_the_verdict_less_the_hosts_share() {
    let sc = bundled(THAI);
    let mut returned = 0;
    for seed in 1..=20 {
        let (s, _) = play(sc.clone(), seed, &expert_line());
        let confiscated: Vec<_> = s
            .events()
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Confiscated { account, amount } => {
                    Some((e.at, account.clone(), *amount))
                }
                _ => None,
            })
            .collect();
        if confiscated.is_empty() {
            assert_eq!(s.returned(), 0, "seed {seed}: nothing comes back any other way");
            continue;
        }
        assert!(s.trial().convicted);
        let (at, account, amount) = &confiscated[0];
        assert_eq!(account, "th-acct-b");
        assert!(*at >= s.verdict_at(), "seed {seed}: returned at the verdict, not before");
        assert_eq!(*amount, 450_000, "90 % of the 500,000 frozen on the collector");
        assert_eq!(s.returned(), 450_000);
        returned += 1;
    }
    assert!(
        returned >= 10,
        "the expert saves the collector's money on most seeds: {returned} of 20"
    );
}

/// "Never file the complaint" costs: on the same seeds, the expert line without the complaint
/// never keeps more money, and on a good share of them keeps less (the I-24/7 hold came after
/// the 72 hours) or loses the Thai police's records (no Thai case to obtain them in).
#[test]
fn thai_skipping_the_complaint_costs_money_or_evidence() {
    let sc = bundled(THAI);
    let line = expert_without(|a| is_request(a, "th-complaint", "extend"));
    let mut worse = 0;
    for seed in 1..=20 {
        let (full, _) = play(sc.clone(), seed, &expert_line());
        let (no, _) = play(sc.clone(), seed, &line);
        let rec = |s: &Session| records(s).provenance.as_ref().map(|p| p.weight);
        if no.returned() < full.returned() || rec(&no) != rec(&full) {
            worse += 1;
        }
        assert!(no.returned() <= full.returned(), "seed {seed}");
    }
    assert!(worse >= 6, "the complaint matters on a good share of seeds: {worse} of 20");
}
