//! Reads every file of a content folder into [`Content`], collecting diagnostics.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::model::*;
use super::prose;
use super::reader::{FileReader, Obj};
use crate::base::{Diagnostic, ItemKind, Loc, SourceKind};
use crate::error::{Error, Result};

mod elections;
mod questions;

use elections::read_election;
use questions::{read_perspective, read_question};

const DEFAULT_WORDS_MIN: usize = 1500;
const DEFAULT_WORDS_MAX: usize = 3000;

/// Loads `dir` (the `data/` folder). I/O failures are errors; content problems are diagnostics.
pub fn load(dir: &Path) -> Result<(Content, Vec<Diagnostic>)> {
    let mut content = Content::default();
    let mut diagnostics = Vec::new();

    let meta_path = dir.join("meta.toml");
    if meta_path.exists() {
        read_file(dir, &meta_path, &mut diagnostics, |root| content.meta = read_meta(root))?;
    } else {
        let loc = Loc { file: display(dir, &meta_path), line: 1 };
        diagnostics.push(Diagnostic::error(&loc, "meta", "missing file meta.toml"));
    }
    let eras_path = dir.join("eras.toml");
    if eras_path.exists() {
        read_file(dir, &eras_path, &mut diagnostics, |root| {
            read_items(root, ItemKind::Era, read_era, &mut content.eras, &mut content.broken_ids)
        })?;
    } else {
        let loc = Loc { file: display(dir, &eras_path), line: 1 };
        diagnostics.push(Diagnostic::error(&loc, "era", "missing file eras.toml"));
    }
    let lint_path = dir.join("bank-lint.toml");
    if lint_path.exists() {
        read_file(dir, &lint_path, &mut diagnostics, |root| content.bank_limits = read_bank_limits(root))?;
    }
    let hosts_path = dir.join("source-hosts.toml");
    if hosts_path.exists() {
        read_file(dir, &hosts_path, &mut diagnostics, |root| {
            content.source_hosts = SourceHosts { mirrors: root.opt_str_list("mirrors"), pending: root.id_list("pending", false) };
        })?;
    }
    // The folders the chapters and questions refer to are read on another thread meanwhile: each
    // half takes about as long as the other. Diagnostics keep the order of a reading in one go.
    std::thread::scope(|scope| -> Result<()> {
        let catalogue = scope.spawn(|| Catalogue::read(dir));
        let mut later = Vec::new();
        let (c, d) = (&mut content, &mut later);
        for path in toml_files(&dir.join("chapters"))? {
            let mut prose_diagnostics = Vec::new();
            read_file(dir, &path, d, |root| match read_chapter(root, &mut prose_diagnostics) {
                Some(chapter) => c.chapters.push(chapter),
                None => c.broken_ids.extend(root.peek_str("id").map(|id| (ItemKind::Chapter, id))),
            })?;
            d.extend(prose_diagnostics);
        }
        read_folder(dir, "questions", ItemKind::Question, read_question, &mut c.questions, &mut c.broken_ids, d)?;
        read_folder(dir, "perspectives", ItemKind::Perspective, read_perspective, &mut c.perspectives, &mut c.broken_ids, d)?;
        for path in toml_files(&dir.join("elections"))? {
            read_file(dir, &path, d, |root| c.elections.extend(root.tables("election").iter().filter_map(read_election)))?;
        }
        let catalogue = super::joined(catalogue)?;
        (c.sources, c.events, c.figures, c.terms) = (catalogue.sources, catalogue.events, catalogue.figures, catalogue.terms);
        c.broken_ids.extend(catalogue.broken_ids);
        diagnostics.extend(catalogue.diagnostics);
        diagnostics.extend(later);
        Ok(())
    })?;
    Ok((content, diagnostics))
}

/// The sources, events, figures and glossary, read apart from the rest (see [`load`]).
#[derive(Default)]
struct Catalogue {
    sources: Vec<Source>,
    events: Vec<Event>,
    figures: Vec<Figure>,
    terms: Vec<Term>,
    broken_ids: HashSet<(ItemKind, String)>,
    diagnostics: Vec<Diagnostic>,
}

