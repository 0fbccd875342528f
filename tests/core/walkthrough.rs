//! The authors' guide as an instructor follows it: the commands of `scenarios/README.md`'s
//! "Starting from a template" section, run in order from an empty folder outside the
//! repository, each printing what the guide shows after it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{output_text, root, scratch_dir};

const SECTION: &str = "### Starting from a template: `goldenhour new`";

/// One shell block of the section, and the text block that follows it (the output of its last
/// command), if any.
struct Step {
    commands: Vec<String>,
    expected: Option<Vec<String>>,
}

/// The section's ```sh blocks, each with the ```text block after it.
fn steps(guide: &str) -> Vec<Step> {
    let start = guide.find(SECTION).expect("the guide has the section");
    let body = &guide[start + SECTION.len()..];
    let body = &body[..body.find("\n### ").unwrap_or(body.len())];
    let mut steps: Vec<Step> = Vec::new();
    let mut lines = body.lines();
    while let Some(line) = lines.next() {
        let kind = match line.trim_end() {
            "```sh" => "sh",
            "```text" => "text",
            _ => continue,
        };
        let block: Vec<String> =
            lines.by_ref().take_while(|l| l.trim_end() != "```").map(str::to_string).collect();
        if kind == "sh" {
            let commands = block
                .into_iter()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .collect();
            steps.push(Step { commands, expected: None });
        } else {
            let last = steps.last_mut().expect("a text block follows a sh block");
            assert!(last.expected.is_none(), "two text blocks after one command block");
            last.expected = Some(block);
        }
    }
    steps
}

/// `expected` matches `got` line by line (trailing spaces aside); a line `…` stands for any
/// number of lines.
fn matches(expected: &[String], got: &[&str]) -> bool {
    match expected.split_first() {
        None => got.is_empty(),
        Some((e, rest)) if e.trim() == "…" => (0..=got.len()).any(|k| matches(rest, &got[k..])),
        Some((e, rest)) => {
            got.first().is_some_and(|g| g.trim_end() == e.trim_end()) && matches(rest, &got[1..])
        }
    }
}

/// Run one command of the guide in `cwd` as the instructor would: `mkdir`, `cd`, or the
/// program itself (the one `cargo test` built, which finds the app's own texts in this
/// repository as an installed one finds them beside itself). Returns what it printed.
fn run(line: &str, cwd: &mut PathBuf) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["mkdir", dir] => {
            std::fs::create_dir(cwd.join(dir)).unwrap();
            String::new()
        }
        ["cd", dir] => {
            *cwd = cwd.join(dir);
            String::new()
        }
        ["goldenhour", args @ ..] => {
            let o = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
                .args(args)
                .current_dir(&*cwd)
                .env("LANG", "en_US.UTF-8")
                .env("NO_COLOR", "1")
                .env_remove("GOLDENHOUR_DATA")
                .env_remove("GOLDENHOUR_HOME")
                .output()
                .expect("the binary runs");
            let text = output_text(&o);
            assert!(o.status.success(), "`{line}` failed in {}:\n{text}", cwd.display());
            text
        }
        _ => panic!("the guide shows `{line}`, which this test does not know how to run"),
    }
}

