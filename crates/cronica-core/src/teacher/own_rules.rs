//! Checks a teacher's draft with the bank's rules, plus what only a form can get wrong: a text
//! missing in one of the question's languages, or far too long.

use super::own::{OwnAnswer, OwnQuestionDraft, QuestionIssue, TeacherText};
use crate::base::Lang;
use crate::base::question_rules::{self as rules, QuestionPart, QuestionProblem};

pub(crate) const MAX_PROMPT: usize = 600;
pub(crate) const MAX_TEXT: usize = 300;
pub(crate) const MAX_EXPLANATION: usize = 2000;

fn issue(part: QuestionPart, problem: QuestionProblem) -> QuestionIssue {
    QuestionIssue { part, problem }
}

/// The languages the question is written in: those its prompt has (Spanish when it has none).
fn languages(draft: &OwnQuestionDraft) -> Vec<Lang> {
    let written: Vec<Lang> = Lang::ALL.into_iter().filter(|l| draft.prompt.get(*l).is_some()).collect();
    if written.is_empty() { vec![Lang::Es] } else { written }
}

/// Each text must exist in every language of the question and stay within `max` characters.
fn texts<'a>(
    langs: &[Lang],
    items: impl IntoIterator<Item = &'a TeacherText>,
    part: impl Fn(Lang) -> QuestionPart,
    max: usize,
) -> Vec<QuestionIssue> {
    let mut out = Vec::new();
    for text in items {
        for &lang in langs {
            match text.get(lang) {
                None => out.push(issue(part(lang), QuestionProblem::MissingText { lang })),
                Some(t) if t.chars().count() > max => out.push(issue(part(lang), QuestionProblem::TooLong { max })),
                Some(_) => {}
            }
        }
    }
    out.dedup();
    out
}

fn per_lang<'a>(langs: &[Lang], items: &'a [TeacherText]) -> Vec<(Lang, Vec<&'a str>)> {
    langs.iter().map(|&l| (l, items.iter().map(|t| t.get(l).unwrap_or("")).collect())).collect()
}

pub fn check(draft: &OwnQuestionDraft, as_of_year: i64) -> Vec<QuestionIssue> {
    let langs = languages(draft);
    let mut out = texts(&langs, [&draft.prompt], |lang| QuestionPart::Prompt { lang }, MAX_PROMPT);
    out.extend(texts(&langs, [&draft.explanation], |lang| QuestionPart::Explanation { lang }, MAX_EXPLANATION));
    if draft.source.as_deref().is_some_and(|s| s.chars().count() > MAX_TEXT) {
        out.push(issue(QuestionPart::Source, QuestionProblem::TooLong { max: MAX_TEXT }));
    }
    let found = match &draft.answer {
        OwnAnswer::MultipleChoice { options, answer } => {
            out.extend(texts(&langs, options, |lang| QuestionPart::OptionTexts { lang }, MAX_TEXT));
            rules::check_choice(options.len(), *answer, per_lang(&langs, options))
        }
        OwnAnswer::TrueFalse { .. } => Vec::new(),
        OwnAnswer::Year { answer } => rules::check_year(*answer, as_of_year),
        OwnAnswer::Order { items } => {
            out.extend(texts(&langs, items, |lang| QuestionPart::OptionTexts { lang }, MAX_TEXT));
            rules::check_order_count(items.len())
        }
        OwnAnswer::Match { pairs } => {
            let lefts: Vec<TeacherText> = pairs.iter().map(|p| p.left.clone()).collect();
            let rights: Vec<TeacherText> = pairs.iter().map(|p| p.right.clone()).collect();
            out.extend(texts(&langs, lefts.iter().chain(&rights), |lang| QuestionPart::PairTexts { lang }, MAX_TEXT));
            rules::check_pairs(pairs.len(), per_lang(&langs, &rights))
        }
        OwnAnswer::Typed { accepted } => {
            out.extend(texts(&langs, accepted, |lang| QuestionPart::OptionTexts { lang }, MAX_TEXT));
            if accepted.is_empty() {
                vec![(QuestionPart::Answer, QuestionProblem::NoAcceptedAnswer)]
            } else {
                // The bank's rules for what is written: a word in each answer, no two graded alike.
                let mut found = Vec::new();
                for (lang, written) in per_lang(&langs, accepted) {
                    let written: Vec<&str> = written.into_iter().filter(|t| !t.is_empty()).collect();
                    let problems = rules::check_accepted(lang, &written, MAX_TEXT).into_iter().map(|(_, problem)| problem);
                    let problems = problems
                        .filter(|p| matches!(p, QuestionProblem::AcceptedWithoutWords { .. } | QuestionProblem::AcceptedRepeat { .. }));
                    found.extend(problems.map(|problem| (QuestionPart::OptionTexts { lang }, problem)));
                }
                found.dedup();
                found
            }
        }
    };
    out.extend(found.into_iter().map(|(part, problem)| issue(part, problem)));
    out
}
