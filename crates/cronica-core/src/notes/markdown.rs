//! All the learner's notes as one Markdown document: grouped like the notes screen, each under a
//! heading that links back to what it annotates (the app's `#/…` address and the item's title),
//! the note's text quoted as written, bookmarks marked.

use super::{ListedNote, NoteGroup, NoteKind};
use crate::base::Lang;

struct Words {
    title: &'static str,
    none: &'static str,
    bookmarked: &'static str,
    gone: &'static str,
    edited: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Es => Words {
            title: "Mis notas",
            none: "Todavía no hay notas ni marcadores.",
            bookmarked: "Marcador",
            gone: "ya no está en el contenido",
            edited: "Editada el",
        },
        Lang::En => Words {
            title: "My notes",
            none: "There are no notes or bookmarks yet.",
            bookmarked: "Bookmarked",
            gone: "no longer in the content",
            edited: "Edited on",
        },
    }
}

fn group_heading(lang: Lang, kind: NoteKind) -> &'static str {
    match (lang, kind) {
        (Lang::Es, NoteKind::Section) => "Secciones de capítulos",
        (Lang::Es, NoteKind::Event) => "Acontecimientos",
        (Lang::Es, NoteKind::Figure) => "Personajes",
        (Lang::Es, NoteKind::Term) => "Glosario",
        (Lang::En, NoteKind::Section) => "Chapter sections",
        (Lang::En, NoteKind::Event) => "Events",
        (Lang::En, NoteKind::Figure) => "Figures",
        (Lang::En, NoteKind::Term) => "Glossary",
    }
}

/// Text shown inside a link's brackets: brackets and backslashes escaped, line breaks flattened.
fn link_text(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").replace('\\', "\\\\").replace('[', "\\[").replace(']', "\\]")
}

/// The document: `# <title>`, a `##` per kind, a `###` link per item, its note quoted.
pub fn notes_markdown(lang: Lang, groups: &[NoteGroup], site_title: &str) -> String {
    let w = words(lang);
    let mut out = format!("# {} — {}\n", w.title, link_text(site_title));
    if groups.iter().all(|g| g.notes.is_empty()) {
        out.push_str(&format!("\n{}\n", w.none));
        return out;
    }
    for group in groups.iter().filter(|g| !g.notes.is_empty()) {
        out.push_str(&format!("\n## {}\n", group_heading(lang, group.kind)));
        for listed in &group.notes {
            out.push_str(&item(&w, listed));
        }
    }
    out
}

fn item(w: &Words, listed: &ListedNote) -> String {
    let note = &listed.note;
    let name = match &listed.context {
        Some(context) => format!("{} — {}", link_text(&listed.title), link_text(context)),
        None => link_text(&listed.title),
    };
    let mut out = format!("\n### [{name}]({})\n", note.target.route());
    if !listed.available {
        out.push_str(&format!("\n_({})_\n", w.gone));
    }
    if note.bookmarked {
        out.push_str(&format!("\n🔖 {}\n", w.bookmarked));
    }
    if !note.text.is_empty() {
        out.push('\n');
        for line in note.text.lines() {
            out.push_str(if line.trim().is_empty() { ">".to_string() } else { format!("> {line}") }.as_str());
            out.push('\n');
        }
        let date = note.updated_at.to_string();
        out.push_str(&format!("\n{} {}\n", w.edited, &date[..10.min(date.len())]));
    }
    out
}
