//! The authoring commands' output: `explore` as text, JSON and a self-contained HTML page.

use std::fmt::Write as _;
use std::path::Path;

use goldenhour::explore::{LINE_SEEDS, LineScore, Report, Separation, Unreached};
use goldenhour::i18n::{Arg, Catalog, Msg};
use goldenhour::scenario::Scenario;

/// A message with text arguments, rendered in `lang`.
pub fn tr(cat: &Catalog, lang: &str, id: &'static str, args: &[(&'static str, String)]) -> String {
    let mut m = Msg::new(id);
    for (k, v) in args {
        m = m.arg(k, Arg::Text(v.clone()));
    }
    cat.render(lang, &m)
}

fn f1(x: f64) -> String {
    format!("{x:.1}")
}

fn unreached_text(cat: &Catalog, lang: &str, u: &Unreached) -> String {
    let id = match u.code {
        "unreached-inject" => "explore-unreached-inject",
        "unreached-choice" => "explore-unreached-choice",
        "unreached-evidence" => "explore-unreached-evidence",
        _ => "explore-unreached-debrief",
    };
    tr(cat, lang, id, &[("id", u.id.clone())])
}

fn separation_text(cat: &Catalog, lang: &str, s: &Separation) -> (&'static str, String) {
    match s {
        Separation::ExpertNotTopDecile { expert, p90 } => (
            "expert-not-top-decile",
            tr(
                cat,
                lang,
                "explore-expert-not-top-decile",
                &[("expert", f1(*expert)), ("p90", f1(*p90))],
            ),
        ),
        Separation::PassiveNearExpert { expert, passive } => (
            "passive-near-expert",
            tr(
                cat,
                lang,
                "explore-passive-near-expert",
                &[("expert", f1(*expert)), ("passive", f1(*passive))],
            ),
        ),
    }
}

/// The report's first line: the case, how many runs, the seed.
fn title_text(cat: &Catalog, lang: &str, title: String, r: &Report) -> String {
    tr(
        cat,
        lang,
        "explore-title",
        &[("case", title), ("runs", r.runs.to_string()), ("seed", r.seed.to_string())],
    )
}

/// The score distribution in one line: min, p10, median, mean, p90, max.
fn stats_text(cat: &Catalog, lang: &str, r: &Report) -> String {
    let s = &r.stats;
    tr(
        cat,
        lang,
        "explore-stats",
        &[
            ("min", f1(s.min)),
            ("p10", f1(s.p10)),
            ("median", f1(s.median)),
            ("mean", f1(s.mean)),
            ("p90", f1(s.p90)),
            ("max", f1(s.max)),
        ],
    )
}

/// One reference line's scores: its mean and grade, and the range over its seeds.
fn line_text(cat: &Catalog, lang: &str, l: &LineScore) -> String {
    tr(
        cat,
        lang,
        "explore-line",
        &[
            ("name", l.name.clone()),
            ("mean", f1(l.mean)),
            ("grade", l.grade.clone()),
            ("min", f1(l.min)),
            ("max", f1(l.max)),
        ],
    )
}

fn line_mean(r: &Report, name: &str) -> Option<f64> {
    r.lines.iter().find(|l| l.name == name).map(|l| l.mean)
}

