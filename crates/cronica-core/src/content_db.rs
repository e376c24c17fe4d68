//! Read-only queries over the compiled content database, always in one language.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};

use crate::content::prose::Paragraph;
use crate::content::{Content, CONTENT_SCHEMA_VERSION};
use crate::date::HistDate;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::quiz::StoredAnswer;
use crate::views::*;

pub struct ContentDb {
    conn: Connection,
}

/// A chapter as listed, in one language.
pub(crate) struct ChapterRow {
    pub id: String,
    pub order: i64,
    pub title: String,
    pub summary: String,
    pub words: i64,
}

/// A question with its answer, in one language.
pub(crate) struct StoredQuestion {
    pub id: String,
    pub prompt: String,
    pub explanation: String,
    pub answer: StoredAnswer,
}

fn date(text: Option<String>) -> Option<HistDate> {
    text.and_then(|t| HistDate::parse(&t).ok())
}

fn required_date(text: String) -> rusqlite::Result<HistDate> {
    HistDate::parse(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into()))
}

impl ContentDb {
    /// Opens a compiled content database read-only and checks its schema version.
    pub fn open(path: &Path) -> Result<ContentDb> {
        if !path.exists() {
            return Err(Error::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "content database not found")));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        Self::from_connection(conn)
    }

    /// Compiles checked content into an in-memory database (tests and benchmarks).
    pub fn from_content(content: &Content) -> Result<ContentDb> {
        let mut conn = Connection::open_in_memory()?;
        crate::content::write_into(content, &mut conn)?;
        Self::from_connection(conn)
    }

    fn from_connection(conn: Connection) -> Result<ContentDb> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != CONTENT_SCHEMA_VERSION {
            return Err(Error::ContentSchema { found: version, expected: CONTENT_SCHEMA_VERSION });
        }
        Ok(ContentDb { conn })
    }

    fn meta_value(&self, key: &str) -> Result<String> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::Corrupt(format!("content database has no meta '{key}'")))
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

    pub(crate) fn counts(&self) -> Result<Counts> {
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

    pub(crate) fn eras(&self, lang: Lang) -> Result<Vec<Era>> {
        let mut stmt = self.conn.prepare(&format!("SELECT id, title_{lang}, start, end_date FROM eras ORDER BY ord"))?;
        let rows = stmt.query_map([], |r| Ok(Era { id: r.get(0)?, title: r.get(1)?, start: r.get(2)?, end: r.get(3)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Chapters in reading order.
    pub(crate) fn chapters(&self, lang: Lang) -> Result<Vec<ChapterRow>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, ord, title_{lang}, summary_{lang}, words_{lang} FROM chapters ORDER BY ord"))?;
        let rows = stmt.query_map([], |r| {
            Ok(ChapterRow { id: r.get(0)?, order: r.get(1)?, title: r.get(2)?, summary: r.get(3)?, words: r.get(4)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn chapter_title(&self, lang: Lang, id: &str) -> Result<String> {
        self.conn
            .query_row(&format!("SELECT title_{lang} FROM chapters WHERE id = ?1"), [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("chapter", id))
    }

    pub(crate) fn section_ids(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM sections WHERE chapter_id = ?1 ORDER BY ord")?;
        let rows = stmt.query_map([chapter_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn section_title(&self, lang: Lang, chapter_id: &str, section_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT title_{lang} FROM sections WHERE chapter_id = ?1 AND id = ?2"), [chapter_id, section_id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub(crate) fn question_count(&self, chapter_id: &str) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM questions WHERE chapter_id = ?1", [chapter_id], |r| r.get(0))?)
    }

    /// The chapter without learner progress, which the caller fills in.
    pub(crate) fn chapter(&self, lang: Lang, id: &str) -> Result<Chapter> {
        let (order, title, summary): (i64, String, String) = self
            .conn
            .query_row(&format!("SELECT ord, title_{lang}, summary_{lang} FROM chapters WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("chapter", id))?;
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, title_{lang}, body_{lang} FROM sections WHERE chapter_id = ?1 ORDER BY ord"))?;
        let raw: Vec<(String, String, String)> =
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut sections = Vec::with_capacity(raw.len());
        for (section_id, section_title, body) in raw {
            let paragraphs: Vec<Paragraph> =
                serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("section {id}/{section_id}: {e}")))?;
            let sources = self.sources_for("section", &format!("{id}/{section_id}"))?;
            sections.push(Section { id: section_id, title: section_title, paragraphs, sources });
        }
        let neighbour = |sql: &str| -> Result<Option<Ref>> {
            Ok(self
                .conn
                .query_row(&format!("SELECT id, title_{lang} FROM chapters {sql}"), [order], |r| {
                    Ok(Ref { id: r.get(0)?, title: r.get(1)? })
                })
                .optional()?)
        };
        Ok(Chapter {
            id: id.to_string(),
            order,
            title,
            summary,
            sections,
            perspectives: self.perspectives_for(lang, "chapter", id)?,
            previous: neighbour("WHERE ord < ?1 ORDER BY ord DESC LIMIT 1")?,
            next: neighbour("WHERE ord > ?1 ORDER BY ord ASC LIMIT 1")?,
            question_count: self.question_count(id)?,
            progress: ChapterProgress::default(),
        })
    }

    pub(crate) fn sources_for(&self, owner_kind: &str, owner_id: &str) -> Result<Vec<Source>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.title, s.publisher, s.author, s.date, s.accessed, s.url, s.citation, s.kind, s.language
             FROM citations c JOIN sources s ON s.id = c.source_id
             WHERE c.owner_kind = ?1 AND c.owner_id = ?2 ORDER BY c.ord",
        )?;
        let rows = stmt.query_map([owner_kind, owner_id], source_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn source(&self, id: &str) -> Result<Source> {
        self.conn
            .query_row(
                "SELECT id, title, publisher, author, date, accessed, url, citation, kind, language FROM sources WHERE id = ?1",
                [id],
                source_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("source", id))
    }

    fn perspectives_for(&self, lang: Lang, kind: &str, id: &str) -> Result<Vec<Ref>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT p.id, p.title_{lang} FROM perspective_links l JOIN perspectives p ON p.id = l.perspective_id
             WHERE l.kind = ?1 AND l.target_id = ?2 ORDER BY p.id"
        ))?;
        let rows = stmt.query_map([kind, id], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Chapters whose prose links to `kind:id`, in chapter order.
    fn chapters_mentioning(&self, lang: Lang, kind: &str, id: &str) -> Result<Vec<Ref>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT c.id, c.title_{lang}, c.ord FROM section_links l JOIN chapters c ON c.id = l.chapter_id
             WHERE l.kind = ?1 AND l.target_id = ?2 ORDER BY c.ord"
        ))?;
        let rows = stmt.query_map([kind, id], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn event_figures(&self, event_id: &str) -> Result<Vec<FigureRef>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.id, f.name FROM event_figures ef JOIN figures f ON f.id = ef.figure_id WHERE ef.event_id = ?1 ORDER BY ef.ord",
        )?;
        let rows = stmt.query_map([event_id], |r| Ok(FigureRef { id: r.get(0)?, name: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Figures of every event, in one query (the timeline lists hundreds of events).
    fn all_event_figures(&self) -> Result<HashMap<String, Vec<FigureRef>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT ef.event_id, f.id, f.name FROM event_figures ef JOIN figures f ON f.id = ef.figure_id ORDER BY ef.event_id, ef.ord",
        )?;
        let mut out: HashMap<String, Vec<FigureRef>> = HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, FigureRef { id: r.get(1)?, name: r.get(2)? })))? {
            let (event, figure) = row?;
            out.entry(event).or_default().push(figure);
        }
        Ok(out)
    }

    fn event_columns(lang: Lang) -> String {
        format!("e.id, e.date, e.end_date, e.era, e.title_{lang}, e.summary_{lang}")
    }

    fn event_summary(&self, r: &Row) -> rusqlite::Result<EventSummary> {
        let id: String = r.get(0)?;
        Ok(EventSummary {
            date: required_date(r.get(1)?)?,
            end: date(r.get(2)?),
            era: r.get(3)?,
            title: r.get(4)?,
            summary: r.get(5)?,
            figures: Vec::new(),
            id,
        })
    }

    fn with_figures(&self, mut events: Vec<EventSummary>) -> Result<Vec<EventSummary>> {
        let mut figures = self.all_event_figures()?;
        for e in &mut events {
            e.figures = figures.remove(&e.id).unwrap_or_default();
        }
        Ok(events)
    }

    /// Events in chronological order, optionally only one era's or one figure's.
    pub(crate) fn events(&self, lang: Lang, filter: &EventFilter) -> Result<Vec<EventSummary>> {
        let era = filter.era.as_deref().filter(|s| !s.is_empty());
        let figure = filter.figure.as_deref().filter(|s| !s.is_empty());
        if let Some(era) = era {
            self.conn
                .query_row("SELECT 1 FROM eras WHERE id = ?1", [era], |_| Ok(()))
                .optional()?
                .ok_or_else(|| Error::not_found("era", era))?;
        }
        if let Some(figure) = figure {
            self.figure_name(figure)?;
        }
        let sql = format!(
            "SELECT {} FROM events e
             WHERE (?1 IS NULL OR e.era = ?1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM event_figures ef WHERE ef.event_id = e.id AND ef.figure_id = ?2))
             ORDER BY e.sort_key, e.id",
            Self::event_columns(lang)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let events = stmt.query_map(params![era, figure], |r| self.event_summary(r))?.collect::<rusqlite::Result<Vec<_>>>()?;
        self.with_figures(events)
    }

    pub(crate) fn event(&self, lang: Lang, id: &str) -> Result<EventDetail> {
        let sql = format!("SELECT {}, e.places, e.tags FROM events e WHERE e.id = ?1", Self::event_columns(lang));
        let (summary, places, tags): (EventSummary, String, String) = self
            .conn
            .query_row(&sql, [id], |r| Ok((self.event_summary(r)?, r.get(6)?, r.get(7)?)))
            .optional()?
            .ok_or_else(|| Error::not_found("event", id))?;
        let list = |json: &str| serde_json::from_str::<Vec<String>>(json).map_err(|e| Error::Corrupt(format!("event {id}: {e}")));
        let summary = EventSummary { figures: self.event_figures(id)?, ..summary };
        let era_title: String =
            self.conn.query_row(&format!("SELECT title_{lang} FROM eras WHERE id = ?1"), [&summary.era], |r| r.get(0))?;
        Ok(EventDetail {
            era_title,
            places: list(&places)?,
            tags: list(&tags)?,
            sources: self.sources_for("event", id)?,
            chapters: self.chapters_mentioning(lang, "event", id)?,
            perspectives: self.perspectives_for(lang, "event", id)?,
            summary,
        })
    }

    pub(crate) fn event_title(&self, lang: Lang, id: &str) -> Result<String> {
        self.conn
            .query_row(&format!("SELECT title_{lang} FROM events WHERE id = ?1"), [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("event", id))
    }

    pub(crate) fn figure_name(&self, id: &str) -> Result<String> {
        self.conn
            .query_row("SELECT name FROM figures WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("figure", id))
    }

    /// Columns read by [`figure_summary`]: the headline is the figure's first role.
    fn figure_columns(lang: Lang) -> String {
        format!("f.id, f.name, f.born, f.died, (SELECT title_{lang} FROM figure_roles r WHERE r.figure_id = f.id ORDER BY r.ord LIMIT 1)")
    }

    pub(crate) fn figures(&self, lang: Lang) -> Result<Vec<FigureSummary>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT {} FROM figures f ORDER BY f.name COLLATE NOCASE, f.id", Self::figure_columns(lang)))?;
        let rows = stmt.query_map([], figure_summary)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn figure(&self, lang: Lang, id: &str) -> Result<FigureDetail> {
        let (summary, bio) = self
            .conn
            .query_row(&format!("SELECT {}, f.bio_{lang} FROM figures f WHERE f.id = ?1", Self::figure_columns(lang)), [id], |r| {
                Ok((figure_summary(r)?, r.get::<_, String>(5)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("figure", id))?;
        let mut stmt =
            self.conn.prepare(&format!("SELECT title_{lang}, start, end_date FROM figure_roles WHERE figure_id = ?1 ORDER BY ord"))?;
        let roles = stmt
            .query_map([id], |r| Ok(Role { title: r.get(0)?, start: date(r.get(1)?), end: date(r.get(2)?) }))?
            .collect::<rusqlite::Result<_>>()?;
        let filter = EventFilter { era: None, figure: Some(id.to_string()) };
        Ok(FigureDetail {
            summary,
            bio,
            roles,
            events: self.events(lang, &filter)?,
            chapters: self.chapters_mentioning(lang, "figure", id)?,
            sources: self.sources_for("figure", id)?,
        })
    }

    pub(crate) fn terms(&self, lang: Lang) -> Result<Vec<Term>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT id, name_{lang}, definition_{lang} FROM terms ORDER BY name_{lang} COLLATE NOCASE"))?;
        let raw: Vec<(String, String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        raw.into_iter().map(|(id, name, definition)| Ok(Term { sources: self.sources_for("term", &id)?, id, name, definition })).collect()
    }

    pub(crate) fn term(&self, lang: Lang, id: &str) -> Result<Term> {
        let (name, definition): (String, String) = self
            .conn
            .query_row(&format!("SELECT name_{lang}, definition_{lang} FROM terms WHERE id = ?1"), [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| Error::not_found("term", id))?;
        Ok(Term { id: id.to_string(), name, definition, sources: self.sources_for("term", id)? })
    }

    pub(crate) fn perspective(&self, lang: Lang, id: &str) -> Result<Perspective> {
        let (title, question): (String, String) = self
            .conn
            .query_row(&format!("SELECT title_{lang}, question_{lang} FROM perspectives WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("perspective", id))?;
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT ord, holder_{lang}, text_{lang} FROM perspective_views WHERE perspective_id = ?1 ORDER BY ord"))?;
        let raw: Vec<(i64, String, String)> =
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        let views = raw
            .into_iter()
            .map(|(ord, holder, text)| Ok(PerspectiveView { holder, text, sources: self.sources_for("view", &format!("{id}/{ord}"))? }))
            .collect::<Result<_>>()?;
        let linked = |kind: &str, table: &str| -> Result<Vec<Ref>> {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT t.id, t.title_{lang} FROM perspective_links l JOIN {table} t ON t.id = l.target_id
                 WHERE l.perspective_id = ?1 AND l.kind = ?2 ORDER BY t.rowid"
            ))?;
            let rows = stmt.query_map([id, kind], |r| Ok(Ref { id: r.get(0)?, title: r.get(1)? }))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(Perspective {
            id: id.to_string(),
            title,
            question,
            views,
            chapters: linked("chapter", "chapters")?,
            events: linked("event", "events")?,
        })
    }

    pub(crate) fn question_ids(&self, chapter_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM questions WHERE chapter_id = ?1 ORDER BY ord")?;
        let rows = stmt.query_map([chapter_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn question(&self, lang: Lang, id: &str) -> Result<StoredQuestion> {
        let (prompt, explanation, answer): (String, String, String) = self
            .conn
            .query_row(&format!("SELECT prompt_{lang}, explanation_{lang}, answer FROM questions WHERE id = ?1"), [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("question", id))?;
        let answer = serde_json::from_str(&answer).map_err(|e| Error::Corrupt(format!("question {id}: {e}")))?;
        Ok(StoredQuestion { id: id.to_string(), prompt, explanation, answer })
    }
}

fn figure_summary(r: &Row) -> rusqlite::Result<FigureSummary> {
    Ok(FigureSummary { id: r.get(0)?, name: r.get(1)?, born: date(r.get(2)?), died: date(r.get(3)?), headline: r.get(4)? })
}

fn source_from_row(r: &Row) -> rusqlite::Result<Source> {
    Ok(Source {
        id: r.get(0)?,
        title: r.get(1)?,
        publisher: r.get(2)?,
        author: r.get(3)?,
        date: date(r.get(4)?),
        accessed: r.get(5)?,
        url: r.get(6)?,
        citation: r.get(7)?,
        kind: r.get(8)?,
        language: r.get(9)?,
    })
}

/// Names for quiz display, looked up in one language; a missing id shows as the id itself.
pub(crate) struct DbNames<'a> {
    pub db: &'a ContentDb,
    pub lang: Lang,
}

impl crate::quiz::Names for DbNames<'_> {
    fn event_title(&self, id: &str) -> String {
        self.db.event_title(self.lang, id).unwrap_or_else(|_| id.to_string())
    }

    fn figure_name(&self, id: &str) -> String {
        self.db.figure_name(id).unwrap_or_else(|_| id.to_string())
    }
}
