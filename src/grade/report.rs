//! The HTML debrief: one self-contained, printable page per record (inline CSS and SVG, nothing
//! loaded from the network), and the class index linking them. Every word comes from Fluent.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::summary::Summary;
use super::{Graded, Replay, Verdict};
use crate::i18n::{Arg, Catalog, Msg, group_digits_for};
use crate::record::{Mode, Record};
use crate::sim::{self, EventKind};
use crate::time::{Secs, format_clock};

/// Escape text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
:root { --ink:#1d232b; --muted:#5b6573; --line:#d5dae1; --good:#23774a; --bad:#b3261e; --gold:#9a6a00; --accent:#2456a6; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f3f5f8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meta { color: var(--muted); display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; }
.score { font-size: 2.2rem; font-weight: 700; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 600; }
.ok { background: #e3f3ea; color: var(--good); }
.no { background: #fbe6e4; color: var(--bad); }
.wait { background: #fff3d6; color: var(--gold); }
.refused { color: var(--bad); }
.why td { padding-top: 0; color: var(--muted); font-size: .92em; }
.why ul { margin: 0 0 0.4em 1.2em; padding: 0; }
.consequence { color: var(--muted); font-size: .88rem; }
.bar { background: #e8ecf1; height: .6rem; border-radius: .3rem; min-width: 6rem; }
.bar > span { display: block; height: 100%; background: var(--accent); border-radius: .3rem; }
.cite { color: var(--muted); font-size: .85rem; }
svg { width: 100%; height: auto; font-family: inherit; }
svg text { font-size: 11px; fill: var(--ink); }
.note { color: var(--muted); font-size: .88rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .5rem; }
pre.hist { font-family: ui-monospace, monospace; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, svg, figure { break-inside: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4; margin: 14mm; }
}
"#;

fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(lang),
        esc(title)
    )
}

/// The debrief of one record as a self-contained HTML page in `lang`. `replay` is the record's
/// replay ([`super::replay`] with `finish`); scores, chart, fund flow and decision log come from it.
/// No Bevy, no egui, no file access: the caller decides where the page goes.
pub fn html(record: &Record, replay: &Replay, cat: &Catalog, lang: &str) -> String {
    html_with_standing(record, replay, None, cat, lang)
}

/// [`html`] for a graded record: the header also says whether a trusted classroom host
/// witnessed it or it is self-submitted, with its plausibility flags.
pub fn html_with_standing(
    record: &Record,
    replay: &Replay,
    standing: Option<&super::Standing>,
    cat: &Catalog,
    lang: &str,
) -> String {
    let t = |id: &str| esc(&cat.text(lang, id));
    let r = |m: &Msg| esc(&cat.render(lang, m));
    let sc = replay.scenario().clone();
    let title = cat.text(lang, &sc.title);
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<header>\n<h1>{}</h1>",
        r(&Msg::new("report-title").arg("case", Arg::Text(title.clone())))
    );
    let who = match (&record.trainee, &record.team) {
        (Some(x), _) => format!("{}: {}", t("report-trainee"), esc(x)),
        (None, Some(x)) => format!("{}: {}", t("report-team"), esc(x)),
        _ => format!("{}: {}", t("report-trainee"), t("report-anonymous")),
    };
    let mode = match record.mode {
        Mode::Practice => "report-mode-practice",
        Mode::Exam => "report-mode-exam",
        Mode::Scripted => "report-mode-scripted",
    };
    let _ = writeln!(
        b,
        "<div class=\"meta\"><span>{who}</span><span>{}: {}</span><span>{}: {}</span><span>{}: {}</span></div>",
        t("report-seed"),
        record.seed,
        t("report-mode"),
        t(mode),
        t("report-actions"),
        record.actions.len()
    );
    match replay.outcome() {
        Some(out) => {
            let _ = writeln!(
                b,
                "<p><span class=\"score\">{:.1}</span> / 100 &nbsp; <span class=\"badge {}\">{} · {}</span></p>",
                out.score,
                if super::export::passes(&sc, &out.grade) { "ok" } else { "no" },
                esc(&out.grade),
                t(&out.grade_name)
            );
        }
        None => {
            let _ =
                writeln!(b, "<p><span class=\"badge wait\">{}</span></p>", t("report-unfinished"));
        }
    }
    if let Some(st) = standing {
        let cls = if st.is_witnessed() { "ok" } else { "wait" };
        let _ = writeln!(
            b,
            "<p class=\"standing\"><span class=\"badge {cls}\">{}</span></p>",
            r(&st.msg())
        );
        if !st.flags().is_empty() {
            b.push_str("<ul class=\"flags\">");
            for f in st.flags() {
                let _ = write!(b, "<li>{}</li>", r(&f.msg()));
            }
            b.push_str("</ul>\n");
        }
    }
    b.push_str("</header>\n");

    // Scores.
    if let Some(out) = replay.outcome() {
        let _ = writeln!(b, "<section id=\"scores\"><h2>{}</h2>\n<table>", t("report-scores"));
        let _ = writeln!(
            b,
            "<thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
            t("report-criterion"),
            t("report-weight"),
            t("report-achieved"),
            t("report-points")
        );
        let shortfalls = replay.session.shortfalls();
        for (i, c) in out.criteria.iter().enumerate() {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td class=\"num\">{}</td><td><div class=\"bar\"><span style=\"width:{:.0}%\"></span></div></td><td class=\"num\">{:.1} / {:.1}</td></tr>",
                t(&c.name),
                c.weight,
                (c.value * 100.0).clamp(0.0, 100.0),
                c.points,
                c.max_points
            );
            // What cost the criterion its points, and what would have saved them.
            let why: Vec<String> = shortfalls
                .iter()
                .filter(|s| s.criterion == i)
                .flat_map(|s| &s.lines)
                .map(|m| format!("<li>{}</li>", esc(&cat.render(lang, m))))
                .collect();
            if !why.is_empty() {
                let _ = writeln!(
                    b,
                    "<tr class=\"why\"><td colspan=\"4\"><ul>{}</ul></td></tr>",
                    why.concat()
                );
            }
        }
        let _ = writeln!(
            b,
            "<tr><th>{}</th><th></th><th></th><th class=\"num\">{:.1} / 100</th></tr></tbody></table></section>",
            t("report-total"),
            out.score
        );
    }

    // Timeline.
    let expert = sc.lines.get("expert").map(|line| {
        let s = crate::run::play_session(sc.clone(), record.seed, line);
        s.recoverable_series().to_vec()
    });
    let _ = writeln!(b, "<section id=\"timeline\"><h2>{}</h2>", t("report-timeline"));
    b.push_str(&timeline_svg(replay.session.recoverable_series(), expert.as_deref(), cat, lang));
    let _ = writeln!(b, "<p class=\"note\">{}</p></section>", t("report-timeline-note"));

    // Fund flow.
    let _ = writeln!(b, "<section id=\"flow\"><h2>{}</h2>", t("report-flow"));
    b.push_str(&flow_svg(replay, cat, lang));
    let _ = writeln!(b, "<p class=\"note\">{}</p></section>", t("report-flow-note"));

    // Decision log.
    let _ = writeln!(b, "<section id=\"decisions\"><h2>{}</h2>", t("report-decisions"));
    let court: Vec<&crate::sim::Event> = replay
        .session
        .events()
        .iter()
        .filter(|e| {
            use crate::sim::EventKind as K;
            matches!(
                e.kind,
                K::Indicted
                    | K::CaseReturned { .. }
                    | K::NotProsecuted { .. }
                    | K::Challenged { .. }
                    | K::Ruling { .. }
                    | K::Verdict { .. }
            )
        })
        .collect();
    if replay.steps.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", t("report-no-actions"));
    }
    if !replay.steps.is_empty() || !court.is_empty() {
        let _ = writeln!(
            b,
            "<table><thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-time"),
            t("report-col-action"),
            t("report-col-consequences")
        );
        for s in &replay.steps {
            let mut cons = String::new();
            if let Some(why) = &s.refused {
                let _ = write!(
                    cons,
                    "<div class=\"refused\">{}: {}</div>",
                    t("report-refused"),
                    r(why)
                );
            }
            for e in &s.events {
                let _ = write!(cons, "<div class=\"consequence\">{}</div>", r(&e.msg));
            }
            if cons.is_empty() {
                cons = format!("<div class=\"consequence\">{}</div>", t("report-no-consequence"));
            }
            let _ = writeln!(
                b,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{cons}</td></tr>",
                esc(&format_clock(s.at)),
                r(&s.what)
            );
        }
        // The prosecution as the procuratorate and the court ran it: the review and its returns,
        // each challenge, ruling and the verdict.
        for e in court {
            use crate::sim::EventKind as K;
            let who = match e.kind {
                K::Indicted | K::CaseReturned { .. } | K::NotProsecuted { .. } => {
                    t("report-procuratorate")
                }
                _ => t("report-court"),
            };
            let _ = writeln!(
                b,
                "<tr class=\"court\"><td class=\"num\">{}</td><td>{}</td><td><div class=\"consequence\">{}</div></td></tr>",
                esc(&format_clock(e.at)),
                who,
                r(&e.msg)
            );
        }
        b.push_str("</tbody></table>\n");
    }
    b.push_str("</section>\n");

    // Requests as drafted: for the instructor to mark.
    let drafted: Vec<&crate::sim::Request> =
        replay.session.requests().iter().filter(|r| r.draft.is_some()).collect();
    if !drafted.is_empty() {
        let _ = writeln!(b, "<section id=\"drafts\"><h2>{}</h2>", t("report-drafts"));
        let _ = writeln!(
            b,
            "<table><thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-time"),
            t("report-col-request"),
            t("report-col-draft")
        );
        let name = |id: &str| match sc.name_of(id) {
            Some(m) => esc(&cat.text(lang, m)),
            None => esc(id),
        };
        for q in drafted {
            let Some(d) = &q.draft else { continue };
            let list = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join("; ");
            let mut cell = format!(
                "<div><b>{}</b> {}</div><div><b>{}</b> {}</div><div><b>{}</b> {}</div>",
                t("report-draft-facts"),
                list(&d.facts),
                t("report-draft-basis"),
                d.basis.as_deref().map(name).unwrap_or_default(),
                t("report-draft-attach"),
                list(&d.attach),
            );
            for f in &q.faults {
                let _ = write!(cell, "<div class=\"refused\">{}</div>", r(&f.msg(&sc)));
            }
            let _ = writeln!(
                b,
                "<tr><td class=\"num\">{}</td><td>{} · {} → {}</td><td>{cell}</td></tr>",
                esc(&format_clock(q.sent)),
                name(&q.channel),
                name(&q.service),
                name(q.target.id()),
            );
        }
        b.push_str("</tbody></table></section>\n");
    }

    // Debrief texts.
    if let Some(out) = replay.outcome() {
        let _ = writeln!(b, "<section id=\"debrief\"><h2>{}</h2><ul>", t("report-debrief"));
        for id in &out.debrief {
            let Some(d) = sc.debrief.iter().find(|d| &d.id == id) else { continue };
            let src = d
                .source
                .as_ref()
                .and_then(|s| sc.source(s))
                .map(|s| {
                    format!(
                        " <span class=\"cite\">[{}: {}]</span>",
                        t("report-source"),
                        esc(&s.shown(|id| t(id)))
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(b, "<li>{}{src}</li>", t(&d.text));
        }
        b.push_str("</ul></section>\n");
    }
    let _ = writeln!(
        b,
        "<footer>{}</footer>",
        r(&Msg::new("report-footer")
            .arg("version", Arg::Text(record.app_version.clone()))
            .arg("case", Arg::Text(sc.id.clone()))
            .arg("hash", Arg::Text(record.scenario_hash.get(..16).unwrap_or("").to_string())))
    );
    page(lang, &cat.render(lang, &Msg::new("report-title").arg("case", Arg::Text(title))), &b)
}

/// Sim time on a square-root scale, so the first hours (where money moves) get room.
fn tx(t: Secs, tmax: Secs, x0: f64, w: f64) -> f64 {
    x0 + w * ((t.max(0) as f64) / (tmax.max(1) as f64)).sqrt()
}

fn timeline_svg(
    run: &[(Secs, u64)],
    expert: Option<&[(Secs, u64)]>,
    cat: &Catalog,
    lang: &str,
) -> String {
    let (w, h, x0, y0, pw, ph) = (760.0, 300.0, 70.0, 20.0, 660.0, 230.0);
    let last = |s: &[(Secs, u64)]| s.last().map(|p| p.0).unwrap_or(0);
    let tmax = last(run).max(expert.map(last).unwrap_or(0)).max(3600);
    let vmax = run.iter().chain(expert.unwrap_or(&[])).map(|p| p.1).max().unwrap_or(1).max(1);
    let ty = |v: u64| y0 + ph - ph * (v as f64 / vmax as f64);
    let path = |s: &[(Secs, u64)]| {
        let mut d = String::new();
        let mut prev: Option<f64> = None;
        for &(t, v) in s {
            let x = tx(t, tmax, x0, pw);
            let y = ty(v);
            match prev {
                None => {
                    let _ = write!(d, "M{x:.1},{y:.1}");
                }
                Some(py) => {
                    let _ = write!(d, " L{x:.1},{py:.1} L{x:.1},{y:.1}");
                }
            }
            prev = Some(y);
        }
        if let Some(py) = prev {
            let _ = write!(d, " L{:.1},{py:.1}", x0 + pw);
        }
        d
    };
    let mut s = format!(
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">",
        esc(&cat.text(lang, "report-timeline"))
    );
    let _ = write!(
        s,
        "<rect x=\"{x0}\" y=\"{y0}\" width=\"{pw}\" height=\"{ph}\" fill=\"#fafbfc\" stroke=\"#d5dae1\"/>"
    );
    for i in 0..=4u64 {
        let v = vmax * i / 4;
        let y = ty(v);
        let _ = write!(
            s,
            "<line x1=\"{x0}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#e6e9ee\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            x0 + pw,
            x0 - 6.0,
            y + 4.0,
            esc(&group_digits_for(lang, v))
        );
    }
    let ticks: [Secs; 9] =
        [0, 600, 3600, 6 * 3600, 86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400, 90 * 86_400];
    let mut last_x = -100.0;
    for &tk in ticks.iter().filter(|&&t| t <= tmax).chain(std::iter::once(&tmax)) {
        let x = tx(tk, tmax, x0, pw);
        if x - last_x < 45.0 {
            continue;
        }
        last_x = x;
        let _ = write!(
            s,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{y0}\" y2=\"{}\" stroke=\"#e6e9ee\"/><text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            y0 + ph,
            y0 + ph + 16.0,
            esc(&format_clock(tk))
        );
    }
    // The run first, the expert line dashed over it: both show where they coincide.
    let _ = write!(
        s,
        "<path d=\"{}\" fill=\"none\" stroke=\"#2456a6\" stroke-width=\"2.5\"/>",
        path(run)
    );
    if let Some(e) = expert {
        let _ = write!(
            s,
            "<path d=\"{}\" fill=\"none\" stroke=\"#9a6a00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            path(e)
        );
    }
    // Legend.
    let ly = h - 14.0;
    let _ = write!(
        s,
        "<line x1=\"{x0}\" x2=\"{}\" y1=\"{ly}\" y2=\"{ly}\" stroke=\"#2456a6\" stroke-width=\"2.5\"/><text x=\"{}\" y=\"{}\">{}</text>",
        x0 + 24.0,
        x0 + 30.0,
        ly + 4.0,
        esc(&cat.text(lang, "report-legend-run"))
    );
    if expert.is_some() {
        let _ = write!(
            s,
            "<line x1=\"{}\" x2=\"{}\" y1=\"{ly}\" y2=\"{ly}\" stroke=\"#9a6a00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"{}\" y=\"{}\">{}</text>",
            x0 + 300.0,
            x0 + 324.0,
            x0 + 330.0,
            ly + 4.0,
            esc(&cat.text(lang, "report-legend-expert"))
        );
    }
    s.push_str("</svg></figure>\n");
    s
}

/// Accounts by jurisdiction, with every money movement of the run and where the money ended.
fn flow_svg(replay: &Replay, cat: &Catalog, lang: &str) -> String {
    let sc = replay.scenario();
    let sess = &replay.session;
    let now = sess.now();
    // Money moved between accounts, summed.
    let mut flows: BTreeMap<(String, String), u64> = BTreeMap::new();
    for e in sess.events() {
        if let EventKind::Payment { from, to, amount } | EventKind::Transfer { from, to, amount } =
            &e.kind
        {
            *flows.entry((from.clone(), to.clone())).or_default() += amount;
        }
    }
    let involved = |id: &str| flows.keys().any(|(a, b)| a == id || b == id);
    // Columns: the home jurisdiction first, then the scenario's order.
    let mut cols: Vec<String> = vec![sc.home.clone()];
    for j in &sc.jurisdictions {
        if !cols.contains(&j.id) {
            cols.push(j.id.clone());
        }
    }
    let mut placed: BTreeMap<String, (f64, f64)> = BTreeMap::new();
    let mut columns: Vec<(String, Vec<(&crate::scenario::Account, &sim::AccountState)>)> =
        Vec::new();
    for j in &cols {
        let accs: Vec<_> = sess
            .accounts()
            .filter(|(a, _)| sc.account_jurisdiction(&a.id) == Some(j.as_str()) && involved(&a.id))
            .collect();
        if !accs.is_empty() {
            columns.push((j.clone(), accs));
        }
    }
    let (bw, bh, gap, colw, top) = (190.0, 44.0, 12.0, 250.0, 40.0);
    let rows = columns.iter().map(|c| c.1.len()).max().unwrap_or(1);
    let w = 20.0 + colw * columns.len().max(1) as f64;
    let h = top + rows as f64 * (bh + gap) + 50.0;
    for (ci, (_, accs)) in columns.iter().enumerate() {
        for (ri, (a, _)) in accs.iter().enumerate() {
            placed.insert(a.id.clone(), (20.0 + ci as f64 * colw, top + ri as f64 * (bh + gap)));
        }
    }
    let mut s = format!(
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">",
        esc(&cat.text(lang, "report-flow"))
    );
    s.push_str("<defs><marker id=\"arr\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7a8594\"/></marker></defs>");
    for (ci, (j, _)) in columns.iter().enumerate() {
        let name = sc.jurisdiction(j).map(|x| cat.text(lang, &x.name)).unwrap_or_else(|| j.clone());
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"22\" font-weight=\"700\" style=\"font-size:13px\">{}</text>",
            20.0 + ci as f64 * colw,
            esc(&name)
        );
    }
    let maxflow = flows.values().copied().max().unwrap_or(1).max(1) as f64;
    for ((from, to), amount) in &flows {
        let (Some(&(fx, fy)), Some(&(tx_, ty_))) = (placed.get(from), placed.get(to)) else {
            continue;
        };
        let (x1, y1) = (fx + bw, fy + bh / 2.0);
        let (x2, y2) = if tx_ > fx { (tx_, ty_ + bh / 2.0) } else { (tx_ + bw, ty_ + bh / 2.0) };
        let sw = 1.0 + 4.0 * (*amount as f64 / maxflow);
        let mx = (x1 + x2) / 2.0;
        let d = if tx_ > fx {
            format!("M{x1:.1},{y1:.1} C{mx:.1},{y1:.1} {mx:.1},{y2:.1} {x2:.1},{y2:.1}")
        } else {
            let bx = x1 + 30.0;
            format!("M{x1:.1},{y1:.1} C{bx:.1},{y1:.1} {bx:.1},{y2:.1} {x2:.1},{y2:.1}")
        };
        let _ = write!(
            s,
            "<path d=\"{d}\" fill=\"none\" stroke=\"#7a8594\" stroke-opacity=\"0.7\" stroke-width=\"{sw:.1}\" marker-end=\"url(#arr)\"><title>{}</title></path>",
            esc(&group_digits_for(lang, *amount))
        );
    }
    for (_, accs) in &columns {
        for (a, st) in accs {
            let Some(&(x, y)) = placed.get(&a.id) else { continue };
            let (fill, stroke, status) = if a.cash_out && st.balance > 0 {
                ("#fbe6e4", "#b3261e", "report-flow-cashed")
            } else if st.blocked(now) {
                ("#e3f3ea", "#23774a", "report-flow-blocked")
            } else if a.owner == crate::scenario::Owner::Victim {
                ("#eef3fb", "#2456a6", "report-flow-victim")
            } else if st.balance > 0 {
                ("#fff3d6", "#9a6a00", "report-flow-free")
            } else {
                ("#f3f5f8", "#9aa3ae", "report-flow-empty")
            };
            let name = cat.text(lang, &a.name);
            let _ = write!(
                s,
                "<g><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw}\" height=\"{bh}\" rx=\"5\" fill=\"{fill}\" stroke=\"{stroke}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-weight=\"600\">{}</text><text x=\"{:.1}\" y=\"{:.1}\">{} · {}</text></g>",
                x + 6.0,
                y + 17.0,
                esc(&truncate(&name, 30)),
                x + 6.0,
                y + 34.0,
                esc(&group_digits_for(lang, st.balance)),
                esc(&cat.text(lang, status))
            );
        }
    }
    // Legend.
    let ly = h - 18.0;
    let legend = [
        ("#e3f3ea", "#23774a", "report-flow-blocked"),
        ("#fbe6e4", "#b3261e", "report-flow-cashed"),
        ("#fff3d6", "#9a6a00", "report-flow-free"),
        ("#eef3fb", "#2456a6", "report-flow-victim"),
    ];
    for (i, (fill, stroke, id)) in legend.iter().enumerate() {
        let x = 20.0 + i as f64 * 170.0;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"{stroke}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            ly - 11.0,
            x + 20.0,
            ly,
            esc(&cat.text(lang, id))
        );
    }
    s.push_str("</svg></figure>\n");
    s
}

