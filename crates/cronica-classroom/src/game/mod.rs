//! The pure state machine of one classroom game: lobby, questions opened and revealed in turn, finished. No sockets and no
//! clock of its own: every call that depends on time takes `now`, so the rules are unit-tested exactly.

mod answer;
#[cfg(test)]
mod kind_tests;
mod player;
mod report;
mod scoring;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::time::{Duration, Instant};

pub use answer::{
    answer_text, correct_answer, AnswerValue, RecordedAnswer, ScoredAnswer, ID_MAX_BYTES, LIST_MAX_ENTRIES, TEXT_MAX_CHARS, YEAR_RANGE,
};
pub use player::{clean_nickname, JoinedPlayer, Player, PlayerId, NICKNAME_MAX_CHARS};
pub use report::{Histogram, LeaderboardEntry, OptionCount, PlayerResult, PlayerSummary, ResultRow, TextCount, YearCount, FREQUENT_TEXTS};

use crate::error::{Error, Result};
use crate::question::GameQuestion;
use player::Roster;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GameSettings {
    /// Faster right answers score more (down to half the points at the time limit).
    pub speed_bonus: bool,
}

impl Default for GameSettings {
    fn default() -> Self {
        GameSettings { speed_bonus: true }
    }
}

/// Where the game is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GamePhase {
    Lobby,
    /// Question `index` takes answers until its deadline.
    QuestionOpen {
        index: usize,
    },
    /// Question `index` is closed and its right answer shown.
    QuestionRevealed {
        index: usize,
    },
    Finished,
}

/// Who closed a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedBy {
    Timer,
    Teacher,
}

/// When a question opened, was due to close, and closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionTiming {
    pub opened_at: Instant,
    pub deadline: Instant,
    pub closed: Option<(Instant, ClosedBy)>,
}

/// What the teacher's "next" led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    Question(usize),
    Finished,
}

#[derive(Debug)]
pub struct Game {
    pin: String,
    questions: Vec<GameQuestion>,
    settings: GameSettings,
    phase: GamePhase,
    roster: Roster,
    /// One map per question, filled as answers arrive.
    answers: Vec<HashMap<PlayerId, RecordedAnswer>>,
    /// One entry per question opened so far.
    timings: Vec<QuestionTiming>,
}