/// The report as terminal text.
pub fn explore_text(cat: &Catalog, lang: &str, sc: &Scenario, r: &Report) -> String {
    let t = |id: &'static str, args: &[(&'static str, String)]| tr(cat, lang, id, args);
    let mut o = String::new();
    let title = cat.text(lang, &sc.title);
    let _ = writeln!(o, "{}", title_text(cat, lang, title, r));
    let _ = writeln!(o, "{}\n", stats_text(cat, lang, r));

    let _ = writeln!(o, "{}", t("explore-histogram", &[]));
    let most = r.histogram.iter().map(|b| b.runs).max().unwrap_or(0).max(1);
    let last = r.histogram.len().saturating_sub(1);
    for (i, b) in r.histogram.iter().enumerate() {
        let width = ((b.runs as f64 / most as f64) * 40.0).round() as usize;
        let width = if b.runs > 0 { width.max(1) } else { 0 };
        let bw = f64::from(b.to - b.from).max(1.0);
        let marks: Vec<String> = r
            .lines
            .iter()
            .filter(|l| ((l.mean.max(0.0) / bw) as usize).min(last) == i)
            .map(|l| format!("◀ {} {}", l.name, f1(l.mean)))
            .collect();
        let row = format!(
            "  {:>3}–{:<3} │{:<40} {:>7}  {}",
            b.from,
            b.to,
            "█".repeat(width),
            b.runs,
            marks.join("  ")
        );
        let _ = writeln!(o, "{}", row.trim_end());
    }
    let _ = writeln!(o);

    let _ = writeln!(o, "{}", t("explore-lines", &[("seeds", LINE_SEEDS.to_string())]));
    for l in &r.lines {
        let _ = writeln!(o, "  {}", line_text(cat, lang, l));
    }
    let _ = writeln!(o);

    let _ = writeln!(o, "{}", t("explore-coverage", &[]));
    let c = &r.coverage;
    let rows: [(&'static str, usize, usize); 4] = [
        ("explore-kind-injects", c.injects.iter().filter(|x| x.runs > 0).count(), c.injects.len()),
        ("explore-kind-choices", c.choices.iter().filter(|x| x.runs > 0).count(), c.choices.len()),
        (
            "explore-kind-evidence",
            c.evidence.iter().filter(|x| x.runs > 0).count(),
            c.evidence.len(),
        ),
        ("explore-kind-debrief", c.debrief.iter().filter(|x| x.runs > 0).count(), c.debrief.len()),
    ];
    for (kind, reached, total) in rows {
        let _ = writeln!(
            o,
            "  {}",
            t(
                "explore-reached",
                &[
                    ("kind", t(kind, &[])),
                    ("reached", reached.to_string()),
                    ("total", total.to_string())
                ]
            )
        );
    }
    if r.unreached.is_empty() {
        let _ = writeln!(o, "  {}", t("explore-all-reached", &[]));
    }
    for u in &r.unreached {
        if u.allowed {
            let _ = writeln!(
                o,
                "  {}[{}]: {}",
                t("explore-allowed", &[]),
                u.code,
                unreached_text(cat, lang, u)
            );
        } else {
            let _ = writeln!(o, "  warning[{}]: {}", u.code, unreached_text(cat, lang, u));
            let _ = writeln!(
                o,
                "    = {}",
                t("explore-unreached-help", &[("code", u.code.to_string()), ("id", u.id.clone())])
            );
        }
    }
    let _ = writeln!(o);

    let _ = writeln!(o, "{}", t("explore-separation", &[]));
    for s in &r.separation {
        let (code, text) = separation_text(cat, lang, s);
        let _ = writeln!(o, "  warning[{code}]: {text}");
    }
    if r.separation.is_empty() {
        match (line_mean(r, "expert"), line_mean(r, "passive")) {
            (Some(e), Some(p)) => {
                let _ = writeln!(
                    o,
                    "  {}",
                    t(
                        "explore-separates",
                        &[
                            ("expert", f1(e)),
                            ("p90", f1(r.stats.p90)),
                            ("passive", f1(p)),
                            ("gap", f1(e - p)),
                        ]
                    )
                );
            }
            _ => {
                let _ = writeln!(o, "  {}", t("explore-no-lines", &[]));
            }
        }
    }
    if r.warnings() > 0 {
        let _ = writeln!(o, "\n{}", t("explore-warnings", &[("count", r.warnings().to_string())]));
    }
    o
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The report as one self-contained HTML page: an inline SVG histogram with the reference lines
/// marked, and the coverage tables. No scripts, fonts or images from elsewhere.
pub fn explore_html(cat: &Catalog, lang: &str, sc: &Scenario, r: &Report) -> String {
    let t = |id: &'static str, args: &[(&'static str, String)]| tr(cat, lang, id, args);
    let title = cat.text(lang, &sc.title);
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n",
        esc(lang),
        esc(&t("explore-html-title", &[("case", title.clone())]))
    );
    o.push_str(
        "<style>\nbody{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}\n\
         table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}\n\
         .warn{color:#a40}.ok{color:#060}.zero{background:#fee}svg text{font-size:11px}\n</style>\n</head>\n<body>\n",
    );
    let _ = writeln!(o, "<h1>{}</h1>", esc(&t("explore-html-title", &[("case", title.clone())])));
    let _ = writeln!(o, "<p>{}</p>", esc(&title_text(cat, lang, title, r)));
    let _ = writeln!(o, "<p>{}</p>", esc(&stats_text(cat, lang, r)));

    // Histogram: 600×240 plot area with margins for the axes.
    let (w, h, left, top, bottom) = (600.0, 240.0, 50.0, 40.0, 40.0);
    let most = r.histogram.iter().map(|b| b.runs).max().unwrap_or(0).max(1) as f64;
    let x = |score: f64| left + score.clamp(0.0, 100.0) / 100.0 * w;
    let _ = writeln!(o, "<h2>{}</h2>", esc(&t("explore-html-histogram", &[])));
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">",
        left + w + 20.0,
        top + h + bottom
    );
    for b in &r.histogram {
        let bh = b.runs as f64 / most * h;
        let _ = writeln!(
            o,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#4a78b5\"><title>{}–{}: {}</title></rect>",
            x(f64::from(b.from)) + 1.0,
            top + h - bh,
            x(f64::from(b.to)) - x(f64::from(b.from)) - 2.0,
            bh,
            b.from,
            b.to,
            b.runs
        );
    }
    let _ = writeln!(
        o,
        "<line x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\" stroke=\"#333\"/>",
        top + h,
        left + w
    );
    for tick in (0..=100).step_by(10) {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{tick}</text>",
            x(f64::from(tick)),
            top + h + 15.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        left + w / 2.0,
        top + h + 32.0,
        esc(&t("explore-html-axis-score", &[]))
    );
    let _ = writeln!(
        o,
        "<text x=\"12\" y=\"{:.1}\" transform=\"rotate(-90 12 {:.1})\" text-anchor=\"middle\">{}</text>",
        top + h / 2.0,
        top + h / 2.0,
        esc(&t("explore-html-axis-runs", &[]))
    );
    let colours = ["#1a8a3a", "#b03030", "#a0700a", "#6a3ab0", "#333"];
    for (k, l) in r.lines.iter().enumerate() {
        let colour = colours[k.min(colours.len() - 1)];
        let lx = x(l.mean);
        let ly = top - 4.0 - (k % 3) as f64 * 12.0;
        let _ = writeln!(
            o,
            "<line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{lx:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>",
            ly + 2.0,
            top + h
        );
        let _ = writeln!(
            o,
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" fill=\"{colour}\" text-anchor=\"middle\">{} {}</text>",
            esc(&l.name),
            f1(l.mean)
        );
    }
    o.push_str("</svg>\n");

    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<ul>",
        esc(&t("explore-lines", &[("seeds", LINE_SEEDS.to_string())]))
    );
    for l in &r.lines {
        let _ = writeln!(o, "<li>{}</li>", esc(&line_text(cat, lang, l)));
    }
    o.push_str("</ul>\n");

    let _ = writeln!(o, "<h2>{}</h2>", esc(&t("explore-separation", &[])));
    for sep in &r.separation {
        let (code, text) = separation_text(cat, lang, sep);
        let _ = writeln!(o, "<p class=\"warn\">warning[{code}]: {}</p>", esc(&text));
    }
    if r.separation.is_empty()
        && let (Some(e), Some(p)) = (line_mean(r, "expert"), line_mean(r, "passive"))
    {
        let _ = writeln!(
            o,
            "<p class=\"ok\">{}</p>",
            esc(&t(
                "explore-separates",
                &[
                    ("expert", f1(e)),
                    ("p90", f1(r.stats.p90)),
                    ("passive", f1(p)),
                    ("gap", f1(e - p))
                ]
            ))
        );
    }

    let _ = writeln!(o, "<h2>{}</h2>", esc(&t("explore-coverage", &[])));
    for u in &r.unreached {
        let class = if u.allowed { "" } else { " class=\"warn\"" };
        let tag = if u.allowed { t("explore-allowed", &[]) } else { "warning".into() };
        let _ = writeln!(
            o,
            "<p{class}>{}[{}]: {}</p>",
            esc(&tag),
            u.code,
            esc(&unreached_text(cat, lang, u))
        );
    }
    let _ = writeln!(
        o,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t("explore-html-column-kind", &[])),
        esc(&t("explore-html-column-content", &[])),
        esc(&t("explore-html-column-runs", &[]))
    );
    let c = &r.coverage;
    let mut row = |kind: &'static str, id: String, runs: u64| {
        let class = if runs == 0 { " class=\"zero\"" } else { "" };
        let _ = writeln!(
            o,
            "<tr{class}><td>{}</td><td><code>{}</code></td><td>{runs}</td></tr>",
            esc(&t(kind, &[])),
            esc(&id)
        );
    };
    for x in &c.injects {
        row("explore-kind-injects", x.id.clone(), x.runs);
    }
    for x in &c.choices {
        row("explore-kind-choices", format!("{}/{}", x.inject, x.choice), x.runs);
    }
    for x in &c.evidence {
        row("explore-kind-evidence", x.id.clone(), x.runs);
    }
    for x in &c.debrief {
        row("explore-kind-debrief", x.id.clone(), x.runs);
    }
    o.push_str("</table>\n</body>\n</html>\n");
    o
}

