use super::*;

/// Line, column and text of the value at `path`.
fn at<'t>(text: &'t str, path: &str) -> Option<(usize, usize, &'t str)> {
    let s = SpanTree::parse(text).locate(&parse_path(path))?;
    Some((s.line, s.col, text.get(s.start..s.end)?))
}

fn key_at<'t>(text: &'t str, path: &str) -> Option<(usize, usize, &'t str)> {
    let s = SpanTree::parse(text).locate_key(&parse_path(path))?;
    Some((s.line, s.col, text.get(s.start..s.end)?))
}

const CASE: &str = r#"#![enable(implicit_some)]
Scenario(
    id: "frank",
    laundering: (
        rules: [
            (legs: [(from: "a", to: "b")]),
            (legs: [(from: "c", to: "lao-card-3"), (from: "d", to: "e")], hold: Hold("48h")),
        ],
    ),
    lines: { "expert": [(at: "1h")], "passive": [], "a\"b": 1 },
    delay: Uniform(min: "1h", max: "2h"),
    next: Request(channel: "mla", target: Account("x"), elements: ["a", 'b']),
    wrapped: Some((inner: 7)),
    opt: Some([10, 20]),
    counts: { 3: "three", 1: "one" },
    r#type: Not(Flag("x")),
    when: All([Flag("a"), Not(Flag("b")), Pair(1, 2)]),
)
"#;

#[test]
fn fields_in_lists_in_structs() {
    assert_eq!(at(CASE, "id"), Some((3, 9, "\"frank\"")));
    assert_eq!(at(CASE, "laundering.rules[1].legs[0].to"), Some((7, 37, "\"lao-card-3\"")));
    assert_eq!(at(CASE, "laundering.rules[1].legs[1].from"), Some((7, 59, "\"d\"")));
    assert_eq!(
        at(CASE, "laundering.rules[0].legs[0]").map(|a| a.2),
        Some("(from: \"a\", to: \"b\")")
    );
    assert_eq!(at(CASE, "").map(|a| (a.0, a.1)), Some((2, 1)));
}

