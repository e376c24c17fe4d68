//! Writes checked content into a fresh SQLite database.

use std::path::Path;

use rusqlite::{Connection, Transaction, params};

use super::model::*;
use super::practice::GeneratedQuestion;
use crate::base::{AcceptedAnswers, CitationOwner, HistDate, ItemKind, Office, StoredAnswer, StoredPair, collate};
use crate::error::{Error, Result};

/// Bumped whenever `schema.sql` or `search_index.sql` changes; the app refuses a database of another version.
/// 2: the search index. 3: figures' display names, sort keys, headline roles, offices and eras. 4: generated
/// practice questions beside the bank (`questions.origin`, `generator`). 5: typed-answer questions
/// (`kind = 'typed'`, whose `answer` holds the accepted answers per language). 6: election results
/// (`elections`, `election_ballots`, `election_options`).
pub const CONTENT_SCHEMA_VERSION: i64 = 6;

/// Writes `content` to `out`, replacing it atomically (a half-written database never appears), and
/// returns the figures it recorded (counted once: generating practice questions is not free).
pub fn write_database(content: &Content, out: &Path) -> Result<super::Stats> {
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let tmp = out.with_extension("db.partial");
    if tmp.exists() {
        std::fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
    }
    let stats = {
        let mut conn = Connection::open(&tmp)?;
        // Pages the search index's merges free are given back at commit, so the file has no free
        // pages without a VACUUM (which would rewrite it whole). A half-written file is never
        // used, so SQLite need not sync as it goes: the file is synced once, before the rename.
        conn.execute_batch("PRAGMA auto_vacuum = FULL; PRAGMA synchronous = OFF;")?;
        write_all(content, &mut conn)?
    };
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, out).map_err(|e| Error::io(out, e))?;
    Ok(stats)
}

/// Creates the schema and inserts everything in one transaction.
pub fn write_into(content: &Content, conn: &mut Connection) -> Result<()> {
    write_all(content, conn).map(|_| ())
}

/// [`write_into`], returning the figures recorded in `meta`.
fn write_all(content: &Content, conn: &mut Connection) -> Result<super::Stats> {
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON;")?;
    let tx = conn.transaction()?;
    // Generating the practice questions and preparing the search documents read the content
    // only, so they run on other threads while this one writes the tables that need neither.
    let (generated, search_docs) = std::thread::scope(|scope| -> Result<_> {
        let generated = scope.spawn(|| super::practice::generate(content));
        let search_docs = scope.spawn(|| super::search_index::documents_to_index(content));
        tx.execute_batch(include_str!("schema.sql"))?;
        insert_eras(&tx, content)?;
        insert_sources(&tx, content)?;
        insert_figures(&tx, content)?;
        insert_terms(&tx, content)?;
        insert_events(&tx, content)?;
        insert_chapters(&tx, content)?;
        insert_questions(&tx, content)?;
        insert_perspectives(&tx, content)?;
        insert_elections(&tx, content)?;
        Ok((super::joined(generated), super::joined(search_docs)))
    })?;
    let stats = super::Stats::with_generated(content, &generated);
    insert_meta(&tx, content, &stats)?;
    insert_generated(&tx, &generated)?;
    super::search_index::write(&tx, &search_docs)?;
    tx.pragma_update(None, "user_version", CONTENT_SCHEMA_VERSION)?;
    tx.commit()?;
    conn.execute_batch("ANALYZE;")?;
    Ok(stats)
}

fn insert_meta(tx: &Transaction, content: &Content, stats: &super::Stats) -> Result<()> {
    let meta = content.meta.as_ref().ok_or_else(|| Error::InvalidInput("meta.toml is missing".into()))?;
    let mut stmt = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    for (key, value) in [
        ("as_of", meta.as_of.to_string()),
        ("title_es", meta.title.es.clone()),
        ("title_en", meta.title.en.clone()),
        ("description_es", meta.description.es.clone()),
        ("description_en", meta.description.en.clone()),
        // Which release compiled it, and what `cronica stats` reports of it when only the database is installed.
        ("app_version", env!("CARGO_PKG_VERSION").to_string()),
        ("stats", serde_json::to_string_pretty(stats).map_err(|e| Error::InvalidInput(e.to_string()))?),
    ] {
        stmt.execute(params![key, value])?;
    }
    Ok(())
}

fn insert_eras(tx: &Transaction, content: &Content) -> Result<()> {
    let mut stmt = tx.prepare("INSERT INTO eras (id, ord, start, end_date, title_es, title_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (i, era) in content.eras.iter().enumerate() {
        stmt.execute(params![era.id.value, i as i64, era.start.to_string(), era.end.map(|d| d.to_string()), era.title.es, era.title.en])?;
    }
    Ok(())
}

