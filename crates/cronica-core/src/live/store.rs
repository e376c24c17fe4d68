//! SQL for live games: one row per game, per player and per answer, written as they happen by the
//! [`GameJournal`](super::GameJournal) and read back for the results screen and the CSV.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::journal::JournalAnswer;
use super::results::{LiveGameResults, LiveGameSummary, LiveResultRow, LiveStanding, standings};
use crate::base::Timestamp;
use crate::error::{Error, NotFoundKind, Result};
use crate::storage::user::{Reader, Writer};

/// What `games.questions` holds: each question's id and prompt as asked, so results read the same after a content update.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub(crate) struct AskedQuestion {
    pub id: String,
    pub prompt: String,
}

const SUMMARY: &str = "SELECT g.id, g.title, g.pin, g.started_at, g.finished_at, g.questions, g.questions_asked,
        (SELECT COUNT(*) FROM game_players p WHERE p.game_id = g.id) FROM games g";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(LiveGameSummary, String)> {
    let questions: String = row.get(5)?;
    Ok((
        LiveGameSummary {
            id: row.get(0)?,
            title: row.get(1)?,
            pin: row.get(2)?,
            started_at: row.get(3)?,
            finished_at: row.get(4)?,
            questions_asked: row.get(6)?,
            players: row.get(7)?,
            question_count: 0,
        },
        questions,
    ))
}

fn asked_questions(id: i64, text: &str) -> Result<Vec<AskedQuestion>> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("game {id}: its question list is not readable: {e}")))
}

impl Writer<'_> {
    pub(crate) fn insert_game(&self, title: &str, questions: &[AskedQuestion], speed_bonus: bool, now: Timestamp) -> Result<i64> {
        let questions = serde_json::to_string(questions).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO games (pin, title, questions, speed_bonus, started_at) VALUES ('', ?1, ?2, ?3, ?4)",
            params![title, questions, speed_bonus, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub(crate) fn set_game_pin(&self, game_id: i64, pin: &str) -> Result<()> {
        self.conn.execute("UPDATE games SET pin = ?2 WHERE id = ?1", params![game_id, pin])?;
        Ok(())
    }

    pub(crate) fn record_player(&self, game_id: i64, player_id: &str, nickname: &str, now: Timestamp) -> Result<()> {
        self.conn.execute(
            "INSERT INTO game_players (game_id, player_id, nickname, joined_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (game_id, player_id) DO UPDATE SET nickname = excluded.nickname, removed = 0",
            params![game_id, player_id, nickname, now],
        )?;
        Ok(())
    }

    pub(crate) fn record_player_removed(&self, game_id: i64, player_id: &str) -> Result<()> {
        self.conn.execute("UPDATE game_players SET removed = 1 WHERE game_id = ?1 AND player_id = ?2", params![game_id, player_id])?;
        Ok(())
    }

    pub(crate) fn record_question_opened(&self, game_id: i64, index: usize) -> Result<()> {
        let asked = i64::try_from(index).unwrap_or(i64::MAX - 1) + 1;
        self.conn.execute("UPDATE games SET questions_asked = MAX(questions_asked, ?2) WHERE id = ?1", params![game_id, asked])?;
        Ok(())
    }

    pub(crate) fn record_game_answer(&self, game_id: i64, answer: &JournalAnswer, now: Timestamp) -> Result<()> {
        self.conn.execute(
            "INSERT INTO game_answers (game_id, player_id, question_id, answer, correct, points, elapsed_ms, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                game_id,
                answer.player_id,
                answer.question_id,
                answer.answer,
                answer.right,
                answer.points,
                i64::try_from(answer.time_to_answer_ms).unwrap_or(i64::MAX),
                now
            ],
        )?;
        Ok(())
    }

    pub(crate) fn finish_game(&self, game_id: i64, now: Timestamp) -> Result<()> {
        self.conn.execute("UPDATE games SET finished_at = COALESCE(finished_at, ?2) WHERE id = ?1", params![game_id, now])?;
        Ok(())
    }

    /// A game nobody joined leaves nothing behind.
    pub(crate) fn discard_game_without_players(&self, game_id: i64) -> Result<bool> {
        let removed = self.conn.execute(
            "DELETE FROM games WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM game_players p WHERE p.game_id = games.id)",
            [game_id],
        )?;
        Ok(removed > 0)
    }
}

impl Reader<'_> {
    pub(crate) fn game_answer_count(&self, game_id: i64) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM game_answers WHERE game_id = ?1", [game_id], |r| r.get(0))?)
    }

    pub(crate) fn live_games(&self) -> Result<Vec<LiveGameSummary>> {
        let sql = format!("{SUMMARY} WHERE EXISTS (SELECT 1 FROM game_players p WHERE p.game_id = g.id) ORDER BY g.id DESC");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], summary_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(mut summary, questions)| {
                summary.question_count = asked_questions(summary.id, &questions)?.len() as i64;
                Ok(summary)
            })
            .collect()
    }

    pub(crate) fn live_game_results(&self, id: i64) -> Result<LiveGameResults> {
        let (mut game, questions) = self
            .conn
            .query_row(&format!("{SUMMARY} WHERE g.id = ?1"), [id], summary_from_row)
            .optional()?
            .ok_or_else(|| Error::NotFound { kind: NotFoundKind::LiveGame, id: id.to_string() })?;
        let questions = asked_questions(id, &questions)?;
        game.question_count = questions.len() as i64;
        let asked = usize::try_from(game.questions_asked).unwrap_or(0).min(questions.len());

        let mut stmt = self.conn.prepare_cached("SELECT player_id, nickname, removed FROM game_players WHERE game_id = ?1 ORDER BY joined_at, player_id")?;
        let players = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.conn.prepare_cached("SELECT player_id, question_id, answer, correct, points, elapsed_ms FROM game_answers WHERE game_id = ?1")?;
        let mut answers: HashMap<(String, String), (String, bool, i64, i64)> = HashMap::new();
        for row in stmt.query_map([id], |r| Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))))? {
            let (key, value) = row?;
            answers.insert(key, value);
        }

        let mut rows = Vec::with_capacity(players.len() * asked);
        let mut totals = Vec::with_capacity(players.len());
        for (player_id, nickname, removed) in players {
            let (mut score, mut right) = (0, 0);
            for question in &questions[..asked] {
                let row = match answers.get(&(player_id.clone(), question.id.clone())) {
                    Some((answer, correct, points, elapsed)) => {
                        score += points;
                        right += i64::from(*correct);
                        LiveResultRow {
                            nickname: nickname.clone(),
                            question: question.prompt.clone(),
                            answer: answer.clone(),
                            right: *correct,
                            points: *points,
                            time_to_answer_ms: Some(*elapsed),
                        }
                    }
                    None => LiveResultRow {
                        nickname: nickname.clone(),
                        question: question.prompt.clone(),
                        answer: String::new(),
                        right: false,
                        points: 0,
                        time_to_answer_ms: None,
                    },
                };
                rows.push(row);
            }
            totals.push(LiveStanding { rank: 0, nickname, score, right, removed });
        }
        Ok(LiveGameResults { game, standings: standings(totals), rows })
    }
}
