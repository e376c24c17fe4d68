//! The rules a pack must follow before anything is written, each refusal naming the field by its
//! path in the file: the quiz's own rules (title, description, count, time limits, points), bank
//! questions that exist here, and own questions that pass the same check as the editor's, with
//! every text within its limit in both languages (the editor checks only the languages written).

use super::{PackQuestion, QuizPack};
use crate::base::question_rules::QuestionPart;
use crate::error::{Error, Result};
use crate::teacher::own::{OwnAnswer, OwnQuestionDraft, TeacherText};
use crate::teacher::own_rules::{self, MAX_EXPLANATION, MAX_PROMPT, MAX_TEXT};
use crate::teacher::quizzes::{MAX_DESCRIPTION, MAX_ITEMS, MAX_TITLE, POINTS, TIME_LIMITS_S};

const MAX_ID: usize = 100;

fn refuse<T>(path: &str, message: impl std::fmt::Display) -> Result<T> {
    Err(Error::InvalidInput(format!("{path}: {message}")))
}

/// Refuses the pack at its first broken rule; `bank_has` says whether a bank question exists.
pub(super) fn pack(pack: &QuizPack, as_of_year: i64, bank_has: impl Fn(&str) -> Result<bool>) -> Result<()> {
    let title = pack.title.trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE {
        return refuse("title", format_args!("a quiz needs a title of 1–{MAX_TITLE} characters"));
    }
    if pack.description.chars().count() > MAX_DESCRIPTION {
        return refuse("description", format_args!("longer than {MAX_DESCRIPTION} characters"));
    }
    if pack.items.len() > MAX_ITEMS {
        return refuse("items", format_args!("a quiz holds at most {MAX_ITEMS} questions, found {}", pack.items.len()));
    }
    for (i, item) in pack.items.iter().enumerate() {
        let at = |field: &str| format!("items[{i}].{field}");
        if !TIME_LIMITS_S.contains(&item.time_limit_s) {
            return refuse(&at("timeLimitS"), format_args!("must be {}–{} seconds", TIME_LIMITS_S.start(), TIME_LIMITS_S.end()));
        }
        if !POINTS.contains(&item.points) {
            return refuse(&at("points"), format_args!("must be {}–{}", POINTS.start(), POINTS.end()));
        }
        match &item.question {
            PackQuestion::Bank { id } => {
                if id.is_empty() || id.chars().count() > MAX_ID {
                    return refuse(&at("question.id"), "not a question id");
                }
                if !bank_has(id)? {
                    return refuse(&at("question.id"), format_args!("no bank question '{id}'"));
                }
            }
            PackQuestion::Own { question } => own(question, as_of_year, &at("question.question"))?,
        }
    }
    Ok(())
}

/// Every text of a draft, by its path inside the draft, with its limit.
fn texts(draft: &OwnQuestionDraft) -> Vec<(String, &TeacherText, usize)> {
    let mut out = vec![("prompt".to_string(), &draft.prompt, MAX_PROMPT), ("explanation".to_string(), &draft.explanation, MAX_EXPLANATION)];
    match &draft.answer {
        OwnAnswer::MultipleChoice { options: list, .. } | OwnAnswer::Order { items: list } | OwnAnswer::Typed { accepted: list } => {
            let name = list_name(&draft.answer);
            out.extend(list.iter().enumerate().map(|(j, text)| (format!("answer.{name}[{j}]"), text, MAX_TEXT)));
        }
        OwnAnswer::Match { pairs } => {
            for (j, pair) in pairs.iter().enumerate() {
                out.push((format!("answer.pairs[{j}].left"), &pair.left, MAX_TEXT));
                out.push((format!("answer.pairs[{j}].right"), &pair.right, MAX_TEXT));
            }
        }
        OwnAnswer::TrueFalse { .. } | OwnAnswer::Year { .. } => {}
    }
    out
}

/// The name of the answer's list of texts, as written in the file.
fn list_name(answer: &OwnAnswer) -> &'static str {
    match answer {
        OwnAnswer::Order { .. } => "items",
        OwnAnswer::Typed { .. } => "accepted",
        OwnAnswer::Match { .. } => "pairs",
        _ => "options",
    }
}

/// Where in the file a part of a question the editor's rules name is.
fn part_path(part: QuestionPart, answer: &OwnAnswer) -> String {
    match part {
        QuestionPart::Prompt { lang } => format!("prompt.{lang}"),
        QuestionPart::Explanation { lang } => format!("explanation.{lang}"),
        QuestionPart::Options => "answer.options".into(),
        QuestionPart::OptionTexts { lang } | QuestionPart::PairTexts { lang } => format!("answer.{}[*].{lang}", list_name(answer)),
        QuestionPart::Answer if matches!(answer, OwnAnswer::Typed { .. }) => "answer.accepted".into(),
        QuestionPart::Answer => "answer.answer".into(),
        QuestionPart::Items => "answer.items".into(),
        QuestionPart::Pairs => "answer.pairs".into(),
        QuestionPart::Source => "source".into(),
    }
}

fn own(draft: &OwnQuestionDraft, as_of_year: i64, at: &str) -> Result<()> {
    if let Some(source) = &draft.source
        && source.chars().count() > MAX_TEXT
    {
        return refuse(&format!("{at}.source"), format_args!("longer than {MAX_TEXT} characters"));
    }
    for (path, text, max) in texts(draft) {
        for (lang, written) in [("es", &text.es), ("en", &text.en)] {
            if written.as_deref().is_some_and(|t| t.chars().count() > max) {
                return refuse(&format!("{at}.{path}.{lang}"), format_args!("longer than {max} characters"));
            }
        }
    }
    let issues = own_rules::check(draft, as_of_year);
    if let Some(first) = issues.first() {
        let more = match issues.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        return refuse(&format!("{at}.{}", part_path(first.part, &draft.answer)), format_args!("{}{more}", first.problem));
    }
    Ok(())
}
