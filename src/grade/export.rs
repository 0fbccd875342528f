//! Exports of verified records: a gradebook CSV that Moodle's grade import takes, an Excel
//! workbook of the same gradebook, and xAPI 1.0.3 statements.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};

use super::{Graded, action_kind};
use crate::i18n::{Arg, Catalog, Msg};
use crate::record::{Mode, Record};
use crate::scenario::{Action, Scenario};
use crate::scoring::Outcome;

/// One roster entry: what the academy's LMS knows of a trainee id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Person {
    pub first: String,
    pub last: String,
    pub email: String,
    pub institution: String,
    pub department: String,
}

/// Trainee id → person, from a CSV with a header row naming at least `id`; `first`, `last`,
/// `email`, `institution` and `department` are optional columns.
pub type Roster = BTreeMap<String, Person>;

/// Read a roster CSV. Errors name the file and line.
pub fn read_roster(path: &Path) -> Result<Roster, String> {
    let mut rd = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let headers = rd.headers().map_err(|e| csv_err(path, &e))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let id = col("id").ok_or_else(|| {
        format!(
            "{}:1:1: the roster needs an `id` column (columns: id,first,last,email)",
            path.display()
        )
    })?;
    let (first, last, email) = (col("first"), col("last"), col("email"));
    let (inst, dept) = (col("institution"), col("department"));
    let mut out = Roster::new();
    for row in rd.records() {
        let row = row.map_err(|e| csv_err(path, &e))?;
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").to_string();
        let key = get(Some(id));
        if key.is_empty() {
            continue;
        }
        out.insert(
            key,
            Person {
                first: get(first),
                last: get(last),
                email: get(email),
                institution: get(inst),
                department: get(dept),
            },
        );
    }
    Ok(out)
}

fn csv_err(path: &Path, e: &csv::Error) -> String {
    match e.position() {
        Some(p) => format!("{}:{}: {e}", path.display(), p.line()),
        None => format!("{}: {e}", path.display()),
    }
}

/// The identity columns of Moodle's "Export grades: plain text file", in its order.
pub const MOODLE_IDENTITY: [&str; 6] =
    ["First name", "Last name", "ID number", "Institution", "Department", "Email address"];

/// One person's counted result on one case: when a person has several verified records of a
/// case, a witnessed one counts before a self-submitted one, then the higher score.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub outcome: &'a Outcome,
    pub standing: &'a super::Standing,
}

/// The class's gradebook, before it is written as CSV or xlsx: the cases in order of first
/// appearance, one row per trainee or team id (in order of first record), each person's counted
/// result per case, and what was left out.
#[derive(Debug)]
pub struct Gradebook<'a> {
    pub cases: Vec<&'a Scenario>,
    /// Trainee or team id and its roster entry (empty without a roster).
    pub people: Vec<(String, Person)>,
    best: BTreeMap<(String, String), Entry<'a>>,
    /// Verified records without a trainee or team id (their files): no LMS user matches them.
    pub no_id: Vec<String>,
    /// Ids of verified records that the roster lacks, when there is a roster: left out, since
    /// Moodle stops the whole import at a row whose user it cannot find.
    pub not_in_roster: Vec<String>,
    /// Roster entries with no verified record: no grade to import, so no CSV row (Moodle
    /// would leave the grade as it is), named on the terminal and listed in the workbook.
    pub no_record: Vec<(String, Person)>,
}