/// Every file under `dir`, relative to it, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            if e.path().is_dir() {
                todo.push(e.path());
            } else {
                let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_guides_template_walkthrough_runs_as_written_from_an_empty_folder() {
    let guide = std::fs::read_to_string(root().join("scenarios/README.md")).unwrap();
    let steps = steps(&guide);
    let commands: Vec<&String> = steps.iter().flat_map(|s| &s.commands).collect();
    assert!(commands.len() >= 5, "the section's commands: {commands:?}");
    for need in
        ["goldenhour new ", "goldenhour validate ", "goldenhour play ", "goldenhour explore "]
    {
        assert!(commands.iter().any(|c| c.starts_with(need)), "the guide shows no `{need}…`");
    }

    let empty = scratch_dir("walkthrough", "author");
    assert!(!empty.starts_with(root()), "the folder lies outside the repository");
    let mut cwd = empty.clone();
    for step in &steps {
        let mut last = String::new();
        for c in &step.commands {
            last = run(c, &mut cwd);
            assert!(!last.contains('⟨'), "`{c}` printed a raw message id:\n{last}");
        }
        if let Some(expected) = &step.expected {
            let got: Vec<&str> = last.trim_end().lines().collect();
            let want: Vec<String> = expected.clone();
            assert!(
                matches(&want, &got),
                "after `{}` the guide shows:\n{}\nbut the program printed:\n{last}",
                step.commands.last().unwrap(),
                want.join("\n")
            );
        }
    }

    // The case folder holds the case's own files and nothing of the app's.
    let folder = empty.join("my-cases");
    assert_eq!(
        files(&folder),
        [
            "locales/en-US/thai-hold-2.ftl",
            "locales/vi-VN/thai-hold-2.ftl",
            "locales/zh-CN/thai-hold-2.ftl",
            "scenarios/thai-hold-2.ron",
        ]
    );
    let _ = std::fs::remove_dir_all(&empty);
}

#[test]
fn the_matcher_skips_with_an_ellipsis_and_nothing_else() {
    let e = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(matches(&e(&["a", "…", "d"]), &["a", "b", "c", "d"]));
    assert!(matches(&e(&["a", "…"]), &["a"]));
    assert!(!matches(&e(&["a", "d"]), &["a", "b", "d"]));
    assert!(!matches(&e(&["a"]), &["a", "b"]));
    assert!(!matches(&e(&["…", "x"]), &["a", "b"]));
}

/// Without the app's own texts the commands say where they looked and what to set, and
/// `GOLDENHOUR_HOME` points them at an installation anywhere.
#[test]
fn the_apps_own_texts_are_found_through_goldenhour_home() {
    let dir = scratch_dir("walkthrough", "home");
    let run = |home: &Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_goldenhour"))
            .args(args)
            .current_dir(&dir)
            .env("LANG", "en_US.UTF-8")
            .env_remove("GOLDENHOUR_DATA")
            .env("GOLDENHOUR_HOME", home)
            .output()
            .expect("the binary runs")
    };
    let o = run(&dir.join("nowhere"), &["new", "kit", "--lang", "en-US"]);
    let text = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(text.contains("nowhere/locales") && text.contains("GOLDENHOUR_HOME"), "{text}");
    assert!(!dir.join("scenarios").exists(), "nothing written without the app's texts");

    let o = run(&root(), &["new", "kit", "--lang", "en-US"]);
    assert!(o.status.success(), "{}", output_text(&o));
    let o = run(&root(), &["validate", "--deny-warnings", "--lang", "en-US"]);
    let text = output_text(&o);
    assert!(o.status.success() && text.contains("scenarios/kit.ron: ok (kit)"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `validate`'s findings on a case folder's case come in the command's language, each with
/// file:line:col and its help line, in Chinese as in English.
#[test]
fn diagnostics_speak_the_commands_language_with_their_place_and_help() {
    let dir = scratch_dir("walkthrough", "diagnostics");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_goldenhour"))
            .args(args)
            .current_dir(&dir)
            .env("LANG", "en_US.UTF-8")
            .env("NO_COLOR", "1")
            .env_remove("GOLDENHOUR_DATA")
            .env_remove("GOLDENHOUR_HOME")
            .output()
            .expect("the binary runs")
    };
    assert!(run(&["new", "kit"]).status.success());
    let ron = dir.join("scenarios/kit.ron");
    let text = std::fs::read_to_string(&ron).unwrap();
    let broken = text.replacen("percent: 100", "percent: 90", 1);
    assert_ne!(broken, text, "the template has a leg of 100 %");
    std::fs::write(&ron, &broken).unwrap();
    // The finding points at the rule's list of legs, on the line of the broken leg.
    let (line, col) = broken
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("percent: 90"))
        .and_then(|(i, l)| Some((i + 1, l.find("[Leg")? + 1)))
        .unwrap();
    for (lang, says, help) in [
        ("zh-CN", "各去向的百分比之和为 90，不是 100", "让各份额加起来等于 100"),
        ("en-US", "leg percentages add up to 90, not 100", "make the shares add up to 100"),
    ] {
        let o = run(&["validate", "scenarios/kit.ron", "--lang", lang]);
        let out = output_text(&o);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(out.contains(&format!("error[legs-not-100]: {says}")), "{lang}: {out}");
        assert!(out.contains(&format!("= help: {help}")), "{lang}: {out}");
        let at = format!("--> scenarios/kit.ron:{line}:{col}");
        assert!(out.contains(&at), "{lang}: no `{at}` in {out}");
        assert!(!out.contains('⟨'), "{lang}: {out}");
    }
    // A case's own texts that do not parse: the command still speaks, from the app's texts.
    std::fs::write(&ron, &text).unwrap();
    let ftl = dir.join("locales/zh-CN/kit.ftl");
    let good = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{good}kit-broken = {{ $\n")).unwrap();
    let o = run(&["validate", "scenarios/kit.ron", "--lang", "zh-CN"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = good.lines().count() + 1;
    assert!(out.contains("error[fluent-syntax]: Fluent 语法错误"), "{out}");
    assert!(out.contains(&format!("--> locales/zh-CN/kit.ftl:{line}:")), "{out}");
    assert!(out.contains("共 1 个错误") && !out.contains('⟨'), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A record of a case folder's case is verified with `grade --scenarios` on that folder's
/// `scenarios/`, from anywhere: the case's texts come from the folder beside it.
#[test]
fn a_case_folders_records_grade_from_anywhere() {
    let dir = scratch_dir("walkthrough", "grade");
    let run = |cwd: &Path, args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
            .args(args)
            .current_dir(cwd)
            .env("LANG", "en_US.UTF-8")
            .env_remove("GOLDENHOUR_DATA")
            .env_remove("GOLDENHOUR_HOME")
            .output()
            .expect("the binary runs");
        let text = output_text(&o);
        assert!(o.status.success(), "{args:?}: {text}");
        text
    };
    let kit = dir.join("kit");
    run(&dir, &["new", "kit-case", "--dir", "kit"]);
    let (case, record) = (kit.join("scenarios/kit-case.ron"), dir.join("kit-case.json"));
    let play = ["play", case.to_str().unwrap(), "--line", "expert", "--out"];
    run(&root(), &[&play[..], &[record.to_str().unwrap()]].concat());
    let scenarios = kit.join("scenarios");
    let text = run(
        &root(),
        &["grade", record.to_str().unwrap(), "--scenarios", scenarios.to_str().unwrap()],
    );
    assert!(text.contains("A new case") && text.contains("1 verified"), "{text}");
    assert!(!text.contains('⟨'), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
