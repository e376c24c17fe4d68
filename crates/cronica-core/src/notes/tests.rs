use std::sync::Arc;

use super::*;
use crate::app::tests_support::{app, fixture_content};
use crate::base::{FixedClock, Lang, SearchKind, TargetScreen, Timestamp};
use crate::content::check_content;
use crate::error::Error;
use crate::storage::{ContentDb, UserDb};

fn section(chapter: &str, section: &str) -> NoteTarget {
    NoteTarget::Section { chapter_id: chapter.into(), section_id: section.into() }
}

fn event(id: &str) -> NoteTarget {
    NoteTarget::Event { id: id.into() }
}

fn term(id: &str) -> NoteTarget {
    NoteTarget::Term { id: id.into() }
}

fn figure(id: &str) -> NoteTarget {
    NoteTarget::Figure { id: id.into() }
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

#[test]
fn a_note_is_added_edited_listed_and_deleted() {
    let clock = FixedClock::new(at("2026-12-03T12:00:00.000Z"));
    let app = app().with_clock(Arc::new(clock.clone()));
    let target = section("unidad-popular", "eleccion");
    assert_eq!(app.get_note(&target).unwrap(), None);

    let added = app.save_note(&target, "  Allende ganó con mayoría relativa.\r\nRepasar el 36 %.  ").unwrap();
    assert_eq!(added.text, "Allende ganó con mayoría relativa.\nRepasar el 36 %.", "line ends made \\n and edges trimmed");
    assert!(!added.bookmarked);
    assert_eq!(app.get_note(&target).unwrap(), Some(added.clone()));

    clock.advance(60_000);
    let edited = app.save_note(&target, "Mayoría relativa: 36,6 %.").unwrap();
    assert_eq!((edited.id, edited.text.as_str(), edited.created_at), (added.id, "Mayoría relativa: 36,6 %.", added.created_at));
    assert!(edited.updated_at > added.updated_at);

    app.save_note(&event("golpe-1973"), "11 de septiembre").unwrap();
    app.set_bookmark(&figure("salvador-allende"), true).unwrap();
    let groups = app.list_notes(Lang::Es).unwrap();
    type Listed<'a> = Vec<(&'a str, Option<&'a str>, &'a str)>;
    let summary: Vec<(NoteKind, Listed)> = groups
        .iter()
        .map(|g| (g.kind, g.notes.iter().map(|n| (n.title.as_str(), n.context.as_deref(), n.note.text.as_str())).collect()))
        .collect();
    assert_eq!(
        summary,
        [
            (NoteKind::Section, vec![("La elección", Some("La Unidad Popular"), "Mayoría relativa: 36,6 %.")]),
            (NoteKind::Event, vec![("Golpe de Estado", None, "11 de septiembre")]),
            (NoteKind::Figure, vec![("Salvador Allende", None, "")]),
        ]
    );
    assert_eq!(app.chapter_notes("unidad-popular").unwrap(), vec![edited]);
    assert_eq!(app.chapter_notes("unidad").unwrap(), vec![], "a chapter's notes are its own, not a prefix's");

    assert_eq!(app.delete_note(&target).unwrap(), None);
    assert_eq!(app.get_note(&target).unwrap(), None);
    assert_eq!(app.delete_note(&target).unwrap(), None, "deleting again is not an error");
    assert_eq!(app.list_notes(Lang::Es).unwrap().len(), 2);
}

#[test]
fn a_bookmark_and_a_note_on_one_item_live_together() {
    let app = app();
    let target = term("unidad-popular");
    let marked = app.set_bookmark(&target, true).unwrap().unwrap();
    assert_eq!((marked.bookmarked, marked.text.as_str()), (true, ""));
    let noted = app.save_note(&target, "Coalición de Allende").unwrap();
    assert_eq!((noted.id, noted.bookmarked), (marked.id, true), "saving the note keeps the bookmark");
    let kept = app.delete_note(&target).unwrap().unwrap();
    assert_eq!((kept.bookmarked, kept.text.as_str()), (true, ""), "deleting the note keeps the bookmark");
    app.save_note(&target, "Otra vez").unwrap();
    let unmarked = app.set_bookmark(&target, false).unwrap().unwrap();
    assert_eq!((unmarked.bookmarked, unmarked.text.as_str()), (false, "Otra vez"), "unbookmarking keeps the note");
    app.delete_note(&target).unwrap();
    assert_eq!(app.get_note(&target).unwrap(), None, "with neither left, nothing is kept");
    assert_eq!(app.set_bookmark(&target, false).unwrap(), None);
}

