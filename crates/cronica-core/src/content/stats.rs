//! The figures `cronica stats` reports: counts, words, links and the bank's resistance to guessing.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::Content;
use super::practice::{GeneratedQuestion, Generator};
use crate::base::{ItemKind, Lang};

/// Counts reported by `cronica stats --json`.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub as_of: Option<String>,
    pub counts: Counts,
    pub questions_by_kind: BTreeMap<String, usize>,
    pub languages: BTreeMap<String, LanguageStats>,
    pub chapters: Vec<ChapterStats>,
    pub events_by_era: BTreeMap<String, usize>,
    /// How the bank resists test-wiseness, per language (see `bank_lint`).
    pub bank: BTreeMap<String, super::bank_lint::BankFigures>,
    /// Practice questions the compiler derives from the data, counted apart from the authored bank.
    pub generated: GeneratedStats,
}

/// How many practice questions each generator made.
#[derive(Debug, Clone, Serialize)]
pub struct GeneratedStats {
    pub total: usize,
    /// By generator: `first`, `office`, `year`.
    pub by_generator: BTreeMap<String, usize>,
    pub by_chapter: BTreeMap<String, usize>,
}

impl GeneratedStats {
    fn of(generated: &[GeneratedQuestion]) -> GeneratedStats {
        let mut by_generator: BTreeMap<String, usize> = Generator::ALL.iter().map(|g| (g.as_str().to_string(), 0)).collect();
        let mut by_chapter = BTreeMap::new();
        for q in generated {
            *by_generator.entry(q.generator.as_str().to_string()).or_insert(0) += 1;
            *by_chapter.entry(q.chapter.clone()).or_insert(0) += 1;
        }
        GeneratedStats { total: generated.len(), by_generator, by_chapter }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub chapters: usize,
    pub sections: usize,
    pub events: usize,
    pub figures: usize,
    pub glossary: usize,
    pub questions: usize,
    pub sources: usize,
    pub perspectives: usize,
    pub perspective_views: usize,
}

/// What is written in one language. Every item must exist in both, so the counts match unless
/// the content is broken; words are what differ.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageStats {
    pub chapters: usize,
    pub events: usize,
    pub figures: usize,
    pub glossary: usize,
    pub questions: usize,
    pub perspectives: usize,
    pub chapter_words: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterStats {
    pub id: String,
    pub order: i64,
    pub sections: usize,
    pub words: BTreeMap<String, usize>,
    pub linked_events: usize,
    pub linked_figures: usize,
    pub linked_terms: usize,
    pub questions: usize,
    pub sources: usize,
}

impl Stats {
    pub fn of(c: &Content) -> Stats {
        Stats::with_generated(c, &super::practice::generate(c))
    }

    /// The figures of `c`, given the practice questions already generated from it.
    pub fn with_generated(c: &Content, generated: &[GeneratedQuestion]) -> Stats {
        let mut questions_by_kind = BTreeMap::new();
        for q in &c.questions {
            *questions_by_kind.entry(q.kind().as_str().to_string()).or_insert(0) += 1;
        }
        let mut events_by_era = BTreeMap::new();
        for e in &c.events {
            *events_by_era.entry(e.era.value.clone()).or_insert(0) += 1;
        }
        let languages = Lang::ALL
            .iter()
            .map(|&lang| {
                let present = |t: &crate::Localized| !t.get(lang).trim().is_empty();
                let words = c
                    .chapters
                    .iter()
                    .flat_map(|ch| &ch.sections)
                    .map(|s| if lang == Lang::Es { s.body.words_es } else { s.body.words_en })
                    .sum();
                let stats = LanguageStats {
                    chapters: c.chapters.iter().filter(|x| present(&x.title)).count(),
                    events: c.events.iter().filter(|x| present(&x.title) && present(&x.summary)).count(),
                    figures: c.figures.iter().filter(|x| present(&x.bio)).count(),
                    glossary: c.terms.iter().filter(|x| present(&x.name) && present(&x.definition)).count(),
                    questions: c.questions.iter().filter(|x| present(&x.prompt) && present(&x.explanation)).count(),
                    perspectives: c.perspectives.iter().filter(|x| present(&x.title)).count(),
                    chapter_words: words,
                };
                (lang.code().to_string(), stats)
            })
            .collect();
        let mut chapters: Vec<ChapterStats> = c
            .chapters
            .iter()
            .map(|ch| {
                let links = |kind: ItemKind| {
                    let mut ids: Vec<&str> = ch
                        .sections
                        .iter()
                        .flat_map(|s| &s.body.links)
                        .filter(|l| l.kind == kind)
                        .map(|l| l.target.value.as_str())
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    ids.len()
                };
                let mut sources: Vec<&str> = ch.sections.iter().flat_map(|s| &s.sources).map(|s| s.value.as_str()).collect();
                sources.sort_unstable();
                sources.dedup();
                ChapterStats {
                    id: ch.id.value.clone(),
                    order: ch.order.value,
                    sections: ch.sections.len(),
                    words: BTreeMap::from([
                        ("es".to_string(), ch.sections.iter().map(|s| s.body.words_es).sum()),
                        ("en".to_string(), ch.sections.iter().map(|s| s.body.words_en).sum()),
                    ]),
                    linked_events: links(ItemKind::Event),
                    linked_figures: links(ItemKind::Figure),
                    linked_terms: links(ItemKind::Term),
                    questions: c.questions.iter().filter(|q| q.chapter.value == ch.id.value).count(),
                    sources: sources.len(),
                }
            })
            .collect();
        chapters.sort_by_key(|ch| ch.order);
        Stats {
            as_of: c.meta.as_ref().map(|m| m.as_of.to_string()),
            counts: Counts {
                chapters: c.chapters.len(),
                sections: c.chapters.iter().map(|ch| ch.sections.len()).sum(),
                events: c.events.len(),
                figures: c.figures.len(),
                glossary: c.terms.len(),
                questions: c.questions.len(),
                sources: c.sources.len(),
                perspectives: c.perspectives.len(),
                perspective_views: c.perspectives.iter().map(|p| p.views.len()).sum(),
            },
            questions_by_kind,
            languages,
            chapters,
            events_by_era,
            bank: super::bank_lint::bank_figures(c),
            generated: GeneratedStats::of(generated),
        }
    }
}