impl<'a> Gradebook<'a> {
    /// The verified records of `graded` as a gradebook. With a roster, only its ids get a row
    /// (the others are named in [`Gradebook::not_in_roster`]); without one, every id does.
    pub fn new(graded: &'a [Graded], roster: Option<&Roster>) -> Gradebook<'a> {
        let mut book = Gradebook {
            cases: Vec::new(),
            people: Vec::new(),
            best: BTreeMap::new(),
            no_id: Vec::new(),
            not_in_roster: Vec::new(),
            no_record: Vec::new(),
        };
        for g in graded {
            let Some((rec, rep)) = g.verified() else { continue };
            let Some(out) = rep.outcome() else { continue };
            let Some(who) = g.who() else {
                book.no_id.push(g.path.display().to_string());
                continue;
            };
            let person = match roster {
                Some(r) => match r.get(who) {
                    Some(p) => p.clone(),
                    None => {
                        if !book.not_in_roster.iter().any(|p| p == who) {
                            book.not_in_roster.push(who.to_string());
                        }
                        continue;
                    }
                },
                None => Person::default(),
            };
            let sc: &Scenario = rep.scenario();
            if !book.cases.iter().any(|c| c.id == sc.id) {
                book.cases.push(sc);
            }
            if !book.people.iter().any(|(p, _)| p == who) {
                book.people.push((who.to_string(), person));
            }
            let key = (who.to_string(), rec.scenario_id.clone());
            let rank = |e: &Entry| (e.standing.is_witnessed(), e.outcome.score);
            let entry = Entry { outcome: out, standing: &g.standing };
            match book.best.get(&key) {
                Some(e) if rank(e) >= rank(&entry) => {}
                _ => {
                    book.best.insert(key, entry);
                }
            }
        }
        if let Some(r) = roster {
            let graded = |id: &str| book.people.iter().any(|(p, _)| p == id);
            book.no_record = r
                .iter()
                .filter(|(id, _)| !graded(id))
                .map(|(i, p)| (i.clone(), p.clone()))
                .collect();
        }
        book
    }

    /// A person's counted result on a case.
    pub fn entry(&self, who: &str, case: &str) -> Option<&Entry<'a>> {
        self.best.get(&(who.to_string(), case.to_string()))
    }

    /// Ids whose row has no email address (all of them without a roster): Moodle cannot map
    /// them by email.
    pub fn without_email(&self) -> Vec<&str> {
        self.people.iter().filter(|(_, p)| p.email.is_empty()).map(|(id, _)| id.as_str()).collect()
    }
}

/// What goes into the gradebook CSV.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    /// A column per rubric criterion after each case total.
    pub criteria: bool,
}

/// The column of a case's total: exactly the case's title in `lang`, which is the name Moodle
/// gives the grade item it creates for the column ("New grade item").
pub fn total_column(sc: &Scenario, cat: &Catalog, lang: &str) -> String {
    cat.text(lang, &sc.title)
}

/// The column of one criterion of a case: `<case title> — <criterion>`.
pub fn criterion_column(sc: &Scenario, criterion: &str, cat: &Catalog, lang: &str) -> String {
    format!("{} — {}", total_column(sc, cat, lang), cat.text(lang, criterion))
}

