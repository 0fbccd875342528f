//! Grading: replay each record against its scenario, accept it only if the replay gives the same
//! actions and outcome, then export a gradebook, xAPI statements and HTML debriefs.

pub mod export;
pub mod fields;
pub mod lrs;
pub mod report;
pub mod standing;
pub mod summary;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::{Arg, Catalog, Msg};
use crate::record::{Record, RecordError};
use crate::run::{self, OnRefused};
use crate::scenario::validate::{Severity, check_text};
use crate::scenario::{Action, Scenario, content_hash};
use crate::scoring::Outcome;
use crate::sim::{Event, Session};
use crate::time::Secs;

pub use standing::{Flag, Standing, Trust};

/// Scenario files found in a list of folders, by scenario id. Several files may share an id
/// (versions of a case); the record's content hash picks one.
#[derive(Default)]
pub struct Library {
    by_id: BTreeMap<String, Vec<Entry>>,
    /// Files that are not valid cases, with the reason (they are skipped).
    pub broken: Vec<String>,
    /// The languages a record's locale may name (the catalog's); empty: not checked.
    pub langs: Vec<String>,
}

struct Entry {
    path: PathBuf,
    hash: String,
    scenario: Arc<Scenario>,
}

impl Library {
    /// Every `*.ron` in each folder (missing folders are skipped). Files are checked like
    /// `validate` does; a file with errors is listed in `broken`, not used.
    pub fn load(dirs: &[PathBuf], catalog: Option<&Catalog>) -> Library {
        let mut lib = Library::default();
        if let Some(cat) = catalog {
            lib.langs = cat.languages().iter().map(|l| l.to_string()).collect();
        }
        for dir in dirs {
            let Ok(files) = crate::data::ron_files(dir) else { continue };
            for path in files {
                lib.add_file(&path, catalog);
            }
        }
        lib
    }