fn insert_sources(tx: &Transaction, content: &Content) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO sources (id, title, publisher, author, date, accessed, url, citation, kind, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for s in &content.sources {
        stmt.execute(params![
            s.id.value,
            s.title,
            s.publisher,
            s.author,
            s.date.map(|d| d.to_string()),
            s.accessed.map(|d| d.to_string()),
            s.url.as_ref().map(|u| &u.value),
            s.citation,
            s.kind.as_str(),
            s.language
        ])?;
    }
    Ok(())
}

fn cite(tx: &Transaction, kind: CitationOwner, owner: &str, sources: &[Id]) -> Result<()> {
    let mut stmt = tx.prepare_cached("INSERT INTO citations (owner_kind, owner_id, ord, source_id) VALUES (?1, ?2, ?3, ?4)")?;
    for (i, s) in sources.iter().enumerate() {
        stmt.execute(params![kind.as_str(), owner, i as i64, s.value])?;
    }
    Ok(())
}

fn insert_figures(tx: &Transaction, content: &Content) -> Result<()> {
    let mut figure = tx.prepare(
        "INSERT INTO figures (id, name, display_name, sort_key, sort_ord, born, died, bio_es, bio_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut role = tx.prepare(
        "INSERT INTO figure_roles (figure_id, ord, title_es, title_en, start, end_date, headline) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut office = tx.prepare("INSERT OR IGNORE INTO figure_offices (figure_id, office) VALUES (?1, ?2)")?;
    let mut era = tx.prepare("INSERT OR IGNORE INTO figure_eras (figure_id, era_id) VALUES (?1, ?2)")?;
    let mut order: Vec<&Figure> = content.figures.iter().collect();
    order.sort_by(|a, b| collate::compare_es(&a.sort_key.value, &b.sort_key.value).then_with(|| a.id.value.cmp(&b.id.value)));
    for (rank, f) in order.into_iter().enumerate() {
        let date = |d: &Option<super::reader::At<HistDate>>| d.as_ref().map(|d| d.value.to_string());
        figure.execute(params![
            f.id.value,
            f.name.value,
            f.display_name.value,
            f.sort_key.value,
            rank as i64,
            date(&f.born),
            date(&f.died),
            f.bio.es,
            f.bio.en
        ])?;
        for (i, r) in f.roles.iter().enumerate() {
            role.execute(params![f.id.value, i as i64, r.title.es, r.title.en, date(&r.start), date(&r.end), r.headline.is_some()])?;
            for o in Office::of_title(&r.title.es) {
                office.execute(params![f.id.value, o.as_str()])?;
            }
        }
        for e in figure_eras(f, content) {
            era.execute(params![f.id.value, e])?;
        }
        cite(tx, CitationOwner::Figure, &f.id.value, &f.sources)?;
    }
    Ok(())
}

/// The eras a figure belongs to: those its roles overlap (a role with no end lasts until the
/// figure died, or until the corpus's as-of date) and those of the events it takes part in.
fn figure_eras<'c>(f: &Figure, content: &'c Content) -> Vec<&'c str> {
    let open_end = f.died.as_ref().map(|d| d.value).or(content.meta.as_ref().map(|m| m.as_of));
    let spans: Vec<(i64, i64)> = f
        .roles
        .iter()
        .filter_map(|r| {
            let start = r.start.as_ref().or(r.end.as_ref())?.value.first_day();
            let end = r.end.as_ref().map(|d| d.value).or(open_end).map(|d| d.last_day()).unwrap_or(start);
            Some((start, end.max(start)))
        })
        .collect();
    let in_events: Vec<&str> = content
        .events
        .iter()
        .filter(|e| e.figures.iter().any(|x| x.value == f.id.value))
        .map(|e| e.era.value.as_str())
        .collect();
    content
        .eras
        .iter()
        .filter(|era| {
            let (era_start, era_end) = (era.start.first_day(), era.end.map(|d| d.last_day()).unwrap_or(i64::MAX));
            spans.iter().any(|&(start, end)| start <= era_end && end >= era_start) || in_events.contains(&era.id.value.as_str())
        })
        .map(|era| era.id.value.as_str())
        .collect()
}

fn insert_terms(tx: &Transaction, content: &Content) -> Result<()> {
    let mut stmt = tx.prepare("INSERT INTO terms (id, name_es, name_en, definition_es, definition_en) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for t in &content.terms {
        stmt.execute(params![t.id.value, t.name.es, t.name.en, t.definition.es, t.definition.en])?;
        cite(tx, CitationOwner::Term, &t.id.value, &t.sources)?;
    }
    Ok(())
}

