//! The class summary: score distribution, per-criterion averages and the most common mistakes.

use std::collections::BTreeMap;

use super::{Graded, Verdict};
use crate::i18n::{Arg, Catalog, Msg};

/// Counts over a class of graded records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub verified: usize,
    pub unfinished: usize,
    pub rejected: usize,
    /// Of the verified records: witnessed by a trusted host, self-submitted, and of those
    /// self-submitted, how many carry a plausibility flag.
    pub witnessed: usize,
    pub self_submitted: usize,
    pub flagged: usize,
    /// Verified scores in ten bins: 0–9.9, 10–19.9, … 90–100.
    pub bins: [usize; 10],
    pub mean: f64,
    /// (criterion name id, mean points, max points, records), in rubric order, per case.
    pub criteria: Vec<Criterion>,
    /// Most frequent findings first: (what, count).
    pub mistakes: Vec<(Msg, usize)>,
}

impl Summary {
    /// The summary's headline: how many records were verified, unfinished and rejected, and the
    /// mean score.
    pub fn counts_msg(&self) -> Msg {
        Msg::new("grade-summary-counts")
            .arg("verified", Arg::Num(self.verified as i64))
            .arg("unfinished", Arg::Num(self.unfinished as i64))
            .arg("rejected", Arg::Num(self.rejected as i64))
            .arg("mean", Arg::Text(format!("{:.1}", self.mean)))
    }

    /// Of the verified records, how many a trusted host witnessed and how many are
    /// self-submitted (and flagged).
    pub fn standing_msg(&self) -> Msg {
        Msg::new("grade-summary-standing")
            .arg("witnessed", Arg::Num(self.witnessed as i64))
            .arg("self", Arg::Num(self.self_submitted as i64))
            .arg("flagged", Arg::Num(self.flagged as i64))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub scenario: String,
    pub name: String,
    pub mean_points: f64,
    pub max_points: f64,
    pub count: usize,
}

/// Summarise a class. Mistakes are the debrief entries that fired (except those whose condition
/// is `Always`), criteria that earned nothing, and, for rejected records, the refused actions.
pub fn summarize(graded: &[Graded]) -> Summary {
    let mut s = Summary::default();
    let mut sums: Vec<(String, String, String, f64, f64, usize)> = Vec::new();
    let mut counts: BTreeMap<(u8, String), (Msg, usize)> = BTreeMap::new();
    let mut total = 0.0;
    for g in graded {
        match &g.verdict {
            Verdict::Unfinished => s.unfinished += 1,
            Verdict::Rejected(r) => {
                s.rejected += 1;
                if let super::Reason::Refused { why, .. } = r {
                    let e = counts.entry((2, why.id.to_string())).or_insert((why.clone(), 0));
                    e.1 += 1;
                }
            }
            Verdict::Verified(rep) => {
                let Some(out) = rep.outcome() else { continue };
                let sc = rep.scenario();
                s.verified += 1;
                match &g.standing {
                    super::Standing::Witnessed { .. } => s.witnessed += 1,
                    super::Standing::SelfSubmitted { flags } => {
                        s.self_submitted += 1;
                        s.flagged += usize::from(!flags.is_empty());
                    }
                    super::Standing::Unknown => {}
                }
                total += out.score;
                let bin = ((out.score / 10.0).floor() as usize).min(9);
                s.bins[bin] += 1;
                for c in &out.criteria {
                    match sums.iter_mut().find(|x| x.0 == sc.id && x.1 == c.id) {
                        Some(x) => {
                            x.3 += c.points;
                            x.5 += 1;
                        }
                        None => sums.push((
                            sc.id.clone(),
                            c.id.clone(),
                            c.name.clone(),
                            c.points,
                            c.max_points,
                            1,
                        )),
                    }
                    if c.value <= 0.0 && c.max_points > 0.0 {
                        let m = Msg::new("grade-mistake-criterion")
                            .arg("criterion", Arg::Ref(c.name.clone()));
                        counts.entry((1, format!("{}/{}", sc.id, c.id))).or_insert((m, 0)).1 += 1;
                    }
                }
                for id in &out.debrief {
                    let Some(d) = sc.debrief.iter().find(|d| &d.id == id) else { continue };
                    if matches!(d.when, crate::scenario::Condition::Always) {
                        continue;
                    }
                    let m = Msg::new(d.text.clone());
                    counts.entry((0, format!("{}/{}", sc.id, id))).or_insert((m, 0)).1 += 1;
                }
            }
        }
    }
    if s.verified > 0 {
        s.mean = crate::scoring::round1(total / s.verified as f64);
    }
    s.criteria = sums
        .into_iter()
        .map(|(scenario, _, name, sum, max, n)| Criterion {
            scenario,
            name,
            mean_points: crate::scoring::round1(sum / n as f64),
            max_points: max,
            count: n,
        })
        .collect();
    let mut m: Vec<((u8, String), (Msg, usize))> = counts.into_iter().collect();
    // Most frequent first; ties by kind then id, so the order is stable.
    m.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(&b.0)));
    s.mistakes = m.into_iter().map(|(_, v)| v).take(8).collect();
    s
}

/// The summary as terminal lines in a language: counts, a text histogram, criterion means and
/// the most common mistakes.
pub fn text(s: &Summary, cat: &Catalog, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    out.push(cat.render(lang, &s.counts_msg()));
    if s.verified > 0 {
        out.push(cat.render(lang, &s.standing_msg()));
    }
    if s.verified == 0 {
        return out;
    }
    out.push(cat.text(lang, "grade-summary-distribution"));
    for (i, n) in s.bins.iter().enumerate() {
        let lo = i * 10;
        let label =
            if i == 9 { "90–100".to_string() } else { format!("{lo:>2}–{:<3}", lo + 9) };
        out.push(format!("  {label:<7}│{} {n}", "█".repeat(*n)));
    }
    out.push(cat.text(lang, "grade-summary-criteria"));
    for c in &s.criteria {
        out.push(format!(
            "  {}: {:.1} / {:.1}",
            cat.text(lang, &c.name),
            c.mean_points,
            c.max_points
        ));
    }
    if !s.mistakes.is_empty() {
        out.push(cat.text(lang, "grade-summary-mistakes"));
        for (m, n) in &s.mistakes {
            out.push(format!("  {n:>3} × {}", cat.render(lang, m)));
        }
    }
    out
}
