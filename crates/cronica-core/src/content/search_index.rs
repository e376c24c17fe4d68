//! The search index, written with the rest of the content database so the app never builds it:
//! every chapter and section, event, figure, term, perspective, question and cited source, one
//! document per language, in SQLite FTS5 tables (schema and ranking in `search_index.sql`).

use std::collections::HashMap;

use rusqlite::{Transaction, params};

use super::model::*;
use super::prose::{Inline, Paragraph};
use crate::base::search::{apostrophe_halves, join_apostrophes};
use crate::base::{Lang, SearchKind, TargetScreen};
use crate::error::Result;

/// Where a search result opens: a screen, an id and, for a chapter, a section.
#[derive(Clone, Copy)]
struct Opens<'c> {
    screen: TargetScreen,
    id: &'c str,
    section: Option<&'c str>,
}

/// One searchable text in one language.
struct Doc<'c> {
    kind: SearchKind,
    item_id: &'c str,
    section_id: Option<&'c str>,
    /// What the result shows beside its title: a section's chapter, a figure's first office…
    context: String,
    date: Option<String>,
    opens: Opens<'c>,
    title: String,
    body: String,
    /// Searched, never shown (an event's places).
    unseen: String,
}

/// One document as the index stores it, prepared apart from the database: the compiler builds
/// these on another thread while it writes the other tables.
pub(crate) struct IndexedDoc<'c> {
    id: i64,
    doc: Doc<'c>,
    /// The languages whose index finds it (a source is found from both).
    langs: &'static [Lang],
    /// The text as indexed: apostrophes inside words removed (see `base::search`); `doc` keeps it
    /// as written.
    title: String,
    body: String,
    alt: String,
}

/// Every searchable text of `content`, in the order of its rowids.
pub(crate) fn documents_to_index(content: &Content) -> Vec<IndexedDoc<'_>> {
    let mut all: Vec<(Doc, &'static [Lang])> = Vec::new();
    for langs in Lang::ALL.chunks(1) {
        all.extend(documents(content, langs[0]).into_iter().map(|doc| (doc, langs)));
    }
    // A source is written in one language; it is found from both.
    all.extend(source_documents(content).into_iter().map(|doc| (doc, &Lang::ALL[..])));
    // Within a kind, rowids follow title length (then text length): where a search matches more
    // documents than are worth ranking one by one, the first rowids of each kind are the best
    // guess, as they would be for BM25 on titles (see `search::ranking`).
    all.sort_by_key(|(doc, _)| (doc.kind.code(), doc.title.chars().count(), doc.body.len()));
    all.into_iter().zip(1..).map(|((doc, langs), n)| IndexedDoc::new(doc, langs, n)).collect()
}

impl<'c> IndexedDoc<'c> {
    fn new(doc: Doc<'c>, langs: &'static [Lang], n: i64) -> IndexedDoc<'c> {
        let (title, body) = (join_apostrophes(&doc.title).into_owned(), join_apostrophes(&doc.body).into_owned());
        let halves = [&doc.title, &doc.body, &doc.unseen].map(|text| apostrophe_halves(text));
        let alt = format!("{} {}", join_apostrophes(&doc.unseen), halves.join(" ")).trim().to_string();
        IndexedDoc {
            id: (doc.kind.code() << 32) | n,
            doc,
            langs,
            title,
            body,
            alt,
        }
    }
}

/// Creates the search tables and writes `docs` into them.
pub(crate) fn write(tx: &Transaction, docs: &[IndexedDoc]) -> Result<()> {
    tx.execute_batch(include_str!("search_index.sql"))?;
    let mut stored = tx.prepare(
        "INSERT INTO search_docs (id, item_id, section_id, context, date, opens_screen, opens_id, opens_section,
           title, body, alt, shown_title, shown_body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    // The text as written is stored beside the indexed text only where the two differ.
    fn shown<'t>(written: &'t str, indexed: &str) -> Option<&'t str> {
        (written != indexed).then_some(written)
    }
    for d in docs {
        let doc = &d.doc;
        stored.execute(params![
            d.id,
            doc.item_id,
            doc.section_id,
            doc.context,
            doc.date,
            doc.opens.screen.as_str(),
            doc.opens.id,
            doc.opens.section,
            d.title,
            d.body,
            d.alt,
            shown(&doc.title, &d.title),
            shown(&doc.body, &d.body)
        ])?;
        for lang in d.langs {
            tx.prepare_cached(&format!("INSERT INTO search_{lang} (rowid, title, body, alt) VALUES (?1, ?2, ?3, ?4)"))?
                .execute(params![d.id, d.title, d.body, d.alt])?;
            tx.prepare_cached(&format!("INSERT INTO search_titles_{lang} (rowid, title) VALUES (?1, ?2)"))?.execute(params![d.id, d.title])?;
            if has_title_suggestions(doc.kind) {
                tx.prepare_cached(&format!("INSERT INTO trigrams_{lang} (rowid, title) VALUES (?1, ?2)"))?.execute(params![d.id, d.title])?;
            }
        }
    }
    for table in ["search_es", "search_en", "search_titles_es", "search_titles_en", "trigrams_es", "trigrams_en"] {
        tx.execute(&format!("INSERT INTO {table} ({table}) VALUES ('optimize')"), [])?;
    }
    Ok(())
}

/// Whether a search that finds nothing may offer this kind's titles (a question's prompt or a
/// source's title is no place to go to).
fn has_title_suggestions(kind: SearchKind) -> bool {
    !matches!(kind, SearchKind::Question | SearchKind::Source)
}

fn plain_text(paragraphs: &[Paragraph]) -> String {
    let paragraph = |p: &Paragraph| {
        p.inlines
            .iter()
            .map(|inline| match inline {
                Inline::Text { text } | Inline::Emphasis { text } | Inline::Link { text, .. } => text.as_str(),
            })
            .collect::<String>()
    };
    paragraphs.iter().map(paragraph).collect::<Vec<_>>().join("\n")
}

