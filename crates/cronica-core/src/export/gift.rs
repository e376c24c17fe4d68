//! Export of the question bank as Moodle GIFT, so a teacher can import Crónica's questions into
//! Moodle (or any tool that reads GIFT) and build their own quizzes from them.
//!
//! Each question is titled `::<question id>::` and filed under `$CATEGORY: cronica/<chapter id>`.
//! Multiple choice lists the options in the author's order (Moodle shuffles them), true/false is
//! `{T}`/`{F}`, a year is a numerical answer, a match question pairs figure names with roles, and a
//! typed-answer question is a short answer (`{=a =b}`) accepting each of its answers in the language,
//! each also without accents and punctuation (Moodle ignores only case).
//! GIFT has no ordering question, so an order question becomes a matching question that pairs each
//! event's title with its position in time ("1", "2", …), the events listed in a shuffled but fixed
//! order (the app's own, for seed 0) so the list does not give the answer away. The explanation
//! and its sources (publisher, title, date) are the general feedback (`####`).
//!
//! Text is plain, in GIFT's default (Moodle auto-format), with GIFT's special characters escaped
//! and newlines written `\n`. A question whose text holds `<` or `&` is marked `[plain]` so Moodle
//! does not read it as HTML. GIFT cannot escape `->`, so inside a matching pair it becomes `→`.
//!
//! A teacher's saved quiz is exported the same way (`quiz`).

mod quiz;

use std::collections::HashMap;

use crate::base::typed::typed_answer_key;
use crate::base::{Lang, StoredAnswer};
use crate::error::{Error, Result};
use crate::quiz::{Names, QuestionBody, question_body};
use crate::sources::Source;
use crate::storage::ContentDb;
use crate::export::own::Labels;

/// Which questions to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GiftSelection {
    /// Every question, chapters in reading order.
    Bank,
    /// The questions of one chapter, by chapter id.
    Chapter(String),
}

/// The selected questions in one language, as a GIFT file.
/// `sources_label` heads each question's sources in its feedback (the caller words it).
pub fn export(db: &ContentDb, lang: Lang, selection: GiftSelection, sources_label: &str) -> Result<String> {
    let ids = match selection {
        GiftSelection::Bank => db.bank_question_ids()?,
        GiftSelection::Chapter(chapter) => {
            // An unknown chapter is an error, not an empty file.
            db.chapter_title(lang, &chapter)?;
            db.question_ids(&chapter)?.into_iter().map(|id| (chapter.clone(), id)).collect()
        }
    };
    let mut out = format!("// {}: {} question(s) ({lang}), content as of {}\n", db.title(lang)?, ids.len(), db.as_of()?);
    let mut category: Option<String> = None;
    for (chapter, id) in ids {
        if category.as_deref() != Some(chapter.as_str()) {
            out.push_str(&format!("\n$CATEGORY: cronica/{chapter}\n"));
            category = Some(chapter);
        }
        out.push('\n');
        out.push_str(&bank_question(db, lang, &id, sources_label)?);
    }
    Ok(out)
}

/// One question of the bank, its explanation and sources as the general feedback.
fn bank_question(db: &ContentDb, lang: Lang, id: &str, sources_label: &str) -> Result<String> {
    let q = db.question(lang, id)?;
    let labels = labels(db, lang, &q.answer)?;
    let feedback = feedback(&q.explanation, &db.question_sources(id)?, sources_label);
    question(id, &q.prompt, &q.answer, &feedback, lang, &labels)
}

/// Escapes GIFT's special characters (`~ = # { } :` and backslash) with a backslash, and writes
/// newlines as `\n` (a raw newline could end the question).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// One side of a matching pair: escaped, and without the `->` that separates the sides.
fn pair_side(text: &str) -> String {
    escape(text).replace("->", "→")
}

/// The explanation, then its sources on a line of their own.
fn feedback(explanation: &str, sources: &[Source], label: &str) -> String {
    if sources.is_empty() {
        return explanation.to_string();
    }
    let cited: Vec<String> = sources
        .iter()
        .map(|s| match s.date {
            Some(date) => format!("{}, {}, {date}", s.publisher, s.title),
            None => format!("{}, {}", s.publisher, s.title),
        })
        .collect();
    format!("{explanation}\n{label}: {}", cited.join("; "))
}

fn labels(db: &ContentDb, lang: Lang, answer: &StoredAnswer) -> Result<Labels> {
    let map = match answer {
        StoredAnswer::Order { items } => items.iter().map(|id| Ok((id.clone(), db.event_title(lang, id)?))).collect::<Result<_>>()?,
        StoredAnswer::Match { pairs } => pairs.iter().map(|p| Ok((p.figure.clone(), db.figure_name(&p.figure)?))).collect::<Result<_>>()?,
        _ => HashMap::new(),
    };
    Ok(Labels(map))
}

