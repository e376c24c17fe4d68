//! Historical dates of year, month or day precision, as the content writes them.

use std::fmt;

use serde::{Serialize, Serializer};
use ts_rs::TS;

/// How precisely a historical date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date known to the year, the month or the day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, TS)]
#[ts(as = "HistDateShape")]
pub struct HistDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl HistDate {
    pub fn parse(text: &str) -> Result<HistDate, String> {
        let bad = || format!("'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, len: usize| -> Result<u32, String> {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u32>().map_err(|_| bad())
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)?), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)?), Some(number(d, 2)?)),
            _ => return Err(bad()),
        };
        let year = year as i32;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(format!("'{text}' has month {m}, which is not 1–12"));
            }
            if let Some(d) = day {
                let last = days_in_month(year, m as u8);
                if d < 1 || d > u32::from(last) {
                    return Err(format!("'{text}' has day {d}, but that month has {last} days"));
                }
            }
        }
        Ok(HistDate { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The earliest day this date can mean, as days since 1970-01-01.
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The latest day this date can mean, as days since 1970-01-01.
    pub fn last_day(&self) -> i64 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        days_from_civil(self.year, month, day)
    }

    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// How a [`HistDate`] reaches the UI: `iso` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" matching `precision`.
#[derive(TS)]
#[ts(rename = "HistDate")]
#[allow(dead_code)]
struct HistDateShape {
    iso: String,
    precision: Precision,
}

/// Serialized for the UI as `{ iso, precision }`.
impl Serialize for HistDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("HistDate", 2)?;
        s.serialize_field("iso", &self.iso())?;
        s.serialize_field("precision", &self.precision())?;
        s.end()
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(HistDate::parse("1973").unwrap().precision(), Precision::Year);
        assert_eq!(HistDate::parse("1973-09").unwrap().precision(), Precision::Month);
        let coup = HistDate::parse("1973-09-11").unwrap();
        assert_eq!(coup.precision(), Precision::Day);
        assert_eq!(coup.to_string(), "1973-09-11");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(HistDate::parse("1973-02-29").is_err());
        assert!(HistDate::parse("1972-02-29").is_ok());
        assert!(HistDate::parse("1973-13").is_err());
        assert!(HistDate::parse("73-09-11").is_err());
        assert!(HistDate::parse("1973-9-11").is_err());
        assert!(HistDate::parse("11/09/1973").is_err());
    }

    #[test]
    fn ranges_cover_the_whole_period() {
        let year = HistDate::parse("1973").unwrap();
        assert_eq!(year.first_day(), HistDate::parse("1973-01-01").unwrap().first_day());
        assert_eq!(year.last_day(), HistDate::parse("1973-12-31").unwrap().first_day());
        let feb = HistDate::parse("1972-02").unwrap();
        assert_eq!(feb.last_day(), HistDate::parse("1972-02-29").unwrap().first_day());
        assert_eq!(HistDate::parse("1970-01-01").unwrap().first_day(), 0);
    }
}
