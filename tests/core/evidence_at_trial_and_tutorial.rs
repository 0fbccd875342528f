//! Two cases of the library, "Evidence at trial" and the tutorial: each validates cleanly, its
//! reference lines separate good play from bad, and its signature mechanics behave as its texts
//! say (admissibility at trial; lessons that wait for the trainee one step at a time).

use std::sync::Arc;

use goldenhour::record::RecordedAction;
use goldenhour::scenario::{self, Action, Condition, Scenario, TimedAction, Weight};
use goldenhour::sim::{ActionError, EventKind, Session};

use crate::common::play;

use crate::common::{D, H, M, bundled, goldenhour, play_json};

const EVIDENCE: &str = "evidence-at-trial";
const TUTORIAL: &str = "tutorial";

fn case(id: &str) -> Arc<Scenario> {
    bundled(&format!("scenarios/{id}.ron"))
}

fn actions(text: &str) -> Vec<TimedAction> {
    scenario::from_ron(text).expect("a valid actions list")
}

/// Plays `text` (an actions file) and returns the closed session; no action may be refused.
fn run(sc: &Arc<Scenario>, seed: u64, text: &str) -> Session {
    let (s, refused) = play(sc.clone(), seed, &actions(text));
    assert!(refused.is_empty(), "seed {seed}: refused {refused:?}");
    s
}

fn line(
    sc: &Arc<Scenario>,
    name: &str,
    seed: u64,
) -> (Session, Vec<(RecordedAction, ActionError)>) {
    let acts = sc.lines.get(name).unwrap_or_else(|| panic!("line {name}")).clone();
    play(sc.clone(), seed, &acts)
}

fn score(s: &Session) -> f64 {
    s.outcome().expect("closed").score
}

fn holds(s: &Session, c: Condition) -> bool {
    s.holds(&c)
}

fn excluded(item: &str) -> Condition {
    Condition::Excluded(item.into())
}

fn admitted(item: &str) -> Condition {
    Condition::Admitted(item.into())
}

fn formal(item: &str) -> Condition {
    Condition::Formal(item.into())
}

fn debrief(s: &Session) -> Vec<String> {
    s.outcome().expect("closed").debrief.clone()
}

// ── Both cases ──────────────────────────────────────────────────────────────────────────────

#[test]
fn both_cases_validate_without_warnings() {
    for id in [EVIDENCE, TUTORIAL] {
        let path = format!("scenarios/{id}.ron");
        let o = goldenhour(&["validate", "--deny-warnings", &path]);
        let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
        assert!(o.status.success(), "{id}: {out}{err}");
        assert!(out.contains(&format!("ok ({id})")), "{out}");
        for lang in ["zh-CN", "en-US", "vi-VN"] {
            assert!(out.contains(&format!("{lang} 100%")), "{lang}: {out}");
        }
        assert!(!err.contains("warning"), "{err}");
    }
}

