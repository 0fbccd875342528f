//! Two cases of the library, "Evidence at trial" and the tutorial: each validates cleanly, its
//! reference lines separate good play from bad, and its signature mechanics behave as its texts
//! say (admissibility at trial; lessons that wait for the trainee one step at a time).

use std::sync::Arc;

use goldenhour::record::RecordedAction;
use goldenhour::scenario::{self, Action, Condition, Scenario, TimedAction};
use goldenhour::sim::{ActionError, Session};

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

/// The three reference lines' scores at seed 7: a change here is a change of behaviour.
const EXPECTED: [(&str, [f64; 3]); 2] =
    [(EVIDENCE, [100.0, 23.6, 34.8]), (TUTORIAL, [100.0, 28.6, 18.6])];

#[test]
fn scores_at_seed_7_are_pinned() {
    for (id, want) in EXPECTED {
        let got = ["expert", "passive", "reckless"]
            .map(|l| play_json(&format!("scenarios/{id}.ron"), l, 7).0);
        assert_eq!(got, want, "{id}: scores of the reference lines at seed 7 changed");
        assert!(got[0] >= got[1] + 30.0 && got[0] > got[2], "{id}: {got:?}");
    }
}

// ── Evidence at trial ───────────────────────────────────────────────────────────────────────

/// Files the case, keeps the victim's chats verifiable and brings "Vivian" back, so that the
/// trial turns on the items under test.
const EAT_BASE: &str = r#"
    (at: "1m", do: Choose(inject: "intake", choice: "file-now")),
    (at: "3m", do: Preserve(item: "victim-chats", how: Blockchain)),
    (at: "3d 2h", do: Request(channel: "lm-centre", service: "repatriate", target: Suspect("vivian"),
        elements: ["facts", "identity"])),
"#;

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
fn police_to_police_chat_logs_are_excluded_unless_obtained_again_formally() {
    let sc = case(EVIDENCE);
    // Hashing what the Cambodian officer sent does not restore the chain of custody, and
    // nothing cures it at trial without the formal copy.
    for answer in ["Supplement", "Explain"] {
        let s = run(
            &sc,
            7,
            &eat(&format!(
                r#"(at: "3d 1h", do: Preserve(item: "den-phone-chats", how: Hash)),
                   (at: "300d 1h", do: Answer(item: "den-phone-chats", answer: {answer})),"#
            )),
        );
        assert!(holds(&s, excluded("den-phone-chats")), "{answer}");
        let db = debrief(&s);
        assert!(db.contains(&"p2p-hashed".into()) && db.contains(&"p2p-excluded".into()), "{db:?}");
    }
    // Obtained again through MLA, its provenance explained: admitted.
    let mut formal_seeds = 0;
    for seed in 1..=10 {
        let explained = run(
            &sc,
            seed,
            &eat(&format!(
                r#"{}(at: "300d 1h", do: Answer(item: "den-phone-chats", answer: Explain)),"#,
                mla("den-phone-chats")
            )),
        );
        if holds(&explained, formal("den-phone-chats")) {
            formal_seeds += 1;
            assert!(holds(&explained, admitted("den-phone-chats")), "seed {seed}");
            // The formal copy from abroad still needs its provenance explained.
            let silent = run(&sc, seed, &eat(&mla("den-phone-chats")));
            assert!(holds(&silent, excluded("den-phone-chats")), "seed {seed}");
        } else {
            assert!(holds(&explained, excluded("den-phone-chats")), "seed {seed}");
        }
    }
    assert!(formal_seeds >= 7, "MLA answered in only {formal_seeds} of 10 seeds");
}

#[test]
fn chats_preserved_at_intake_are_admitted_and_unpreserved_ones_are_lost_overnight() {
    let sc = case(EVIDENCE);
    let kept = run(&sc, 7, &eat(""));
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
    let (mut s, refused) = play(sc.clone(), 7, &actions(unpreserved));
    assert!(refused.is_empty(), "{refused:?}");
    assert!(holds(&s, Condition::Flag("chats-lost".into())));
    assert!(holds(&s, excluded("victim-chats")));
    assert!(debrief(&s).contains(&"chats-lost".into()));
    let fired = s.inject_state("chats-recalled").and_then(|i| i.fired);
    assert_eq!(fired, Some(12 * H), "the recall comes at 12 h");
    assert!(s.finish().is_some());

    // The screenshots survive only when the formal chat logs from the seized phone corroborate.
    let corroborated = format!(
        r#"[(at: "1m", do: Choose(inject: "intake", choice: "file-now")), {}
            (at: "300d 1h", do: Answer(item: "victim-chats", answer: Supplement)),]"#,
        mla("den-phone-chats")
    );
    let s = run(&sc, 7, &corroborated);
    assert!(holds(&s, formal("den-phone-chats")), "seed 7: MLA answers");
    assert!(holds(&s, admitted("victim-chats")));
    assert!(debrief(&s).contains(&"screenshots-saved".into()));
}

#[test]
fn remote_login_abroad_costs_compliance_and_is_excluded() {
    let sc = case(EVIDENCE);
    let login = r#"(at: "3d 1h", do: Choose(inject: "remote-offer", choice: "log-in")),
                   (at: "300d 1h", do: Answer(item: "server-data", answer: Explain)),"#;
    let s = run(&sc, 7, &eat(login));
    assert_eq!(s.compliance(), 75);
    assert!(holds(&s, Condition::Tainted("server-data".into())));
    assert!(holds(&s, excluded("server-data")), "no answer cures an unlawful collection");
    // A lawful copy obtained later through MLA replaces it; the compliance cost stays.
    let s = run(&sc, 7, &eat(&format!("{login}{}", mla("server-data"))));
    assert!(holds(&s, formal("server-data")), "seed 7: MLA answers");
    assert!(holds(&s, admitted("server-data")));
    assert_eq!(s.compliance(), 75);
    assert!(debrief(&s).contains(&"remote-replaced".into()));
}

#[test]
fn statements_from_the_family_need_notarisation_and_authentication() {
    let sc = case(EVIDENCE);
    let play_with = |choice: &str, answer: &str| {
        run(
            &sc,
            7,
            &eat(&format!(
                r#"(at: "5d 1h", do: Choose(inject: "family-statements", choice: "{choice}")),
                   (at: "300d 1h", do: Answer(item: "family-statements", answer: {answer})),"#
            )),
        )
    };
    assert!(holds(&play_with("file-as-is", "Supplement"), excluded("family-statements")));
    assert!(holds(&play_with("authenticate", "Explain"), excluded("family-statements")));
    let s = play_with("authenticate", "Supplement");
    assert!(holds(&s, Condition::Flag("statements-authenticated".into())));
    assert!(holds(&s, admitted("family-statements")));
    // Declined: never in the file, so the defence has nothing to challenge.
    let s = run(
        &sc,
        7,
        &eat(r#"(at: "5d 1h", do: Choose(inject: "family-statements", choice: "decline")),"#),
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
