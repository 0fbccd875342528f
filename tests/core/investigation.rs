//! Investigation as work, on the `investigation` fixture: statements queried and read, links
//! the analyst confirms or finds wrong, a wallet on the public ledger, a foreign statement
//! through a channel, drafted requests checked against the case file, a message in a foreign
//! language, and victim-care tasks scored by the share done.

use std::sync::Arc;

use goldenhour::run::{Meta, OnRefused};
use goldenhour::scenario::{self, Action, Draft, Scenario, Target, TimedAction};
use goldenhour::sim::{ActionError, DraftFault, EventKind, RequestStatus, Session};
use goldenhour::time::Dur;

use crate::common::*;

fn case() -> Arc<Scenario> {
    Arc::new(scenario::parse(&fixture("investigation.ron")).expect("investigation.ron parses"))
}

fn query(a: &str) -> Action {
    Action::Query { account: a.into() }
}

fn link(from: &str, to: &str) -> Action {
    Action::Link { from: from.into(), to: to.into() }
}

fn task(t: &str) -> Action {
    Action::Task { task: t.into() }
}

fn mla(service: &str, target: &str, draft: Option<Draft>) -> Action {
    Action::Request {
        channel: "mla".into(),
        service: service.into(),
        target: Target::Account(target.into()),
        elements: vec![],
        draft,
    }
}

fn full_draft() -> Draft {
    Draft {
        facts: vec!["paid".into(), "traced-kh".into()],
        basis: Some("treaty".into()),
        attach: vec!["victim-statement".into()],
    }
}

/// What the channel's own rule asks for (the records service): the loss, on the treaty.
fn records_draft() -> Draft {
    Draft { facts: vec!["paid".into()], basis: Some("treaty".into()), attach: vec![] }
}

fn known(s: &Session, a: &str) -> bool {
    s.account_state(a).is_some_and(|x| x.known)
}

#[test]
fn a_statement_shows_the_money_and_the_records_up_to_its_delivery_with_the_senders_device() {
    let mut s = Session::new(case(), 1);
    s.apply(0, &query("mule")).expect("a home account can be queried");
    assert!(s.statement_of("mule").is_none(), "nothing before the bank answers");
    assert_eq!(s.check(&query("mule")), Err(ActionError::QueryPending { account: "mule".into() }));
    s.advance_to(30 * M);
    let st = s.statement_of("mule").expect("delivered after analysis.query (30 min)");
    assert_eq!(st.at, 30 * M);
    let lines: Vec<(i64, bool, &str, u64)> =
        st.lines.iter().map(|l| (l.at, l.incoming, l.counterparty.as_str(), l.amount)).collect();
    assert_eq!(
        lines,
        vec![
            (-2 * D, false, "shop", 268),
            (-D, true, "landlord", 1500),
            (-10 * M, true, "victim", 100_000),
            (10 * M, false, "bridge", 100_000),
        ]
    );
    // The device of the account's operator is on money going out only.
    assert!(
        st.lines
            .iter()
            .filter(|l| !l.incoming)
            .all(|l| l.device.as_deref() == Some("i-dev-compound"))
    );
    assert!(st.lines.iter().filter(|l| l.incoming).all(|l| l.device.is_none()));
    // The victim's second payment (day 2) is not on it: it had not happened.
    assert!(st.lines.iter().all(|l| l.at <= st.at));
    assert!(s.holds(&goldenhour::scenario::Condition::Queried("mule".into())));
}

#[test]
fn a_foreign_bank_account_is_not_queried_at_home_but_its_statement_comes_through_a_channel() {
    let mut s = Session::new(case(), 1);
    let err = s.check(&query("kh-card")).expect_err("a Cambodian account is not queried at home");
    assert!(matches!(err, ActionError::NotDomestic { .. }), "{err:?}");
    s.apply(0, &mla("records", "kh-card", Some(records_draft()))).expect("sent");
    s.advance_to(10 * D);
    let st = s.statement_of("kh-card").expect("the MLA answer is the statement");
    assert!(st.lines.iter().any(|l| l.counterparty == "victim" && l.amount == 20_000));
    assert!(st.lines.iter().any(|l| l.counterparty == "shop"), "its own records too");
}

