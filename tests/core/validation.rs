//! Validation: the bundled fixture is clean, and broken files get file:line:col and a fix.

use std::path::Path;

use goldenhour::scenario::validate::{Severity, check_text};

use crate::common::fixture;

fn errors(text: &str) -> Vec<goldenhour::scenario::validate::Diagnostic> {
    let (_, d) = check_text(Path::new("case.ron"), text, None);
    d.into_iter().filter(|d| d.severity == Severity::Error).collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

#[test]
fn fixture_is_clean() {
    let d = errors(&fixture("mini.ron"));
    assert!(d.is_empty(), "{}", d.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn unknown_reference_points_at_it_and_suggests() {
    let text = fixture("mini.ron").replace(
        r#"legs: [Leg(to: "lao-1", percent: 100)]"#,
        r#"legs: [Leg(to: "lao-2", percent: 100)]"#,
    );
    let d = errors(&text);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].text().contains("unknown account `lao-2`"));
    assert_eq!(d[0].help_text().as_deref(), Some("did you mean `lao-1`?"));
    assert_eq!(d[0].line, line_of(&text, "\"lao-2\""));
    let col = text.lines().nth(d[0].line - 1).unwrap().find("\"lao-2\"").unwrap() + 1;
    assert_eq!(d[0].col, col);
    assert_eq!(d[0].code, "unknown-account");
    let shown = d[0].to_string();
    assert!(shown.starts_with("error[unknown-account]: unknown account `lao-2`"), "{shown}");
    assert!(shown.contains(&format!("--> case.ron:{}:{col}", d[0].line)), "{shown}");
    assert!(shown.contains("= help: did you mean `lao-1`?"), "{shown}");
}

#[test]
fn unknown_field_is_a_parse_error_with_position() {
    let text =
        fixture("mini.ron").replace("expected_minutes: 5,", "expected_minutes: 5,\n    colour: 3,");
    let d = errors(&text);
    assert_eq!(d.len(), 1);
    assert!(d[0].text().contains("unknown field `colour`"), "{}", d[0].text());
    assert_eq!(d[0].line, line_of(&text, "colour"));
}

#[test]
fn ranges_sums_duplicates_and_loops() {
    let base = fixture("mini.ron");
    let prob = base.replacen("success: 1.0", "success: 1.5", 1);
    assert!(
        errors(&prob)
            .iter()
            .any(|d| d.text().contains("probability") && d.line == line_of(&prob, "1.5"))
    );

    let legs = base.replace(
        r#"legs: [Leg(to: "mule-2", percent: 100)]"#,
        r#"legs: [Leg(to: "mule-2", percent: 60), Leg(to: "lao-1", percent: 30)]"#,
    );
    assert!(errors(&legs).iter().any(|d| d.text().contains("add up to 90")));

    let dup = base.replace(r#"Account(id: "mule-2""#, r#"Account(id: "mule-1""#);
    let d = errors(&dup);
    assert!(d.iter().any(|d| d.text().contains("duplicate id `mule-1`")));

    let neg = base.replace(r#"takes_effect: Fixed("2m")"#, r#"takes_effect: Fixed("-2m")"#);
    assert!(errors(&neg).iter().any(|d| d.text().contains("negative")));

    let looped = base.replace(
        r#"legs: [Leg(to: "lao-1", percent: 100)]"#,
        r#"legs: [Leg(to: "mule-1", percent: 100)]"#,
    );
    assert!(
        errors(&looped)
            .iter()
            .any(|d| d.text().contains("loop") && d.text().contains("mule-1 → mule-2 → mule-1"))
    );

    let line = base.replace(r#""passive": [],"#, "");
    assert!(errors(&line).iter().any(|d| d.text().contains("`passive` is missing")));
}

#[test]
fn bad_bytes_and_syntax_never_panic() {
    for text in [
        "",
        "(",
        "Scenario(",
        "\u{feff}",
        "[[[[[[[[",
        "Scenario(id: 5)",
        "\"unterminated",
        "Scenario(id: \"x\",,)",
    ] {
        let (sc, d) = check_text(Path::new("x.ron"), text, None);
        assert!(sc.is_none());
        assert_eq!(d.len(), 1, "{text:?}");
        assert!(d[0].line >= 1 && d[0].col >= 1);
    }
    let deep = "[".repeat(100_000);
    let (_, d) = check_text(Path::new("x.ron"), &deep, None);
    assert_eq!(d.len(), 1);
}
