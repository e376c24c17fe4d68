use super::*;
use crate::app::tests_support::app;

fn search(lang: Lang, text: &str) -> SearchResults {
    app().search(lang, text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// `kind:id` (`chapter:id/section` for a section) of every hit, group by group.
fn found(results: &SearchResults) -> Vec<String> {
    results
        .groups
        .iter()
        .flat_map(|g| &g.hits)
        .map(|h| match &h.section {
            Some(section) => format!("{}:{}/{section}", h.kind.as_str(), h.id),
            None => format!("{}:{}", h.kind.as_str(), h.id),
        })
        .collect()
}

fn highlighted(segments: &[Segment]) -> Vec<&str> {
    segments.iter().filter(|s| s.highlighted).map(|s| s.text.as_str()).collect()
}

#[test]
fn accents_and_case_do_not_matter_in_either_language() {
    for lang in Lang::ALL {
        for text in ["concertacion", "Concertación", "CONCERTACION"] {
            assert_eq!(found(&search(lang, text)), ["term:unidad-popular"], "{lang} {text}");
        }
        for text in ["pinera", "Piñera", "PIÑERA"] {
            assert_eq!(found(&search(lang, text)), ["perspective:causas-golpe"], "{lang} {text}");
        }
    }
    assert!(found(&search(Lang::Es, "eleccion presidencial")).contains(&"event:eleccion-1970".to_string()));
    assert!(found(&search(Lang::Es, "valparaiso")).contains(&"event:golpe-1973".to_string()));
    let term = &search(Lang::Es, "concertacion").groups[0].hits[0];
    assert_eq!(highlighted(&term.snippet), ["Concertación"]);
}

#[test]
fn apostrophes_inside_names_do_not_matter() {
    for text in ["ohiggins", "o'higgins", "O’Higgins", "OHIGGINS", "higgins"] {
        let results = search(Lang::Es, text);
        assert_eq!(found(&results), ["figure:augusto-pinochet"], "{text}");
    }
    let figure = &search(Lang::En, "ohiggins").groups[0].hits[0];
    assert_eq!(highlighted(&figure.snippet), ["O'Higgins"]);
    assert!(figure.snippet.iter().map(|s| s.text.as_str()).collect::<String>().contains("Bernardo O'Higgins Military School"));
}

#[test]
fn the_last_word_matches_as_a_prefix_while_it_is_typed() {
    assert_eq!(found(&search(Lang::Es, "nacionaliz")), ["event:cobre-1971"]);
    assert_eq!(found(&search(Lang::En, "nationaliz")), ["event:cobre-1971"]);
    assert!(search(Lang::Es, "nacionaliz ").groups.is_empty(), "a finished word is a whole word");
    let hit = &search(Lang::Es, "nacionaliz").groups[0].hits[0];
    assert_eq!(hit.title, vec![Segment { text: "Nacionalización".into(), highlighted: true }, Segment { text: " del cobre".into(), highlighted: false }]);
}

#[test]
fn a_title_match_comes_before_a_match_in_the_text() {
    let results = search(Lang::Es, "allende");
    assert_eq!(results.groups[0].kind, SearchKind::Figure, "the figure named Allende first");
    assert_eq!(results.groups[0].hits[0].id, "salvador-allende");
    let events: Vec<&str> = results.groups.iter().find(|g| g.kind == SearchKind::Event).unwrap().hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(events[0], "congreso-1970", "titled with Allende, before events that only mention him: {events:?}");
    assert!(events.contains(&"eleccion-1970"));
    let golpe = search(Lang::En, "coup");
    assert_eq!(golpe.groups[0].hits[0].id, "golpe-1973");
}

#[test]
fn chapters_are_found_section_by_section_and_open_at_the_section() {
    let results = search(Lang::Es, "ratificó");
    assert_eq!(found(&results), ["chapter:unidad-popular/eleccion"], "the question's explanation is not searched");
    let hit = &results.groups[0].hits[0];
    assert_eq!(hit.opens, SearchTarget { screen: TargetScreen::Chapter, id: "unidad-popular".into(), section: Some("eleccion".into()) });
    assert_eq!(hit.context, "La Unidad Popular");
    assert_eq!(highlighted(&hit.snippet), ["ratificó"]);
    let results = search(Lang::En, "popular unity");
    assert_eq!(results.groups[0].kind, SearchKind::Term, "the term and the chapter share the title; the term comes first");
    let chapter = results.groups.iter().find(|g| g.kind == SearchKind::Chapter).unwrap();
    assert_eq!(chapter.hits[0].opens.section, None, "the chapter itself, by its title");
}

#[test]
fn every_kind_opens_on_a_screen() {
    let question = &search(Lang::Es, "mayoría absoluta").groups[0];
    assert_eq!(question.kind, SearchKind::Question);
    assert_eq!(question.hits[0].opens, SearchTarget { screen: TargetScreen::Quiz, id: "unidad-popular".into(), section: None });
    let source = &search(Lang::En, "editorial prueba").groups[0].hits[0];
    assert_eq!((source.kind, source.id.as_str(), source.context.as_str()), (SearchKind::Source, "fixture-book", "Editorial Prueba"));
    assert_eq!(source.opens, SearchTarget { screen: TargetScreen::Chapter, id: "unidad-popular".into(), section: Some("golpe".into()) });
    assert_eq!(source.date.map(|d| d.to_string()), Some("2013".into()));
    assert!(search(Lang::Es, "never cited").groups.is_empty(), "an uncited source has nowhere to open");
    let event = &search(Lang::Es, "cobre").groups[0].hits[0];
    assert_eq!(event.opens.screen, TargetScreen::Event);
    assert_eq!(event.date.map(|d| d.to_string()), Some("1971-07".into()));
    let figure = &search(Lang::Es, "pinochet").groups[0].hits[0];
    assert_eq!((figure.opens.screen, figure.context.as_str()), (TargetScreen::Figure, "Comandante en jefe del Ejército"));
}

#[test]
fn hostile_text_never_breaks_the_query() {
    let hostile = [
        "\"",
        "\"golpe",
        "golpe\"",
        "*",
        "golpe*",
        "-golpe",
        "golpe OR allende",
        "OR",
        "AND NOT",
        "(",
        "golpe)",
        "NEAR(golpe allende, 2)",
        "title:golpe",
        "{title body}: golpe",
        "^golpe",
        "golpe + allende",
        "'; DROP TABLE search_docs; --",
        "\u{1}golpe\u{2}",
        "\u{0}",
        "ः",
        "𝔤𝔬𝔩𝔭𝔢",
        "🙂",
        "a\u{301}",
    ];
    for text in hostile {
        for lang in Lang::ALL {
            app().search(lang, text).unwrap_or_else(|e| panic!("{text:?} failed: {e}"));
        }
    }
    assert_eq!(found(&search(Lang::Es, "golpe OR allende")), found(&search(Lang::Es, "golpe or allende")));
    // 10 kB pasted into the box is searched by its first words, never refused.
    let pasted = search(Lang::Es, &"golpe ".repeat(2_000));
    assert_eq!(found(&pasted), found(&search(Lang::Es, "golpe")));
}

#[test]
fn a_search_without_words_finds_nothing_quietly() {
    for text in ["", "   ", "¿?", "--"] {
        assert_eq!(search(Lang::Es, text), SearchResults { groups: vec![], suggestions: vec![] }, "{text:?}");
    }
}

#[test]
fn a_search_that_finds_nothing_offers_the_closest_titles() {
    let results = search(Lang::Es, "pinoshet");
    assert!(results.groups.is_empty());
    assert_eq!(results.suggestions.first().map(|s| s.title.as_str()), Some("Augusto Pinochet Ugarte"), "{:?}", results.suggestions);
    let results = search(Lang::En, "nationalisation");
    assert!(results.groups.is_empty());
    let first = &results.suggestions[0];
    assert_eq!((first.kind, first.title.as_str()), (SearchKind::Event, "Copper nationalization"));
    assert_eq!(first.opens, SearchTarget { screen: TargetScreen::Event, id: "cobre-1971".into(), section: None });
    assert!(search(Lang::Es, "zzqx").suggestions.is_empty());
}

