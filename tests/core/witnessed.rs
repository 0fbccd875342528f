//! Witnessed and self-submitted records: what `grade` says of a record the host signed, of one
//! edited after signing, of one signed by a key nobody trusts, and of the forged exam record a
//! student makes from `play` in a minute.

use std::path::{Path, PathBuf};

use goldenhour::grade::{self, Library, Reason, Standing, Trust, Verdict};
use goldenhour::i18n::Catalog;
use goldenhour::record::{Mode, Record};
use goldenhour::run::{self, Meta};
use goldenhour::witness::{HostKey, public_path};
use serde_json::{Value, json};

use crate::common::{goldenhour, output_text, root, scratch_dir};

fn library() -> Library {
    let cat = Catalog::load(&root().join("locales")).unwrap();
    Library::load(&[root().join("scenarios")], Some(&cat))
}

/// The expert line played as trainee 2024-031's exam under class code GH-0003 (seed 3), with a
/// wall time a person would leave on each action.
fn exam_record() -> Record {
    let (sc, hash) = crate::classroom::frank();
    let meta = Meta {
        trainee: Some("2024-031".into()),
        mode: Mode::Exam,
        class_code: Some("GH-0003".into()),
        ..Meta::scripted(&hash, "en-US")
    };
    let played = run::play(sc.clone(), 3, &sc.lines["expert"], meta);
    let mut rec = played.run.to_record();
    for (i, a) in rec.actions.iter_mut().enumerate() {
        a.wall = goldenhour::time::format_wall(1_790_000_000 + 40 * i as i64);
        a.arrived = a.wall.clone();
    }
    rec
}

