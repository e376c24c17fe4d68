//! The home screen: what the corpus covers, where to continue reading, the last quiz.

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{HistDate, Lang};
use crate::chapters::next_unread_section;
use crate::error::{Error, Result};
use crate::events::Era;
use crate::quiz::QuizResult;
use crate::storage::ContentDb;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub chapters: i64,
    pub events: i64,
    pub figures: i64,
    pub terms: i64,
    pub questions: i64,
    pub sources: i64,
    pub perspectives: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContinueReading {
    pub chapter_id: String,
    pub chapter_title: String,
    pub section_id: String,
    pub section_title: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    pub title: String,
    pub description: String,
    pub as_of: String,
    pub counts: Counts,
    pub eras: Vec<Era>,
    pub continue_reading: Option<ContinueReading>,
    pub last_quiz: Option<QuizResult>,
}

impl ContentDb {
    fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<i64> { Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?) };
        Ok(Counts {
            chapters: count("chapters")?,
            events: count("events")?,
            figures: count("figures")?,
            terms: count("terms")?,
            questions: count("questions")?,
            sources: count("sources")?,
            perspectives: count("perspectives")?,
        })
    }

    pub(crate) fn title(&self, lang: Lang) -> Result<String> {
        self.meta_value(&format!("title_{lang}"))
    }

    pub(crate) fn description(&self, lang: Lang) -> Result<String> {
        self.meta_value(&format!("description_{lang}"))
    }

    pub(crate) fn as_of(&self) -> Result<String> {
        self.meta_value("as_of")
    }

    /// The date the content runs to, as a date.
    pub(crate) fn as_of_date(&self) -> Result<HistDate> {
        HistDate::parse(&self.as_of()?).map_err(Error::Corrupt)
    }
}

impl Cronica {
    pub fn home(&self, lang: Lang) -> Result<Home> {
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let mut continue_reading = None;
        for (chapter_id, section_id) in reader.recent_reads(20)? {
            // Content updates may remove a section; skip what no longer exists.
            let Some(section_title) = content.section_title(lang, &chapter_id, &section_id)? else { continue };
            let (section_id, section_title) = match next_unread_section(&content, &reader, &chapter_id, &section_id)? {
                Some(next) => {
                    let title = content.section_title(lang, &chapter_id, &next)?.unwrap_or(section_title);
                    (next, title)
                }
                None => (section_id, section_title),
            };
            continue_reading =
                Some(ContinueReading { chapter_title: content.chapter_title(lang, &chapter_id)?, chapter_id, section_id, section_title });
            break;
        }
        let last_quiz = match reader.last_finished_attempt()? {
            Some(attempt) => crate::quiz::session_result(&content, lang, &attempt, &reader.attempt_answers(attempt.id)?).ok(),
            None => None,
        };
        Ok(Home {
            title: content.title(lang)?,
            description: content.description(lang)?,
            as_of: content.as_of()?,
            counts: content.counts()?,
            eras: content.eras(lang)?,
            continue_reading,
            last_quiz,
        })
    }
}
