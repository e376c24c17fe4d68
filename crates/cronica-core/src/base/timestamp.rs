//! A moment in time (UTC, millisecond precision) for learner data: when a section was read, a
//! quiz started, an answer given. Stored and shown as RFC 3339 text, which sorts as time does.

use std::fmt;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Serialize, Serializer};
use ts_rs::TS;

use super::date::days_from_civil;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct Timestamp {
    millis: i64,
}

impl Timestamp {
    pub fn now() -> Timestamp {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Timestamp { millis: since.as_millis() as i64 }
    }

    pub fn from_millis(millis: i64) -> Timestamp {
        Timestamp { millis }
    }

    pub fn millis(self) -> i64 {
        self.millis
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.mmm]Z`, the form this type writes.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let b = text.as_bytes();
        let digits = |from: usize, len: usize| -> Option<i64> {
            let part = text.get(from..from + len)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b.last() != Some(&b'Z') {
            return None;
        }
        let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
        let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
        let millis = match b.len() {
            20 => 0,
            24 if b[19] == b'.' => digits(20, 3)?,
            _ => return None,
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let days = days_from_civil(year as i32, month as u8, day as u8);
        Some(Timestamp { millis: ((days * 86_400 + hour * 3600 + minute * 60 + second) * 1000) + millis })
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.millis.div_euclid(1000);
        let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
        let s = secs.rem_euclid(86_400);
        write!(f, "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z", s / 3600, s / 60 % 60, s % 60, self.millis.rem_euclid(1000))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Timestamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        Timestamp::parse(text).ok_or_else(|| FromSqlError::Other(format!("'{text}' is not a timestamp").into()))
    }
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        assert_eq!(Timestamp::from_millis(0).to_string(), "1970-01-01T00:00:00.000Z");
        let t = Timestamp::from_millis(1_789_990_000_123);
        assert_eq!(t.to_string(), "2026-09-21T11:26:40.123Z");
        assert_eq!(Timestamp::parse("2026-09-21T11:26:40.123Z"), Some(t));
        assert_eq!(Timestamp::parse("2026-09-21T11:26:40Z"), Some(Timestamp::from_millis(1_789_990_000_000)));
        assert_eq!(Timestamp::parse("2026-09-21 11:26:40"), None);
        assert_eq!(Timestamp::parse("2026-13-21T11:26:40.123Z"), None);
    }
}
