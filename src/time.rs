//! Sim time: seconds from the first report, durations written as `"48h"` or `"1d 6h"` in RON.
//! Wall-clock time: UTC instants written as `YYYY-MM-DDTHH:MM:SSZ` in records.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Seconds from the first report; negative before it.
pub type Secs = i64;

pub const MINUTE: Secs = 60;
pub const HOUR: Secs = 3600;
pub const DAY: Secs = 86_400;

/// A duration or a point in sim time. RON accepts a number of seconds (`90`) or a string of
/// whole numbers with units `w d h m s` (`"48h"`, `"1d 6h"`, `"-10m"`); it is written back as
/// seconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dur(pub Secs);

impl Dur {
    pub fn secs(self) -> Secs {
        self.0
    }
}

impl Serialize for Dur {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.0)
    }
}

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Dur;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a duration: seconds (`90`) or a string such as \"48h\" or \"1d 6h\"")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Dur, E> {
                Ok(Dur(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Dur, E> {
                i64::try_from(v).map(Dur).map_err(|_| E::custom("duration too large"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Dur, E> {
                parse_duration(v).map(Dur).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// Largest duration accepted anywhere: 100 years, far beyond any case.
pub const MAX_SECS: Secs = 100 * 365 * DAY;

/// Parse `"1d 6h"`, `"48h"`, `"-10m"`, `"90s"`, `"2w"`, or a bare number of seconds.
pub fn parse_duration(text: &str) -> Result<Secs, String> {
    let t = text.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    if body.is_empty() {
        return Err(format!("`{text}` is not a duration: write e.g. \"48h\" or \"1d 6h\""));
    }
    let mut total: Secs = 0;
    let mut num = String::new();
    let mut saw_unit = false;
    let flush = |num: &mut String, unit: Secs, total: &mut Secs| -> Result<(), String> {
        if num.is_empty() {
            return Err(format!("`{text}`: a unit needs a number before it (\"48h\")"));
        }
        let n: Secs = num.parse().map_err(|_| format!("`{text}`: number too large"))?;
        *total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .filter(|v| *v <= MAX_SECS)
            .ok_or_else(|| format!("`{text}` is longer than 100 years"))?;
        num.clear();
        Ok(())
    };
    for ch in body.chars() {
        match ch {
            '0'..='9' => num.push(ch),
            ' ' | '_' => {}
            'w' => {
                flush(&mut num, 7 * DAY, &mut total)?;
                saw_unit = true;
            }
            'd' => {
                flush(&mut num, DAY, &mut total)?;
                saw_unit = true;
            }
            'h' => {
                flush(&mut num, HOUR, &mut total)?;
                saw_unit = true;
            }
            'm' => {
                flush(&mut num, MINUTE, &mut total)?;
                saw_unit = true;
            }
            's' => {
                flush(&mut num, 1, &mut total)?;
                saw_unit = true;
            }
            other => {
                return Err(format!(
                    "`{text}`: unknown unit `{other}`; use w (weeks), d, h, m or s"
                ));
            }
        }
    }
    if !num.is_empty() {
        if saw_unit {
            return Err(format!("`{text}`: the last number has no unit"));
        }
        flush(&mut num, 1, &mut total)?;
    }
    Ok(if neg { -total } else { total })
}

/// Sim time for people: `T+00:12:30` within the first day, `D+3 04:00` after, `T-00:10:00` before
/// the report.
pub fn format_clock(t: Secs) -> String {
    let sign = if t < 0 { '-' } else { '+' };
    let a = t.unsigned_abs();
    let (d, rem) = (a / 86_400, a % 86_400);
    let (h, m, s) = (rem / 3600, (rem % 3600) / 60, rem % 60);
    if d == 0 {
        format!("T{sign}{h:02}:{m:02}:{s:02}")
    } else {
        format!("D{sign}{d} {h:02}:{m:02}")
    }
}

/// A span of time for people, largest two units: `2d 4h`, `15m`, `48h` stays `2d`.
pub fn format_span(t: Secs) -> String {
    let a = t.unsigned_abs();
    let units = [(86_400u64, "d"), (3600, "h"), (60, "m"), (1, "s")];
    let mut parts = Vec::new();
    let mut rem = a;
    for (size, name) in units {
        if rem >= size {
            parts.push(format!("{}{name}", rem / size));
            rem %= size;
        }
        if parts.len() == 2 {
            break;
        }
    }
    let body = if parts.is_empty() { "0s".to_string() } else { parts.join(" ") };
    if t < 0 { format!("-{body}") } else { body }
}

impl fmt::Display for Dur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_span(self.0))
    }
}

/// Wall-clock time now as `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds), as records carry it.
/// A system clock outside the years jiff covers (-9999 to 9999) reads as 1970-01-01.
pub fn wall_clock_now() -> String {
    let now = jiff::Timestamp::try_from(std::time::SystemTime::now()).unwrap_or_default();
    format_wall(now.as_second()).unwrap_or_else(|| format_wall(0).unwrap_or_default())
}

/// Seconds since 1970 (UTC) as `YYYY-MM-DDTHH:MM:SSZ`; `None` outside the years -9999 to 9999.
pub fn format_wall(secs: i64) -> Option<String> {
    // Whole seconds, so the RFC 3339 form has no fraction.
    jiff::Timestamp::from_second(secs).ok().map(|t| t.to_string())
}

/// Seconds since 1970 of a wall time written as `YYYY-MM-DDTHH:MM:SSZ`, exactly as
/// [`wall_clock_now`] writes it; anything else (another layout, an offset, a fraction, a date
/// that does not exist) is `None`.
pub fn parse_wall(s: &str) -> Option<i64> {
    let tm = jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%SZ", s).ok()?;
    let secs = jiff::tz::Offset::UTC.to_timestamp(tm.to_datetime().ok()?).ok()?.as_second();
    // Only the canonical spelling: no one-digit months, no years of five digits.
    (format_wall(secs)? == s).then_some(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units_and_signs() {
        assert_eq!(parse_duration("48h"), Ok(48 * HOUR));
        assert_eq!(parse_duration("1d 6h"), Ok(DAY + 6 * HOUR));
        assert_eq!(parse_duration("-10m"), Ok(-600));
        assert_eq!(parse_duration("90"), Ok(90));
        assert_eq!(parse_duration("2w"), Ok(14 * DAY));
        assert!(parse_duration("10x").unwrap_err().contains("unknown unit"));
        assert!(parse_duration("1h30").unwrap_err().contains("no unit"));
        assert!(parse_duration("").is_err());
        assert!(parse_duration("999999999999w").is_err());
    }

    #[test]
    fn formats_clock_and_span() {
        assert_eq!(format_clock(750), "T+00:12:30");
        assert_eq!(format_clock(-600), "T-00:10:00");
        assert_eq!(format_clock(3 * DAY + 4 * HOUR), "D+3 04:00");
        assert_eq!(format_span(2 * DAY + 4 * HOUR + 5), "2d 4h");
        assert_eq!(format_span(0), "0s");
    }

    #[test]
    fn wall_times_round_trip() {
        assert_eq!(parse_wall("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_wall("2026-11-21T17:56:04Z"), Some(1_795_283_764));
        assert_eq!(parse_wall("1969-12-31T23:59:59Z"), Some(-1));
        assert_eq!(format_wall(1_795_283_764).as_deref(), Some("2026-11-21T17:56:04Z"));
        assert_eq!(format_wall(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(format_wall(i64::MAX), None);
        for bad in [
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T17:56:04",
            "2026-11-21T17:56:04+00:00",
            "2026-11-21T17:56:04.5Z",
            "2026-11-21 17:56:04Z",
            "2026-1-21T17:56:04Z",
            "yesterday",
            "",
        ] {
            assert_eq!(parse_wall(bad), None, "{bad}");
        }
        let now = wall_clock_now();
        let secs = parse_wall(&now).expect("the clock's own format parses");
        assert_eq!(format_wall(secs), Some(now));
        assert!(secs > 1_700_000_000, "a clock after 2023: {secs}");
    }
}
