//! The question bank as a teacher browses it: filtered by chapter, era, figure, event, kind and
//! text, each question with its answer, explanation and sources.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, Lang, QuestionId, QuestionKind, QuestionOrigin};
use crate::error::{Error, Result};
use crate::quiz::{CorrectAnswer, QuestionBody, correct_answer, question_body};
use crate::sources::Source;
use crate::storage::ContentDb;
use crate::storage::content::collect;

/// Which bank questions to list; empty fields mean "all".
#[derive(Debug, Clone, Default, Deserialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct BankFilter {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub chapter: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub era: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub figure: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub event: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<QuestionKind>,
    /// Words that must all appear in the prompt (accents and case ignored).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub text: Option<String>,
    /// The authored bank when absent; `generated` lists the practice questions derived from the data.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub origin: Option<QuestionOrigin>,
}

/// A bank question with everything a teacher needs to judge it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct BankQuestion {
    pub id: QuestionId,
    pub chapter_id: ChapterId,
    pub chapter_title: String,
    pub kind: QuestionKind,
    /// Written for the bank, or generated from the data (whose explanation names what it came from).
    pub origin: QuestionOrigin,
    pub prompt: String,
    /// As a learner sees it, in the written order (the teacher's view; players get their own order).
    pub body: QuestionBody,
    pub answer: CorrectAnswer,
    pub explanation: String,
    pub sources: Vec<Source>,
}

/// Lower-cased and without accents, so "pinera" finds "Piñera".
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            'ñ' | 'Ñ' => 'n',
            other => other.to_lowercase().next().unwrap_or(other),
        })
        .collect()
}

/// Longest text filter accepted; a longer one is an input error, not a slow query.
const MAX_FILTER_TEXT: usize = 200;

impl ContentDb {
    /// Ids of bank questions matching the structural filters, in bank order.
    fn bank_ids(&self, filter: &BankFilter) -> Result<Vec<String>> {
        let sql = "SELECT q.id FROM questions q JOIN chapters c ON c.id = q.chapter_id
             WHERE (?1 IS NULL OR q.chapter_id = ?1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM question_refs r JOIN events e ON e.id = r.target_id
                                          WHERE r.question_id = q.id AND r.kind = 'event' AND e.era = ?2))
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM question_refs r WHERE r.question_id = q.id AND r.kind = 'figure' AND r.target_id = ?3))
               AND (?4 IS NULL OR EXISTS (SELECT 1 FROM question_refs r WHERE r.question_id = q.id AND r.kind = 'event' AND r.target_id = ?4))
               AND (?5 IS NULL OR q.kind = ?5)
               AND q.origin = ?6
             ORDER BY c.ord, q.ord";
        let mut stmt = self.conn.prepare_cached(sql)?;
        let kind = filter.kind.map(QuestionKind::as_str);
        let origin = filter.origin.unwrap_or(QuestionOrigin::Authored).as_str();
        collect(stmt.query_map(params![filter.chapter, filter.era, filter.figure, filter.event, kind, origin], |r| r.get(0))?)
    }

    pub(crate) fn bank_question(&self, lang: Lang, id: &str) -> Result<BankQuestion> {
        self.bank_question_shown(lang, id, 0)
    }

    /// The question with its options in the order `seed` fixes (a game's or an attempt's).
    pub(crate) fn bank_question_shown(&self, lang: Lang, id: &str, seed: u64) -> Result<BankQuestion> {
        let q = self.question(lang, id)?;
        let (chapter_id, kind, origin): (String, String, String) = self
            .conn
            .query_row("SELECT chapter_id, kind, origin FROM questions WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let kind = QuestionKind::parse(&kind).ok_or_else(|| Error::Corrupt(format!("question {id} has kind '{kind}'")))?;
        let origin = QuestionOrigin::parse(&origin).ok_or_else(|| Error::Corrupt(format!("question {id} has origin '{origin}'")))?;
        let names = crate::quiz::DbNames { db: self, lang };
        Ok(BankQuestion {
            chapter_title: self.chapter_title(lang, &chapter_id)?,
            chapter_id: chapter_id.into(),
            kind,
            origin,
            body: question_body(&q.answer, id, seed, lang, &names),
            answer: correct_answer(&q.answer, lang, &names),
            sources: self.question_sources(id)?,
            explanation: q.explanation,
            prompt: q.prompt,
            id: q.id.into(),
        })
    }
}

impl Cronica {
    pub fn browse_bank(&self, lang: Lang, filter: &BankFilter) -> Result<Vec<BankQuestion>> {
        let words: Vec<String> = match filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(text) if text.chars().count() > MAX_FILTER_TEXT => {
                return Err(Error::InvalidInput(format!("the search text is longer than {MAX_FILTER_TEXT} characters")));
            }
            Some(text) => fold(text).split_whitespace().map(str::to_string).collect(),
            None => Vec::new(),
        };
        let content = self.content();
        let mut out = Vec::new();
        for id in content.bank_ids(filter)? {
            let question = content.bank_question(lang, &id)?;
            let prompt = fold(&question.prompt);
            if words.iter().all(|w| prompt.contains(w.as_str())) {
                out.push(question);
            }
        }
        Ok(out)
    }
}

impl ContentDb {
    pub(crate) fn question_exists(&self, id: &str) -> Result<bool> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM questions WHERE id = ?1)", [id], |r| r.get(0))?)
    }
}

impl Cronica {
    /// A chapter's bank questions for one live game: options in the order `seed` fixes, so each
    /// game shows its own order (the right answer is in the shape, for the game server only).
    pub fn game_questions(&self, lang: Lang, chapter_id: &str, seed: u64) -> Result<Vec<BankQuestion>> {
        let content = self.content();
        content.chapter_title(lang, chapter_id)?;
        let filter = BankFilter { chapter: Some(chapter_id.to_string()), ..BankFilter::default() };
        content.bank_ids(&filter)?.iter().map(|id| content.bank_question_shown(lang, id, seed)).collect()
    }
}
