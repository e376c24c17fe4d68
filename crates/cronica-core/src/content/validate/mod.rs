//! Cross-checks the content once it is read: ids, references, dates, answers, coverage.

use std::collections::{HashMap, HashSet};

use super::model::*;
use super::reader::At;
use crate::base::HistDate;
use crate::base::{Diagnostic, ItemKind, Loc};

pub fn validate(content: &Content) -> Vec<Diagnostic> {
    let mut v = Validator { content, out: Vec::new(), index: Index::default() };
    v.index_ids();
    v.check_eras();
    v.check_events();
    v.check_figures();
    v.check_terms();
    v.check_chapters();
    v.check_questions();
    v.check_perspectives();
    v.check_elections();
    v.check_usage();
    v.out
}

mod elections;
mod figures;
mod questions;
mod usage;

#[derive(Default)]
struct Index<'c> {
    eras: HashMap<&'c str, &'c Era>,
    questions: HashSet<&'c str>,
    sources: HashMap<&'c str, &'c Source>,
    events: HashMap<&'c str, &'c Event>,
    figures: HashMap<&'c str, &'c Figure>,
    terms: HashMap<&'c str, &'c Term>,
    chapters: HashMap<&'c str, &'c Chapter>,
    perspectives: HashMap<&'c str, &'c Perspective>,
}

struct Validator<'c> {
    content: &'c Content,
    out: Vec<Diagnostic>,
    index: Index<'c>,
}

fn first_wins<'c, T>(
    map: &mut HashMap<&'c str, &'c T>,
    out: &mut Vec<Diagnostic>,
    kind: ItemKind,
    id: &'c Id,
    item: &'c T,
    loc_of: impl Fn(&T) -> Loc,
) {
    if let Some(first) = map.get(id.value.as_str()) {
        let first = loc_of(first);
        out.push(Diagnostic::error(
            &id.loc,
            &id.field,
            format!("duplicate {kind} id '{}' (first defined at {}:{})", id.value, first.file, first.line),
        ));
    } else {
        map.insert(&id.value, item);
    }
}

impl<'c> Validator<'c> {
    fn error(&mut self, loc: &Loc, field: &str, message: impl Into<String>) {
        self.out.push(Diagnostic::error(loc, field, message));
    }

