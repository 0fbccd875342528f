//! The fields of a record that the replay does not check: ids, class code, locale, wall times,
//! sim time, abandonment. A record with a field out of shape is rejected before it is replayed,
//! so nothing wrong reaches the gradebook or the xAPI statements.

use crate::classcode;
use crate::record::{Mode, Record};
use crate::time::{DAY, MAX_SECS, parse_wall};

use super::Reason;

/// The longest trainee or team id a record may carry (characters).
pub const MAX_ID_CHARS: usize = 200;
/// How many characters of a field's value a message shows before cutting it with `…`.
pub const SHOWN_CHARS: usize = 80;
/// The earliest wall time a record may carry: 2000-01-01T00:00:00Z.
pub const EARLIEST_WALL: i64 = 946_684_800;

/// What is wrong with a field. Each is a message (`grade-field-*` in report.ftl).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not `YYYY-MM-DDTHH:MM:SSZ`.
    NotWallTime,
    /// Before 2000-01-01 or after tomorrow.
    WallOutOfRange,
    /// Earlier than the wall time of an action before it.
    WallBackwards,
    /// Not a class code at all.
    NotClassCode,
    /// A class code for another seed than the record's.
    CodeNotSeed,
    /// An exam record without its class code.
    ExamWithoutCode,
    /// A language the message catalog does not have.
    UnknownLocale,
    /// Both abandoned and closed with an outcome.
    AbandonedAndClosed,
    /// A sim time below zero or beyond the engine's range.
    SimTimeRange,
    /// An id that is empty, too long or holds control characters.
    BadId,
    /// A scenario hash that is not 64 lowercase hex digits.
    NotHash,
}

impl Problem {
    /// The message id of the problem.
    pub fn id(self) -> &'static str {
        match self {
            Problem::NotWallTime => "grade-field-not-wall-time",
            Problem::WallOutOfRange => "grade-field-wall-out-of-range",
            Problem::WallBackwards => "grade-field-wall-backwards",
            Problem::NotClassCode => "grade-field-not-class-code",
            Problem::CodeNotSeed => "grade-field-code-not-seed",
            Problem::ExamWithoutCode => "grade-field-exam-without-code",
            Problem::UnknownLocale => "grade-field-unknown-locale",
            Problem::AbandonedAndClosed => "grade-field-abandoned-and-closed",
            Problem::SimTimeRange => "grade-field-sim-time-range",
            Problem::BadId => "grade-field-bad-id",
            Problem::NotHash => "grade-field-not-hash",
        }
    }
}

/// `s` cut to [`SHOWN_CHARS`] characters with `…` when longer, for messages.
pub fn clip(s: &str) -> String {
    clip_to(s, SHOWN_CHARS)
}

/// `s` cut to `max` characters with `…` when longer.
pub fn clip_to(s: &str, max: usize) -> String {
    crate::scenario::clip(s, max)
}

/// The first field of `rec` out of shape, if any. `langs` are the catalog's languages; when
/// empty (no catalog known), the locale is not checked. `now` is the wall clock in seconds
/// since 1970: wall times may not be later than a day after it.
pub fn check(rec: &Record, langs: &[&str], now: i64) -> Option<Reason> {
    let bad = |field: &str, value: &str, problem| {
        Some(Reason::Field { field: field.into(), n: None, value: clip(value), problem })
    };
    let h = &rec.scenario_hash;
    if h.len() != 64 || !h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return bad("scenario_hash", h, Problem::NotHash);
    }
    if !langs.is_empty() && !langs.contains(&rec.locale.as_str()) {
        return bad("locale", &rec.locale, Problem::UnknownLocale);
    }
    for (field, id) in [("trainee", &rec.trainee), ("team", &rec.team)] {
        if let Some(id) = id
            && (id.trim().is_empty()
                || id.chars().count() > MAX_ID_CHARS
                || id.chars().any(char::is_control))
        {
            return bad(field, id, Problem::BadId);
        }
    }
    match (&rec.class_code, rec.mode) {
        (Some(code), _) => match classcode::to_seed(code) {
            Err(_) => return bad("class_code", code, Problem::NotClassCode),
            Ok(seed) if seed != rec.seed => return bad("class_code", code, Problem::CodeNotSeed),
            Ok(_) => {}
        },
        (None, Mode::Exam) => return bad("class_code", "null", Problem::ExamWithoutCode),
        (None, _) => {}
    }
    if let Some(t) = rec.sim_time
        && !(0..=MAX_SECS).contains(&t)
    {
        return bad("sim_time", &t.to_string(), Problem::SimTimeRange);
    }
    let wall = |w: &str| match parse_wall(w) {
        None => Err(Problem::NotWallTime),
        Some(s) if !(EARLIEST_WALL..=now.saturating_add(DAY)).contains(&s) => {
            Err(Problem::WallOutOfRange)
        }
        Some(s) => Ok(s),
    };
    if let Some(a) = &rec.abandoned {
        if let Err(p) = wall(a) {
            return bad("abandoned", a, p);
        }
        if rec.outcome.is_some() {
            return bad("abandoned", a, Problem::AbandonedAndClosed);
        }
    }
    let mut last: Option<i64> = None;
    for (i, ra) in rec.actions.iter().enumerate() {
        let at_bad = |field: &str, value: &str, problem| {
            Some(Reason::Field { field: field.into(), n: Some(i + 1), value: clip(value), problem })
        };
        if !(0..=MAX_SECS).contains(&ra.at) {
            return at_bad("at", &ra.at.to_string(), Problem::SimTimeRange);
        }
        if let Some(w) = &ra.arrived
            && let Err(p) = wall(w)
        {
            return at_bad("arrived", w, p);
        }
        let Some(w) = &ra.wall else { continue };
        match wall(w) {
            Err(p) => return at_bad("wall", w, p),
            Ok(s) if last.is_some_and(|l| s < l) => {
                return at_bad("wall", w, Problem::WallBackwards);
            }
            Ok(s) => last = Some(s),
        }
    }
    None
}

/// The wall clock now, in seconds since 1970.
pub fn now() -> i64 {
    parse_wall(&crate::time::wall_clock_now()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_keeps_short_text_and_cuts_long_text_on_a_character() {
        assert_eq!(clip_to("abc", 3), "abc");
        assert_eq!(clip_to("abcd", 3), "abc…");
        assert_eq!(clip_to("越南语文本", 2), "越南…");
        assert_eq!(clip(&"x".repeat(1000)).chars().count(), SHOWN_CHARS + 1);
    }
}
