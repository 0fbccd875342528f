//! Hardening: the real binary on a corpus of bad inputs. Every case must end with exit code 1,
//! a message naming the file (with line:col where there is one), no panic, within a time bound,
//! and no half-written `--out` file. Small cases live in `tests/corpus/`; big, binary or derived
//! ones are made here at run time in a temp dir. A deterministic random-input smoke at the end
//! mutates the corpus and the bundled case and feeds the parsers in-process.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use goldenhour::record::Record;
use goldenhour::scenario::validate::check_text;
use goldenhour::sim::{MAX_EVENTS, Session};

const CASE: &str = "scenarios/frank-lao-cards.ron";
/// No single run of the binary may take longer than this.
const LIMIT: Duration = Duration::from_secs(20);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(name: &str) -> PathBuf {
    root().join("tests/corpus").join(name)
}

fn case_text() -> String {
    std::fs::read_to_string(root().join(CASE)).unwrap()
}

/// A fresh temp dir per test (tests run in parallel).
fn tmpdir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goldenhour-corpus-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Run the binary with a hard time limit: a hang is killed and fails the test.
fn run_env(args: &[&str], data: Option<&Path>) -> Run {
    let out_dir = tmpdir(&format!("io-{}", rand_tag()));
    let (so, se) = (out_dir.join("stdout"), out_dir.join("stderr"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goldenhour"));
    cmd.args(args)
        .current_dir(root())
        .env("LANG", "en_US.UTF-8")
        .env_remove("GOLDENHOUR_DATA")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&so).unwrap())
        .stderr(std::fs::File::create(&se).unwrap());
    if let Some(d) = data {
        cmd.env("GOLDENHOUR_DATA", d);
    }
    let mut child = cmd.spawn().expect("the binary runs");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`goldenhour {}` did not finish within {LIMIT:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let r = Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&std::fs::read(&so).unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&std::fs::read(&se).unwrap()).into_owned(),
    };
    let _ = std::fs::remove_dir_all(&out_dir);
    r
}

fn run(args: &[&str]) -> Run {
    run_env(args, None)
}

fn rand_tag() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// Exit 1, no panic, and every `needle` in stderr.
#[track_caller]
fn assert_fails(r: &Run, needles: &[&str]) {
    let all = format!("--- stdout\n{}\n--- stderr\n{}", r.stdout, r.stderr);
    assert_eq!(r.code, Some(1), "{all}");
    assert!(!r.stderr.contains("panicked"), "panic: {all}");
    for n in needles {
        assert!(r.stderr.contains(n), "stderr lacks {n:?}: {all}");
    }
}

/// `validate F` and `play F --line expert --out O` both fail, naming the file; O never appears.
#[track_caller]
fn assert_case_rejected(file: &Path, needles: &[&str]) {
    let f = file.to_str().unwrap();
    let r = run(&["validate", f]);
    assert_fails(&r, needles);
    let out = file.with_extension("out.json");
    let r = run(&["play", f, "--line", "expert", "--out", out.to_str().unwrap()]);
    assert_fails(&r, needles);
    assert_no_out(&out);
}

#[track_caller]
fn assert_no_out(out: &Path) {
    assert!(!out.exists(), "{} was written by a failed run", out.display());
    let dir = out.parent().unwrap();
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    for e in std::fs::read_dir(dir).unwrap() {
        let n = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!n.starts_with(&format!(".{name}")), "temp file {n} left behind");
    }
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let i = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    text[..i].matches('\n').count() + 1
}

