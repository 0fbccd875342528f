//! Every field of a record is checked by `grade`, not only those the replay reads; exports carry
//! nothing a spreadsheet would run.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{goldenhour, output_text, scratch_dir};

const CASE: &str = "scenarios/frank-lao-cards.ron";
const SEED: u64 = 7;

/// The expert line at seed 7 as an honest exam record: trainee, class code, a wall time per
/// action, a minute apart.
fn honest(dir: &Path) -> Value {
    let p = dir.join("honest.tmp");
    let o = goldenhour(&[
        "play",
        CASE,
        "--line",
        "expert",
        "--seed",
        &SEED.to_string(),
        "--lang",
        "en-US",
        "--out",
        p.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", output_text(&o));
    let mut v: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
    std::fs::remove_file(&p).unwrap();
    v["trainee"] = "s-001".into();
    v["mode"] = "exam".into();
    v["class_code"] = goldenhour::classcode::from_seed(SEED).unwrap().into();
    let base = goldenhour::time::parse_wall("2026-11-21T17:00:00Z").unwrap();
    for (i, a) in v["actions"].as_array_mut().unwrap().iter_mut().enumerate() {
        a["wall"] = goldenhour::time::format_wall(base + 60 * i as i64).unwrap().into();
    }
    v
}

fn write(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let p = dir.join(format!("{name}.json"));
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

fn line_for<'a>(out: &'a str, file: &str) -> &'a str {
    out.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no line for {file} in\n{out}"))
}

type Edit = fn(&mut Value);

/// One bad field per record: the record's name, the edit, and what its rejection must say.
const BAD: &[(&str, Edit, &[&str])] = &[
    (
        "wall-garbage",
        |v| v["actions"][1]["wall"] = "garbage-38".into(),
        &["action 2, field “wall” = garbage-38", "not a UTC wall time"],
    ),
    (
        "wall-backwards",
        |v| v["actions"][2]["wall"] = "2026-11-21T16:00:00Z".into(),
        &["action 3, field “wall”", "earlier than the wall time of an action before it"],
    ),
    (
        "wall-1970",
        |v| v["actions"][0]["wall"] = "1970-01-01T00:00:00Z".into(),
        &["action 1, field “wall” = 1970-01-01T00:00:00Z", "outside 2000-01-01"],
    ),
    (
        "wall-9999",
        |v| v["actions"][3]["wall"] = "9999-01-01T00:00:00Z".into(),
        &["action 4, field “wall” = 9999-01-01T00:00:00Z", "outside 2000-01-01"],
    ),
    (
        "code-not-a-code",
        |v| v["class_code"] = "GH-!!!!".into(),
        &["field “class_code” = GH-!!!!", "not a class code"],
    ),
    (
        "code-other-seed",
        |v| v["class_code"] = "GH-0008".into(),
        &["field “class_code” = GH-0008", "another seed"],
    ),
    (
        "exam-without-code",
        |v| {
            v.as_object_mut().unwrap().remove("class_code");
        },
        &["field “class_code”", "an exam record needs the class code"],
    ),
    (
        "locale-unknown",
        |v| v["locale"] = "fr-FR".into(),
        &["field “locale” = fr-FR", "a language this build has no messages for"],
    ),
    (
        "abandoned-and-closed",
        |v| v["abandoned"] = "2026-11-21T18:00:00Z".into(),
        &["field “abandoned”", "a closed case cannot also be abandoned"],
    ),
    (
        "abandoned-garbage",
        |v| v["abandoned"] = "yesterday".into(),
        &["field “abandoned” = yesterday", "not a UTC wall time"],
    ),
    (
        "sim-time-negative",
        |v| v["sim_time"] = (-5).into(),
        &["field “sim_time” = -5", "a sim time lies between 0 and 100 years"],
    ),
    (
        "at-negative",
        |v| v["actions"][0]["at"] = (-5).into(),
        &["action 1, field “at” = -5", "a sim time lies between"],
    ),
    (
        "trainee-control",
        |v| v["trainee"] = "s-\u{7}001".into(),
        &["field “trainee”", "no control characters"],
    ),
    ("team-empty", |v| v["team"] = " ".into(), &["field “team”", "an id has 1 to 200 characters"]),
    (
        "hash-not-hash",
        |v| v["scenario_hash"] = "not-a-hash".into(),
        &["field “scenario_hash” = not-a-hash", "not a SHA-256 hash"],
    ),
];

#[test]
fn every_bad_field_is_rejected_with_its_name_and_an_honest_record_is_not() {
    let d = scratch_dir("fields", "table");
    let good = honest(&d);
    write(&d, "good", &good);
    for (name, edit, _) in BAD {
        let mut v = good.clone();
        edit(&mut v);
        write(&d, name, &v);
    }
    let o = goldenhour(&["grade", d.to_str().unwrap(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(line_for(&out, "good.json").ends_with("verified"), "{out}");
    for (name, _, says) in BAD {
        let line = line_for(&out, &format!("{name}.json"));
        assert!(line.contains("REJECTED"), "{name}: {line}");
        for s in *says {
            assert!(line.contains(s), "{name}: `{s}` not in\n{line}");
        }
    }
    assert!(out.contains(&format!("1 verified, 0 unfinished, {} rejected", BAD.len())), "{out}");
}

#[test]
fn field_reasons_render_in_every_language() {
    let d = scratch_dir("fields", "langs");
    let mut v = honest(&d);
    v["actions"][1]["wall"] = "garbage-38".into();
    let p = write(&d, "bad", &v);
    for (lang, says) in [
        ("zh-CN", "第 2 个操作的字段“wall” = garbage-38"),
        ("vi-VN", "thao tác thứ 2, trường “wall” = garbage-38"),
    ] {
        let o = goldenhour(&["grade", p.to_str().unwrap(), "--lang", lang]);
        let out = output_text(&o);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(out.contains(says), "{lang}: {out}");
        assert!(!out.contains("grade-field-"), "{lang}: an untranslated id in {out}");
    }
}

#[test]
fn an_over_long_id_is_cut_in_messages() {
    let d = scratch_dir("fields", "long-id");
    let mut v = honest(&d);
    let long = "x".repeat(5000);
    v["trainee"] = long.clone().into();
    let p = write(&d, "long", &v);
    let o = goldenhour(&["grade", p.to_str().unwrap(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = line_for(&out, "long.json");
    assert!(line.contains("field “trainee”") && line.contains("an id has 1 to 200"), "{line}");
    assert!(line.contains(&format!("{}…", "x".repeat(80))), "{line}");
    assert!(!line.contains(&"x".repeat(81)), "the id is printed whole: {} chars", line.len());
}

#[test]
fn gradebook_cells_that_a_spreadsheet_would_run_are_written_as_text() {
    let d = scratch_dir("fields", "csv");
    let recs = d.join("records");
    std::fs::create_dir_all(&recs).unwrap();
    let ids = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "s-plain"];
    let good = honest(&d);
    for (i, id) in ids.iter().enumerate() {
        let mut v = good.clone();
        v["trainee"] = (*id).into();
        write(&recs, &format!("r{i}"), &v);
    }
    let csv = d.join("grades.csv");
    let o = goldenhour(&["grade", recs.to_str().unwrap(), "--csv", csv.to_str().unwrap()]);
    assert!(o.status.success(), "{}", output_text(&o));
    let mut rd = csv::Reader::from_path(&csv).unwrap();
    let got: Vec<String> = rd.records().map(|r| r.unwrap()[2].to_string()).collect();
    assert_eq!(
        got,
        ["'=HYPERLINK(\"http://evil\",\"x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "s-plain",]
    );
    // The scores are ours, numbers, not quoted.
    let mut rd = csv::Reader::from_path(&csv).unwrap();
    for r in rd.records() {
        assert_eq!(r.unwrap()[6].parse::<f64>().ok(), Some(100.0));
    }
}

#[test]
fn xapi_timestamps_are_only_wall_times() {
    let d = scratch_dir("fields", "xapi");
    let recs = d.join("records");
    std::fs::create_dir_all(&recs).unwrap();
    let good = honest(&d);
    write(&recs, "good", &good);
    let mut bad = good.clone();
    bad["trainee"] = "s-002".into();
    bad["actions"][1]["wall"] = "garbage-38".into();
    write(&recs, "bad", &bad);
    let xapi = d.join("xapi.json");
    let o = goldenhour(&["grade", recs.to_str().unwrap(), "--xapi", xapi.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", output_text(&o));
    let v: Value = serde_json::from_slice(&std::fs::read(&xapi).unwrap()).unwrap();
    let stamps: Vec<&str> =
        v.as_array().unwrap().iter().filter_map(|s| s["timestamp"].as_str()).collect();
    assert!(!stamps.is_empty(), "the honest record's statements carry timestamps");
    for s in &stamps {
        assert!(goldenhour::time::parse_wall(s).is_some(), "timestamp {s}");
    }
    assert!(!serde_json::to_string(&v).unwrap().contains("s-002"), "the bad record is exported");
}

/// A stored outcome that differs from the replay by less than the shown decimal, or only in a
/// name: the reason shows what differs ("stored score 66.3, replay gives 66.3" said nothing).
#[test]
fn an_outcome_that_differs_slightly_says_what_differs() {
    let d = scratch_dir("fields", "slight");
    let good = honest(&d);
    let score = good["outcome"]["score"].as_f64().unwrap();
    let mut v = good.clone();
    v["outcome"]["score"] = (score - 0.0004).into();
    let p = write(&d, "score", &v);
    let mut w = good.clone();
    w["outcome"]["grade_name"] = "frank-band-b".into();
    let q = write(&d, "name", &w);
    let o = goldenhour(&["grade", p.to_str().unwrap(), q.to_str().unwrap(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = line_for(&out, "score.json");
    let (a, b) = goldenhour::grade::distinct(score - 0.0004, score);
    assert_ne!(a, b);
    assert!(line.contains(&format!("stored score {a}, replay gives {b}")), "{line}");
    let line = line_for(&out, "name.json");
    assert!(line.contains("same grade, but the stored grade name is"), "{line}");
    assert!(line.contains("frank-band-b") && line.contains("frank-band-a"), "{line}");
    // Numbers that differ are never shown alike.
    assert_eq!(goldenhour::grade::distinct(66.3, 66.3), ("66.3".into(), "66.3".into()));
    assert_eq!(goldenhour::grade::distinct(66.3, 66.31), ("66.30".into(), "66.31".into()));
    let (x, y) = goldenhour::grade::distinct(66.3, 66.3 + 1e-12);
    assert_ne!(x, y);
}
