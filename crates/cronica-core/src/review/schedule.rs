//! When a question comes back, by FSRS (the scheduler Anki uses) with its default parameters and a
//! desired retention of 0.9. The self-quiz and review ask for no self-rating, so an answer maps to
//! one of FSRS's four ratings by whether it was right:
//!
//! - right → **Good**: the card's memory state moves to FSRS's "good" state and it is due again
//!   after that state's interval, rounded to whole days and at least one day;
//! - wrong → **Again**: the memory state moves to FSRS's "again" state (its stability drops) and
//!   the card is due at once, so it comes back in today's review until it is answered right.
//!
//! Hard and Easy are never used.

use std::sync::LazyLock;

use fsrs::{FSRS, MemoryState};

use super::cards::Card;
use crate::base::Timestamp;
use crate::error::{Error, Result};

/// The share of cards FSRS aims for the learner to still remember when they come due.
pub const DESIRED_RETENTION: f32 = 0.9;

pub(crate) const DAY_MS: i64 = 24 * 60 * 60 * 1000;

static SCHEDULER: LazyLock<FSRS> = LazyLock::new(FSRS::default);

/// The card of `question_id` after an answer at `now`, from its previous state (none: first answer).
pub(crate) fn schedule(previous: Option<&Card>, question_id: &str, correct: bool, now: Timestamp) -> Result<Card> {
    // A state that could not have come from FSRS (edited by hand, or damaged) starts over.
    let memory = previous
        .map(|c| MemoryState { stability: c.stability as f32, difficulty: c.difficulty as f32 })
        .filter(|m| m.stability.is_finite() && m.stability > 0.0 && (1.0..=10.0).contains(&m.difficulty));
    let elapsed_days = previous.map_or(0, |c| ((now.millis() - c.last_review_at.millis()).max(0) / DAY_MS) as u32);
    let next = SCHEDULER
        .next_states(memory, DESIRED_RETENTION, elapsed_days)
        .map_err(|e| Error::Corrupt(format!("question '{question_id}' could not be scheduled: {e}")))?;
    let state = if correct { next.good } else { next.again };
    let due_at = if correct {
        let days = (state.interval.round() as i64).max(1);
        Timestamp::from_millis(now.millis() + days * DAY_MS)
    } else {
        now
    };
    Ok(Card {
        question_id: question_id.to_string(),
        stability: f64::from(state.memory.stability),
        difficulty: f64::from(state.memory.difficulty),
        due_at,
        last_review_at: now,
        reviews: previous.map_or(0, |c| c.reviews) + 1,
        lapses: previous.map_or(0, |c| c.lapses) + i64::from(previous.is_some() && !correct),
    })
}
