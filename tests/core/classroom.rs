//! Classroom mode: class codes, several teams on one seed, the console's controls, the hidden
//! information, notes, and the class debrief built from the teams' records.

use std::path::PathBuf;
use std::sync::Arc;

use goldenhour::classroom::debrief::{ClassDebrief, DebriefError, DivergenceKind, load_dir};
use goldenhour::classroom::{self, ClassFile, Classroom, Command, code};
use goldenhour::record::Record;
use goldenhour::run::{OnRefused, Run, replay};
use goldenhour::scenario::{self, Action, Scenario, TimedAction, content_hash};
use goldenhour::sim;
use goldenhour::time::{Dur, HOUR, MINUTE};

pub fn frank() -> (Arc<Scenario>, String) {
    let path = format!("{}/scenarios/frank-lao-cards.ron", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("first case is bundled");
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    (Arc::new(scenario::parse(&text).expect("first case parses")), content_hash(&bytes))
}

pub fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gh-class-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// A team's run, which headless classes keep.
fn run(c: &Classroom, team: usize) -> &Run {
    c.teams[team].run().expect("the run is here, not lent out")
}

fn teams(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn class_codes_normalize_and_fix_the_seed() {
    // The same codes, and the same seeds, as exam mode.
    assert_eq!(code::normalize(" gh-7k3p ").unwrap(), "GH-7K3P");
    assert_eq!(code::seed("gh 7k3p").unwrap(), code::seed("GH-7K3P").unwrap());
    assert_eq!(code::seed("GH-7K3P").unwrap(), goldenhour::classcode::to_seed("GH-7K3P").unwrap());
    assert_ne!(code::seed("GH7K3P").unwrap(), code::seed("GH7K3Q").unwrap());
    assert!(matches!(code::normalize("  - "), Err(code::CodeError::Length(_, 0))));
    assert!(matches!(code::normalize("a/bc"), Err(code::CodeError::Character(_, '/'))));
    assert!(matches!(code::normalize("ABCDEFGHIJKLMNOPQ"), Err(code::CodeError::Length(..))));
}

#[test]
fn team_lists_are_checked() {
    let (sc, hash) = frank();
    assert!(matches!(
        Classroom::new(sc.clone(), &hash, "GH-00C1", &teams(&[" ", ""]), "en-US", None),
        Err(classroom::ClassError::NoTeams)
    ));
    assert!(matches!(
        Classroom::new(sc, &hash, "GH-00C1", &teams(&["Team A", "team-a "]), "en-US", None),
        Err(classroom::ClassError::DuplicateTeam(_))
    ));
}

#[test]
fn console_controls_reach_every_team_session() {
    let (sc, hash) = frank();
    let dir = tempdir("console");
    let mut c = Classroom::new(
        sc.clone(),
        &hash,
        "gh-7k3p",
        &teams(&["A", "B", "C"]),
        "en-US",
        Some(dir.clone()),
    )
    .unwrap();
    let seed = code::seed("GH7K3P").unwrap();
    assert!(c.teams.iter().all(|t| t.run().is_some_and(|r| r.seed() == seed)));
    assert!(dir.join("class.json").exists());
    assert!(dir.join("A.record.json").exists());

    // Paused at the start: the clock does not move.
    assert!(c.paused);
    c.tick(0, 10 * MINUTE).unwrap();
    assert_eq!(run(&c, 0).now(), 0);
    c.command(&Command::Resume, None);
    c.tick(0, 10 * MINUTE).unwrap();
    assert_eq!(run(&c, 0).now(), 10 * MINUTE);
    assert_eq!(run(&c, 1).now(), 0, "only the team at the machine runs");
    c.command(&Command::Pause, None);
    c.tick(0, 10 * MINUTE).unwrap();
    assert_eq!(run(&c, 0).now(), 10 * MINUTE);
    c.command(&Command::SetSpeed(900), None);
    assert_eq!(c.speed, 900);

    // Jump to the next inject: team B's clock stops exactly when an inject fires.
    let before = run(&c, 1).events().len();
    let r = c.command(&Command::NextInject, Some(&[1]));
    assert!(r.iter().all(|(_, r)| r.is_ok()));
    let t = run(&c, 1).now();
    assert!(t > 0);
    assert!(
        run(&c, 1).events()[before..]
            .iter()
            .any(|e| e.at == t && matches!(e.kind, sim::EventKind::Inject { .. })),
        "an inject fired at {t}"
    );

    // Fire the optional inject for everyone: it reaches all three sessions and their records.
    let optional = classroom::fireable_injects(run(&c, 0))[0].id.clone();
    assert_eq!(optional, "victim-doubts");
    let r = c.command(&Command::FireInject(optional.clone()), None);
    assert_eq!(r.len(), 3);
    assert!(r.iter().all(|(_, r)| r.is_ok()), "{r:?}");
    for t in &c.teams {
        let t_run = t.run().expect("every run is here");
        assert!(t_run.inject_state(&optional).unwrap().fired.is_some());
        assert!(t_run.awaiting_choice().iter().any(|i| i.id == optional));
        let rec = Record::load(&classroom::record_path(&dir, &t.name)).unwrap();
        assert_eq!(rec.team.as_deref(), Some(t.name.as_str()));
        assert!(
            rec.actions.iter().any(|a| a.act == Action::FireInject { inject: optional.clone() })
        );
    }
    // A second time is refused, for each team.
    let r = c.command(&Command::FireInject(optional.clone()), Some(&[0]));
    assert!(matches!(
        r[0].1,
        Err(classroom::ClassError::Action(sim::ActionError::CannotFire { .. }))
    ));
    assert!(classroom::fireable_injects(run(&c, 0)).is_empty());

    // Reveal: the console state flips and the hidden truth lists the gang's hidden accounts.
    assert!(!c.revealed);
    c.command(&Command::Reveal(true), None);
    assert!(c.revealed);
    let h = classroom::hidden(run(&c, 0));
    assert!(h.accounts.iter().any(|a| a.id == "lao-collector" && !a.found));
    assert!(!h.flows.is_empty(), "money moved through hidden accounts in the first 10 minutes");
    assert!(h.tripwires.contains(&"frank-acc-cn-mule-3".to_string()));

    // Notes are pinned to the active team's sim time and kept in class.json.
    c.add_note("Team A froze late", None, Some(0)).unwrap();
    let cf = ClassFile::load(&dir.join("class.json")).unwrap();
    assert_eq!(cf.notes.len(), 1);
    assert_eq!(cf.notes[0].at, 10 * MINUTE);
    assert_eq!(cf.notes[0].team.as_deref(), Some("A"));
    assert_eq!(cf.seed, seed);

    // Switching teams pauses the clock and moves the presenter to the other session.
    c.command(&Command::Resume, None);
    c.switch_team(2).unwrap();
    assert!(c.paused);
    assert_eq!(c.active_team().name, "C");
    assert!(c.switch_team(5).is_err());
}

#[test]
fn an_instructor_fired_inject_replays_from_the_record() {
    let (sc, hash) = frank();
    let mut c =
        Classroom::new(sc.clone(), &hash, "GH-00R1", &teams(&["A"]), "zh-CN", None).unwrap();
    c.command(&Command::Resume, None);
    c.tick(0, 2 * HOUR).unwrap();
    c.command(&Command::FireInject("victim-doubts".into()), None);
    c.act(
        0,
        &Action::Choose { inject: "victim-doubts".into(), choice: "explain-scam".into() },
        None,
    )
    .unwrap();
    c.finish(0).unwrap();
    let rec = c.records().remove(0);
    assert_eq!(rec.mode, goldenhour::record::Mode::Practice);
    assert_eq!(rec.team.as_deref(), Some("A"));
    assert_eq!(rec.sim_time, None, "headless team records leave the sim time out");
    let mut played = replay(sc, &rec, OnRefused::Stop);
    assert!(played.refused.is_empty(), "{:?}", played.refused);
    played.run.finish();
    assert_eq!(played.run.outcome(), rec.outcome.as_ref());
    assert!(
        played.run.events().iter().any(|e| e.at == 2 * HOUR
            && e.kind == sim::EventKind::Inject { inject: "victim-doubts".into() })
    );
}

fn line(sc: &Scenario, name: &str) -> Vec<TimedAction> {
    sc.lines.get(name).cloned().expect("line exists")
}

/// Three teams: A plays the expert line; B picks another answer to the fee call and freezes the
/// first mule card a day late; C never preserves the chat logs.
pub fn three_team_records(dir: &std::path::Path) -> (Arc<Scenario>, String, u64) {
    let (sc, hash) = frank();
    let mut c = Classroom::new(
        sc.clone(),
        &hash,
        "GH-DBF1",
        &teams(&["A", "B", "C"]),
        "en-US",
        Some(dir.into()),
    )
    .unwrap();
    let expert = line(&sc, "expert");
    let b: Vec<TimedAction> = expert
        .iter()
        .cloned()
        .map(|mut a| {
            if let Action::Choose { inject, choice } = &mut a.act
                && inject == "one-more-fee"
            {
                *choice = "block-frank".into();
            }
            if matches!(&a.act, Action::Freeze { account, .. } if account == "cn-mule-2") {
                a.at = Dur(20 * HOUR);
            }
            a
        })
        .collect();
    let cc: Vec<TimedAction> = expert
        .iter()
        .filter(|a| !matches!(&a.act, Action::Preserve { item, .. } if item == "chat-logs"))
        .cloned()
        .collect();
    c.command(&Command::Resume, None);
    for (ti, list) in [expert, b, cc].into_iter().enumerate() {
        let mut list = list;
        list.sort_by_key(|a| a.at);
        for a in list {
            let now = run(&c, ti).now();
            c.tick(ti, a.at.0 - now).unwrap();
            let _ = c.act(ti, &a.act, None);
        }
        c.finish(ti).unwrap();
    }
    // The closed records are on disk (finishing a team's case saves it).
    for t in &c.teams {
        let rec = Record::load(&classroom::record_path(dir, &t.name)).unwrap();
        assert!(rec.outcome.is_some(), "{} closed", t.name);
    }
    c.add_note("B hesitated on the freeze", Some(HOUR), Some(1)).unwrap();
    (sc, hash, c.seed())
}

#[test]
fn class_debrief_finds_where_the_teams_diverged() {
    let dir = tempdir("debrief");
    let (sc, hash, seed) = three_team_records(&dir);
    let (records, class) = load_dir(&dir).unwrap();
    assert_eq!(records.len(), 3);
    let class = class.expect("class.json");
    let d = ClassDebrief::build(sc.clone(), &hash, &records, class.notes).unwrap();
    assert_eq!(d.seed, seed);
    let names: Vec<&str> = d.teams.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C"]);
    assert!(d.teams.iter().all(|t| t.finished));
    assert!(d.teams.iter().all(|t| t.outcome.criteria.len() == sc.rubric.criteria.len()));
    // Every team has a series from the start; B, who froze a day late, lost money on the way.
    assert!(d.teams.iter().all(|t| !t.recoverable.is_empty()));
    assert!(d.teams[1].recoverable.len() > 1);
    assert!(d.teams[1].recoverable.last().unwrap().1 < d.teams[1].recoverable[0].1);
    assert_eq!(d.notes.len(), 1);

    let find = |kind: &str, subject: &str| {
        d.divergences
            .iter()
            .find(|x| x.decision.kind == kind && x.decision.subject == subject)
            .unwrap_or_else(|| panic!("no divergence on {kind} {subject}: {:#?}", d.divergences))
    };
    let fee = find("choose", "one-more-fee");
    assert_eq!(fee.kind, DivergenceKind::Choice);
    assert_eq!(fee.at, 26 * MINUTE);
    let freeze = find("freeze", "cn-mule-2");
    assert_eq!(freeze.kind, DivergenceKind::Timing);
    assert_eq!(freeze.takes[0].as_ref().map(|t| t.at), Some(HOUR));
    assert_eq!(freeze.takes[1].as_ref().map(|t| t.at), Some(20 * HOUR));
    let preserve = find("preserve", "chat-logs");
    assert_eq!(preserve.kind, DivergenceKind::Taken);
    assert!(
        preserve.takes[0].is_some() && preserve.takes[1].is_some() && preserve.takes[2].is_none()
    );
    // What all three did alike at the same time is not a divergence.
    assert!(
        !d.divergences
            .iter()
            .any(|x| x.decision.kind == "request" && x.decision.subject == "i247/hold/lao-card-1"),
        "{:#?}",
        d.divergences
    );
    // In time order.
    assert!(d.divergences.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn class_debrief_refuses_edited_or_foreign_records() {
    let dir = tempdir("debrief-bad");
    let (sc, hash, _) = three_team_records(&dir);
    let (mut records, _) = load_dir(&dir).unwrap();

    let mut edited = records.clone();
    if let Some(o) = edited[1].1.outcome.as_mut() {
        o.score += 10.0;
    }
    assert!(matches!(
        ClassDebrief::build(sc.clone(), &hash, &edited, vec![]),
        Err(DebriefError::Tampered { .. })
    ));
    let mut other_seed = records.clone();
    other_seed[2].1.seed += 1;
    assert!(matches!(
        ClassDebrief::build(sc.clone(), &hash, &other_seed, vec![]),
        Err(DebriefError::OtherSeed { .. })
    ));
    assert!(matches!(
        ClassDebrief::build(sc.clone(), "0000", &records, vec![]),
        Err(DebriefError::OtherVersion { .. })
    ));
    // A broken file in the folder is an error with line and column, not skipped.
    std::fs::write(dir.join("D.record.json"), "{\n  \"format\": 1,\n  oops\n}\n").unwrap();
    let err = load_dir(&dir).expect_err("broken file refused").to_string();
    assert!(err.contains("D.record.json:3:"), "{err}");
    records.truncate(1);
    assert!(ClassDebrief::build(sc, &hash, &records, vec![]).unwrap().divergences.is_empty());
}

fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

#[test]
fn classroom_debrief_on_the_command_line() {
    let dir = tempdir("debrief-cli");
    three_team_records(&dir);
    let d = dir.to_string_lossy().into_owned();
    let case = "scenarios/frank-lao-cards.ron";
    let o = cli(&["classroom", "debrief", &d, "--scenario", case, "--lang", "en-US"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Where the teams' decisions differed"), "{text}");
    assert!(text.contains("C: never"), "{text}");
    assert!(text.contains("B hesitated on the freeze"), "{text}");
    let o = cli(&["classroom", "debrief", &d, "--scenario", case, "--lang", "zh-CN"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("各组决策的分歧点"));
    let o = cli(&["classroom", "debrief", &d, "--scenario", case, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["teams"].as_array().map(Vec::len), Some(3));
    assert!(v["divergences"].as_array().is_some_and(|d| !d.is_empty()));
    // A folder with no records, and a bad class code, fail with a message and exit 1.
    let empty = tempdir("debrief-empty");
    let o = cli(&["classroom", "debrief", &empty.to_string_lossy(), "--scenario", case]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no team records"));
    let o = cli(&[
        "classroom",
        "join",
        "127.0.0.1",
        "--scenario",
        case,
        "--code",
        "a/b",
        "--team",
        "A",
        "--secret",
        "ABCDE-FGHJK",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("class code"));
}

#[test]
fn one_list_of_clock_speeds_for_the_app_and_the_console() {
    assert_eq!(classroom::SPEEDS, [1, 10, 60, 300, 900, 1800, 3600]);
    let (sc, hash) = frank();
    let mut c = Classroom::new(sc, &hash, "GH-00S1", &teams(&["A"]), "en-US", None).unwrap();
    // A speed the console does not offer goes to the next one up; past the fastest, the fastest.
    for (asked, got) in [(1800, 1800), (1000, 1800), (0, 1), (5000, 3600)] {
        c.command(&Command::SetSpeed(asked), None);
        assert_eq!(c.speed, got, "asked ×{asked}");
        assert_eq!(classroom::SPEEDS[classroom::speed_index(asked)], got);
    }
}

/// Team A fires the optional inject and answers it; B does nothing. Returns A's record path.
fn played_class(dir: &std::path::Path) -> (Arc<Scenario>, String, PathBuf) {
    let (sc, hash) = frank();
    let mut c = Classroom::new(
        sc.clone(),
        &hash,
        "GH-00F1",
        &teams(&["A", "B", "C"]),
        "en-US",
        Some(dir.into()),
    )
    .unwrap();
    c.command(&Command::Resume, None);
    c.tick(0, HOUR).unwrap();
    let r = c.command(&Command::FireInject("victim-doubts".into()), Some(&[0]));
    assert!(r.iter().all(|(_, r)| r.is_ok()), "{r:?}");
    c.act(
        0,
        &Action::Choose { inject: "victim-doubts".into(), choice: "explain-scam".into() },
        Some("2026-01-01T10:00:00Z".into()),
    )
    .unwrap();
    c.add_note("A answered the victim", None, Some(0)).unwrap();
    (sc, hash, classroom::record_path(dir, "A"))
}

#[test]
fn a_class_started_again_resumes_each_team_from_the_folder() {
    let dir = tempdir("resume");
    let (sc, hash, a_path) = played_class(&dir);
    let a_before = std::fs::read(&a_path).unwrap();
    // Team C's file is a record of another class: it must be left alone.
    let mut other = Record::load(&a_path).unwrap();
    other.seed += 1;
    other.team = Some("C".into());
    let c_path = classroom::record_path(&dir, "C");
    other.save(&c_path).unwrap();
    let c_before = std::fs::read(&c_path).unwrap();

    let mut c = Classroom::resume(
        sc.clone(),
        &hash,
        "gh-00f1",
        &teams(&["A", "B", "C"]),
        "en-US",
        dir.clone(),
    )
    .unwrap();
    // A goes on where it was: same actions, same wall times, its note kept.
    let a = run(&c, 0);
    assert_eq!(a.actions().len(), 2);
    assert_eq!(a.recorded_actions(), Record::load(&a_path).unwrap().actions);
    assert_eq!(a.wall()[1].as_deref(), Some("2026-01-01T10:00:00Z"));
    assert!(a.inject_state("victim-doubts").unwrap().fired.is_some());
    assert_eq!(c.notes.len(), 1);
    assert_eq!(c.notes[0].at, HOUR);
    // B had a record with no actions: a run at t=0. C's record is foreign.
    assert!(run(&c, 1).actions().is_empty());
    assert!(c.teams[1].foreign().is_none());
    let why = c.teams[2].foreign().expect("C's record is another class's");
    assert!(why.contains("another class"), "{why}");
    assert_eq!(c.warnings.len(), 1);
    assert_eq!(c.record_path(2), Some(dir.join("conflict").join("C.record.json")));
    assert_eq!(c.record_path(0), Some(a_path.clone()));
    // Nothing was written over the records; C's new play goes to conflict/.
    assert_eq!(std::fs::read(&a_path).unwrap(), a_before);
    c.command(&Command::Resume, None);
    c.tick(2, MINUTE).unwrap();
    c.act(2, &Action::Choose { inject: "file-case".into(), choice: "file-now".into() }, None)
        .unwrap();
    assert_eq!(std::fs::read(&c_path).unwrap(), c_before);
    let conflict = Record::load(&dir.join("conflict").join("C.record.json")).unwrap();
    assert_eq!(conflict.actions.len(), 1);
    // The app's live class writes the sim time reached into its team records.
    assert_eq!(conflict.sim_time, Some(MINUTE));
}

#[test]
fn a_team_record_whose_replay_is_refused_is_reported_not_skipped() {
    let dir = tempdir("resume-refused");
    let (sc, hash, a_path) = played_class(&dir);
    // The same optional inject fired twice: the rules refuse the second one.
    let mut rec = Record::load(&a_path).unwrap();
    let fired = rec.actions[0].clone();
    assert_eq!(fired.act, Action::FireInject { inject: "victim-doubts".into() });
    rec.actions.push(fired);
    rec.save(&a_path).unwrap();
    let bytes = std::fs::read(&a_path).unwrap();

    let meta = classroom::team_meta(&hash, "en-US", "A", true);
    let seed = code::seed("GH-00F1").unwrap();
    match classroom::resume_team(&sc, seed, &meta, &a_path) {
        classroom::Resume::Foreign(why) => {
            assert!(why.contains("action 3"), "{why}");
            assert!(why.contains("refused"), "{why}");
        }
        classroom::Resume::Fresh => panic!("the record is there"),
        classroom::Resume::Resumed(r) => {
            panic!("half-replayed with {} actions", r.actions().len())
        }
    }
    let c =
        Classroom::resume(sc, &hash, "GH-00F1", &teams(&["A", "B"]), "en-US", dir.clone()).unwrap();
    assert!(c.teams[0].foreign().is_some_and(|w| w.contains("refused")));
    assert!(c.warnings.iter().any(|w| w.contains("A.record.json")), "{:?}", c.warnings);
    assert!(run(&c, 0).actions().is_empty(), "A starts afresh, aside");
    assert_eq!(std::fs::read(&a_path).unwrap(), bytes, "the record is kept as it is");
}

#[test]
fn the_presenter_machine_holds_one_team_run_at_a_time() {
    let dir = tempdir("switch");
    let (sc, hash, _) = played_class(&dir);
    let mut c =
        Classroom::resume(sc, &hash, "GH-00F1", &teams(&["A", "B"]), "en-US", dir.clone()).unwrap();
    // A's run goes to the open case: it is no longer in the class.
    let mut playing = c.lend_active().unwrap();
    assert_eq!(playing.meta.team.as_deref(), Some("A"));
    assert!(c.teams[0].run().is_none());
    assert!(matches!(c.lend_active(), Err(classroom::ClassError::Lent(_))));
    assert_eq!(c.records().len(), 1, "only B's run is here");

    // Console commands reach the run at the machine; the log grows only when an inject fires.
    c.command(&Command::Resume, None);
    assert!(!c.paused);
    let t0 = playing.now();
    assert!(!c.command_playing(&Command::NextInject, &mut playing, None).unwrap());
    assert!(playing.now() > t0, "the clock ran to the next inject");
    assert!(matches!(
        c.command_playing(&Command::FireInject("victim-doubts".into()), &mut playing, None),
        Err(classroom::ClassError::Action(sim::ActionError::CannotFire { .. }))
    ));
    assert!(!c.command_playing(&Command::Reveal(true), &mut playing, None).unwrap());
    assert!(c.revealed);
    // Commands for a lent run through the class are refused, not lost in a copy.
    let r = c.command(&Command::NextInject, Some(&[0]));
    assert!(matches!(r[0].1, Err(classroom::ClassError::Lent(_))));
    // A note needs the time of the team at the machine, which the case holds.
    assert!(matches!(c.add_note("late", None, Some(0)), Err(classroom::ClassError::Lent(_))));
    c.add_note("late", Some(playing.now()), Some(0)).unwrap();

    // B takes the machine: A's run comes back whole, B's goes to the case; the clock stops.
    let a_now = playing.now();
    c.switch(1, &mut playing).unwrap();
    assert!(c.paused);
    assert_eq!(c.active(), 1);
    assert_eq!(playing.meta.team.as_deref(), Some("B"));
    assert!(playing.actions().is_empty());
    assert!(c.teams[1].run().is_none());
    assert_eq!(run(&c, 0).actions().len(), 2);
    assert_eq!(run(&c, 0).now(), a_now);
    assert!(matches!(c.switch(7, &mut playing), Err(classroom::ClassError::NoSuchTeam(_))));
    // Back to A.
    c.switch(0, &mut playing).unwrap();
    assert_eq!(playing.meta.team.as_deref(), Some("A"));
    assert_eq!(playing.now(), a_now);
    assert_eq!(run(&c, 1).meta.team.as_deref(), Some("B"));
    // With nothing lent (headless), there is no run to give back.
    let mut h = Classroom::new(
        c.scenario().clone(),
        c.scenario_hash(),
        "GH-00F1",
        &teams(&["A", "B"]),
        "en-US",
        None,
    )
    .unwrap();
    let mut spare = Run::new(h.scenario().clone(), h.seed(), playing.meta.clone());
    assert!(matches!(h.switch(1, &mut spare), Err(classroom::ClassError::NotLent(_))));
    assert_eq!(h.active(), 0);
}
