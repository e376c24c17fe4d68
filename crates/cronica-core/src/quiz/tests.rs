use std::collections::BTreeMap;

use super::*;
use crate::base::{Lang, Localized, StoredAnswer, StoredPair};

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

fn options(body: &QuestionBody) -> Vec<ChoiceOption> {
    match body {
        QuestionBody::MultipleChoice { options } => options.clone(),
        other => panic!("not multiple choice: {other:?}"),
    }
}

#[test]
fn multiple_choice_is_graded_by_option_identity_not_position() {
    let answer = StoredAnswer::MultipleChoice { options: vec![l("a", "a"), l("b", "b"), l("c", "c"), l("d", "d")], answer: 1 };
    let shown = options(&question_body(&answer, "q", 42, Lang::En, &TestNames));
    let right = shown.iter().find(|o| o.text == "b").unwrap().id;
    assert!(grade(&answer, "q", 42, &QuizResponse::MultipleChoice { choice: right }).unwrap());
    let wrong = shown.iter().find(|o| o.text == "c").unwrap().id;
    assert!(!grade(&answer, "q", 42, &QuizResponse::MultipleChoice { choice: wrong }).unwrap());
    assert!(grade(&answer, "q", 42, &QuizResponse::MultipleChoice { choice: 4 }).is_err());
    assert!(grade(&answer, "q", 42, &QuizResponse::TrueFalse { value: true }).is_err());
    assert_eq!(
        correct_answer(&answer, Lang::En, &TestNames),
        CorrectAnswer::MultipleChoice { option: ChoiceOption { id: 1, text: "b".into() } }
    );
}

#[test]
fn option_order_is_fixed_per_attempt_and_language_and_varies_between_attempts() {
    let answer = StoredAnswer::MultipleChoice { options: vec![l("a", "A"), l("b", "B"), l("c", "C"), l("d", "D")], answer: 1 };
    let ids = |seed, lang| options(&question_body(&answer, "q", seed, lang, &TestNames)).iter().map(|o| o.id).collect::<Vec<_>>();
    assert_eq!(ids(7, Lang::Es), ids(7, Lang::Es), "a reload shows the same order");
    assert_eq!(ids(7, Lang::Es), ids(7, Lang::En), "a language switch shows the same order");
    let mut positions_of_key = std::collections::HashSet::new();
    for seed in 0..20 {
        positions_of_key.insert(ids(seed, Lang::Es).iter().position(|&id| id == 1).unwrap());
    }
    assert_eq!(positions_of_key.len(), 4, "over 20 attempts the right option appears in every position");
}

#[test]
fn match_roles_are_shown_shuffled_and_graded_by_what_was_shown() {
    let answer = match_answer();
    let QuestionBody::Match { figures, roles } = question_body(&answer, "q-match", 1, Lang::En, &TestNames) else {
        panic!("not a match body");
    };
    assert_eq!(figures.len(), 3);
    let texts: Vec<&str> = roles.iter().map(|r| r.text.as_str()).collect();
    assert_ne!(texts, vec!["president", "admiral", "general"], "roles must not be listed in answer order");
    let id_of = |role: &str| roles.iter().find(|r| r.text == role).unwrap().id;
    let right = BTreeMap::from([("a".into(), id_of("president")), ("b".into(), id_of("admiral")), ("c".into(), id_of("general"))]);
    assert!(grade(&answer, "q-match", 1, &QuizResponse::Match { roles: right }).unwrap());
    let wrong = BTreeMap::from([("a".into(), id_of("admiral")), ("b".into(), id_of("president")), ("c".into(), id_of("general"))]);
    assert!(!grade(&answer, "q-match", 1, &QuizResponse::Match { roles: wrong }).unwrap());
    let incomplete = BTreeMap::from([("a".into(), 0)]);
    assert!(grade(&answer, "q-match", 1, &QuizResponse::Match { roles: incomplete }).is_err());
}

#[test]
fn order_is_shuffled_and_must_list_each_event_once() {
    let answer = StoredAnswer::Order { items: vec!["x".into(), "y".into(), "z".into()] };
    for seed in 0..10 {
        let QuestionBody::Order { items } = question_body(&answer, "q", seed, Lang::Es, &TestNames) else { panic!() };
        assert_ne!(items.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec!["x", "y", "z"]);
    }
    let order = |ids: &[&str]| QuizResponse::Order { order: ids.iter().map(|s| s.to_string()).collect() };
    assert!(grade(&answer, "q", 0, &order(&["x", "y", "z"])).unwrap());
    assert!(!grade(&answer, "q", 0, &order(&["y", "x", "z"])).unwrap());
    assert!(grade(&answer, "q", 0, &order(&["x", "x", "z"])).is_err());
    let CorrectAnswer::Order { items } = correct_answer(&answer, Lang::Es, &TestNames) else { panic!() };
    assert_eq!(items.iter().map(|r| r.title.as_str()).collect::<Vec<_>>(), vec!["E:x", "E:y", "E:z"]);
}

#[test]
fn selection_prefers_missed_then_unseen() {
    let mut candidates = vec![("wrong".to_string(), History::LastWrong)];
    candidates.extend((0..20).map(|i| (format!("right-{i}"), History::LastRight)));
    candidates.extend((0..5).map(|i| (format!("new-{i}"), History::Unseen)));
    let picked = select_questions(&candidates, Some(QUIZ_LENGTH), &mut fastrand::Rng::with_seed(3));
    assert_eq!(picked.len(), QUIZ_LENGTH);
    assert!(picked.contains(&"wrong".to_string()));
    assert_eq!(picked.iter().filter(|id| id.starts_with("new-")).count(), 5);
    assert_eq!(picked.iter().filter(|id| id.starts_with("right-")).count(), 4);
}
