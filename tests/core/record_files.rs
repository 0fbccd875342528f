//! What `grade` reads: regular files of at most 16 MiB, never a pipe or a device; what it skips
//! in a folder, it says.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{output_text, root, scratch_dir};

const CASE: &str = "scenarios/frank-lao-cards.ron";

/// Run the binary, killing it and failing the test if it has not finished within 60 seconds.
fn run_within(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_goldenhour"))
        .args(args)
        .current_dir(root())
        .env("LANG", "en_US.UTF-8")
        .env_remove("GOLDENHOUR_DATA")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`goldenhour {}` still running after 60 s", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn honest(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(format!("{name}.json"));
    let o = run_within(&["play", CASE, "--line", "expert", "--out", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", output_text(&o));
    p
}

fn line_for<'a>(out: &'a str, file: &str) -> &'a str {
    out.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no line for {file} in\n{out}"))
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_not_waited_on() {
    let d = scratch_dir("files", "fifo");
    let fifo = d.join("fifo.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    // Named on the command line: rejected with why.
    let o = run_within(&["grade", fifo.to_str().unwrap(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = line_for(&out, "fifo.json");
    assert!(line.contains("REJECTED") && line.contains("not a regular file"), "{line}");
    // In a folder beside an honest record: skipped with a note, the record still graded.
    honest(&d, "good");
    let o = run_within(&["grade", d.to_str().unwrap(), "--lang", "en-US"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{}", output_text(&o));
    assert!(err.contains("fifo.json: skipped (not a regular file)"), "{err}");
    assert!(line_for(&String::from_utf8_lossy(&o.stdout), "good.json").ends_with("verified"));
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_not_read() {
    let o = run_within(&["grade", "/dev/zero", "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = line_for(&out, "/dev/zero");
    assert!(line.contains("REJECTED") && line.contains("not a regular file"), "{line}");
}

#[test]
fn a_record_over_16_mib_is_refused_unread() {
    let d = scratch_dir("files", "large");
    let big = d.join("big.json");
    // Sparse: 16 MiB and one byte of nothing, made without writing them.
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(goldenhour::data::MAX_FILE_BYTES + 1).unwrap();
    drop(f);
    let o = run_within(&["grade", big.to_str().unwrap(), "--lang", "en-US"]);
    let out = output_text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = line_for(&out, "big.json");
    assert!(line.contains("16777217 bytes is over the limit of 16 MiB"), "{line}");
    // At the limit exactly it is read (and is not JSON).
    std::fs::File::options()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(goldenhour::data::MAX_FILE_BYTES)
        .unwrap();
    let e = goldenhour::record::Record::load(&big).unwrap_err().to_string();
    assert!(e.contains("not a valid record"), "{e}");
}

#[cfg(unix)]
#[test]
fn links_to_nothing_and_loops_in_a_folder_are_noted() {
    use std::os::unix::fs::symlink;
    let d = scratch_dir("files", "links");
    honest(&d, "good");
    symlink(d.join("nowhere.json"), d.join("dangling.json")).unwrap();
    symlink(d.join("loop-b.json"), d.join("loop-a.json")).unwrap();
    symlink(d.join("loop-a.json"), d.join("loop-b.json")).unwrap();
    symlink(d.join("good.json"), d.join("linked.json")).unwrap();
    std::fs::create_dir(d.join("folder.json")).unwrap();
    let o = run_within(&["grade", d.to_str().unwrap(), "--lang", "en-US"]);
    let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(o.status.success(), "{out}{err}");
    for name in ["dangling.json", "loop-a.json", "loop-b.json"] {
        let note = format!("{name}: skipped (a link to a missing file, or a loop of links)");
        assert!(err.contains(&note), "{note} not in\n{err}");
    }
    assert!(err.contains("folder.json: skipped (not a regular file)"), "{err}");
    // A link to a record is a record.
    assert!(line_for(&out, "linked.json").ends_with("verified"), "{out}");
    assert!(out.contains("2 verified, 0 unfinished, 0 rejected"), "{out}");
}