impl Catalogue {
    fn read(dir: &Path) -> Result<Catalogue> {
        let mut c = Catalogue::default();
        let (broken, d) = (&mut c.broken_ids, &mut c.diagnostics);
        read_folder(dir, "sources", ItemKind::Source, read_source, &mut c.sources, broken, d)?;
        read_folder(dir, "events", ItemKind::Event, read_event, &mut c.events, broken, d)?;
        read_folder(dir, "figures", ItemKind::Figure, read_figure, &mut c.figures, broken, d)?;
        read_folder(dir, "glossary", ItemKind::Term, read_term, &mut c.terms, broken, d)?;
        Ok(c)
    }
}

/// Reads every file of one folder of `[[kind]]` tables.
fn read_folder<T>(
    dir: &Path,
    folder: &str,
    kind: ItemKind,
    read: fn(&Obj) -> Option<T>,
    items: &mut Vec<T>,
    broken_ids: &mut HashSet<(ItemKind, String)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<()> {
    for path in toml_files(&dir.join(folder))? {
        read_file(dir, &path, diagnostics, |root| read_items(root, kind, read, items, broken_ids))?;
    }
    Ok(())
}

/// Reads each `[[kind]]` table; remembers the ids of the ones that could not be read.
fn read_items<T>(
    root: &Obj,
    kind: ItemKind,
    read: fn(&Obj) -> Option<T>,
    items: &mut Vec<T>,
    broken_ids: &mut HashSet<(ItemKind, String)>,
) {
    for table in root.tables(kind.as_str()) {
        match read(&table) {
            Some(item) => items.push(item),
            None => broken_ids.extend(table.peek_str("id").map(|id| (kind, id))),
        }
    }
}

fn display(dir: &Path, path: &Path) -> Arc<str> {
    let base = dir.file_name().map(PathBuf::from).unwrap_or_default();
    let relative = path.strip_prefix(dir).unwrap_or(path);
    base.join(relative).to_string_lossy().into()
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn read_file(dir: &Path, path: &Path, diagnostics: &mut Vec<Diagnostic>, read: impl FnOnce(&Obj<'_, '_>)) -> Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let reader = FileReader::new(display(dir, path), &text);
    if let Some(doc) = reader.parse() {
        let root = reader.root(&doc);
        read(&root);
        root.finish();
    }
    diagnostics.extend(reader.diagnostics.into_inner());
    Ok(())
}

fn read_bank_limits(root: &Obj) -> super::bank_lint::BankLimits {
    let share = |key: &str| root.opt_float(key).map(|v| v.value);
    let true_share = match (share("true_share_min"), share("true_share_max")) {
        (Some(low), Some(high)) => Some((low, high)),
        _ => None,
    };
    super::bank_lint::BankLimits { key_longest_max: share("key_longest_max"), true_share, loc: Some(root.loc()) }
}

fn read_meta(root: &Obj) -> Option<Meta> {
    let as_of = root.date("as_of");
    let title = root.localized("title");
    let description = root.localized("description");
    let words_min = root.opt_int("chapter_words_min").map(|n| n.value.max(0) as usize);
    let words_max = root.opt_int("chapter_words_max").map(|n| n.value.max(0) as usize);
    Some(Meta {
        as_of: as_of?.value,
        title: title?,
        description: description?,
        chapter_words_min: words_min.unwrap_or(DEFAULT_WORDS_MIN),
        chapter_words_max: words_max.unwrap_or(DEFAULT_WORDS_MAX),
        loc: root.loc(),
    })
}

fn read_era(t: &Obj) -> Option<Era> {
    let era = (|| {
        Some(Era { id: t.id("id")?, start: t.date("start")?.value, end: t.opt_date("end").map(|d| d.value), title: t.localized("title")? })
    })();
    t.finish();
    era
}

const SOURCE_LANGUAGES: &[&str] = &["es", "en", "other"];

fn read_source(t: &Obj) -> Option<Source> {
    let id = t.id("id");
    let title = t.str("title");
    let publisher = t.str("publisher");
    let author = t.opt_str("author");
    let date = t.opt_date("date");
    let accessed = t.opt_date("accessed");
    let url = t.opt_str("url");
    let citation = t.opt_str("citation");
    let kind = t.str("kind");
    let language = t.str("language");
    if date.is_none() && accessed.is_none() && !t.has("date") && !t.has("accessed") {
        t.error("date", "a source needs its publication date (or `accessed` when it shows none)");
    }
    if url.is_none() && citation.is_none() && !t.has("url") && !t.has("citation") {
        t.error("url", "a source needs a url or a citation");
    }
    if let Some(url) = &url
        && !(url.value.starts_with("https://") || url.value.starts_with("http://"))
    {
        t.error("url", format!("'{}' is not an http(s) address", url.value));
    }
    let kind = kind.and_then(|kind| {
        let parsed = SourceKind::parse(&kind.value);
        if parsed.is_none() {
            t.error("kind", format!("'{}' is not one of {}", kind.value, SourceKind::names()));
        }
        parsed
    });
    if let Some(language) = &language
        && !SOURCE_LANGUAGES.contains(&language.value.as_str())
    {
        t.error("language", format!("'{}' is not one of es, en, other", language.value));
    }
    t.finish();
    Some(Source {
        id: id?,
        title: title?.value,
        publisher: publisher?.value,
        author: author.map(|a| a.value),
        date: date.map(|d| d.value),
        accessed: accessed.map(|d| d.value),
        url,
        citation: citation.map(|c| c.value),
        kind: kind?,
        language: language?.value,
    })
}

fn read_event(t: &Obj) -> Option<Event> {
    let id = t.id("id");
    let date = t.date("date");
    let end = t.opt_date("end");
    let era = t.id("era");
    let tags = t.opt_str_list("tags").into_iter().map(|s| s.value).collect();
    let figures = t.id_list("figures", false);
    let terms = t.id_list("terms", false);
    let places = t.opt_str_list("places").into_iter().map(|s| s.value).collect();
    let title = t.localized("title");
    let summary = t.localized("summary");
    let sources = t.id_list("sources", true);
    t.finish();
    Some(Event { id: id?, date: date?, end, era: era?, tags, figures, terms, places, title: title?, summary: summary?, sources })
}

fn read_figure(t: &Obj) -> Option<Figure> {
    let id = t.id("id");
    let name = t.str("name");
    let display_name = t.str("display_name");
    let sort_key = t.str("sort_key");
    let born = t.opt_date("born");
    let died = t.opt_date("died");
    let bio = t.localized("bio");
    let sources = t.id_list("sources", true);
    let roles: Vec<Role> = t.tables("role").iter().filter_map(read_role).collect();
    if !t.has("role") {
        t.error("role", "a figure needs at least one [[figure.role]]");
    }
    t.finish();
    Some(Figure {
        id: id?,
        name: name?,
        display_name: display_name?,
        sort_key: sort_key?,
        born,
        died,
        bio: bio?,
        roles,
        sources,
    })
}

fn read_role(r: &Obj) -> Option<Role> {
    let title = r.localized("title");
    let start = r.opt_date("start");
    let end = r.opt_date("end");
    let headline = r.opt_bool("headline");
    if headline.as_ref().is_some_and(|h| !h.value) {
        r.error("headline", "only `headline = true` means something: leave the field out on the other roles");
    }
    r.finish();
    Some(Role { title: title?, start, end, headline: headline.filter(|h| h.value) })
}

fn read_term(t: &Obj) -> Option<Term> {
    let id = t.id("id");
    let name = t.localized("name");
    let definition = t.localized("definition");
    let sources = t.id_list("sources", true);
    t.finish();
    Some(Term { id: id?, name: name?, definition: definition?, sources })
}

fn read_chapter(root: &Obj, prose_diagnostics: &mut Vec<Diagnostic>) -> Option<Chapter> {
    let id = root.id("id");
    let order = root.opt_int("order");
    if order.is_none() && !root.has("order") {
        root.error("order", "missing required field");
    }
    let title = root.localized("title");
    let summary = root.localized("summary");
    let sections: Vec<Section> = root.tables("section").iter().filter_map(|s| read_section(s, prose_diagnostics)).collect();
    if !root.has("section") {
        root.error("section", "a chapter needs at least one [[section]]");
    }
    Some(Chapter { id: id?, order: order?, title: title?, summary: summary?, sections })
}

fn read_section(t: &Obj, prose_diagnostics: &mut Vec<Diagnostic>) -> Option<Section> {
    let id = t.id("id");
    let title = t.localized("title");
    let sources = t.id_list("sources", true);
    let body_checked = t.localized("body");
    let body = t.localized_at("body").map(|(es, en)| {
        let es = prose::parse(&es);
        let en = prose::parse(&en);
        prose_diagnostics.extend(es.diagnostics);
        prose_diagnostics.extend(en.diagnostics);
        let mut links = es.links;
        links.extend(en.links);
        Body { es: es.paragraphs, en: en.paragraphs, links, words_es: es.words, words_en: en.words }
    });
    t.finish();
    body_checked?;
    Some(Section { id: id?, title: title?, body: body?, sources })
}
