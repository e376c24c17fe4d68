//! The persistence hook: the server tells a [`GameRecorder`] what happens, synchronously and in order, and acknowledges
//! an answer to its player only after `answer_recorded` returned Ok, so a crash loses nothing that was acknowledged.
//! [`MemoryRecorder`] keeps everything in memory (tests, the load client).

use std::sync::{Mutex, MutexGuard};
use std::time::SystemTime;

use crate::error::RecorderFailure;
use crate::game::{AnswerValue, LeaderboardEntry, PlayerId};

#[derive(Debug, Clone, PartialEq)]
pub struct GameInfo {
    pub pin: String,
    pub question_ids: Vec<String>,
    pub speed_bonus: bool,
    pub started_at: SystemTime,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlayerInfo {
    pub player_id: PlayerId,
    pub nickname: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRecord {
    pub player_id: PlayerId,
    pub nickname: String,
    pub question_id: String,
    pub answer: AnswerValue,
    pub right: bool,
    pub points: u32,
    pub time_to_answer_ms: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GameSummary {
    pub pin: String,
    pub questions_asked: usize,
    pub leaderboard: Vec<LeaderboardEntry>,
    pub finished_at: SystemTime,
}

/// Called by the server as things happen, while it holds the game; keep each call short.
pub trait GameRecorder: Send + Sync {
    fn game_started(&self, game: &GameInfo) -> Result<(), RecorderFailure>;
    fn player_joined(&self, player: &PlayerInfo) -> Result<(), RecorderFailure>;
    fn answer_recorded(&self, answer: &AnswerRecord) -> Result<(), RecorderFailure>;
    fn game_finished(&self, summary: &GameSummary) -> Result<(), RecorderFailure>;
    /// The question at `index` was put to the players.
    fn question_opened(&self, _question_id: &str, _index: usize) -> Result<(), RecorderFailure> {
        Ok(())
    }
    /// The teacher removed a player.
    fn player_removed(&self, _player_id: PlayerId) -> Result<(), RecorderFailure> {
        Ok(())
    }
}

/// Everything a game recorded, kept in memory.
#[derive(Debug, Default, Clone)]
pub struct Recorded {
    pub started: Vec<GameInfo>,
    pub players: Vec<PlayerInfo>,
    pub answers: Vec<AnswerRecord>,
    pub finished: Vec<GameSummary>,
}

#[derive(Debug, Default)]
pub struct MemoryRecorder {
    recorded: Mutex<Recorded>,
    fail_answers: bool,
}

impl MemoryRecorder {
    pub fn new() -> MemoryRecorder {
        MemoryRecorder::default()
    }

    /// A recorder whose `answer_recorded` always fails, to check that nothing unsaved is acknowledged.
    pub fn failing_answers() -> MemoryRecorder {
        MemoryRecorder { fail_answers: true, ..MemoryRecorder::default() }
    }

    pub fn snapshot(&self) -> Recorded {
        self.lock().clone()
    }

    fn lock(&self) -> MutexGuard<'_, Recorded> {
        self.recorded.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl GameRecorder for MemoryRecorder {
    fn game_started(&self, game: &GameInfo) -> Result<(), RecorderFailure> {
        self.lock().started.push(game.clone());
        Ok(())
    }

    fn player_joined(&self, player: &PlayerInfo) -> Result<(), RecorderFailure> {
        self.lock().players.push(player.clone());
        Ok(())
    }

    fn answer_recorded(&self, answer: &AnswerRecord) -> Result<(), RecorderFailure> {
        if self.fail_answers {
            return Err("this recorder refuses answers".into());
        }
        self.lock().answers.push(answer.clone());
        Ok(())
    }

    fn game_finished(&self, summary: &GameSummary) -> Result<(), RecorderFailure> {
        self.lock().finished.push(summary.clone());
        Ok(())
    }
}
