//! Order, match and typed-answer questions over real sockets on 127.0.0.1: what players receive (never the key before
//! the reveal), answering, refusals told to that player only, a rejoin that restores the answer, the teacher's
//! aggregates, and the results CSV.

mod common;

use std::sync::Arc;

use common::{connect, http_get, teacher, Client};
use cronica_classroom::{ClassroomServer, GameOption, GameQuestion, GameQuestionKind, MemoryRecorder, RunningServer, ServerConfig};
use serde_json::{json, Value};

fn option(id: &str, text: &str) -> GameOption {
    GameOption { id: id.into(), text: text.into() }
}

fn question(id: &str, prompt: &str, kind: GameQuestionKind) -> GameQuestion {
    GameQuestion {
        id: id.into(),
        prompt: prompt.into(),
        kind,
        time_limit_ms: 10_000,
        points: 1000,
        explanation: "Así fue.".into(),
        source: None,
    }
}

fn questions() -> Vec<GameQuestion> {
    vec![
        question(
            "order",
            "Ordena de la más antigua a la más reciente",
            GameQuestionKind::Order {
                items: vec![option("0", "Golpe de Estado"), option("1", "Elección de Allende"), option("2", "Nacionalización del cobre")],
                correct: vec!["1".into(), "2".into(), "0".into()],
            },
        ),
        question(
            "match",
            "Relaciona cada presidente con su lema",
            GameQuestionKind::Match {
                left: vec![option("0", "Frei Montalva"), option("1", "Allende")],
                options: vec![option("0", "Vía chilena al socialismo"), option("1", "Revolución en libertad")],
                correct: vec!["1".into(), "0".into()],
            },
        ),
        question("typed", "¿Quién ganó la elección de 1970?", GameQuestionKind::Typed { accepted: vec!["Salvador Allende".into(), "Allende".into()] }),
    ]
}

async fn start() -> (RunningServer, Arc<MemoryRecorder>) {
    let recorder = Arc::new(MemoryRecorder::new());
    let mut config = ServerConfig::new("127.0.0.1:0".parse().unwrap(), questions(), recorder.clone());
    config.public_url = Some("http://127.0.0.1/".into());
    (ClassroomServer::start(config).await.unwrap(), recorder)
}

/// Before a `result`, nothing a player receives may hold a right answer.
fn assert_no_key_before_result(log: &[Value]) {
    for message in log {
        if message["type"] == "result" || message["type"] == "podium" {
            continue;
        }
        let text = message.to_string();
        assert!(!text.contains("\"correct\"") && !text.contains("explanation") && !text.contains("accepted"), "leaked: {text}");
        assert!(!text.contains("Salvador Allende"), "the accepted typed answer leaked: {text}");
    }
}

async fn answer(client: &mut Client, message: Value) -> Value {
    client.send(message).await;
    client.next().await.unwrap()
}

