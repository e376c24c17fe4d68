//! Chapters: the narrative in sections, and which sections the learner has read.

mod queries;
mod reads;

use serde::Serialize;
use ts_rs::TS;

use crate::app::Cronica;
use crate::base::{ChapterId, Lang, Ref, SectionId, Timestamp};
use crate::content::prose::Paragraph;
use crate::error::{Error, NotFoundKind, Result};
use crate::sources::Source;
use crate::storage::{ContentDb, Reader};

#[derive(Debug, Clone, Serialize, PartialEq, Default, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChapterProgress {
    pub sections_read: i64,
    pub sections_total: i64,
    pub last_section_id: Option<String>,
    /// Which sections are read, in chapter order.
    pub read_section_ids: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizScore {
    pub correct: i64,
    pub total: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChapterSummary {
    pub id: ChapterId,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub word_count: i64,
    pub question_count: i64,
    pub progress: ChapterProgress,
    pub best_score: Option<QuizScore>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub id: SectionId,
    pub title: String,
    pub paragraphs: Vec<Paragraph>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[serde(rename_all = "camelCase")]
pub struct Chapter {
    pub id: ChapterId,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub perspectives: Vec<Ref>,
    pub previous: Option<Ref>,
    pub next: Option<Ref>,
    pub question_count: i64,
    pub progress: ChapterProgress,
}

impl Cronica {
    pub fn list_chapters(&self, lang: Lang) -> Result<Vec<ChapterSummary>> {
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let best = reader.best_scores()?;
        content
            .chapters(lang)?
            .into_iter()
            .map(|row| {
                Ok(ChapterSummary {
                    progress: progress(&content, &reader, &row.id)?,
                    question_count: content.question_count(&row.id)?,
                    best_score: best.get(&row.id).map(|&(correct, total)| QuizScore { correct, total }),
                    id: row.id.into(),
                    order: row.order,
                    title: row.title,
                    summary: row.summary,
                    word_count: row.words,
                })
            })
            .collect()
    }

    pub fn get_chapter(&self, lang: Lang, id: &str) -> Result<Chapter> {
        let content = self.content();
        let mut chapter = content.chapter(lang, id)?;
        chapter.progress = progress(&content, &self.user().read(), id)?;
        Ok(chapter)
    }

    pub fn mark_section_read(&self, chapter_id: &str, section_id: &str) -> Result<ChapterProgress> {
        let content = self.content();
        if content.section_title(Lang::Es, chapter_id, section_id)?.is_none() {
            content.chapter_title(Lang::Es, chapter_id)?;
            return Err(Error::NotFound { kind: NotFoundKind::Section, id: format!("{chapter_id}/{section_id}") });
        }
        self.user().transact(|w| {
            w.mark_section_read(chapter_id, section_id, Timestamp::now())?;
            progress(&content, w, chapter_id)
        })
    }
}

/// Progress counts only sections that still exist in the current content.
pub(crate) fn progress(content: &ContentDb, user: &Reader, chapter_id: &str) -> Result<ChapterProgress> {
    let sections = content.section_ids(chapter_id)?;
    let reads = user.reads_in_chapter(chapter_id)?;
    let last = reads.iter().find(|s| sections.contains(s)).cloned();
    let read_section_ids: Vec<String> = sections.iter().filter(|s| reads.contains(s)).cloned().collect();
    Ok(ChapterProgress {
        sections_read: read_section_ids.len() as i64,
        sections_total: sections.len() as i64,
        last_section_id: last,
        read_section_ids,
    })
}

/// After the section last read, the next one not yet read (if any) is where to continue.
pub(crate) fn next_unread_section(content: &ContentDb, user: &Reader, chapter_id: &str, last: &str) -> Result<Option<String>> {
    let sections = content.section_ids(chapter_id)?;
    let read = user.reads_in_chapter(chapter_id)?;
    let after = sections.iter().skip_while(|s| s.as_str() != last).skip(1);
    Ok(after.into_iter().find(|s| !read.contains(s)).cloned())
}
