//! Each mechanic of the engine on its own, on the `mini` fixture.

use std::sync::Arc;

use goldenhour::scenario::{Action, Answer, Preservation, Target};
use goldenhour::sim::{ActionError, EventKind, HoldKind, Session};

use crate::common::play;

use crate::common::*;

fn transfer_time(s: &Session, from: &str, to: &str) -> Option<i64> {
    s.events().iter().find_map(|e| match &e.kind {
        EventKind::Transfer { from: f, to: t, .. } if f == from && t == to => Some(e.at),
        _ => None,
    })
}

#[test]
fn money_moves_on_by_the_rules_and_cash_out_is_lost() {
    let mut s = session();
    // p1 landed at -5m; the first mule sweeps 10 minutes later, at +5m.
    assert_eq!(balance(&s, "mule-1"), 100_000);
    s.advance_to(6 * M);
    assert_eq!(balance(&s, "mule-1"), 0);
    assert_eq!(balance(&s, "mule-2"), 100_000);
    assert_eq!(transfer_time(&s, "mule-1", "mule-2"), Some(5 * M));
    s.finish();
    let o = s.outcome().expect("closed");
    assert_eq!(o.facts.paid, 150_000);
    assert_eq!(balance(&s, "cash"), 150_000);
    assert_eq!(o.facts.secured, 0);
}

#[test]
fn stop_payment_blocks_then_expires() {
    let mut s = session();
    s.apply(M, &stop("mule-1")).expect("domestic stop-payment is allowed");
    // takes effect after 2 minutes, before the sweep at +5m
    s.advance_to(47 * H);
    assert_eq!(balance(&s, "mule-1"), 150_000, "held money stays, and new money is held too");
    let hold =
        s.account_state("mule-1").unwrap().active_holds(s.now()).next().cloned().expect("active");
    assert_eq!((hold.kind, hold.from, hold.until), (HoldKind::StopPayment, 3 * M, 3 * M + 48 * H));
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(&e.kind, EventKind::Blocked { account, .. } if account == "mule-1"))
    );
    s.advance_to(49 * H);
    assert!(s.events().iter().any(|e| matches!(&e.kind, EventKind::HoldExpired { account, kind: HoldKind::StopPayment } if account == "mule-1")));
    assert_eq!(balance(&s, "mule-1"), 0, "once the hold expires the gang moves the money");
}

#[test]
fn renewals_run_out() {
    let mut s = session();
    s.apply(M, &stop("mule-1")).unwrap();
    let renew = Action::RenewStopPayment { account: acct("mule-1") };
    s.apply(10 * M, &renew).expect("first renewal");
    s.apply(11 * M, &renew).expect("second renewal");
    let err = s.apply(12 * M, &renew).unwrap_err();
    assert_eq!(err, ActionError::RenewalsUsed { account: acct("mule-1"), max: 2 });
    // 48 h + two renewals of 48 h = 144 h of hold from +3m.
    let until = s.account_state("mule-1").unwrap().active_holds(s.now()).next().unwrap().until;
    assert_eq!(until, 3 * M + 144 * H);
    s.advance_to(3 * M + 144 * H - 1);
    assert!(s.account_state("mule-1").unwrap().blocked(s.now()));
    s.advance_to(3 * M + 144 * H + 1);
    assert!(!s.account_state("mule-1").unwrap().blocked(s.now()));
}

#[test]
fn a_lapsed_stop_payment_is_not_ordered_again() {
    let mut s = session();
    s.apply(M, &stop("mule-1")).unwrap();
    s.advance_to(50 * H);
    assert_eq!(
        s.check(&stop("mule-1")),
        Err(ActionError::StopPaymentUsed { account: acct("mule-1") })
    );
}