    fn index_ids(&mut self) {
        let c = self.content;
        let out = &mut self.out;
        for x in &c.eras {
            first_wins(&mut self.index.eras, out, ItemKind::Era, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.sources {
            first_wins(&mut self.index.sources, out, ItemKind::Source, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.events {
            first_wins(&mut self.index.events, out, ItemKind::Event, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.figures {
            first_wins(&mut self.index.figures, out, ItemKind::Figure, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.terms {
            first_wins(&mut self.index.terms, out, ItemKind::Term, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.chapters {
            first_wins(&mut self.index.chapters, out, ItemKind::Chapter, &x.id, x, |x| x.id.loc.clone());
        }
        for x in &c.perspectives {
            first_wins(&mut self.index.perspectives, out, ItemKind::Perspective, &x.id, x, |x| x.id.loc.clone());
        }
        let mut questions: HashMap<&str, &Loc> = HashMap::new();
        for q in &c.questions {
            if let Some(first) = questions.get(q.id.value.as_str()) {
                let message = format!("duplicate question id '{}' (first defined at {}:{})", q.id.value, first.file, first.line);
                self.out.push(Diagnostic::error(&q.id.loc, &q.id.field, message));
            } else {
                questions.insert(&q.id.value, &q.id.loc);
                self.index.questions.insert(&q.id.value);
            }
        }
    }

    fn resolve(&mut self, kind: ItemKind, id: &Id) {
        let id_str = id.value.as_str();
        let known = match kind {
            ItemKind::Era => self.index.eras.contains_key(id_str),
            ItemKind::Source => self.index.sources.contains_key(id_str),
            ItemKind::Event => self.index.events.contains_key(id_str),
            ItemKind::Figure => self.index.figures.contains_key(id_str),
            ItemKind::Term => self.index.terms.contains_key(id_str),
            ItemKind::Chapter => self.index.chapters.contains_key(id_str),
            ItemKind::Perspective => self.index.perspectives.contains_key(id_str),
            ItemKind::Question => self.index.questions.contains(id_str),
        };
        let broken = || self.content.broken_ids.iter().any(|(k, i)| *k == kind && *i == id.value);
        if !known && !broken() {
            self.error(&id.loc, &id.field, format!("unknown {kind} '{}'", id.value));
        }
    }

    fn resolve_all(&mut self, kind: ItemKind, ids: &[Id]) {
        for id in ids {
            self.resolve(kind, id);
        }
    }

    /// Missing or empty source lists are reported while reading; here the ids must resolve.
    fn sources(&mut self, sources: &[Id]) {
        self.resolve_all(ItemKind::Source, sources);
    }

    fn not_after_as_of(&mut self, date: &At<HistDate>) {
        if let Some(meta) = &self.content.meta
            && date.value.first_day() > meta.as_of.last_day()
        {
            let message = format!("{} is after the corpus's as-of date {}", date.value, meta.as_of);
            self.error(&date.loc, &date.field, message);
        }
    }

    fn ordered(&mut self, start: &At<HistDate>, end: &At<HistDate>) {
        if end.value.last_day() < start.value.first_day() {
            let message = format!("{} is before the start {}", end.value, start.value);
            self.error(&end.loc, &end.field, message);
        }
    }

    fn check_eras(&mut self) {
        let mut previous: Option<&Era> = None;
        for era in &self.content.eras {
            if let Some(end) = era.end
                && end.last_day() < era.start.first_day()
            {
                self.error(&era.id.loc, &era.id.field, format!("era '{}' ends before it starts", era.id.value));
            }
            if let Some(prev) = previous {
                match prev.end {
                    Some(end) if end.last_day() < era.start.first_day() => {}
                    _ => {
                        let message =
                            format!("era '{}' must start after era '{}' ends (eras are listed in order)", era.id.value, prev.id.value);
                        self.error(&era.id.loc, &era.id.field, message);
                    }
                }
            }
            previous = Some(era);
        }
    }

    fn check_events(&mut self) {
        for e in &self.content.events {
            self.resolve(ItemKind::Era, &e.era);
            self.resolve_all(ItemKind::Figure, &e.figures);
            self.resolve_all(ItemKind::Term, &e.terms);
            self.sources(&e.sources);
            self.not_after_as_of(&e.date);
            if let Some(end) = &e.end {
                self.ordered(&e.date, end);
                self.not_after_as_of(end);
            }
            if let Some(era) = self.index.eras.get(e.era.value.as_str()) {
                let last = e.end.as_ref().unwrap_or(&e.date).value.last_day();
                let era_end = era.end.map(|d| d.last_day()).unwrap_or(i64::MAX);
                if e.date.value.first_day() > era_end || last < era.start.first_day() {
                    let span = format!("{}–{}", era.start, era.end.map(|d| d.to_string()).unwrap_or_default());
                    let message = format!("{} falls outside era '{}' ({span})", e.date.value, era.id.value);
                    self.error(&e.date.loc, &e.date.field, message);
                }
            }
        }
    }

    fn check_figures(&mut self) {
        for f in &self.content.figures {
            self.sources(&f.sources);
            if let (Some(born), Some(died)) = (&f.born, &f.died) {
                self.ordered(born, died);
            }
            if f.roles.is_empty() {
                self.error(&f.id.loc, &f.id.field, format!("figure '{}' lists no role", f.id.value));
            }
            self.check_figure_names(f);
            self.check_headline(f);
            for role in &f.roles {
                if let (Some(start), Some(end)) = (&role.start, &role.end) {
                    self.ordered(start, end);
                }
                if let Some(start) = &role.start {
                    self.not_after_as_of(start);
                }
            }
        }
    }

    fn check_terms(&mut self) {
        for t in &self.content.terms {
            self.sources(&t.sources);
        }
    }

    fn check_chapters(&mut self) {
        let mut orders: HashMap<i64, &Id> = HashMap::new();
        let (min, max) = self.content.meta.as_ref().map(|m| (m.chapter_words_min, m.chapter_words_max)).unwrap_or((0, usize::MAX));
        for ch in &self.content.chapters {
            if let Some(other) = orders.insert(ch.order.value, &ch.id) {
                let message = format!("order {} is also used by chapter '{}'", ch.order.value, other.value);
                self.error(&ch.order.loc, &ch.order.field, message);
            }
            if ch.sections.is_empty() {
                self.error(&ch.id.loc, "section", format!("chapter '{}' has no sections", ch.id.value));
            }
            let mut section_ids = HashSet::new();
            for s in &ch.sections {
                if !section_ids.insert(s.id.value.as_str()) {
                    self.error(&s.id.loc, &s.id.field, format!("duplicate section id '{}' in chapter '{}'", s.id.value, ch.id.value));
                }
                self.sources(&s.sources);
                for link in &s.body.links {
                    self.resolve(link.kind, &link.target);
                }
            }
            let words_es: usize = ch.sections.iter().map(|s| s.body.words_es).sum();
            let words_en: usize = ch.sections.iter().map(|s| s.body.words_en).sum();
            for (lang, words) in [("es", words_es), ("en", words_en)] {
                if words < min || words > max {
                    let message = format!("chapter '{}' has {words} words in {lang}; it needs {min}–{max}", ch.id.value);
                    self.error(&ch.id.loc, "section.body", message);
                }
            }
        }
    }

    fn check_perspectives(&mut self) {
        for p in &self.content.perspectives {
            self.resolve_all(ItemKind::Chapter, &p.chapters);
            self.resolve_all(ItemKind::Event, &p.events);
            if p.chapters.is_empty() && p.events.is_empty() {
                self.error(&p.id.loc, &p.id.field, format!("perspective '{}' is attached to no chapter or event", p.id.value));
            }
            for view in &p.views {
                self.resolve_all(ItemKind::Source, &view.sources);
            }
        }
    }
}
