//! "Who held office X when event Y happened?": asked only of an office one person holds at a time
//! (no two holders' terms in the data overlap beyond a handover day), when the event's whole date
//! range lies strictly inside one holder's term (neither on its first nor on its last day), with
//! other holders of that office whose terms certainly lie elsewhere as the wrong options.

use std::collections::{BTreeMap, BTreeSet};

use super::dates::{Span, date_words, event_when};
use super::{GeneratedQuestion, Generator, Homes, merged_sources, quoted};
use crate::base::{HistDate, Localized, StoredAnswer};
use crate::content::model::{Content, Event, Figure, Role};

/// Offices asked about per event (those with the most holders in the data first).
pub const OFFICES_PER_EVENT: usize = 1;
/// Wrong options per question, at most: the holders whose terms are nearest the event.
pub const DISTRACTORS: usize = 3;

/// One holding of an office, as the data gives it.
#[derive(Clone, Copy)]
struct Term<'a> {
    figure: &'a Figure,
    role: &'a Role,
}

impl Term<'_> {
    fn start(&self) -> Option<HistDate> {
        self.role.start.as_ref().map(|d| d.value)
    }

    fn end(&self) -> Option<HistDate> {
        self.role.end.as_ref().map(|d| d.value)
    }

    /// The earliest day the term may have begun (unknown: any time).
    fn earliest_start(&self) -> i64 {
        self.start().map_or(i64::MIN, |d| d.first_day())
    }

    /// The latest day the term may have ended (unknown or open: not yet).
    fn latest_end(&self) -> i64 {
        self.end().map_or(i64::MAX, |d| d.last_day())
    }

    /// Whether the holder certainly held the office on every day of `span`, none of them the
    /// term's first or last day.
    fn surely_throughout(&self, span: &Span) -> bool {
        match (self.start(), self.end()) {
            (Some(start), Some(end)) => start.last_day() < span.first && span.last < end.first_day(),
            _ => false,
        }
    }

    /// Whether the term certainly shares no day with `span`.
    fn surely_apart(&self, span: &Span) -> bool {
        self.latest_end() < span.first || self.earliest_start() > span.last
    }

    /// Days between the term and `span` (for choosing the most plausible wrong options).
    fn distance(&self, span: &Span) -> i64 {
        if self.latest_end() < span.first { span.first.saturating_sub(self.latest_end()) } else { self.earliest_start().saturating_sub(span.last) }
    }
}

/// An office: the roles whose titles are the same once a trailing "(…)" is set aside.
struct Office<'a> {
    slug: String,
    name: Localized,
    terms: Vec<Term<'a>>,
}

impl Office<'_> {
    fn holders(&self) -> BTreeSet<&str> {
        self.terms.iter().map(|t| t.figure.id.value.as_str()).collect()
    }

    /// Whether no two people's terms can overlap by more than a handover day.
    fn one_at_a_time(&self) -> bool {
        self.terms.iter().enumerate().all(|(i, a)| {
            self.terms[i + 1..].iter().all(|b| {
                a.figure.id.value == b.figure.id.value || a.latest_end() <= b.earliest_start() || b.latest_end() <= a.earliest_start()
            })
        })
    }
}

/// A role title without a trailing qualifier: "President of the Republic (first term)" →
/// "President of the Republic".
fn bare(title: &str) -> &str {
    let title = title.trim();
    match title.rfind(" (") {
        Some(i) if title.ends_with(')') => title[..i].trim_end(),
        _ => title,
    }
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The office's name from its roles' titles: the one wording they share, or, where holders'
/// titles differ only in the first word ("Presidente"/"Presidenta de la República"), both forms
/// ("Presidente o Presidenta de la República"), so the name never hints at who held it.
fn office_name<'a>(titles: impl Iterator<Item = &'a str>) -> String {
    // Each wording once (case aside, the commonest casing kept), the commonest first.
    let mut counts: Vec<(String, BTreeMap<&str, usize>)> = Vec::new();
    for t in titles {
        let key = t.to_lowercase();
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, casings)) => *casings.entry(t).or_default() += 1,
            None => counts.push((key, BTreeMap::from([(t, 1)]))),
        }
    }
    let mut variants: Vec<(usize, &str)> = counts
        .iter()
        .filter_map(|(_, casings)| {
            let total = casings.values().sum();
            casings.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(t, _)| (total, *t))
        })
        .collect();
    variants.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let variants: Vec<&str> = variants.into_iter().map(|(_, t)| t).collect();
    let split = |t: &'a str| t.split_once(' ').unwrap_or((t, ""));
    match variants.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [first, rest @ ..] if rest.iter().all(|v| split(v).1 == split(first).1) => {
            let words: Vec<&str> = variants.iter().map(|v| split(v).0).collect();
            format!("{} {}", words.join(" o "), split(first).1).trim_end().to_string()
        }
        _ => variants.join(" / "),
    }
}

/// A candidacy is a role the data records, but not an office someone holds when something happens.
fn is_office(role: &Role) -> bool {
    !role.title.en.to_lowercase().contains("candidate") && !role.title.es.to_lowercase().contains("candidat")
}

/// The English wording most roles of the office use (English titles do not change with the holder).
fn most_used<'a>(titles: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for t in titles {
        *counts.entry(t).or_default() += 1;
    }
    counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(t, _)| t.to_string()).unwrap_or_default()
}

