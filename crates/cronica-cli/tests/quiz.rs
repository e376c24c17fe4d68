//! `cronica quiz` as a teacher runs it: packs imported, listed, exported and written as GIFT, in a
//! user database under a private home folder, and hostile packs refused with nothing changed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cronica-core/tests/fixtures/valid")
}

/// A private home folder, so the app's real data is never touched.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home { dir: tempfile::tempdir().unwrap() }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `cronica --data <fixture> ARGS` with this home and no `XDG_DATA_HOME`.
    fn cronica(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_cronica"))
            .arg("--data")
            .arg(fixture())
            .args(args)
            .env("HOME", self.path())
            .env_remove("XDG_DATA_HOME")
            .current_dir(self.path())
            .output()
            .expect("cronica runs")
    }

    /// Where the desktop app keeps its user database under this home.
    fn app_user_db(&self) -> PathBuf {
        let conf: Value = serde_json::from_str(&std::fs::read_to_string(root().join("src-tauri/tauri.conf.json")).unwrap()).unwrap();
        let identifier = conf["identifier"].as_str().expect("tauri.conf.json names the app");
        self.path().join(".local/share").join(identifier).join("user.db")
    }

    fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn text(es: &str, en: &str) -> Value {
    json!({ "es": es, "en": en })
}

/// A pack of two bank questions and own questions of every kind, every field written out as an
/// export writes it, so the export of its import is the same JSON.
fn pack() -> Value {
    let own = |prompt: Value, answer: Value, time_limit_s: i64, points: i64| {
        json!({
            "question": { "origin": "own", "question": {
                "prompt": prompt, "answer": answer, "explanation": text("Porque sí.", "Because."), "source": "Biblioteca del Congreso Nacional"
            } },
            "timeLimitS": time_limit_s,
            "points": points
        })
    };
    let choice = json!({ "kind": "multipleChoice", "options": [text("Allende", "Allende"), text("Frei", "Frei"), text("Alessandri", "Alessandri")], "answer": 0 });
    let order = json!({ "kind": "order", "items": [text("Elección", "Election"), text("Nacionalización", "Nationalisation"), text("Golpe", "Coup")] });
    let pairs = json!({ "kind": "match", "pairs": [
        { "left": text("Allende", "Allende"), "right": text("Presidente", "President") },
        { "left": text("Prats", "Prats"), "right": text("Comandante", "Commander") }
    ] });
    json!({
        "format": "cronica-quiz",
        "version": 1,
        "title": "Unidad Popular",
        "description": "Para el jueves",
        "items": [
            { "question": { "origin": "bank", "id": "up-q01" }, "timeLimitS": 30, "points": 1000 },
            own(text("¿Quién asumió en 1970?", "Who took office in 1970?"), choice, 20, 500),
            own(text("Escribe el apellido de Salvador.", "Write Salvador's surname."), json!({ "kind": "typed", "accepted": [text("Allende", "Allende")] }), 60, 0),
            own(text("El golpe fue en 1973.", "The coup was in 1973."), json!({ "kind": "trueFalse", "answer": true }), 10, 100),
            own(text("¿En qué año fue el golpe?", "In which year was the coup?"), json!({ "kind": "year", "answer": 1973 }), 15, 100),
            own(text("Ordena.", "Put in order."), order, 45, 200),
            own(text("Une cada uno con su cargo.", "Match each with their office."), pairs, 600, 10_000),
            { "question": { "origin": "bank", "id": "up-q03" }, "timeLimitS": 5, "points": 10 }
        ]
    })
}

/// The GIFT file's questions, checked for the shape Moodle reads: blank-line-separated chunks,
/// each `::title::text {answers}` with one unescaped pair of braces, under one category.
fn gift_questions(gift: &str) -> Vec<String> {
    let mut questions = Vec::new();
    let mut categories = 0;
    for chunk in gift.split("\n\n").map(str::trim).filter(|c| !c.is_empty() && !c.starts_with("//")) {
        if chunk.starts_with("$CATEGORY: ") {
            assert!(!chunk.contains('\n'), "a category alone in its chunk: {chunk}");
            categories += 1;
            continue;
        }
        let title = chunk.strip_prefix("::").and_then(|rest| rest.split_once("::")).map(|(title, _)| title);
        let title = title.unwrap_or_else(|| panic!("a question titled ::id:: : {chunk}"));
        let unescaped = |c: char| chunk.match_indices(c).filter(|(i, _)| !chunk[..*i].ends_with('\\')).count();
        assert_eq!((unescaped('{'), unescaped('}')), (1, 1), "one answer block: {chunk}");
        assert!(chunk.ends_with('}'), "the answer block ends the question: {chunk}");
        questions.push(title.to_string());
    }
    assert_eq!(categories, 1, "{gift}");
    questions
}

