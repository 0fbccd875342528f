//! `validate` accepts only what plays: each reference line is played and an action the rules
//! refuse is an error at the action; a line named twice and messages that refer to themselves
//! are rejected too.

use std::path::Path;

use goldenhour::scenario::validate::{Diagnostic, Severity, check_text, message_cycles, parse_ftl};

use crate::common::fixture;

fn errors(text: &str) -> Vec<Diagnostic> {
    check_text(Path::new("case.ron"), text, None)
        .1
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

/// The fixture with one exact replacement (which must apply).
fn mini_edited(from: &str, to: &str) -> String {
    let base = fixture("mini.ron");
    assert!(base.contains(from), "`{from}` not in mini.ron");
    base.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    let i = text.find(needle).unwrap_or_else(|| panic!("`{needle}` not in text"));
    text[..i].matches('\n').count() + 1
}

#[test]
fn the_fixture_and_the_bundled_cases_play_as_written() {
    assert!(errors(&fixture("mini.ron")).is_empty());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for e in std::fs::read_dir(&root).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "ron") {
            let text = std::fs::read_to_string(&p).unwrap();
            let (_, d) = check_text(&p, &text, None);
            let refused: Vec<String> =
                d.iter().filter(|d| d.code == "line-refused").map(|d| d.to_string()).collect();
            assert!(refused.is_empty(), "{}: {refused:#?}", p.display());
        }
    }
}

#[test]
fn a_channel_that_reaches_nowhere_refuses_the_expert_request() {
    let text =
        mini_edited(r#"kind: Interpol, reach: ["LA", "TH"]"#, r#"kind: Interpol, reach: []"#);
    let e = errors(&text);
    let d = e.iter().find(|d| d.code == "line-refused").unwrap_or_else(|| panic!("{e:#?}"));
    assert_eq!(d.line, line_of(&text, r#"(at: "40m", do: Request(channel: "i247""#), "{d}");
    let shown = d.to_string();
    assert!(shown.contains("reference line `expert`, action 4 at"), "{shown}");
    assert!(shown.contains("the rules refuse it on play"), "{shown}");
    // The engine's reason as the help (the case's own names need the case's catalog).
    let help = d.help_text().unwrap_or_default();
    assert!(help.contains("does not reach"), "{help}");
}

#[test]
fn an_action_after_the_case_has_closed_is_refused() {
    let text = mini_edited(
        r#""passive": [],"#,
        r#""passive": [
            (at: "400d", do: Monitor(account: "mule-2")),
        ],"#,
    );
    let e = errors(&text);
    let d = e.iter().find(|d| d.code == "line-refused").unwrap_or_else(|| panic!("{e:#?}"));
    assert_eq!(d.line, line_of(&text, r#"(at: "400d""#), "{d}");
    assert!(d.to_string().contains("reference line `passive`, action 1"), "{d}");
}

#[test]
fn a_line_named_twice_is_an_error_not_a_silent_replacement() {
    let text = mini_edited(
        r#""passive": [],"#,
        r#""passive": [],
        "passive": [
            (at: "1m", do: Monitor(account: "mule-2")),
        ],"#,
    );
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].code, "syntax");
    let shown = e[0].to_string();
    assert!(shown.contains("reference line `passive` is given twice"), "{shown}");
    assert!(e[0].line >= line_of(&text, r#""passive": [],"#), "{shown}");
}

#[test]
fn messages_that_refer_to_each_other_in_a_round_are_an_error() {
    let text = "# a round\ntut-cyc-a = { tut-cyc-b }\ntut-cyc-b = see { tut-cyc-a }\ntut-ok = { tut-cyc-c }\ntut-cyc-c = fine\ntut-self = { tut-self }\n";
    let f = parse_ftl("en-US", Path::new("locales/en-US/tut.ftl"), text);
    assert!(f.errors.is_empty());
    let d = message_cycles(&[f]);
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(d.iter().all(|d| d.code == "message-cycle" && d.severity == Severity::Error));
    let round = d.iter().find(|d| d.to_string().contains("tut-cyc-a → tut-cyc-b → tut-cyc-a"));
    let round = round.unwrap_or_else(|| panic!("{d:#?}"));
    assert_eq!((round.line, round.col), (3, 1), "at the definition that closes it: {round}");
    assert!(d.iter().any(|d| d.to_string().contains("tut-self → tut-self")), "{d:#?}");
    // Not a round: a chain that ends.
    assert!(!d.iter().any(|d| d.to_string().contains("tut-ok")));
}
