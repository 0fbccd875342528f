//! What every case of the library is checked for (validates cleanly, its reference lines
//! separate, random play explores it cleanly), and small helpers for the per-case tests.

use goldenhour::scenario::Action;
use goldenhour::sim::{EventKind, Session};
use goldenhour::time::Secs;

use crate::common::*;

pub fn validates_cleanly(case: &str, id: &str) {
    let o = goldenhour(&["validate", "--deny-warnings", case]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{out}{err}");
    assert!(out.contains(&format!("ok ({id})")), "{out}");
    assert!(out.contains("en-US 100%") && out.contains("zh-CN 100%"), "{out}");
    assert!(!err.contains("warning"), "no warnings: {err}");
}

/// Expert beats reckless, and passive by at least 30 points; the reckless line breaks rules.
pub fn lines_separate(case: &str, seed: u64) -> [f64; 3] {
    let (expert, e) = play_json(case, "expert", seed);
    let (passive, _) = play_json(case, "passive", seed);
    let (reckless, r) = play_json(case, "reckless", seed);
    assert!(expert >= passive + 30.0, "{case}: expert {expert} vs passive {passive}");
    assert!(expert > reckless + 30.0, "{case}: expert {expert} vs reckless {reckless}");
    assert!(
        e["refused"].as_array().is_some_and(|a| a.is_empty()),
        "{case}: the expert line is refused nothing at seed {seed}: {}",
        e["refused"]
    );
    assert_eq!(e["facts"]["compliance"].as_i64(), Some(100), "{case}: the expert line is lawful");
    assert!(r["facts"]["compliance"].as_i64().unwrap() < 100, "{case}: reckless breaks rules");
    [expert, passive, reckless]
}

pub fn placed(s: &Session, account: &str) -> Option<(Secs, Secs)> {
    s.events().iter().find_map(|e| match &e.kind {
        EventKind::HoldPlaced { account: a, until, .. } if a == account => Some((e.at, *until)),
        _ => None,
    })
}

/// When money first moved into `to` after the report.
pub fn reached_at(s: &Session, to: &str) -> Option<Secs> {
    s.events().iter().find_map(|e| match &e.kind {
        EventKind::Transfer { to: t, .. } if t == to && e.at >= 0 => Some(e.at),
        _ => None,
    })
}

pub fn choose(inject: &str, choice: &str) -> Action {
    Action::Choose { inject: inject.into(), choice: choice.into() }
}

/// Random play and the reference lines over 2,000 runs: every inject, choice, item and debrief
/// text is reached (or allowed in the case, with a reason), and good play scores above bad.
pub fn explores_cleanly(case: &str) -> serde_json::Value {
    let o = goldenhour(&["explore", case, "--runs", "2000", "--deny-warnings", "--format", "json"]);
    assert!(o.status.success(), "{case}: {}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert!(v["separation"].as_array().is_some_and(|a| a.is_empty()), "{}", v["separation"]);
    let unreached = v["unreached"].as_array().expect("unreached");
    assert!(unreached.iter().all(|u| u["allowed"] == true), "{case}: {unreached:?}");
    let mean = |name: &str| {
        v["lines"].as_array().unwrap().iter().find(|l| l["name"] == name).unwrap()["mean"]
            .as_f64()
            .unwrap()
    };
    assert!(mean("expert") >= mean("passive") + 30.0 && mean("expert") > mean("reckless") + 30.0);
    assert!(mean("expert") > v["stats"]["p90"].as_f64().unwrap(), "expert in the top decile");
    v
}

// ── The Myawaddy compound ────────────────────────────────────────────────────────────────────
