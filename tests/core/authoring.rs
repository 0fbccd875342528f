//! The authoring commands as an author runs them: `validate --deny-warnings`, `new`, and
//! `explore` (determinism, thread-count independence, coverage and separation warnings).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use goldenhour::explore::{Separation, explore};
use goldenhour::scenario;

use crate::common::fixture;

const CASE: &str = "scenarios/frank-lao-cards.ron";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str], data: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goldenhour"));
    cmd.args(args).current_dir(root()).env("LANG", "en_US.UTF-8").env_remove("GOLDENHOUR_DATA");
    if let Some(d) = data {
        cmd.env("GOLDENHOUR_DATA", d);
    }
    cmd.output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
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

/// A fresh data folder: the project's locales, an empty scenarios/.
fn data_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goldenhour-author-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("locales"), &dir.join("locales"));
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    dir
}

#[test]
fn new_then_validate_passes_with_deny_warnings() {
    let data = data_dir("new-ok");
    // A third locale with only the engine's texts: `new` writes English placeholders for it.
    copy_dir(&data.join("locales/en-US"), &data.join("locales/xx-XX"));
    let o = run(&["new", "thai-hold-2", "--dir", data.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", text(&o.stderr));
    for f in [
        "scenarios/thai-hold-2.ron",
        "locales/zh-CN/thai-hold-2.ftl",
        "locales/en-US/thai-hold-2.ftl",
        "locales/xx-XX/thai-hold-2.ftl",
    ] {
        assert!(data.join(f).is_file(), "{f} written");
    }
    let zh = std::fs::read_to_string(data.join("locales/zh-CN/thai-hold-2.ftl")).unwrap();
    assert!(zh.contains("thai-hold-2-title = 新案例"), "{zh}");
    let xx = std::fs::read_to_string(data.join("locales/xx-XX/thai-hold-2.ftl")).unwrap();
    assert!(xx.contains("# TODO translate\nthai-hold-2-title = A new case"), "{xx}");

    let o = run(&["validate", "--deny-warnings"], Some(&data));
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(out.contains("thai-hold-2.ron: ok (thai-hold-2)"), "{out}");
    // The coverage table: complete in zh-CN and en-US, the placeholder locale at 0 %.
    let row = out.lines().find(|l| l.trim_start().starts_with("thai-hold-2 ")).expect("row");
    assert!(row.contains("100% 45/45") && row.contains("0% 0/45"), "{out}");
    assert!(out.contains("xx-XX"), "{out}");

    // Declaring the placeholder locale complete turns its TODO marks into warnings.
    let ron = data.join("scenarios/thai-hold-2.ron");
    let s = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(
        &ron,
        s.replace(r#"languages: ["zh-CN", "en-US"]"#, r#"languages: ["zh-CN", "en-US", "xx-XX"]"#),
    )
    .unwrap();
    let o = run(&["validate"], Some(&data));
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stderr).contains("warning[untranslated-message]"), "{}", text(&o.stderr));
    let o = run(&["validate", "--deny-warnings"], Some(&data));
    assert_eq!(o.status.code(), Some(1));

    // The template plays and separates good play from bad.
    let o =
        run(&["explore", ron.to_str().unwrap(), "--runs", "300", "--format", "json"], Some(&data));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["separation"].as_array().map(Vec::len), Some(0), "{v}");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn new_refuses_to_overwrite_and_rejects_bad_ids() {
    let data = data_dir("new-refuse");
    let dir = data.to_str().unwrap();
    assert!(run(&["new", "mine", "--dir", dir], None).status.success());
    let ftl = data.join("locales/en-US/mine.ftl");
    std::fs::write(&ftl, "# my own work\n").unwrap();
    std::fs::remove_file(data.join("scenarios/mine.ron")).unwrap();
    let o = run(&["new", "mine", "--dir", dir, "--lang", "en-US"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("mine.ftl already exists"), "{}", text(&o.stderr));
    // Nothing written, nothing lost.
    assert_eq!(std::fs::read_to_string(&ftl).unwrap(), "# my own work\n");
    assert!(!data.join("scenarios/mine.ron").exists());

    for bad in ["Thai", "1case", "a--b", "../x", "a_b", "-a", "a-", "x".repeat(49).as_str(), "名字"]
    {
        let o = run(&["new", "--dir", dir, "--lang", "en-US", "--", bad], None);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        let err = text(&o.stderr);
        assert!(err.contains("cannot be a case id") && !err.contains("panicked"), "{bad}: {err}");
    }
    let listed: Vec<_> = std::fs::read_dir(data.join("scenarios")).unwrap().collect();
    assert!(listed.is_empty(), "no case written for a bad id");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn deny_warnings_makes_warnings_fail() {
    let data = data_dir("deny");
    assert!(run(&["new", "warned", "--dir", data.to_str().unwrap()], None).status.success());
    let ron = data.join("scenarios/warned.ron");
    let s = std::fs::read_to_string(&ron).unwrap();
    let spare =
        r#"Account(id: "spare", name: "warned-mule", institution: "cn-bank", owner: Mule),"#;
    let s = s.replacen("    accounts: [\n", &format!("    accounts: [\n        {spare}\n"), 1);
    std::fs::write(&ron, &s).unwrap();

    let o = run(&["validate"], Some(&data));
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "warnings alone pass: {err}");
    assert!(err.contains("warning[unused-account]: account `spare`"), "{err}");
    let line = s.lines().position(|l| l.contains(spare)).unwrap() + 1;
    assert!(err.contains(&format!("warned.ron:{line}:")), "{err}");
    assert!(text(&o.stdout).contains("0 error(s), 1 warning(s)"));

    let o = run(&["validate", "--deny-warnings"], Some(&data));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("--deny-warnings"), "{}", text(&o.stderr));

    // Marked intentional: passes again.
    let allowed = s.replacen(
        "    lines: {",
        "    allow: [(lint: \"unused-account\", id: \"spare\", reason: \"a decoy\")],\n    lines: {",
        1,
    );
    std::fs::write(&ron, allowed).unwrap();
    let o = run(&["validate", "--deny-warnings"], Some(&data));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));

    // An error fails with or without the flag.
    let s = std::fs::read_to_string(&ron).unwrap().replacen("percent: 100", "percent: 90", 1);
    std::fs::write(&ron, s).unwrap();
    let o = run(&["validate"], Some(&data));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("error[legs-not-100]"), "{}", text(&o.stderr));
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn bundled_cases_pass_deny_warnings() {
    let o = run(&["validate", "--deny-warnings"], None);
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("frank-lao-cards") && out.contains("100%"), "{out}");
}

