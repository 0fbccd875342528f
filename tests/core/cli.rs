//! The command line as a user runs it: exit codes, messages, scores of the first case's
//! reference lines, byte-for-byte records and the golden record.

use std::path::PathBuf;
use std::process::{Command, Output};

use crate::common::{goldenhour, play_json, root};

const CASE: &str = "scenarios/frank-lao-cards.ron";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goldenhour-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn validate_passes_on_the_bundled_cases() {
    let o = goldenhour(&["validate", "--deny-warnings"]);
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("frank-lao-cards.ron: ok"), "{out}");
    assert!(out.contains("zh-CN 100%") && out.contains("en-US 100%"), "{out}");
    assert!(out.contains("vi-VN 100%"), "{out}");
}

#[test]
fn validate_rejects_broken_files_with_position() {
    let text = std::fs::read_to_string(root().join(CASE)).unwrap();
    // An account reference with a typo.
    let first_leg = text.find("Leg(to: \"").expect("a leg");
    let start = first_leg + "Leg(to: \"".len();
    let end = start + text[start..].find('"').unwrap();
    let bad = format!("{}{}X{}", &text[..start], &text[start..end], &text[end..]);
    let f = tmp("typo.ron");
    std::fs::write(&f, &bad).unwrap();
    let o = goldenhour(&["validate", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let line = bad[..start].matches('\n').count() + 1;
    let err = stderr(&o);
    assert!(err.contains(&format!("typo.ron:{line}:")), "{err}");
    assert!(err.contains("did you mean"), "{err}");

    // Not UTF-8, empty, and binary: exit 1 with a message, never a panic.
    let cases: [(&str, &[u8]); 3] = [
        ("latin1.ron", b"Scenario(id: \"caf\xe9\")"),
        ("empty.ron", b""),
        ("bin.ron", &[0, 159, 146, 150, 255, 0]),
    ];
    for (name, bytes) in cases {
        let f = tmp(name);
        std::fs::write(&f, bytes).unwrap();
        let o = goldenhour(&["validate", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let err = stderr(&o);
        assert!(err.contains(name) && !err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn reference_lines_separate_and_repeat() {
    let (expert, v) = play_json(CASE, "expert", 7);
    let (passive, _) = play_json(CASE, "passive", 7);
    let (reckless, r) = play_json(CASE, "reckless", 7);
    assert!(expert >= passive + 30.0, "expert {expert} vs passive {passive}");
    assert!(
        expert > reckless + 10.0 && reckless > passive,
        "expert {expert}, reckless {reckless}, passive {passive}"
    );
    assert!(
        v["refused"].as_array().is_some_and(|a| a.is_empty()),
        "the expert line is lawful: {}",
        v["refused"]
    );
    assert!(r["facts"]["compliance"].as_i64().unwrap() < 100, "the reckless line breaks rules");
    assert!(v["criteria"].as_array().unwrap().len() >= 4);
    assert_eq!(play_json(CASE, "expert", 7).0, expert, "same seed, same score");
    // The expert line is each criterion's par: it scores 100 on every seed by construction.
    assert_eq!(expert, 100.0);
    // Doing nothing fails: the case is filed two days late, the procuratorate returns it twice
    // and does not prosecute, and nothing abroad is touched.
    let (_, p) = play_json(CASE, "passive", 7);
    assert_eq!(p["grade"], "F", "{p}");
    assert_eq!(p["facts"]["convicted"], false);
    assert_eq!(p["facts"]["returned"], 0);
    assert!(
        p["debrief"].to_string().contains("returned"),
        "the debrief names the returns: {}",
        p["debrief"]
    );
    // Rushing keeps the domestic money it blocks but tips the gang off, buys the server's data
    // and tries a domestic stop-payment on a Lao card, which the rules refuse.
    assert!(r["refused"].to_string().contains("lao-card-1"), "{}", r["refused"]);
    assert!(reckless < expert - 30.0, "reckless {reckless}");
}

#[test]
fn records_are_byte_for_byte_and_match_the_golden_record() {
    let a = tmp("a.json");
    let b = tmp("b.json");
    for out in [&a, &b] {
        let o = goldenhour(&[
            "play",
            CASE,
            "--line",
            "expert",
            "--seed",
            "7",
            "--lang",
            "zh-CN",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let (x, y) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(x, y, "two runs, same record");
    let golden = root().join("tests/golden/frank-lao-cards-expert-seed7.json");
    if std::env::var_os("GOLDENHOUR_BLESS").is_some() {
        std::fs::write(&golden, &x).unwrap();
    }
    let want = std::fs::read(&golden).expect("golden record (regenerate with GOLDENHOUR_BLESS=1)");
    assert!(
        x == want,
        "the record differs from {}: behaviour changed (bless it only if intended)",
        golden.display()
    );
    let rec = goldenhour::record::Record::load(&a).unwrap();
    assert_eq!(rec.seed, 7);
    assert!(rec.actions.iter().all(|a| a.wall.is_none()));
}

#[test]
fn text_output_is_localized() {
    let zh = goldenhour(&["play", CASE, "--line", "expert", "--seed", "7", "--lang", "zh-CN"]);
    let en = goldenhour(&["play", CASE, "--line", "expert", "--seed", "7", "--lang", "en-US"]);
    let (zh, en) = (String::from_utf8_lossy(&zh.stdout), String::from_utf8_lossy(&en.stdout));
    assert!(zh.contains("得分") && zh.contains("等级"), "{zh}");
    assert!(en.contains("Score") && en.contains("grade"), "{en}");
    assert!(!zh.contains('⟨') && !en.contains('⟨'), "no raw message ids");

    let vi = goldenhour(&["play", CASE, "--line", "expert", "--seed", "7", "--lang", "vi-VN"]);
    assert!(vi.status.success(), "{}", stderr(&vi));
    let vi_err = stderr(&vi);
    let vi = String::from_utf8_lossy(&vi.stdout);
    assert!(vi.contains("Điểm") && vi.contains("xếp loại"), "{vi}");
    assert!(vi.contains("mã ngẫu nhiên 7"), "{vi}");
    assert!(!vi.contains('⟨') && !vi_err.contains("missing"), "{vi}{vi_err}");
    // The same score in every language.
    let score_of = |out: &str| out.lines().find(|l| l.contains("/ 100")).map(str::to_string);
    let en_score = score_of(&en).and_then(|l| l.split_whitespace().nth(1).map(str::to_string));
    let vi_score = score_of(&vi).and_then(|l| l.split_whitespace().nth(1).map(str::to_string));
    assert!(en_score.is_some() && en_score == vi_score, "{en_score:?} vs {vi_score:?}");
}

/// A Vietnamese system gets the Vietnamese text when no `--lang` is given.
#[test]
fn the_system_language_picks_vietnamese() {
    let o = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(["play", CASE, "--line", "passive", "--seed", "7"])
        .current_dir(root())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "vi_VN.UTF-8")
        .output()
        .expect("the binary runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Điểm") && out.contains("xếp loại"), "{out}");
}

#[test]
fn bad_input_exits_1_with_a_message() {
    let actions = tmp("actions.ron");
    std::fs::write(&actions, "[\n  (at: \"2m\", do: StopPayment(acount: \"x\")),\n]\n").unwrap();
    let o = goldenhour(&["play", CASE, "--actions", actions.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("actions.ron:2:"), "{}", stderr(&o));

    let o = goldenhour(&["play", CASE, "--line", "nosuch"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("expert"), "lists the lines: {}", stderr(&o));

    let o = goldenhour(&["play", CASE, "--line", "expert", "--lang", "xx-YY"]);
    assert_eq!(o.status.code(), Some(1));
    let o = goldenhour(&["play", "no/such/case.ron", "--line", "expert"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no/such/case.ron"));
    let o = goldenhour(&["play", CASE, "--seed", "-3", "--line", "expert"]);
    assert_eq!(o.status.code(), Some(1));
    let o = goldenhour(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(1));

    // An actions file whose actions the rules refuse still plays, and says why.
    std::fs::write(&actions, "[(at: \"1m\", do: StopPayment(account: \"lao-card-1\"))]").unwrap();
    let o = goldenhour(&["play", CASE, "--actions", actions.to_str().unwrap(), "--format", "json"]);
    if o.status.success() {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["refused"].as_array().map(|a| a.len()), Some(1));
    } else {
        assert!(stderr(&o).contains("lao-card-1"), "{}", stderr(&o));
    }
}

/// `goldenhour ARGS` with its stdout (and, with `close_stderr`, its stderr) a pipe whose reading
/// end is closed before the program starts, as after `| head` has quit: every write to it fails
/// with a broken pipe. Its exit code, and what it printed on stderr when that stays open.
fn closed_pipe_run(args: &[&str], close_stderr: bool) -> (Option<i32>, String) {
    let closed = || {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        std::process::Stdio::from(writer)
    };
    let mut c = Command::new(env!("CARGO_BIN_EXE_goldenhour"));
    c.args(args).current_dir(root()).env("LANG", "en_US.UTF-8").env_remove("GOLDENHOUR_DATA");
    c.stdin(std::process::Stdio::null()).stdout(closed());
    if close_stderr {
        let status = c.stderr(closed()).status().expect("the binary runs");
        (status.code(), String::new())
    } else {
        let o = c.output().expect("the binary runs");
        (o.status.code(), stderr(&o))
    }
}

#[test]
fn no_subcommand_panics_on_a_closed_stdout_or_stderr() {
    let dir = tmp("closed-pipe");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let rec = dir.join("s-001.json");
    let o = goldenhour(&[
        "play",
        CASE,
        "--line",
        "expert",
        "--seed",
        "7",
        "--out",
        rec.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A link to nothing in the folder: `grade` names it on stderr.
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("gone.json"), dir.join("dangling.json")).unwrap();
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, "(id: \"x\", title: ").unwrap();
    let d = dir.to_str().unwrap();
    let csv = dir.join("g.csv");
    let new_dir = dir.join("new");
    let cases: [Vec<&str>; 9] = [
        vec!["grade", d, "--csv", csv.to_str().unwrap()],
        vec!["play", CASE, "--line", "expert", "--seed", "7"],
        vec!["play", CASE, "--line", "expert", "--format", "json"],
        vec!["validate"],
        vec!["validate", broken.to_str().unwrap()],
        vec!["explore", CASE, "--runs", "20"],
        vec!["classroom", "debrief", d],
        vec!["new", "closed-pipe-case", "--dir", new_dir.to_str().unwrap()],
        vec!["--help"],
    ];
    for args in &cases {
        // What the command exits with when its output is read to the end.
        let _ = std::fs::remove_dir_all(&new_dir);
        let open = goldenhour(args).status.code();
        assert_ne!(open, Some(101), "{args:?} panics even with open pipes");
        for close_stderr in [false, true] {
            let _ = std::fs::remove_dir_all(&new_dir);
            let (code, err) = closed_pipe_run(args, close_stderr);
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            assert_eq!(code, open, "{args:?} (stderr closed too: {close_stderr}): {err}");
        }
    }
}

// ── Frank and the Lao cards: the legal procedure the case teaches ────────────────────────────

mod frank {
    use goldenhour::scenario::{Action, Answer, TimedAction};
    use goldenhour::sim::{EventKind, Session};
    use goldenhour::time::Dur;

    use crate::common::{D, H, M, bundled, play};

    const CASE: &str = "scenarios/frank-lao-cards.ron";

    fn expert() -> Vec<TimedAction> {
        bundled(CASE).lines["expert"].clone()
    }

    fn run(line: &[TimedAction], seed: u64) -> (Session, usize) {
        let (s, refused) = play(bundled(CASE), seed, line);
        (s, refused.len())
    }

    fn ruling(s: &Session, item: &str) -> Option<bool> {
        s.events().iter().rev().find_map(|e| match &e.kind {
            EventKind::Ruling { item: i, admitted, .. } if i == item => Some(*admitted),
            _ => None,
        })
    }

    fn replace_choice(line: &mut [TimedAction], inject: &str, to: &str) {
        for a in line.iter_mut() {
            if let Action::Choose { inject: i, choice } = &mut a.act
                && i == inject
            {
                *choice = to.into();
            }
        }
    }

    fn at(t: i64, act: Action) -> TimedAction {
        TimedAction { at: Dur(t), act, when: None }
    }

    /// The NCB's message has three answers with three results: a formal handover the court admits
    /// with the two investigators' explanation, an e-mailed copy it does not, or nothing.
    #[test]
    fn frank_the_ncb_answers_lead_to_different_evidence() {
        let seed = 7;
        let (s, refused) = run(&expert(), seed);
        assert_eq!(refused, 0);
        assert_eq!(ruling(&s, "lao-bank-records"), Some(true), "handover + Attest is admitted");
        assert!(s.outcome().unwrap().facts.convicted);

        let mut copy = expert();
        replace_choice(&mut copy, "lao-ncb", "ask-copy");
        let (s, _) = run(&copy, seed);
        assert!(
            s.events().iter().any(|e| matches!(&e.kind, EventKind::CaseReturned { .. })),
            "an e-mailed copy is not proof: the procuratorate returns the case"
        );
        assert!(!s.outcome().unwrap().facts.convicted);

        let mut silent = expert();
        replace_choice(&mut silent, "lao-ncb", "no-reply");
        let (s, _) = run(&silent, seed);
        assert!(!s.evidence().any(|(e, st)| e.id == "lao-bank-records" && st.held()));
        // Without the Attest answer, the undocumented handover is excluded.
        let no_attest: Vec<TimedAction> = expert()
            .into_iter()
            .filter(|a| !matches!(&a.act, Action::Answer { answer: Answer::Attest, .. }))
            .collect();
        let (s, _) = run(&no_attest, seed);
        assert_eq!(ruling(&s, "lao-bank-records"), Some(false));
    }

    /// Online extraction with its conditions is lawful; buying the data from an insider is not.
    #[test]
    fn frank_remote_extraction_is_lawful_and_buying_the_data_is_not() {
        let (s, _) = run(&expert(), 7);
        assert_eq!(ruling(&s, "gang-server"), Some(true));
        assert_eq!(s.compliance(), 100);
        let bought: Vec<TimedAction> = expert()
            .into_iter()
            .map(|mut a| {
                if let Action::Collect { item, method } = &mut a.act
                    && item == "gang-server"
                {
                    *method = "insider-copy".into();
                }
                a
            })
            .collect();
        let (s, _) = run(&bought, 7);
        assert_eq!(ruling(&s, "gang-server"), Some(false));
        assert!(s.compliance() < 100);
    }

    /// Records may be obtained before the case is filed; a freeze and a Red notice may not, and a
    /// Red notice needs the arrest the procuratorate approved (a Blue notice does not).
    #[test]
    fn frank_filing_arrest_approval_and_notices() {
        let line = vec![
            at(M, Action::Choose { inject: "file-case".into(), choice: "verify-first".into() }),
            at(
                30 * M,
                Action::Collect { item: "cn-bank-records".into(), method: "bank-notice".into() },
            ),
            at(
                31 * M,
                Action::Freeze { account: "cn-mule-2".into(), grounds: vec!["case-filed".into()] },
            ),
        ];
        let (_, refused) = play(bundled(CASE), 7, &line);
        assert_eq!(refused.len(), 1, "only the freeze is refused before filing: {refused:?}");
        assert!(matches!(refused[0].0.act, Action::Freeze { .. }));

        // The expert line without the application: its Red notice is never sent; sent anyway, it
        // is refused.
        let mut no_arrest: Vec<TimedAction> = expert()
            .into_iter()
            .filter(|a| !matches!(a.act, Action::SeekArrest { .. }))
            .map(|mut a| {
                if matches!(&a.act, Action::Request { service, .. } if service == "red") {
                    a.when = Some(goldenhour::scenario::Condition::Identified("frank".into()));
                }
                a
            })
            .collect();
        no_arrest.sort_by_key(|a| a.at);
        let (s, refused) = play(bundled(CASE), 7, &no_arrest);
        assert!(s.suspects().all(|(_, st)| !st.arrest_approved));
        assert!(
            refused.iter().any(
                |(a, e)| matches!(&a.act, Action::Request { service, .. } if service == "red")
                    && e.to_string().contains("not been approved")
            ),
            "{refused:?}"
        );
        let blue = Action::Request {
            channel: "notices".into(),
            service: "blue".into(),
            target: goldenhour::scenario::Target::Suspect("frank".into()),
            elements: vec!["identity".into(), "facts".into()],
            draft: None,
        };
        let (_, refused) = play(
            bundled(CASE),
            7,
            &[
                at(M, Action::Choose { inject: "file-case".into(), choice: "file-now".into() }),
                at(H, blue),
            ],
        );
        assert!(refused.is_empty(), "a Blue notice needs no warrant: {refused:?}");
    }

    /// Minutes count: the running-points card stopped at 11 minutes keeps more of her money, on
    /// average, than stopped an hour later; and money frozen in Laos comes back only at the
    /// verdict, in part.
    #[test]
    fn frank_minutes_count_and_money_abroad_waits_for_the_verdict() {
        let late: Vec<TimedAction> = expert()
            .into_iter()
            .map(|mut a| {
                if matches!(&a.act, Action::StopPayment { account } if account == "cn-mule-2") {
                    a.at = Dur(a.at.0 + H);
                }
                a
            })
            .collect();
        let (mut early_sum, mut late_sum) = (0u64, 0u64);
        for seed in 1..=10 {
            early_sum += run(&expert(), seed).0.returned();
            late_sum += run(&late, seed).0.returned();
        }
        assert!(early_sum > late_sum + 200_000, "{early_sum} vs {late_sum}");

        let mut from_laos = 0;
        for seed in 1..=10 {
            let (s, _) = run(&expert(), seed);
            let verdict = s.verdict_at();
            for e in s.events() {
                match &e.kind {
                    EventKind::Confiscated { account, .. } if account == "lao-collector" => {
                        assert_eq!(e.at, verdict, "seed {seed}: only at the verdict");
                        assert!(
                            s.outcome().unwrap().facts.convicted,
                            "seed {seed}: only on a conviction"
                        );
                        from_laos += 1;
                    }
                    EventKind::Returned { account, .. } if account == "lao-collector" => {
                        panic!("seed {seed}: money abroad returned before the court's decision")
                    }
                    _ => {}
                }
            }
        }
        assert!(from_laos > 0, "the expert line brings money back from Laos on some seeds");
        let _ = D;
    }
}
