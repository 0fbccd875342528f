//! The gradebook CSV against the rules of Moodle's CSV grade import, as its own code states
//! them (grade/import/csv/classes/load_data.php, lib/csvlib.php's csv_import_reader and
//! grade/import/grade_import_form.php, Moodle 4.1–4.5). No Moodle runs here: [`Moodle`] is a
//! model of what those files do with an upload, kept to the rules that decide whether our file
//! imports and what it creates:
//!
//! - the file: a UTF-8 BOM is dropped, line ends made `\n`, the whole text trimmed; every row
//!   must have as many fields as the header (`csvweirdcolumns`); header names are trimmed;
//! - the form: "Map from" names one column, "Map to" one user field (`useridnumber`,
//!   `useremail`…); each column maps to *ignore*, *new grade item*, an existing item or an
//!   item's feedback; a column named `X (Real)` is preset to an existing item named `X`, and
//!   `X (Feedback)` to "Feedback for X";
//! - the mapping check: two columns mapped to the same target stop the import ("Mapping
//!   collision detected"); *ignore* may repeat, and from 4.5 on *new grade item* may too (before,
//!   under PHP 8, `'new' == 0` is false and a second *new* collides);
//! - each row: an empty user cell is skipped, so the row keeps the previous row's user (the first
//!   row then has none and the import stops: "usermappingerrorusernotfound"); a value no user has
//!   stops the whole import ("User mapping error: Could not find user with idnumber of …");
//! - *new grade item* creates one item per column, named exactly the column's header, with
//!   Moodle's default maximum grade 100; `-` is no grade; a value above 100 (the grade point
//!   maximum) stops the import; an existing item takes `''` and `-` as no grade and refuses a
//!   value that is not a number (`badgrade`).

use std::collections::BTreeMap;

/// A Moodle user: what the user mapping can match on.
#[derive(Debug, Clone)]
pub struct User {
    pub idnumber: String,
    pub email: String,
}

/// A grade item of the course.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: usize,
    pub name: String,
    pub grademax: f64,
}

/// What a column is mapped to in the import form.
#[derive(Debug, Clone, PartialEq)]
pub enum Map {
    Ignore,
    New,
    Item(usize),
    Feedback(usize),
}

/// A course in a Moodle of some version.
pub struct Moodle {
    /// (major, minor): 4.5 is (4, 5).
    pub version: (u32, u32),
    pub users: Vec<User>,
    pub items: Vec<Item>,
    /// (user index, item id) → grade.
    pub grades: BTreeMap<(usize, usize), f64>,
    /// (user index, item id) → feedback.
    pub feedback: BTreeMap<(usize, usize), String>,
}

/// The file as Moodle's csv_import_reader reads it: header (trimmed) and rows.
pub fn read_csv(bytes: &[u8]) -> Result<(Vec<String>, Vec<Vec<String>>), String> {
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| "not UTF-8".to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).replace("\r\n", "\n");
    let text = text.replace('\r', "\n");
    let text = text.trim();
    let mut rd =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for r in rd.records() {
        let r = r.map_err(|e| e.to_string())?;
        rows.push(r.iter().map(str::to_string).collect());
    }
    let Some(header) = rows.first().cloned() else { return Err("csvemptyfile".into()) };
    if rows.iter().any(|r| r.len() != header.len()) {
        return Err("csvweirdcolumns: rows with another number of fields than the header".into());
    }
    let header = header.iter().map(|h| h.trim().to_string()).collect();
    Ok((header, rows.split_off(1)))
}

impl Moodle {
    pub fn new(version: (u32, u32), users: Vec<User>) -> Moodle {
        Moodle {
            version,
            users,
            items: Vec::new(),
            grades: BTreeMap::new(),
            feedback: BTreeMap::new(),
        }
    }

    /// Add a grade item by hand ("Gradebook setup → Add grade item").
    pub fn add_item(&mut self, name: &str, grademax: f64) -> usize {
        let id = self.items.len() + 1;
        self.items.push(Item { id, name: name.to_string(), grademax });
        id
    }

