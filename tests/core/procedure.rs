//! The procedure of Chinese law, one mechanic at a time, on the `procedure` fixture: arrest
//! approval before a Red notice, the investigators' written explanation, lawful and unlawful
//! remote extraction, the procuratorate's returns, a bulk handover, return after a confiscation
//! decision, a pooled card and routing time.

use std::sync::Arc;

use goldenhour::scenario::{self, Action, Answer, Scenario, Target, TimedAction, Weight};
use goldenhour::sim::{ActionError, EventKind, RequestStatus, Session};
use goldenhour::time::Dur;

use crate::common::*;

fn procedure() -> Arc<Scenario> {
    Arc::new(scenario::parse(&fixture("procedure.ron")).expect("procedure.ron parses"))
}

fn line(name: &str) -> Vec<TimedAction> {
    procedure().lines[name].clone()
}

fn without(mut line: Vec<TimedAction>, drop: impl Fn(&Action) -> bool) -> Vec<TimedAction> {
    line.retain(|a| !drop(&a.act));
    line
}

fn at(t: i64, act: Action) -> TimedAction {
    TimedAction { at: Dur(t), act, when: None }
}

fn choose(inject: &str, choice: &str) -> Action {
    Action::Choose { inject: inject.into(), choice: choice.into() }
}

fn seek(s: &str) -> Action {
    Action::SeekArrest { suspect: s.into() }
}

fn red(elements: &[&str]) -> Action {
    request("notices", "red", Target::Suspect("boss".into()), elements)
}

fn item<'a>(s: &'a Session, id: &str) -> &'a goldenhour::sim::ItemState {
    s.evidence().find(|(e, _)| e.id == id).map(|(_, st)| st).expect("item")
}

fn suspect<'a>(s: &'a Session, id: &str) -> &'a goldenhour::sim::SuspectState {
    s.suspects().find(|(x, _)| x.id == id).map(|(_, st)| st).expect("suspect")
}

fn event_at(s: &Session, pick: impl Fn(&EventKind) -> bool) -> Option<i64> {
    s.events().iter().find(|e| pick(&e.kind)).map(|e| e.at)
}

#[test]
fn the_expert_line_of_the_fixture_plays_without_refusal_and_convicts() {
    let (s, refused) = play(procedure(), 3, &line("expert"));
    assert!(refused.is_empty(), "refused: {refused:?}");
    let o = s.outcome().expect("closed");
    assert!(o.facts.convicted, "{:?}", s.trial());
    assert_eq!(s.trial().returns, 0, "nothing was missing at the review");
}

#[test]
fn a_red_notice_needs_an_approved_arrest_and_a_blue_notice_does_not() {
    let mut s = Session::new(procedure(), 1);
    // Not identified yet, then not filed yet: the procuratorate is not asked.
    assert_eq!(s.check(&seek("boss")), Err(ActionError::NotIdentified { suspect: "boss".into() }));
    s.apply(2 * M, &choose("name", "named")).unwrap();
    assert!(matches!(s.check(&seek("boss")), Err(ActionError::ArrestPremature { .. })));
    s.apply(3 * M, &choose("file", "file-now")).unwrap();

    // A Blue notice takes the channel's elements (no warrant) and needs no approval.
    let blue = request("notices", "blue", Target::Suspect("boss".into()), &["identity"]);
    assert_eq!(s.check(&blue), Ok(()));
    // A Red notice is refused until the arrest is approved, whatever the request says.
    assert_eq!(
        s.check(&red(&["identity", "warrant"])),
        Err(ActionError::ArrestNotApproved { suspect: "boss".into() })
    );

    s.apply(H, &seek("boss")).expect("filed and identified: the application goes in");
    assert_eq!(s.check(&seek("boss")), Err(ActionError::ArrestSought { suspect: "boss".into() }));
    s.advance_to(H + 7 * D - 1);
    assert!(!suspect(&s, "boss").arrest_approved, "approval takes its seven days");
    assert!(s.check(&red(&["identity", "warrant"])).is_err());
    s.advance_to(H + 7 * D);
    assert!(suspect(&s, "boss").arrest_approved);
    assert_eq!(
        event_at(&s, |k| matches!(k, EventKind::ArrestApproved { suspect } if suspect == "boss")),
        Some(H + 7 * D)
    );
    s.apply(H + 7 * D, &red(&["identity", "warrant"])).expect("approved: the Red notice goes out");
    // Routing (2 days up the chain) plus the response (1 day).
    s.advance_to(H + 10 * D);
    assert!(suspect(&s, "boss").arrested, "the Red notice led to a provisional arrest");
}

