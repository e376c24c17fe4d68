use super::*;
use crate::app::tests_support::app;
use crate::base::Lang;
use crate::teacher::{ItemOrigin, OwnAnswer, OwnQuestionDraft, OwnQuestionSaved, QuizItemDraft, TeacherQuizDraft, TeacherText};

/// The texts of the `<li>` elements between `start` and `end` in `html`, in order.
fn items_between(html: &str, start: &str, end: &str) -> Vec<String> {
    let from = html.find(start).unwrap_or_else(|| panic!("{start} in {html}")) + start.len();
    let to = from + html[from..].find(end).unwrap();
    html[from..to].split("<li").skip(1).map(|li| li[li.find('>').unwrap() + 1..].split("</li>").next().unwrap().to_string()).collect()
}

#[test]
fn a_chapter_prints_every_question_then_its_key_on_a_page_of_its_own() {
    let sheet = app().worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 1).unwrap();
    assert_eq!(sheet.title, "La Unidad Popular");
    assert_eq!(sheet.questions, 6);
    assert_eq!(sheet.html.matches("<li class=\"question\">").count(), 6);
    let key_at = sheet.html.find("<section class=\"key\">").expect("a key");
    assert!(sheet.html.find("¿En qué año nació Allende?").unwrap() < key_at, "questions first");
    assert!(sheet.html.contains(".key { break-before: page;"), "the key starts a page");
    assert!(sheet.html.contains(".question { break-inside: avoid;"), "no question split across pages");
    let key = items_between(&sheet.html, "<section class=\"key\">", "</section>");
    assert_eq!(key.len(), 6);
    assert_eq!(key[1], "V", "true/false");
    assert_eq!(key[2], "1908", "the year");
    // Typed: a line to write on, never an accepted answer before the key; the key lists them all.
    assert_eq!(key[5], "Salvador Allende o Allende o Allende Gossens");
    let typed_at = sheet.html.find("¿Qué presidente encabezó la Unidad Popular?").unwrap();
    let typed = &sheet.html[typed_at..key_at];
    assert!(typed.contains("<p>Respuesta:</p><span class=\"line\"></span>"), "{typed}");
    assert!(!typed.contains("Allende"), "the answer is only in the key: {typed}");
    assert!(!sheet.html.contains("<script"), "nothing runs");
    assert!(!sheet.html.contains("http"), "nothing is fetched");
}

#[test]
fn the_key_names_the_option_by_its_letter_on_each_variant_and_variants_differ() {
    let app = app();
    let mut letters = std::collections::BTreeSet::new();
    for variant in 1..=20 {
        let sheet = app.worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), variant).unwrap();
        let options = items_between(&sheet.html, "<ul class=\"choices\">", "</ul>");
        let right = options.iter().position(|o| o == "Mayoría relativa").expect("the right option is printed");
        let key = items_between(&sheet.html, "<section class=\"key\">", "</section>");
        let letter = char::from(b'A' + right as u8);
        assert_eq!(key[0], format!("{letter}) Mayoría relativa"), "variant {variant}");
        letters.insert(letter);
        assert_eq!(sheet.html, app.worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), variant).unwrap().html, "a variant prints the same twice");
    }
    assert_eq!(letters.len(), 3, "over 20 variants the right option is in every position: {letters:?}");
}

#[test]
fn order_and_match_keys_follow_the_printed_order() {
    let sheet = app().worksheet(Lang::En, &WorksheetSource::Chapter("unidad-popular".into()), 3).unwrap();
    let key = items_between(&sheet.html, "<section class=\"key\">", "</section>");
    // Order: each printed item (a, b, c) gets its place in time; the three places are 1, 2, 3.
    let mut places: Vec<&str> = key[3].split(", ").map(|p| p.split(" = ").nth(1).unwrap()).collect();
    places.sort_unstable();
    assert_eq!(places, ["1", "2", "3"], "{}", key[3]);
    assert!(key[4].starts_with("1 = ") && key[4].contains(", 2 = "), "{}", key[4]);
}

#[test]
fn a_saved_quiz_prints_its_own_questions_as_text() {
    let app = app();
    let text = |t: &str| TeacherText { es: Some(t.into()), en: None };
    let draft = OwnQuestionDraft {
        prompt: text("¿Quién escribió <b>esto</b>?"),
        answer: OwnAnswer::Typed { accepted: vec![text("Allende"), text("Salvador Allende")] },
        explanation: text("Porque sí."),
        source: None,
    };
    let OwnQuestionSaved::Saved { question } = app.save_own_question(None, draft).unwrap() else { panic!("refused") };
    let items = vec![
        QuizItemDraft { origin: ItemOrigin::Bank, question_id: "up-q03".into(), time_limit_s: 30, points: 100 },
        QuizItemDraft { origin: ItemOrigin::Own, question_id: question.id, time_limit_s: 30, points: 100 },
    ];
    let quiz = app.save_teacher_quiz(None, &TeacherQuizDraft { title: "Prueba <1>".into(), description: String::new(), items }).unwrap();
    let sheet = app.worksheet(Lang::Es, &WorksheetSource::TeacherQuiz(quiz.id.to_string()), 1).unwrap();
    assert_eq!(sheet.questions, 2);
    assert!(sheet.html.contains("<h1>Prueba &lt;1&gt;</h1>"));
    assert!(sheet.html.contains("¿Quién escribió &lt;b&gt;esto&lt;/b&gt;?"), "markup stays text");
    let key = items_between(&sheet.html, "<section class=\"key\">", "</section>");
    assert_eq!(key, ["1908", "Allende o Salvador Allende"]);
}

#[test]
fn bad_requests_are_refused() {
    let app = app();
    assert_eq!(app.worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 0).unwrap_err().kind(), crate::ErrorKind::InvalidInput);
    assert_eq!(app.worksheet(Lang::Es, &WorksheetSource::Chapter("nada".into()), 1).unwrap_err().kind(), crate::ErrorKind::NotFound);
    assert_eq!(app.worksheet(Lang::Es, &WorksheetSource::TeacherQuiz("quiz-0".into()), 1).unwrap_err().kind(), crate::ErrorKind::NotFound);
}

#[test]
fn a_saved_worksheet_goes_to_the_users_folder_under_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let app = app().with_export_dir(dir.path().to_path_buf());
    let first = app.save_worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 2).unwrap();
    assert_eq!(first.file_name, "La Unidad Popular (Versión 2).html");
    assert!(std::fs::read_to_string(&first.path).unwrap().starts_with("<!doctype html>"));
    let again = app.save_worksheet(Lang::Es, &WorksheetSource::Chapter("unidad-popular".into()), 2).unwrap();
    assert_eq!(again.file_name, "La Unidad Popular (Versión 2) (2).html", "never overwritten");
}