/// Offices held by at least two people, one at a time, most holders first.
fn offices(content: &Content) -> Vec<Office<'_>> {
    let mut by_slug: BTreeMap<String, Vec<Term>> = BTreeMap::new();
    for figure in &content.figures {
        for role in &figure.roles {
            let key = slug(bare(&role.title.en));
            if !key.is_empty() && is_office(role) {
                by_slug.entry(key).or_default().push(Term { figure, role });
            }
        }
    }
    let mut out: Vec<Office> = by_slug
        .into_iter()
        .map(|(slug, terms)| {
            let name = Localized {
                es: office_name(terms.iter().map(|t| bare(&t.role.title.es))),
                en: most_used(terms.iter().map(|t| bare(&t.role.title.en))),
            };
            Office { slug, name, terms }
        })
        .filter(|o| o.holders().len() >= 2 && o.one_at_a_time())
        .collect();
    out.sort_by(|a, b| b.holders().len().cmp(&a.holders().len()).then_with(|| a.slug.cmp(&b.slug)));
    out
}

pub(super) fn generate(content: &Content, homes: &Homes) -> Vec<GeneratedQuestion> {
    let offices = offices(content);
    let mut out = Vec::new();
    for (chapter, events) in homes.by_chapter(content) {
        for event in events {
            let span = Span::of(event);
            let asked = offices.iter().filter_map(|office| question(chapter, event, &span, office)).take(OFFICES_PER_EVENT);
            out.extend(asked);
        }
    }
    out
}

fn question(chapter: &str, event: &Event, span: &Span, office: &Office) -> Option<GeneratedQuestion> {
    let term = office.terms.iter().find(|t| t.surely_throughout(span))?;
    let holder = term.figure;
    if names(&event.title, &holder.name.value) || names(&event.title, &holder.display_name.value) {
        return None;
    }
    // Every other holder, if all their terms certainly lie elsewhere, nearest first.
    let mut others: Vec<(i64, &Figure)> = Vec::new();
    for id in office.holders() {
        if id == holder.id.value {
            continue;
        }
        let terms: Vec<&Term> = office.terms.iter().filter(|t| t.figure.id.value == id).collect();
        // One named in the event's title would be a wrong option the title rules out.
        if terms.iter().all(|t| t.surely_apart(span)) && !names(&event.title, &terms[0].figure.name.value) && !names(&event.title, &terms[0].figure.display_name.value) {
            let nearest = terms.iter().map(|t| t.distance(span)).min().unwrap_or(i64::MAX);
            others.push((nearest, terms[0].figure));
        }
    }
    others.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.value.cmp(&b.1.id.value)));
    others.truncate(DISTRACTORS);
    if others.is_empty() {
        return None;
    }
    let mut options: Vec<&Figure> = others.iter().map(|(_, f)| *f).chain([holder]).collect();
    options.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    let answer = options.iter().position(|f| f.id.value == holder.id.value)?;
    let title = quoted(&event.title);
    let when = event_when(event);
    let term_words = term_words(term);
    let role = Localized { es: term.role.title.es.clone(), en: term.role.title.en.clone() };
    let mut sourced: Vec<&[crate::content::model::Id]> = vec![event.sources.as_slice(), holder.sources.as_slice()];
    sourced.extend(others.iter().map(|(_, f)| f.sources.as_slice()));
    Some(GeneratedQuestion {
        id: format!("gen-office-{}-{}", office.slug, event.id.value),
        generator: Generator::Office,
        chapter: chapter.to_string(),
        prompt: Localized {
            es: format!("¿Quién era {} cuando ocurrió este hecho: {}?", office.name.es, title.es),
            en: format!("Who was {} at the time of this event: {}?", office.name.en, title.en),
        },
        explanation: Localized {
            es: format!(
                "{} ocurrió {}, y {} fue {} {}. Las otras opciones también ocuparon ese cargo, pero en otros períodos. Pregunta generada a partir de la fecha de este evento de la cronología y de los cargos registrados en las fichas de esas personas.",
                title.es, when.es, holder.display_name.value, role.es, term_words.es
            ),
            en: format!(
                "{} happened {}, and {} was {} {}. The other options also held that office, but at other times. Question generated from the date of this timeline event and the offices recorded on those people's pages.",
                title.en, when.en, holder.display_name.value, role.en, term_words.en
            ),
        },
        answer: StoredAnswer::MultipleChoice {
            options: options.iter().map(|f| Localized { es: f.display_name.value.clone(), en: f.display_name.value.clone() }).collect(),
            answer,
        },
        events: vec![event.id.value.clone()],
        figures: options.iter().map(|f| f.id.value.clone()).collect(),
        sources: merged_sources(sourced),
    })
}

/// "desde el 4 de noviembre de 1970 hasta el 11 de septiembre de 1973" / "from … to …".
fn term_words(term: &Term) -> Localized {
    let (Some(start), Some(end)) = (term.start(), term.end()) else {
        return Localized { es: String::new(), en: String::new() };
    };
    let article = |d: HistDate| if d.precision() == crate::base::Precision::Day { "el " } else { "" };
    let (s, e) = (date_words(start), date_words(end));
    Localized {
        es: format!("desde {}{} hasta {}{}", article(start), s.es, article(end), e.es),
        en: format!("from {} to {}", s.en, e.en),
    }
}

/// Whether a title names the person (by any word of four letters or more of their name), which
/// would give the answer away.
fn names(title: &Localized, name: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
    };
    let name_words = words(name);
    [&title.es, &title.en].iter().any(|t| words(t).iter().any(|w| name_words.contains(w)))
}