#[test]
fn freeze_needs_grounds_and_approval_lags() {
    let mut s = session();
    let freeze = Action::Freeze { account: acct("mule-2"), grounds: vec!["case-filed".into()] };
    // the ground needs the case filed first
    assert_eq!(s.check(&freeze), Err(ActionError::GroundNotMet { ground: "case-filed".into() }));
    s.apply(M, &Action::Choose { inject: "file".into(), choice: "file-now".into() }).unwrap();
    s.apply(2 * M, &freeze).expect("grounds hold now");
    s.advance_to(2 * M + 59 * M);
    assert!(
        !s.account_state("mule-2").unwrap().blocked(s.now()),
        "approval takes at least an hour"
    );
    assert!(s.account_state("mule-2").unwrap().freeze_pending);
    s.advance_to(2 * M + 3 * H);
    let st = s.account_state("mule-2").unwrap();
    assert!(
        st.active_holds(s.now()).any(|h| h.kind == HoldKind::Freeze && h.until - h.from == 180 * D)
    );
    // approval came after the sweep at +35m: the money had already left
    assert_eq!(balance(&s, "mule-2"), 0);
}

#[test]
fn a_freeze_lapses_unless_renewed() {
    let mut s = session();
    s.apply(M, &Action::Choose { inject: "file".into(), choice: "file-now".into() }).unwrap();
    let renew = Action::RenewFreeze { account: acct("mule-1") };
    assert_eq!(s.check(&renew), Err(ActionError::NotFrozen { account: acct("mule-1") }));
    s.apply(2 * M, &Action::Freeze { account: acct("mule-1"), grounds: vec!["case-filed".into()] })
        .unwrap();
    s.advance_to(4 * H);
    let until = |s: &Session| {
        s.account_state("mule-1").unwrap().active_holds(s.now()).map(|h| h.until).max()
    };
    let first = until(&s).expect("frozen");
    s.apply(170 * D, &renew).expect("a freeze in force can be renewed");
    assert_eq!(until(&s), Some(first + 180 * D));
    s.advance_to(first + D);
    assert!(
        s.account_state("mule-1").unwrap().blocked(s.now()),
        "still frozen past the first term"
    );
}

#[test]
fn freeze_without_required_ground_is_refused_after_the_wait() {
    let mut s = session();
    s.apply(M, &Action::Freeze { account: acct("mule-1"), grounds: vec![] }).unwrap();
    s.advance_to(4 * H);
    assert!(s.events().iter().any(
        |e| matches!(&e.kind, EventKind::FreezeRefused { ground, .. } if ground == "case-filed")
    ));
    assert!(!s.account_state("mule-1").unwrap().blocked(s.now()));
}

#[test]
fn tip_off_speeds_the_gang_up() {
    let calm = {
        let mut s = session();
        s.advance_to(2 * H);
        transfer_time(&s, "mule-2", "lao-1")
    };
    assert_eq!(calm, Some(35 * M), "without a tip-off mule-2 sweeps 30m after the money lands");
    let mut s = session();
    // money left mule-1 at +5m; the stop at +6m catches only p2 later, but it tips the gang off
    s.apply(6 * M, &stop("mule-1")).unwrap();
    s.advance_to(2 * H);
    assert!(s.tipped());
    // stop in force at +8m, tip-off 5m later at +13m, tipped sweep 2m later
    assert_eq!(transfer_time(&s, "mule-2", "lao-1"), Some(15 * M));
    // the organiser fled to Thailand
    let boss = s.suspects().find(|(x, _)| x.id == "boss").unwrap().1;
    assert_eq!(boss.jurisdiction, "TH");
}

#[test]
fn domestic_measures_cannot_reach_foreign_accounts() {
    let mut s = session();
    assert_eq!(s.check(&stop("lao-1")), Err(ActionError::NotKnown { account: acct("lao-1") }));
    s.apply(M, &Action::Monitor { account: acct("mule-2") }).unwrap();
    s.advance_to(40 * M);
    assert!(s.account_state("lao-1").unwrap().known, "following mule-2 traced the Lao card");
    let err = s.check(&stop("lao-1")).unwrap_err();
    assert_eq!(
        err,
        ActionError::NotDomestic {
            account: acct("lao-1"),
            jurisdiction: "LA".into(),
            home: "CN".into()
        }
    );
    // the explanation names the account by its message, not its id
    let msg = s.explain(&err);
    assert_eq!(msg.id, "err-not-domestic");
    assert!(
        msg.args
            .iter()
            .any(|(k, v)| k == "account" && *v == goldenhour::i18n::Arg::Ref("mini-lao-1".into()))
    );
    // and following identified the organiser
    assert!(s.suspects().any(|(x, st)| x.id == "boss" && st.identified));
}