#[test]
fn a_right_link_puts_the_next_account_on_the_map_after_the_analysts_time() {
    let mut s = Session::new(case(), 1);
    assert!(!known(&s, "bridge"));
    let before = s.check(&link("mule", "bridge")).expect_err("no statement yet");
    assert!(matches!(before, ActionError::NotOnStatement { .. }), "{before:?}");
    s.apply(0, &query("mule")).unwrap();
    s.apply(30 * M, &link("mule", "bridge")).expect("on the statement");
    assert!(s.link_pending("mule", "bridge"));
    assert_eq!(
        s.check(&link("mule", "bridge")),
        Err(ActionError::AlreadyLinked { to: "bridge".into() })
    );
    s.advance_to(49 * M);
    assert!(!known(&s, "bridge"), "the analyst needs 20 minutes");
    s.advance_to(50 * M);
    assert!(known(&s, "bridge"));
    assert!(s.account_state("bridge").is_some_and(|a| a.traced));
    assert!(s.events().iter().any(|e| matches!(&e.kind,
        EventKind::LinkChecked { to, right: true, .. } if to == "bridge")));
    // Now it can be stopped: the expert line's stop-payment holds the money.
    s.apply(50 * M, &stop("bridge")).expect("known now");
}

#[test]
fn a_wrong_link_learns_nothing_and_holds_up_the_next_link_by_the_wrong_link_time() {
    let mut s = Session::new(case(), 1);
    s.apply(0, &query("mule")).unwrap();
    s.apply(30 * M, &link("mule", "shop")).expect("the shop is on the statement");
    s.apply(30 * M, &link("mule", "bridge")).expect("queued behind it");
    // The shop: 20 min + 3 h of checking; the bridge after it: 20 min more.
    let shop_done = 30 * M + 20 * M + 3 * H;
    assert_eq!(s.analyst_free(), shop_done + 20 * M);
    s.advance_to(shop_done);
    assert!(s.events().iter().any(|e| matches!(&e.kind,
        EventKind::LinkChecked { to, right: false, .. } if to == "shop")));
    assert!(!s.account_state("shop").is_some_and(|a| a.traced), "nothing learned");
    assert!(!known(&s, "bridge"));
    s.advance_to(shop_done + 20 * M);
    assert!(known(&s, "bridge"), "the right link, three hours later than it could have been");
}

#[test]
fn a_wallet_is_read_off_the_public_ledger_once_known() {
    let sc = case();
    let mut s = Session::new(sc, 1);
    s.apply(0, &query("mule")).unwrap();
    s.apply(30 * M, &link("mule", "bridge")).unwrap();
    // No stop-payment: the bridge moves the money to the wallet at 10 h 10 min.
    s.advance_to(11 * H);
    s.apply(11 * H, &query("bridge")).unwrap();
    s.advance_to(11 * H + 30 * M);
    s.apply(11 * H + 30 * M, &link("bridge", "wallet")).expect("on the bridge's statement");
    s.advance_to(11 * H + 50 * M);
    assert!(known(&s, "wallet"));
    s.apply(11 * H + 50 * M, &query("wallet")).expect("a wallet is on the public ledger");
    s.advance_to(11 * H + 55 * M);
    let st = s.statement_of("wallet").expect("read after analysis.chain (5 min)");
    assert!(st.lines.iter().any(|l| l.incoming && l.counterparty == "bridge"));
}

