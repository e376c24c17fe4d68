//! Which questions a self-quiz asks: first the ones missed last time, then unseen ones.

/// Questions in one self-quiz.
pub const QUIZ_LENGTH: usize = 10;

/// What a learner has done with one question before, for choosing what to ask next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    LastWrong,
    Unseen,
    LastRight,
}

impl History {
    /// From whether the latest answer was right, if there was one.
    pub fn from_last(last_correct: Option<bool>) -> History {
        match last_correct {
            None => History::Unseen,
            Some(true) => History::LastRight,
            Some(false) => History::LastWrong,
        }
    }
}

/// Picks up to [`QUIZ_LENGTH`] questions: first the ones missed last time, then unseen ones, then
/// the rest, at random within each group; the result is shuffled.
pub fn select_questions(candidates: &[(String, History)], rng: &mut fastrand::Rng) -> Vec<String> {
    let mut picked = Vec::new();
    for group in [History::LastWrong, History::Unseen, History::LastRight] {
        let mut ids: Vec<&String> = candidates.iter().filter(|(_, h)| *h == group).map(|(id, _)| id).collect();
        rng.shuffle(&mut ids);
        picked.extend(ids.into_iter().take(QUIZ_LENGTH - picked.len()).cloned());
        if picked.len() == QUIZ_LENGTH {
            break;
        }
    }
    rng.shuffle(&mut picked);
    picked
}
