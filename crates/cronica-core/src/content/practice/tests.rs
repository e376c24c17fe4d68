//! The generators on a small in-memory corpus built around the boundaries: dates in the same
//! month, gaps of 29, 30 and 31 days, year-only dates, a handover day, overlapping holders.

use std::sync::Arc;

use super::{GeneratedQuestion, Generator, generate};
use crate::base::{HistDate, Loc, Localized, StoredAnswer};
use crate::content::model::{Chapter, Content, Event, Figure, Id, Role};
use crate::content::reader::At;

fn at<T>(value: T, file: &str) -> At<T> {
    At { value, loc: Loc { file: Arc::from(file), line: 1 }, field: String::new() }
}

fn text(es: &str, en: &str) -> Localized {
    Localized { es: es.into(), en: en.into() }
}

fn id(value: &str, file: &str) -> Id {
    at(value.to_string(), file)
}

fn date(text: &str) -> HistDate {
    HistDate::parse(text).unwrap()
}

/// An event of chapter `ch` (its file is `events/<ch>.toml`), titled after its id.
fn event(ch: &str, event_id: &str, start: &str, end: Option<&str>) -> Event {
    let file = format!("events/{ch}.toml");
    Event {
        id: id(event_id, &file),
        date: at(date(start), &file),
        end: end.map(|e| at(date(e), &file)),
        era: id("era", &file),
        tags: Vec::new(),
        figures: Vec::new(),
        terms: Vec::new(),
        places: Vec::new(),
        title: text(&format!("Evento {event_id}"), &format!("Event {event_id}")),
        summary: text("Resumen.", "Summary."),
        sources: vec![id(&format!("src-{event_id}"), &file)],
    }
}

fn role(es: &str, en: &str, start: Option<&str>, end: Option<&str>) -> Role {
    Role { title: text(es, en), start: start.map(|d| at(date(d), "f")), end: end.map(|d| at(date(d), "f")), headline: None }
}

fn figure(figure_id: &str, name: &str, roles: Vec<Role>) -> Figure {
    Figure {
        id: id(figure_id, "f"),
        name: at(name.to_string(), "f"),
        display_name: at(name.to_string(), "f"),
        sort_key: at(name.to_string(), "f"),
        born: None,
        died: None,
        bio: text("Bio.", "Bio."),
        roles,
        sources: vec![id(&format!("src-{figure_id}"), "f")],
    }
}

fn chapter(ch: &str, order: i64) -> Chapter {
    Chapter { id: id(ch, "c"), order: at(order, "c"), title: text(ch, ch), summary: text("", ""), sections: Vec::new() }
}

fn president(es: &str) -> (&str, &str) {
    (es, "President of the Republic")
}

fn corpus(events: Vec<Event>, figures: Vec<Figure>) -> Content {
    Content { chapters: vec![chapter("uno", 1), chapter("dos", 2)], events, figures, ..Content::default() }
}