/// The bundled case with one exact replacement (which must apply).
fn edited(from: &str, to: &str) -> String {
    let t = case_text();
    assert!(t.contains(from), "the bundled case no longer contains {from:?}");
    t.replacen(from, to, 1)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

// ----- scenario files -----

#[test]
fn corpus_empty_binary_latin1_truncated() {
    let dir = tmpdir("bytes");
    // Empty (committed): a RON error at 1:1.
    assert_case_rejected(&corpus("empty.ron"), &["empty.ron:1:"]);

    // Binary garbage: not UTF-8, with the position of the first bad byte.
    let mut garbage: Vec<u8> = b"Scen".to_vec();
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        garbage.push((x >> 24) as u8);
    }
    garbage[4] = 0xff;
    let f = write(&dir, "garbage.ron", &garbage);
    assert_case_rejected(&f, &["garbage.ron:1:5: not UTF-8"]);

    // Latin-1: `é` as the single byte 0xE9 on line 3.
    let f = write(&dir, "latin1.ron", b"// caf\n\nScenario(id: \"caf\xe9\")\n");
    assert_case_rejected(&f, &["latin1.ron:3:18: not UTF-8"]);

    // The bundled case cut in the middle (at a char boundary).
    let text = case_text();
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    let f = write(&dir, "truncated.ron", &text[..mid]);
    let r = run(&["validate", f.to_str().unwrap()]);
    assert_fails(&r, &["truncated.ron:"]);
    // The position is given as line:col inside the file (at or before the cut).
    let pos = r.stderr.split("truncated.ron:").nth(1).unwrap();
    let line: usize = pos.split(':').next().unwrap().parse().expect("a line number");
    assert!(line >= 1 && line <= text[..mid].matches('\n').count() + 1, "{}", r.stderr);
    assert_case_rejected(&f, &["truncated.ron:"]);
}

