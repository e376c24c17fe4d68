//! How well the question bank resists test-wiseness, per language: how often the right option is
//! the longest, where it sits, how true/false answers balance, options that recur across questions
//! and options of another type than the key. `cronica check` fails when a share passes the limits
//! declared in `data/bank-lint.toml` and lists the questions to fix; `cronica stats --json` reports
//! the figures.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::model::{Answer, Content, Question};
use crate::base::{Diagnostic, Lang, Loc};

/// The limits of `data/bank-lint.toml`; absent limits are not checked.
#[derive(Debug, Clone, Default)]
pub struct BankLimits {
    /// Largest share of multiple-choice questions whose key is strictly the longest option.
    pub key_longest_max: Option<f64>,
    /// Allowed share of true/false questions whose answer is "true".
    pub true_share: Option<(f64, f64)>,
    pub loc: Option<Loc>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BankFigures {
    pub multiple_choice: usize,
    pub key_longest: usize,
    pub key_longest_share: f64,
    /// How many keys sit at each written position (0 = first).
    pub key_positions: Vec<usize>,
    /// How many keys have 0, 1, 2… options longer than them (0 = the key is the longest).
    pub key_length_ranks: Vec<usize>,
    /// The largest share of keys at one length rank.
    pub key_rank_share_max: f64,
    pub true_false: usize,
    pub true_answers: usize,
    pub true_share: f64,
    /// Option texts used in more than one question.
    pub options_repeated: usize,
    /// Questions where an option is a year and the key is not, or the other way round.
    pub options_of_another_type: usize,
    /// The questions whose key is the longest option (what to fix first).
    pub key_longest_ids: Vec<String>,
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { (part as f64 / whole as f64 * 1000.0).round() / 1000.0 }
}

fn is_year(text: &str) -> bool {
    let t = text.trim();
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
}

fn figures(questions: &[&Question], lang: Lang) -> BankFigures {
    let mut f = BankFigures {
        multiple_choice: 0,
        key_longest: 0,
        key_longest_share: 0.0,
        key_positions: Vec::new(),
        key_length_ranks: Vec::new(),
        key_rank_share_max: 0.0,
        true_false: 0,
        true_answers: 0,
        true_share: 0.0,
        options_repeated: 0,
        options_of_another_type: 0,
        key_longest_ids: Vec::new(),
    };
    let mut uses: HashMap<String, usize> = HashMap::new();
    for q in questions {
        match &q.answer {
            Answer::MultipleChoice { options, answer } => {
                let Ok(key) = usize::try_from(answer.value) else { continue };
                let texts: Vec<&str> = options.iter().map(|o| o.get(lang)).collect();
                let Some(key_text) = texts.get(key) else { continue };
                f.multiple_choice += 1;
                if f.key_positions.len() <= key {
                    f.key_positions.resize(key + 1, 0);
                }
                f.key_positions[key] += 1;
                let key_len = key_text.chars().count();
                let rank = texts.iter().filter(|t| t.chars().count() > key_len).count();
                if f.key_length_ranks.len() <= rank {
                    f.key_length_ranks.resize(rank + 1, 0);
                }
                f.key_length_ranks[rank] += 1;
                if texts.iter().enumerate().all(|(i, t)| i == key || t.chars().count() < key_len) {
                    f.key_longest += 1;
                    f.key_longest_ids.push(q.id.value.clone());
                }
                if texts.iter().any(|t| is_year(t) != is_year(key_text)) {
                    f.options_of_another_type += 1;
                }
                for t in texts {
                    *uses.entry(t.trim().to_lowercase()).or_default() += 1;
                }
            }
            Answer::TrueFalse(value) => {
                f.true_false += 1;
                f.true_answers += usize::from(*value);
            }
            _ => {}
        }
    }
    f.options_repeated = uses.values().filter(|&&n| n > 1).count();
    f.key_longest_share = share(f.key_longest, f.multiple_choice);
    f.key_rank_share_max = share(f.key_length_ranks.iter().copied().max().unwrap_or(0), f.multiple_choice);
    f.true_share = share(f.true_answers, f.true_false);
    f
}

/// The figures in each language.
pub fn bank_figures(content: &Content) -> BTreeMap<String, BankFigures> {
    let questions: Vec<&Question> = content.questions.iter().collect();
    Lang::ALL.into_iter().map(|lang| (lang.to_string(), figures(&questions, lang))).collect()
}

/// Errors where a language passes a limit, naming the questions to fix.
pub fn check_bank(content: &Content) -> Vec<Diagnostic> {
    let limits = &content.bank_limits;
    let Some(loc) = &limits.loc else { return Vec::new() };
    let mut out = Vec::new();
    for (lang, f) in bank_figures(content) {
        if let Some(max) = limits.key_longest_max
            && f.key_longest_share > max
        {
            let message = format!(
                "in {lang}, the right option is the longest in {:.1}% of multiple-choice questions (limit {:.1}%); fix: {}",
                f.key_longest_share * 100.0,
                max * 100.0,
                f.key_longest_ids.join(", ")
            );
            out.push(Diagnostic::error(loc, "key_longest_max", message));
        }
        if let Some((low, high)) = limits.true_share
            && f.true_false > 0
            && !(low..=high).contains(&f.true_share)
        {
            let message = format!(
                "in {lang}, {:.1}% of true/false answers are true (allowed {:.0}–{:.0}%)",
                f.true_share * 100.0,
                low * 100.0,
                high * 100.0
            );
            out.push(Diagnostic::error(loc, "true_share", message));
        }
    }
    out
}