#[test]
fn bad_text_and_unknown_items_are_refused_and_nothing_changes() {
    let app = app();
    let target = event("golpe-1973");
    app.save_note(&target, "primera versión").unwrap();
    for bad in ["", "   \n\t ", &"a".repeat(MAX_NOTE_CHARS + 1), "con\u{0}nulo", "campana\u{7}"] {
        let err = app.save_note(&target, bad).unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)), "{bad:?}: {err}");
    }
    assert_eq!(app.get_note(&target).unwrap().unwrap().text, "primera versión", "a refused edit loses nothing");
    let longest = "é".repeat(MAX_NOTE_CHARS);
    assert_eq!(app.save_note(&target, &longest).unwrap().text, longest, "the cap counts characters, not bytes");

    for unknown in
        [event("no-existe"), section("unidad-popular", "no-existe"), section("no-existe", "eleccion"), figure("nadie"), term("nada")]
    {
        assert!(matches!(app.save_note(&unknown, "texto"), Err(Error::NotFound { .. })), "{unknown:?}");
        assert!(matches!(app.set_bookmark(&unknown, true), Err(Error::NotFound { .. })), "{unknown:?}");
    }
    assert_eq!(app.list_notes(Lang::En).unwrap().iter().map(|g| g.notes.len()).sum::<usize>(), 1);
}

#[test]
fn notes_are_found_by_search_with_the_same_rules_as_the_content() {
    let app = app();
    app.save_note(&section("unidad-popular", "eleccion"), "Repasar la votación en Valparaíso y O'Higgins").unwrap();
    app.save_note(&event("cobre-1971"), "Ley aprobada por unanimidad").unwrap();
    app.set_bookmark(&term("unidad-popular"), true).unwrap();

    for text in ["valparaiso", "VALPARAÍSO", "ohiggins", "o’higgins", "higgins", "votac", "repasar valpa"] {
        let results = app.search(Lang::Es, text).unwrap();
        let notes = results.groups.iter().find(|g| g.kind == SearchKind::Note).unwrap_or_else(|| panic!("{text}: {results:?}"));
        assert_eq!(notes.hits.len(), 1, "{text}");
        let hit = &notes.hits[0];
        assert_eq!(
            hit.opens,
            crate::search::SearchTarget { screen: TargetScreen::Chapter, id: "unidad-popular".into(), section: Some("eleccion".into()) }
        );
        assert_eq!(hit.title.iter().map(|s| s.text.as_str()).collect::<String>(), "La elección");
        assert_eq!(hit.context, "La Unidad Popular");
        assert!(hit.snippet.iter().any(|s| s.highlighted), "{text}: the matching words are marked");
    }
    let highlighted: Vec<String> = app
        .search(Lang::Es, "ohiggins")
        .unwrap()
        .groups
        .iter()
        .flat_map(|g| &g.hits)
        .filter(|h| h.kind == SearchKind::Note)
        .flat_map(|h| h.snippet.iter().filter(|s| s.highlighted).map(|s| s.text.clone()))
        .collect();
    assert_eq!(highlighted, ["O'Higgins"]);

    // Every word must be in the note; a finished word is a whole word.
    for text in ["valparaiso cobre", "votac ", "", "  *  "] {
        let results = app.search(Lang::Es, text).unwrap();
        assert!(results.groups.iter().all(|g| g.kind != SearchKind::Note), "{text:?}");
    }
    let cobre = app.search(Lang::En, "unanimidad").unwrap();
    assert_eq!(cobre.groups.len(), 1, "a note found where the content has nothing: {cobre:?}");
    assert_eq!(cobre.groups[0].hits[0].opens.screen, TargetScreen::Event);
    assert_eq!(cobre.groups[0].hits[0].title.iter().map(|s| s.text.as_str()).collect::<String>(), "Copper nationalization");
    assert!(cobre.suggestions.is_empty(), "a note was found, so no closest titles are offered");

    // Content results keep their places; the notes come before questions and sources.
    let mixed = app.search(Lang::Es, "allende").unwrap();
    assert_eq!(mixed.groups.iter().filter(|g| g.kind == SearchKind::Note).count(), 0);
    app.save_note(&figure("salvador-allende"), "Allende: leer su discurso").unwrap();
    let mixed = app.search(Lang::Es, "allende").unwrap();
    let kinds: Vec<SearchKind> = mixed.groups.iter().map(|g| g.kind).collect();
    let note_at = kinds.iter().position(|k| *k == SearchKind::Note).unwrap();
    assert!(kinds[..note_at].iter().all(|k| !k.is_supporting()) && kinds[note_at + 1..].iter().all(|k| k.is_supporting()), "{kinds:?}");
}

