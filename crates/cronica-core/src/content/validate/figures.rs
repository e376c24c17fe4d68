//! How a figure is named and introduced in lists: its display name, where it is filed, and the
//! office it is best known for (its headline, marked on its roles so it cannot drift from them).

use super::Validator;
use crate::content::model::Figure;

impl Validator<'_> {
    pub(super) fn check_figure_names(&mut self, f: &Figure) {
        let (display, full) = (&f.display_name, &f.name);
        if display.value.chars().count() > full.value.chars().count() {
            let message =
                format!("'{}' is longer than the full name '{}': it should be the short name people use", display.value, full.value);
            self.error(&display.loc, &display.field, message);
        }
    }

    /// At least one role carries `headline = true`; several may (two terms of the same office),
    /// but then they must be the same office, or the list would show one title for two.
    pub(super) fn check_headline(&mut self, f: &Figure) {
        let mut marked = f.roles.iter().enumerate().filter(|(_, r)| r.headline.is_some());
        let Some((first_index, first)) = marked.next() else {
            if !f.roles.is_empty() {
                let field = f.id.field.strip_suffix(".id").map(|p| format!("{p}.role")).unwrap_or_else(|| "role".into());
                let message = format!("figure '{}' marks no role `headline = true` (the office the figure is best known for)", f.id.value);
                self.error(&f.id.loc, &field, message);
            }
            return;
        };
        for (_, role) in marked {
            if role.title != first.title
                && let Some(flag) = &role.headline
            {
                let message = format!(
                    "headline roles must be terms of the same office: this is '{}' but role[{first_index}] is '{}'",
                    role.title.es, first.title.es
                );
                self.error(&flag.loc, &flag.field, message);
            }
        }
    }
}
