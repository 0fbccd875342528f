//! The rubric's arithmetic: facts of a closed session → per-criterion scores, total and grade.

use serde::{Deserialize, Serialize};

use crate::scenario::{Measure, Rubric};

/// What a closed session achieved, counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Money the victim paid to the gang.
    pub paid: u64,
    /// What the money criteria are measured against: the money still within reach at the
    /// report (in the gang's accounts, not cashed out) plus what the victim paid after it.
    /// Money gone before the police heard of the case is no trainee's loss.
    #[serde(default)]
    pub at_stake: u64,
    pub returned: u64,
    /// Returned, plus what sits under a hold or freeze at the close.
    pub secured: u64,
    pub suspects: usize,
    pub identified: usize,
    pub in_custody: usize,
    pub file_items: usize,
    /// Every evidence item of the case, in the file or not: what `Admitted` is measured
    /// against, so that evidence never collected costs as much as evidence excluded.
    #[serde(default)]
    pub case_items: usize,
    pub admitted: usize,
    pub excluded: usize,
    pub withdrawn: usize,
    pub convicted: bool,
    pub compliance: i32,
}

/// One rubric criterion's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore {
    pub id: String,
    pub name: String,
    pub weight: u32,
    /// 0 to 1: the share of the criterion earned, measured against `par` when there is one.
    pub value: f64,
    /// 0 to 1: what the run achieved on the criterion, measured against the case alone (money
    /// secured of the money at stake, suspects in custody of all suspects…).
    #[serde(default)]
    pub raw: f64,
    /// 0 to 1: what the case's expert line achieved on the criterion with the same seed, that
    /// is with the same luck (see [`outcome`]). `None` when the case has no expert line.
    #[serde(default)]
    pub par: Option<f64>,
    /// Share of the 100-point total this criterion earned.
    pub points: f64,
    /// Share of the 100-point total this criterion could earn.
    pub max_points: f64,
}

/// The scored result of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub facts: Facts,
    pub criteria: Vec<CriterionScore>,
    /// 0 to 100, one decimal.
    pub score: f64,
    pub grade: String,
    /// Message id of the grade band's name.
    pub grade_name: String,
    /// Ids of the debrief entries whose condition held.
    pub debrief: Vec<String>,
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { (part as f64 / whole as f64).clamp(0.0, 1.0) }
}

/// Round to one decimal, the same way everywhere.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// What the facts achieve on each criterion, 0 to 1, against the case alone. `conditions[i]` is
/// the share of criterion i's conditions that hold, for `When` and `Share` (ignored for other
/// measures).
pub fn raw_values(rubric: &Rubric, f: &Facts, conditions: &[f64]) -> Vec<f64> {
    rubric
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| match &c.measure {
            Measure::Recovered => ratio(f.returned, f.at_stake),
            Measure::Secured => ratio(f.secured, f.at_stake),
            Measure::Identified => ratio(f.identified as u64, f.suspects as u64),
            Measure::InCustody => ratio(f.in_custody as u64, f.suspects as u64),
            Measure::Admitted => ratio(f.admitted as u64, f.case_items as u64),
            Measure::Convicted => f64::from(u8::from(f.convicted)),
            Measure::Compliance => f64::from(f.compliance.clamp(0, 100)) / 100.0,
            Measure::When(_) | Measure::Share(_) => {
                conditions.get(i).copied().unwrap_or(0.0).clamp(0.0, 1.0)
            }
        })
        .collect()
}

/// Below this, a par counts as nothing achieved: the criterion could not be earned on this
/// seed, even by the expert line.
const PAR_NONE: f64 = 1e-9;

