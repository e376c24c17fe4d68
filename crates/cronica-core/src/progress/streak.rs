//! The review streak: consecutive days, in the learner's local time, with at least one review
//! answer. A streak still stands on a day the learner has not yet reviewed (it ends only when a
//! whole day passes without one).

use serde::Serialize;
use ts_rs::TS;

use crate::base::Timestamp;
use crate::review::DAY_MS;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default, TS)]
#[serde(rename_all = "camelCase")]
pub struct Streak {
    /// Days in a row up to today (or up to yesterday, while today has no review yet).
    pub current_days: i64,
    pub longest_days: i64,
    pub reviewed_today: bool,
}

/// The local day number of `at` for a clock `utc_offset_minutes` ahead of UTC.
fn local_day(at: Timestamp, utc_offset_minutes: i32) -> i64 {
    (at.millis() + i64::from(utc_offset_minutes) * 60_000).div_euclid(DAY_MS)
}

/// The streak at `now` of reviews given at `times` (any order).
pub fn streak(times: &[Timestamp], now: Timestamp, utc_offset_minutes: i32) -> Streak {
    let mut days: Vec<i64> = times.iter().map(|&t| local_day(t, utc_offset_minutes)).collect();
    days.sort_unstable();
    days.dedup();
    let today = local_day(now, utc_offset_minutes);
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<i64> = None;
    for &day in &days {
        run = if previous == Some(day - 1) { run + 1 } else { 1 };
        longest = longest.max(run);
        previous = Some(day);
    }
    let reviewed_today = days.binary_search(&today).is_ok();
    let end = if reviewed_today { today } else { today - 1 };
    let mut current = 0;
    while days.binary_search(&(end - current)).is_ok() {
        current += 1;
    }
    Streak { current_days: current, longest_days: longest, reviewed_today }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: i64 = 60_000;

    fn at(day: i64, hour: i64) -> Timestamp {
        at_minute(day, hour, 0)
    }

    fn at_minute(day: i64, hour: i64, minute: i64) -> Timestamp {
        Timestamp::from_millis(day * DAY_MS + (hour * 60 + minute) * MINUTE)
    }

    #[test]
    fn consecutive_days_count_and_a_missed_day_breaks_the_streak() {
        let times = [at(10, 9), at(11, 9), at(11, 20), at(12, 8), at(14, 9)];
        assert_eq!(streak(&times, at(14, 12), 0), Streak { current_days: 1, longest_days: 3, reviewed_today: true });
        assert_eq!(streak(&times[..4], at(13, 12), 0), Streak { current_days: 3, longest_days: 3, reviewed_today: false });
        assert_eq!(streak(&times[..4], at(14, 12), 0), Streak { current_days: 0, longest_days: 3, reviewed_today: false });
        assert_eq!(streak(&[], at(14, 12), 0), Streak::default());
    }

    #[test]
    fn days_are_the_learners_local_days() {
        // 23:30 and 00:30 UTC are the same evening in Chile (UTC−3): one day, not two.
        let times = [at_minute(10, 23, 30), at_minute(11, 0, 30)];
        let utc = streak(&times, at(11, 12), 0);
        let chile = streak(&times, at(11, 12), -180);
        assert_eq!((utc.current_days, utc.longest_days), (2, 2));
        assert_eq!((chile.current_days, chile.longest_days, chile.reviewed_today), (1, 1, false));
        // Reviews at 22:00 local on two evenings in a row, which are early next morning in UTC.
        let evenings = [at(11, 1), at(12, 1)];
        let s = streak(&evenings, at(12, 2), -180);
        assert_eq!((s.current_days, s.reviewed_today), (2, true), "23:00 local: still the day of the second review");
        let s = streak(&evenings, at(12, 4), -180);
        assert_eq!((s.current_days, s.reviewed_today), (2, false), "past local midnight: the streak stands while the new day lasts");
        let s = streak(&evenings, at(14, 4), -180);
        assert_eq!((s.current_days, s.reviewed_today), (0, false), "a whole local day without a review ends it");
    }
}
