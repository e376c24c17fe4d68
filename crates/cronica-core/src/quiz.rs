//! Quiz logic: how answers are stored, shown without giving them away, graded and explained.

use serde::{Deserialize, Serialize};

use crate::content::model::{Answer, Event};
use crate::error::{Error, Result};
use crate::lang::{Lang, Localized};
use crate::views::{FigureRef, QuestionBody, QuizResponse, Ref};

/// Questions in one self-quiz.
pub const QUIZ_LENGTH: usize = 10;

/// The answer of a question as compiled into the content database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StoredAnswer {
    MultipleChoice {
        options: Vec<Localized>,
        answer: usize,
    },
    TrueFalse {
        answer: bool,
    },
    Year {
        answer: i64,
    },
    /// Event ids in chronological order.
    Order {
        items: Vec<String>,
    },
    Match {
        pairs: Vec<StoredPair>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPair {
    pub figure: String,
    pub role: Localized,
}

impl StoredAnswer {
    /// Converts a checked answer; order questions are sorted by their events' dates.
    pub fn from_model(answer: &Answer, events: &[Event]) -> StoredAnswer {
        match answer {
            Answer::MultipleChoice { options, answer } => {
                StoredAnswer::MultipleChoice { options: options.clone(), answer: answer.value.max(0) as usize }
            }
            Answer::TrueFalse(answer) => StoredAnswer::TrueFalse { answer: *answer },
            Answer::Year(year) => StoredAnswer::Year { answer: year.value },
            Answer::Order(items) => {
                let date_of = |id: &str| events.iter().find(|e| e.id.value == id).map(|e| e.date.value.first_day()).unwrap_or(0);
                let mut items: Vec<String> = items.iter().map(|i| i.value.clone()).collect();
                items.sort_by_key(|id| date_of(id));
                StoredAnswer::Order { items }
            }
            Answer::Match(pairs) => StoredAnswer::Match {
                pairs: pairs.iter().map(|p| StoredPair { figure: p.figure.value.clone(), role: p.role.clone() }).collect(),
            },
        }
    }
}

/// Names the app needs to show questions: event titles and figure names in one language.
pub trait Names {
    fn event_title(&self, id: &str) -> String;
    fn figure_name(&self, id: &str) -> String;
}

/// The order in which a match question lists its roles: fixed per question (so a language
/// switch mid-quiz changes nothing) and never the same as the figures' order.
fn role_order(question_id: &str, len: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    if len < 2 {
        return order;
    }
    let mut rng = fastrand::Rng::with_seed(stable_hash(question_id));
    rng.shuffle(&mut order);
    if order.iter().enumerate().all(|(i, &j)| i == j) {
        order.rotate_left(1);
    }
    order
}

/// FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The question without its answer. `rng` shuffles what must not be shown in answer order.
pub fn question_body(answer: &StoredAnswer, question_id: &str, lang: Lang, names: &impl Names, rng: &mut fastrand::Rng) -> QuestionBody {
    match answer {
        StoredAnswer::MultipleChoice { options, .. } => {
            QuestionBody::MultipleChoice { options: options.iter().map(|o| o.get(lang).to_string()).collect() }
        }
        StoredAnswer::TrueFalse { .. } => QuestionBody::TrueFalse,
        StoredAnswer::Year { .. } => QuestionBody::Year,
        StoredAnswer::Order { items } => {
            let mut shown: Vec<Ref> = items.iter().map(|id| Ref { id: id.clone(), title: names.event_title(id) }).collect();
            while shown.len() > 1 && shown.iter().zip(items).all(|(s, id)| &s.id == id) {
                rng.shuffle(&mut shown);
            }
            QuestionBody::Order { items: shown }
        }
        StoredAnswer::Match { pairs } => QuestionBody::Match {
            figures: pairs.iter().map(|p| FigureRef { id: p.figure.clone(), name: names.figure_name(&p.figure) }).collect(),
            roles: role_order(question_id, pairs.len()).into_iter().map(|i| pairs[i].role.get(lang).to_string()).collect(),
        },
    }
}

/// Whether `response` answers the question correctly. A response of the wrong kind or shape is
/// an input error, not a wrong answer.
pub fn grade(answer: &StoredAnswer, question_id: &str, response: &QuizResponse) -> Result<bool> {
    let invalid = |message: String| Error::InvalidInput(message);
    match (answer, response) {
        (StoredAnswer::MultipleChoice { options, answer }, QuizResponse::MultipleChoice { choice }) => {
            if *choice < 0 || *choice as usize >= options.len() {
                return Err(invalid(format!("choice {choice} is not one of the {} options", options.len())));
            }
            Ok(*choice as usize == *answer)
        }
        (StoredAnswer::TrueFalse { answer }, QuizResponse::TrueFalse { value }) => Ok(answer == value),
        (StoredAnswer::Year { answer }, QuizResponse::Year { year }) => {
            if !(0..=9999).contains(year) {
                return Err(invalid(format!("{year} is not a year")));
            }
            Ok(answer == year)
        }
        (StoredAnswer::Order { items }, QuizResponse::Order { order }) => {
            let mut given = order.clone();
            given.sort();
            let mut expected = items.clone();
            expected.sort();
            if given != expected {
                return Err(invalid("the order must list each of the question's events once".into()));
            }
            Ok(order == items)
        }
        (StoredAnswer::Match { pairs }, QuizResponse::Match { roles }) => {
            let shown = role_order(question_id, pairs.len());
            if roles.len() != pairs.len() {
                return Err(invalid(format!("expected a role for each of the {} figures", pairs.len())));
            }
            let mut all = true;
            for (i, pair) in pairs.iter().enumerate() {
                let Some(&choice) = roles.get(&pair.figure) else {
                    return Err(invalid(format!("no role chosen for '{}'", pair.figure)));
                };
                if choice < 0 || choice as usize >= shown.len() {
                    return Err(invalid(format!("role {choice} is not one of the {} roles", shown.len())));
                }
                all &= shown[choice as usize] == i;
            }
            Ok(all)
        }
        _ => Err(invalid("the answer is not of this question's kind".into())),
    }
}

/// The right answer, worded for display.
pub fn correct_answer_text(answer: &StoredAnswer, lang: Lang, names: &impl Names) -> String {
    match answer {
        StoredAnswer::MultipleChoice { options, answer } => options.get(*answer).map(|o| o.get(lang).to_string()).unwrap_or_default(),
        StoredAnswer::TrueFalse { answer } => match (lang, answer) {
            (Lang::Es, true) => "Verdadero".into(),
            (Lang::Es, false) => "Falso".into(),
            (Lang::En, true) => "True".into(),
            (Lang::En, false) => "False".into(),
        },
        StoredAnswer::Year { answer } => answer.to_string(),
        StoredAnswer::Order { items } => items.iter().map(|id| names.event_title(id)).collect::<Vec<_>>().join(" → "),
        StoredAnswer::Match { pairs } => {
            pairs.iter().map(|p| format!("{}: {}", names.figure_name(&p.figure), p.role.get(lang))).collect::<Vec<_>>().join("; ")
        }
    }
}

/// What a learner has done with one question before, for choosing what to ask next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    LastWrong,
    Unseen,
    LastRight,
}