/// A gradebook CSV that Moodle's CSV grade import takes as it is: the six identity columns of
/// Moodle's own export, then per case a column named exactly the case's title (the total,
/// 0–100), with [`CsvOptions::criteria`] a `<case title> — <criterion>` column per rubric
/// criterion (points, at most the criterion's weight), and a `<case title> (Feedback)` column
/// (Moodle's name for a feedback column) saying whether the grade was witnessed by a trusted
/// classroom host or self-submitted, with any plausibility flags. Scores have two decimals;
/// `-` where a person has no grade for a case (Moodle's import leaves such cells alone). Column
/// names carry no ` (Real)`: that suffix belongs to Moodle's export, and its import would put it
/// into the name of every grade item it creates.
pub fn gradebook_csv(book: &Gradebook, cat: &Catalog, lang: &str, opts: CsvOptions) -> Vec<u8> {
    let mut header: Vec<String> = MOODLE_IDENTITY.iter().map(|s| s.to_string()).collect();
    for sc in &book.cases {
        header.push(total_column(sc, cat, lang));
        if opts.criteria {
            for c in &sc.rubric.criteria {
                header.push(criterion_column(sc, &c.name, cat, lang));
            }
        }
        let item = Msg::new("grade-csv-feedback-column")
            .arg("item", Arg::Text(total_column(sc, cat, lang)));
        header.push(cat.render(lang, &item));
    }
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(&header);
    for (who, p) in &book.people {
        let mut row: Vec<String> =
            [&p.first, &p.last, who, &p.institution, &p.department, &p.email]
                .into_iter()
                .map(|c| csv_cell(c))
                .collect();
        for sc in &book.cases {
            let width = if opts.criteria { sc.rubric.criteria.len() } else { 0 };
            match book.entry(who, &sc.id) {
                Some(Entry { outcome: o, standing }) => {
                    row.push(format!("{:.2}", o.score));
                    if opts.criteria {
                        for c in &sc.rubric.criteria {
                            let pts = o.criteria.iter().find(|x| x.id == c.id).map(|x| x.points);
                            row.push(pts.map(|v| format!("{v:.2}")).unwrap_or_default());
                        }
                    }
                    row.push(csv_cell(&standing_text(standing, cat, lang)));
                }
                // Moodle's export writes `-` for no grade; its import leaves such cells alone.
                None => row.extend(std::iter::repeat_n("-".to_string(), 2 + width)),
            }
        }
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

/// A person's name for a spreadsheet: first and last name as the roster gives them, with a
/// space between them unless either is written in CJK characters (`Li Wei`, `王芳`).
pub fn full_name(p: &Person) -> String {
    let cjk = |s: &str| s.chars().any(|c| ('\u{2E80}'..='\u{9FFF}').contains(&c));
    if cjk(&p.first) || cjk(&p.last) {
        format!("{}{}", p.first, p.last)
    } else {
        format!("{} {}", p.first, p.last).trim().to_string()
    }
}

/// The gradebook as an Excel workbook (Office Open XML, which Excel and WPS open): a sheet of
/// totals, one row per person and case (id, name, case, score, grade band, witnessed or
/// self-submitted), and a sheet of criteria, one row per person, case and criterion (id, name,
/// case, criterion, points, maximum). Headers, sheet names, case titles and grade bands are in
/// `lang`; scores are numbers. The same gradebook gives the same bytes (the workbook's creation
/// time is fixed).
pub fn gradebook_xlsx(book: &Gradebook, cat: &Catalog, lang: &str) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
    let t = |id: &str| cat.text(lang, id);
    let bold = Format::new().set_bold();
    let one = Format::new().set_num_format("0.0");
    let two = Format::new().set_num_format("0.00");
    let head = |ws: &mut Worksheet, cols: &[&str]| -> Result<(), XlsxError> {
        for (i, c) in cols.iter().enumerate() {
            ws.write_string_with_format(0, i as u16, t(c), &bold)?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(())
    };
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut wb = Workbook::new();
        let created = ExcelDateTime::from_timestamp(crate::grade::fields::EARLIEST_WALL)?;
        wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let ws = wb.add_worksheet();
        ws.set_name(t("xlsx-sheet-totals"))?;
        head(
            ws,
            &[
                "xlsx-col-id",
                "xlsx-col-name",
                "xlsx-col-case",
                "xlsx-col-score",
                "xlsx-col-band",
                "xlsx-col-standing",
            ],
        )?;
        let mut row = 1;
        for (who, p) in &book.people {
            for sc in &book.cases {
                let Some(e) = book.entry(who, &sc.id) else { continue };
                ws.write_string(row, 0, who)?;
                ws.write_string(row, 1, full_name(p))?;
                ws.write_string(row, 2, total_column(sc, cat, lang))?;
                ws.write_number_with_format(row, 3, e.outcome.score, &one)?;
                ws.write_string(
                    row,
                    4,
                    format!("{} {}", e.outcome.grade, t(&e.outcome.grade_name)),
                )?;
                ws.write_string(row, 5, standing_text(e.standing, cat, lang))?;
                row += 1;
            }
        }
        // The roster's trainees with no record: a row each, so that nobody is missed.
        for (who, p) in &book.no_record {
            ws.write_string(row, 0, who)?;
            ws.write_string(row, 1, full_name(p))?;
            ws.write_string(row, 4, t("xlsx-no-record"))?;
            row += 1;
        }
        ws.autofit();
        let ws = wb.add_worksheet();
        ws.set_name(t("xlsx-sheet-criteria"))?;
        head(
            ws,
            &[
                "xlsx-col-id",
                "xlsx-col-name",
                "xlsx-col-case",
                "xlsx-col-criterion",
                "xlsx-col-points",
                "xlsx-col-max",
            ],
        )?;
        let mut row = 1;
        for (who, p) in &book.people {
            for sc in &book.cases {
                let Some(e) = book.entry(who, &sc.id) else { continue };
                for c in &e.outcome.criteria {
                    ws.write_string(row, 0, who)?;
                    ws.write_string(row, 1, full_name(p))?;
                    ws.write_string(row, 2, total_column(sc, cat, lang))?;
                    ws.write_string(row, 3, t(&c.name))?;
                    ws.write_number_with_format(row, 4, c.points, &two)?;
                    ws.write_number_with_format(row, 5, c.max_points, &two)?;
                    row += 1;
                }
            }
        }
        ws.autofit();
        wb.save_to_buffer()
    };
    build().map_err(|e| e.to_string())
}

/// A record's standing and its flags in words, one line: `witnessed (host …)`, or
/// `self-submitted: flag; flag`.
pub fn standing_text(s: &super::Standing, cat: &Catalog, lang: &str) -> String {
    let head = cat.render(lang, &s.msg());
    let flags: Vec<String> = s.flags().iter().map(|f| cat.render(lang, &f.msg())).collect();
    if flags.is_empty() { head } else { format!("{head}: {}", flags.join("; ")) }
}

/// A text cell for a spreadsheet: a value a spreadsheet would read as a formula (one starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front, as OWASP advises
/// against CSV injection, so `=HYPERLINK(…)` is shown as text, not run.
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

/// The project's xAPI namespace: every activity, extension and project verb id starts here.
pub const XAPI_NS: &str = "https://goldenhour.example/xapi";

const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
const VERB_INTERACTED: &str = "http://adlnet.gov/expapi/verbs/interacted";
const TYPE_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
const TYPE_INTERACTION: &str = "http://adlnet.gov/expapi/activities/interaction";

/// The namespace of every UUID the exports make: the version 5 UUID of [`XAPI_NS`] in the RFC 4122
/// URL namespace (`3346a46c-6746-5af3-b9e8-f5d389efc55a`). Fixed: changing it changes every
/// statement and registration id.
pub const UUID_NS: uuid::Uuid = uuid::Uuid::from_u128(0x3346a46c_6746_5af3_b9e8_f5d389efc55a);

/// A version 5 UUID (RFC 4122) in [`UUID_NS`] named by `parts`: the same input gives the same id,
/// so regrading a record gives the same statements byte for byte. Each part goes in with its
/// length before it, so `["ab", "c"]` and `["a", "bc"]` name different ids.
pub fn uuid_from(parts: &[&[u8]]) -> String {
    let mut name = Vec::with_capacity(parts.iter().map(|p| 8 + p.len()).sum());
    for p in parts {
        name.extend_from_slice(&(p.len() as u64).to_be_bytes());
        name.extend_from_slice(p);
    }
    uuid::Uuid::new_v5(&UUID_NS, &name).hyphenated().to_string()
}

/// The registration of a record: one attempt, derived from the record's bytes.
pub fn registration(rec: &Record) -> String {
    uuid_from(&[b"goldenhour-registration", rec.to_json().as_bytes()])
}

/// ISO 8601 duration of whole seconds, days of 24 hours the largest unit: `PT1H2M3S`, `P3DT4H`,
/// `PT0S`. Negative counts as zero.
pub fn iso_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let round = jiff::SpanRound::new().largest(jiff::Unit::Day).days_are_24_hours();
    match jiff::Span::new().try_seconds(secs).and_then(|s| s.round(round)) {
        Ok(span) => span.to_string(),
        // Beyond a span's range (some 20 000 years): hours the largest unit, still ISO 8601.
        Err(_) => jiff::SignedDuration::from_secs(secs).to_string(),
    }
}