/// Cut a name to `n` columns (CJK characters count two), with an ellipsis.
fn truncate(s: &str, n: usize) -> String {
    let width = |c: char| if (c as u32) >= 0x2E80 { 2 } else { 1 };
    if s.chars().map(width).sum::<usize>() <= n {
        return s.to_string();
    }
    let mut o = String::new();
    let mut used = 0;
    for c in s.chars() {
        if used + width(c) > n - 1 {
            break;
        }
        used += width(c);
        o.push(c);
    }
    o.push('…');
    o
}

/// The file name of a record's report inside the report folder: the record's file stem.
pub fn report_file_name(g: &Graded) -> String {
    let stem = g.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let safe: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '_' })
        .collect();
    format!("{safe}.html")
}

/// The class index: every record with its verdict, links to the reports, and the summary.
/// `links[i]` is the report file of `graded[i]`, if one was written.
/// The index's status cell of a verified record: verified, and witnessed or self-submitted
/// with its flags.
fn standing_cell(st: &super::Standing, cat: &Catalog, lang: &str) -> String {
    let cls = if st.is_witnessed() { "ok" } else { "wait" };
    let mut c = format!(
        "<span class=\"badge ok\">{}</span> <span class=\"badge {cls}\">{}</span>",
        esc(&cat.text(lang, "report-status-verified")),
        esc(&cat.render(lang, &st.msg()))
    );
    for f in st.flags() {
        let _ = write!(c, "<br>! {}", esc(&cat.render(lang, &f.msg())));
    }
    c
}