#[test]
fn channel_prerequisites_refuse() {
    let mut s = session();
    // MLA needs a treaty with the target's jurisdiction: there is none with TH
    let err = s.check(&request(
        "mla",
        "records",
        Target::Evidence("th-records".into()),
        &["facts", "translation"],
    ));
    assert_eq!(
        err,
        Err(ActionError::NoAgreement { channel: "mla".into(), jurisdiction: "TH".into() })
    );
    // I-24/7 stop-payment requests come only from the victim's country
    let mut sc = (*mini()).clone();
    sc.victim.jurisdiction = "LA".into();
    let other = Session::new(Arc::new(sc), 7);
    s.apply(M, &Action::Monitor { account: acct("mule-2") }).unwrap();
    s.advance_to(40 * M);
    let hold = request("i247", "hold", Target::Account("lao-1".into()), &[]);
    assert!(s.check(&hold).is_ok());
    assert_eq!(other.check(&hold), Err(ActionError::NotKnown { account: acct("lao-1") }));
    let hold_mule = request("i247", "hold", Target::Account("mule-1".into()), &[]);
    assert_eq!(
        other.check(&hold_mule),
        Err(ActionError::OutOfReach {
            channel: "i247".into(),
            target: "mule-1".into(),
            jurisdiction: "CN".into()
        })
    );
    // wrong kind of target
    let wrong = request("i247", "hold", Target::Evidence("chats".into()), &[]);
    assert!(matches!(s.check(&wrong), Err(ActionError::WrongTarget { .. })));
    // an incomplete MLA request is refused once the response time has passed
    s.apply(41 * M, &request("mla", "freeze-return", Target::Account("lao-1".into()), &["facts"]))
        .unwrap();
    s.advance_to(41 * M + 5 * D);
    assert_eq!(
        s.requests()[0].status,
        goldenhour::sim::RequestStatus::Refused("why-incomplete".into())
    );
}

#[test]
fn foreign_hold_then_mla_freeze_returns_money() {
    let sc = mini();
    let line = sc.lines["expert"].clone();
    let (s, refused) = play(sc, 7, &line);
    assert!(refused.is_empty(), "expert line is lawful: {refused:?}");
    let o = s.outcome().unwrap();
    assert_eq!(o.facts.paid, 100_000, "the second payment was stopped");
    assert_eq!(o.facts.returned, 100_000);
    assert_eq!(o.facts.in_custody, 1);
    assert!(o.facts.convicted);
    assert_eq!(o.score, 100.0);
    assert_eq!(o.grade, "A");
}

#[test]
fn excluded_evidence_breaks_the_chain_of_proof() {
    let sc = mini();
    let line = sc.lines["reckless"].clone();
    let (s, _) = play(sc.clone(), 7, &line);
    let o = s.outcome().unwrap();
    assert_eq!(o.facts.compliance, 70, "remote extraction abroad costs 30 points");
    let (_, st) = s.evidence().find(|(e, _)| e.id == "lao-records").unwrap();
    assert_eq!(st.challenges, vec!["unlawful".to_string()]);
    assert_eq!(st.ruling.as_ref().map(|r| r.admitted), Some(false));
    assert!(!o.facts.convicted);
    assert!(
        s.events()
            .iter()
            .any(|e| e.msg.id == "ev-verdict-no-accused" || e.msg.id == "ev-verdict-acquitted")
    );

    // With the same unlawful copy but a formal one obtained later, the item is admitted.
    let mut line = sc.lines["expert"].clone();
    line.insert(
        0,
        goldenhour::scenario::TimedAction {
            at: goldenhour::time::Dur(2 * M),
            act: Action::Collect { item: "lao-records".into(), method: "remote".into() },
            when: None,
        },
    );
    let (s, _) = play(sc, 7, &line);
    let o = s.outcome().unwrap();
    assert!(o.facts.convicted, "the formal MLA copy replaced the tainted one");
    assert_eq!(o.facts.compliance, 70, "the unlawful collection still cost compliance");
}