fn documents(content: &Content, lang: Lang) -> Vec<Doc<'_>> {
    let mut docs = Vec::new();
    let doc = |kind, item_id, opens, title: &str, body: String| Doc {
        kind,
        item_id,
        section_id: None,
        context: String::new(),
        date: None,
        opens,
        title: title.to_string(),
        body,
        unseen: String::new(),
    };
    let opens = |screen, id| Opens { screen, id, section: None };
    for ch in &content.chapters {
        let id = ch.id.value.as_str();
        docs.push(doc(SearchKind::Chapter, id, opens(TargetScreen::Chapter, id), ch.title.get(lang), ch.summary.get(lang).to_string()));
        for s in &ch.sections {
            let section = Some(s.id.value.as_str());
            let body = plain_text(match lang {
                Lang::Es => &s.body.es,
                Lang::En => &s.body.en,
            });
            docs.push(Doc {
                section_id: section,
                context: ch.title.get(lang).to_string(),
                ..doc(SearchKind::Chapter, id, Opens { screen: TargetScreen::Chapter, id, section }, s.title.get(lang), body)
            });
        }
    }
    for e in &content.events {
        let id = e.id.value.as_str();
        docs.push(Doc {
            date: Some(e.date.value.to_string()),
            unseen: e.places.join(" "),
            ..doc(SearchKind::Event, id, opens(TargetScreen::Event, id), e.title.get(lang), e.summary.get(lang).to_string())
        });
    }
    for f in &content.figures {
        let id = f.id.value.as_str();
        let roles: Vec<&str> = f.roles.iter().map(|r| r.title.get(lang)).collect();
        let body = [f.bio.get(lang).to_string(), roles.join(". ")].join("\n");
        docs.push(Doc {
            context: f.roles.iter().find(|r| r.headline.is_some()).or(f.roles.first()).map(|r| r.title.get(lang).to_string()).unwrap_or_default(),
            ..doc(SearchKind::Figure, id, opens(TargetScreen::Figure, id), &f.name.value, body)
        });
    }
    for t in &content.terms {
        let id = t.id.value.as_str();
        docs.push(doc(SearchKind::Term, id, opens(TargetScreen::Term, id), t.name.get(lang), t.definition.get(lang).to_string()));
    }
    for p in &content.perspectives {
        let id = p.id.value.as_str();
        let views = p.views.iter().map(|v| format!("{}: {}", v.holder.get(lang), v.text.get(lang)));
        let body = std::iter::once(p.question.get(lang).to_string()).chain(views).collect::<Vec<_>>().join("\n");
        docs.push(doc(SearchKind::Perspective, id, opens(TargetScreen::Perspective, id), p.title.get(lang), body));
    }
    let chapter_titles: HashMap<&str, &str> = content.chapters.iter().map(|c| (c.id.value.as_str(), c.title.get(lang))).collect();
    for q in &content.questions {
        let chapter = q.chapter.value.as_str();
        // The prompt and the choices only: the explanation (or a typed question's accepted
        // answers) would give the answer away.
        let body = match &q.answer {
            Answer::MultipleChoice { options, .. } => options.iter().map(|o| o.get(lang)).collect::<Vec<_>>().join(" · "),
            _ => String::new(),
        };
        docs.push(Doc {
            context: chapter_titles.get(chapter).map(|t| t.to_string()).unwrap_or_default(),
            ..doc(SearchKind::Question, &q.id.value, opens(TargetScreen::Quiz, chapter), q.prompt.get(lang), body)
        });
    }
    docs
}

/// Sources that something cites, each opening where it is first cited (a section before an
/// event, a figure, a term, a perspective or a question). An uncited source has nowhere to open.
fn source_documents<'c>(content: &'c Content) -> Vec<Doc<'c>> {
    let mut first_cited: HashMap<&str, Opens> = HashMap::new();
    let mut cite = |sources: &'c [Id], opens: Opens<'c>| {
        for s in sources {
            first_cited.entry(s.value.as_str()).or_insert(opens);
        }
    };
    for ch in &content.chapters {
        for s in &ch.sections {
            cite(&s.sources, Opens { screen: TargetScreen::Chapter, id: &ch.id.value, section: Some(&s.id.value) });
        }
    }
    for e in &content.events {
        cite(&e.sources, Opens { screen: TargetScreen::Event, id: &e.id.value, section: None });
    }
    for f in &content.figures {
        cite(&f.sources, Opens { screen: TargetScreen::Figure, id: &f.id.value, section: None });
    }
    for t in &content.terms {
        cite(&t.sources, Opens { screen: TargetScreen::Term, id: &t.id.value, section: None });
    }
    for p in &content.perspectives {
        for v in &p.views {
            cite(&v.sources, Opens { screen: TargetScreen::Perspective, id: &p.id.value, section: None });
        }
    }
    for q in &content.questions {
        cite(&q.sources, Opens { screen: TargetScreen::Quiz, id: &q.chapter.value, section: None });
    }
    content
        .sources
        .iter()
        .filter_map(|s| {
            let opens = *first_cited.get(s.id.value.as_str())?;
            let body = [Some(s.publisher.as_str()), s.author.as_deref(), s.citation.as_deref()].into_iter().flatten().collect::<Vec<_>>();
            Some(Doc {
                kind: SearchKind::Source,
                item_id: &s.id.value,
                section_id: None,
                context: s.publisher.clone(),
                date: s.date.map(|d| d.to_string()),
                opens,
                title: s.title.clone(),
                body: body.join("\n"),
                unseen: String::new(),
            })
        })
        .collect()
}