pub fn index_html(
    graded: &[Graded],
    links: &[Option<String>],
    summary: &Summary,
    cat: &Catalog,
    lang: &str,
) -> String {
    let t = |id: &str| esc(&cat.text(lang, id));
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>", t("report-index-title"));
    let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&cat.render(lang, &summary.counts_msg())));
    if summary.verified > 0 {
        let _ = writeln!(
            b,
            "<p class=\"meta\">{}</p>",
            esc(&cat.render(lang, &summary.standing_msg()))
        );
    }
    let _ = writeln!(
        b,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("report-col-record"),
        t("report-trainee"),
        t("report-case"),
        t("report-seed"),
        t("report-points"),
        t("report-grade"),
        t("report-status")
    );
    for (i, g) in graded.iter().enumerate() {
        let name =
            esc(&g.path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
        let file = match links.get(i).cloned().flatten() {
            Some(l) => format!("<a href=\"{}\">{name}</a>", esc(&l)),
            None => name,
        };
        let who = esc(&g.who().map(super::fields::clip).unwrap_or_else(|| "—".into()));
        let case = match g.verified() {
            Some((_, rep)) => esc(&cat.text(lang, &rep.scenario().title)),
            None => esc(&g
                .record
                .as_ref()
                .map(|r| super::fields::clip(&r.scenario_id))
                .unwrap_or_else(|| "—".into())),
        };
        let seed = g.record.as_ref().map(|r| r.seed.to_string()).unwrap_or_default();
        let (score, grade, status) = match &g.verdict {
            Verdict::Verified(rep) => {
                let out = rep.outcome();
                (
                    out.map(|o| format!("{:.1}", o.score)).unwrap_or_default(),
                    out.map(|o| format!("{} · {}", esc(&o.grade), t(&o.grade_name)))
                        .unwrap_or_default(),
                    standing_cell(&g.standing, cat, lang),
                )
            }
            Verdict::Unfinished => (
                String::new(),
                String::new(),
                format!("<span class=\"badge wait\">{}</span>", t("report-status-unfinished")),
            ),
            Verdict::Rejected(r) => (
                String::new(),
                String::new(),
                format!(
                    "<span class=\"badge no\">{}</span> {}",
                    t("report-status-rejected"),
                    esc(&r.render(cat, lang))
                ),
            ),
        };
        let _ = writeln!(
            b,
            "<tr><td>{file}</td><td>{who}</td><td>{case}</td><td class=\"num\">{seed}</td><td class=\"num\">{score}</td><td>{grade}</td><td>{status}</td></tr>"
        );
    }
    b.push_str("</tbody></table>\n");
    if summary.verified > 0 {
        let _ = writeln!(b, "<h2>{}</h2>", t("grade-summary-distribution"));
        let max = summary.bins.iter().copied().max().unwrap_or(1).max(1) as f64;
        let (bw, ph) = (60.0, 140.0);
        let _ = write!(
            b,
            "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 180\" role=\"img\" aria-label=\"{}\">",
            t("grade-summary-distribution")
        );
        for (i, n) in summary.bins.iter().enumerate() {
            let bh = ph * (*n as f64) / max;
            let x = 20.0 + i as f64 * bw;
            let _ = write!(
                b,
                "<rect x=\"{x}\" y=\"{:.1}\" width=\"{}\" height=\"{bh:.1}\" fill=\"#2456a6\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"middle\">{n}</text><text x=\"{}\" y=\"172\" text-anchor=\"middle\">{}</text>",
                10.0 + ph - bh,
                bw - 8.0,
                x + (bw - 8.0) / 2.0,
                6.0 + ph - bh,
                x + (bw - 8.0) / 2.0,
                i * 10
            );
        }
        b.push_str("</svg></figure>\n");
        let _ = writeln!(
            b,
            "<h2>{}</h2><table><thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
            t("grade-summary-criteria"),
            t("report-criterion"),
            t("report-points")
        );
        for c in &summary.criteria {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td class=\"num\">{:.1} / {:.1}</td></tr>",
                t(&c.name),
                c.mean_points,
                c.max_points
            );
        }
        b.push_str("</tbody></table>\n");
    }
    if !summary.mistakes.is_empty() {
        let _ = writeln!(b, "<h2>{}</h2><table><tbody>", t("grade-summary-mistakes"));
        for (m, n) in &summary.mistakes {
            let _ = writeln!(
                b,
                "<tr><td class=\"num\">{n}</td><td>{}</td></tr>",
                esc(&cat.render(lang, m))
            );
        }
        b.push_str("</tbody></table>\n");
    }
    page(lang, &cat.text(lang, "report-index-title"), &b)
}
