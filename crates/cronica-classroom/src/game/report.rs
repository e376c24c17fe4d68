//! What the game tells about itself: a player's own result, and the teacher's aggregates (progress, histogram,
//! leaderboard, player list). Nothing here lists every player's answer for broadcast.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::answer::{answer_text, correct_answer};
use super::{AnswerValue, Game, GamePhase, PlayerId, RecordedAnswer};
use crate::question::GameQuestionKind;

/// One player's outcome for a revealed question, sent to that player only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlayerResult {
    pub question_id: String,
    pub index: usize,
    /// The player's own answer, absent when they did not answer.
    pub your_answer: Option<AnswerValue>,
    pub right: bool,
    pub points: u32,
    pub total_score: u32,
    /// 1 for the best score; equal scores share a rank.
    pub rank: u32,
    pub correct: AnswerValue,
    pub explanation: String,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LeaderboardEntry {
    pub player_id: PlayerId,
    pub nickname: String,
    pub score: u32,
    pub rank: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlayerSummary {
    pub player_id: PlayerId,
    pub nickname: String,
    pub online: bool,
    pub score: u32,
}

/// How many players chose each option (in the order shown), typed each distinct year (ascending), answered an order or
/// match question right and wrong, or answered a typed question right and wrong (with the answers several typed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Histogram {
    Choice {
        options: Vec<OptionCount>,
    },
    Year {
        years: Vec<YearCount>,
    },
    /// An order or match question.
    RightWrong {
        right: u32,
        wrong: u32,
    },
    /// A typed question; `frequent` lists the answers typed by at least two players (case, accents and punctuation
    /// aside), most frequent first, at most five, so no single player's answer is shown.
    Typed {
        right: u32,
        wrong: u32,
        frequent: Vec<TextCount>,
    },
}

/// How many answers of one typed question there are in the frequent answers.
pub const FREQUENT_TEXTS: usize = 5;

/// One typed answer and how many players typed it; `text` is one of the ways it was typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TextCount {
    pub text: String,
    pub count: u32,
    pub right: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OptionCount {
    pub option_id: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct YearCount {
    pub year: i32,
    pub count: u32,
}

/// One player × one asked question, for the results file.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    pub nickname: String,
    pub question: String,
    /// The answer as a person reads it; empty when the player did not answer.
    pub answer: String,
    pub right: bool,
    pub points: u32,
    pub time_to_answer_ms: Option<u64>,
}

impl Game {
    /// Rank of every active player: 1 + how many have a strictly higher score.
    pub fn ranks(&self) -> HashMap<PlayerId, u32> {
        let mut scores: Vec<u32> = self.players().map(|player| player.score).collect();
        scores.sort_unstable_by(|a, b| b.cmp(a));
        let rank_of = |score: u32| 1 + scores.partition_point(|&other| other > score) as u32;
        self.players().map(|player| (player.id, rank_of(player.score))).collect()
    }

    /// A player's result for the current question, once it is revealed. `ranks` comes from [`Game::ranks`], computed once
    /// for all players.
    pub fn player_result(&self, player: PlayerId, ranks: &HashMap<PlayerId, u32>) -> Option<PlayerResult> {
        let index = match self.phase {
            GamePhase::QuestionRevealed { index } => index,
            GamePhase::Finished => self.timings.len().checked_sub(1)?,
            _ => return None,
        };
        let question = self.questions.get(index)?;
        let total_score = self.player(player).ok()?.score;
        let answer = self.answer_of(player, index);
        Some(PlayerResult {
            question_id: question.id.clone(),
            index,
            your_answer: answer.map(|answer| answer.value.clone()),
            right: answer.is_some_and(|answer| answer.right),
            points: answer.map_or(0, |answer| answer.points),
            total_score,
            rank: ranks.get(&player).copied().unwrap_or(0),
            correct: correct_answer(question),
            explanation: question.explanation.clone(),
            source: question.source.clone(),
        })
    }

    /// How many active players answered the current question, out of how many active players.
    pub fn progress(&self) -> (usize, usize) {
        let answered = self
            .current_question()
            .map_or(0, |(index, _)| self.answers[index].keys().filter(|player| self.player(**player).is_ok()).count());
        (answered, self.players().count())
    }