#[test]
fn map_keys() {
    assert_eq!(at(CASE, r#"lines["expert"][0].at"#), Some((10, 30, "\"1h\"")));
    assert_eq!(at(CASE, "lines.expert[0].at"), Some((10, 30, "\"1h\"")));
    assert_eq!(at(CASE, "lines.passive"), Some((10, 49, "[]")));
    assert_eq!(at(CASE, r#"lines["a\"b"]"#), Some((10, 61, "1")));
    assert_eq!(key_at(CASE, "lines.passive"), Some((10, 38, "\"passive\"")));
    assert_eq!(at(CASE, "counts[1]").map(|a| a.2), Some("\"one\""));
    assert_eq!(at(CASE, "counts[0]").map(|a| a.2), Some("\"three\""));
}

#[test]
fn enum_variants() {
    assert_eq!(at(CASE, "delay.max"), Some((11, 36, "\"2h\"")));
    assert_eq!(at(CASE, "delay").map(|a| a.1), Some(12));
    assert_eq!(at(CASE, "laundering.rules[1].hold[0]").map(|a| a.2), Some("\"48h\""));
    assert_eq!(at(CASE, "next.target[0]").map(|a| a.2), Some("\"x\""));
    assert_eq!(at(CASE, "next.elements[1]").map(|a| a.2), Some("'b'"));
    assert_eq!(at(CASE, "wrapped.inner").map(|a| a.2), Some("7"));
    assert_eq!(at(CASE, "opt[1]").map(|a| a.2), Some("20"));
    assert_eq!(at(CASE, "type[0]").map(|a| a.2), Some("\"x\""));
    assert_eq!(at(CASE, "when[0]").map(|a| a.2), Some("Flag(\"a\")"));
    assert_eq!(at(CASE, "when[1]").map(|a| a.2), Some("Not(Flag(\"b\"))"));
    assert_eq!(at(CASE, "when[2][1]"), Some((17, 51, "2")));
    assert_eq!(at(CASE, "when[7]").map(|a| a.2.len()), Some(44));
    assert_eq!(key_at(CASE, "delay.min"), Some((11, 20, "min")));
    assert_eq!(key_at(CASE, "type"), Some((16, 5, "r#type")));
    assert_eq!(key_at(CASE, "delay.nope"), None);
    assert_eq!(key_at(CASE, "opt[1]"), None);
}

#[test]
fn comments_and_strings_with_delimiters() {
    let text = "( // a ( comment ) with \" and [\n  a: \"x ) ( \\\" // y\", /* b: 1, /* ) */ ] */\n  \
                    b: r#\"raw \" ) \"#, c: ')', d: '\\'', e: [-1.5e-3, 0x1F, 1_000, +inf],\n  f: 5,\n)";
    assert_eq!(at(text, "a"), Some((2, 6, "\"x ) ( \\\" // y\"")));
    assert_eq!(at(text, "b"), Some((3, 6, "r#\"raw \" ) \"#")));
    assert_eq!(at(text, "d"), Some((3, 32, "'\\''")));
    assert_eq!(at(text, "e[0]").map(|a| a.2), Some("-1.5e-3"));
    assert_eq!(at(text, "e[3]").map(|a| a.2), Some("+inf"));
    assert_eq!(at(text, "f"), Some((4, 6, "5")));
}

#[test]
fn chinese_text_counts_chars() {
    let text = "\u{FEFF}(名字: \"张三 /* 不是注释\", 年龄: 30,\n 备注: \"中文\", x: 1)";
    assert_eq!(at(text, "年龄"), Some((1, 24, "30")));
    assert_eq!(at(text, "x"), Some((2, 15, "1")));
    assert_eq!(at(text, "名字").map(|a| (a.0, a.1)), Some((1, 6)));
    let span = SpanTree::parse(text).locate(&parse_path("年龄"));
    let shown = span.map(|s| excerpt(text, s));
    let want =
        "1 | (名字: \"张三 /* 不是注释\", 年龄: 30,\n  |                                  ^^";
    assert_eq!(shown.as_deref(), Some(want));
}

#[test]
fn missing_paths_return_deepest() {
    let deep = at(CASE, "laundering.rules[1].legs[7].to");
    assert_eq!(deep.map(|a| (a.0, a.1)), Some((7, 20)));
    assert_eq!(at(CASE, "laundering.nope.x").map(|a| (a.0, a.1)), Some((4, 17)));
    assert_eq!(at(CASE, "nope"), None);
    assert_eq!(at(CASE, "nope.id"), None);
    assert_eq!(SpanTree::parse("").locate(&[]), None);
    assert_eq!(at("5", "a"), None);
}

#[test]
fn excerpt_is_exact() {
    let text = "(\n\tlegs: [\n        (to: \"lao-card-3\"),\n\t],\n)\n";
    let span = SpanTree::parse(text).locate(&parse_path("legs[0].to"));
    let want = "3 |         (to: \"lao-card-3\"),\n  |              ^^^^^^^^^^^^";
    assert_eq!(span.map(|s| excerpt(text, s)).as_deref(), Some(want));
    let span = SpanTree::parse(text).locate(&parse_path("legs"));
    let want = "2 | \tlegs: [\n  | \t      ^";
    assert_eq!(span.map(|s| excerpt(text, s)).as_deref(), Some(want));
    let text = "a\n".repeat(11) + "(x: 1)";
    let span = Span { start: 26, end: 27, line: 12, col: 5 };
    assert_eq!(excerpt(&text, span), "12 | (x: 1)\n   |     ^");
    let far = Span { start: 999, end: 1000, line: 1, col: 1 };
    assert_eq!(excerpt("ab", far), "1 | ab\n  |   ^");
}

#[test]
fn paths() {
    let f = |s: &str| Step::Field(s.to_owned());
    let k = |s: &str| Step::Key(s.to_owned());
    let want =
        vec![f("laundering"), f("rules"), Step::Index(2), f("legs"), Step::Index(0), f("to")];
    assert_eq!(parse_path("laundering.rules[2].legs[0].to"), want);
    assert_eq!(
        parse_path(r#"lines["expert"][3].at"#),
        vec![f("lines"), k("expert"), Step::Index(3), f("at")]
    );
    assert_eq!(parse_path("lines.expert[3]"), vec![f("lines"), f("expert"), Step::Index(3)]);
    assert_eq!(
        parse_path(r#"m["a\"]b"]['c'][d].0"#),
        vec![f("m"), k("a\"]b"), k("c"), k("d"), Step::Index(0)]
    );
    assert_eq!(parse_path(""), vec![]);
    for junk in ["[", "[\"", "a[[", ".]..[", "]", "a[\"\\", "[99999999999999999999999]", "名字[字]"]
    {
        let _ = parse_path(junk);
    }
}

#[test]
fn truncated_and_garbage_do_not_panic() {
    let t = "Scenario(id: \"x\", accounts: [(institution: \"icbc\", owner: \"z";
    assert_eq!(at(t, "id").map(|a| a.2), Some("\"x\""));
    assert_eq!(at(t, "accounts[0].institution").map(|a| a.2), Some("\"icbc\""));
    assert_eq!(at(t, "accounts[0].owner").map(|a| a.2), Some("\"z"));
    assert_eq!(at("(a: [1, 2), b: 3)", "a").map(|a| a.2), Some("[1, 2"));
    assert_eq!(at("(a: 1 b: 2]", "b").map(|a| a.2), Some("2"));
    let junk = [
        "",
        "(",
        ")",
        "]]]",
        "\"",
        "r#\"",
        "'",
        "/*",
        "/* /* */",
        "#",
        "#![",
        "{:}",
        "{1:",
        "(a:",
        "b'",
        "br#\"x",
        "\\u{",
        "\u{FEFF}",
        "r#",
        "-",
        "0x",
        "名",
        "(a: \"\\u{110000}\")",
        "\u{0}",
    ];
    let paths = [parse_path("a"), parse_path("[0]"), parse_path("a[1].b"), vec![]];
    for text in junk {
        let tree = SpanTree::parse(text);
        for p in &paths {
            let _ = tree.locate(p).map(|s| excerpt(text, s));
            let _ = tree.locate_key(p);
        }
    }
    // Pseudo-random soup of RON-ish fragments.
    let parts = [
        "(", ")", "[", "]", "{", "}", ",", ":", "\"", "'", "a", "名", "1", "/*", "*/", "//", "\n",
        "r#", "\\", "#", " ",
    ];
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..60 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(parts[(seed % parts.len() as u64) as usize]);
        }
        let tree = SpanTree::parse(&text);
        for p in &paths {
            let _ = tree.locate(p).map(|s| excerpt(&text, s));
            let _ = tree.locate_key(p);
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let open = "[".repeat(100_000);
    let tree = SpanTree::parse(&open);
    assert_eq!(tree.locate(&[]).map(|s| s.col), Some(1));
    let path = vec![Step::Index(0); 1000];
    assert!(tree.locate(&path).is_some());
    let closed = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let tree = SpanTree::parse(&closed);
    assert_eq!(tree.locate(&path).map(|s| s.start), Some(MAX_DEPTH));
    assert_eq!(tree.locate(&[]).map(|s| s.end), Some(closed.len()));
    let _ = SpanTree::parse(&"(a:".repeat(100_000)).locate(&parse_path("a.a.a"));
    let _ = SpanTree::parse(&"/*".repeat(100_000));
}

#[test]
fn long_lines_are_cut_around_the_span_and_long_lists_are_indexed() {
    // 5,000 elements on one line: the excerpt shows a window, with `…` where it was cut.
    let text = format!("[{}\"bad\", {}]", "\"ok\", ".repeat(2500), "\"ok\", ".repeat(2500));
    let tree = SpanTree::parse(&text);
    let span = tree.locate(&parse_path("[2500]")).expect("the element");
    assert_eq!(&text[span.start..span.end], "\"bad\"");
    let x = excerpt(&text, span);
    let (code, carets) = x.split_once('\n').expect("two lines");
    assert!(code.starts_with("1 | …") && code.ends_with('…'), "{code}");
    assert!(code.contains("\"ok\", \"bad\", \"ok\""), "{code}");
    assert!(code.chars().count() < 240, "{} chars", code.chars().count());
    // The carets still sit under the span.
    let col = |s: &str, pat: &str| s.find(pat).map(|i| s[..i].chars().count());
    assert_eq!(col(code, "\"bad\""), col(carets, "^^^^^"), "{x}");
    // Every element of a long list is found where it is.
    for i in [0, 1, 2499, 2501, 5000] {
        let s = tree.locate(&parse_path(&format!("[{i}]"))).expect("an element");
        assert_eq!(&text[s.start..s.end], if i == 2500 { "\"bad\"" } else { "\"ok\"" }, "{i}");
    }
    assert_eq!(tree.locate(&parse_path("[5001]")), None, "past the end");
}