#[test]
fn corpus_bom_before_a_valid_case_still_validates() {
    let dir = tmpdir("bom");
    let f = write(&dir, "bom.ron", format!("\u{feff}{}", case_text()));
    let r = run(&["validate", f.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("bom.ron: ok (frank-lao-cards)"), "{}", r.stdout);
    // And it plays, writing a complete record.
    let out = dir.join("bom.json");
    let r = run(&["play", f.to_str().unwrap(), "--line", "expert", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}{}", r.stdout, r.stderr);
    let rec = Record::load(&out).expect("a complete record");
    assert_eq!(rec.scenario_id, "frank-lao-cards");
    assert!(rec.outcome.is_some());
}

#[test]
fn corpus_very_deep_nesting() {
    let dir = tmpdir("deep");
    let f = write(&dir, "deep.ron", "[".repeat(100_000));
    assert_case_rejected(&f, &["deep.ron:1:"]);
    let f = write(&dir, "deep-struct.ron", "Scenario(id: ".to_string() + &"(".repeat(100_000));
    assert_case_rejected(&f, &["deep-struct.ron:1:"]);
}

#[test]
fn corpus_numbers_out_of_range() {
    let dir = tmpdir("numbers");
    // Committed: an integer far beyond u64.
    assert_case_rejected(&corpus("huge-int.ron"), &["huge-int.ron:1:"]);

    // An amount beyond u64 in the bundled case.
    let t = edited("amount: 150000)", "amount: 184467440737095516160)");
    let f = write(&dir, "huge-amount.ron", &t);
    assert_case_rejected(
        &f,
        &[&format!("huge-amount.ron:{}:", line_of(&t, "184467440737095516160"))],
    );

    // A probability of 5.0.
    let t = case_text();
    let at = t.find("success: ").expect("a success probability");
    let end = at + t[at..].find([',', ')']).unwrap();
    let t = format!("{}success: 5.0{}", &t[..at], &t[end..]);
    let f = write(&dir, "prob5.ron", &t);
    assert_case_rejected(
        &f,
        &[
            &format!("prob5.ron:{}:", line_of(&t, "success: 5.0")),
            "probability must be between 0 and 1",
        ],
    );

    // A negative delay.
    let t = edited("delay: Uniform(min: 2, max: 20)", "delay: Uniform(min: -20, max: 20)");
    let f = write(&dir, "neg-delay.ron", &t);
    assert_case_rejected(&f, &[&format!("neg-delay.ron:{}:", line_of(&t, "min: -20")), "negative"]);

    // A delay in seconds beyond i64.
    let t = edited(
        "delay: Uniform(min: 2, max: 20)",
        "delay: Uniform(min: 2, max: 99999999999999999999)",
    );
    let f = write(&dir, "huge-delay.ron", &t);
    assert_case_rejected(&f, &["huge-delay.ron:"]);
}

/// Leg percentages whose sum overflows u32 (4294967295 + 1): `validate` must report the sum.
/// Numbers ron reads but a case cannot hold: each says why and how to write it, at its place.
#[test]
fn corpus_numbers_say_how_to_write_them() {
    let f = corpus("amount-negative.ron");
    assert_case_rejected(&f, &["amount-negative.ron:4:", "no minus sign"]);
    let r = run(&["validate", f.to_str().unwrap()]);
    assert!(!r.stderr.contains("Integer is out of bounds"), "{}", r.stderr);
    assert!(r.stderr.contains("= help:"), "{}", r.stderr);

    let f = corpus("amount-exponent.ron");
    assert_case_rejected(&f, &["amount-exponent.ron:4:", "digits only"]);
    let r = run(&["validate", f.to_str().unwrap()]);
    assert!(!r.stderr.contains("Invalid digit"), "{}", r.stderr);
    assert!(r.stderr.contains("no exponent"), "{}", r.stderr);

    // A line given twice is an error, not the second one silently winning.
    let f = corpus("lines-twice.ron");
    assert_case_rejected(&f, &["lines-twice.ron:", "reference line `passive` is given twice"]);
}

/// Nesting past ron's limit, on one long line: a short reason and a short source line, not
/// ron's advice about its own options nor kilobytes of brackets.
#[test]
fn corpus_deep_nesting_says_so_briefly() {
    let dir = tmpdir("deep-brief");
    let f = write(
        &dir,
        "deep.ron",
        format!("Scenario(debrief: [(id: \"d\", when: {})", "Not(".repeat(5000)),
    );
    let r = run(&["validate", f.to_str().unwrap()]);
    assert_fails(&r, &["deep.ron:1:", "nested too deeply"]);
    assert!(
        !r.stderr.contains("serde_stacker") && !r.stderr.contains("recursion_limit"),
        "{}",
        r.stderr
    );
    let longest = r.stderr.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 400, "a line of {longest} chars in:\n{}", r.stderr);
    // A huge id is not echoed whole either.
    let t = edited(
        "(id: \"p1-customs\", at: \"-21d\", from: \"ma-account\"",
        &format!("(id: \"p1-customs\", at: \"-21d\", from: \"{}\"", "x".repeat(2_000_000)),
    );
    let f = write(&dir, "huge-id.ron", &t);
    let r = run(&["validate", f.to_str().unwrap()]);
    assert_fails(&r, &["huge-id.ron:"]);
    assert!(r.stderr.len() < 20_000, "{} bytes of diagnostics", r.stderr.len());
}

#[test]
fn corpus_leg_percent_overflow() {
    let dir = tmpdir("percent");
    let t = edited(
        "percent: 60), Leg(to: \"cn-mule-3\", percent: 40)",
        "percent: 4294967295), Leg(to: \"cn-mule-3\", percent: 1)",
    );
    let f = write(&dir, "percent-overflow.ron", &t);
    assert_case_rejected(&f, &["percent-overflow.ron:", "leg percentages add up to"]);
}

/// Two payments of u64::MAX: anything that adds the paid amounts must not overflow.
#[test]
fn corpus_amount_overflow() {
    let dir = tmpdir("amount");
    let t = edited("amount: 150000)", "amount: 18446744073709551615)").replacen(
        "amount: 120000)",
        "amount: 18446744073709551615)",
        1,
    );
    let f = write(&dir, "amount-overflow.ron", &t);
    let r = run(&["validate", f.to_str().unwrap()]);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let out = dir.join("out.json");
    let r2 =
        run(&["play", f.to_str().unwrap(), "--line", "expert", "--out", out.to_str().unwrap()]);
    assert!(!r2.stderr.contains("panicked"), "{}", r2.stderr);
    assert_eq!(
        r.code,
        Some(1),
        "amounts that overflow a u64 when added are accepted: {}{}",
        r.stdout,
        r.stderr
    );
}

/// The bundled case grown to 100,000 accounts and 10,000 payments, each with its laundering
/// rule (about 12 MB, under the 16 MiB limit): `validate` (which plays the reference lines) and
/// `play` finish within the corpus's time bound. Ids are looked up in tables and findings placed
/// by index, so the time grows with the case, not with its square (a 20,000-account case took
/// 32 s to validate before; see the README's Performance table for the figures).
#[test]
fn corpus_a_big_case_is_checked_and_played_in_linear_time() {
    let dir = tmpdir("big");
    let (accounts, payments) = (100_000, 10_000);
    let mut acc = String::new();
    let mut pay = String::new();
    let mut rules = String::new();
    for i in 0..accounts {
        acc.push_str(&format!(
            "        (id: \"x-{i}\", name: \"frank-acc-cn-mule-4\", institution: \"cn-pay\", owner: Mule, balance: 1),\n"
        ));
    }
    for i in 0..payments {
        pay.push_str(&format!(
            "        (id: \"px-{i}\", at: \"-{}m\", from: \"ma-account\", to: \"x-{i}\", amount: 10),\n",
            i % 500 + 1
        ));
        rules.push_str(&format!(
            "            (id: \"rx-{i}\", from: \"x-{i}\", delay: Uniform(min: 2, max: 20), legs: [Leg(to: \"cn-otc-usdt\", percent: 100)]),\n"
        ));
    }
    let t = case_text()
        .replacen("    accounts: [\n", &format!("    accounts: [\n{acc}"), 1)
        .replacen("    payments: [\n", &format!("    payments: [\n{pay}"), 1)
        .replacen("        rules: [\n", &format!("        rules: [\n{rules}"), 1);
    assert!(t.len() as u64 <= goldenhour::data::MAX_FILE_BYTES, "{} bytes", t.len());
    let f = write(&dir, "big.ron", &t);
    // `run` fails the test if the binary takes longer than LIMIT.
    let r = run(&["validate", f.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains("big.ron: ok (frank-lao-cards)"), "{}", r.stdout);
    let out = dir.join("big.json");
    let r = run(&["play", f.to_str().unwrap(), "--line", "expert", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(Record::load(&out).is_ok_and(|rec| rec.outcome.is_some()));
}

#[test]
fn corpus_fifty_megabytes() {
    let dir = tmpdir("big");
    let f = dir.join("big.ron");
    // Sparse: 50 MB of zero bytes, made instantly.
    std::fs::File::create(&f).unwrap().set_len(50 * 1000 * 1000).unwrap();
    assert_case_rejected(&f, &["big.ron: 50000000 bytes is too large", "16 MiB"]);
    // The same as an actions file.
    let out = dir.join("out.json");
    let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_fails(&r, &["big.ron: 50000000 bytes is too large"]);
    assert_no_out(&out);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn corpus_duplicate_ids_and_dangling_references() {
    let dir = tmpdir("refs");
    let t = edited("(id: \"p2-customs-tax\"", "(id: \"p1-customs\"");
    let f = write(&dir, "dup.ron", &t);
    let dup_line = t
        .match_indices("(id: \"p1-customs\"")
        .nth(1)
        .map(|(i, _)| t[..i].matches('\n').count() + 1)
        .unwrap();
    assert_case_rejected(&f, &[&format!("dup.ron:{dup_line}:"), "duplicate id `p1-customs`"]);

    let t = edited(
        "legs: [Leg(to: \"cn-otc-usdt\", percent: 100)]",
        "legs: [Leg(to: \"nowhere\", percent: 100)]",
    );
    let f = write(&dir, "dangling.ron", &t);
    assert_case_rejected(
        &f,
        &[&format!("dangling.ron:{}:", line_of(&t, "\"nowhere\"")), "nowhere"],
    );
}

/// The bundled case with a 100 % loop cn-mule-1 → cn-mule-2 → cn-mule-1 and no delays.
fn looped_case() -> String {
    let t = edited(
        "delay: Uniform(min: 2, max: 20),\n                legs: [Leg(to: \"cn-mule-2\", percent: 60), Leg(to: \"cn-mule-3\", percent: 40)]",
        "delay: Fixed(0),\n                legs: [Leg(to: \"cn-mule-2\", percent: 100)]",
    );
    let from = "delay: Triangular(min: \"50m\", mode: \"1h20m\", max: \"3h\"),\n                tipped_delay: Uniform(min: \"3m\", max: \"15m\"),\n                legs: [Leg(to: \"cn-otc-usdt\", percent: 100)]";
    assert!(t.contains(from), "the bundled case changed");
    t.replacen(
        from,
        "delay: Fixed(0),\n                legs: [Leg(to: \"cn-mule-1\", percent: 100)]",
        1,
    )
}

#[test]
fn corpus_laundering_loop_is_rejected_and_bounded() {
    let dir = tmpdir("loop");
    let t = looped_case();
    let f = write(&dir, "loop.ron", &t);
    assert_case_rejected(
        &f,
        &[
            "loop.ron:",
            "error[laundering-loop]",
            "laundering rules move money round in a loop",
            "cn-mule-1 → cn-mule-2 → cn-mule-1",
        ],
    );

    // The engine on the same case (validation skipped) stops at its bound with a clear error.
    let sc = Arc::new(goldenhour::scenario::parse(&t).expect("the looped case parses"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut s = Session::new(sc.clone(), 1);
        s.finish();
        let halted = s.halted().map(str::to_string);
        let (s2, _) = crate::common::play(sc, 1, &[]);
        let _ = tx.send((halted, s2.halted().map(str::to_string), s.events().len()));
    });
    let (halted, halted2, events) =
        rx.recv_timeout(LIMIT).expect("the session stops within the bound, not hangs");
    let why = halted.expect("halted");
    assert!(
        why.contains(&format!("more than {MAX_EVENTS} events")) && why.contains("loop"),
        "{why}"
    );
    assert_eq!(halted2.as_deref(), Some(why.as_str()));
    assert!(events <= MAX_EVENTS + 1000, "{events} events kept");
}

// ----- actions files -----

#[test]
fn corpus_bad_actions_files() {
    let dir = tmpdir("actions");
    let out = dir.join("out.json");
    let o = out.to_str().unwrap();
    let f = corpus("actions-bad-action.ron");
    let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", o]);
    assert_fails(&r, &["actions-bad-action.ron:4:", "Fly"]);
    assert_no_out(&out);

    let f = corpus("actions-negative-time.ron");
    let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", o]);
    assert_fails(&r, &["actions-negative-time.ron:4:", "before the report"]);
    assert_no_out(&out);

    for (name, bytes) in [
        ("empty-actions.ron", &b""[..]),
        ("latin1-actions.ron", &b"[(at: \"1m\", do: StopPayment(account: \"caf\xe9\"))]"[..]),
        ("truncated-actions.ron", &b"[(at: \"1m\", do: StopPayment(acc"[..]),
    ] {
        let f = write(&dir, name, bytes);
        let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", o]);
        assert_fails(&r, &[&format!("{name}:1:")]);
        assert_no_out(&out);
    }
    let f = write(&dir, "deep-actions.ron", "[".repeat(100_000));
    let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", o]);
    assert_fails(&r, &["deep-actions.ron:1:"]);
    assert_no_out(&out);

    // A valid actions file still plays: the failures above are about the input, not --out.
    let f = write(&dir, "ok.ron", "[(at: \"2m\", do: StopPayment(account: \"cn-mule-1\"))]");
    let r = run(&["play", CASE, "--actions", f.to_str().unwrap(), "--out", o]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(Record::load(&out).is_ok());
}

#[test]
fn corpus_unwritable_out_leaves_nothing() {
    let dir = tmpdir("out");
    let out = dir.join("no-such-dir/out.json");
    let r = run(&["play", CASE, "--line", "expert", "--out", out.to_str().unwrap()]);
    assert_fails(&r, &["no-such-dir/out.json: cannot write"]);
    assert!(!out.exists());
}

// ----- records -----

#[test]
fn corpus_bad_records() {
    let e = Record::load(&corpus("record-truncated.json")).unwrap_err().to_string();
    let text = std::fs::read_to_string(corpus("record-truncated.json")).unwrap();
    let last = text.lines().count();
    assert!(
        e.contains(&format!("record-truncated.json:{last}:")) && e.contains("not a valid record"),
        "{e}"
    );

    let e = Record::load(&corpus("record-bad-field.json")).unwrap_err().to_string();
    assert!(e.contains("record-bad-field.json:8:") && e.contains("robot"), "{e}");

    let dir = tmpdir("records");
    let golden =
        std::fs::read_to_string(root().join("tests/golden/frank-lao-cards-expert-seed7.json"))
            .unwrap();
    for (name, bytes) in [
        ("empty.json", Vec::new()),
        ("binary.json", vec![0u8, 0x9f, 0x92, 0x96, 0xff, 0]),
        (
            "unknown-field.json",
            golden.replacen("\"seed\": 7,", "\"seed\": 7,\n  \"colour\": 3,", 1).into_bytes(),
        ),
        ("deep.json", "[".repeat(100_000).into_bytes()),
        ("neg-seed.json", golden.replacen("\"seed\": 7,", "\"seed\": -7,", 1).into_bytes()),
    ] {
        let f = write(&dir, name, &bytes);
        let e = Record::load(&f).unwrap_err().to_string();
        assert!(e.contains(&format!("{name}:")) && e.contains("not a valid record"), "{name}: {e}");
    }
    let f = write(&dir, "format2.json", golden.replacen("\"format\": 1,", "\"format\": 2,", 1));
    let e = Record::load(&f).unwrap_err().to_string();
    assert!(e.contains("format2.json: record format 2 is not supported"), "{e}");
    let f = write(&dir, "ok.json", &golden);
    assert!(Record::load(&f).is_ok());

    // Records that read, but carry a field no run writes: each is named before any replay.
    let langs = ["en-US", "vi-VN", "zh-CN"];
    let now = goldenhour::time::parse_wall("2026-12-01T00:00:00Z").unwrap();
    for (name, field) in [
        ("record-wall-garbage.json", "wall"),
        ("record-exam-without-code.json", "class_code"),
        ("record-negative-sim-time.json", "sim_time"),
        ("record-abandoned-with-outcome.json", "abandoned"),
    ] {
        let r = Record::load(&corpus(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let why = goldenhour::grade::fields::check(&r, &langs, now)
            .unwrap_or_else(|| panic!("{name} passes the field check"));
        let shown = format!("{why:?}");
        assert!(shown.contains(&format!("field: \"{field}\"")), "{name}: {shown}");
    }
    // A trainee id a spreadsheet would run is a valid id: it is graded, and escaped on export.
    let r = Record::load(&corpus("record-formula-trainee.json")).unwrap();
    assert_eq!(goldenhour::grade::fields::check(&r, &langs, now), None);
}

// ----- Fluent files -----

/// A data dir with a copy of scenarios/ and locales/ and `extra` added as `en-US/zz-corpus.ftl`.
fn data_with(tag: &str, extra: &str) -> (PathBuf, PathBuf) {
    let dir = tmpdir(tag);
    for sub in ["scenarios", "locales"] {
        copy_dir(&root().join(sub), &dir.join(sub));
    }
    let f = dir.join("locales/en-US/zz-corpus.ftl");
    std::fs::write(&f, extra).unwrap();
    (dir, f)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[track_caller]
fn assert_data_rejected(data: &Path, needles: &[&str]) {
    let r = run_env(&["validate"], Some(data));
    assert_fails(&r, needles);
    let out = data.join("out.json");
    let case = data.join(CASE);
    let r = run_env(
        &["play", case.to_str().unwrap(), "--line", "expert", "--out", out.to_str().unwrap()],
        Some(data),
    );
    assert_fails(&r, needles);
    assert_no_out(&out);
}

#[test]
fn corpus_ftl_syntax_error_and_duplicate_id() {
    let src = std::fs::read_to_string(corpus("ftl-syntax-error.ftl")).unwrap();
    let (data, _) = data_with("ftl-syntax", &src);
    assert_data_rejected(&data, &["zz-corpus.ftl:3:", "Fluent syntax error"]);

    // A placeable left open at the end of the file: the error is where it is left open (the
    // end of line 3), not at the end of the file.
    let (data, _) =
        data_with("ftl-eof", "# open placeable\ncorpus-ok = fine\ncorpus-open = { $amount\n");
    assert_data_rejected(&data, &["zz-corpus.ftl:3:24", "Fluent syntax error"]);

    let src = std::fs::read_to_string(corpus("ftl-duplicate-id.ftl")).unwrap();
    let (data, _) = data_with("ftl-dup", &src);
    assert_data_rejected(&data, &["zz-corpus.ftl:3:1: message `corpus-dup` is defined twice"]);

    // An id already defined in engine.ftl, defined again in another file.
    let (data, _) = data_with("ftl-dup2", "\n\nev-payment = again\n");
    assert_data_rejected(&data, &["zz-corpus.ftl:3:1: message `ev-payment` is defined twice"]);

    // Not UTF-8.
    let (data, f) = data_with("ftl-latin1", "");
    std::fs::write(&f, b"corpus-x = caf\xe9\n").unwrap();
    // At the bad byte, in the same form in `validate` and `play` (no "byte 565").
    assert_data_rejected(&data, &["zz-corpus.ftl:1:15", "not UTF-8"]);
    let (data, f) = data_with("ftl-latin1-late", "");
    std::fs::write(&f, b"corpus-x = fine\n\n# note\ncorpus-y = caf\xe9\n").unwrap();
    assert_data_rejected(&data, &["zz-corpus.ftl:4:15", "not UTF-8"]);
    for r in [
        run_env(&["validate"], Some(&data)),
        run_env(&["play", CASE, "--line", "expert"], Some(&data)),
    ] {
        assert!(!r.stderr.contains("byte "), "{}", r.stderr);
    }

    // A syntax error on line 20 is reported at line 20, by `validate` and by `play`.
    let src = std::fs::read_to_string(corpus("ftl-syntax-error-line-20.ftl")).unwrap();
    assert_eq!(line_of(&src, "corpus-open"), 20);
    let (data, _) = data_with("ftl-line-20", &src);
    assert_data_rejected(&data, &["zz-corpus.ftl:20:24", "Fluent syntax error"]);

    // Two messages that lead to each other: `validate` rejects them (Fluent would show an id).
    let src = std::fs::read_to_string(corpus("ftl-cycle.ftl")).unwrap();
    let (data, _) = data_with("ftl-cycle", &src);
    let r = run_env(&["validate"], Some(&data));
    assert_fails(
        &r,
        &[
            "error[message-cycle]",
            "zz-corpus.ftl:3:1",
            "corpus-cyc-a → corpus-cyc-b → corpus-cyc-a",
        ],
    );

    // A byte-order mark in front of a valid file is fine.
    let (data, _) = data_with("ftl-bom", "\u{feff}corpus-bom = fine\n");
    let r = run_env(&["validate"], Some(&data));
    assert_eq!(r.code, Some(0), "{}{}", r.stdout, r.stderr);
}

// ----- in-process random-input smoke -----

/// xorshift64*: deterministic, no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "-",
    "0",
    "1.5",
    "-1",
    "18446744073709551616",
    "Some(",
    "None",
    "\u{feff}",
    "é",
    "中",
    "\n",
    "/*",
    "*/",
    "//",
    "r#\"",
    "=",
    "{ $",
    "-9223372036854775808",
];

/// Mutate `seed` a few times: flip bytes, cut, splice tokens, duplicate a slice.
fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = v.len();
        match rng.below(6) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] = rng.next() as u8;
            }
            1 if len > 0 => v.truncate(rng.below(len)),
            2 => {
                let i = rng.below(len + 1);
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(i..i, t.iter().copied());
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                v.drain(a..b);
            }
            4 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(256)).min(len);
                let slice = v[a..b].to_vec();
                let i = rng.below(len + 1);
                v.splice(i..i, slice);
            }
            _ => {
                // Replace a number with an extreme one.
                if let Some(i) = v
                    .iter()
                    .position(|c| c.is_ascii_digit())
                    .map(|p| (p + rng.below(len - p)).min(len))
                {
                    let t = ["4294967295", "-1", "99999999999999999999", "5.0", "NaN", "inf"]
                        [rng.below(6)];
                    v.splice(i..i, t.bytes());
                }
            }
        }
    }
    v
}

/// Run `f` on `iters` mutants of each seed; a panic names the input, saved for replay.
fn smoke(name: &str, seeds: &[Vec<u8>], iters: usize, f: impl Fn(&[u8])) {
    let mut rng = Rng(0x5eed_0000 ^ (name.len() as u64 * 0x9E37_79B9));
    for k in 0..iters {
        let seed = &seeds[k % seeds.len()];
        let input = mutate(&mut rng, seed);
        let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&input)));
        if res.is_err() {
            let p = std::env::temp_dir().join(format!("goldenhour-smoke-{name}-{k}.bin"));
            std::fs::write(&p, &input).unwrap();
            panic!("{name}: iteration {k} panicked; input saved to {}", p.display());
        }
    }
}