/// One GIFT question; `feedback` is unescaped text.
fn question(id: &str, prompt: &str, answer: &StoredAnswer, feedback: &str, lang: Lang, names: &impl Names) -> Result<String> {
    let general = format!("####{}", escape(feedback));
    let body = match answer {
        StoredAnswer::MultipleChoice { options, answer: right } => {
            if *right >= options.len() {
                return Err(Error::Corrupt(format!("question {id}: answer {right} of {} options", options.len())));
            }
            let lines: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}{}\n", if i == *right { '=' } else { '~' }, escape(o.get(lang))))
                .collect();
            format!("{{\n{}{general}\n}}", lines.concat())
        }
        StoredAnswer::TrueFalse { answer } => format!("{{{}{general}}}", if *answer { 'T' } else { 'F' }),
        StoredAnswer::Year { answer } => format!("{{#{answer}{general}}}"),
        StoredAnswer::Match { pairs } => {
            let lines: Vec<String> = pairs
                .iter()
                .map(|p| format!("={} -> {}\n", pair_side(&names.figure_name(&p.figure)), pair_side(p.role.get(lang))))
                .collect();
            format!("{{\n{}{general}\n}}", lines.concat())
        }
        StoredAnswer::Typed { accepted } => {
            let lines: String = short_answers(accepted.get(lang)).iter().map(|a| format!("={}\n", escape(a))).collect();
            format!("{{\n{lines}{general}\n}}")
        }
        StoredAnswer::Order { items: chronological } => {
            let QuestionBody::Order { items: shown } = question_body(answer, id, 0, lang, names) else {
                return Err(Error::Corrupt(format!("question {id}: order question shown as another kind")));
            };
            let lines: Vec<String> = shown
                .iter()
                .map(|item| {
                    let position = chronological.iter().position(|c| *c == item.id).map_or(0, |p| p + 1);
                    format!("={} -> {position}\n", pair_side(&item.title))
                })
                .collect();
            format!("{{\n{}{general}\n}}", lines.concat())
        }
    };
    Ok(titled(id, prompt, &body))
}

/// A short answer's right answers: each accepted one as written, then as the app compares it
/// (lower case, accents and punctuation off) where that differs, since Moodle ignores case but
/// not accents or punctuation ("Concertación" also as "concertacion", "O'Higgins" as "ohiggins").
fn short_answers(accepted: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in accepted.iter().flat_map(|a| [a.trim().to_string(), typed_answer_key(a)]) {
        if !text.is_empty() && !out.iter().any(|known| known.to_lowercase() == text.to_lowercase()) {
            out.push(text);
        }
    }
    out
}