#[test]
fn a_pack_goes_in_and_comes_out_the_same() {
    let home = Home::new();
    let file = home.write("unidad-popular.cronica-quiz", serde_json::to_string_pretty(&pack()).unwrap().as_bytes());

    let out = home.cronica(&["quiz", "import", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    let (id, title) = printed.trim_end().split_once('\t').expect("id and title");
    assert_eq!(title, "Unidad Popular");
    assert!(stderr(&out).contains("8 question(s), 6 own question(s) added"), "{}", stderr(&out));
    assert!(home.app_user_db().is_file(), "imported into the app's own user database");

    let list = home.cronica(&["quiz", "list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let line = stdout(&list).lines().find(|l| l.starts_with(id)).map(String::from).unwrap_or_else(|| panic!("{}", stdout(&list)));
    assert!(line.contains(" 8 ") && line.ends_with("  Unidad Popular"), "{line}");
    let json: Value = serde_json::from_slice(&home.cronica(&["quiz", "list", "--json"]).stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1));
    assert_eq!((json[0]["id"].as_str(), json[0]["title"].as_str(), json[0]["questionCount"].as_i64()), (Some(id), Some(title), Some(8)));
    assert!(json[0]["updatedAt"].as_str().is_some_and(|t| t.ends_with('Z')), "{json}");

    let exported = home.cronica(&["quiz", "export", id]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let exported_value: Value = serde_json::from_slice(&exported.stdout).unwrap();
    assert_eq!(exported_value, pack(), "the export is the imported pack");
    let out_file = home.path().join("again.cronica-quiz");
    let written = home.cronica(&["quiz", "export", id, "--out", out_file.to_str().unwrap()]);
    assert!(written.status.success() && written.stdout.is_empty(), "{}", stderr(&written));
    assert_eq!(std::fs::read(&out_file).unwrap(), exported.stdout);

    for lang in ["es", "en"] {
        let gift = home.cronica(&["quiz", "gift", id, "--lang", lang]);
        assert!(gift.status.success(), "{}", stderr(&gift));
        let gift = stdout(&gift);
        let titles = gift_questions(&gift);
        assert_eq!(titles.len(), 8, "{gift}");
        assert_eq!((titles[0].as_str(), titles[7].as_str()), ("up-q01", "up-q03"), "in the quiz's order");
        assert!(gift.contains("\n$CATEGORY: cronica/Unidad Popular\n"), "{gift}");
        let typed =
            if lang == "es" { "Escribe el apellido de Salvador. {\n=Allende\n####" } else { "Write Salvador's surname. {\n=Allende\n####" };
        assert!(gift.contains(typed), "{gift}");
        assert!(gift.contains(" {#1973####") && gift.contains(" {T####"), "{gift}");

        // The same questions straight from the pack, with nothing saved. Own questions get new
        // ids there, and an order question's shuffle follows its id, so lines are compared as a set.
        let from_pack = home.cronica(&["export", "gift", "--lang", lang, "--quiz", &file]);
        assert!(from_pack.status.success(), "{}", stderr(&from_pack));
        let lines_without_ids = |g: &str| {
            let mut lines: Vec<String> =
                g.lines().map(|l| if l.starts_with("::own-") { l.splitn(3, "::").nth(2).unwrap() } else { l }.to_string()).collect();
            lines.sort();
            lines
        };
        assert_eq!(lines_without_ids(&stdout(&from_pack)), lines_without_ids(&gift));
    }
    let gift_file = home.path().join("quiz.gift");
    let out = home.cronica(&["quiz", "gift", id, "--out", gift_file.to_str().unwrap()]);
    assert!(stderr(&out).contains("(8 questions)"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&gift_file).unwrap(), home.cronica(&["quiz", "gift", id]).stdout, "Spanish by default");

    let json: Value = serde_json::from_slice(&home.cronica(&["quiz", "list", "--json"]).stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1), "exporting saved nothing");

    // Round trip: the export imports as a new quiz whose export is the same file.
    let again = home.cronica(&["quiz", "import", out_file.to_str().unwrap()]);
    assert!(again.status.success(), "{}", stderr(&again));
    let (new_id, _) = stdout(&again).trim_end().split_once('\t').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
    assert_ne!(new_id, id);
    assert_eq!(home.cronica(&["quiz", "export", &new_id]).stdout, exported.stdout);
    let json: Value = serde_json::from_slice(&home.cronica(&["quiz", "list", "--json"]).stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(2));
}

#[test]
fn listing_without_a_user_database_creates_nothing() {
    let home = Home::new();
    let out = home.cronica(&["quiz", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("no saved quizzes"), "{}", stdout(&out));
    assert_eq!(stdout(&home.cronica(&["quiz", "list", "--json"])), "[]\n");
    let missing = home.cronica(&["quiz", "export", "quiz-0000000000000000"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("quiz-0000000000000000"), "{}", stderr(&missing));
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0, "no folder or file was created");
}

#[test]
fn xdg_data_home_and_user_db_choose_the_database() {
    let home = Home::new();
    let file = home.write("p.cronica-quiz", pack().to_string().as_bytes());
    let xdg = home.path().join("xdg");
    let out = Command::new(env!("CARGO_BIN_EXE_cronica"))
        .args(["--data", fixture().to_str().unwrap(), "quiz", "import", &file])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", &xdg)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(xdg.join("cl.cronica.desktop/user.db").is_file());

    let chosen = home.path().join("elsewhere/teacher.db");
    let out = home.cronica(&["quiz", "import", &file, "--user-db", chosen.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(chosen.is_file() && !home.app_user_db().exists());
    let list = home.cronica(&["--user-db", chosen.to_str().unwrap(), "quiz", "list", "--json"]);
    assert_eq!(serde_json::from_slice::<Value>(&list.stdout).unwrap().as_array().map(Vec::len), Some(1));
}

/// The user database's files, to compare byte for byte.
fn db_files(db: &Path) -> Vec<Option<Vec<u8>>> {
    ["", "-wal", "-shm"].iter().map(|suffix| std::fs::read(format!("{}{suffix}", db.display())).ok()).collect()
}

#[test]
fn a_refused_pack_names_the_field_and_changes_nothing() {
    let home = Home::new();
    let db = home.path().join("user.db");
    let db_arg = db.to_str().unwrap().to_string();
    let good = pack();
    let with = |pointer: &str, value: Value| {
        let mut pack = good.clone();
        *pack.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value;
        pack.to_string().into_bytes()
    };
    let mut unknown_field = good.clone();
    unknown_field["items"][1]["bonus"] = json!(1);
    let text = good.to_string();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", text.as_bytes()[..text.len() / 2].to_vec(), "not valid JSON"),
        ("not UTF-8", [text.as_bytes(), b"\xff\xfe"].concat(), "not UTF-8"),
        ("deep nesting", ("[".repeat(100_000) + &"]".repeat(100_000)).into_bytes(), "nests deeper than 64"),
        ("another version", with("/version", json!(2)), "version"),
        ("an unknown field", unknown_field.to_string().into_bytes(), "items[1].bonus"),
        ("a time limit out of range", with("/items/3/timeLimitS", json!(4)), "items[3].timeLimitS"),
        ("an unknown bank id", with("/items/7/question/id", json!("up-q99")), "items[7].question.id"),
        ("a bad own question", with("/items/4/question/question/answer/answer", json!(2031)), "items[4].question.question.answer.answer"),
    ];

    // With no database yet, a refused pack leaves none behind.
    let refused = home.write("refused.cronica-quiz", &cases[5].1);
    let out = home.cronica(&["quiz", "import", &refused, "--user-db", &db_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!db.exists(), "no database created for a refused pack");

    let good_file = home.write("good.cronica-quiz", good.to_string().as_bytes());
    assert!(home.cronica(&["quiz", "import", &good_file, "--user-db", &db_arg]).status.success());
    let before = db_files(&db);
    assert!(before[0].as_ref().is_some_and(|b| !b.is_empty()));
    for (case, bytes, field) in &cases {
        let file = home.write("hostile.cronica-quiz", bytes);
        for args in [vec!["quiz", "import", &file, "--user-db", &db_arg], vec!["export", "gift", "--quiz", &file, "--user-db", &db_arg]] {
            let out = home.cronica(&args);
            assert_eq!(out.status.code(), Some(1), "{case}: {args:?} refused");
            assert!(out.stdout.is_empty(), "{case}: {}", stdout(&out));
            let message = stderr(&out);
            assert!(message.contains("hostile.cronica-quiz: invalid input: ") && message.contains(field), "{case}: {message}");
            assert!(db_files(&db) == before, "{case}: {args:?} changed the user database");
        }
    }
    let json: Value = serde_json::from_slice(&home.cronica(&["quiz", "list", "--json", "--user-db", &db_arg]).stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1));
}

/// Every file in `dir`, with its bytes, to tell whether anything was created or changed.
fn listing(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
    files.sort();
    files
}

#[test]
fn a_read_only_user_database_is_read_from_a_copy_and_never_written() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let folder = home.path().join("profile");
    let db = folder.join("user.db");
    let db_arg = db.to_str().unwrap().to_string();
    let file = home.write("p.cronica-quiz", pack().to_string().as_bytes());
    let imported = home.cronica(&["--user-db", &db_arg, "quiz", "import", &file]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let (id, _) = stdout(&imported).trim_end().split_once('\t').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = listing(&folder);

    // Reading works from a copy in memory: the quiz is listed and exported.
    let list = home.cronica(&["--user-db", &db_arg, "quiz", "list", "--json"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let json: Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(json[0]["id"].as_str(), Some(id.as_str()), "{json}");
    let exported = home.cronica(&["--user-db", &db_arg, "quiz", "export", &id]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert_eq!(serde_json::from_slice::<Value>(&exported.stdout).unwrap(), pack());

    // Writing is refused up front, saying what to fix, instead of failing halfway.
    let refused = home.cronica(&["--user-db", &db_arg, "quiz", "import", &file]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("cannot be written") && stderr(&refused).contains("--user-db"), "{}", stderr(&refused));
    assert!(listing(&folder) == before, "no file beside the database was created or changed");
}
