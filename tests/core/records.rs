//! Records as the app writes them: names that never overwrite, the fields a resume needs, and
//! class codes (the exam's seed).

use goldenhour::classcode::{self, ClassCodeError, SEEDS};
use goldenhour::record::{self, FORMAT, Mode, Record, RecordedAction};
use goldenhour::scenario::Action;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("goldenhour-records-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn record(actions: usize) -> Record {
    Record {
        format: FORMAT,
        app_version: "0.1.0".into(),
        scenario_id: "mini".into(),
        scenario_hash: "ab".repeat(32),
        seed: 150_775,
        locale: "en-US".into(),
        trainee: Some("2024001".into()),
        team: None,
        mode: Mode::Exam,
        class_code: Some("GH-4K7Q".into()),
        actions: (0..actions)
            .map(|i| RecordedAction {
                at: 60 * i as i64,
                wall: Some("2026-11-21T18:00:00Z".into()),
                arrived: None,
                act: Action::StopPayment { account: format!("a{i}") },
            })
            .collect(),
        sim_time: Some(4000),
        abandoned: None,
        outcome: None,
        witness: None,
    }
}

#[test]
fn class_codes_map_to_seeds_as_documented() {
    // Four base-32 digits, most significant first, in Crockford's alphabet.
    assert_eq!(classcode::to_seed("GH-4K7Q"), Ok(4 * 32 * 32 * 32 + 19 * 32 * 32 + 7 * 32 + 23));
    assert_eq!(classcode::to_seed("GH-0001"), Ok(1));
    assert_eq!(classcode::to_seed("GH-ZZZZ"), Ok(SEEDS - 1));
    assert_eq!(classcode::from_seed(150_775).as_deref(), Some("GH-4K7Q"));
    assert_eq!(classcode::from_seed(SEEDS), None);
    // Typed any way a person might: case, spaces, no prefix, O for 0 and I or L for 1.
    for typed in ["gh-4k7q", " GH 4K7Q ", "4K7Q", "gh4k7q", "GH-4K7Q\n"] {
        assert_eq!(classcode::to_seed(typed), Ok(150_775), "{typed:?}");
    }
    assert_eq!(classcode::to_seed("GH-O0IL"), classcode::to_seed("GH-0011"));
    assert_eq!(classcode::normalize("gh 4k7q").as_deref(), Ok("GH-4K7Q"));
    // A four-character code that starts with G and H is not mistaken for the prefix.
    assert_eq!(classcode::to_seed("GH-GHJK"), classcode::to_seed("GHJK"));
    // Every code round-trips (a sample across the range).
    for seed in (0..SEEDS).step_by(9_973).chain([SEEDS - 1]) {
        let code = classcode::from_seed(seed).expect("in range");
        assert_eq!(classcode::to_seed(&code), Ok(seed), "{code}");
    }
}

#[test]
fn bad_class_codes_say_why() {
    assert!(matches!(classcode::to_seed("GH-4K7"), Err(ClassCodeError::Length(_, 3))));
    assert!(matches!(classcode::to_seed(""), Err(ClassCodeError::Length(_, 0))));
    assert!(matches!(classcode::to_seed("GH-4K7QQ"), Err(ClassCodeError::Length(_, 5))));
    assert!(matches!(classcode::to_seed("GH-4K7U"), Err(ClassCodeError::Character(_, 'U'))));
    assert!(matches!(classcode::to_seed("GH-4K7!"), Err(ClassCodeError::Character(_, '!'))));
    let e = classcode::to_seed("GH-4K7U").unwrap_err().to_string();
    assert!(e.contains('U') && e.contains("GH-4K7U"), "{e}");
}

#[test]
fn new_record_files_never_replace_one_another() {
    let dir = scratch("names");
    let a = record(1).to_json();
    let b = record(2).to_json();
    let first = record::write_new(&dir, "mini-2024001-20261121T180000Z", a.as_bytes()).unwrap();
    let second = record::write_new(&dir, "mini-2024001-20261121T180000Z", b.as_bytes()).unwrap();
    assert_ne!(first, second);
    assert!(first.ends_with("mini-2024001-20261121T180000Z-1.json"), "{}", first.display());
    assert!(second.ends_with("mini-2024001-20261121T180000Z-2.json"), "{}", second.display());
    assert_eq!(std::fs::read_to_string(&first).unwrap(), a, "the first file is untouched");
    assert_eq!(std::fs::read_to_string(&second).unwrap(), b);
    // A file someone else put there is not replaced either.
    std::fs::write(dir.join("other-1.json"), "mine").unwrap();
    let third = record::write_new(&dir, "other", a.as_bytes()).unwrap();
    assert!(third.ends_with("other-2.json"));
    assert_eq!(std::fs::read_to_string(dir.join("other-1.json")).unwrap(), "mine");
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn resume_fields_round_trip_and_old_records_still_load() {
    let dir = scratch("fields");
    let path = dir.join("r.json");
    let mut rec = record(3);
    rec.save(&path).unwrap();
    let back = Record::load(&path).unwrap();
    assert_eq!(back, rec);
    assert!(back.unfinished());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"class_code\": \"GH-4K7Q\"") && text.contains("\"sim_time\": 4000"));
    rec.abandoned = Some("2026-11-21T19:00:00Z".into());
    assert!(!rec.unfinished(), "an abandoned record is not offered again");

    // A record written before these fields existed (none of them present) loads as before,
    // and the new fields are not written when empty (scripted runs keep their bytes).
    let mut old = record(1);
    old.class_code = None;
    old.sim_time = None;
    let text = old.to_json();
    assert!(!text.contains("class_code") && !text.contains("sim_time"));
    assert!(!text.contains("abandoned"));
    std::fs::write(&path, &text).unwrap();
    assert_eq!(Record::load(&path).unwrap(), old);
}
