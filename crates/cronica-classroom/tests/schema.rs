//! The checked-in protocol schema can never go stale: regenerate it with `UPDATE_SCHEMA=1 cargo test -p cronica-classroom
//! --test schema`; otherwise this test fails when it differs from the types. Also: malformed messages are errors, not panics.

use cronica_classroom::game::AnswerValue;
use cronica_classroom::protocol::{schema_json, AnswerFields, PlayerCommand, TeacherCommand};

#[test]
fn the_checked_in_schema_matches_the_protocol_types() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("protocol.schema.json");
    let generated = schema_json();
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(checked_in == generated, "protocol.schema.json is stale: run UPDATE_SCHEMA=1 cargo test -p cronica-classroom --test schema");
}

#[test]
fn messages_use_camel_case_fields_and_a_type_tag() {
    let answer: PlayerCommand = serde_json::from_str(r#"{"type":"answer","questionId":"q1","optionId":"b"}"#).unwrap();
    assert_eq!(answer, PlayerCommand::answer("q1", AnswerValue::OptionId("b".into())));
    for (text, value) in [
        (r#"{"type":"answer","questionId":"q1","order":["2","0","1"]}"#, AnswerValue::Order(vec!["2".into(), "0".into(), "1".into()])),
        (r#"{"type":"answer","questionId":"q1","matches":["1","0"]}"#, AnswerValue::Matches(vec!["1".into(), "0".into()])),
        (r#"{"type":"answer","questionId":"q1","text":"Allende"}"#, AnswerValue::Text("Allende".into())),
    ] {
        let parsed: PlayerCommand = serde_json::from_str(text).unwrap();
        assert_eq!(parsed, PlayerCommand::answer("q1", value.clone()));
        assert_eq!(serde_json::to_string(&parsed).unwrap(), text, "the page's message and the server's agree");
        let PlayerCommand::Answer { option_id, year, order, matches, text, .. } = parsed else { panic!("an answer") };
        assert_eq!(AnswerFields { option_id, year, order, matches, text }.value(), Some(value));
    }
    let two = AnswerFields { text: Some("a".into()), order: Some(vec![]), ..AnswerFields::default() };
    assert_eq!(two.value(), None, "two answer fields are not an answer");
    assert_eq!(AnswerFields::default().value(), None);
    let kick: TeacherCommand = serde_json::from_str(r#"{"type":"kick","playerId":3}"#).unwrap();
    assert_eq!(kick, TeacherCommand::Kick { player_id: cronica_classroom::PlayerId(3) });
}

#[test]
fn unknown_or_malformed_messages_are_errors() {
    let bad = [
        "",
        "null",
        "[]",
        "{}",
        "not json",
        r#"{"type":"dance"}"#,
        r#"{"type":"join","pin":"123456"}"#,
        r#"{"type":"join","pin":123456,"nickname":"Ana"}"#,
        r#"{"type":"join","pin":"1","nickname":"Ana","admin":true}"#,
        r#"{"type":"answer","questionId":"q1","year":"1973"}"#,
        r#"{"type":"answer","questionId":"q1","year":99999999999}"#,
        r#"{"type":"answer","questionId":"q1","order":"0,1"}"#,
        r#"{"type":"answer","questionId":"q1","order":[0,1]}"#,
        r#"{"type":"answer","questionId":"q1","matches":{"0":"1"}}"#,
        r#"{"type":"answer","questionId":"q1","text":["Allende"]}"#,
        r#"{"type":"answer","questionId":"q1","match":["1"]}"#,
        r#"{"type":"start"}"#,
        "\u{0}\u{1}{{{{",
    ];
    for text in bad {
        assert!(serde_json::from_str::<PlayerCommand>(text).is_err(), "{text} should not parse as a player command");
    }
    assert!(serde_json::from_str::<TeacherCommand>(r#"{"type":"join","pin":"1","nickname":"A"}"#).is_err());
    assert!(serde_json::from_str::<TeacherCommand>(r#"{"type":"kick","playerId":-1}"#).is_err());
    let deep = "[".repeat(10_000);
    assert!(serde_json::from_str::<PlayerCommand>(&deep).is_err());
}