#[test]
fn a_drafted_request_is_answered_on_time_only_when_founded_complete_and_on_an_accepted_basis() {
    let sc = case();
    // The freeze is asked for on day 11, after the card's statement (day 10) established
    // "traced-kh", or without it.
    let answered = |draft: Option<Draft>, statement: bool| {
        let mut s = Session::new(sc.clone(), 1);
        if statement {
            s.apply(0, &mla("records", "kh-card", Some(records_draft()))).unwrap();
            assert!(s.requests()[0].faults.is_empty(), "{:?}", s.requests()[0].faults);
        }
        s.apply(11 * D, &mla("freeze", "kh-card", draft)).unwrap();
        let r = s.requests().len() - 1;
        let faults = s.requests()[r].faults.clone();
        s.advance_to(100 * D);
        let at = s
            .events()
            .iter()
            .find(|e| matches!(e.kind, EventKind::RequestAnswered { request, .. } if request == r))
            .map(|e| e.at);
        (faults, at, s.requests()[r].status.clone())
    };
    let (faults, at, status) = answered(Some(full_draft()), true);
    assert!(faults.is_empty(), "{faults:?}");
    assert_eq!(status, RequestStatus::Granted);
    assert_eq!(at, Some(21 * D), "answered after the channel's 10 days");

    // Citing the trace before the statement came: unfounded, sent back (30 days more).
    let (faults, at, _) = answered(Some(full_draft()), false);
    assert_eq!(faults, vec![DraftFault::Unfounded("traced-kh".into())]);
    assert_eq!(at, Some(51 * D));

    let mut poor = full_draft();
    poor.basis = Some("reciprocity".into());
    poor.facts.retain(|f| f != "traced-kh");
    poor.attach.clear();
    let (faults, _, _) = answered(Some(poor), true);
    assert_eq!(
        faults,
        vec![
            DraftFault::Missing("traced-kh".into()),
            DraftFault::NoBasis,
            DraftFault::NotAttached("victim-statement".into()),
        ]
    );
    let (faults, _, _) = answered(None, true);
    assert_eq!(faults.len(), 4, "no draft at all lacks everything: {faults:?}");
}

#[test]
fn a_fact_about_another_target_is_not_asked_for() {
    let mut s = Session::new(case(), 1);
    // "traced-kh" is about the first Cambodian card: a freeze of the second does not need it.
    let draft = Draft { facts: vec!["paid".into()], ..full_draft() };
    s.apply(0, &mla("freeze", "kh-card-2", Some(draft.clone()))).unwrap();
    assert_eq!(s.requests()[0].faults, vec![]);
    s.apply(0, &mla("freeze", "kh-card", Some(draft))).unwrap();
    assert_eq!(s.requests()[1].faults, vec![DraftFault::Missing("traced-kh".into())]);
}

#[test]
fn unknown_facts_are_refused() {
    let s = Session::new(case(), 1);
    let mut d = full_draft();
    d.facts.push("no-such-fact".into());
    let err = s.check(&mla("freeze", "kh-card", Some(d))).expect_err("unknown fact");
    assert!(matches!(err, ActionError::Unknown { what: "fact", .. }), "{err:?}");
}

#[test]
fn a_foreign_message_is_translated_after_its_translation_time() {
    let mut s = Session::new(case(), 1);
    let tr = Action::Translate { inject: "exchange".into() };
    assert!(s.check(&tr).is_err(), "the message has not come yet");
    s.advance_to(H);
    s.apply(H, &tr).expect("it came in English");
    assert_eq!(s.check(&tr), Err(ActionError::NothingToTranslate { inject: "exchange".into() }));
    let translated = goldenhour::scenario::Condition::Translated("exchange".into());
    s.advance_to(4 * H - 1);
    assert!(!s.holds(&translated));
    s.advance_to(4 * H);
    assert!(s.holds(&translated));
    assert_eq!(s.inject_state("exchange").and_then(|i| i.translation_due), Some(4 * H));
}

#[test]
fn victim_care_tasks_stop_her_payments_and_are_scored_by_the_share_done() {
    let sc = case();
    let err = Session::new(sc.clone(), 1).check(&task("visit")).expect_err("call first");
    assert_eq!(
        err,
        ActionError::TaskUnavailable { task: "visit".into(), reason: "i-why-call-first".into() }
    );
    let expert = sc.lines["expert"].clone();
    let (s, refused) = play(sc.clone(), 1, &expert);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(s.paid(), 120_000, "the visit cancelled her day-2 payment of 50,000");
    let care = |s: &Session| {
        s.outcome().unwrap().criteria.iter().find(|c| c.id == "care").map(|c| c.raw).unwrap()
    };
    // Scores keep three decimals.
    assert!((care(&s) - 1.0).abs() < 1e-3);
    let without_family: Vec<TimedAction> =
        expert.iter().filter(|a| a.act != task("family")).cloned().collect();
    let (s2, _) = play(sc.clone(), 1, &without_family);
    assert!((care(&s2) - 2.0 / 3.0).abs() < 1e-3, "{}", care(&s2));
    assert!(s2.outcome().unwrap().score < s.outcome().unwrap().score);
    let without_visit: Vec<TimedAction> =
        expert.iter().filter(|a| a.act != task("visit")).cloned().collect();
    let (s3, _) = play(sc, 1, &without_visit);
    assert_eq!(s3.paid(), 170_000, "without the visit she pays again on day 2");
}