/// `::id::prompt {body}`, marked `[plain]` when the text holds `<` or `&`; `body` is GIFT already.
fn titled(id: &str, prompt: &str, body: &str) -> String {
    let text = format!("{} {body}", escape(prompt));
    let marker = if text.contains(['<', '&']) { "[plain]" } else { "" };
    format!("::{}::{marker}{text}\n", escape(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tests_support::fixture_content;
    use crate::base::{AcceptedAnswers, Localized, StoredPair};

    fn text(es: &str, en: &str) -> Localized {
        Localized { es: es.into(), en: en.into() }
    }

    fn names() -> Labels {
        let pairs = [("e1970", "Elección"), ("e1971", "Cobre"), ("e1973", "Golpe"), ("allende", "Salvador Allende"), ("pinochet", "A->P")];
        Labels(pairs.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn gift(answer: &StoredAnswer, lang: Lang) -> String {
        question("q1", "Prompt?", answer, "Why.", lang, &names()).unwrap()
    }

    #[test]
    fn escapes_every_special_character() {
        for (raw, escaped) in [("~", "\\~"), ("=", "\\="), ("#", "\\#"), ("{", "\\{"), ("}", "\\}"), (":", "\\:"), ("\\", "\\\\")] {
            assert_eq!(escape(raw), escaped);
        }
        assert_eq!(escape("a\nb\r\nc"), "a\\nb\\nc");
        assert_eq!(escape("¿Qué año? «1973» -> sí"), "¿Qué año? «1973» -> sí");
    }

    #[test]
    fn a_question_with_special_text_is_escaped_everywhere() {
        let answer = StoredAnswer::MultipleChoice { options: vec![text("{a}", "{a}"), text("b=c", "b=c")], answer: 0 };
        let out = question("x:1", "Is {1} = ~2 # 3: a\\b?", &answer, "See: #1\nthen {2}.", Lang::En, &names()).unwrap();
        assert_eq!(out, "::x\\:1::Is \\{1\\} \\= \\~2 \\# 3\\: a\\\\b? {\n=\\{a\\}\n~b\\=c\n####See\\: \\#1\\nthen \\{2\\}.\n}\n");
    }

    #[test]
    fn multiple_choice_keeps_the_authors_order() {
        let answer =
            StoredAnswer::MultipleChoice { options: vec![text("Uno", "One"), text("Dos", "Two"), text("Tres", "Three")], answer: 1 };
        assert_eq!(gift(&answer, Lang::En), "::q1::Prompt? {\n~One\n=Two\n~Three\n####Why.\n}\n");
        assert_eq!(gift(&answer, Lang::Es), "::q1::Prompt? {\n~Uno\n=Dos\n~Tres\n####Why.\n}\n");
        let broken = StoredAnswer::MultipleChoice { options: vec![text("Uno", "One")], answer: 1 };
        assert!(question("q1", "P", &broken, "", Lang::Es, &names()).is_err());
    }

    #[test]
    fn true_false_and_year() {
        assert_eq!(gift(&StoredAnswer::TrueFalse { answer: true }, Lang::Es), "::q1::Prompt? {T####Why.}\n");
        assert_eq!(gift(&StoredAnswer::TrueFalse { answer: false }, Lang::Es), "::q1::Prompt? {F####Why.}\n");
        assert_eq!(gift(&StoredAnswer::Year { answer: 1973 }, Lang::Es), "::q1::Prompt? {#1973####Why.}\n");
    }

    #[test]
    fn match_pairs_figure_names_with_roles() {
        let pairs = vec![
            StoredPair { figure: "allende".into(), role: text("Presidente", "President") },
            StoredPair { figure: "pinochet".into(), role: text("Comandante: Ejército", "Commander") },
        ];
        let out = gift(&StoredAnswer::Match { pairs }, Lang::Es);
        assert_eq!(out, "::q1::Prompt? {\n=Salvador Allende -> Presidente\n=A→P -> Comandante\\: Ejército\n####Why.\n}\n");
    }

    #[test]
    fn typed_becomes_a_short_answer_accepting_this_languages_answers() {
        let accepted = AcceptedAnswers {
            es: vec!["Carlos Prats".into(), "Prats".into(), "PRATS".into()],
            en: vec!["General Prats: {1}".into(), "Concertación".into(), "O’Higgins".into()],
        };
        let answer = StoredAnswer::Typed { accepted };
        assert_eq!(gift(&answer, Lang::Es), "::q1::Prompt? {\n=Carlos Prats\n=Prats\n####Why.\n}\n", "case aside, once each");
        assert_eq!(
            gift(&answer, Lang::En),
            "::q1::Prompt? {\n=General Prats\\: \\{1\\}\n=general prats 1\n=Concertación\n=concertacion\n=O’Higgins\n=ohiggins\n####Why.\n}\n",
            "escaped, and each also as the app compares it"
        );
    }

    #[test]
    fn order_becomes_matching_with_positions_in_a_shuffled_list() {
        let answer = StoredAnswer::Order { items: vec!["e1970".into(), "e1971".into(), "e1973".into()] };
        let out = gift(&answer, Lang::Es);
        let mut pairs: Vec<&str> = out.lines().filter(|l| l.starts_with('=')).collect();
        assert_ne!(pairs, ["=Elección -> 1", "=Cobre -> 2", "=Golpe -> 3"], "listed in time order: {out}");
        pairs.sort();
        assert_eq!(pairs, ["=Cobre -> 2", "=Elección -> 1", "=Golpe -> 3"]);
        assert_eq!(out, gift(&answer, Lang::Es), "the listed order is stable");
    }

    #[test]
    fn html_characters_mark_the_question_plain() {
        let out = question("q1", "Less than <5%?", &StoredAnswer::TrueFalse { answer: true }, "A & B", Lang::Es, &names()).unwrap();
        assert_eq!(out, "::q1::[plain]Less than <5%? {T####A & B}\n");
    }

    #[test]
    fn exports_the_fixture_bank_and_one_chapter() {
        let db = fixture_content();
        let out = export(&db, Lang::En, GiftSelection::Bank, "Sources").unwrap();
        assert_eq!(out.matches("$CATEGORY: cronica/unidad-popular\n").count(), 1);
        for id in ["up-q01", "up-q02", "up-q03", "up-q04", "up-q05", "up-q06"] {
            assert!(out.contains(&format!("\n::{id}::")), "{id} in {out}");
        }
        assert!(
            out.contains("::up-q06::Which president led Popular Unity? Type his surname. {\n=Salvador Allende\n=Allende\n####"),
            "{out}"
        );
        assert!(out.contains("Sources\\: Fixture Press, A press article, 2020-05-01"), "{out}");
        assert!(out.contains("=Salvador Allende Gossens -> President\n"), "{out}");
        assert_eq!(export(&db, Lang::En, GiftSelection::Chapter("unidad-popular".into()), "Sources").unwrap(), out);
        assert!(export(&db, Lang::Es, GiftSelection::Chapter("nope".into()), "Fuentes").is_err());
    }
}