fn insert_events(tx: &Transaction, content: &Content) -> Result<()> {
    let mut event = tx.prepare(
        "INSERT INTO events (id, date, end_date, sort_key, era, title_es, title_en, summary_es, summary_en, places, tags)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut figure = tx.prepare("INSERT OR IGNORE INTO event_figures (event_id, figure_id, ord) VALUES (?1, ?2, ?3)")?;
    for e in &content.events {
        event.execute(params![
            e.id.value,
            e.date.value.to_string(),
            e.end.as_ref().map(|d| d.value.to_string()),
            e.date.value.first_day(),
            e.era.value,
            e.title.es,
            e.title.en,
            e.summary.es,
            e.summary.en,
            serde_json::to_string(&e.places).map_err(|err| Error::Corrupt(err.to_string()))?,
            serde_json::to_string(&e.tags).map_err(|err| Error::Corrupt(err.to_string()))?,
        ])?;
        for (i, f) in e.figures.iter().enumerate() {
            figure.execute(params![e.id.value, f.value, i as i64])?;
        }
        cite(tx, CitationOwner::Event, &e.id.value, &e.sources)?;
    }
    Ok(())
}

fn insert_chapters(tx: &Transaction, content: &Content) -> Result<()> {
    let mut chapter = tx.prepare(
        "INSERT INTO chapters (id, ord, title_es, title_en, summary_es, summary_en, words_es, words_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut section =
        tx.prepare("INSERT INTO sections (chapter_id, id, ord, title_es, title_en, body_es, body_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    let mut link = tx.prepare("INSERT OR IGNORE INTO section_links (chapter_id, section_id, kind, target_id) VALUES (?1, ?2, ?3, ?4)")?;
    for ch in &content.chapters {
        let words_es: usize = ch.sections.iter().map(|s| s.body.words_es).sum();
        let words_en: usize = ch.sections.iter().map(|s| s.body.words_en).sum();
        chapter.execute(params![
            ch.id.value,
            ch.order.value,
            ch.title.es,
            ch.title.en,
            ch.summary.es,
            ch.summary.en,
            words_es as i64,
            words_en as i64
        ])?;
        for (i, s) in ch.sections.iter().enumerate() {
            let json = |p| serde_json::to_string(p).map_err(|err| Error::Corrupt(err.to_string()));
            section.execute(params![ch.id.value, s.id.value, i as i64, s.title.es, s.title.en, json(&s.body.es)?, json(&s.body.en)?])?;
            for l in &s.body.links {
                link.execute(params![ch.id.value, s.id.value, l.kind.as_str(), l.target.value])?;
            }
            cite(tx, CitationOwner::Section, &format!("{}/{}", ch.id.value, s.id.value), &s.sources)?;
        }
    }
    Ok(())
}

fn insert_questions(tx: &Transaction, content: &Content) -> Result<()> {
    let mut question = tx.prepare(
        "INSERT INTO questions (id, chapter_id, ord, kind, prompt_es, prompt_en, explanation_es, explanation_en, answer, origin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'authored')",
    )?;
    let mut reference = tx.prepare("INSERT OR IGNORE INTO question_refs (question_id, kind, target_id) VALUES (?1, ?2, ?3)")?;
    for (i, q) in content.questions.iter().enumerate() {
        let answer = stored_answer(&q.answer, &content.events);
        let answer = serde_json::to_string(&answer).map_err(|err| Error::Corrupt(err.to_string()))?;
        question.execute(params![
            q.id.value,
            q.chapter.value,
            i as i64,
            q.kind().as_str(),
            q.prompt.es,
            q.prompt.en,
            q.explanation.es,
            q.explanation.en,
            answer
        ])?;
        for (kind, ids) in [(ItemKind::Event, &q.events), (ItemKind::Figure, &q.figures), (ItemKind::Term, &q.terms)] {
            for id in ids {
                reference.execute(params![q.id.value, kind.as_str(), id.value])?;
            }
        }
        cite(tx, CitationOwner::Question, &q.id.value, &q.sources)?;
    }
    Ok(())
}

/// Generated practice questions, after the authored ones, with the events and figures they were
/// derived from and (inline, as JSON) those items' sources.
fn insert_generated(tx: &Transaction, generated: &[GeneratedQuestion]) -> Result<()> {
    let mut question = tx.prepare(
        "INSERT INTO questions (id, chapter_id, ord, kind, prompt_es, prompt_en, explanation_es, explanation_en, answer, origin, generator, sources)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'generated', ?10, ?11)",
    )?;
    let mut reference = tx.prepare("INSERT OR IGNORE INTO question_refs (question_id, kind, target_id) VALUES (?1, ?2, ?3)")?;
    for (i, q) in generated.iter().enumerate() {
        let answer = serde_json::to_string(&q.answer).map_err(|err| Error::Corrupt(err.to_string()))?;
        let sources = serde_json::to_string(&q.sources).map_err(|err| Error::Corrupt(err.to_string()))?;
        question.execute(params![
            q.id,
            q.chapter,
            i as i64,
            q.answer.kind().as_str(),
            q.prompt.es,
            q.prompt.en,
            q.explanation.es,
            q.explanation.en,
            answer,
            q.generator.as_str(),
            sources
        ])?;
        for (kind, ids) in [(ItemKind::Event, &q.events), (ItemKind::Figure, &q.figures)] {
            for id in ids {
                reference.execute(params![q.id, kind.as_str(), id])?;
            }
        }
    }
    Ok(())
}

fn insert_perspectives(tx: &Transaction, content: &Content) -> Result<()> {
    let mut perspective =
        tx.prepare("INSERT INTO perspectives (id, title_es, title_en, question_es, question_en) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    let mut view = tx.prepare(
        "INSERT INTO perspective_views (perspective_id, ord, holder_es, holder_en, text_es, text_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut link = tx.prepare("INSERT OR IGNORE INTO perspective_links (perspective_id, kind, target_id) VALUES (?1, ?2, ?3)")?;
    for p in &content.perspectives {
        perspective.execute(params![p.id.value, p.title.es, p.title.en, p.question.es, p.question.en])?;
        for (i, v) in p.views.iter().enumerate() {
            view.execute(params![p.id.value, i as i64, v.holder.es, v.holder.en, v.text.es, v.text.en])?;
            cite(tx, CitationOwner::View, &format!("{}/{i}", p.id.value), &v.sources)?;
        }
        for (kind, ids) in [(ItemKind::Chapter, &p.chapters), (ItemKind::Event, &p.events)] {
            for id in ids {
                link.execute(params![p.id.value, kind.as_str(), id.value])?;
            }
        }
    }
    Ok(())
}

fn insert_elections(tx: &Transaction, content: &Content) -> Result<()> {
    let mut election = tx.prepare(
        "INSERT INTO elections (id, event_id, kind, title_es, title_en, note_es, note_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut ballot = tx.prepare("INSERT INTO election_ballots (election_id, ord, title_es, title_en) VALUES (?1, ?2, ?3, ?4)")?;
    let mut option = tx.prepare(
        "INSERT INTO election_options (election_id, ballot_ord, ord, label_es, label_en, share, votes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for el in &content.elections {
        let (note_es, note_en) = el.note.as_ref().map(|n| (n.es.as_str(), n.en.as_str())).unzip();
        election.execute(params![el.id.value, el.event.value, el.kind.as_str(), el.title.es, el.title.en, note_es, note_en])?;
        for (b, bal) in el.ballots.iter().enumerate() {
            ballot.execute(params![el.id.value, b as i64, bal.title.es, bal.title.en])?;
            for (o, opt) in bal.options.iter().enumerate() {
                let votes = opt.votes.as_ref().map(|v| v.value);
                option.execute(params![el.id.value, b as i64, o as i64, opt.label.es, opt.label.en, opt.share.value, votes])?;
            }
        }
        cite(tx, CitationOwner::Election, &el.id.value, &el.sources)?;
    }
    Ok(())
}

/// The answer as the app grades it; order questions are sorted by their events' dates.
fn stored_answer(answer: &Answer, events: &[Event]) -> StoredAnswer {
    match answer {
        Answer::MultipleChoice { options, answer } => {
            StoredAnswer::MultipleChoice { options: options.clone(), answer: answer.value.max(0) as usize }
        }
        Answer::TrueFalse(answer) => StoredAnswer::TrueFalse { answer: *answer },
        Answer::Year(year) => StoredAnswer::Year { answer: year.value },
        Answer::Order(items) => {
            let date_of = |id: &str| events.iter().find(|e| e.id.value == id).map(|e| e.date.value.first_day()).unwrap_or(0);
            let mut items: Vec<String> = items.iter().map(|i| i.value.clone()).collect();
            items.sort_by_key(|id| date_of(id));
            StoredAnswer::Order { items }
        }
        Answer::Match(pairs) => StoredAnswer::Match {
            pairs: pairs.iter().map(|p| StoredPair { figure: p.figure.value.clone(), role: p.role.clone() }).collect(),
        },
        Answer::Typed(accepted) => {
            let texts = |list: &AcceptedList| list.texts.iter().map(|t| t.value.clone()).collect();
            StoredAnswer::Typed { accepted: AcceptedAnswers { es: texts(&accepted.es), en: texts(&accepted.en) } }
        }
    }
}