    /// Add one scenario file.
    pub fn add_file(&mut self, path: &Path, catalog: Option<&Catalog>) {
        let text = match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            _ => {
                self.broken.push(format!("{}: not readable UTF-8 text", path.display()));
                return;
            }
        };
        let (sc, diags) = check_text(path, &text, catalog);
        let first_error = diags.iter().find(|d| d.severity == Severity::Error);
        match (sc, first_error) {
            (Some(sc), None) => self.by_id.entry(sc.id.clone()).or_default().push(Entry {
                path: path.to_path_buf(),
                hash: content_hash(text.as_bytes()),
                scenario: Arc::new(sc),
            }),
            (_, Some(d)) => self.broken.push(d.to_string()),
            (None, None) => self.broken.push(format!("{}: not a valid case", path.display())),
        }
    }

    /// Add a scenario already in memory (the app, tests).
    pub fn add(&mut self, path: PathBuf, hash: String, scenario: Arc<Scenario>) {
        self.by_id.entry(scenario.id.clone()).or_default().push(Entry { path, hash, scenario });
    }

    /// The scenario a record was made with: same id and same content hash.
    pub fn find(&self, id: &str, hash: &str) -> Result<Arc<Scenario>, Reason> {
        let entries = self.by_id.get(id).ok_or_else(|| Reason::NoScenario { id: id.into() })?;
        if let Some(e) = entries.iter().find(|e| e.hash == hash) {
            return Ok(e.scenario.clone());
        }
        let e = &entries[0];
        Err(Reason::ScenarioChanged {
            id: id.into(),
            record_hash: hash.into(),
            file: e.path.display().to_string(),
            file_hash: e.hash.clone(),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// Why a record was not accepted. Each renders through Fluent (`grade-why-*` in report.ftl).
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The file could not be read or is not a record (line and column in the text).
    Unreadable(String),
    NoScenario {
        id: String,
    },
    ScenarioChanged {
        id: String,
        record_hash: String,
        file: String,
        file_hash: String,
    },
    /// The n-th recorded action (1-based) was refused by the engine on replay.
    Refused {
        n: usize,
        at: Secs,
        why: Msg,
    },
    Score {
        stored: f64,
        replayed: f64,
    },
    Criterion {
        id: String,
        name: String,
        stored: f64,
        replayed: f64,
    },
    Grade {
        stored: String,
        replayed: String,
    },
    /// Same grade, another name for it (the band's message id).
    GradeName {
        stored: String,
        replayed: String,
    },
    /// Same points, another raw result (the criterion's measure before weighting).
    CriterionValue {
        name: String,
        stored: f64,
        replayed: f64,
    },
    Facts {
        field: String,
        stored: String,
        replayed: String,
    },
    Debrief,
    /// Anything else in the stored outcome (criterion names, weights, band names).
    Outcome,
    /// The engine stopped the replay (an event limit); the record cannot be checked.
    Halted(String),
    NoClose,
    /// A field of the record is out of shape (see [`fields::check`]); `n` is the action
    /// (1-based) for a field of one action. `value` is already cut for display.
    Field {
        field: String,
        n: Option<usize>,
        value: String,
        problem: fields::Problem,
    },
    /// The host's signature does not hold: the record changed after signing (these fields,
    /// when the witness still tells), or the witness is damaged.
    Tampered {
        changed: Vec<String>,
    },
    /// Signed by a host key the grader does not trust (its fingerprint).
    UntrustedKey {
        key: String,
    },
    /// `--require-witnessed`, and no trusted host witnessed this record.
    NotWitnessed,
}

impl Reason {
    /// The reason as a message, to render in any language.
    pub fn msg(&self) -> Msg {
        let t = |s: &str| Arg::Text(s.to_string());
        // Two numbers with as many decimals as it takes to tell them apart.
        let apart = |a: f64, b: f64| {
            let (x, y) = distinct(a, b);
            (Arg::Text(x), Arg::Text(y))
        };
        match self {
            Reason::Unreadable(e) => Msg::new("grade-why-unreadable").arg("error", t(e)),
            Reason::NoScenario { id } => {
                Msg::new("grade-why-no-scenario").arg("id", t(&fields::clip(id)))
            }
            Reason::ScenarioChanged { id, record_hash, file, file_hash } => {
                Msg::new("grade-why-scenario-changed")
                    .arg("id", t(&fields::clip(id)))
                    .arg("recorded", t(short_hash(record_hash)))
                    .arg("file", t(file))
                    .arg("found", t(short_hash(file_hash)))
            }
            Reason::Refused { n, at, why } => Msg::new("grade-why-refused")
                .arg("n", Arg::Num(*n as i64))
                .arg("at", Arg::Time(*at))
                .arg("why", Arg::Ref(why.id.to_string())),
            Reason::Score { stored, replayed } => {
                let (a, b) = apart(*stored, *replayed);
                Msg::new("grade-why-score").arg("stored", a).arg("replayed", b)
            }
            Reason::Criterion { name, stored, replayed, .. } => {
                let (a, b) = apart(*stored, *replayed);
                Msg::new("grade-why-criterion")
                    .arg("criterion", Arg::Ref(name.clone()))
                    .arg("stored", a)
                    .arg("replayed", b)
            }
            Reason::CriterionValue { name, stored, replayed } => {
                let (a, b) = apart(*stored, *replayed);
                Msg::new("grade-why-criterion-value")
                    .arg("criterion", Arg::Ref(name.clone()))
                    .arg("stored", a)
                    .arg("replayed", b)
            }
            Reason::Grade { stored, replayed } => Msg::new("grade-why-grade")
                .arg("stored", t(&fields::clip(stored)))
                .arg("replayed", t(replayed)),
            Reason::GradeName { stored, replayed } => Msg::new("grade-why-grade-name")
                .arg("stored", t(&fields::clip(stored)))
                .arg("replayed", t(replayed)),
            Reason::Facts { field, stored, replayed } => Msg::new("grade-why-facts")
                .arg("field", t(field))
                .arg("stored", t(stored))
                .arg("replayed", t(replayed)),
            Reason::Debrief => Msg::new("grade-why-debrief"),
            Reason::Outcome => Msg::new("grade-why-outcome"),
            Reason::Halted(h) => Msg::new("grade-why-halted").arg("why", t(h)),
            Reason::NoClose => Msg::new("grade-why-no-close"),
            Reason::Field { field, n, value, problem } => {
                let m = match n {
                    Some(n) => Msg::new("grade-why-action-field").arg("n", Arg::Num(*n as i64)),
                    None => Msg::new("grade-why-field"),
                };
                m.arg("field", t(field))
                    .arg("value", t(value))
                    .arg("problem", Arg::Ref(problem.id().into()))
            }
            Reason::Tampered { changed } if changed.is_empty() => {
                Msg::new("grade-why-tampered-unknown")
            }
            Reason::Tampered { changed } => {
                Msg::new("grade-why-tampered").arg("fields", t(&fields::clip(&changed.join(", "))))
            }
            Reason::UntrustedKey { key } => Msg::new("grade-why-untrusted-key").arg("key", t(key)),
            Reason::NotWitnessed => Msg::new("grade-why-not-witnessed"),
        }
    }

    /// Render in a language; a nested engine message (a refusal) is rendered first.
    pub fn render(&self, cat: &Catalog, lang: &str) -> String {
        match self {
            Reason::Refused { why, .. } => {
                let mut m = self.msg();
                let inner = cat.render(lang, why);
                for (name, v) in m.args.iter_mut() {
                    if name == "why" {
                        *v = Arg::Text(inner.clone());
                    }
                }
                cat.render(lang, &m)
            }
            _ => cat.render(lang, &self.msg()),
        }
    }
}

fn short_hash(h: &str) -> &str {
    h.get(..12).unwrap_or(h)
}

/// One recorded action as replayed: what it was, what it caused at once, or why it was refused.
#[derive(Debug, Clone)]
pub struct Step {
    pub at: Secs,
    pub wall: Option<String>,
    pub act: Action,
    /// The action in words.
    pub what: Msg,
    /// Events the action caused at once (explanations and consequences).
    pub events: Vec<Event>,
    pub refused: Option<Msg>,
}

/// A record's actions replayed on the engine.
pub struct Replay {
    pub session: Session,
    pub steps: Vec<Step>,
}

impl Replay {
    pub fn scenario(&self) -> &Arc<Scenario> {
        self.session.scenario()
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.session.outcome()
    }
}

/// Replay a record's actions in order on `scenario` with the record's seed
/// ([`crate::run::replay`]). A refused action is kept in its step (with the engine's
/// explanation) and the replay goes on. With `finish`, the clock runs to the close afterwards.
pub fn replay(record: &Record, scenario: Arc<Scenario>, finish: bool) -> Replay {
    let played = run::replay(scenario, record, OnRefused::Skip);
    let steps = record
        .actions
        .iter()
        .zip(&played.steps)
        .enumerate()
        .map(|(i, (ra, step))| Step {
            at: ra.at,
            wall: ra.wall.clone(),
            act: ra.act.clone(),
            what: crate::sim::action_msg(played.run.scenario(), &ra.act),
            events: played.events(i).to_vec(),
            refused: step.refused.as_ref().map(|e| played.run.explain(e)),
        })
        .collect();
    let mut session = played.run.into_session();
    if finish {
        session.finish();
    }
    Replay { session, steps }
}

/// What grading found for one record file.
pub enum Verdict {
    /// The replay matches the record: the grade stands.
    Verified(Box<Replay>),
    /// The record has no outcome: the session was not closed. Not graded.
    Unfinished,
    Rejected(Reason),
}

/// One record file and its verdict.
pub struct Graded {
    pub path: PathBuf,
    /// `None` when the file could not be read as a record.
    pub record: Option<Record>,
    pub verdict: Verdict,
    /// Who stands behind the record: witnessed by a trusted host, or self-submitted.
    pub standing: Standing,
}

impl Graded {
    pub fn verified(&self) -> Option<(&Record, &Replay)> {
        match (&self.record, &self.verdict) {
            (Some(r), Verdict::Verified(rep)) => Some((r, rep)),
            _ => None,
        }
    }
    /// The trainee or team id, if the record names one.
    pub fn who(&self) -> Option<&str> {
        self.record.as_ref().and_then(|r| r.trainee.as_deref().or(r.team.as_deref()))
    }
}

/// Load and verify one record file: its witness first (a record changed after the host signed
/// it is rejected whatever it says), then its fields, its scenario and its replay.
pub fn grade_file(path: &Path, lib: &Library, trust: &Trust) -> Graded {
    match Record::load(path) {
        Ok(rec) => {
            let sc = lib.find(&rec.scenario_id, &rec.scenario_hash).ok();
            let (standing, verdict) = match standing::assess(&rec, trust, sc.as_ref()) {
                Err(standing::WitnessFault::Broken { changed }) => {
                    (Standing::Unknown, Verdict::Rejected(Reason::Tampered { changed }))
                }
                Err(standing::WitnessFault::Untrusted { key }) => {
                    (Standing::Unknown, Verdict::Rejected(Reason::UntrustedKey { key }))
                }
                Ok(s) if trust.require_witnessed && !s.is_witnessed() => {
                    (s, Verdict::Rejected(Reason::NotWitnessed))
                }
                Ok(s) => (s, verify(&rec, lib)),
            };
            Graded { path: path.into(), record: Some(rec), verdict, standing }
        }
        Err(e) => Graded {
            path: path.into(),
            record: None,
            standing: Standing::Unknown,
            verdict: Verdict::Rejected(Reason::Unreadable(match e {
                RecordError::Invalid { line, col, message, .. } => {
                    format!("{line}:{col}: {message}")
                }
                other => other.to_string(),
            })),
        },
    }
}

/// Verify a record against the scenarios in `lib`: every field in shape ([`fields::check`]),
/// same scenario bytes, every action accepted at its recorded time, and the same outcome.
pub fn verify(rec: &Record, lib: &Library) -> Verdict {
    let langs: Vec<&str> = lib.langs.iter().map(String::as_str).collect();
    if let Some(r) = fields::check(rec, &langs, fields::now()) {
        return Verdict::Rejected(r);
    }
    let sc = match lib.find(&rec.scenario_id, &rec.scenario_hash) {
        Ok(sc) => sc,
        Err(r) => return Verdict::Rejected(r),
    };
    let Some(stored) = &rec.outcome else { return Verdict::Unfinished };
    let rep = replay(rec, sc, true);
    match compare(stored, &rep) {
        Some(reason) => Verdict::Rejected(reason),
        None => Verdict::Verified(Box::new(rep)),
    }
}

/// Two numbers written with one decimal, or as many more as it takes for the two texts to
/// differ when the numbers do (66.3 and 66.30000001 are not shown as 66.3 and 66.3).
pub fn distinct(a: f64, b: f64) -> (String, String) {
    for p in 1..=17 {
        let (x, y) = (format!("{a:.p$}"), format!("{b:.p$}"));
        if x != y || a == b {
            return (x, y);
        }
    }
    (format!("{a:?}"), format!("{b:?}"))
}

/// The first disagreement between a record and its replay, if any.
fn compare(stored: &Outcome, rep: &Replay) -> Option<Reason> {
    for (i, s) in rep.steps.iter().enumerate() {
        if let Some(why) = &s.refused {
            return Some(Reason::Refused { n: i + 1, at: s.at, why: why.clone() });
        }
    }
    if let Some(h) = rep.session.halted() {
        return Some(Reason::Halted(h.to_string()));
    }
    let Some(got) = rep.outcome() else { return Some(Reason::NoClose) };
    let differs = |a: f64, b: f64| (a - b).abs() > 1e-9 || a.is_nan() != b.is_nan();
    if differs(stored.score, got.score) {
        return Some(Reason::Score { stored: stored.score, replayed: got.score });
    }
    for c in &got.criteria {
        let s = stored.criteria.iter().find(|x| x.id == c.id);
        let sp = s.map(|x| x.points).unwrap_or(f64::NAN);
        if let Some(s) = s
            && !differs(s.points, c.points)
            && differs(s.value, c.value)
        {
            return Some(Reason::CriterionValue {
                name: c.name.clone(),
                stored: s.value,
                replayed: c.value,
            });
        }
        if s.is_none_or(|s| differs(s.points, c.points)) {
            return Some(Reason::Criterion {
                id: c.id.clone(),
                name: c.name.clone(),
                stored: sp,
                replayed: c.points,
            });
        }
    }
    if stored.criteria.len() != got.criteria.len() {
        let extra = stored.criteria.iter().find(|s| !got.criteria.iter().any(|c| c.id == s.id));
        if let Some(x) = extra {
            return Some(Reason::Criterion {
                id: x.id.clone(),
                name: x.name.clone(),
                stored: x.points,
                replayed: f64::NAN,
            });
        }
    }
    if stored.grade != got.grade {
        return Some(Reason::Grade { stored: stored.grade.clone(), replayed: got.grade.clone() });
    }
    if stored.grade_name != got.grade_name {
        return Some(Reason::GradeName {
            stored: stored.grade_name.clone(),
            replayed: got.grade_name.clone(),
        });
    }
    if stored.facts != got.facts {
        let a = serde_json::to_value(&stored.facts).unwrap_or_default();
        let b = serde_json::to_value(&got.facts).unwrap_or_default();
        let field = a
            .as_object()
            .and_then(|o| o.iter().find(|(k, v)| b.get(k.as_str()) != Some(v)))
            .map(|(k, v)| (k.clone(), v.to_string(), b[k.as_str()].to_string()))
            .unwrap_or_default();
        return Some(Reason::Facts { field: field.0, stored: field.1, replayed: field.2 });
    }
    if stored.debrief != got.debrief {
        return Some(Reason::Debrief);
    }
    if stored != got {
        return Some(Reason::Outcome);
    }
    None
}

/// Grade many record files against one library.
pub fn grade_all(paths: &[PathBuf], lib: &Library, trust: &Trust) -> Vec<Graded> {
    paths.iter().map(|p| grade_file(p, lib, trust)).collect()
}

/// A stable short id for an action kind (xAPI activity ids, mistake counts).
pub fn action_kind(action: &Action) -> &'static str {
    match action {
        Action::StopPayment { .. } => "stop-payment",
        Action::RenewStopPayment { .. } => "renew-stop-payment",
        Action::Freeze { .. } => "freeze",
        Action::RenewFreeze { .. } => "renew-freeze",
        Action::ReturnFunds { .. } => "return-funds",
        Action::Monitor { .. } => "monitor",
        Action::SeekArrest { .. } => "seek-arrest",
        Action::Request { .. } => "request",
        Action::Collect { .. } => "collect",
        Action::Preserve { .. } => "preserve",
        Action::Choose { .. } => "choose",
        Action::Answer { .. } => "answer",
        Action::FireInject { .. } => "fire-inject",
        Action::Query { .. } => "query",
        Action::Link { .. } => "link",
        Action::Translate { .. } => "translate",
        Action::Task { .. } => "task",
    }
}

/// A path in a folder that looked like a record but was not graded, and why (a message id,
/// `grade-skip-*` in report.ftl).
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: &'static str,
}

/// The record files in a list of paths: files as given (each is checked when read), folders
/// expanded to their `*.json` regular files, sorted by name. A `*.json` in a folder that is not
/// a regular file (a pipe, a folder), a link to nothing or a loop of links is not graded and is
/// listed with why.
pub fn expand_paths(paths: &[PathBuf]) -> std::io::Result<(Vec<PathBuf>, Vec<Skipped>)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "json"))
                .collect();
            v.sort();
            for f in v {
                // A class folder's class file (code, teams, notes) sits beside the records.
                if f.file_name().is_some_and(|n| n == crate::classroom::CLASS_FILE) {
                    skipped.push(Skipped { path: f, why: "grade-skip-class-file" });
                    continue;
                }
                let link = std::fs::symlink_metadata(&f).is_ok_and(|m| m.file_type().is_symlink());
                let why = match std::fs::metadata(&f) {
                    Ok(m) if m.is_file() => {
                        out.push(f);
                        continue;
                    }
                    Ok(_) => "grade-skip-not-file",
                    Err(_) if link => "grade-skip-broken-link",
                    Err(_) => "grade-skip-unreadable",
                };
                skipped.push(Skipped { path: f, why });
            }
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, skipped))
}
