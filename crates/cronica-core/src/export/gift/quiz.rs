//! GIFT of a teacher's saved quiz, so it can go to Moodle as it is: its questions in the quiz's
//! order under one category named after the quiz. Bank questions are written as the bank export
//! writes them; the teacher's own questions map onto the same GIFT types, in the language asked
//! for where written and in the other one where not, and a typed answer becomes a short-answer
//! question that accepts each of its answers. A question that no longer exists is left out, as in
//! the quiz's pack. GIFT has no time limits or points per question, so those are not written.

use super::{bank_question, question};
use crate::app::Cronica;
use crate::base::Lang;
use crate::error::Result;
use crate::export::own::{OwnAsked, own_asked};
use crate::teacher::{ItemOrigin, OwnQuestion};

impl Cronica {
    /// A saved quiz as a GIFT file in `lang`; `sources_label` heads each question's sources.
    pub fn teacher_quiz_gift(&self, lang: Lang, id: &str, sources_label: &str) -> Result<String> {
        let content = self.content();
        let user = self.user();
        let reader = user.read();
        let (summary, items) = reader.teacher_quiz(id)?;
        let mut questions = Vec::with_capacity(items.len());
        for item in items {
            match item.origin {
                ItemOrigin::Bank if content.question_exists(&item.question_id)? => {
                    questions.push(bank_question(&content, lang, &item.question_id, sources_label)?);
                }
                ItemOrigin::Own => {
                    if let Some(own) = reader.own_question(&item.question_id)? {
                        questions.push(own_question(&own, lang, sources_label)?);
                    }
                }
                ItemOrigin::Bank => {}
            }
        }
        let title = one_line(&summary.title);
        let mut out = format!("// {title}: {} question(s) ({lang}), content as of {}\n", questions.len(), content.as_of()?);
        // A slash would start a subcategory in Moodle.
        out.push_str(&format!("\n$CATEGORY: cronica/{}\n", title.replace('/', "-")));
        for q in questions {
            out.push('\n');
            out.push_str(&q);
        }
        Ok(out)
    }
}

/// A title fit for a comment or category line: control characters (newlines included) as spaces.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_string()
}

/// One of the teacher's own questions; its source, if any, follows the explanation.
fn own_question(own: &OwnQuestion, lang: Lang, sources_label: &str) -> Result<String> {
    let (id, draft) = (own.id.as_str(), &own.draft);
    let prompt = draft.prompt.shown(lang);
    let explanation = draft.explanation.shown(lang);
    let feedback = match draft.source.as_deref().map(str::trim) {
        Some(source) if !source.is_empty() => format!("{explanation}\n{sources_label}: {source}"),
        _ => explanation.to_string(),
    };
    let OwnAsked(answer, labels) = own_asked(own, lang)?;
    question(id, prompt, &answer, &feedback, lang, &labels)
}

#[cfg(test)]
mod tests {
    use crate::app::tests_support::app;
    use crate::base::Lang;
    use crate::teacher::{
        ItemOrigin, OwnAnswer, OwnPair, OwnQuestionDraft, OwnQuestionSaved, QuizItemDraft, TeacherQuizDraft, TeacherText,
    };

    fn text(es: &str, en: &str) -> TeacherText {
        let some = |t: &str| (!t.is_empty()).then(|| t.to_string());
        TeacherText { es: some(es), en: some(en) }
    }

    /// A saved own question, explained in the languages its prompt is written in.
    fn own(app: &crate::Cronica, prompt: TeacherText, answer: OwnAnswer) -> QuizItemDraft {
        let explanation = text(if prompt.es.is_some() { "Porque sí." } else { "" }, if prompt.en.is_some() { "Because." } else { "" });
        let draft = OwnQuestionDraft { prompt, answer, explanation, source: Some("BCN".into()) };
        let question = match app.save_own_question(None, draft).unwrap() {
            OwnQuestionSaved::Saved { question } => question,
            OwnQuestionSaved::Invalid { issues } => panic!("refused: {issues:?}"),
        };
        QuizItemDraft { origin: ItemOrigin::Own, question_id: question.id, time_limit_s: 30, points: 100 }
    }

    #[test]
    fn a_quiz_of_bank_and_own_questions_in_its_order() {
        let app = app();
        let bank = QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q01".into(), time_limit_s: 30, points: 100 };
        let pairs = vec![
            OwnPair { left: text("Allende", "Allende"), right: text("Presidente", "President") },
            OwnPair { left: text("Prats", "Prats"), right: text("Comandante", "Commander") },
        ];
        let options = vec![text("A", "A"), text("B", "B"), text("C", "C")];
        let items = vec![
            own(&app, text("¿Quién?", "Who?"), OwnAnswer::MultipleChoice { options, answer: 1 }),
            bank,
            own(&app, text("Escribe: Allende", ""), OwnAnswer::Typed { accepted: vec![text("Allende", ""), text("Salvador Allende", "")] }),
            own(
                &app,
                text("Ordena", "Order"),
                OwnAnswer::Order { items: vec![text("Uno", "One"), text("Dos", "Two"), text("Tres", "Three")] },
            ),
            own(&app, text("Une", "Match"), OwnAnswer::Match { pairs }),
        ];
        let draft = TeacherQuizDraft { title: "Mi prueba/1\n".into(), description: String::new(), items };
        let quiz = app.save_teacher_quiz(None, &draft).unwrap();

        let gift = app.teacher_quiz_gift(Lang::En, &quiz.id, "Sources").unwrap();
        assert!(gift.starts_with("// Mi prueba/1: 5 question(s) (en)"), "{gift}");
        assert!(gift.contains("\n$CATEGORY: cronica/Mi prueba-1\n"), "{gift}");
        let titles: Vec<&str> = gift.lines().filter(|l| l.starts_with("::")).map(|l| l.split("::").nth(1).unwrap()).collect();
        assert_eq!(titles.len(), 5, "{gift}");
        assert_eq!(titles[1], "up-q01", "in the quiz's order: {gift}");
        assert!(gift.contains("Who? {\n~A\n=B\n~C\n####Because.\\nSources\\: BCN\n}\n"), "{gift}");
        let typed = "Escribe\\: Allende {\n=Allende\n=Salvador Allende\n####Porque sí.\\nSources\\: BCN\n}\n";
        assert!(gift.contains(typed), "a question written in Spanish only is shown in Spanish: {gift}");
        assert!(gift.contains("=Allende -> President\n=Prats -> Commander\n"), "{gift}");
        let mut order: Vec<&str> = gift.lines().filter(|l| l.ends_with(" -> 1") || l.ends_with(" -> 2") || l.ends_with(" -> 3")).collect();
        order.sort();
        assert_eq!(order, ["=One -> 1", "=Three -> 3", "=Two -> 2"], "{gift}");
        assert!(app.teacher_quiz_gift(Lang::Es, "quiz-missing", "Fuentes").is_err());
    }
}