#[test]
fn trial_answers_cure_only_what_the_rules_allow() {
    let sc = mini();
    let mut line = sc.lines["expert"].clone();
    // drop the preservation of the chat logs: the defence challenges them
    line.retain(|a| !matches!(a.act, Action::Preserve { .. }));
    let base = line.clone();
    let (s, _) = play(sc.clone(), 7, &line);
    let chats = s.evidence().find(|(e, _)| e.id == "chats").unwrap().1;
    assert_eq!(chats.challenges, vec!["unpreserved".to_string()]);
    assert_eq!(chats.ruling.as_ref().map(|r| r.admitted), Some(false), "no answer: excluded");

    let answer = |a: Answer| goldenhour::scenario::TimedAction {
        at: goldenhour::time::Dur(300 * D + H),
        act: Action::Answer { item: "chats".into(), answer: a },
        when: None,
    };
    let mut explained = base.clone();
    explained.push(answer(Answer::Explain));
    let (s, _) = play(sc.clone(), 7, &explained);
    assert_eq!(
        s.evidence().find(|(e, _)| e.id == "chats").unwrap().1.ruling.as_ref().map(|r| r.admitted),
        Some(true)
    );

    let mut supplemented = base.clone();
    supplemented.push(answer(Answer::Supplement));
    let (s, _) = play(sc.clone(), 7, &supplemented);
    assert_eq!(
        s.evidence().find(|(e, _)| e.id == "chats").unwrap().1.ruling.as_ref().map(|r| r.admitted),
        Some(false)
    );

    let mut withdrawn = base;
    withdrawn.push(answer(Answer::Withdraw));
    let (s, _) = play(sc, 7, &withdrawn);
    let r = s.evidence().find(|(e, _)| e.id == "chats").unwrap().1.ruling.clone().unwrap();
    assert!(r.withdrawn && !r.admitted);
    assert!(s.outcome().unwrap().facts.convicted, "the statement still proves the facts");
}

#[test]
fn answers_outside_the_trial_are_refused() {
    let mut s = session();
    let a = Action::Answer { item: "chats".into(), answer: Answer::Explain };
    assert_eq!(s.check(&a), Err(ActionError::TrialNotOpen));
    assert_eq!(
        s.apply(0, &Action::Preserve { item: "lao-records".into(), how: Preservation::Hash }),
        Err(ActionError::NotInFile { item: "lao-records".into() })
    );
    assert_eq!(
        s.check(&Action::Preserve { item: "statement".into(), how: Preservation::Hash }),
        Err(ActionError::NotElectronic { item: "statement".into() })
    );
    s.advance_to(H);
    assert!(matches!(s.apply(0, &stop("mule-1")), Err(ActionError::InThePast { .. })));
}

#[test]
fn injects_fire_and_deadlines_take_the_default() {
    let mut s = session();
    s.advance_to(30 * S);
    assert!(s.awaiting_choice().is_empty());
    s.advance_to(2 * M);
    assert_eq!(s.awaiting_choice().iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), vec!["file"]);
    s.advance_to(2 * H);
    assert_eq!(s.inject_state("file").unwrap().chosen.as_deref(), Some("later"));
    assert!(
        s.events().iter().any(|e| matches!(&e.kind, EventKind::Chosen { by_default: true, .. }))
    );
    // the victim's second payment went through because nobody stopped her
    assert_eq!(s.paid(), 150_000);
}

const S: i64 = 1;

