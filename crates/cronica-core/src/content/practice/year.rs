//! "In which year …?": an event whose whole date range falls in one year (a year-precise date is
//! enough) and whose title does not already name a year.

use super::dates::{event_when, single_year};
use super::{GeneratedQuestion, Generator, Homes, merged_sources, quoted, title_names_a_year};
use crate::base::{Localized, StoredAnswer};
use crate::content::model::{Content, Event};

pub(super) fn generate(content: &Content, homes: &Homes) -> Vec<GeneratedQuestion> {
    let mut out = Vec::new();
    for (chapter, events) in homes.by_chapter(content) {
        for event in events {
            if let Some(year) = single_year(event).filter(|_| !title_names_a_year(event)) {
                out.push(question(chapter, event, year));
            }
        }
    }
    out
}

fn question(chapter: &str, event: &Event, year: i32) -> GeneratedQuestion {
    let title = quoted(&event.title);
    let when = event_when(event);
    GeneratedQuestion {
        id: format!("gen-year-{}", event.id.value),
        generator: Generator::Year,
        chapter: chapter.to_string(),
        prompt: Localized {
            es: format!("¿En qué año ocurrió este hecho: {}?", title.es),
            en: format!("In which year did this happen: {}?", title.en),
        },
        explanation: Localized {
            es: format!("{} ocurrió {}. Pregunta generada a partir de la fecha de este evento de la cronología.", title.es, when.es),
            en: format!("{} happened {}. Question generated from the date of this timeline event.", title.en, when.en),
        },
        answer: StoredAnswer::Year { answer: i64::from(year) },
        events: vec![event.id.value.clone()],
        figures: Vec::new(),
        sources: merged_sources([event.sources.as_slice()]),
    }
}
