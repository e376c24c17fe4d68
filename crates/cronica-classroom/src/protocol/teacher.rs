//! Messages between the teacher (the app, on the same machine) and the server on `/ws/teacher`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AnswerKind, ErrorCode, PublicOption, PublicQuestion};
use crate::game::{AnswerValue, Histogram, LeaderboardEntry, PlayerId, PlayerSummary};
use crate::question::GameQuestion;

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
    /// A question opened; `deadlineMs` is how many milliseconds remain. The options (a choice's options, an order
    /// question's items, a match question's options) and `left` (a match question's left items) are as players see them.
    QuestionOpened {
        question_id: String,
        index: usize,
        total: usize,
        prompt: String,
        kind: AnswerKind,
        options: Vec<PublicOption>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        left: Vec<PublicOption>,
        time_limit_ms: u64,
        deadline_ms: u64,
    },
    /// How many players answered the open question so far.
    Progress {
        answered: usize,
        total: usize,
    },
    /// The question closed (timer or teacher): answer histogram (or right/wrong counts), right answer, top players.
    Revealed {
        question_id: String,
        index: usize,
        total: usize,
        prompt: String,
        kind: AnswerKind,
        options: Vec<PublicOption>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        left: Vec<PublicOption>,
        histogram: Histogram,
        correct: AnswerValue,
        explanation: String,
        source: Option<String>,
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

impl TeacherEvent {
    pub(crate) fn question_opened(question: &GameQuestion, index: usize, total: usize, deadline_ms: u64) -> TeacherEvent {
        let public = PublicQuestion::new(question, index, total);
        TeacherEvent::QuestionOpened {
            question_id: public.question_id,
            index,
            total,
            prompt: public.prompt,
            kind: public.kind,
            options: public.options,
            left: public.left,
            time_limit_ms: public.time_limit_ms,
            deadline_ms,
        }
    }

    pub(crate) fn revealed(
        question: &GameQuestion,
        index: usize,
        total: usize,
        histogram: Histogram,
        leaderboard: Vec<LeaderboardEntry>,
    ) -> TeacherEvent {
        let public = PublicQuestion::new(question, index, total);
        TeacherEvent::Revealed {
            question_id: public.question_id,
            index,
            total,
            prompt: public.prompt,
            kind: public.kind,
            options: public.options,
            left: public.left,
            histogram,
            correct: crate::game::correct_answer(question),
            explanation: question.explanation.clone(),
            source: question.source.clone(),
            leaderboard,
        }
    }
}
