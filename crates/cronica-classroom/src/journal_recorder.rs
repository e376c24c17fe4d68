//! The recorder the app and `cronica serve` use: every event of the game goes to the core's
//! [`GameJournal`], i.e. the user database, before the server acknowledges it.

use cronica_core::live::{GameJournal, JournalAnswer};

use crate::error::RecorderFailure;
use crate::game::{answer_text, PlayerId};
use crate::question::GameQuestion;
use crate::recorder::{AnswerRecord, GameInfo, GameRecorder, GameSummary, PlayerInfo};

pub struct JournalRecorder {
    journal: GameJournal,
    /// The game's questions, to write each answer as a person reads it.
    questions: Vec<GameQuestion>,
}

impl JournalRecorder {
    pub fn new(journal: GameJournal, questions: Vec<GameQuestion>) -> JournalRecorder {
        JournalRecorder { journal, questions }
    }

    pub fn journal(&self) -> &GameJournal {
        &self.journal
    }
}

impl GameRecorder for JournalRecorder {
    fn game_started(&self, _game: &GameInfo) -> Result<(), RecorderFailure> {
        // The journal created the game's row when it was hosted.
        Ok(())
    }

    fn player_joined(&self, player: &PlayerInfo) -> Result<(), RecorderFailure> {
        Ok(self.journal.player_joined(&player.player_id.0.to_string(), &player.nickname)?)
    }

    fn answer_recorded(&self, answer: &AnswerRecord) -> Result<(), RecorderFailure> {
        let text = self
            .questions
            .iter()
            .find(|question| question.id == answer.question_id)
            .map(|question| answer_text(question, &answer.answer))
            .unwrap_or_default();
        Ok(self.journal.answer(&JournalAnswer {
            player_id: answer.player_id.0.to_string(),
            question_id: answer.question_id.clone(),
            answer: text,
            right: answer.right,
            points: answer.points,
            time_to_answer_ms: answer.time_to_answer_ms,
        })?)
    }

    fn game_finished(&self, _summary: &GameSummary) -> Result<(), RecorderFailure> {
        Ok(self.journal.finished()?)
    }

    fn question_opened(&self, _question_id: &str, index: usize) -> Result<(), RecorderFailure> {
        Ok(self.journal.question_opened(index)?)
    }

    fn player_removed(&self, player_id: PlayerId) -> Result<(), RecorderFailure> {
        Ok(self.journal.player_removed(&player_id.0.to_string())?)
    }
}