fn ids(questions: &[GeneratedQuestion], generator: Generator) -> Vec<String> {
    let mut ids: Vec<String> = questions.iter().filter(|q| q.generator == generator).map(|q| q.id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn which_came_first_needs_a_whole_month_between_the_possible_dates() {
    let content = corpus(
        vec![
            // 29 and 30 days apart: too close; 31 days: far enough.
            event("uno", "a", "2000-01-01", None),
            event("uno", "b29", "2000-01-30", None),
            event("uno", "b30", "2000-01-31", None),
            event("uno", "c31", "2000-02-01", None),
        ],
        Vec::new(),
    );
    let first = ids(&generate(&content), Generator::First);
    assert!(first.contains(&"gen-first-a-c31".to_string()), "{first:?}");
    assert!(!first.iter().any(|id| id.starts_with("gen-first-a-b")), "{first:?}");
    assert!(!first.iter().any(|id| id == "gen-first-b29-b30" || id == "gen-first-b29-c31" || id == "gen-first-b30-c31"), "{first:?}");
}

#[test]
fn an_imprecise_date_counts_as_any_day_it_can_mean() {
    let content = corpus(
        vec![
            // Same month: a month-precise date could be any day of it.
            event("uno", "march", "1980-03", None),
            event("uno", "march-20", "1980-03-20", None),
            // A year-only date ends on 31 December: 15 days to 15 January, 32 to 1 February.
            event("dos", "year", "1950", None),
            event("dos", "jan-15", "1951-01-15", None),
            event("dos", "feb-01", "1951-02-01", None),
            // An event with an end is as late as its end.
            event("dos", "long", "1960-01-01", Some("1960-06-30")),
            event("dos", "during", "1960-07-15", None),
        ],
        Vec::new(),
    );
    let first = ids(&generate(&content), Generator::First);
    assert!(!first.iter().any(|id| id.contains("march")), "{first:?}");
    assert!(first.contains(&"gen-first-year-feb-01".to_string()), "{first:?}");
    assert!(!first.contains(&"gen-first-year-jan-15".to_string()), "{first:?}");
    assert!(!first.contains(&"gen-first-long-during".to_string()), "{first:?}");
}

#[test]
fn pairs_stay_within_a_chapter_and_each_event_has_few_partners() {
    let mut events: Vec<Event> = (1..=8).map(|i| event("uno", &format!("e{i}"), &format!("19{}0-01-01", i), None)).collect();
    events.push(event("dos", "other", "1955-01-01", None));
    let questions = generate(&corpus(events, Vec::new()));
    let first = ids(&questions, Generator::First);
    assert!(!first.iter().any(|id| id.contains("other")), "{first:?}");
    for i in 1..=8 {
        let as_earlier = first.iter().filter(|id| id.starts_with(&format!("gen-first-e{i}-"))).count();
        assert!(as_earlier <= super::first::PARTNERS, "e{i} is paired {as_earlier} times");
    }
    // One partner each: the nearest later event that is far enough.
    assert_eq!(first, (1..=7).map(|i| format!("gen-first-e{i}-e{}", i + 1)).collect::<Vec<_>>());
    // The earlier event is the right option, wherever the options list it.
    for q in questions.iter().filter(|q| q.generator == Generator::First) {
        let StoredAnswer::MultipleChoice { options, answer } = &q.answer else { panic!("{q:?}") };
        assert_eq!(options[*answer].en, format!("Event {}", q.events[0]));
        assert_eq!(q.sources, vec![format!("src-{}", q.events[0]), format!("src-{}", q.events[1])]);
    }
}

#[test]
fn in_which_year_needs_one_year_and_a_title_that_does_not_name_it() {
    let mut named = event("uno", "named", "1988-10-05", None);
    named.title = text("Plebiscito de 1988", "The 1988 plebiscite");
    let content = corpus(
        vec![
            event("uno", "year-only", "1925", None),
            event("uno", "month", "1931-07", None),
            event("uno", "across", "1972-12-01", Some("1973-01-10")),
            named,
        ],
        Vec::new(),
    );
    let questions = generate(&content);
    assert_eq!(ids(&questions, Generator::Year), vec!["gen-year-month", "gen-year-year-only"]);
    let q = questions.iter().find(|q| q.id == "gen-year-year-only").unwrap();
    assert_eq!(q.answer, StoredAnswer::Year { answer: 1925 });
    assert!(q.explanation.es.contains("en 1925") && q.explanation.en.contains("in 1925"), "{:?}", q.explanation);
}

fn presidents() -> Vec<Figure> {
    let (es, en) = president("Presidente de la República");
    vec![
        figure("ana", "Ana Uno", vec![role("Presidenta de la República", en, Some("2010-03-11"), Some("2014-03-11"))]),
        figure("beto", "Beto Dos", vec![role(es, en, Some("2014-03-11"), Some("2018-03-11"))]),
        figure("carla", "Carla Tres", vec![role("Presidenta de la República (segundo período)", "President of the Republic (second term)", Some("2018-03-11"), Some("2022-03-11"))]),
        // Still in office (no end): a wrong option only for events before the term began.
        figure("dario", "Darío Cuatro", vec![role(es, en, Some("2022-03-11"), None)]),
        // Many at once: not an office one person holds.
        figure("eva", "Eva Cinco", vec![role("Diputada", "Deputy", Some("2010-03-11"), Some("2018-03-11"))]),
        figure("fede", "Fede Seis", vec![role("Diputado", "Deputy", Some("2014-03-11"), Some("2022-03-11"))]),
    ]
}

#[test]
fn office_questions_only_strictly_inside_one_term() {
    let mut named = event("uno", "named", "2016-05-01", None);
    named.title = text("Beto Dos inaugura un puente", "Beto Dos opens a bridge");
    let content = corpus(
        vec![
            event("uno", "handover", "2014-03-11", None),
            event("uno", "next-day", "2014-03-12", None),
            event("uno", "last-day", "2018-03-11", None),
            event("uno", "handover-month", "2018-03", None),
            event("uno", "year-across", "2014", None),
            event("uno", "inside-year", "2016", None),
            named,
        ],
        presidents(),
    );
    let questions = generate(&content);
    let office = ids(&questions, Generator::Office);
    assert_eq!(office, vec!["gen-office-president-of-the-republic-inside-year", "gen-office-president-of-the-republic-next-day"]);
    let q = questions.iter().find(|q| q.id.ends_with("next-day")).unwrap();
    let StoredAnswer::MultipleChoice { options, answer } = &q.answer else { panic!() };
    let names: Vec<&str> = options.iter().map(|o| o.es.as_str()).collect();
    assert_eq!(names, vec!["Ana Uno", "Beto Dos", "Carla Tres", "Darío Cuatro"], "other holders; deputies are never options");
    assert_eq!(names[*answer], "Beto Dos");
    // Both wordings, so the office's name never hints at the holder (two each: alphabetical).
    assert!(q.prompt.es.starts_with("¿Quién era Presidenta o Presidente de la República cuando"), "{}", q.prompt.es);
    assert!(q.prompt.en.starts_with("Who was President of the Republic at the time of this event: “Event next-day”?"), "{}", q.prompt.en);
    assert!(q.explanation.es.contains("desde el 11 de marzo de 2014 hasta el 11 de marzo de 2018"), "{}", q.explanation.es);
    assert_eq!(q.sources, vec!["src-next-day", "src-beto", "src-ana", "src-carla", "src-dario"]);
    assert!(!questions.iter().any(|q| q.id.contains("deputy")), "deputies overlap: not an office one person holds");
    assert_eq!(q.figures, vec!["ana", "beto", "carla", "dario"]);
}

#[test]
fn an_office_with_a_holder_of_unknown_dates_or_overlapping_holders_is_never_asked() {
    let content = corpus(vec![event("uno", "inside", "2012-06-01", None)], presidents());
    assert_eq!(ids(&generate(&content), Generator::Office), vec!["gen-office-president-of-the-republic-inside"]);
    let mut figures = presidents();
    figures.push(figure("gil", "Gil Siete", vec![role("Presidente de la República", "President of the Republic", None, None)]));
    assert!(ids(&generate(&corpus(vec![event("uno", "inside", "2012-06-01", None)], figures)), Generator::Office).is_empty());
    let overlapping = vec![
        figure("x", "Equis", vec![role("Ministro", "Minister", Some("2000-01-01"), Some("2005-01-01"))]),
        figure("y", "Ye", vec![role("Ministro", "Minister", Some("2004-12"), Some("2008-01-01"))]),
    ];
    let content = corpus(vec![event("uno", "inside", "2002-06-01", None)], overlapping);
    assert!(ids(&generate(&content), Generator::Office).is_empty());
}

#[test]
fn generation_is_deterministic() {
    let content = corpus(
        vec![event("uno", "a", "2012-01-05", None), event("uno", "b", "2016-01-05", None), event("dos", "c", "2019", None)],
        presidents(),
    );
    assert_eq!(generate(&content), generate(&content));
}
