//! The real corpus in `data/`, read through the same API the app uses: every link in every
//! chapter resolves in both languages, every figure page lists events, every era has events, every
//! perspective is reachable, and the coverage floors of the corpus hold.

use std::collections::HashSet;
use std::path::Path;

use cronica_core::content::check_content;
use cronica_core::content::prose::Inline;
use cronica_core::events::EventFilter;
use cronica_core::{ContentDb, Cronica, Lang, Stats, UserDb};

fn corpus() -> (Cronica, Stats) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).expect("data/ loads");
    let errors: Vec<String> = report.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "data/ has errors:\n{}", errors.join("\n"));
    let stats = Stats::of(&report.content);
    let db = ContentDb::from_content(&report.content).expect("compiles");
    (Cronica::new(db, UserDb::open_in_memory().expect("user db"), Vec::new()), stats)
}

#[test]
fn every_chapter_link_opens_its_page_in_both_languages() {
    let (app, _) = corpus();
    for lang in Lang::ALL {
        for summary in app.list_chapters(lang).unwrap() {
            let chapter = app.get_chapter(lang, &summary.id).unwrap();
            assert!(!chapter.sections.is_empty(), "{} has sections", chapter.id);
            for section in &chapter.sections {
                assert!(!section.sources.is_empty(), "{}/{} cites sources", chapter.id, section.id);
                for inline in section.paragraphs.iter().flat_map(|p| &p.inlines) {
                    let Inline::Link { target, .. } = inline else { continue };
                    let opened = match target.kind.as_str() {
                        "figure" => app.get_figure(lang, &target.id).map(|_| ()),
                        "event" => app.get_event(lang, &target.id).map(|_| ()),
                        "term" => app.get_term(lang, &target.id).map(|_| ()),
                        "chapter" => app.get_chapter(lang, &target.id).map(|_| ()),
                        "perspective" => app.get_perspective(lang, &target.id).map(|_| ()),
                        "source" => app.get_source(&target.id).map(|_| ()),
                        other => panic!("unknown link kind {other}"),
                    };
                    assert!(opened.is_ok(), "{lang}: {}/{} links to {}:{}", chapter.id, section.id, target.kind, target.id);
                }
            }
        }
    }
}

#[test]
fn every_figure_page_lists_its_events() {
    let (app, _) = corpus();
    for figure in app.list_figures(Lang::Es).unwrap() {
        let page = app.get_figure(Lang::En, &figure.id).unwrap();
        assert!(!page.events.is_empty(), "{} has events", figure.id);
        assert!(!page.roles.is_empty(), "{} has roles", figure.id);
        assert!(!page.sources.is_empty(), "{} has sources", figure.id);
    }
}

#[test]
fn the_timeline_shows_every_era() {
    let (app, _) = corpus();
    let eras: HashSet<String> = app.list_eras(Lang::Es).unwrap().into_iter().map(|e| e.id).collect();
    let shown: HashSet<String> = app.list_events(Lang::Es, &EventFilter::default()).unwrap().into_iter().map(|e| e.era).collect();
    assert_eq!(shown, eras);
}

#[test]
fn every_perspective_is_reachable_from_a_chapter_or_event_page() {
    let (app, stats) = corpus();
    let mut reachable = HashSet::new();
    for chapter in app.list_chapters(Lang::Es).unwrap() {
        reachable.extend(app.get_chapter(Lang::Es, &chapter.id).unwrap().perspectives.into_iter().map(|p| p.id));
    }
    for event in app.list_events(Lang::Es, &EventFilter::default()).unwrap() {
        reachable.extend(app.get_event(Lang::Es, &event.id).unwrap().perspectives.into_iter().map(|p| p.id));
    }
    assert_eq!(reachable.len(), stats.counts.perspectives);
    for id in &reachable {
        let perspective = app.get_perspective(Lang::En, id).unwrap();
        assert!(perspective.views.len() >= 2, "{id} has at least two views");
        assert!(perspective.views.iter().all(|v| !v.sources.is_empty()), "{id}: every view is sourced");
    }
}

/// The coverage the corpus promises (issue: "The corpus"). Content may grow, never shrink below.
#[test]
fn coverage_floors_hold() {
    let (_, stats) = corpus();
    let c = &stats.counts;
    assert!(c.chapters >= 10, "chapters: {}", c.chapters);
    assert!(c.events >= 200, "events: {}", c.events);
    assert!(c.figures >= 60, "figures: {}", c.figures);
    assert!(c.glossary >= 80, "glossary: {}", c.glossary);
    assert!(c.questions >= 400, "questions: {}", c.questions);
    assert!(c.perspectives >= 12, "perspectives: {}", c.perspectives);
    assert!(c.sources >= 80, "sources: {}", c.sources);
    for chapter in &stats.chapters {
        assert!(chapter.questions >= 30, "{} has {} questions", chapter.id, chapter.questions);
        for lang in ["es", "en"] {
            let words = chapter.words[lang];
            assert!((1500..=3000).contains(&words), "{} has {words} words in {lang}", chapter.id);
        }
    }
    for kind in cronica_core::base::QuestionKind::ALL.map(|k| k.as_str()) {
        assert!(stats.questions_by_kind.get(kind).copied().unwrap_or(0) > 0, "no {kind} questions");
    }
}

/// A guesser who knows no history cannot beat chance: options are shown in each attempt's own
/// order, so no position helps, and distractors are as long as the key, so no length rank helps
/// (over 20 attempts, both languages, within 5 points of chance).
#[test]
fn no_guessing_strategy_beats_chance() {
    use cronica_core::quiz::guessers::{Guesser, always_false, score};
    let report = check_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).unwrap();
    for lang in Lang::ALL {
        for guesser in Guesser::ALL {
            let (right, chance) = score(&report.content, lang, guesser, 20);
            assert!((right - chance).abs() < 0.05, "{} in {lang}: {right:.3} against chance {chance:.3}", guesser.name());
        }
    }
    assert!((always_false(&report.content) - 0.5).abs() < 0.05);
}