#[test]
fn the_tutorial_is_complete_in_vietnamese() {
    let o = goldenhour(&["validate", "--deny-warnings", "scenarios/tutorial.ron"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && out.contains("vi-VN 100%"), "{out}");
    assert!(case(TUTORIAL).languages.iter().any(|l| l == "vi-VN"));
    let o = goldenhour(&[
        "play",
        "scenarios/tutorial.ron",
        "--line",
        "expert",
        "--seed",
        "3",
        "--lang",
        "vi-VN",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Bài hướng dẫn") && out.contains("Kết tội"), "{out}");
    assert!(!out.contains('⟨') && !out.contains("tut-"), "no raw message ids: {out}");
}

#[test]
fn explore_reaches_all_content_and_separates_good_play_from_bad() {
    for id in [EVIDENCE, TUTORIAL] {
        let path = format!("scenarios/{id}.ron");
        let o = goldenhour(&["explore", &path, "--runs", "500", "--deny-warnings", "--jobs", "1"]);
        assert!(
            o.status.success(),
            "{id}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn reference_lines_separate_on_every_seed() {
    for id in [EVIDENCE, TUTORIAL] {
        let sc = case(id);
        for seed in 1..=20 {
            let (e, refused) = line(&sc, "expert", seed);
            let (p, _) = line(&sc, "passive", seed);
            let (r, _) = line(&sc, "reckless", seed);
            let (e, p, r) = (score(&e), score(&p), score(&r));
            assert!(e >= p + 30.0, "{id} seed {seed}: expert {e}, passive {p}");
            assert!(e > r + 30.0, "{id} seed {seed}: expert {e}, reckless {r}");
            // The expert line reacts (`when`): a lesson that did not come because the foreign
            // request it waits for failed is passed over, not refused.
            assert!(refused.is_empty(), "{id} seed {seed}: expert refused {refused:?}");
        }
    }
}

/// What each reference line earns, and why: the expert is its own par, and doing nothing loses
/// what the case teaches (no prosecution in "Evidence at trial", no money and no accused in the
/// tutorial).
#[test]
fn the_expert_scores_its_own_par_and_passive_play_loses_what_each_case_teaches() {
    for id in [EVIDENCE, TUTORIAL] {
        for seed in [3, 7] {
            let (expert, _) = play_json(&format!("scenarios/{id}.ron"), "expert", seed);
            assert_eq!(expert, 100.0, "{id} seed {seed}: graded against its own par");
        }
    }
    let sc = case(EVIDENCE);
    let (p, _) = line(&sc, "passive", 7);
    assert!(p.trial().not_prosecuted, "nothing proves who \"Vivian\" is: no prosecution");
    assert_eq!(p.trial().returns, 2);
    assert!(!holds(&p, Condition::Convicted));
    let db = debrief(&p);
    for id in ["returned", "chats-lost", "p2p-excluded", "no-request", "domestic-lost"] {
        assert!(db.contains(&id.to_string()), "{id} missing from {db:?}");
    }
    let sc = case(TUTORIAL);
    let (p, _) = line(&sc, "passive", 7);
    assert_eq!(p.returned(), 0);
    assert!(!holds(&p, Condition::InCustody("holder".into())));
}

// ── Evidence at trial ───────────────────────────────────────────────────────────────────────

/// Files the case, keeps the victim's chats verifiable, has the daughter's statements
/// authenticated (they prove the money flow) and brings "Vivian" back, so that the review and
/// the trial turn on the items under test.
const EAT_BASE: &str = r#"
    (at: "1m", do: Choose(inject: "intake", choice: "file-now")),
    (at: "3m", do: Preserve(item: "victim-chats", how: Blockchain)),
    (at: "3d 2h", do: Request(channel: "lm-centre", service: "repatriate", target: Suspect("vivian"),
        elements: ["facts", "identity"])),
    (at: "5d 1h", do: Choose(inject: "family-statements", choice: "authenticate")),
    (at: "300d 1h", do: Answer(item: "family-statements", answer: Supplement), when: Challenged("family-statements")),
"#;

/// The Cambodian police's handover of the seized phone's chat logs, answered at trial.
fn handover(answer: &str) -> String {
    format!(
        r#"(at: "3d 1h", do: Collect(item: "den-phone-chats", method: "handover")),
           (at: "300d 1h", do: Answer(item: "den-phone-chats", answer: {answer}), when: Challenged("den-phone-chats")),"#
    )
}

const MLA_ELEMENTS: &str =
    r#"["facts", "legal-basis", "translation", "target-details", "approval", "custody-record"]"#;

fn eat(extra: &str) -> String {
    format!("[{EAT_BASE}{extra}]")
}

fn mla(item: &str) -> String {
    format!(
        r#"(at: "3d 1h", do: Request(channel: "mla", service: "evidence", target: Evidence("{item}"), elements: {MLA_ELEMENTS})),"#
    )
}

#[test]
fn a_messenger_copy_proves_nothing_and_the_procuratorate_sends_the_case_back() {
    let sc = case(EVIDENCE);
    // Only the copy a Cambodian officer sent by messenger, hashed on arrival: it identifies
    // "Vivian", but nothing the procuratorate could put to the court proves who he is.
    let s =
        run(&sc, 7, &eat(r#"(at: "3d 1h", do: Preserve(item: "den-phone-chats", how: Hash)),"#));
    assert!(holds(&s, Condition::Identified("vivian".into())), "a lead is good for finding people");
    let returns: Vec<(i64, Vec<String>)> = s
        .events()
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::CaseReturned { missing, .. } => Some((e.at, missing.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        returns,
        vec![(270 * D, vec!["identity".to_string()]), (300 * D, vec!["identity".to_string()])],
        "twice, a month apart"
    );
    assert!(s.trial().not_prosecuted && !holds(&s, Condition::Convicted));
    let db = debrief(&s);
    for id in ["p2p-hashed", "p2p-excluded", "returned", "not-convicted"] {
        assert!(db.contains(&id.to_string()), "{id} missing from {db:?}");
    }
}

#[test]
fn a_police_cooperation_handover_without_a_custody_record_needs_two_investigators_explanation() {
    let sc = case(EVIDENCE);
    let attested = run(&sc, 7, &eat(&handover("Attest")));
    let st =
        attested.evidence().find(|(e, _)| e.id == "den-phone-chats").map(|(_, st)| st).unwrap();
    let p = st.provenance.as_ref().expect("handed over");
    assert_eq!((p.weight, p.documented), (Weight::Cooperation, false));
    assert!(st.challenges.contains(&"undocumented".to_string()), "{:?}", st.challenges);
    assert_eq!(attested.trial().returns, 0, "usable once attested: the review indicts at once");
    assert!(holds(&attested, admitted("den-phone-chats")));
    assert!(holds(&attested, Condition::Convicted));
    assert!(debrief(&attested).contains(&"handover-attested".into()));
    // An oral explanation is not what the rule asks for: excluded, and with it the identity.
    let explained = run(&sc, 7, &eat(&handover("Explain")));
    assert!(holds(&explained, excluded("den-phone-chats")));
    assert!(!holds(&explained, Condition::Convicted));
    assert!(debrief(&explained).contains(&"handover-unattested".into()));
    // The same logs through mutual legal assistance, months later: formal, documented, and
    // admitted with an explanation of their provenance on the seeds where Cambodia answers.
    let mut formal_seeds = 0;
    for seed in 1..=10 {
        let s = run(
            &sc,
            seed,
            &eat(&format!(
                r#"{}(at: "300d 1h", do: Answer(item: "den-phone-chats", answer: Explain), when: Challenged("den-phone-chats")),"#,
                mla("den-phone-chats")
            )),
        );
        if holds(&s, formal("den-phone-chats")) {
            formal_seeds += 1;
            assert!(holds(&s, admitted("den-phone-chats")), "seed {seed}");
            assert!(debrief(&s).contains(&"p2p-formal".into()), "seed {seed}");
        }
    }
    assert!(formal_seeds >= 7, "MLA answered in only {formal_seeds} of 10 seeds");
}

#[test]
fn a_handover_taken_only_after_the_first_return_costs_a_month_and_the_ready_file_criterion() {
    let sc = case(EVIDENCE);
    let late = eat(
        r#"(at: "270d 1h", do: Collect(item: "den-phone-chats", method: "handover"), when: ReturnedForInvestigation),
           (at: "330d 1h", do: Answer(item: "den-phone-chats", answer: Attest), when: Challenged("den-phone-chats")),
           (at: "330d 1h", do: Answer(item: "family-statements", answer: Supplement), when: Challenged("family-statements")),"#,
    );
    let s = run(&sc, 7, &late);
    assert_eq!(s.trial().returns, 1);
    assert_eq!(s.trial_opens(), 330 * D, "the trial opens a month late");
    assert!(holds(&s, Condition::Convicted));
    let ready = |s: &Session| {
        s.outcome().unwrap().criteria.iter().find(|c| c.id == "ready").map(|c| c.value).unwrap()
    };
    assert_eq!(ready(&s), 0.0);
    let on_time = run(&sc, 7, &eat(&handover("Attest")));
    assert_eq!(ready(&on_time), 1.0);
}

#[test]
fn chats_preserved_at_intake_are_admitted_and_unpreserved_ones_are_lost_overnight() {
    let sc = case(EVIDENCE);
    let kept = run(&sc, 7, &eat(&handover("Attest")));
    assert!(!holds(&kept, Condition::Flag("chats-lost".into())));
    assert!(holds(&kept, admitted("victim-chats")), "blockchain-preserved chats are admitted");
    assert!(debrief(&kept).contains(&"chats-preserved".into()));

    // Not preserved: at 12 h the app recalls the messages and only screenshots remain; hashing
    // the screenshots afterwards does not make them verifiable.
    let unpreserved = r#"[
        (at: "1m", do: Choose(inject: "intake", choice: "file-now")),
        (at: "13h", do: Preserve(item: "victim-chats", how: Hash)),
        (at: "300d 1h", do: Answer(item: "victim-chats", answer: Explain)),
    ]"#;
    let (s, _) = play(sc.clone(), 7, &actions(unpreserved));
    assert!(holds(&s, Condition::Flag("chats-lost".into())));
    assert!(debrief(&s).contains(&"chats-lost".into()));
    let fired = s.inject_state("chats-recalled").and_then(|i| i.fired);
    assert_eq!(fired, Some(12 * H), "the recall comes at 12 h");

    // The screenshots survive only when the other side of the conversation, from the seized
    // phone, is admitted and corroborates them.
    let corroborated = format!(
        r#"[(at: "1m", do: Choose(inject: "intake", choice: "file-now")),
            (at: "3d 2h", do: Request(channel: "lm-centre", service: "repatriate", target: Suspect("vivian"),
                elements: ["facts", "identity"])),
            (at: "5d 1h", do: Choose(inject: "family-statements", choice: "authenticate")),
            (at: "300d 1h", do: Answer(item: "family-statements", answer: Supplement)),
            (at: "300d 1h", do: Answer(item: "victim-chats", answer: Supplement)),
            {}]"#,
        handover("Attest")
    );
    let s = run(&sc, 7, &corroborated);
    assert!(holds(&s, Condition::Flag("chats-lost".into())));
    assert!(holds(&s, admitted("den-phone-chats")));
    assert!(holds(&s, admitted("victim-chats")));
    assert!(debrief(&s).contains(&"screenshots-saved".into()));
}

#[test]
fn a_login_without_approval_is_unlawful_and_a_recorded_remote_inspection_is_not() {
    let sc = case(EVIDENCE);
    let base = handover("Attest");
    let login = r#"(at: "3d 1h", do: Choose(inject: "remote-offer", choice: "log-in")),
                   (at: "300d 1h", do: Answer(item: "server-data", answer: Explain)),"#;
    let s = run(&sc, 7, &eat(&format!("{base}{login}")));
    assert_eq!(s.compliance(), 75);
    assert!(holds(&s, Condition::Tainted("server-data".into())));
    assert!(holds(&s, excluded("server-data")), "no answer cures an unlawful collection");
    assert!(debrief(&s).contains(&"remote".into()));
    // A lawful copy obtained later through MLA replaces it; the compliance cost stays.
    let s = run(&sc, 7, &eat(&format!("{base}{login}{}", mla("server-data"))));
    assert!(holds(&s, formal("server-data")), "seed 7: MLA answers");
    assert!(holds(&s, admitted("server-data")));
    assert_eq!(s.compliance(), 75);
    assert!(debrief(&s).contains(&"remote-replaced".into()));

    // The remote inspection with its conditions: not before they hold (a filed case, the
    // credentials from the seized phone's logs), then lawful, admitted once explained, at no
    // compliance cost; Cambodia protests.
    let inspect =
        Action::Collect { item: "server-data".into(), method: "remote-inspection".into() };
    let mut s = Session::new(sc.clone(), 7);
    s.advance_to(D);
    assert!(s.check(&inspect).is_err(), "nothing filed, no credentials: no inspection");
    s.advance_to(3 * D + H);
    assert!(s.flags().contains("case-filed") && s.check(&inspect).is_ok());
    let s = run(
        &sc,
        7,
        &eat(&format!(
            r#"{base}(at: "3d 1h", do: Collect(item: "server-data", method: "remote-inspection")),
               (at: "300d 1h", do: Answer(item: "server-data", answer: Explain)),"#
        )),
    );
    assert!(
        holds(&s, formal("server-data")) && !holds(&s, Condition::Tainted("server-data".into()))
    );
    assert!(holds(&s, admitted("server-data")));
    assert_eq!(s.compliance(), 100);
    assert!(s.events().iter().any(|e| e.msg.id == "eat-msg-friction"), "the host protests");
    let host = s.outcome().unwrap().criteria.iter().find(|c| c.id == "host").unwrap().value;
    assert_eq!(host, 0.0, "the sovereignty dispute costs its criterion");
    assert!(debrief(&s).contains(&"inspection".into()));
}

#[test]
fn statements_from_the_family_need_notarisation_and_authentication() {
    let sc = case(EVIDENCE);
    let play_with = |choice: &str, answer: &str| {
        let text = format!(
            r#"[(at: "1m", do: Choose(inject: "intake", choice: "file-now")),
                (at: "3m", do: Preserve(item: "victim-chats", how: Blockchain)),
                (at: "3d 2h", do: Request(channel: "lm-centre", service: "repatriate", target: Suspect("vivian"),
                    elements: ["facts", "identity"])),
                {}
                (at: "5d 1h", do: Choose(inject: "family-statements", choice: "{choice}")),
                (at: "300d 1h", do: Answer(item: "family-statements", answer: {answer}), when: Challenged("family-statements")),
                (at: "330d 1h", do: Answer(item: "family-statements", answer: {answer}), when: All([Challenged("family-statements"), ReturnedForInvestigation])),]"#,
            handover("Attest")
        );
        run(&sc, 7, &text)
    };
    let s = play_with("authenticate", "Supplement");
    assert!(holds(&s, Condition::Flag("statements-authenticated".into())));
    assert!(holds(&s, admitted("family-statements")));
    assert!(debrief(&s).contains(&"party-admitted".into()));
    assert!(holds(&play_with("authenticate", "Explain"), excluded("family-statements")));
    // Filed as they are, with no other proof of the money flow: the procuratorate has nothing
    // for that link and sends the case back.
    let s = play_with("file-as-is", "Supplement");
    assert!(s.trial().returns > 0, "the money flow is unproven at the review");
    assert!(!holds(&s, admitted("family-statements")));
    // Declined: never in the file, so the defence has nothing to challenge.
    let s = run(
        &sc,
        7,
        r#"[(at: "1m", do: Choose(inject: "intake", choice: "file-now")),
            (at: "5d 1h", do: Choose(inject: "family-statements", choice: "decline")),]"#,
    );
    assert!(!holds(&s, Condition::HasEvidence("family-statements".into())));
}

// ── Tutorial ────────────────────────────────────────────────────────────────────────────────

fn awaiting(s: &Session) -> Vec<String> {
    s.awaiting_choice().iter().map(|i| i.id.clone()).collect()
}

fn cont(inject: &str) -> Action {
    Action::Choose { inject: inject.into(), choice: "continue".into() }
}

#[test]
fn tutorial_lessons_wait_for_the_trainee_one_step_at_a_time() {
    let sc = case(TUTORIAL);
    let mut s = Session::new(sc.clone(), 7);
    // The first lesson is open as the case opens; card B is not known yet.
    assert_eq!(awaiting(&s), ["welcome"]);
    let stop_b = Action::StopPayment { account: "card-b".into() };
    assert!(matches!(s.check(&stop_b), Err(ActionError::NotKnown { .. })));
    s.apply(M, &cont("welcome")).unwrap();
    assert!(awaiting(&s).is_empty());
    // "Next event" lands on the map lesson, which reveals card B.
    assert_eq!(s.advance_to_next_event(), Some(2 * M));
    assert_eq!(awaiting(&s), ["map-lesson"]);
    assert!(s.check(&stop_b).is_ok());
    s.apply(3 * M, &cont("map-lesson")).unwrap();
    s.apply(4 * M, &cont("stop-lesson")).unwrap();
    s.apply(4 * M, &stop_b).unwrap();
    // The hover lesson waits for the stop-payment to take effect.
    assert!(s.inject_state("hover-lesson").and_then(|i| i.fired).is_none());
    s.advance_to(15 * M);
    let fired = s.inject_state("hover-lesson").and_then(|i| i.fired).expect("fired");
    assert!((6 * M..=14 * M).contains(&fired), "fired at {fired}");
    // The greyed-out button it teaches: no return before a freeze, and the reason says so.
    let ret = Action::ReturnFunds { account: "card-b".into() };
    let why = s.check(&ret).expect_err("no freeze yet");
    assert!(matches!(why, ActionError::NotFrozen { .. }));
    assert_eq!(s.explain(&why).id, "err-not-frozen");
    // Forgiving: nobody filed the case, the duty commander files it at 2 h, and the freeze
    // the lesson asks for can then be ordered.
    let freeze = Action::Freeze { account: "card-b".into(), grounds: vec!["case-filed".into()] };
    assert!(matches!(s.check(&freeze), Err(ActionError::GroundNotMet { .. })));
    s.advance_to(2 * H);
    assert!(s.flags().contains("case-filed"));
    s.apply(2 * H, &freeze).unwrap();
    // The return lesson opens when the freeze is in force.
    s.advance_to(11 * H);
    assert!(s.inject_state("return-lesson").and_then(|i| i.fired).is_some());
    assert!(s.check(&ret).is_ok());
}

#[test]
fn tutorial_lesson_on_the_watched_card_tips_the_gang_off() {
    let sc = case(TUTORIAL);
    let s = run(&sc, 7, r#"[(at: "1m", do: StopPayment(account: "card-a"))]"#);
    assert!(s.tipped());
    assert!(s.inject_state("gang-moved").and_then(|i| i.fired).is_some());
    assert!(holds(&s, Condition::Reached("cn-usdt".into())), "card B emptied in minutes");
    assert!(debrief(&s).contains(&"tipped".into()));
}

#[test]
fn tutorial_debrief_explains_each_lesson() {
    let sc = case(TUTORIAL);
    let has = |s: &Session, ids: &[&str]| {
        let db = debrief(s);
        for id in ids {
            assert!(db.contains(&id.to_string()), "{id} missing from {db:?}");
        }
    };
    let (e, _) = line(&sc, "expert", 3);
    has(&e, &["controls", "stopped", "returned", "i247", "mla", "preserved", "formal-admitted"]);
    has(&e, &["custody", "convicted"]);
    let (p, _) = line(&sc, "passive", 3);
    has(&p, &["controls", "lost", "filed-late", "no-i247", "unpreserved", "no-custody"]);
    has(&p, &["not-convicted"]);
    let (r, _) = line(&sc, "reckless", 3);
    has(&r, &["tipped", "remote", "intel-excluded", "not-convicted"]);
    // Every entry with a rule or a figure cites a source of the case.
    for d in &sc.debrief {
        if let Some(src) = &d.source {
            assert!(sc.sources.iter().any(|s| &s.id == src), "{}: {src}", d.id);
        }
    }
    // The tutorial runs its months in a few "Next event" jumps after the golden hour.
    let mut s = Session::new(sc, 3);
    s.advance_to(D);
    let mut jumps = 0;
    while s.advance_to_next_event().is_some() && !s.is_over() {
        jumps += 1;
    }
    assert!(jumps < 40, "{jumps} events between day 1 and the close");
}

#[test]
fn tutorial_records_handed_over_through_police_cooperation_are_admitted_and_a_screenshot_is_not() {
    let sc = case(TUTORIAL);
    let records = |first: &str, answer: &str| {
        run(
            &sc,
            3,
            &format!(
                r#"[(at: "4m", do: StopPayment(account: "card-b")),
                    (at: "6m", do: Choose(inject: "file-case", choice: "file-now")),
                    (at: "46m", do: Preserve(item: "chats", how: Blockchain)),
                    {first}
                    (at: "1d", do: Request(channel: "lm-centre", service: "arrest", target: Suspect("holder"), elements: []),
                        when: Identified("holder")),
                    (at: "150d 1h", do: Answer(item: "vn-bank-records", answer: {answer}), when: Challenged("vn-bank-records")),]"#
            ),
        )
    };
    // The Vietnamese police hand the records over through the police-cooperation mechanism:
    // usable once verified, their provenance explained at trial.
    let coop = records(
        r#"(at: "47m", do: Request(channel: "liaison", service: "records", target: Evidence("vn-bank-records"), elements: [])),"#,
        "Explain",
    );
    let st = coop.evidence().find(|(e, _)| e.id == "vn-bank-records").map(|(_, st)| st).unwrap();
    assert_eq!(
        st.provenance.as_ref().map(|p| p.weight),
        Some(Weight::Cooperation),
        "seed 3: answered"
    );
    assert!(holds(&coop, admitted("vn-bank-records")));
    assert!(holds(&coop, Condition::Convicted));
    assert!(debrief(&coop).contains(&"formal-admitted".into()));
    // A screenshot sent by messaging app names the holder, but nothing cures it at trial.
    let shot = records(
        r#"(at: "47m", do: Collect(item: "vn-bank-records", method: "messenger-copy")),"#,
        "Explain",
    );
    assert!(
        holds(&shot, Condition::Identified("holder".into())),
        "a lead is good for finding people"
    );
    assert!(holds(&shot, excluded("vn-bank-records")));
    assert!(!holds(&shot, Condition::Convicted));
    assert!(debrief(&shot).contains(&"intel-excluded".into()));
}

#[test]
fn tutorial_money_frozen_in_vietnam_comes_back_with_the_verdict_not_before() {
    let sc = case(TUTORIAL);
    let mut seen = 0;
    for seed in 1..=10 {
        let (s, refused) = line(&sc, "expert", seed);
        assert!(refused.is_empty(), "seed {seed}: {refused:?}");
        let verdict = s.verdict_at();
        let early = s.events().iter().any(|e| {
            e.at < verdict
                && matches!(&e.kind, EventKind::Returned { account, .. } if account == "vn-card")
        });
        assert!(!early, "seed {seed}: nothing comes back from Vietnam before the court's decision");
        let confiscated = s.events().iter().find_map(|e| match &e.kind {
            EventKind::Confiscated { account, amount } if account == "vn-card" => {
                Some((e.at, *amount))
            }
            _ => None,
        });
        if let Some((at, amount)) = confiscated {
            seen += 1;
            assert_eq!(at, verdict, "seed {seed}");
            assert_eq!(amount, 30_000, "seed {seed}: the whole 30,000 held on the card");
        }
    }
    assert!(seen >= 5, "the hold caught the Vietnamese card in only {seen} of 10 seeds");
}