#[test]
fn the_markdown_export_links_each_note_back_to_its_item() {
    let app = app();
    assert_eq!(app.notes_markdown(Lang::Es).unwrap(), "# Mis notas — Crónica de prueba\n\nTodavía no hay notas ni marcadores.\n");
    app.save_note(&section("unidad-popular", "eleccion"), "Primera línea\n\nSegunda [línea]").unwrap();
    app.set_bookmark(&section("unidad-popular", "eleccion"), true).unwrap();
    app.save_note(&term("unidad-popular"), "Coalición").unwrap();
    app.set_bookmark(&event("golpe-1973"), true).unwrap();
    let text = app.notes_markdown(Lang::En).unwrap();
    let date = &app.get_note(&term("unidad-popular")).unwrap().unwrap().updated_at.to_string()[..10];
    assert_eq!(
        text,
        format!(
            "# My notes — Test chronicle\n\
             \n## Chapter sections\n\
             \n### [The election — Popular Unity](#/chapters/unidad-popular?section=eleccion)\n\
             \n🔖 Bookmarked\n\
             \n> Primera línea\n>\n> Segunda [línea]\n\
             \nEdited on {date}\n\
             \n## Events\n\
             \n### [Military coup](#/events/golpe-1973)\n\
             \n🔖 Bookmarked\n\
             \n## Glossary\n\
             \n### [Popular Unity](#/terms/unidad-popular)\n\
             \n> Coalición\n\
             \nEdited on {date}\n"
        )
    );

    let dir = tempfile::tempdir().unwrap();
    let app = app.with_export_dir(dir.path().to_path_buf());
    let first = app.save_notes_markdown(Lang::Es).unwrap();
    let second = app.save_notes_markdown(Lang::Es).unwrap();
    assert_eq!((first.file_name.as_str(), second.file_name.as_str()), ("Mis notas - Crónica.md", "Mis notas - Crónica (2).md"));
    let saved = std::fs::read_to_string(&first.path).unwrap();
    assert!(saved.contains("### [La elección — La Unidad Popular](#/chapters/unidad-popular?section=eleccion)"), "{saved}");
}

#[test]
fn link_text_cannot_break_out_of_its_brackets() {
    let groups = vec![NoteGroup {
        kind: NoteKind::Event,
        notes: vec![ListedNote {
            note: Note {
                id: 1,
                target: event("x"),
                text: "t".into(),
                bookmarked: false,
                created_at: at("2026-01-01T00:00:00.000Z"),
                updated_at: at("2026-01-01T00:00:00.000Z"),
            },
            title: "a](javascript:x) [b\\".into(),
            context: None,
            available: true,
        }],
    }];
    assert!(notes_markdown(Lang::En, &groups, "T").contains("### [a\\](javascript:x) \\[b\\\\](#/events/x)\n"));
}

/// The fixture content with the `golpe` section removed and the event `cobre-1971` renamed, as
/// a content update might leave it.
fn updated_content() -> ContentDb {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut content = check_content(&dir).unwrap().content;
    content.chapters[0].sections.retain(|s| s.id.value != "golpe");
    let cobre = content.events.iter_mut().find(|e| e.id.value == "cobre-1971").unwrap();
    cobre.title.es = "La nacionalización del cobre".into();
    ContentDb::from_content(&content).unwrap()
}

#[test]
fn notes_survive_a_content_update_keyed_by_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite3");
    {
        let app = crate::Cronica::new(fixture_content(), UserDb::open(&path).unwrap().db, Vec::new());
        app.save_note(&section("unidad-popular", "golpe"), "Sobre el golpe").unwrap();
        app.save_note(&event("cobre-1971"), "Cobre").unwrap();
    }
    let app = crate::Cronica::new(updated_content(), UserDb::open(&path).unwrap().db, Vec::new());
    let groups = app.list_notes(Lang::Es).unwrap();
    let listed: Vec<(&str, bool, &str)> =
        groups.iter().flat_map(|g| &g.notes).map(|n| (n.title.as_str(), n.available, n.note.text.as_str())).collect();
    assert_eq!(listed, [("unidad-popular/golpe", false, "Sobre el golpe"), ("La nacionalización del cobre", true, "Cobre")]);
    assert!(
        app.search(Lang::Es, "sobre golpe").unwrap().groups.iter().all(|g| g.kind != SearchKind::Note),
        "a gone item's note opens nothing"
    );
    assert!(app.notes_markdown(Lang::Es).unwrap().contains("_(ya no está en el contenido)_"));
    // Back in a later update, the section's note is there again.
    let app = crate::Cronica::new(fixture_content(), UserDb::open(&path).unwrap().db, Vec::new());
    assert_eq!(app.list_notes(Lang::Es).unwrap()[0].notes[0].title, "El golpe");
}

#[test]
fn a_search_lists_a_few_notes_and_says_when_there_are_more() {
    let app = app();
    let targets = [
        section("unidad-popular", "eleccion"),
        section("unidad-popular", "golpe"),
        event("eleccion-1970"),
        event("congreso-1970"),
        event("cobre-1971"),
        event("golpe-1973"),
        figure("salvador-allende"),
        figure("augusto-pinochet"),
    ];
    for target in &targets {
        app.save_note(target, "repasar esto").unwrap();
    }
    let group =
        |app: &crate::Cronica| app.search(Lang::Es, "repasar").unwrap().groups.into_iter().find(|g| g.kind == SearchKind::Note).unwrap();
    let eight = group(&app);
    assert_eq!((eight.hits.len(), eight.more), (8, false));
    app.save_note(&term("unidad-popular"), "repasar también").unwrap();
    let nine = group(&app);
    assert_eq!((nine.hits.len(), nine.more), (8, true));
    assert_eq!(nine.hits[0].opens.screen, TargetScreen::Term, "the most recently changed first");
}
