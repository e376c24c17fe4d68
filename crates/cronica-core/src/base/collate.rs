//! Spanish alphabetical order for names and terms: accents do not move a word ("Álvaro" files
//! under A, beside "Alvarado"), "ñ" is a letter of its own between "n" and "o", and case and
//! accents only break ties. Enough for lists of names; the UI sorts with `Intl.Collator('es')`,
//! which agrees with it on these rules.

use std::cmp::Ordering;

/// A word's letters as Spanish alphabetical order compares them first.
fn primary(text: &str) -> Vec<u32> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            // Between "n" (2 × 'n') and "o" (2 × 'o').
            'ñ' => 2 * u32::from('n') + 1,
            other => 2 * u32::from(super::search::folded(other.encode_utf8(&mut [0; 4])).next().unwrap_or(other)),
        })
        .collect()
}

/// Compares two texts in Spanish alphabetical order.
pub fn compare_es(a: &str, b: &str) -> Ordering {
    primary(a).cmp(&primary(b)).then_with(|| a.to_lowercase().cmp(&b.to_lowercase())).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut list: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        list.sort_by(|a, b| compare_es(a, b));
        list
    }

    #[test]
    fn accents_do_not_move_a_word_and_enye_follows_n() {
        assert_eq!(
            sorted(&["Ñuñoa", "Zamora", "Álvarez, Ana", "Alvarado, Claudio", "Nuñez", "Núñez Urrutia, Paulina", "Oyarzún", "Bachelet"]),
            ["Alvarado, Claudio", "Álvarez, Ana", "Bachelet", "Nuñez", "Núñez Urrutia, Paulina", "Ñuñoa", "Oyarzún", "Zamora"]
        );
    }

    #[test]
    fn case_and_accents_only_break_ties() {
        assert_eq!(sorted(&["árbol", "Arbol", "arbol"]), ["Arbol", "arbol", "árbol"]);
        assert_eq!(compare_es("Pinochet", "Piñera"), Ordering::Less);
        assert_eq!(compare_es("Pino", "Piña"), Ordering::Less);
    }
}