pub use crate::time::parse_wall;

/// The duration of an attempt and how it was measured: wall time between the first and the last
/// action when the record carries both, else sim time from the report to the close.
pub fn attempt_duration(rec: &Record, closed_at: i64) -> (i64, &'static str) {
    let first = rec.actions.first().and_then(|a| a.wall.as_deref()).and_then(parse_wall);
    let last = rec.actions.last().and_then(|a| a.wall.as_deref()).and_then(parse_wall);
    match (first, last) {
        (Some(a), Some(b)) if b >= a => (b - a, "wall"),
        _ => (closed_at.max(0), "sim"),
    }
}

fn seg(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn lang_map(cat: &Catalog, id: &str) -> Value {
    let mut m = serde_json::Map::new();
    for l in cat.languages() {
        m.insert(l.to_string(), Value::String(cat.text(l, id)));
    }
    Value::Object(m)
}

/// The activity id of a case.
pub fn case_activity(scenario_id: &str) -> String {
    format!("{XAPI_NS}/activities/case/{}", seg(scenario_id))
}

/// The activity id of a decision: the action kind and what it acts on.
pub fn decision_activity(scenario_id: &str, act: &Action) -> String {
    let target: String = match act {
        Action::StopPayment { account }
        | Action::RenewStopPayment { account }
        | Action::Freeze { account, .. }
        | Action::RenewFreeze { account }
        | Action::ReturnFunds { account }
        | Action::Monitor { account }
        | Action::Query { account } => seg(account),
        Action::Link { from, to } => format!("{}/{}", seg(from), seg(to)),
        Action::Translate { inject } => seg(inject),
        Action::Task { task } => seg(task),
        Action::SeekArrest { suspect } => seg(suspect),
        Action::Request { channel, service, target, .. } => {
            format!("{}/{}/{}", seg(channel), seg(service), seg(target.id()))
        }
        Action::Collect { item, method } => format!("{}/{}", seg(item), seg(method)),
        Action::Preserve { item, .. } | Action::Answer { item, .. } => seg(item),
        Action::Choose { inject, choice } => format!("{}/{}", seg(inject), seg(choice)),
        Action::FireInject { inject } => seg(inject),
    };
    format!("{}/decision/{}/{target}", case_activity(scenario_id), action_kind(act))
}

fn actor(rec: &Record) -> Value {
    match (&rec.trainee, &rec.team) {
        (Some(t), _) => json!({
            "objectType": "Agent",
            "account": { "homePage": format!("{XAPI_NS}/trainees"), "name": t },
        }),
        (None, Some(t)) => json!({
            "objectType": "Agent",
            "account": { "homePage": format!("{XAPI_NS}/teams"), "name": t },
        }),
        (None, None) => json!({
            "objectType": "Agent",
            "account": { "homePage": format!("{XAPI_NS}/anonymous"), "name": registration(rec) },
        }),
    }
}

fn mode_id(m: Mode) -> &'static str {
    match m {
        Mode::Practice => "practice",
        Mode::Exam => "exam",
        Mode::Scripted => "scripted",
    }
}

