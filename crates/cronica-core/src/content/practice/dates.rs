//! What a generated question may assume about a date: the whole range of days it can mean (an
//! event's start to its end, each as imprecise as written), and that range in words.

use crate::base::{HistDate, Localized, Precision};
use crate::content::model::Event;

/// Days that must separate the last day one event can mean from the first day the next can mean
/// before "which came first?" is asked of them: a month of any length (31 days), so neither a
/// month-precise date nor a close pair can make the order depend on a day the data does not give.
pub const MIN_GAP_DAYS: i64 = 31;

/// The days an event can mean, inclusive, as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: i64,
    pub last: i64,
}

impl Span {
    pub fn of(event: &Event) -> Span {
        let end = event.end.as_ref().map_or(event.date.value, |e| e.value);
        Span { first: event.date.value.first_day(), last: end.last_day().max(event.date.value.last_day()) }
    }

    /// Whether `self` certainly ended at least [`MIN_GAP_DAYS`] before `later` began.
    pub fn clearly_before(&self, later: &Span) -> bool {
        later.first - self.last >= MIN_GAP_DAYS
    }
}

/// The one year an event happened in, when its whole range lies in a single year.
pub fn single_year(event: &Event) -> Option<i32> {
    let end = event.end.as_ref().map_or(event.date.value, |e| e.value);
    (end.year == event.date.value.year).then_some(event.date.value.year)
}

/// Whether a text names the year (a giveaway for questions about the date).
pub fn names_a_year(text: &str) -> bool {
    text.as_bytes().windows(4).enumerate().any(|(i, w)| {
        let digits = w.iter().all(u8::is_ascii_digit);
        let before = i == 0 || !text.as_bytes()[i - 1].is_ascii_digit();
        let after = text.as_bytes().get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        digits && before && after && matches!(w[0], b'1' | b'2')
    })
}

const MONTHS_ES: [&str; 12] =
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A date in words, as precise as it is written: "11 de septiembre de 1973" / "11 September 1973",
/// "septiembre de 1973" / "September 1973", "1973".
pub fn date_words(date: HistDate) -> Localized {
    let month = date.month.map(|m| usize::from(m.clamp(1, 12)) - 1);
    match (date.precision(), month, date.day) {
        (Precision::Day, Some(m), Some(d)) => {
            Localized { es: format!("{d} de {} de {}", MONTHS_ES[m], date.year), en: format!("{d} {} {}", MONTHS_EN[m], date.year) }
        }
        (Precision::Month, Some(m), _) => {
            Localized { es: format!("{} de {}", MONTHS_ES[m], date.year), en: format!("{} {}", MONTHS_EN[m], date.year) }
        }
        _ => Localized { es: date.year.to_string(), en: date.year.to_string() },
    }
}

/// When an event happened, in words: "el 11 de septiembre de 1973" / "on 11 September 1973",
/// "en septiembre de 1973" / "in September 1973", or "del … al …" / "from … to …" with an end.
pub fn event_when(event: &Event) -> Localized {
    let start = date_words(event.date.value);
    match &event.end {
        Some(end) if end.value != event.date.value => {
            let end = date_words(end.value);
            Localized { es: format!("del {} al {}", start.es, end.es), en: format!("from {} to {}", start.en, end.en) }
        }
        _ if event.date.value.precision() == Precision::Day => Localized { es: format!("el {}", start.es), en: format!("on {}", start.en) },
        _ => Localized { es: format!("en {}", start.es), en: format!("in {}", start.en) },
    }
}