impl Game {
    pub fn new(questions: Vec<GameQuestion>, settings: GameSettings) -> Result<Game> {
        if questions.is_empty() {
            return Err(Error::NoQuestions);
        }
        questions.iter().try_for_each(GameQuestion::validate)?;
        let mut ids: Vec<&str> = questions.iter().map(|question| question.id.as_str()).collect();
        ids.sort_unstable();
        if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(Error::InvalidQuestion { id: pair[0].to_owned(), problem: "two questions have this id".into() });
        }
        let answers = vec![HashMap::new(); questions.len()];
        let pin = fastrand::u32(100_000..1_000_000).to_string();
        Ok(Game { pin, questions, settings, phase: GamePhase::Lobby, roster: Roster::default(), answers, timings: Vec::new() })
    }

    pub fn pin(&self) -> &str {
        &self.pin
    }

    pub fn phase(&self) -> GamePhase {
        self.phase
    }

    pub fn settings(&self) -> GameSettings {
        self.settings
    }

    pub fn questions(&self) -> &[GameQuestion] {
        &self.questions
    }

    pub fn timings(&self) -> &[QuestionTiming] {
        &self.timings
    }

    /// Joins with the game's PIN and a nickname; refused once the game is over.
    pub fn join(&mut self, pin: &str, nickname: &str) -> Result<JoinedPlayer> {
        if pin.trim() != self.pin {
            return Err(Error::WrongPin);
        }
        if self.phase == GamePhase::Finished {
            return Err(Error::GameFinished);
        }
        self.roster.join(nickname)
    }

    /// Comes back with a rejoin token: same player, same score and answers.
    pub fn rejoin(&mut self, token: &str) -> Result<PlayerId> {
        self.roster.rejoin(token)
    }

    pub fn player(&self, id: PlayerId) -> Result<&Player> {
        self.roster.get(id)
    }

    /// Players not removed, in joining order.
    pub fn players(&self) -> impl Iterator<Item = &Player> {
        self.roster.active()
    }

    /// A lost connection: the player stays, marked offline.
    pub fn set_online(&mut self, id: PlayerId, online: bool) -> Result<()> {
        self.roster.set_online(id, online)
    }

    /// The teacher removes a player; their token stops working.
    pub fn remove_player(&mut self, id: PlayerId) -> Result<()> {
        self.roster.remove(id)
    }

    /// Opens the first question.
    pub fn start(&mut self, now: Instant) -> Result<usize> {
        match self.phase {
            GamePhase::Lobby => {
                self.open_question(0, now);
                Ok(0)
            }
            GamePhase::Finished => Err(Error::GameFinished),
            _ => Err(Error::WrongPhase),
        }
    }

    /// After a reveal: opens the next question, or finishes after the last one.
    pub fn next(&mut self, now: Instant) -> Result<NextStep> {
        match self.phase {
            GamePhase::QuestionRevealed { index } if index + 1 < self.questions.len() => {
                self.open_question(index + 1, now);
                Ok(NextStep::Question(index + 1))
            }
            GamePhase::QuestionRevealed { .. } => {
                self.phase = GamePhase::Finished;
                Ok(NextStep::Finished)
            }
            GamePhase::Finished => Err(Error::GameFinished),
            _ => Err(Error::WrongPhase),
        }
    }

    /// The teacher closes the open question before its deadline and shows the right answer.
    pub fn reveal(&mut self, now: Instant) -> Result<usize> {
        match self.phase {
            GamePhase::QuestionOpen { index } => {
                self.close_question(index, now, ClosedBy::Teacher);
                Ok(index)
            }
            GamePhase::Finished => Err(Error::GameFinished),
            _ => Err(Error::WrongPhase),
        }
    }

    /// Closes the open question if its deadline has passed; returns its index when it did.
    pub fn tick(&mut self, now: Instant) -> Option<usize> {
        let GamePhase::QuestionOpen { index } = self.phase else { return None };
        let deadline = self.deadline()?;
        if now < deadline {
            return None;
        }
        self.close_question(index, now, ClosedBy::Timer);
        Some(index)
    }

    /// Ends the game from any phase (an open question is closed first).
    pub fn end(&mut self, now: Instant) -> Result<()> {
        if let GamePhase::QuestionOpen { index } = self.phase {
            self.close_question(index, now, ClosedBy::Teacher);
        }
        if self.phase == GamePhase::Finished {
            return Err(Error::GameFinished);
        }
        self.phase = GamePhase::Finished;
        Ok(())
    }

    /// When the open question closes.
    pub fn deadline(&self) -> Option<Instant> {
        match self.phase {
            GamePhase::QuestionOpen { index } => self.timings.get(index).map(|timing| timing.deadline),
            _ => None,
        }
    }

    /// The question being played (open or revealed).
    pub fn current_question(&self) -> Option<(usize, &GameQuestion)> {
        match self.phase {
            GamePhase::QuestionOpen { index } | GamePhase::QuestionRevealed { index } => self.questions.get(index).map(|q| (index, q)),
            _ => None,
        }
    }

    /// Checks and scores an answer without storing it. Refusals: `TooLate` after the deadline (server clock),
    /// `AlreadyAnswered`, `WrongQuestion` for any question but the current one, `InvalidAnswer` when it does not fit,
    /// `AnswerTooLong` for typed text or an order/match list over the limits.
    pub fn evaluate_answer(&self, player: PlayerId, question_id: &str, value: AnswerValue, now: Instant) -> Result<ScoredAnswer> {
        self.roster.get(player)?;
        let (index, is_open) = match self.phase {
            GamePhase::QuestionOpen { index } => (index, true),
            GamePhase::QuestionRevealed { index } => (index, false),
            GamePhase::Lobby => return Err(Error::WrongPhase),
            GamePhase::Finished => return Err(Error::GameFinished),
        };
        let question = &self.questions[index];
        let timing = self.timings.get(index).ok_or(Error::WrongPhase)?;
        if question.id != question_id {
            return Err(Error::WrongQuestion);
        }
        if self.answers[index].contains_key(&player) {
            return Err(Error::AlreadyAnswered);
        }
        if !is_open || now > timing.deadline {
            return Err(Error::TooLate);
        }
        let right = answer::judge(question, &value)?;
        let elapsed_ms = millis(now.saturating_duration_since(timing.opened_at));
        let points = scoring::points_for(right, question.points, elapsed_ms, question.time_limit_ms, self.settings.speed_bonus);
        Ok(ScoredAnswer { player, question_index: index, answer: RecordedAnswer { value, right, points, elapsed_ms } })
    }

    /// Stores an answer that `evaluate_answer` accepted (and the server recorded); adds its points.
    pub fn commit_answer(&mut self, scored: ScoredAnswer) -> Result<()> {
        let answers = self.answers.get_mut(scored.question_index).ok_or(Error::WrongQuestion)?;
        if answers.contains_key(&scored.player) {
            return Err(Error::AlreadyAnswered);
        }
        let player = self.roster.get_mut(scored.player)?;
        player.score = player.score.saturating_add(scored.answer.points);
        answers.insert(scored.player, scored.answer);
        Ok(())
    }

    /// `evaluate_answer` then `commit_answer`, for callers with nothing to record in between.
    pub fn answer(&mut self, player: PlayerId, question_id: &str, value: AnswerValue, now: Instant) -> Result<RecordedAnswer> {
        let scored = self.evaluate_answer(player, question_id, value, now)?;
        let recorded = scored.answer.clone();
        self.commit_answer(scored)?;
        Ok(recorded)
    }

    /// The answer a player gave to question `index`, if any.
    pub fn answer_of(&self, player: PlayerId, index: usize) -> Option<&RecordedAnswer> {
        self.answers.get(index)?.get(&player)
    }

    fn open_question(&mut self, index: usize, now: Instant) {
        let limit = Duration::from_millis(self.questions[index].time_limit_ms);
        self.timings.push(QuestionTiming { opened_at: now, deadline: now + limit, closed: None });
        self.phase = GamePhase::QuestionOpen { index };
    }

    fn close_question(&mut self, index: usize, now: Instant, by: ClosedBy) {
        if let Some(timing) = self.timings.get_mut(index) {
            timing.closed = Some((now, by));
        }
        self.phase = GamePhase::QuestionRevealed { index };
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
