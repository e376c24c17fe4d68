//! Match questions must not give their answer away by grammar: a role label worded for a woman
//! ("Ministra de …", "First Lady") or for a man ("Ministro de …", "his …") fits only some of the
//! figures when the question mixes women and men. A figure's gender is read from how its own roles
//! are worded in Spanish; where that says nothing the rule says nothing.

use super::model::{Answer, Content};
use crate::base::{Diagnostic, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Feminine,
    Masculine,
}

/// Spanish words that, heading a role, are worded for a woman or for a man (lower case, no accents
/// folded: they are compared as written). Epicene words ("líder", "general", "integrante") are in neither.
const FEMININE_ES: &[&str] = &[
    "presidenta", "expresidenta", "vicepresidenta", "ministra", "exministra", "diputada", "senadora", "alcaldesa", "candidata",
    "primera", "segunda", "tercera", "directora", "secretaria", "subsecretaria", "fundadora", "cofundadora", "vocera", "viuda",
    "esposa", "dama", "trabajadora", "alta", "comisionada", "jefa", "dirigenta", "abogada", "médica", "profesora",
    "nombrada", "elegida", "detenida", "condenada", "asesinada", "removida", "inscrita", "embajadora", "fiscala",
    "jueza", "gobernadora", "intendenta", "consejera", "autora", "cantautora", "fotógrafa",
];
const MASCULINE_ES: &[&str] = &[
    "presidente", "expresidente", "vicepresidente", "ministro", "exministro", "diputado", "senador", "alcalde", "candidato",
    "primer", "segundo", "tercer", "director", "secretario", "subsecretario", "fundador", "cofundador", "vocero", "viudo",
    "esposo", "trabajador", "alto", "comisionado", "jefe", "abogado", "médico", "profesor", "nombrado", "elegido",
    "detenido", "condenado", "asesinado", "removido", "inscrito", "embajador", "juez", "gobernador", "intendente",
    "consejero", "autor", "cantautor", "fotógrafo", "cardenal",
];
/// English words that tell a woman or a man wherever they are in a label.
const FEMININE_EN: &[&str] = &["she", "her", "hers", "herself", "woman", "women", "lady", "widow", "wife", "chairwoman", "spokeswoman", "congresswoman"];
const MASCULINE_EN: &[&str] = &["he", "his", "him", "himself", "man", "widower", "husband", "chairman", "spokesman", "congressman"];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The gender a Spanish role is worded for, read from its first two words ("Primera presidenta",
/// "Ministro de Hacienda"); `None` for an epicene or verb-led wording ("Líder de …", "Perdió …").
pub fn spanish_label_gender(label: &str) -> Option<Gender> {
    for word in words(label).into_iter().take(2) {
        if listed(FEMININE_ES, &word) {
            return Some(Gender::Feminine);
        }
        if listed(MASCULINE_ES, &word) {
            return Some(Gender::Masculine);
        }
    }
    None
}

/// The gender an English role is worded for, from any word that tells it ("First Lady", "his").
pub fn english_label_gender(label: &str) -> Option<Gender> {
    let all = words(label);
    if all.iter().any(|w| listed(FEMININE_EN, w)) {
        Some(Gender::Feminine)
    } else if all.iter().any(|w| listed(MASCULINE_EN, w)) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// A figure's gender as its own roles' Spanish titles word it (most of them); `None` if they do not.
fn figure_gender(content: &Content, id: &str) -> Option<Gender> {
    let figure = content.figures.iter().find(|f| f.id.value == id)?;
    let genders: Vec<Gender> = figure.roles.iter().filter_map(|r| spanish_label_gender(r.title.get(Lang::Es))).collect();
    let feminine = genders.iter().filter(|g| **g == Gender::Feminine).count();
    let masculine = genders.len() - feminine;
    match feminine.cmp(&masculine) {
        std::cmp::Ordering::Greater => Some(Gender::Feminine),
        std::cmp::Ordering::Less => Some(Gender::Masculine),
        std::cmp::Ordering::Equal => None,
    }
}

/// Errors for every gendered label of a match question whose figures are women and men.
pub fn check_neutral_labels(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for question in &content.questions {
        let Answer::Match(pairs) = &question.answer else { continue };
        let genders: Vec<Option<Gender>> = pairs.iter().map(|p| figure_gender(content, &p.figure.value)).collect();
        let mixed = genders.contains(&Some(Gender::Feminine)) && genders.contains(&Some(Gender::Masculine));
        if !mixed {
            continue;
        }
        for pair in pairs {
            for (lang, gender) in [(Lang::Es, spanish_label_gender(&pair.role.es)), (Lang::En, english_label_gender(&pair.role.en))] {
                let Some(gender) = gender else { continue };
                let fits = genders.iter().filter(|g| **g == Some(gender)).count();
                let kind = if gender == Gender::Feminine { "a woman" } else { "a man" };
                let message = format!(
                    "match question '{}': the {lang} label «{}» is worded for {kind}, so it fits only {fits} of the {} figures and gives the answer away; word it neutrally (e.g. «Cargo: Ministerio de …», an epicene noun or a verb)",
                    question.id.value,
                    pair.role.get(lang),
                    pairs.len(),
                );
                out.push(Diagnostic::error(&question.id.loc, "neutral_labels", message));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_labels_are_gendered_by_their_head_words() {
        assert_eq!(spanish_label_gender("Ministra de Salud"), Some(Gender::Feminine));
        assert_eq!(spanish_label_gender("Primera presidenta de la Convención"), Some(Gender::Feminine));
        assert_eq!(spanish_label_gender("Ministro de Hacienda entre 2022 y 2025"), Some(Gender::Masculine));
        assert_eq!(spanish_label_gender("Presidente del Senado"), Some(Gender::Masculine));
        assert_eq!(spanish_label_gender("Nombrado comandante en jefe"), Some(Gender::Masculine));
        for neutral in ["Cargo: Ministerio de Salud", "Líder gremialista", "Perdió la segunda vuelta de 2006", "General que encabezó el Tacnazo", "Ejército", ""] {
            assert_eq!(spanish_label_gender(neutral), None, "{neutral}");
        }
    }

    #[test]
    fn english_labels_are_gendered_by_any_telling_word() {
        assert_eq!(english_label_gender("First Lady, “la Tencha”"), Some(Gender::Feminine));
        assert_eq!(english_label_gender("Sought justice for her husband's murder"), Some(Gender::Feminine));
        assert_eq!(english_label_gender("Resigned after his pardons"), Some(Gender::Masculine));
        assert_eq!(english_label_gender("Minister of Health"), None);
        assert_eq!(english_label_gender("Heads the Senate"), None, "words, not letters: 'heads' is not 'he'");
    }
}