#[test]
fn a_request_leaves_only_after_drafting_translation_and_routing() {
    let mut s = Session::new(procedure(), 5);
    s.apply(H, &choose("file", "file-now")).unwrap();
    let records = request("mla", "records", Target::Evidence("lao-records".into()), &[]);
    s.apply(H, &records).unwrap();
    let r = &s.requests()[0];
    // 10–20 days of routing plus 30 days of response: the promise includes both.
    assert_eq!(r.expected, (H + 40 * D, H + 50 * D));
    s.advance_to(H + 40 * D - 1);
    assert_eq!(s.requests()[0].status, RequestStatus::Pending, "nothing comes back before 40 days");
    s.advance_to(H + 50 * D);
    assert_eq!(s.requests()[0].status, RequestStatus::Granted);
    let got = event_at(
        &s,
        |k| matches!(k, EventKind::EvidenceObtained { item } if item == "lao-records"),
    )
    .expect("obtained");
    assert!((H + 40 * D..=H + 50 * D).contains(&got), "answered at {got}");
}

#[test]
fn material_without_a_custody_record_is_cured_by_two_investigators_explanation() {
    let base = without(line("expert"), |a| matches!(a, Action::Answer { .. }));
    let (s, _) = play(procedure(), 3, &base);
    let ledger = item(&s, "ledger");
    let p = ledger.provenance.as_ref().expect("handed over");
    assert_eq!((p.weight, p.documented), (Weight::Cooperation, false));
    assert_eq!(ledger.challenges, vec!["undocumented".to_string()]);
    assert_eq!(ledger.ruling.as_ref().map(|r| r.admitted), Some(false), "unanswered: excluded");

    let answer = |a: Answer| at(300 * D + H, Action::Answer { item: "ledger".into(), answer: a });
    let mut explained = base.clone();
    explained.push(answer(Answer::Explain));
    let (s, _) = play(procedure(), 3, &explained);
    assert_eq!(
        item(&s, "ledger").ruling.as_ref().map(|r| r.admitted),
        Some(false),
        "an oral explanation is not what the rule takes"
    );

    let mut attested = base;
    attested.push(answer(Answer::Attest));
    let (s, _) = play(procedure(), 3, &attested);
    assert_eq!(item(&s, "ledger").ruling.as_ref().map(|r| r.admitted), Some(true));
    assert!(s.outcome().unwrap().facts.convicted);
}

#[test]
fn remote_extraction_is_lawful_with_its_conditions_and_bought_data_is_not() {
    let remote = Action::Collect { item: "server".into(), method: "remote".into() };
    let bought = Action::Collect { item: "server".into(), method: "bought".into() };
    let mut s = Session::new(procedure(), 2);
    assert!(s.check(&remote).is_err(), "no extraction before its approval");
    s.apply(3 * M, &choose("approve", "approved")).unwrap();
    s.apply(4 * M, &remote).expect("approved: the extraction may start");
    s.advance_to(D + 4 * M);
    let st = item(&s, "server");
    let p = st.provenance.as_ref().expect("extracted");
    assert!(p.lawful && !st.tainted && p.weight == Weight::Formal);
    assert_eq!(s.compliance(), 100, "a lawful extraction costs nothing");
    assert!(
        s.events().iter().any(|e| e.msg.id == "p-friction"),
        "the host's friction is logged with the extraction"
    );

    // Bought from an insider: unlawful, charged, and excluded at trial whatever is answered.
    let mut line = line("expert");
    line.push(at(4 * M, bought));
    line.push(at(300 * D + H, Action::Answer { item: "server".into(), answer: Answer::Explain }));
    let (s, _) = play(procedure(), 2, &line);
    let st = item(&s, "server");
    assert!(st.tainted);
    assert_eq!(s.outcome().unwrap().facts.compliance, 80);
    assert_eq!(st.ruling.as_ref().map(|r| r.admitted), Some(false));
    assert!(st.challenges.contains(&"unlawful".to_string()));
}

#[test]
fn the_procuratorate_returns_the_case_twice_then_declines_to_prosecute() {
    // Without the MLA bank records, the money-flow link has nothing the court could admit.
    let line = without(
        line("expert"),
        |a| matches!(a, Action::Request { service, .. } if service == "records"),
    );
    let (s, refused) = play(procedure(), 3, &line);
    assert!(refused.is_empty());
    let returns: Vec<(i64, i64)> = s
        .events()
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::CaseReturned { missing, trial_opens } => {
                assert_eq!(missing, &vec!["flow".to_string()]);
                Some((e.at, *trial_opens))
            }
            _ => None,
        })
        .collect();
    assert_eq!(returns, vec![(250 * D, 330 * D), (280 * D, 360 * D)], "a month each time");
    assert_eq!(
        event_at(&s, |k| matches!(k, EventKind::NotProsecuted { .. })),
        Some(310 * D),
        "after the second return the link is still missing"
    );
    assert!(event_at(&s, |k| matches!(k, EventKind::TrialOpened)).is_none(), "no trial");
    let o = s.outcome().expect("closed");
    assert!(!o.facts.convicted);
    assert!(s.trial().not_prosecuted);
    let lines: Vec<_> = s.shortfalls().into_iter().flat_map(|f| f.lines).collect();
    assert!(
        lines.iter().any(|m| m.id == "expl-not-prosecuted"),
        "the debrief says why there was no trial"
    );
    let missing = lines.iter().filter(|m| m.id == "expl-proof-missing").count();
    assert_eq!(missing, 1, "only the link the review found missing, not the ones it found proven");
}

