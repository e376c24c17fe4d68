//! Practice with the questions the compiler generates from the data: a chapter's, an era's or all
//! of them, a few at a time, shown and graded exactly like the self-quiz (options in an order the
//! practice's seed fixes, graded by option identity). Nothing is recorded: practice is drill, and
//! a chapter's quiz history stays the authored bank's.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::queries::DbNames;
use super::{Feedback, QuizQuestion, QuizResponse, grade, question_body};
use crate::app::Cronica;
use crate::base::{ChapterId, ItemKind, Lang, QuestionOrigin};
use crate::error::{Error, Result};
use crate::storage::ContentDb;
use crate::storage::content::collect;

/// Questions in one practice round.
pub const PRACTICE_LENGTH: usize = 10;

/// Seeds travel through JSON to the UI and back: kept below 2^53 so a JavaScript number holds them.
const SEED_MASK: u64 = (1 << 53) - 1;

/// Which generated questions to practise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum PracticeScope {
    /// Every chapter.
    All,
    Chapter { id: ChapterId },
    /// Questions all of whose events belong to the era.
    Era { id: String },
}

/// A practice round: its questions without answers and the seed that fixed their options' order
/// (sent back with each answer).
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Practice {
    pub seed: i64,
    pub scope: PracticeScope,
    /// The chapter's or era's title; none for every chapter.
    pub title: Option<String>,
    /// How many generated questions the scope has (a round asks up to ten of them).
    pub available: i64,
    pub questions: Vec<QuizQuestion>,
}

impl ContentDb {
    /// Generated question ids in a scope, chapters in reading order.
    fn generated_ids(&self, scope: &PracticeScope) -> Result<Vec<String>> {
        let (chapter, era) = match scope {
            PracticeScope::All => (None, None),
            PracticeScope::Chapter { id } => (Some(id.as_str()), None),
            PracticeScope::Era { id } => (None, Some(id.as_str())),
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT q.id FROM questions q JOIN chapters c ON c.id = q.chapter_id
             WHERE q.origin = 'generated' AND (?1 IS NULL OR q.chapter_id = ?1)
               AND (?2 IS NULL OR NOT EXISTS (SELECT 1 FROM question_refs r JOIN events e ON e.id = r.target_id
                                              WHERE r.question_id = q.id AND r.kind = 'event' AND e.era <> ?2))
             ORDER BY c.ord, q.ord",
        )?;
        collect(stmt.query_map(params![chapter, era], |r| r.get(0))?)
    }

    fn question_origin(&self, id: &str) -> Result<Option<QuestionOrigin>> {
        use rusqlite::OptionalExtension;
        let origin: Option<String> = self.conn.query_row("SELECT origin FROM questions WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        Ok(origin.and_then(|o| QuestionOrigin::parse(&o)))
    }

    fn era_title(&self, lang: Lang, id: &str) -> Result<String> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(&format!("SELECT title_{lang} FROM eras WHERE id = ?1"), [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::InvalidInput(format!("there is no era '{id}'")))
    }
}

impl Cronica {
    pub fn start_practice(&self, lang: Lang, scope: &PracticeScope) -> Result<Practice> {
        self.start_practice_seeded(lang, scope, fastrand::u64(..))
    }

    /// `seed` picks the questions and fixes the order of every option shown in this round.
    pub fn start_practice_seeded(&self, lang: Lang, scope: &PracticeScope, seed: u64) -> Result<Practice> {
        let content = self.content();
        let title = match scope {
            PracticeScope::All => None,
            PracticeScope::Chapter { id } => Some(content.chapter_title(lang, id)?),
            PracticeScope::Era { id } => Some(content.era_title(lang, id)?),
        };
        let seed = seed & SEED_MASK;
        let mut ids = content.generated_ids(scope)?;
        let available = ids.len() as i64;
        fastrand::Rng::with_seed(seed).shuffle(&mut ids);
        ids.truncate(PRACTICE_LENGTH);
        let names = DbNames { db: &content, lang };
        let questions = ids
            .iter()
            .map(|id| {
                let q = content.question(lang, id)?;
                Ok(QuizQuestion { body: question_body(&q.answer, &q.id, seed, lang, &names), id: q.id.into(), prompt: q.prompt })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Practice { seed: seed as i64, scope: scope.clone(), title, available, questions })
    }

    /// Grades one practice answer against the round's `seed` and explains it; nothing is stored.
    pub fn answer_practice(&self, lang: Lang, seed: i64, question_id: &str, response: &QuizResponse) -> Result<Feedback> {
        let content = self.content();
        match content.question_origin(question_id)? {
            Some(QuestionOrigin::Generated) => {}
            Some(QuestionOrigin::Authored) => {
                return Err(Error::InvalidInput(format!("question '{question_id}' is not a practice question")));
            }
            None => return Err(Error::not_found(ItemKind::Question, question_id)),
        }
        if seed < 0 || seed as u64 > SEED_MASK {
            return Err(Error::InvalidInput(format!("{seed} is not a practice round's seed")));
        }
        let question = content.question(lang, question_id)?;
        let correct = grade(&question.answer, question_id, seed as u64, response)?;
        super::feedback_for(&content, lang, &question, correct, seed as u64, Some(response))
    }
}
