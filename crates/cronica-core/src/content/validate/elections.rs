//! Election results: each hangs off a known event and cites known sources; each ballot's shares
//! add up to 100 % (within rounding), and where every option has its votes the shares match them.

use std::collections::HashSet;

use super::Validator;
use crate::base::ItemKind;

/// Published shares have two decimals, so a ballot's may add up to 100 ± a few hundredths.
const SUM_TOLERANCE: f64 = 0.1;
/// A share may differ from its votes' exact percentage by its rounding (0.005) and a little more.
const VOTES_TOLERANCE: f64 = 0.05;

impl Validator<'_> {
    pub(super) fn check_elections(&mut self) {
        let mut ids: HashSet<&str> = HashSet::new();
        for el in &self.content.elections {
            if !ids.insert(el.id.value.as_str()) {
                self.error(&el.id.loc, &el.id.field, format!("duplicate election id '{}'", el.id.value));
            }
            self.resolve(ItemKind::Event, &el.event);
            self.sources(&el.sources);
            for ballot in &el.ballots {
                if ballot.options.len() < 2 {
                    self.error(&ballot.loc, &format!("{}.option", ballot.field), "a ballot needs at least two options");
                    continue;
                }
                let sum: f64 = ballot.options.iter().map(|o| o.share.value).sum();
                if (sum - 100.0).abs() > SUM_TOLERANCE + 1e-9 {
                    let message = format!("the options' shares add up to {sum:.2} %, not 100 % (±{SUM_TOLERANCE})");
                    self.error(&ballot.loc, &format!("{}.option", ballot.field), message);
                }
                let votes: Option<Vec<i64>> = ballot.options.iter().map(|o| o.votes.as_ref().map(|v| v.value)).collect();
                let Some(votes) = votes else { continue };
                let total: i64 = votes.iter().sum();
                if total == 0 {
                    continue;
                }
                for (option, count) in ballot.options.iter().zip(votes) {
                    let exact = count as f64 * 100.0 / total as f64;
                    if (exact - option.share.value).abs() > VOTES_TOLERANCE {
                        let message = format!(
                            "share {} does not match its votes: {count} of {total} valid votes is {exact:.2} %",
                            option.share.value
                        );
                        self.error(&option.share.loc, &option.share.field, message);
                    }
                }
            }
        }
    }
}