#[tokio::test]
async fn students_answer_order_match_and_typed_questions_and_the_teacher_sees_only_counts() {
    let (server, recorder) = start().await;
    let addr = server.local_addr();
    let pin = server.pin().to_owned();
    let mut teacher = teacher(&server).await;
    teacher.expect("lobby").await;
    let (mut ana, _) = Client::join(addr, &pin, "Ana").await;
    let (mut beto, beto_joined) = Client::join(addr, &pin, "=Beto").await;
    let beto_token = beto_joined["token"].as_str().unwrap().to_owned();

    // The order question: items as shown, no key.
    teacher.send(json!({"type": "start"})).await;
    let opened = teacher.expect("questionOpened").await;
    assert_eq!(opened["kind"], "order");
    for player in [&mut ana, &mut beto] {
        let shown = player.expect("question").await;
        assert_eq!(shown["kind"], "order");
        let items: Vec<&str> = shown["options"].as_array().unwrap().iter().map(|o| o["text"].as_str().unwrap()).collect();
        assert_eq!(items, vec!["Golpe de Estado", "Elección de Allende", "Nacionalización del cobre"]);
        assert!(shown.get("left").is_none(), "no left items outside a match question");
    }
    // Wrong shapes and sizes are refused to that player only, and do not use up the answer.
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "matches": ["1", "2", "0"]})).await["reason"], "invalidAnswer");
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": ["1", "2"]})).await["reason"], "invalidAnswer");
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": ["1", "1", "0"]})).await["reason"], "invalidAnswer");
    let oversize: Vec<String> = (0..21).map(|i| i.to_string()).collect();
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": oversize})).await["reason"], "tooLong");
    assert_eq!(
        answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": ["1", "2", "0"], "text": "x"})).await["reason"],
        "invalidAnswer",
        "exactly one answer field"
    );
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "order", "order": ["1", "2", "0"]})).await["answer"], json!({"order": ["1", "2", "0"]}));
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": ["0", "1", "2"]})).await["type"], "answerAccepted");
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "order", "order": ["1", "2", "0"]})).await["reason"], "alreadyAnswered");

    // Beto reloads his page: his own order comes back.
    drop(beto);
    let mut beto = connect(addr, "/ws/player").await;
    beto.send(json!({"type": "rejoin", "token": beto_token})).await;
    beto.expect("joined").await;
    assert_eq!(beto.expect("question").await["questionId"], "order");
    assert_eq!(beto.expect("answerAccepted").await["answer"], json!({"order": ["0", "1", "2"]}));

    teacher.send(json!({"type": "reveal"})).await;
    let revealed = teacher.expect("revealed").await;
    assert_eq!(revealed["histogram"], json!({"kind": "rightWrong", "right": 1, "wrong": 1}));
    assert_eq!(revealed["correct"], json!({"order": ["1", "2", "0"]}));
    let ana_result = ana.expect("result").await;
    assert_eq!((ana_result["right"].as_bool(), ana_result["correct"].clone()), (Some(true), json!({"order": ["1", "2", "0"]})));
    let beto_result = beto.expect("result").await;
    assert_eq!((beto_result["right"].as_bool(), beto_result["points"].as_u64()), (Some(false), Some(0)));
    assert_eq!(beto_result["yourAnswer"], json!({"order": ["0", "1", "2"]}));

    // The match question: left items and the options to give them.
    teacher.send(json!({"type": "next"})).await;
    let opened = teacher.expect("questionOpened").await;
    assert_eq!(opened["left"].as_array().unwrap().len(), 2);
    for player in [&mut ana, &mut beto] {
        let shown = player.expect("question").await;
        assert_eq!(shown["kind"], "match");
        assert_eq!(shown["left"], json!([{"id": "0", "text": "Frei Montalva"}, {"id": "1", "text": "Allende"}]));
        assert_eq!(shown["options"][1]["text"], "Revolución en libertad");
    }
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "match", "matches": ["1"]})).await["reason"], "invalidAnswer");
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "match", "year": 1970})).await["reason"], "invalidAnswer");
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "match", "matches": ["1", "0"]})).await["type"], "answerAccepted");
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "match", "matches": ["0", "0"]})).await["type"], "answerAccepted");
    teacher.send(json!({"type": "reveal"})).await;
    let revealed = teacher.expect("revealed").await;
    assert_eq!(revealed["histogram"], json!({"kind": "rightWrong", "right": 1, "wrong": 1}));
    assert_eq!(ana.expect("result").await["correct"], json!({"matches": ["1", "0"]}));
    assert_eq!(beto.expect("result").await["right"], false);

    // The typed question: graded case-, accent- and punctuation-insensitively; too long is refused.
    teacher.send(json!({"type": "next"})).await;
    teacher.expect("questionOpened").await;
    for player in [&mut ana, &mut beto] {
        let shown = player.expect("question").await;
        assert_eq!((shown["kind"].as_str(), shown["options"].as_array().map(Vec::len)), (Some("typed"), Some(0)));
    }
    let long = "a".repeat(201);
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "typed", "text": long})).await["reason"], "tooLong");
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "typed", "text": "  "})).await["reason"], "invalidAnswer");
    assert_eq!(answer(&mut ana, json!({"type": "answer", "questionId": "typed", "text": "salvador allende"})).await["type"], "answerAccepted");
    assert_eq!(answer(&mut beto, json!({"type": "answer", "questionId": "typed", "text": "=SALVADOR ALLENDÉ!"})).await["type"], "answerAccepted");
    let progress = loop {
        let progress = teacher.expect("progress").await;
        if progress["answered"] == 2 {
            break progress;
        }
    };
    assert_eq!(progress, json!({"type": "progress", "answered": 2, "total": 2}), "the teacher gets a count, not the answers");
    drop(beto);
    let mut beto = connect(addr, "/ws/player").await;
    beto.send(json!({"type": "rejoin", "token": beto_token})).await;
    beto.expect("question").await;
    assert_eq!(beto.expect("answerAccepted").await["answer"], json!({"text": "=SALVADOR ALLENDÉ!"}), "the typed text comes back on a reload");
    teacher.send(json!({"type": "reveal"})).await;
    let revealed = teacher.expect("revealed").await;
    assert_eq!(revealed["histogram"]["kind"], "typed");
    assert_eq!((revealed["histogram"]["right"].as_u64(), revealed["histogram"]["wrong"].as_u64()), (Some(2), Some(0)));
    assert_eq!(revealed["histogram"]["frequent"], json!([{"text": "Salvador Allende", "count": 2, "right": true}]), "both typed it, shown as written");
    assert_eq!(revealed["correct"], json!({"text": "Salvador Allende"}));
    for player in [&mut ana, &mut beto] {
        let result = player.expect("result").await;
        assert_eq!((result["right"].as_bool(), result["correct"].clone()), (Some(true), json!({"text": "Salvador Allende"})));
    }
    teacher.send(json!({"type": "end"})).await;
    teacher.expect("finished").await;

    for message in &teacher.log {
        let text = message.to_string();
        assert!(!text.contains("\"yourAnswer\"") && !text.contains("=SALVADOR"), "the teacher got one player's answer: {text}");
    }
    for player in [&ana, &beto] {
        assert_no_key_before_result(&player.log);
    }
    assert!(!ana.log.iter().any(|m| m["type"] == "answerRefused" && m["questionId"] == "order"), "Beto's refusals never reached Ana");

    assert_eq!(recorder.snapshot().answers.len(), 6, "every acknowledged answer recorded once");
    let (status, _, csv) = http_get(addr, &format!("/results.csv?teacher_secret={}", server.teacher_secret())).await;
    assert_eq!(status, 200);
    assert!(csv.contains("Ana,Ordena de la más antigua a la más reciente,Elección de Allende → Nacionalización del cobre → Golpe de Estado,yes,"), "{csv}");
    assert!(csv.contains("'=Beto,Relaciona cada presidente con su lema,Frei Montalva: Vía chilena al socialismo; Allende: Vía chilena al socialismo,no,0,"), "{csv}");
    assert!(csv.contains("'=Beto,¿Quién ganó la elección de 1970?,'=SALVADOR ALLENDÉ!,yes,"), "{csv}");
    server.stop().await.unwrap();
}