#[test]
fn explore_json_is_the_same_bytes_for_a_seed_whatever_the_threads() {
    let go = |seed: &str, jobs: &str| {
        let o = run(
            &[
                "explore", CASE, "--runs", "1000", "--seed", seed, "--format", "json", "--jobs",
                jobs,
            ],
            None,
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        o.stdout
    };
    let a = go("5", "1");
    let b = go("5", "2");
    let c = go("5", "2");
    assert_eq!(a, b, "1 thread vs 2 threads");
    assert_eq!(b, c, "same seed, same bytes");
    assert_ne!(a, go("6", "2"), "another seed explores differently");
    let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    assert_eq!(v["runs"], 1000);
    let bins = v["histogram"].as_array().unwrap();
    let total: u64 = bins.iter().map(|b| b["runs"].as_u64().unwrap()).sum();
    assert_eq!(total, 1000);
    let lines: Vec<&str> =
        v["lines"].as_array().unwrap().iter().map(|l| l["name"].as_str().unwrap()).collect();
    assert!(lines.contains(&"expert") && lines.contains(&"passive"), "{lines:?}");
    // The first case separates and reaches all its content.
    assert_eq!(v["separation"].as_array().map(Vec::len), Some(0), "{v}");
    assert_eq!(v["unreached"].as_array().map(Vec::len), Some(0), "{v}");
}

#[test]
fn explore_library_is_independent_of_the_pool_size() {
    let sc = Arc::new(scenario::parse(&fixture("mini.ron")).unwrap());
    let on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| explore(&sc, 200, 42, &|_| {}))
    };
    assert_eq!(on(1), on(2));
    assert_eq!(on(2), on(3));
}

