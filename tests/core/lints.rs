//! Semantic lints and Fluent checks: each fires on a crafted bad case at the right line and
//! column, not on the clean fixture; `allow` entries silence them and are checked themselves.

use std::path::Path;

use goldenhour::scenario::validate::{
    Diagnostic, Severity, case_ftl_lints, check_text, coverage, english, parse_ftl,
};

use crate::common::fixture;

fn diags(text: &str) -> Vec<Diagnostic> {
    check_text(Path::new("case.ron"), text, None).1
}

fn warnings(text: &str) -> Vec<Diagnostic> {
    diags(text).into_iter().filter(|d| d.severity == Severity::Warning).collect()
}

/// Replace `anchor` (which must be in the fixture) with `anchor` followed by `extra`.
fn mini_with(anchor: &str, extra: &str) -> String {
    let base = fixture("mini.ron");
    assert!(base.contains(anchor), "anchor `{anchor}` not in mini.ron");
    base.replacen(anchor, &format!("{anchor}{extra}"), 1)
}

/// 1-based (line, column) of the first occurrence of `needle`.
fn pos(text: &str, needle: &str) -> (usize, usize) {
    let off = text.find(needle).unwrap_or_else(|| panic!("`{needle}` not in text"));
    let before = &text[..off];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// The only warning of `code`, checked to sit at `needle`.
#[track_caller]
fn fires_at(text: &str, code: &str, needle: &str) -> Diagnostic {
    let all = warnings(text);
    let hits: Vec<&Diagnostic> = all.iter().filter(|d| d.code == code).collect();
    assert_eq!(hits.len(), 1, "want one `{code}`, got: {all:#?}");
    let d = hits[0].clone();
    assert_eq!((d.line, d.col), pos(text, needle), "{}", d);
    assert!(d.to_string().starts_with(&format!("warning[{code}]: ")), "{d}");
    d
}

const ACCOUNTS: &str = r#"cash_out: true),"#;
const FLAGS: &str = r#"flags: ["filed""#;
const INJECTS: &str = "injects: [\n";
const CRITERIA: &str = "criteria: [\n";
const DEBRIEF: &str = "debrief: [\n";

#[test]
fn the_clean_fixture_has_no_warnings() {
    let w = warnings(&fixture("mini.ron"));
    assert!(w.is_empty(), "{w:#?}");
}

#[test]
fn unused_account() {
    let text = mini_with(
        ACCOUNTS,
        r#"
        Account(id: "spare", name: "mini-cash", institution: "cn-bank", owner: Mule),"#,
    );
    let d = fires_at(&text, "unused-account", r#""spare""#);
    assert_eq!(d.subject.as_deref(), Some("spare"));
    assert!(d.help_text().unwrap().contains(r#"allow: [(lint: "unused-account", id: "spare""#));
}

#[test]
fn unreachable_account() {
    let text = mini_with(
        ACCOUNTS,
        r#"
        Account(id: "orphan", name: "mini-cash", institution: "la-bank", owner: Gang),"#,
    )
    .replacen(
        "rules: [\n",
        "rules: [\n            Rule(id: \"r0\", from: \"orphan\", delay: Fixed(\"1m\"), legs: [Leg(to: \"cash\", percent: 100)]),\n",
        1,
    );
    fires_at(&text, "unreachable-account", r#""orphan""#);
    assert!(!warnings(&text).iter().any(|d| d.code == "unused-account"));
}

#[test]
fn evidence_no_path_produces() {
    let text = mini_with(
        "evidence: [\n",
        r#"        EvidenceItem(id: "cn-ledger", name: "mini-chats", kind: Document, jurisdiction: "CN"),
"#,
    );
    fires_at(&text, "unreachable-evidence", r#""cn-ledger""#);
    // The same item held in Laos is reachable: the MLA channel obtains evidence there.
    let ok = text
        .replace(r#"kind: Document, jurisdiction: "CN""#, r#"kind: Document, jurisdiction: "LA""#);
    assert!(!warnings(&ok).iter().any(|d| d.code == "unreachable-evidence"));
}

#[test]
fn inject_nothing_can_trigger_and_flag_nothing_sets() {
    let text = mini_with(FLAGS, r#", "never""#).replacen(
        INJECTS,
        "injects: [\n        Inject(id: \"ghost\", text: \"mini-more\", trigger: When(Flag(\"never\"))),\n",
        1,
    );
    fires_at(&text, "unreachable-inject", "When(Flag(\"never\"))");
    fires_at(&text, "unset-flag", r#""never""#);
    // Once a choice sets the flag, both warnings go.
    let ok = text.replace(
        r#"effects: [SetFlag("filed")]"#,
        r#"effects: [SetFlag("filed"), SetFlag("never")]"#,
    );
    let w = warnings(&ok);
    assert!(!w.iter().any(|d| d.code == "unreachable-inject" || d.code == "unset-flag"), "{w:#?}");
}

#[test]
fn inject_chained_on_an_unreachable_one_is_unreachable_too() {
    let text = mini_with(FLAGS, r#", "never""#).replacen(
        INJECTS,
        "injects: [\n        Inject(id: \"ghost\", text: \"mini-more\", trigger: When(Flag(\"never\")), choices: [Choice(id: \"x\", text: \"mini-more\", effects: [TipOff])]),\n        Inject(id: \"echo\", text: \"mini-more\", trigger: When(Chose(inject: \"ghost\", choice: \"x\"))),\n",
        1,
    );
    let w = warnings(&text);
    let n = w.iter().filter(|d| d.code == "unreachable-inject").count();
    assert_eq!(n, 2, "{w:#?}");
}

#[test]
fn inject_after_the_close() {
    let text = mini_with(
        INJECTS,
        "        Inject(id: \"late\", text: \"mini-more\", trigger: At(\"400d\")),\n",
    );
    let d = fires_at(&text, "unreachable-inject", "At(\"400d\")");
    assert!(d.text().contains("after the case closes"), "{d}");
}

#[test]
fn decision_that_changes_nothing_and_choice_never_open() {
    let text = mini_with(
        INJECTS,
        "        Inject(id: \"chat\", text: \"mini-more\", trigger: At(\"1h\"), choices: [Choice(id: \"a\", text: \"mini-more\"), Choice(id: \"b\", text: \"mini-more\")]),\n",
    );
    fires_at(&text, "inert-decision", "[Choice(id: \"a\"");
    // Reading one choice in the debrief gives the decision a consequence.
    let ok = text.replacen(
        DEBRIEF,
        "debrief: [\n        DebriefEntry(id: \"chat-a\", when: Chose(inject: \"chat\", choice: \"a\"), text: \"mini-db-tipped\"),\n",
        1,
    );
    assert!(!warnings(&ok).iter().any(|d| d.code == "inert-decision"));

    let text = mini_with(
        INJECTS,
        "        Inject(id: \"rush\", text: \"mini-more\", trigger: At(\"1h\"), choices: [Choice(id: \"a\", text: \"mini-more\", effects: [TipOff]), Choice(id: \"b\", text: \"mini-more\")], deadline: 0, default: \"a\"),\n",
    );
    let d = fires_at(&text, "unreachable-choice", "Choice(id: \"b\"");
    assert_eq!(d.subject.as_deref(), Some("rush/b"));
}

#[test]
fn criterion_and_debrief_no_outcome_reaches() {
    let text = mini_with(FLAGS, r#", "never""#)
        .replacen(
            CRITERIA,
            "criteria: [\n            Criterion(id: \"ghost\", name: \"mini-c-money\", weight: 10, measure: When(Flag(\"never\"))),\n",
            1,
        )
        .replacen(
            DEBRIEF,
            "debrief: [\n        DebriefEntry(id: \"ghost\", when: All([Tipped, Flag(\"never\")]), text: \"mini-db-tipped\"),\n",
            1,
        );
    let d = fires_at(&text, "unreachable-criterion", "When(Flag(\"never\"))");
    assert!(d.text().contains("always scores 0"), "{d}");
    fires_at(&text, "unreachable-debrief", "All([Tipped");
}

#[test]
fn chances_and_bands_that_do_not_add_up() {
    let base = fixture("mini.ron");
    let text = base.replacen(
        r#"response: Fixed("3h"), success: 1.0"#,
        r#"response: Fixed("3h"), success: 0.0"#,
        1,
    );
    fires_at(&text, "never-succeeds", "0.0");
    let text = mini_with(
        r#"Band(min: 50, grade: "C", name: "mini-c"),"#,
        r#"
            Band(min: 50, grade: "B", name: "mini-c"),"#,
    );
    let (line, _) = pos(&text, r#"grade: "B""#);
    let all = warnings(&text);
    let d = all.iter().find(|d| d.code == "duplicate-band").expect("duplicate-band");
    assert_eq!(d.line, line);
    // Leg shares that do not add up to 100 are an error, not a warning.
    let text =
        base.replacen(r#"Leg(to: "mule-2", percent: 100)"#, r#"Leg(to: "mule-2", percent: 90)"#, 1);
    let d = diags(&text);
    let e = d.iter().find(|d| d.code == "legs-not-100").expect("legs-not-100");
    assert_eq!(e.severity, Severity::Error);
    assert_eq!(e.line, pos(&text, "percent: 90").0);
}

#[test]
fn allow_silences_a_warning_and_is_checked_itself() {
    let spare = mini_with(
        ACCOUNTS,
        r#"
        Account(id: "spare", name: "mini-cash", institution: "cn-bank", owner: Mule),"#,
    );
    let allow = |entry: &str| {
        spare.replacen("    lines: {", &format!("    allow: [{entry}],\n    lines: {{"), 1)
    };

    let ok = allow(
        r#"(lint: "unused-account", id: "spare", reason: "a decoy the trainee should leave alone")"#,
    );
    assert!(warnings(&ok).is_empty(), "{:#?}", warnings(&ok));
    // Without an id it covers every warning of that code.
    let ok = allow(r#"(lint: "unused-account", reason: "decoys")"#);
    assert!(warnings(&ok).is_empty(), "{:#?}", warnings(&ok));

    // The wrong id: the warning stays, and the entry is reported as unused.
    let bad = allow(r#"(lint: "unused-account", id: "spar", reason: "typo")"#);
    let codes: Vec<String> = warnings(&bad).into_iter().map(|d| d.code.to_string()).collect();
    assert!(codes.contains(&"unused-account".to_string()), "{codes:?}");
    fires_at(&bad, "unused-allow", r#"(lint: "unused-account", id: "spar""#);

    // A reason is required in substance.
    let bad = allow(r#"(lint: "unused-account", id: "spare", reason: " ")"#);
    fires_at(&bad, "allow-without-reason", r#"" ")"#);

    // Errors cannot be allowed.
    let err = fixture("mini.ron")
        .replacen(r#"Leg(to: "mule-2", percent: 100)"#, r#"Leg(to: "mule-2", percent: 90)"#, 1)
        .replacen(
            "    lines: {",
            "    allow: [(lint: \"legs-not-100\", reason: \"no\")],\n    lines: {",
            1,
        );
    let d = diags(&err);
    assert!(d.iter().any(|d| d.code == "legs-not-100" && d.severity == Severity::Error));
    assert!(d.iter().any(|d| d.code == "unused-allow"));

    // Codes that explore reports are not "unused" in validate.
    let ok = fixture("mini.ron").replacen(
        "    lines: {",
        "    allow: [(lint: \"unreached-debrief\", id: \"tipped\", reason: \"shown only when tipped off\")],\n    lines: {",
        1,
    );
    assert!(warnings(&ok).is_empty(), "{:#?}", warnings(&ok));
}

#[test]
fn diagnostics_render_like_a_compiler() {
    let text = mini_with(
        ACCOUNTS,
        r#"
        Account(id: "spare", name: "mini-cash", institution: "cn-bank", owner: Mule),"#,
    );
    let d = fires_at(&text, "unused-account", r#""spare""#);
    let (line, col) = pos(&text, r#""spare""#);
    let shown = d.render(english(), "en-US", false);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines[0].starts_with("warning[unused-account]: account `spare`"), "{shown}");
    assert_eq!(lines[1].trim_start(), format!("--> case.ron:{line}:{col}"));
    let gutter = format!("{line} | ");
    let src = lines.iter().find(|l| l.starts_with(&gutter)).expect("source line");
    assert!(src.contains(r#"Account(id: "spare""#), "{shown}");
    let carets = lines.iter().find(|l| l.contains('^')).expect("carets");
    // Carets run under the whole `"spare"` span, at its column.
    let start = carets.find('^').unwrap();
    assert_eq!(carets.matches('^').count(), r#""spare""#.len(), "{shown}");
    assert_eq!(start - (gutter.len()), col - 1, "{shown}");
    assert!(lines.last().unwrap().trim_start().starts_with("= help: "), "{shown}");
    // Colour only on request.
    assert!(!shown.contains('\x1b'));
    assert!(d.render(english(), "en-US", true).contains("\x1b[1;33m"));
}

#[test]
fn fluent_syntax_errors_point_at_their_line() {
    let text = "# texts\nmini-title = fine\nmini-broken = { $amount\nmini-next = fine\n";
    let f = parse_ftl("en-US", Path::new("locales/en-US/mini.ftl"), text);
    assert!(!f.errors.is_empty());
    let e = &f.errors[0];
    assert_eq!(e.code, "fluent-syntax");
    assert_eq!(e.severity, Severity::Error);
    assert!(e.line == 3 || e.line == 4, "{e}");
    assert!(e.to_string().contains(&format!("--> locales/en-US/mini.ftl:{}:{}", e.line, e.col)));
    // What did parse is still there.
    assert!(f.defs.iter().any(|d| d.id == "mini-title"));
    let clean = parse_ftl("en-US", Path::new("x.ftl"), "a = one\nb = { a } and two\n");
    assert!(clean.errors.is_empty());
    assert!(clean.refs.contains("a"));
}

#[test]
fn unused_and_untranslated_messages() {
    let sc = goldenhour::scenario::parse(&fixture("mini.ron")).unwrap();
    let text = "mini-title = Mini\n\nmini-leftover = nothing uses me\n# TODO translate\nmini-summary = A summary\n";
    let en = parse_ftl("en-US", Path::new("locales/en-US/mini.ftl"), text);
    let vi = parse_ftl("vi-VN", Path::new("locales/vi-VN/mini.ftl"), text);
    let other = parse_ftl("en-US", Path::new("locales/en-US/other.ftl"), "stray = x\n");
    let d = case_ftl_lints(&sc, &[en.clone(), vi.clone(), other]);
    let unused: Vec<&Diagnostic> = d.iter().filter(|d| d.code == "unused-message").collect();
    // Once per locale file of the case; other files are not the case's.
    assert_eq!(unused.len(), 2, "{d:#?}");
    assert!(unused.iter().all(|d| d.subject.as_deref() == Some("mini-leftover")));
    assert_eq!((unused[0].line, unused[0].col), (3, 1));
    // TODO translate is a warning only in a language the case declares (mini: en-US).
    let todo: Vec<&Diagnostic> = d.iter().filter(|d| d.code == "untranslated-message").collect();
    assert_eq!(todo.len(), 1, "{d:#?}");
    assert_eq!(todo[0].line, 5);
    assert!(todo[0].file.ends_with("en-US/mini.ftl"));

    // Coverage counts TODO texts as untranslated.
    let cov = coverage(&sc, None, &[en, vi]);
    let en = cov.iter().find(|c| c.lang == "en-US").unwrap();
    let vi = cov.iter().find(|c| c.lang == "vi-VN").unwrap();
    assert_eq!(en.translated, 1, "mini-title only");
    assert_eq!(vi.translated, 1);
    assert!(en.needed > 10 && en.percent() < 100);

    // Allowed by the case: no warning.
    let mut sc2 = sc.clone();
    sc2.allow.push(goldenhour::scenario::Allow {
        lint: "unused-message".into(),
        id: Some("mini-leftover".into()),
        reason: "kept for the next version".into(),
    });
    let f = parse_ftl("en-US", Path::new("locales/en-US/mini.ftl"), text);
    assert!(!case_ftl_lints(&sc2, &[f]).iter().any(|d| d.code == "unused-message"));
}

#[test]
fn available_actions_are_all_legal_and_follow_what_is_known() {
    use goldenhour::scenario::Action;
    let s = crate::common::session();
    let acts = s.available_actions();
    assert!(!acts.is_empty());
    for a in &acts {
        assert!(s.check(a).is_ok(), "{a:?}");
    }
    let stop = |acc: &str| Action::StopPayment { account: acc.into() };
    assert!(acts.contains(&stop("mule-1")));
    // Hidden until traced: no action names it.
    assert!(!acts.contains(&stop("lao-1")));
    // Foreign: the stop-payment is domestic only.
    assert!(
        !acts.iter().any(|a| matches!(a, Action::StopPayment { account } if account == "cash"))
    );
}

/// The investigation fixture's warnings of `code`, with what each is about.
fn investigation_warnings(text: &str, code: &str) -> Vec<(Option<String>, usize)> {
    warnings(text).into_iter().filter(|d| d.code == code).map(|d| (d.subject, d.line)).collect()
}

#[test]
fn facts_and_bases_no_draft_rule_reads_are_named() {
    let text = fixture("investigation.ron");
    let facts = investigation_warnings(&text, "unused-fact");
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].0.as_deref(), Some("wallet-traced"));
    assert_eq!(facts[0].1, pos(&text, r#"Fact(id: "wallet-traced""#).0);
    let bases = investigation_warnings(&text, "unused-basis");
    assert_eq!(bases.iter().map(|b| b.0.as_deref()).collect::<Vec<_>>(), vec![Some("reciprocity")]);
    // Needed by a rule, the fact is no longer reported.
    let needed = text.replace(
        r#"draft: (needs: ["paid"], bases: ["treaty"]),"#,
        r#"draft: (needs: ["paid", "wallet-traced"], bases: ["treaty", "reciprocity"]),"#,
    );
    assert!(investigation_warnings(&needed, "unused-fact").is_empty());
    assert!(investigation_warnings(&needed, "unused-basis").is_empty());
}

#[test]
fn a_statement_nothing_can_produce_is_reported_and_one_a_channel_brings_is_not() {
    let text = fixture("investigation.ron");
    assert!(investigation_warnings(&text, "statement-unreachable").is_empty());
    // Without the MLA records service, nothing brings the Cambodian card's statement.
    let without = text.replace(
        r#"Service(id: "records", name: "i-mla-records", target: Account, effects: [Statement]),"#,
        "",
    );
    assert_ne!(without, text);
    let w = investigation_warnings(&without, "statement-unreachable");
    assert_eq!(w.iter().map(|x| x.0.as_deref()).collect::<Vec<_>>(), vec![Some("kh-card")]);
}

#[test]
fn references_to_unknown_facts_bases_and_tasks_are_errors() {
    let text = fixture("investigation.ron")
        .replace(r#"needs: ["paid"], bases: ["treaty"]"#, r#"needs: ["payd"], bases: ["treatty"]"#)
        .replace(r#"requires: Done("call")"#, r#"requires: Done("cal")"#);
    let codes: Vec<String> = diags(&text)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code.to_string())
        .collect();
    for code in ["unknown-fact", "unknown-basis", "unknown-task"] {
        assert!(codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
}
