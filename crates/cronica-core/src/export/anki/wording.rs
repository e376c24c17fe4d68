//! The words an Anki deck shows around the content, in the deck's language: field names, the
//! instruction under each kind of question, true/false, and the words around typed answers.

use crate::base::Lang;

pub(crate) struct Wording {
    pub fields: [&'static str; 4],
    pub true_false: &'static str,
    pub year: &'static str,
    pub order: &'static str,
    pub matching: &'static str,
    pub typed: &'static str,
    pub also_accepted: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub whole_bank: &'static str,
    pub missed: &'static str,
}

pub(crate) fn wording(lang: Lang) -> Wording {
    match lang {
        Lang::Es => Wording {
            fields: ["Pregunta", "Respuesta", "Explicación", "Fuentes"],
            true_false: "¿Verdadero o falso?",
            year: "Responde con un año.",
            order: "Ordena de lo más antiguo a lo más reciente:",
            matching: "Une a cada persona con su cargo:",
            typed: "Escribe la respuesta.",
            also_accepted: "También se acepta:",
            yes: "Verdadero",
            no: "Falso",
            whole_bank: "Todo el banco",
            missed: "Preguntas falladas",
        },
        Lang::En => Wording {
            fields: ["Question", "Answer", "Explanation", "Sources"],
            true_false: "True or false?",
            year: "Answer with a year.",
            order: "Put in order, earliest first:",
            matching: "Match each person to their role:",
            typed: "Type the answer.",
            also_accepted: "Also accepted:",
            yes: "True",
            no: "False",
            whole_bank: "Whole bank",
            missed: "Missed questions",
        },
    }
}
