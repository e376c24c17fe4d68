//! Messages between a student's page and the server on `/ws/player`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AnswerRefusal, ErrorCode};
use crate::game::{AnswerValue, LeaderboardEntry, PlayerId, PlayerResult};
use crate::question::{GameQuestion, GameQuestionKind};

/// Player → server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum PlayerCommand {
    /// Join the game with its 6-digit PIN and a nickname (1–20 characters, unique in the game ignoring case).
    Join { pin: String, nickname: String },
    /// Come back as the same player with the token received in `joined`.
    Rejoin { token: String },
    /// Answer the open question: `optionId` for a choice question, `year` for a year question (exactly one).
    Answer {
        question_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        option_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
}

impl PlayerCommand {
    /// The answer's value when exactly one of `optionId` and `year` is given.
    pub fn answer_value(option_id: Option<String>, year: Option<i32>) -> Option<AnswerValue> {
        match (option_id, year) {
            (Some(option_id), None) => Some(AnswerValue::OptionId(option_id)),
            (None, Some(year)) => Some(AnswerValue::Year(year)),
            _ => None,
        }
    }
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AnswerKind {
    Choice,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PublicOption {
    pub id: String,
    pub text: String,
}

/// A question as players see it: never its right answer, explanation or source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PublicQuestion {
    pub question_id: String,
    /// 0-based position in the game.
    pub index: usize,
    pub total: usize,
    pub prompt: String,
    pub kind: AnswerKind,
    /// In the order to show them; empty for a year question.
    pub options: Vec<PublicOption>,
    pub points: u32,
    pub time_limit_ms: u64,
}

impl PublicQuestion {
    pub fn new(question: &GameQuestion, index: usize, total: usize) -> PublicQuestion {
        let (kind, options) = match &question.kind {
            GameQuestionKind::Choice { options, .. } => (
                AnswerKind::Choice,
                options.iter().map(|option| PublicOption { id: option.id.clone(), text: option.text.clone() }).collect(),
            ),
            GameQuestionKind::Year { .. } => (AnswerKind::Year, Vec::new()),
        };
        PublicQuestion {
            question_id: question.id.clone(),
            index,
            total,
            prompt: question.prompt.clone(),
            kind,
            options,
            points: question.points,
            time_limit_ms: question.time_limit_ms,
        }
    }
}

/// Server → player. Each player receives only their own messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum PlayerEvent {
    /// Joined or rejoined; keep `token` to rejoin after a lost connection.
    Joined {
        player_id: PlayerId,
        token: String,
        nickname: String,
        score: u32,
    },
    /// A question is open; `deadlineMs` is how many milliseconds remain when the message is sent.
    Question {
        #[serde(flatten)]
        question: PublicQuestion,
        deadline_ms: u64,
    },
    /// The answer is counted (and saved); `answer` repeats it, also after a rejoin.
    AnswerAccepted {
        question_id: String,
        answer: AnswerValue,
    },
    AnswerRefused {
        question_id: String,
        reason: AnswerRefusal,
    },
    /// This player's outcome once the question is revealed.
    Result {
        #[serde(flatten)]
        result: PlayerResult,
    },
    /// The game is over: the best players, and this player's own score and rank.
    Podium {
        leaderboard: Vec<LeaderboardEntry>,
        your_score: u32,
        your_rank: u32,
    },
    Error {
        code: ErrorCode,
        message: String,
    },
    /// The teacher removed this player; the socket closes and the token no longer works.
    Kicked,
}
