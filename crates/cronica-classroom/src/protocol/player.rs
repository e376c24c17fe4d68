//! Messages between a student's page and the server on `/ws/player`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AnswerRefusal, ErrorCode};
use crate::game::{AnswerValue, LeaderboardEntry, PlayerId, PlayerResult};
use crate::question::{GameOption, GameQuestion, GameQuestionKind};

/// Player → server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum PlayerCommand {
    /// Join the game with its 6-digit PIN and a nickname (1–20 characters, unique in the game ignoring case).
    Join { pin: String, nickname: String },
    /// Come back as the same player with the token received in `joined`.
    Rejoin { token: String },
    /// Answer the open question with exactly one of: `optionId` (choice), `year` (year), `order` (order: every item id
    /// once, first to last), `matches` (match: for each left item in turn, the id of the option given to it) or `text`
    /// (typed answer, at most 200 characters).
    Answer {
        question_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        option_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        order: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        matches: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
}

/// The answer fields of an `answer` message, before it is known that exactly one is given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerFields {
    pub option_id: Option<String>,
    pub year: Option<i32>,
    pub order: Option<Vec<String>>,
    pub matches: Option<Vec<String>>,
    pub text: Option<String>,
}

impl AnswerFields {
    /// The answer's value when exactly one field is given.
    pub fn value(self) -> Option<AnswerValue> {
        let AnswerFields { option_id, year, order, matches, text } = self;
        let values = [
            option_id.map(AnswerValue::OptionId),
            year.map(AnswerValue::Year),
            order.map(AnswerValue::Order),
            matches.map(AnswerValue::Matches),
            text.map(AnswerValue::Text),
        ];
        let mut given = values.into_iter().flatten();
        match (given.next(), given.next()) {
            (Some(value), None) => Some(value),
            _ => None,
        }
    }
}

impl PlayerCommand {
    /// The `answer` message for a value (what a student's page sends).
    pub fn answer(question_id: impl Into<String>, value: AnswerValue) -> PlayerCommand {
        let mut fields = AnswerFields::default();
        match value {
            AnswerValue::OptionId(id) => fields.option_id = Some(id),
            AnswerValue::Year(year) => fields.year = Some(year),
            AnswerValue::Order(order) => fields.order = Some(order),
            AnswerValue::Matches(matches) => fields.matches = Some(matches),
            AnswerValue::Text(text) => fields.text = Some(text),
        }
        let AnswerFields { option_id, year, order, matches, text } = fields;
        PlayerCommand::Answer { question_id: question_id.into(), option_id, year, order, matches, text }
    }
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AnswerKind {
    Choice,
    Year,
    Order,
    Match,
    Typed,
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
    /// In the order to show them: a choice's options, an order question's items (never in the right order), a match
    /// question's options to give the left items; empty for a year or typed question.
    pub options: Vec<PublicOption>,
    /// A match question's left items, in order (each gets one of `options`); absent for other kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left: Vec<PublicOption>,
    pub points: u32,
    pub time_limit_ms: u64,
}

impl PublicQuestion {
    pub fn new(question: &GameQuestion, index: usize, total: usize) -> PublicQuestion {
        let public = |options: &[GameOption]| -> Vec<PublicOption> {
            options.iter().map(|option| PublicOption { id: option.id.clone(), text: option.text.clone() }).collect()
        };
        let (kind, options, left) = match &question.kind {
            GameQuestionKind::Choice { options, .. } => (AnswerKind::Choice, public(options), Vec::new()),
            GameQuestionKind::Year { .. } => (AnswerKind::Year, Vec::new(), Vec::new()),
            GameQuestionKind::Order { items, .. } => (AnswerKind::Order, public(items), Vec::new()),
            GameQuestionKind::Match { left, options, .. } => (AnswerKind::Match, public(options), public(left)),
            GameQuestionKind::Typed { .. } => (AnswerKind::Typed, Vec::new(), Vec::new()),
        };
        PublicQuestion {
            question_id: question.id.clone(),
            index,
            total,
            prompt: question.prompt.clone(),
            kind,
            options,
            left,
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