/// Picks up to [`QUIZ_LENGTH`] questions: first the ones missed last time, then unseen ones, then
/// the rest, at random within each group; the result is shuffled.
pub fn select_questions(candidates: &[(String, History)], rng: &mut fastrand::Rng) -> Vec<String> {
    let mut picked = Vec::new();
    for group in [History::LastWrong, History::Unseen, History::LastRight] {
        let mut ids: Vec<&String> = candidates.iter().filter(|(_, h)| *h == group).map(|(id, _)| id).collect();
        rng.shuffle(&mut ids);
        picked.extend(ids.into_iter().take(QUIZ_LENGTH - picked.len()).cloned());
        if picked.len() == QUIZ_LENGTH {
            break;
        }
    }
    rng.shuffle(&mut picked);
    picked
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    struct TestNames;
    impl Names for TestNames {
        fn event_title(&self, id: &str) -> String {
            format!("E:{id}")
        }
        fn figure_name(&self, id: &str) -> String {
            format!("F:{id}")
        }
    }

    fn l(es: &str, en: &str) -> Localized {
        Localized { es: es.into(), en: en.into() }
    }

    fn match_answer() -> StoredAnswer {
        StoredAnswer::Match {
            pairs: vec![
                StoredPair { figure: "a".into(), role: l("presidente", "president") },
                StoredPair { figure: "b".into(), role: l("almirante", "admiral") },
                StoredPair { figure: "c".into(), role: l("general", "general") },
            ],
        }
    }

    #[test]
    fn multiple_choice_grading_and_range() {
        let answer = StoredAnswer::MultipleChoice { options: vec![l("a", "a"), l("b", "b"), l("c", "c")], answer: 1 };
        assert!(grade(&answer, "q", &QuizResponse::MultipleChoice { choice: 1 }).unwrap());
        assert!(!grade(&answer, "q", &QuizResponse::MultipleChoice { choice: 2 }).unwrap());
        assert!(grade(&answer, "q", &QuizResponse::MultipleChoice { choice: 3 }).is_err());
        assert!(grade(&answer, "q", &QuizResponse::TrueFalse { value: true }).is_err());
        assert_eq!(correct_answer_text(&answer, Lang::En, &TestNames), "b");
    }

    #[test]
    fn match_roles_are_shown_shuffled_and_graded_by_what_was_shown() {
        let answer = match_answer();
        let mut rng = fastrand::Rng::with_seed(1);
        let QuestionBody::Match { figures, roles } = question_body(&answer, "q-match", Lang::En, &TestNames, &mut rng) else {
            panic!("not a match body");
        };
        assert_eq!(figures.len(), 3);
        assert_ne!(roles, vec!["president", "admiral", "general"], "roles must not be listed in answer order");
        let index_of = |role: &str| roles.iter().position(|r| r == role).unwrap() as i64;
        let right =
            BTreeMap::from([("a".into(), index_of("president")), ("b".into(), index_of("admiral")), ("c".into(), index_of("general"))]);
        assert!(grade(&answer, "q-match", &QuizResponse::Match { roles: right }).unwrap());
        let wrong =
            BTreeMap::from([("a".into(), index_of("admiral")), ("b".into(), index_of("president")), ("c".into(), index_of("general"))]);
        assert!(!grade(&answer, "q-match", &QuizResponse::Match { roles: wrong }).unwrap());
        let incomplete = BTreeMap::from([("a".into(), 0)]);
        assert!(grade(&answer, "q-match", &QuizResponse::Match { roles: incomplete }).is_err());
    }

    #[test]
    fn order_is_shuffled_and_must_list_each_event_once() {
        let answer = StoredAnswer::Order { items: vec!["x".into(), "y".into(), "z".into()] };
        let mut rng = fastrand::Rng::with_seed(7);
        let QuestionBody::Order { items } = question_body(&answer, "q", Lang::Es, &TestNames, &mut rng) else { panic!() };
        assert_ne!(items.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec!["x", "y", "z"]);
        let order = |ids: &[&str]| QuizResponse::Order { order: ids.iter().map(|s| s.to_string()).collect() };
        assert!(grade(&answer, "q", &order(&["x", "y", "z"])).unwrap());
        assert!(!grade(&answer, "q", &order(&["y", "x", "z"])).unwrap());
        assert!(grade(&answer, "q", &order(&["x", "x", "z"])).is_err());
        assert_eq!(correct_answer_text(&answer, Lang::Es, &TestNames), "E:x → E:y → E:z");
    }

    #[test]
    fn selection_prefers_missed_then_unseen() {
        let mut candidates = vec![("wrong".to_string(), History::LastWrong)];
        candidates.extend((0..20).map(|i| (format!("right-{i}"), History::LastRight)));
        candidates.extend((0..5).map(|i| (format!("new-{i}"), History::Unseen)));
        let picked = select_questions(&candidates, &mut fastrand::Rng::with_seed(3));
        assert_eq!(picked.len(), QUIZ_LENGTH);
        assert!(picked.contains(&"wrong".to_string()));
        assert_eq!(picked.iter().filter(|id| id.starts_with("new-")).count(), 5);
        assert_eq!(picked.iter().filter(|id| id.starts_with("right-")).count(), 4);
    }
}
