//! Messages between the teacher (the app, on the same machine) and the server on `/ws/teacher`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ErrorCode;
use crate::game::{AnswerValue, Histogram, LeaderboardEntry, PlayerId, PlayerSummary};

/// Teacher → server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum TeacherCommand {
    /// Open the first question.
    Start,
    /// After a reveal: open the next question, or finish after the last.
    Next,
    /// Close the open question now and show the right answer.
    Reveal,
    /// Remove a player; their token stops working.
    Kick { player_id: PlayerId },
    /// Finish the game now.
    End,
}

/// Server → teacher: aggregates only, never one player's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum TeacherEvent {
    /// The PIN, join address and player list; sent on connecting and whenever the list changes.
    Lobby {
        pin: String,
        join_url: String,
        players: Vec<PlayerSummary>,
    },
    /// A question opened; `deadlineMs` is how many milliseconds remain.
    QuestionOpened {
        question_id: String,
        index: usize,
        total: usize,
        prompt: String,
        deadline_ms: u64,
    },
    /// How many players answered the open question so far.
    Progress {
        answered: usize,
        total: usize,
    },
    /// The question closed (timer or teacher): answer histogram, right answer, top players.
    Revealed {
        question_id: String,
        index: usize,
        histogram: Histogram,
        correct: AnswerValue,
        leaderboard: Vec<LeaderboardEntry>,
    },
    Finished {
        leaderboard: Vec<LeaderboardEntry>,
    },
    Error {
        code: ErrorCode,
        message: String,
    },
}
