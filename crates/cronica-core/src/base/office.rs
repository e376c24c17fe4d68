//! The offices a learner can filter the figures by. Roles are written as free titles ("Ministra
//! del Interior y Seguridad Pública", "Senador por Antofagasta"); each is filed under one of these
//! few offices, or none, from how the Spanish title starts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Office {
    /// President of the Republic (de facto included).
    President,
    /// Member of the 1973–1990 Government Junta.
    Junta,
    /// Minister of State (not a judge: judges of the higher courts are "ministros" too).
    Minister,
    Senator,
    Deputy,
    /// Commander-in-chief of a branch of the armed forces or general director of the Carabineros.
    Commander,
    /// Member of the 2021–2022 Convention or the 2023 Council that drafted a constitution.
    ConstitutionDrafter,
    Mayor,
    PresidentialCandidate,
}

impl Office {
    pub const ALL: [Office; 9] = [
        Office::President,
        Office::Junta,
        Office::Minister,
        Office::Senator,
        Office::Deputy,
        Office::Commander,
        Office::ConstitutionDrafter,
        Office::Mayor,
        Office::PresidentialCandidate,
    ];

    /// The name stored in the content database.
    pub fn as_str(self) -> &'static str {
        match self {
            Office::President => "president",
            Office::Junta => "junta",
            Office::Minister => "minister",
            Office::Senator => "senator",
            Office::Deputy => "deputy",
            Office::Commander => "commander",
            Office::ConstitutionDrafter => "constitution_drafter",
            Office::Mayor => "mayor",
            Office::PresidentialCandidate => "presidential_candidate",
        }
    }

    pub fn parse(name: &str) -> Option<Office> {
        Office::ALL.into_iter().find(|o| o.as_str() == name)
    }

    /// The offices a role's Spanish title names (a "General director de Carabineros y miembro de
    /// la Junta de Gobierno" is both a commander and a Junta member).
    pub fn of_title(title_es: &str) -> Vec<Office> {
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| title_es.starts_with(p));
        let mut offices = Vec::new();
        if starts(&["Presidente de la República", "Presidenta de la República"]) {
            offices.push(Office::President);
        }
        if title_es.contains("Junta de Gobierno") && !title_es.starts_with("Oficial delegado") {
            offices.push(Office::Junta);
        }
        if starts(&["Ministro ", "Ministra "]) && !title_es.contains("Corte") && !title_es.contains("Tribunal") {
            offices.push(Office::Minister);
        }
        if starts(&["Senador", "Senadora", "Presidente del Senado", "Presidenta del Senado"]) {
            offices.push(Office::Senator);
        }
        if starts(&["Diputado", "Diputada"]) {
            offices.push(Office::Deputy);
        }
        if starts(&[
            "Comandante en jefe del Ejército",
            "Comandante en jefe de la Armada",
            "Comandante en jefe de la Fuerza Aérea",
            "General director de Carabineros",
        ]) {
            offices.push(Office::Commander);
        }
        if starts(&[
            "Convencional constituyente",
            "Presidenta de la Convención Constitucional",
            "Presidente de la Convención Constitucional",
            "Presidenta del Consejo Constitucional",
            "Presidente del Consejo Constitucional",
            "Consejero constitucional",
            "Consejera constitucional",
        ]) {
            offices.push(Office::ConstitutionDrafter);
        }
        if starts(&["Alcalde ", "Alcaldesa "]) {
            offices.push(Office::Mayor);
        }
        if starts(&["Candidato presidencial", "Candidata presidencial"]) || title_es.contains("candidato presidencial") {
            offices.push(Office::PresidentialCandidate);
        }
        offices
    }
}

#[cfg(test)]
mod tests {
    use super::Office::{self, *};

    #[test]
    fn titles_are_filed_under_their_offices() {
        let cases: &[(&str, &[Office])] = &[
            ("Presidenta de la República", &[President]),
            ("Presidente de la República (de facto)", &[President]),
            ("Presidente de la Junta de Gobierno", &[Junta]),
            ("General director de Carabineros y miembro de la Junta de Gobierno", &[Junta, Commander]),
            ("Comandante en jefe de la Armada y miembro de la Junta de Gobierno", &[Junta, Commander]),
            ("Oficial delegado de la Junta (Caravana de la Muerte)", &[]),
            ("Ministra del Interior y Seguridad Pública", &[Minister]),
            ("Ministro de la Corte Suprema", &[]),
            ("Ministro del Tribunal Constitucional", &[]),
            ("Senador vitalicio", &[Senator]),
            ("Presidenta del Senado", &[Senator]),
            ("Diputado por Magallanes", &[Deputy]),
            ("Comandante en jefe de la Primera Zona Naval", &[]),
            ("Presidenta de la Convención Constitucional", &[ConstitutionDrafter]),
            ("Alcaldesa de Providencia", &[Mayor]),
            ("Líder del Partido de la Gente y candidato presidencial", &[PresidentialCandidate]),
            ("Candidata presidencial de Unidad por Chile", &[PresidentialCandidate]),
            ("Presidente de la Comisión Nacional de Verdad y Reconciliación", &[]),
        ];
        for (title, expected) in cases {
            assert_eq!(Office::of_title(title), *expected, "{title}");
        }
    }

    #[test]
    fn names_round_trip() {
        for office in Office::ALL {
            assert_eq!(Office::parse(office.as_str()), Some(office));
        }
    }
}