/// Write a file whole or not at all (the records' way: a flushed temporary file beside it, then
/// a rename), reporting plain I/O errors.
pub use goldenhour::record::write_atomic_io as write_atomic;

const TEMPLATE_RON: &str = include_str!("templates/new-case.ron");
const TEMPLATE_EN: &str = include_str!("templates/new-case.en-US.ftl");
const TEMPLATE_ZH: &str = include_str!("templates/new-case.zh-CN.ftl");

/// A case id `new` accepts: lower-case ASCII letters and digits in hyphen-separated words,
/// starting with a letter, at most 48 characters (it names files and prefixes Fluent ids).
pub fn valid_case_id(id: &str) -> bool {
    id.len() <= 48
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|w| {
            !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The files `new` writes for case `id` under `dir`, given the locales found there: the case,
/// then one `.ftl` per locale. zh-CN and en-US are written in their language; any other locale
/// gets the English text with `# TODO translate` above each message, so `validate` counts it as
/// untranslated until someone translates it (and the case declares only zh-CN and en-US).
pub fn new_case_files(
    dir: &Path,
    id: &str,
    locales: &[String],
) -> Vec<(std::path::PathBuf, String)> {
    let declared: Vec<String> = ["zh-CN", "en-US"]
        .iter()
        .filter(|l| locales.iter().any(|x| x == *l))
        .map(|l| format!("\"{l}\""))
        .collect();
    let ron = TEMPLATE_RON.replace("@ID@", id).replace("@LANGS@", &declared.join(", "));
    let mut files = vec![(dir.join("scenarios").join(format!("{id}.ron")), ron)];
    for lang in locales {
        let text = match lang.as_str() {
            "zh-CN" => TEMPLATE_ZH.replace("@ID@", id),
            "en-US" => TEMPLATE_EN.replace("@ID@", id),
            _ => {
                let mut out = format!(
                    "# {id}: texts for {lang}. Each message below is still in English: translate it, delete its\n# `TODO translate` line, and add \"{lang}\" to the case's `languages` when all are done.\n"
                );
                for line in TEMPLATE_EN.replace("@ID@", id).lines().skip(1) {
                    if line.starts_with(id) {
                        out.push_str("# TODO translate\n");
                    }
                    out.push_str(line);
                    out.push('\n');
                }
                out
            }
        };
        files.push((dir.join("locales").join(lang).join(format!("{id}.ftl")), text));
    }
    files
}
