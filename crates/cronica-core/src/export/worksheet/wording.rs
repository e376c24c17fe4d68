//! The words a worksheet prints around the content, in the worksheet's language.

use crate::base::Lang;

pub(crate) struct Wording {
    pub name: &'static str,
    pub class: &'static str,
    pub date: &'static str,
    pub variant: &'static str,
    pub as_of: &'static str,
    pub true_false: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub year: &'static str,
    pub order: &'static str,
    pub matching: &'static str,
    pub typed: &'static str,
    pub key: &'static str,
    pub or: &'static str,
}

pub(crate) fn wording(lang: Lang) -> Wording {
    match lang {
        Lang::Es => Wording {
            name: "Nombre",
            class: "Curso",
            date: "Fecha",
            variant: "Versión",
            as_of: "contenido al",
            true_false: "Marca verdadero (V) o falso (F):",
            yes: "V",
            no: "F",
            year: "Año:",
            order: "Numera del 1 (lo más antiguo) en adelante:",
            matching: "Escribe junto a cada persona la letra de su cargo:",
            typed: "Respuesta:",
            key: "Pauta de respuestas",
            or: "o",
        },
        Lang::En => Wording {
            name: "Name",
            class: "Class",
            date: "Date",
            variant: "Version",
            as_of: "content as of",
            true_false: "Mark true (T) or false (F):",
            yes: "T",
            no: "F",
            year: "Year:",
            order: "Number them from 1 (the earliest) on:",
            matching: "Write by each person the letter of their role:",
            typed: "Answer:",
            key: "Answer key",
            or: "or",
        },
    }
}