#[test]
fn same_seed_same_run_and_seeds_matter() {
    let sc = mini();
    let line = vec![
        goldenhour::scenario::TimedAction {
            at: goldenhour::time::Dur(M),
            act: Action::Choose { inject: "file".into(), choice: "file-now".into() },
            when: None,
        },
        goldenhour::scenario::TimedAction {
            at: goldenhour::time::Dur(2 * M),
            act: Action::Freeze { account: "mule-1".into(), grounds: vec!["case-filed".into()] },
            when: None,
        },
    ];
    let run = |seed| {
        let (s, _) = play(sc.clone(), seed, &line);
        serde_json::to_string(&(s.events(), s.outcome())).unwrap()
    };
    assert_eq!(run(7), run(7));
    let approvals: std::collections::BTreeSet<String> = (0..8).map(run).collect();
    assert!(approvals.len() > 1, "the freeze approval time is drawn from the seed");
}

#[test]
fn laundering_loop_stops_with_a_clear_error() {
    let mut sc = (*mini()).clone();
    sc.laundering.rules[1].legs[0].to = "mule-1".into();
    sc.laundering.rules[0].delay = goldenhour::scenario::Dist::Fixed(goldenhour::time::Dur(0));
    sc.laundering.rules[1].delay = goldenhour::scenario::Dist::Fixed(goldenhour::time::Dur(0));
    let mut s = Session::new(Arc::new(sc), 1);
    s.finish();
    let why = s.halted().expect("halted, not hung");
    assert!(why.contains("loop"), "{why}");
    assert!(matches!(s.check(&stop("mule-1")), Err(ActionError::Halted(_))));
}

#[test]
fn when_triggers_wake_at_their_time_and_tip_off_reroutes() {
    let mut sc = (*mini()).clone();
    let mut inj = sc.injects[1].clone();
    inj.id = "late".into();
    inj.trigger = goldenhour::scenario::Trigger::When(goldenhour::scenario::Condition::After(
        goldenhour::time::Dur(2 * H),
    ));
    sc.injects.push(inj);
    // once tipped off, mule-2 sends its money straight to cash instead of the Lao card
    let mut tipped = sc.laundering.rules[1].clone();
    tipped.id = "r2-tipped".into();
    tipped.when = Some(goldenhour::scenario::Condition::Tipped);
    tipped.legs[0].to = "cash".into();
    sc.laundering.rules.insert(1, tipped);
    let mut s = Session::new(Arc::new(sc), 7);
    s.apply(6 * M, &stop("mule-1")).unwrap();
    s.advance_to(3 * H);
    assert_eq!(s.inject_state("late").and_then(|i| i.fired), Some(2 * H));
    assert_eq!(
        transfer_time(&s, "mule-2", "cash"),
        Some(15 * M),
        "re-planned under the tipped rule"
    );
    assert_eq!(transfer_time(&s, "mule-2", "lao-1"), None);
}

#[test]
fn an_action_reaches_the_account_it_names_and_no_other() {
    // The victim's account is the first in the case: what the checks resolve is what is acted
    // on, so a stop-payment on the mule can never land on index 0.
    let mut s = session();
    s.apply(M, &stop("mule-1")).expect("allowed");
    assert!(s.account_state("mule-1").is_some_and(|a| a.stop_pending));
    assert!(s.account_state("victim").is_some_and(|a| !a.stop_pending && a.holds.is_empty()));
    // An id the case does not have is refused by name, never read as the first account.
    let before = s.events().len();
    let e = s.apply(M, &stop("no-such-account")).expect_err("refused");
    assert!(matches!(e, ActionError::Unknown { what: "account", .. }), "{e:?}");
    assert_eq!(s.events().len(), before);
    // A request naming a suspect the case does not have is refused the same way.
    let r = request("mla", "extradite", Target::Suspect("nobody".into()), &[]);
    assert!(matches!(s.check(&r), Err(ActionError::Unknown { what: "suspect", .. })));
}