#[test]
fn supplementary_investigation_cures_the_file_and_the_trial_opens_a_month_late() {
    // The bank records are asked for late (they take 40–50 days): they arrive during the first
    // supplementary investigation, so the second review indicts and the trial opens a month later.
    let mut line = without(
        line("expert"),
        |a| matches!(a, Action::Request { service, .. } if service == "records"),
    );
    line.push(at(225 * D, request("mla", "records", Target::Evidence("lao-records".into()), &[])));
    line.push(at(330 * D + H, Action::Answer { item: "ledger".into(), answer: Answer::Attest }));
    let (s, refused) = play(procedure(), 3, &line);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(s.trial().returns, 1);
    assert_eq!(s.trial_opens(), 330 * D);
    assert_eq!(event_at(&s, |k| matches!(k, EventKind::TrialOpened)), Some(330 * D));
    assert!(s.outcome().unwrap().facts.convicted);
}

#[test]
fn the_host_hands_over_everyone_of_the_case_without_a_named_suspect() {
    let mut s = Session::new(procedure(), 4);
    assert!(!suspect(&s, "worker-1").identified, "nobody is named up front");
    let hand_over = request("police", "hand-over", Target::Jurisdiction("MM".into()), &[]);
    s.apply(H, &hand_over).expect("a jurisdiction is a target of its own");
    s.advance_to(H + 2 * D);
    for w in ["worker-1", "worker-2"] {
        let st = suspect(&s, w);
        assert!(st.in_custody && st.identified, "{w} came back and was identified after");
    }
    assert!(!suspect(&s, "boss").in_custody, "the boss is in Laos, not Myanmar");
    let handed = s.events().iter().find_map(|e| match &e.kind {
        EventKind::HandedOver { jurisdiction, suspects } => Some((jurisdiction, suspects)),
        _ => None,
    });
    assert_eq!(
        handed,
        Some((&"MM".to_string(), &vec!["worker-1".to_string(), "worker-2".to_string()]))
    );
}

#[test]
fn a_pooled_card_returns_the_victim_her_share_by_amount() {
    let mut s = Session::new(procedure(), 6);
    s.apply(M, &choose("file", "file-now")).unwrap();
    s.apply(10 * M, &stop("pool")).unwrap();
    s.apply(20 * M, &Action::Freeze { account: "pool".into(), grounds: vec!["case-filed".into()] })
        .unwrap();
    s.advance_to(2 * H);
    s.apply(2 * H, &Action::ReturnFunds { account: "pool".into() }).unwrap();
    s.advance_to(2 * H + 3 * D);
    // Her 100,000 against 300,000 of others' money: a quarter of what was frozen.
    assert_eq!(s.returned(), 25_000);
    assert!(s.events().iter().any(|e| e.msg.id == "ev-returned-pooled"));
    assert_eq!(balance(&s, "pool"), 0, "the rest went to the card's other victims");
}

#[test]
fn money_abroad_comes_back_only_after_a_conviction_and_its_share() {
    let (s, _) = play(procedure(), 3, &line("expert"));
    let confiscated = s.events().iter().find_map(|e| match &e.kind {
        EventKind::Confiscated { account, amount } if account == "lao" => Some((e.at, *amount)),
        _ => None,
    });
    // 80 % of the 200,000 frozen in Laos, at the verdict.
    assert_eq!(confiscated, Some((s.verdict_at(), 160_000)));
    let before_verdict = s
        .events()
        .iter()
        .filter(|e| e.at < s.verdict_at())
        .any(|e| matches!(&e.kind, EventKind::Returned { account, .. } if account == "lao"));
    assert!(!before_verdict, "nothing comes back from abroad before the court's decision");

    // Without a conviction (the ledger unanswered and the server never taken), nothing comes back.
    let line = without(line("expert"), |a| {
        matches!(
            a,
            Action::Answer { .. }
                | Action::Request { service: _, target: Target::Jurisdiction(_), .. }
        )
    });
    let (s, _) = play(procedure(), 3, &line);
    assert!(!s.outcome().unwrap().facts.convicted);
    assert!(!s.events().iter().any(|e| matches!(e.kind, EventKind::Confiscated { .. })));
    assert!(s.returned() < 160_000);
}

/// Two channels may each have a service called `records`: an action names the service of its
/// own channel (records and reports once named every request after the first channel's).
#[test]
fn a_request_names_the_service_of_its_own_channel() {
    let sc = procedure();
    let service = |channel: &str| {
        let a = request(channel, "records", Target::Evidence("ledger".into()), &[]);
        let m = goldenhour::sim::action_msg(&sc, &a);
        m.args.iter().find(|(k, _)| k == "service").map(|(_, v)| format!("{v:?}"))
    };
    let (mla, police) = (service("mla").unwrap(), service("police").unwrap());
    assert!(mla.contains("\"p-records\""), "{mla}");
    assert!(police.contains("\"p-police-records\""), "{police}");
}