/// Score facts against a rubric.
///
/// Each criterion's value is what the run achieved (`raw_values`), measured against `par`: what
/// the case's expert line achieved on the same criterion with the same seed. The engine's
/// random draws are keyed by the chance event they decide, not by their order, so on one seed
/// the same request meets the same answer and the same sweep the same timing whoever plays; the
/// par therefore carries the seed's luck and the value measures only decisions:
/// `min(1, raw / par)`. A criterion the expert line could not earn on this seed at all (par 0)
/// is not counted on this seed (its `max_points` is 0 and the others share the 100 points):
/// nobody could have earned it. Without a par (a case with no expert line) the value is the raw
/// one.
pub fn outcome(
    rubric: &Rubric,
    f: &Facts,
    conditions: &[f64],
    par: Option<&[f64]>,
    debrief: Vec<String>,
) -> Outcome {
    let par_of = |i: usize| par.and_then(|p| p.get(i).copied());
    let void = |i: usize| par_of(i).is_some_and(|p| p < PAR_NONE);
    let total_weight: u64 = rubric
        .criteria
        .iter()
        .enumerate()
        .filter(|(i, _)| !void(*i))
        .map(|(_, c)| u64::from(c.weight))
        .sum();
    let raw = raw_values(rubric, f, conditions);
    let mut criteria = Vec::with_capacity(rubric.criteria.len());
    let mut sum = 0.0;
    for (i, c) in rubric.criteria.iter().enumerate() {
        let raw = raw[i];
        let par = par_of(i);
        let value = match par {
            Some(p) if p < PAR_NONE => 0.0,
            Some(p) => (raw / p).clamp(0.0, 1.0),
            None => raw,
        };
        let max_points = if total_weight == 0 || void(i) {
            0.0
        } else {
            100.0 * f64::from(c.weight) / total_weight as f64
        };
        let points = value * max_points;
        sum += points;
        criteria.push(CriterionScore {
            id: c.id.clone(),
            name: c.name.clone(),
            weight: c.weight,
            value: round3(value),
            raw: round3(raw),
            par: par.map(round3),
            points: round1(points),
            max_points: round1(max_points),
        });
    }
    let score = round1(sum);
    let (grade, grade_name) = band(rubric, score);
    Outcome { facts: f.clone(), criteria, score, grade, grade_name, debrief }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The band with the highest minimum at or below the score.
pub fn band(rubric: &Rubric, score: f64) -> (String, String) {
    rubric
        .bands
        .iter()
        .filter(|b| f64::from(b.min) <= score + 1e-9)
        .max_by_key(|b| b.min)
        .map(|b| (b.grade.clone(), b.name.clone()))
        .unwrap_or_else(|| ("-".to_string(), "grade-none".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Band, Condition, Criterion};

    fn rubric() -> Rubric {
        let c = |id: &str, weight, measure| Criterion {
            id: id.into(),
            name: id.into(),
            weight,
            measure,
        };
        Rubric {
            criteria: vec![
                c("money", 50, Measure::Recovered),
                c("people", 25, Measure::InCustody),
                c("lawful", 25, Measure::Compliance),
                c("flag", 0, Measure::When(Condition::Always)),
            ],
            bands: vec![
                Band { min: 0, grade: "F".into(), name: "f".into() },
                Band { min: 60, grade: "C".into(), name: "c".into() },
                Band { min: 85, grade: "A".into(), name: "a".into() },
            ],
        }
    }

    #[test]
    fn weighted_mean_and_bands() {
        let f = Facts {
            paid: 1000,
            at_stake: 1000,
            returned: 500,
            suspects: 4,
            in_custody: 1,
            compliance: 80,
            ..Default::default()
        };
        let o = outcome(&rubric(), &f, &[0.0, 0.0, 0.0, 1.0], None, vec![]);
        // 50 * 0.5 + 25 * 0.25 + 25 * 0.8 = 25 + 6.25 + 20 = 51.25 → 51.3
        assert_eq!(o.score, 51.3);
        assert_eq!(o.grade, "F");
        assert_eq!(o.criteria[0].points, 25.0);
        assert_eq!(o.criteria[1].value, 0.25);
        assert_eq!(o.criteria[3].points, 0.0);
        let all = Facts {
            paid: 10,
            at_stake: 10,
            returned: 10,
            suspects: 1,
            in_custody: 1,
            compliance: 100,
            ..Default::default()
        };
        let o = outcome(&rubric(), &all, &[0.0; 4], None, vec![]);
        assert_eq!((o.score, o.grade.as_str()), (100.0, "A"));
        assert_eq!(band(&rubric(), 60.0).0, "C");
        assert_eq!(band(&rubric(), 59.9).0, "F");
    }

    #[test]
    fn nothing_paid_scores_zero_not_nan() {
        let o = outcome(&rubric(), &Facts::default(), &[0.0; 4], None, vec![]);
        assert_eq!(o.criteria[0].value, 0.0);
        assert!(o.score.is_finite());
    }

    #[test]
    fn money_is_measured_against_what_was_at_stake_at_the_report() {
        // 1000 paid, 600 of it gone before the report: 400 at stake, 200 returned = half.
        let f = Facts { paid: 1000, at_stake: 400, returned: 200, ..Default::default() };
        let o = outcome(&rubric(), &f, &[0.0; 4], None, vec![]);
        assert_eq!(o.criteria[0].value, 0.5);
    }

    #[test]
    fn par_carries_the_seeds_luck() {
        // On this seed the expert line got 2 of 4 suspects into custody and could not keep the
        // lawfulness criterion at all (par 0).
        let par = [1.0, 0.5, 0.0, 0.0];
        let f = Facts { suspects: 4, in_custody: 1, compliance: 100, ..Default::default() };
        let o = outcome(&rubric(), &f, &[0.0; 4], Some(&par), vec![]);
        // 1 of 4 is half of par.
        let c = &o.criteria[1];
        assert_eq!((c.raw, c.par, c.value), (0.25, Some(0.5), 0.5));
        // Lawfulness is not counted on this seed; money and people share the 100 points.
        assert_eq!((o.criteria[2].value, o.criteria[2].max_points), (0.0, 0.0));
        assert_eq!((o.criteria[0].max_points, c.max_points), (66.7, 33.3));
        assert_eq!(o.score, 16.7);
        // Better than par is full marks, not more.
        let f = Facts { suspects: 4, in_custody: 3, ..f };
        let o = outcome(&rubric(), &f, &[0.0; 4], Some(&par), vec![]);
        assert_eq!(o.criteria[1].value, 1.0);
        // Nothing returned against an expert who returned everything: nothing earned.
        assert_eq!(o.criteria[0].value, 0.0);
    }
}