fn corpus_seeds(ext: &str) -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    v.sort();
    v
}

#[test]
fn corpus_smoke_scenario() {
    let mut seeds = corpus_seeds("ron");
    seeds.push(case_text().into_bytes());
    seeds.push(std::fs::read(root().join("tests/fixtures/mini.ron")).unwrap());
    seeds.push(looped_case().into_bytes());
    smoke("scenario", &seeds, 3000, |b| {
        let text = String::from_utf8_lossy(b);
        let (_, d) = check_text(Path::new("fuzz.ron"), &text, None);
        for x in &d {
            assert!(x.line >= 1 && x.col >= 1);
        }
    });
}

#[test]
fn corpus_smoke_actions() {
    let mut seeds = corpus_seeds("ron");
    let t = case_text();
    let a = t.find("\"expert\": [").unwrap() + "\"expert\": ".len();
    let b = a + t[a..].find("\n        ],").unwrap() + "\n        ]".len();
    seeds.push(t.as_bytes()[a..b].to_vec());
    let sc = Arc::new(goldenhour::scenario::parse(&t).unwrap());
    smoke("actions", &seeds, 3000, |b| {
        if let Ok(list) = goldenhour::actions::parse(&String::from_utf8_lossy(b)) {
            // Play the first few valid lists through the engine too.
            if list.len() < 64 {
                let _ = crate::common::play(sc.clone(), 1, &list);
            }
        }
    });
}

