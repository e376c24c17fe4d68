//! Question checks: references, the shared question rules (`base::question_rules`) worded as
//! `file:line: field: message`, order questions whose events must have an unambiguous order, and
//! typed answers' accepted lists (each problem at the answer's own line).

use std::collections::HashSet;

use super::Validator;
use crate::base::question_rules::{self as rules, QuestionPart};
use crate::base::{HistDate, ItemKind, Lang};
use crate::content::model::{AcceptedTexts, Answer, Id};

impl Validator<'_> {
    pub(super) fn check_questions(&mut self) {
        let max_year = self.content.meta.as_ref().map(|m| i64::from(m.as_of.year)).unwrap_or(i64::MAX);
        for q in &self.content.questions {
            self.resolve(ItemKind::Chapter, &q.chapter);
            self.resolve_all(ItemKind::Event, &q.events);
            self.resolve_all(ItemKind::Figure, &q.figures);
            self.resolve_all(ItemKind::Term, &q.terms);
            self.sources(&q.sources);
            let field = |name: &str| q.id.field.replace(".id", &format!(".{name}"));
            let found = match &q.answer {
                Answer::MultipleChoice { options, answer } => rules::check_choice(
                    options.len(),
                    answer.value,
                    Lang::ALL.map(|lang| (lang, options.iter().map(|o| o.get(lang)).collect())),
                ),
                Answer::TrueFalse(_) => Vec::new(),
                Answer::Year(year) => rules::check_year(year.value, max_year),
                Answer::Order(items) => {
                    self.check_order(items);
                    rules::check_order_count(items.len())
                }
                Answer::Match(pairs) => {
                    let mut figures = HashSet::new();
                    for pair in pairs {
                        self.resolve(ItemKind::Figure, &pair.figure);
                        if !figures.insert(pair.figure.value.as_str()) {
                            self.error(&pair.figure.loc, &pair.figure.field, format!("figure '{}' appears twice", pair.figure.value));
                        }
                    }
                    rules::check_pairs(pairs.len(), Lang::ALL.map(|lang| (lang, pairs.iter().map(|p| p.role.get(lang)).collect())))
                }
                Answer::Typed(accepted) => {
                    self.check_accepted(accepted);
                    Vec::new()
                }
            };
            for (part, problem) in found {
                // A problem with the answer's value points at the line that holds it.
                let (loc, at) = match (&q.answer, part) {
                    (Answer::MultipleChoice { answer, .. }, QuestionPart::Answer) => (&answer.loc, answer.field.clone()),
                    (Answer::Year(year), QuestionPart::Answer) => (&year.loc, year.field.clone()),
                    _ => (&q.id.loc, field(part_field(part).as_str())),
                };
                self.error(loc, &at, problem.to_string());
            }
        }
    }

    /// Each language's accepted answers, each problem at the line of the answer it is about.
    fn check_accepted(&mut self, accepted: &AcceptedTexts) {
        for lang in Lang::ALL {
            let list = accepted.get(lang);
            let texts: Vec<&str> = list.texts.iter().map(|t| t.value.as_str()).collect();
            for (index, problem) in rules::check_accepted(lang, &texts, rules::ACCEPTED_MAX) {
                match index.and_then(|i| list.texts.get(i)) {
                    Some(text) => self.error(&text.loc, &text.field, problem.to_string()),
                    None => self.error(&list.at.loc, &list.at.field, problem.to_string()),
                }
            }
        }
    }

    fn check_order(&mut self, items: &[Id]) {
        self.resolve_all(ItemKind::Event, items);
        let mut dated: Vec<(&Id, HistDate)> =
            items.iter().filter_map(|id| self.index.events.get(id.value.as_str()).map(|e| (id, e.date.value))).collect();
        dated.sort_by_key(|(_, d)| d.first_day());
        for pair in dated.windows(2) {
            let ((a, da), (b, db)) = (pair[0], pair[1]);
            if da.last_day() >= db.first_day() {
                let message = format!("events '{}' ({da}) and '{}' ({db}) cannot be put in an unambiguous order", a.value, b.value);
                self.error(&b.loc, &b.field, message);
            }
        }
    }
}

/// Where in a content file each part of a question is written.
fn part_field(part: QuestionPart) -> String {
    match part {
        QuestionPart::Prompt { lang } => format!("prompt.{lang}"),
        QuestionPart::Explanation { lang } => format!("explanation.{lang}"),
        QuestionPart::Options => "options".into(),
        QuestionPart::OptionTexts { lang } => format!("options.{lang}"),
        QuestionPart::Answer => "answer".into(),
        QuestionPart::Items => "items".into(),
        QuestionPart::Pairs => "pair".into(),
        QuestionPart::PairTexts { lang } => format!("pair.role.{lang}"),
        QuestionPart::Source => "sources".into(),
    }
}
