//! A self-quiz over the real corpus with the length and chapters the learner chose: as many
//! questions as asked, each from one of the chosen chapters, and a chapter's card count honoured
//! by "all".

use std::collections::HashSet;
use std::path::Path;

use cronica_core::content::check_content;
use cronica_core::quiz::{QuizLength, QuizOptions};
use cronica_core::{ContentDb, Cronica, Lang, UserDb};

fn corpus() -> Cronica {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let report = check_content(&data).expect("data/ loads");
    let db = ContentDb::from_content(&report.content).expect("compiles");
    Cronica::new(db, UserDb::open_in_memory().expect("user db"), Vec::new())
}

#[test]
fn a_quiz_asks_the_length_chosen_from_the_chapters_chosen() {
    let app = corpus();
    let chapters = app.list_chapters(Lang::Es).unwrap();
    let (a, b) = (&chapters[0], &chapters[1]);
    let bank = app.browse_bank(Lang::Es, &Default::default()).unwrap();
    let of = |chapter: &str| bank.iter().filter(|q| q.chapter_id == chapter).map(|q| q.id.to_string()).collect::<HashSet<_>>();
    let (in_a, in_b) = (of(&a.id), of(&b.id));
    assert_eq!(in_a.len() as i64, a.question_count, "the card's count is the chapter's questions");

    for (length, expected) in [(QuizLength::Five, 5), (QuizLength::Ten, 10), (QuizLength::Twenty, 20)] {
        let options = QuizOptions { chapter: a.id.clone(), chapters: vec![b.id.clone(), a.id.clone()], length };
        let quiz = app.start_quiz_seeded(Lang::Es, &options, 7).unwrap();
        assert_eq!(quiz.questions.len(), expected, "{length:?}");
        assert!(quiz.questions.iter().all(|q| in_a.contains(q.id.as_str()) || in_b.contains(q.id.as_str())));
        assert_eq!(quiz.chapter_titles, vec![a.title.clone(), b.title.clone()], "in reading order");
    }
    let every = QuizOptions { chapter: a.id.clone(), chapters: vec![a.id.clone(), b.id.clone()], length: QuizLength::All };
    let quiz = app.start_quiz_seeded(Lang::Es, &every, 8).unwrap();
    let asked: HashSet<String> = quiz.questions.iter().map(|q| q.id.to_string()).collect();
    assert_eq!(asked, in_a.union(&in_b).cloned().collect::<HashSet<_>>(), "all: every question of both chapters, once");
    let one = app.start_quiz_seeded(Lang::Es, &QuizOptions { length: QuizLength::All, ..QuizOptions::chapter(&a.id) }, 9).unwrap();
    assert_eq!(one.questions.len() as i64, a.question_count);
}