    pub fn histogram(&self, index: usize) -> Option<Histogram> {
        let question = self.questions.get(index)?;
        let given = self.answers.get(index)?;
        let recorded = || given.iter().filter(|(player, _)| self.player(**player).is_ok()).map(|(_, answer)| answer);
        let answers = recorded().map(|answer| &answer.value);
        let right = || u32::try_from(recorded().filter(|answer| answer.right).count()).unwrap_or(u32::MAX);
        let wrong = || u32::try_from(recorded().filter(|answer| !answer.right).count()).unwrap_or(u32::MAX);
        Some(match &question.kind {
            GameQuestionKind::Choice { options, .. } => {
                let mut counts: Vec<OptionCount> =
                    options.iter().map(|option| OptionCount { option_id: option.id.clone(), count: 0 }).collect();
                for value in answers {
                    if let AnswerValue::OptionId(chosen) = value {
                        if let Some(entry) = counts.iter_mut().find(|entry| &entry.option_id == chosen) {
                            entry.count += 1;
                        }
                    }
                }
                Histogram::Choice { options: counts }
            }
            GameQuestionKind::Year { .. } => {
                let mut counts: BTreeMap<i32, u32> = BTreeMap::new();
                for value in answers {
                    if let AnswerValue::Year(year) = value {
                        *counts.entry(*year).or_default() += 1;
                    }
                }
                Histogram::Year { years: counts.into_iter().map(|(year, count)| YearCount { year, count }).collect() }
            }
            GameQuestionKind::Order { .. } | GameQuestionKind::Match { .. } => Histogram::RightWrong { right: right(), wrong: wrong() },
            GameQuestionKind::Typed { accepted } => {
                Histogram::Typed { right: right(), wrong: wrong(), frequent: frequent_texts(recorded(), accepted) }
            }
        })
    }

    /// The best `size` players, best first (ties by nickname).
    pub fn leaderboard(&self, size: usize) -> Vec<LeaderboardEntry> {
        let ranks = self.ranks();
        let mut players: Vec<_> = self.players().collect();
        players.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.nickname.to_lowercase().cmp(&b.nickname.to_lowercase())));
        players
            .into_iter()
            .take(size)
            .map(|player| LeaderboardEntry {
                player_id: player.id,
                nickname: player.nickname.clone(),
                score: player.score,
                rank: ranks.get(&player.id).copied().unwrap_or(0),
            })
            .collect()
    }

    pub fn player_summaries(&self) -> Vec<PlayerSummary> {
        self.players()
            .map(|player| PlayerSummary {
                player_id: player.id,
                nickname: player.nickname.clone(),
                online: player.online,
                score: player.score,
            })
            .collect()
    }

    /// One row per active player × question asked so far.
    pub fn result_rows(&self) -> Vec<ResultRow> {
        let asked = self.timings.len();
        let mut rows = Vec::new();
        for player in self.players() {
            for (index, question) in self.questions.iter().enumerate().take(asked) {
                let answer = self.answer_of(player.id, index);
                rows.push(ResultRow {
                    nickname: player.nickname.clone(),
                    question: question.prompt.clone(),
                    answer: answer.map(|answer| answer_text(question, &answer.value)).unwrap_or_default(),
                    right: answer.is_some_and(|answer| answer.right),
                    points: answer.map_or(0, |answer| answer.points),
                    time_to_answer_ms: answer.map(|answer| answer.elapsed_ms),
                });
            }
        }
        rows
    }
}

/// The typed answers given by at least two players, grouped as the grader compares them, most frequent first (then
/// alphabetically). A group that is an accepted answer is shown as the teacher wrote it; any other as its most typed
/// form (alphabetically first on a tie).
fn frequent_texts<'a>(answers: impl Iterator<Item = &'a RecordedAnswer>, accepted: &[String]) -> Vec<TextCount> {
    use cronica_core::quiz::typed_answer_key;
    // key → (right, count, how often each form was typed)
    let mut groups: HashMap<String, (bool, u32, BTreeMap<&str, u32>)> = HashMap::new();
    for answer in answers {
        let AnswerValue::Text(text) = &answer.value else { continue };
        let group = groups.entry(typed_answer_key(text)).or_insert_with(|| (answer.right, 0, BTreeMap::new()));
        group.1 += 1;
        *group.2.entry(text.trim()).or_default() += 1;
    }
    let mut frequent: Vec<TextCount> = groups
        .into_iter()
        .filter(|(_, (_, count, _))| *count >= 2)
        .map(|(key, (right, count, forms))| {
            let written = accepted.iter().find(|answer| typed_answer_key(answer) == key).map(|answer| answer.trim().to_owned());
            let most_typed = || forms.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(form, _)| (*form).to_owned());
            TextCount { text: written.or_else(most_typed).unwrap_or(key), count, right }
        })
        .collect();
    frequent.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    frequent.truncate(FREQUENT_TEXTS);
    frequent
}