    pub fn item(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.name == name)
    }

    /// The form's preset mapping of each column: `X (Real)` to the item `X`, `X (Feedback)` to
    /// its feedback, anything else *ignore*.
    pub fn preset(&self, header: &[String]) -> Vec<Map> {
        header
            .iter()
            .map(|h| {
                let find = |suffix: &str| {
                    h.split_once(suffix).and_then(|(x, _)| self.item(x.trim())).map(|i| i.id)
                };
                if let Some(id) = find("(Real)") {
                    Map::Item(id)
                } else if let Some(id) = find("(Feedback)") {
                    Map::Feedback(id)
                } else {
                    Map::Ignore
                }
            })
            .collect()
    }

    /// Import `bytes` with users identified by column `from` matched to `to` (`useridnumber` or
    /// `useremail`) and `map` for the columns. All or nothing, as in Moodle: on an error nothing
    /// is stored. Returns the ids of the items it created.
    pub fn import(
        &mut self,
        bytes: &[u8],
        from: &str,
        to: &str,
        mut map: Vec<Map>,
    ) -> Result<Vec<usize>, String> {
        let (header, rows) = read_csv(bytes)?;
        assert_eq!(map.len(), header.len(), "one mapping per column");
        let from = header.iter().position(|h| h == from).ok_or("no such column to map from")?;
        // `$map[mapfrom] = mapto`: the user column is mapped to the user field.
        let user_col = from;
        map[user_col] = Map::Ignore;
        // The collision check.
        let mut seen: Vec<&Map> = Vec::new();
        for m in &map {
            let repeats_ok = *m == Map::Ignore || (*m == Map::New && self.version >= (4, 5));
            if repeats_ok {
                continue;
            }
            if seen.contains(&m) {
                return Err(format!(
                    "Mapping collision detected, 2 fields maps to the same grade item {m:?}"
                ));
            }
            seen.push(m);
        }
        let field = |u: &User| match to {
            "useridnumber" => u.idnumber.clone(),
            "useremail" => u.email.to_lowercase(),
            other => panic!("map to {other} is not modelled"),
        };
        let label = if to == "useremail" { "email address" } else { "idnumber" };
        let mut new_items: BTreeMap<usize, usize> = BTreeMap::new();
        let mut created = Vec::new();
        let mut items = self.items.clone();
        let mut grades = Vec::new();
        let mut feedback = Vec::new();
        let mut student: Option<usize> = None;
        for row in &rows {
            if row.len() <= 1 {
                continue;
            }
            let mut row_grades = Vec::new();
            let mut row_feedback = Vec::new();
            for (key, value) in row.iter().enumerate() {
                let value = value.trim();
                if key == user_col {
                    // `if (!empty($value))`: a blank cell keeps the previous row's user.
                    if !value.is_empty() && value != "0" {
                        let want = if to == "useremail" {
                            value.to_lowercase()
                        } else {
                            value.to_string()
                        };
                        match self.users.iter().position(|u| field(u) == want) {
                            Some(u) => student = Some(u),
                            None => {
                                return Err(format!(
                                    "User mapping error: Could not find user with {label} of \"{value}\""
                                ));
                            }
                        }
                    }
                    continue;
                }
                match &map[key] {
                    Map::Ignore => {}
                    Map::New => {
                        let id = *new_items.entry(key).or_insert_with(|| {
                            let id = items.len() + 1;
                            items.push(Item { id, name: header[key].clone(), grademax: 100.0 });
                            created.push(id);
                            id
                        });
                        if value != "-" {
                            row_grades.push((id, Some(value.to_string())));
                        }
                    }
                    Map::Item(id) => {
                        let v = (!value.is_empty() && value != "-").then(|| value.to_string());
                        if let Some(v) = &v
                            && v.parse::<f64>().is_err()
                        {
                            return Err("badgrade: a grade that is not a number".into());
                        }
                        row_grades.push((*id, v));
                    }
                    Map::Feedback(id) => row_feedback.push((*id, value.to_string())),
                }
            }
            let Some(s) = student else {
                return Err("usermappingerrorusernotfound: no user for a row".into());
            };
            for (item, v) in row_grades {
                let v = match v {
                    Some(v) => v.parse::<f64>().map_err(|_| "badgrade".to_string())?,
                    None => continue,
                };
                if v > 100.0 {
                    return Err("gradevaluetoobig: above the grade point maximum 100".into());
                }
                grades.push((s, item, v));
            }
            feedback.extend(row_feedback.into_iter().map(|(item, f)| (s, item, f)));
        }
        self.items = items;
        for (s, item, v) in grades {
            self.grades.insert((s, item), v);
        }
        for (s, item, f) in feedback {
            self.feedback.insert((s, item), f);
        }
        Ok(created)
    }

    /// A user's grade on the item named `item`.
    pub fn grade(&self, idnumber: &str, item: &str) -> Option<f64> {
        let u = self.users.iter().position(|u| u.idnumber == idnumber)?;
        let i = self.item(item)?;
        self.grades.get(&(u, i.id)).copied()
    }
}