#[test]
fn a_draft_is_kept_in_the_record_and_replays_to_the_same_bytes() {
    let sc = case();
    let line = vec![
        TimedAction { at: Dur(0), act: query("kh-card"), when: None },
        TimedAction {
            at: Dur(0),
            act: mla("records", "kh-card", Some(records_draft())),
            when: None,
        },
    ];
    let played = goldenhour::run::play(sc.clone(), 5, &line, Meta::scripted("", ""));
    // The query of a Cambodian account is refused; the request is taken with its draft.
    assert_eq!(played.refused.len(), 1);
    let rec = played.run.to_record();
    let json = rec.to_json();
    assert!(json.contains("\"paid\"") && json.contains("\"treaty\""), "{json}");
    let again = goldenhour::run::replay(sc, &rec, OnRefused::Stop);
    assert!(again.refused.is_empty());
    let actions = |r: &goldenhour::record::Record| serde_json::to_string(&r.actions).unwrap();
    assert_eq!(actions(&again.run.to_record()), actions(&rec));
    let s = again.run.into_session();
    assert_eq!(s.requests()[0].draft.as_ref(), Some(&records_draft()));
}

#[test]
fn the_html_report_shows_each_drafted_request_with_its_faults_for_the_instructor() {
    use goldenhour::grade::{self, Library, Verdict, report};
    let d = std::env::temp_dir().join(format!("goldenhour-drafts-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let p = d.join("r.json");
    let o = goldenhour(&[
        "play",
        "scenarios/usdt-chain.ron",
        "--line",
        "expert",
        "--seed",
        "3",
        "--lang",
        "en-US",
        "--out",
        p.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", output_text(&o));
    let rec = goldenhour::record::Record::load(&p).unwrap();
    let cat = goldenhour::i18n::Catalog::load(&root().join("locales")).unwrap();
    let lib = Library::load(&[root().join("scenarios")], Some(&cat));
    let Verdict::Verified(rep) = grade::verify(&rec, &lib) else { panic!("verified") };
    let sc = rep.scenario().clone();
    let drafted = rep.session.requests().iter().filter(|r| r.draft.is_some()).count();
    assert!(drafted > 0, "the expert drafts its requests");
    let html = report::html(&rec, &rep, &cat, "en-US");
    let section = html.split("<section id=\"drafts\">").nth(1).expect("a drafts section");
    let section = section.split("</section>").next().unwrap();
    assert_eq!(section.matches("<tr><td").count(), drafted, "one row per drafted request");
    // Each fact the expert stated is named in the trainee's language, not by its id.
    let first = rep.session.requests().iter().find_map(|r| r.draft.clone()).unwrap();
    let fact = sc.fact(&first.facts[0]).unwrap();
    assert!(section.contains(&report::esc(&cat.text("en-US", &fact.name))));
    assert!(!section.contains(&format!(">{}<", fact.id)));
}

#[test]
fn a_line_played_late_takes_what_depends_on_the_late_step_as_soon_as_it_can() {
    // The link to the bridge an hour late: the stop-payment on the bridge at 50 min would be
    // refused (not known yet); played catching up, it is taken when the link is confirmed.
    let sc = case();
    let mut line = sc.lines["expert"].clone();
    for a in &mut line {
        if matches!(a.act, Action::Link { .. }) {
            a.at = Dur(a.at.0 + H);
        }
    }
    let (_, refused) = play(sc.clone(), 1, &line);
    assert!(!refused.is_empty(), "played as written, the stop-payment comes too early");
    let s = goldenhour::calibrate::play_late_session(&sc, 1, &line);
    let stop = s
        .actions()
        .iter()
        .find(|a| a.act == stop("bridge"))
        .map(|a| a.at.0)
        .expect("taken once possible");
    assert_eq!(stop, 30 * M + H + 20 * M, "as soon as the late link was confirmed");
}
