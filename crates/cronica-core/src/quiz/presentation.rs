//! How a question is shown without giving its answer away: options, items and roles in an order
//! fixed by the attempt's seed, so a reload or a language switch shows the same order and another
//! attempt shows another.

use super::{ChoiceOption, CorrectAnswer, MatchedRole, QuestionBody};
use crate::base::typed::typed_answer_key;
use crate::base::{FigureRef, Lang, Ref, StoredAnswer};

/// Names the app needs to show questions: event titles and figure names in one language.
pub trait Names {
    fn event_title(&self, id: &str) -> String;
    fn figure_name(&self, id: &str) -> String;
}

/// FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
fn stable_hash(text: &str, seed: u64) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325 ^ seed, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A permutation of `0..len` for one question of one attempt; never the identity when `len > 1`
/// and `avoid_identity` is set (used where the written order is the answer).
pub(crate) fn shown_order(seed: u64, question_id: &str, salt: &str, len: usize, avoid_identity: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut rng = fastrand::Rng::with_seed(stable_hash(question_id, seed ^ stable_hash(salt, 0)));
    rng.shuffle(&mut order);
    if avoid_identity && len > 1 && order.iter().enumerate().all(|(i, &j)| i == j) {
        order.rotate_left(1);
    }
    order
}

/// The question without its answer, in the order the attempt `seed` fixes.
pub fn question_body(answer: &StoredAnswer, question_id: &str, seed: u64, lang: Lang, names: &impl Names) -> QuestionBody {
    match answer {
        StoredAnswer::MultipleChoice { options, .. } => QuestionBody::MultipleChoice {
            options: shown_order(seed, question_id, "options", options.len(), false)
                .into_iter()
                .map(|i| ChoiceOption { id: i as i64, text: options[i].get(lang).to_string() })
                .collect(),
        },
        StoredAnswer::TrueFalse { .. } => QuestionBody::TrueFalse,
        StoredAnswer::Year { .. } => QuestionBody::Year,
        StoredAnswer::Order { items } => QuestionBody::Order {
            items: shown_order(seed, question_id, "items", items.len(), true)
                .into_iter()
                .map(|i| Ref { id: items[i].clone(), title: names.event_title(&items[i]) })
                .collect(),
        },
        StoredAnswer::Match { pairs } => QuestionBody::Match {
            figures: pairs.iter().map(|p| FigureRef { id: p.figure.clone(), name: names.figure_name(&p.figure) }).collect(),
            roles: role_order(seed, question_id, pairs.len())
                .into_iter()
                .enumerate()
                .map(|(shown, pair)| ChoiceOption { id: shown as i64, text: pairs[pair].role.get(lang).to_string() })
                .collect(),
        },
        StoredAnswer::Typed { .. } => QuestionBody::Typed { max_length: super::MAX_TYPED },
    }
}

/// Match roles are identified by their shown position (an id that follows the figures' order
/// would give the answer away); this is that order: shown position → pair index.
pub(crate) fn role_order(seed: u64, question_id: &str, len: usize) -> Vec<usize> {
    shown_order(seed, question_id, "roles", len, true)
}

/// The right answer, as data.
pub fn correct_answer(answer: &StoredAnswer, lang: Lang, names: &impl Names) -> CorrectAnswer {
    match answer {
        StoredAnswer::MultipleChoice { options, answer } => CorrectAnswer::MultipleChoice {
            option: ChoiceOption { id: *answer as i64, text: options.get(*answer).map(|o| o.get(lang).to_string()).unwrap_or_default() },
        },
        StoredAnswer::TrueFalse { answer } => CorrectAnswer::TrueFalse { value: *answer },
        StoredAnswer::Year { answer } => CorrectAnswer::Year { year: *answer },
        StoredAnswer::Order { items } => {
            CorrectAnswer::Order { items: items.iter().map(|id| Ref { id: id.clone(), title: names.event_title(id) }).collect() }
        }
        StoredAnswer::Match { pairs } => CorrectAnswer::Match {
            pairs: pairs
                .iter()
                .map(|p| MatchedRole {
                    figure: FigureRef { id: p.figure.clone(), name: names.figure_name(&p.figure) },
                    role: p.role.get(lang).to_string(),
                })
                .collect(),
        },
        StoredAnswer::Typed { accepted } => {
            // This language's answers first, then the other's that grade differently (both count).
            let other = Lang::ALL.into_iter().filter(|l| *l != lang);
            let mut keys = Vec::new();
            let mut texts = Vec::new();
            for text in std::iter::once(lang).chain(other).flat_map(|l| accepted.get(l)) {
                let key = typed_answer_key(text);
                if !keys.contains(&key) {
                    keys.push(key);
                    texts.push(text.clone());
                }
            }
            let mut texts = texts.into_iter();
            CorrectAnswer::Typed { answer: texts.next().unwrap_or_default(), others: texts.collect() }
        }
    }
}
