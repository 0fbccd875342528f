//! Shared helpers: load fixtures and play actions.

use std::sync::Arc;

use goldenhour::scenario::{self, Action, Scenario, Target};
use goldenhour::sim::Session;
use goldenhour::time::{DAY, HOUR, MINUTE, Secs};

pub const M: Secs = MINUTE;
pub const H: Secs = HOUR;
pub const D: Secs = DAY;

pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn mini() -> Arc<Scenario> {
    Arc::new(scenario::parse(&fixture("mini.ron")).expect("mini.ron parses"))
}

pub fn session() -> Session {
    Session::new(mini(), 7)
}

pub fn acct(a: &str) -> String {
    a.to_string()
}

pub fn stop(a: &str) -> Action {
    Action::StopPayment { account: acct(a) }
}

pub fn request(channel: &str, service: &str, target: Target, elements: &[&str]) -> Action {
    Action::Request {
        channel: channel.into(),
        service: service.into(),
        target,
        elements: elements.iter().map(|s| s.to_string()).collect(),
        draft: None,
    }
}

pub fn balance(s: &Session, a: &str) -> u64 {
    s.account_state(a).map(|x| x.balance).unwrap_or(0)
}

/// A line played to the close through the engine's one replay ([`goldenhour::run::play`]): the
/// closed session and each refused action with its error.
pub fn play(
    sc: Arc<Scenario>,
    seed: u64,
    line: &[scenario::TimedAction],
) -> (Session, Vec<(goldenhour::record::RecordedAction, goldenhour::sim::ActionError)>) {
    let meta = goldenhour::run::Meta::scripted("", "");
    let played = goldenhour::run::play(sc, seed, line, meta);
    let refused = played.refused.into_iter().map(|r| (r.action, r.error)).collect();
    (played.run.into_session(), refused)
}

/// The repository's root (the binary's working folder in the CLI tests).
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run `goldenhour ARGS` in the repository's root, in English, with the bundled data only.
pub fn goldenhour(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(args)
        .current_dir(root())
        .env("LANG", "en_US.UTF-8")
        .env_remove("GOLDENHOUR_DATA")
        .output()
        .expect("the binary runs")
}

/// What a run printed, stdout then stderr.
pub fn output_text(o: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// An empty scratch folder of this test process: `goldenhour-<tag>-<pid>-<name>`.
pub fn scratch_dir(tag: &str, name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("goldenhour-{tag}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A case file of the repository (its path from the root, `scenarios/<id>.ron`), parsed.
pub fn bundled(path: &str) -> Arc<Scenario> {
    let full = root().join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    Arc::new(scenario::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}")))
}

/// `goldenhour play CASE --line LINE --seed SEED --format json`: the score, and the whole JSON.
pub fn play_json(case: &str, line: &str, seed: u64) -> (f64, serde_json::Value) {
    let seed = seed.to_string();
    let o = goldenhour(&["play", case, "--line", line, "--seed", &seed, "--format", "json"]);
    assert!(o.status.success(), "{}", output_text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    (v["score"].as_f64().expect("score"), v)
}