#[test]
fn explore_text_and_html() {
    let html = std::env::temp_dir().join(format!("goldenhour-explore-{}.html", std::process::id()));
    let o = run(
        &["explore", CASE, "--runs", "200", "--lang", "en-US", "--html", html.to_str().unwrap()],
        None,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("Score distribution") && out.contains("◀ expert"), "{out}");
    assert!(out.contains("Content coverage") && out.contains("Separation"), "{out}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<svg") && page.contains("<rect"));
    assert!(page.contains("expert"));
    // Self-contained: nothing loaded from elsewhere.
    for bad in ["<script", "src=", "href=", "@import"] {
        assert!(!page.contains(bad), "{bad}");
    }
    let zh = run(&["explore", CASE, "--runs", "50", "--lang", "zh-CN"], None);
    assert!(text(&zh.stdout).contains("得分分布"), "{}", text(&zh.stdout));
    let _ = std::fs::remove_file(&html);

    let o = run(&["explore", CASE, "--runs", "0"], None);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn explore_reports_an_unreachable_inject() {
    let text = fixture("mini.ron").replacen(
        "injects: [\n",
        "injects: [\n        Inject(id: \"ghost\", text: \"mini-more\", trigger: When(Flag(\"never\"))),\n",
        1,
    );
    let text = text.replacen(r#"flags: ["filed""#, r#"flags: ["filed", "never""#, 1);
    let sc = Arc::new(scenario::parse(&text).unwrap());
    let r = explore(&sc, 100, 1, &|_| {});
    let ghost = r.coverage.injects.iter().find(|c| c.id == "ghost").unwrap();
    assert_eq!(ghost.runs, 0);
    let u = r.unreached.iter().find(|u| u.id == "ghost").expect("reported");
    assert_eq!(u.code, "unreached-inject");
    assert!(!u.allowed);
    let other = r.coverage.injects.iter().find(|c| c.id == "file").unwrap();
    assert!(other.runs > 0);
    let before = r.warnings();

    // Marked intentional: still listed, no longer a warning.
    let text = text.replacen(
        "    lines: {",
        "    allow: [(lint: \"unreached-inject\", id: \"ghost\", reason: \"kept for a later version\")],\n    lines: {",
        1,
    );
    let sc = Arc::new(scenario::parse(&text).unwrap());
    let r = explore(&sc, 100, 1, &|_| {});
    assert!(r.unreached.iter().any(|u| u.id == "ghost" && u.allowed));
    assert_eq!(r.warnings(), before - 1);
}

#[test]
fn explore_warns_when_expert_is_no_better_than_passive() {
    let base = fixture("mini.ron");
    let start = base.find("\"expert\": [").unwrap();
    let end = start + base[start..].find("],").unwrap() + 2;
    let text = format!("{}\"expert\": [],{}", &base[..start], &base[end..]);
    let sc = Arc::new(scenario::parse(&text).unwrap());
    let r = explore(&sc, 200, 3, &|_| {});
    let expert = r.lines.iter().find(|l| l.name == "expert").unwrap().mean;
    let passive = r.lines.iter().find(|l| l.name == "passive").unwrap().mean;
    assert_eq!(expert, passive);
    assert!(
        r.separation.iter().any(|s| matches!(s, Separation::PassiveNearExpert { .. })),
        "{:?}",
        r.separation
    );
}

#[test]
fn explore_deny_warnings_fails_when_good_play_does_not_separate() {
    let data = data_dir("explore-deny");
    assert!(run(&["new", "flat", "--dir", data.to_str().unwrap()], None).status.success());
    let ron = data.join("scenarios/flat.ron");
    let path = ron.to_str().unwrap();
    let args = ["explore", path, "--runs", "200", "--deny-warnings", "--lang", "en-US"];
    assert_eq!(run(&args, Some(&data)).status.code(), Some(0));

    // The expert line does nothing: no better than passive.
    let s = std::fs::read_to_string(&ron).unwrap();
    let start = s.find("\"expert\": [").unwrap();
    let end = start + s[start..].find("        ],\n").unwrap() + "        ],\n".len();
    std::fs::write(&ron, format!("{}\"expert\": [],\n{}", &s[..start], &s[end..])).unwrap();
    let o = run(&args, Some(&data));
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stdout));
    assert!(text(&o.stdout).contains("warning[passive-near-expert]"), "{}", text(&o.stdout));
    // Without the flag it is a report, not a failure.
    let o = run(&args[..args.len() - 3], Some(&data));
    assert_eq!(o.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&data);
}
