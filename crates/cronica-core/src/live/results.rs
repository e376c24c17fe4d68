//! A hosted game as the teacher reopens it later: the list of past games, and one game's standings
//! and rows (one per player × question asked, unanswered ones included), read from the user database.

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::Timestamp;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveGameSummary {
    pub id: i64,
    pub title: String,
    pub pin: String,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub players: i64,
    pub questions_asked: i64,
    pub question_count: i64,
}

/// One player × one asked question; an unanswered question has an empty answer and no time.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveResultRow {
    pub nickname: String,
    pub question: String,
    pub answer: String,
    pub right: bool,
    pub points: i64,
    pub time_to_answer_ms: Option<i64>,
}

/// A player's total, for the standings table; equal scores share a rank.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveStanding {
    pub rank: i64,
    pub nickname: String,
    pub score: i64,
    pub right: i64,
    pub removed: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveGameResults {
    pub game: LiveGameSummary,
    pub standings: Vec<LiveStanding>,
    pub rows: Vec<LiveResultRow>,
}

/// Ranks by score, highest first; equal scores share a rank (1, 1, 3).
pub(crate) fn standings(mut players: Vec<LiveStanding>) -> Vec<LiveStanding> {
    players.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.nickname.cmp(&b.nickname)));
    let mut previous: Option<(i64, i64)> = None;
    for (i, player) in players.iter_mut().enumerate() {
        let position = i as i64 + 1;
        player.rank = match previous {
            Some((score, rank)) if score == player.score => rank,
            _ => position,
        };
        previous = Some((player.score, player.rank));
    }
    players
}

impl Cronica {
    /// Games that had at least one player, newest first.
    pub fn list_live_games(&self) -> Result<Vec<LiveGameSummary>> {
        self.user().read().live_games()
    }

    pub fn live_game_results(&self, id: i64) -> Result<LiveGameResults> {
        self.user().read().live_game_results(id)
    }

    /// The results as a CSV file's text.
    pub fn live_game_csv(&self, id: i64) -> Result<String> {
        let results = self.live_game_results(id)?;
        super::csv::results_csv(&results.rows)
    }
}