#[test]
fn corpus_smoke_ftl() {
    let mut seeds = corpus_seeds("ftl");
    for l in ["en-US", "zh-CN", "vi-VN"] {
        seeds.push(std::fs::read(root().join(format!("locales/{l}/engine.ftl"))).unwrap());
    }
    smoke("ftl", &seeds, 3000, |b| {
        let text = String::from_utf8_lossy(b).into_owned();
        let _ = goldenhour::i18n::Locale::from_sources(
            "en-US",
            vec![(PathBuf::from("fuzz.ftl"), text)],
        );
    });
}

#[test]
fn corpus_smoke_record() {
    let mut seeds = corpus_seeds("json");
    seeds.push(
        std::fs::read(root().join("tests/golden/frank-lao-cards-expert-seed7.json")).unwrap(),
    );
    let dir = tmpdir("smoke-record");
    let f = dir.join("r.json");
    smoke("record", &seeds, 2000, |b| {
        let _ = serde_json::from_slice::<Record>(b);
        std::fs::write(&f, b).unwrap();
        let _ = Record::load(&f);
    });
}

/// Every input kept under `fuzz/regressions/<target>/` replays clean through the same code and
/// checks as its fuzz target (`fuzz/fuzz_targets/<target>.rs`), without a fuzzer. The `play`
/// target's inputs are replayed by `fuzz/run.sh`, which CI runs.
#[test]
fn fuzz_regressions_replay_clean() {
    let dir = root().join("fuzz/regressions");
    let mut replayed = 0;
    for target in ["scenario", "ftl", "actions", "record"] {
        let Ok(entries) = std::fs::read_dir(dir.join(target)) else { continue };
        let mut files: Vec<PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
        files.sort();
        for f in files {
            let data = std::fs::read(&f).unwrap();
            let name = f.display().to_string();
            match target {
                "scenario" => {
                    let text = String::from_utf8_lossy(&data);
                    let (_, diags) = check_text(Path::new("fuzz.ron"), &text, None);
                    for d in &diags {
                        assert!(
                            d.line >= 1 && d.col >= 1,
                            "{name}: a diagnostic without a position"
                        );
                        let _ = d.to_string();
                    }
                }
                "ftl" => {
                    let Ok(text) = std::str::from_utf8(&data) else { continue };
                    let one = vec![(PathBuf::from("a.ftl"), text.to_string())];
                    if goldenhour::i18n::Locale::from_sources("en-US", one).is_ok() {
                        let two = vec![
                            (PathBuf::from("a.ftl"), text.to_string()),
                            (PathBuf::from("b.ftl"), text.to_string()),
                        ];
                        let _ = goldenhour::i18n::Locale::from_sources("zh-CN", two)
                            .map_err(|e| e.to_string());
                    }
                }
                "actions" => {
                    let Ok(text) = std::str::from_utf8(&data) else { continue };
                    match goldenhour::actions::parse(text) {
                        Ok(list) => assert!(list.iter().all(|a| a.at.0 >= 0), "{name}"),
                        Err(e) => assert!(e.line >= 1 && e.col >= 1, "{name}: {e}"),
                    }
                }
                _ => {
                    if let Ok(rec) = serde_json::from_slice::<Record>(&data) {
                        let json = rec.to_json();
                        let back: Record = serde_json::from_str(&json).expect("reads back");
                        assert_eq!(back.to_json(), json, "{name}");
                    }
                }
            }
            replayed += 1;
        }
    }
    // The overflow the corpus found is kept there; the replay must have seen it.
    assert!(replayed >= 1, "no regression inputs under {}", dir.display());
}