/// Whether a score passes: any band but the lowest one of the rubric.
pub fn passes(sc: &Scenario, grade: &str) -> bool {
    let lowest = sc.rubric.bands.iter().min_by_key(|b| b.min).map(|b| b.grade.as_str());
    lowest.is_some_and(|l| l != grade)
}

/// xAPI 1.0.3 statements for the verified records: per attempt one `completed` and one `passed`
/// or `failed`, and one `interacted` per recorded action.
pub fn xapi_statements(graded: &[Graded], cat: &Catalog) -> Value {
    let mut all = Vec::new();
    for g in graded {
        let Some((rec, rep)) = g.verified() else { continue };
        let Some(out) = rep.outcome() else { continue };
        let sc = rep.scenario();
        let reg = registration(rec);
        let case = case_activity(&sc.id);
        let case_obj = json!({
            "objectType": "Activity",
            "id": case,
            "definition": {
                "type": TYPE_SIMULATION,
                "name": lang_map(cat, &sc.title),
                "description": lang_map(cat, &sc.summary),
            },
        });
        let (dur, basis) = attempt_duration(rec, rep.session.now());
        let ext = json!({
            format!("{XAPI_NS}/extensions/seed"): rec.seed,
            format!("{XAPI_NS}/extensions/scenario-hash"): rec.scenario_hash,
            format!("{XAPI_NS}/extensions/mode"): mode_id(rec.mode),
            format!("{XAPI_NS}/extensions/app-version"): rec.app_version,
            format!("{XAPI_NS}/extensions/duration-basis"): basis,
            format!("{XAPI_NS}/extensions/standing"): g.standing.id(),
            format!("{XAPI_NS}/extensions/flags"):
                g.standing.flags().iter().map(|f| f.id()).collect::<Vec<_>>(),
        });
        let context = json!({
            "registration": reg,
            "platform": "Golden Hour",
            "language": rec.locale,
            "contextActivities": { "category": [{
                "objectType": "Activity",
                "id": format!("{XAPI_NS}/activities/golden-hour"),
            }] },
            "extensions": ext,
        });
        // Only a wall time in the record's one layout is a timestamp (grading rejects others).
        let wall = |w: &Option<String>| w.clone().filter(|w| parse_wall(w).is_some());
        let last_wall = rec.actions.iter().rev().find_map(|a| wall(&a.wall));
        let passed = passes(sc, &out.grade);
        let result = json!({
            "score": {
                "scaled": (out.score / 100.0).clamp(0.0, 1.0),
                "raw": out.score,
                "min": 0.0,
                "max": 100.0,
            },
            "success": passed,
            "completion": true,
            "duration": iso_duration(dur),
            "extensions": {
                format!("{XAPI_NS}/extensions/grade"): out.grade,
            },
        });
        let rec_json = rec.to_json();
        let statement = |verb: &str, verb_key: &str, tag: &[u8]| {
            let mut s = json!({
                "id": uuid_from(&[b"goldenhour-statement", rec_json.as_bytes(), tag]),
                "version": "1.0.3",
                "actor": actor(rec),
                "verb": { "id": verb, "display": lang_map(cat, verb_key) },
                "object": case_obj,
                "result": result,
                "context": context,
            });
            if let Some(w) = &last_wall {
                s["timestamp"] = Value::String(w.clone());
            }
            s
        };
        all.push(statement(VERB_COMPLETED, "xapi-verb-completed", b"completed"));
        if passed {
            all.push(statement(VERB_PASSED, "xapi-verb-passed", b"passed"));
        } else {
            all.push(statement(VERB_FAILED, "xapi-verb-failed", b"failed"));
        }
        for (i, step) in rep.steps.iter().enumerate() {
            let mut name = serde_json::Map::new();
            let mut expl = serde_json::Map::new();
            for l in cat.languages() {
                name.insert(l.to_string(), Value::String(cat.render(l, &step.what)));
                let text: Vec<String> = step.events.iter().map(|e| cat.render(l, &e.msg)).collect();
                expl.insert(l.to_string(), Value::String(text.join(" ")));
            }
            let mut ctx = context.clone();
            ctx["contextActivities"]["parent"] = json!([{ "objectType": "Activity", "id": case }]);
            ctx["extensions"][format!("{XAPI_NS}/extensions/sim-time")] = json!(step.at);
            ctx["extensions"][format!("{XAPI_NS}/extensions/step")] = json!(i + 1);
            let mut s = json!({
                "id": uuid_from(&[b"goldenhour-statement", rec_json.as_bytes(), b"step", &(i as u64).to_be_bytes()]),
                "version": "1.0.3",
                "actor": actor(rec),
                "verb": { "id": VERB_INTERACTED, "display": lang_map(cat, "xapi-verb-interacted") },
                "object": {
                    "objectType": "Activity",
                    "id": decision_activity(&sc.id, &step.act),
                    "definition": {
                        "type": TYPE_INTERACTION,
                        "name": Value::Object(name),
                        "description": Value::Object(expl),
                    },
                },
                "result": {
                    "success": step.refused.is_none(),
                    "completion": true,
                    "response": serde_json::to_string(&step.act).unwrap_or_default(),
                },
                "context": ctx,
            });
            if let Some(w) = wall(&step.wall) {
                s["timestamp"] = Value::String(w);
            }
            all.push(s);
        }
    }
    Value::Array(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_wall_times() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        assert_eq!(iso_duration(3 * 86_400 + 4 * 3600), "P3DT4H");
        assert_eq!(iso_duration(86_400), "P1D");
        assert_eq!(iso_duration(86_399), "PT23H59M59S");
        assert_eq!(iso_duration(90_061), "P1DT1H1M1S");
        assert_eq!(iso_duration(60), "PT1M");
        assert_eq!(iso_duration(-5), "PT0S");
        assert_eq!(
            iso_duration(i64::MAX),
            format!("PT{}H{}M{}S", i64::MAX / 3600, (i64::MAX % 3600) / 60, i64::MAX % 60)
        );
        assert_eq!(parse_wall("2026-11-21T17:56:04Z"), Some(1_795_283_764));
        assert_eq!(parse_wall("2026-13-01T00:00:00Z"), None);
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_quoted() {
        for s in ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"] {
            assert_eq!(csv_cell(s), format!("'{s}"));
        }
        for s in ["s-001", "Li", "", "'=already", " =x"] {
            assert_eq!(csv_cell(s), s);
        }
    }

    #[test]
    fn uuids_are_stable_and_well_formed() {
        let a = uuid_from(&[b"x"]);
        assert_eq!(a, uuid_from(&[b"x"]));
        assert_ne!(a, uuid_from(&[b"y"]));
        assert_ne!(uuid_from(&[b"ab", b"c"]), uuid_from(&[b"a", b"bc"]));
        assert_ne!(uuid_from(&[b"ab"]), uuid_from(&[b"ab", b""]));
        let u = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(u.hyphenated().to_string(), a, "lower-case, hyphenated");
        assert_eq!(u.get_version(), Some(uuid::Version::Sha1));
        assert_eq!(u.get_variant(), uuid::Variant::RFC4122);
        // The namespace is what its documentation says it is.
        assert_eq!(UUID_NS, uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, XAPI_NS.as_bytes()));
    }
}
