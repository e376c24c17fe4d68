//! "Which came first?": two events of the same chapter whose whole date ranges are at least a
//! month apart, so neither an imprecise date nor a close call can make the order doubtful. Each
//! event is paired with the nearest events after it that qualify, at most [`PARTNERS`] of them.

use super::dates::{Span, event_when};
use super::{GeneratedQuestion, Generator, Homes, merged_sources, quoted, title_names_a_year};
use crate::base::{Localized, StoredAnswer};
use crate::content::model::{Content, Event};

/// How many later events each event is paired with (one keeps the compile within its budget:
/// every question adds rows, and citations, to the content database).
pub const PARTNERS: usize = 1;

pub(super) fn generate(content: &Content, homes: &Homes) -> Vec<GeneratedQuestion> {
    let mut out = Vec::new();
    for (chapter, events) in homes.by_chapter(content) {
        let mut events: Vec<(&Event, Span)> = events.into_iter().filter(|e| !title_names_a_year(e)).map(|e| (e, Span::of(e))).collect();
        events.sort_by(|(a, sa), (b, sb)| (sa.first, sa.last, &a.id.value).cmp(&(sb.first, sb.last, &b.id.value)));
        for (i, (earlier, span)) in events.iter().enumerate() {
            let partners = events[i + 1..]
                .iter()
                .filter(|(later, later_span)| span.clearly_before(later_span) && !same_title(earlier, later))
                .take(PARTNERS);
            out.extend(partners.map(|(later, _)| question(chapter, earlier, later)));
        }
    }
    out
}

fn same_title(a: &Event, b: &Event) -> bool {
    a.title.es == b.title.es || a.title.en == b.title.en
}

fn question(chapter: &str, earlier: &Event, later: &Event) -> GeneratedQuestion {
    // Options in id order, so the earlier event is not always the first one written.
    let mut options = [earlier, later];
    options.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    let answer = options.iter().position(|e| e.id.value == earlier.id.value).unwrap_or(0);
    let (a, b) = (quoted(&earlier.title), quoted(&later.title));
    let (when_a, when_b) = (event_when(earlier), event_when(later));
    GeneratedQuestion {
        id: format!("gen-first-{}-{}", earlier.id.value, later.id.value),
        generator: Generator::First,
        chapter: chapter.to_string(),
        prompt: Localized { es: "¿Qué ocurrió primero?".into(), en: "Which happened first?".into() },
        explanation: Localized {
            es: format!(
                "{} ocurrió {}, y {}, {}: al menos un mes después. Pregunta generada a partir de las fechas de estos dos eventos de la cronología.",
                a.es, when_a.es, b.es, when_b.es
            ),
            en: format!(
                "{} happened {}, and {} {}: at least a month later. Question generated from the dates of these two timeline events.",
                a.en, when_a.en, b.en, when_b.en
            ),
        },
        answer: StoredAnswer::MultipleChoice { options: options.iter().map(|e| e.title.clone()).collect(), answer },
        events: vec![earlier.id.value.clone(), later.id.value.clone()],
        figures: Vec::new(),
        sources: merged_sources([earlier.sources.as_slice(), later.sources.as_slice()]),
    }
}
