//! Points for an answer: nothing when wrong; when right, the question's points, reduced linearly by up to half for a slow
//! answer when the speed bonus is on.

/// `points * (1 - 0.5 * elapsed / limit)`, rounded; `elapsed` is clamped to the limit so a right answer never gets
/// less than half the points.
pub fn points_for(right: bool, points: u32, elapsed_ms: u64, limit_ms: u64, speed_bonus: bool) -> u32 {
    if !right {
        return 0;
    }
    if !speed_bonus || limit_ms == 0 {
        return points;
    }
    let fraction = elapsed_ms.min(limit_ms) as f64 / limit_ms as f64;
    (f64::from(points) * (1.0 - 0.5 * fraction)).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_answers_score_nothing() {
        assert_eq!(points_for(false, 1000, 0, 10_000, true), 0);
        assert_eq!(points_for(false, 1000, 0, 10_000, false), 0);
    }

    #[test]
    fn the_speed_bonus_scales_from_full_to_half() {
        assert_eq!(points_for(true, 1000, 0, 10_000, true), 1000);
        assert_eq!(points_for(true, 1000, 5_000, 10_000, true), 750);
        assert_eq!(points_for(true, 1000, 10_000, 10_000, true), 500);
        assert_eq!(points_for(true, 1000, 60_000, 10_000, true), 500);
        assert_eq!(points_for(true, 999, 1, 3, true), 833);
    }

    #[test]
    fn without_the_speed_bonus_right_is_full_points() {
        assert_eq!(points_for(true, 1000, 9_999, 10_000, false), 1000);
    }
}