fn write(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

#[test]
fn a_witnessed_record_edited_in_any_field_is_rejected_with_the_field() {
    let dir = scratch_dir("witnessed", "edits");
    let key = HostKey::load_or_create(&dir.join("host-key")).unwrap();
    let mut rec = exam_record();
    key.sign(&mut rec);
    let lib = library();
    let trust = Trust { keys: vec![key.public()], require_witnessed: true };
    let signed: Value = serde_json::to_value(&rec).unwrap();
    let path = write(&dir, "signed.json", &signed);
    let g = grade::grade_file(&path, &lib, &trust);
    assert!(matches!(g.verdict, Verdict::Verified(_)), "{:?}", g.standing);
    let Standing::Witnessed { key: fp, flags } = &g.standing else { panic!("witnessed") };
    assert_eq!(fp, &key.public().fingerprint());
    // Witnessed, yet the expert line's very actions: the flag says so.
    let ids: Vec<&str> = flags.iter().map(|f| f.id()).collect();
    assert_eq!(ids, ["same-as-line"]);
    // Re-indenting the file is no change: the signature covers the content, not the spacing.
    let compact = dir.join("compact.json");
    std::fs::write(&compact, serde_json::to_string(&signed).unwrap()).unwrap();
    assert!(grade::grade_file(&compact, &lib, &trust).standing.is_witnessed());

    // Every field, changed as a student would; each one is named in the reason.
    let first_five = json!(signed["actions"].as_array().unwrap()[..5]);
    let t = "2026-09-22T00:00:00Z";
    let edits: Vec<(&str, &str, Value)> = vec![
        ("app_version", "/app_version", json!("9.9.9")),
        ("scenario_id", "/scenario_id", json!("frank-lao-cards-2")),
        ("scenario_hash", "/scenario_hash", json!("0".repeat(64))),
        ("seed", "/seed", json!(4)),
        ("locale", "/locale", json!("zh-CN")),
        ("trainee", "/trainee", json!("2024-099")),
        ("team", "/team", json!("A")),
        ("mode", "/mode", json!("practice")),
        ("class_code", "/class_code", json!("GH-0004")),
        ("actions", "/actions/0/at", json!(1)),
        ("actions", "/actions/2/wall", json!(t)),
        ("actions", "/actions/3/arrived", json!(t)),
        ("actions", "/actions", first_five),
        ("sim_time", "/sim_time", json!(100)),
        ("abandoned", "/abandoned", json!(t)),
        ("outcome", "/outcome/score", json!(99.0)),
        ("outcome", "/outcome/grade", json!("B")),
    ];
    for (i, (field, pointer, value)) in edits.into_iter().enumerate() {
        let mut v = signed.clone();
        match v.pointer_mut(pointer) {
            Some(x) => *x = value,
            // A field the record leaves out: added.
            None => v[&pointer[1..]] = value,
        }
        assert_ne!(v, signed, "edit {i} changes something");
        let p = write(&dir, &format!("edit-{i}.json"), &v);
        let g = grade::grade_file(&p, &lib, &trust);
        match &g.verdict {
            Verdict::Rejected(Reason::Tampered { changed }) => {
                assert!(changed.iter().any(|c| c == field), "edit {i}: {changed:?}");
            }
            _ => panic!("edit {i} of {field} was not rejected as tampered"),
        }
        assert_eq!(g.standing, Standing::Unknown);
    }
    // The witness itself: a changed signature, or another (valid) key put in.
    let other = HostKey::load_or_create(&dir.join("other-key")).unwrap();
    for (i, edit) in [
        json!({"signature": "00".repeat(64)}),
        json!({"key": other.public().to_hex()}),
        json!({"key": "not a key"}),
    ]
    .iter()
    .enumerate()
    {
        let mut v = signed.clone();
        for (k, x) in edit.as_object().unwrap() {
            v["witness"][k] = x.clone();
        }
        let p = write(&dir, &format!("witness-{i}.json"), &v);
        let g = grade::grade_file(&p, &lib, &trust);
        assert!(
            matches!(g.verdict, Verdict::Rejected(Reason::Tampered { .. })),
            "witness edit {i}"
        );
    }
    // Edited, then signed again with the student's own key: a key nobody trusts.
    let mut forged = exam_record();
    forged.trainee = Some("2024-099".into());
    other.sign(&mut forged);
    let p = write(&dir, "resigned.json", &serde_json::to_value(&forged).unwrap());
    let g = grade::grade_file(&p, &lib, &trust);
    let Verdict::Rejected(Reason::UntrustedKey { key }) = &g.verdict else { panic!("untrusted") };
    assert_eq!(key, &other.public().fingerprint());

    // Through the CLI: the reason is printed, and the exit is 1.
    let o =
        goldenhour(&["grade", &dir.join("edit-5.json").display().to_string(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("changed after the classroom host signed it (fields: trainee)"), "{out}");
}

#[test]
fn the_forged_exam_record_is_self_submitted_and_refused_when_witnessed_is_required() {
    let dir = scratch_dir("witnessed", "forged");
    let r = dir.join("r.json").display().to_string();
    let o = goldenhour(&[
        "play",
        "scenarios/frank-lao-cards.ron",
        "--line",
        "expert",
        "--seed",
        "3",
        "--out",
        &r,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", output_text(&o));
    let mut v: Value = serde_json::from_slice(&std::fs::read(&r).unwrap()).unwrap();
    assert_eq!(v["mode"], "scripted", "play marks its records scripted");
    v["trainee"] = json!("2024-031");
    v["mode"] = json!("exam");
    v["class_code"] = json!("GH-0003");
    std::fs::write(&r, serde_json::to_string_pretty(&v).unwrap()).unwrap();

    let csv = dir.join("grades.csv").display().to_string();
    let o = goldenhour(&["grade", &r, "--lang", "en-US", "--csv", &csv]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("100.0 · A Excellent · self-submitted · verified"), "{out}");
    assert!(!out.contains("witnessed (host"), "{out}");
    for flag in [
        "says it is an exam, but no classroom host witnessed it",
        &format!("{} actions carry no wall-clock time", v["actions"].as_array().unwrap().len()),
        "the same actions at the same times as the reference line “expert”",
    ] {
        assert!(out.contains(flag), "flag {flag:?} in {out}");
    }
    assert!(out.contains("0 witnessed, 1 self-submitted (1 with flags)"), "{out}");
    let gradebook = std::fs::read_to_string(&csv).unwrap();
    assert!(gradebook.contains("self-submitted: says it is an exam"), "{gradebook}");

    let o = goldenhour(&["grade", &r, "--lang", "en-US", "--require-witnessed"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("REJECTED: no trusted classroom host witnessed this record"), "{out}");

    // A trusted key changes nothing for an unsigned record.
    let key = dir.join("host-key");
    HostKey::load_or_create(&key).unwrap();
    let pubk = public_path(&key).display().to_string();
    let o = goldenhour(&["grade", &r, "--trust", &pubk, "--require-witnessed"]);
    assert_eq!(o.status.code(), Some(1), "{}", output_text(&o));
    // A key file that is not there is a clear error.
    let o = goldenhour(&["grade", &r, "--trust", "no-such.pub"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(output_text(&o).contains("no-such.pub"), "{}", output_text(&o));
}

#[test]
fn pace_and_missing_wall_times_are_flagged_on_self_submitted_records() {
    let (sc, _) = crate::classroom::frank();
    let mut rec = exam_record();
    // 40 s per action: a person's pace. Only the exam claim and the expert line remain.
    let flags = grade::standing::flags(&rec, Some(&sc));
    let ids: Vec<&str> = flags.iter().map(|f| f.id()).collect();
    assert_eq!(ids, ["unwitnessed-exam", "same-as-line"]);
    // One second apart, and one action without a wall time; practice, and off the line.
    for (i, a) in rec.actions.iter_mut().enumerate() {
        a.wall = goldenhour::time::format_wall(1_790_000_000 + i as i64);
    }
    rec.actions[4].wall = None;
    rec.actions.truncate(10);
    rec.mode = Mode::Practice;
    let flags = grade::standing::flags(&rec, Some(&sc));
    let ids: Vec<&str> = flags.iter().map(|f| f.id()).collect();
    assert_eq!(ids, ["no-wall-times", "too-fast"]);
}

#[test]
fn the_host_key_and_team_secrets_come_from_the_cli() {
    let dir = scratch_dir("witnessed", "cli");
    let key = dir.join("k").join("host-key").display().to_string();
    let o = goldenhour(&["classroom", "key", "--key", &key, "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    let k = HostKey::load_or_create(Path::new(&key)).unwrap();
    assert!(out.contains(&format!("host key {}", k.public().fingerprint())), "{out}");
    assert!(out.contains("host-key.pub"), "{out}");
    let d = dir.join("class").display().to_string();
    let secrets = |lang: &str| {
        let o = goldenhour(&[
            "classroom",
            "secrets",
            "--code",
            "gh-0003",
            "--teams",
            "A,B",
            "--dir",
            &d,
            "--lang",
            lang,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", output_text(&o));
        output_text(&o)
    };
    let first = secrets("en-US");
    let lines: Vec<&str> = first.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(lines.len(), 2, "{first}");
    assert!(lines[0].starts_with("  A: ") && lines[1].starts_with("  B: "), "{first}");
    assert_ne!(lines[0][5..], lines[1][5..]);
    // The same secrets the next time; the header in Chinese.
    let again = secrets("zh-CN");
    assert!(again.contains("小组密钥"), "{again}");
    assert!(again.contains(lines[0]) && again.contains(lines[1]), "{again}");
    // Not derived from the class code: another folder for the same class gets other secrets.
    let d2 = dir.join("class2").display().to_string();
    let o =
        goldenhour(&["classroom", "secrets", "--code", "GH-0003", "--teams", "A", "--dir", &d2]);
    assert!(!output_text(&o).contains(lines[0]), "{}", output_text(&o));
    // A bad key file is a clear error.
    std::fs::write(&key, "nope").unwrap();
    let o = goldenhour(&["classroom", "key", "--key", &key]);
    assert_eq!(o.status.code(), Some(1));
    assert!(output_text(&o).contains("not a Golden Hour key"), "{}", output_text(&o));
    let o = goldenhour(&["grade", "tests", "--trust", &key]);
    assert_eq!(o.status.code(), Some(1));
    assert!(output_text(&o).contains("not a Golden Hour key"), "{}", output_text(&o));
}

#[test]
fn a_signed_record_read_back_from_disk_still_verifies_whatever_its_numbers() {
    let dir = scratch_dir("witnessed", "floats");
    let key = HostKey::load_or_create(&dir.join("host-key")).unwrap();
    let mut rec = exam_record();
    // Numbers whose shortest decimal form takes all 17 digits, tiny and huge ones.
    let tricky = [0.1 + 0.2, 1.0 / 3.0, 2.0f64.sqrt() * 1e-300, 123_456_789.123_456_78, 5e-324];
    for (i, x) in tricky.iter().enumerate() {
        let out = rec.outcome.as_mut().unwrap();
        out.score = *x;
        let n = out.criteria.len();
        out.criteria[i % n].value = x * 7.0;
        key.sign(&mut rec);
        let p = dir.join(format!("r{i}.json"));
        rec.save(&p).unwrap();
        let back = Record::load(&p).unwrap();
        assert_eq!(
            goldenhour::witness::check(&back),
            goldenhour::witness::Check::Signed(key.public()),
            "{x:e}"
        );
    }
}

#[test]
fn the_presenter_machine_witnesses_the_teams_at_it() {
    use goldenhour::classroom::{Classroom, record_path};
    let dir = scratch_dir("witnessed", "presenter");
    let key = std::sync::Arc::new(HostKey::load_or_create(&dir.join("host-key")).unwrap());
    let (sc, hash) = crate::classroom::frank();
    let class = dir.join("class");
    let teams = vec!["A".to_string(), "B".to_string()];
    let mut c =
        Classroom::new(sc.clone(), &hash, "GH-0003", &teams, "en-US", Some(class.clone())).unwrap();
    c.witness = Some(key.clone());
    let first = sc.lines["expert"].iter().min_by_key(|a| a.at).unwrap().act.clone();
    c.act(0, &first, goldenhour::time::format_wall(1_790_000_000)).unwrap();
    let a = Record::load(&record_path(&class, "A")).unwrap();
    assert_eq!(goldenhour::witness::check(&a), goldenhour::witness::Check::Signed(key.public()));
    assert_eq!(a.actions.len(), 1);
}
