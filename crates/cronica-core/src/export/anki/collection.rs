//! Writes notes into an Anki package: a schema-11 collection (`collection.anki2`, SQLite) and an
//! empty media list, zipped. Anki's decks, note type and scheduling options are JSON inside the
//! collection's one `col` row, written here with the defaults Anki itself writes.

use std::io::{Cursor, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, params};
use serde_json::{Value, json};
use sha1::{Digest, Sha1};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use crate::error::{Error, Result};

/// A note type: its name, its fields in order, and the one card it makes.
pub(crate) struct NoteType {
    pub id: i64,
    pub name: String,
    pub fields: Vec<String>,
    pub front: String,
    pub back: String,
    pub css: String,
}

/// A deck (`Parent::Child` names nest in Anki).
pub(crate) struct Deck {
    pub id: i64,
    pub name: String,
}

/// One note: its fields (HTML) in the note type's order, one card in `deck`.
pub(crate) struct Note {
    /// Stable across exports, so importing a newer package updates the note instead of adding one.
    pub guid: String,
    pub deck: i64,
    pub fields: Vec<String>,
    pub tags: Vec<String>,
}

/// A positive id from text, stable across builds, in the range Anki's own random ids use.
pub(crate) fn stable_id(text: &str) -> i64 {
    let digest = Sha1::digest(text.as_bytes());
    let n = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
    (1_i64 << 30) + i64::from(n % (1 << 30))
}

/// The note's first field without markup: what Anki sorts by and checks for duplicates.
fn sort_field(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Anki's checksum of the first field: the first 8 hex digits of its SHA-1, as a number.
fn checksum(sort_field: &str) -> i64 {
    let digest = Sha1::digest(sort_field.as_bytes());
    i64::from(u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]))
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

fn note_type_json(note_type: &NoteType, deck: i64, modified_s: i64) -> Value {
    let fields: Vec<Value> = note_type
        .fields
        .iter()
        .enumerate()
        .map(|(ord, name)| json!({"name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Liberation Sans", "size": 20, "media": []}))
        .collect();
    json!({
        "id": note_type.id, "name": note_type.name, "type": 0, "mod": modified_s, "usn": -1, "sortf": 0, "did": deck,
        "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": note_type.front, "afmt": note_type.back, "bqfmt": "", "bafmt": "", "did": null}],
        "flds": fields, "css": note_type.css,
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexPost": "\\end{document}", "latexsvg": false, "tags": [], "vers": [],
        "req": [[0, "any", [0]]],
    })
}

fn deck_json(id: i64, name: &str, modified_s: i64) -> Value {
    json!({
        "id": id, "name": name, "desc": "", "mod": modified_s, "usn": -1, "dyn": 0, "conf": 1, "collapsed": false,
        "extendNew": 10, "extendRev": 50, "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
    })
}

fn options_json() -> Value {
    json!({"1": {
        "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true,
        "new": {"delays": [1, 10], "ints": [1, 4, 7], "initialFactor": 2500, "order": 1, "perDay": 20, "bury": true, "separate": true},
        "lapse": {"delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 0},
        "rev": {"perDay": 100, "ease4": 1.3, "fuzz": 0.05, "minSpace": 1, "ivlFct": 1, "maxIvl": 36500, "bury": true},
    }})
}

fn config_json(first_deck: i64, note_type: i64) -> Value {
    json!({
        "activeDecks": [first_deck], "curDeck": first_deck, "curModel": note_type.to_string(), "newSpread": 0,
        "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true, "nextPos": 1,
        "sortType": "noteFld", "sortBackwards": false, "addToCur": true,
    })
}

/// The collection database: every deck, the note type, and one new card per note.
fn write_collection(conn: &Connection, note_type: &NoteType, decks: &[Deck], notes: &[Note]) -> Result<()> {
    conn.execute_batch(include_str!("schema.sql"))?;
    let now = now_ms();
    let modified_s = now / 1000;
    let first_deck = decks.first().map_or(1, |d| d.id);
    let mut deck_map = serde_json::Map::new();
    deck_map.insert("1".into(), deck_json(1, "Default", modified_s));
    for deck in decks {
        deck_map.insert(deck.id.to_string(), deck_json(deck.id, &deck.name, modified_s));
    }
    let models = json!({ note_type.id.to_string(): note_type_json(note_type, first_deck, modified_s) });
    conn.execute(
        "INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
         VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')",
        params![modified_s - modified_s % 86_400, now, config_json(first_deck, note_type.id).to_string(), models.to_string(), Value::Object(deck_map).to_string(), options_json().to_string()],
    )?;
    let mut insert_note = conn.prepare("INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, ?8, 0, '')")?;
    let mut insert_card = conn.prepare("INSERT INTO cards VALUES (?1, ?2, ?3, 0, ?4, -1, 0, 0, ?5, 0, 0, 0, 0, 0, 0, 0, 0, '')")?;
    for (position, note) in notes.iter().enumerate() {
        let position = i64::try_from(position).map_err(|_| Error::InvalidInput("too many notes".into()))?;
        let id = now + position;
        let first = sort_field(note.fields.first().map_or("", String::as_str));
        let tags = if note.tags.is_empty() { String::new() } else { format!(" {} ", note.tags.join(" ")) };
        insert_note.execute(params![id, note.guid, note_type.id, modified_s, tags, note.fields.join("\u{1f}"), first, checksum(&first)])?;
        insert_card.execute(params![id, id, note.deck, modified_s, position + 1])?;
    }
    Ok(())
}

/// The `.apkg` file's bytes.
pub(crate) fn package(note_type: &NoteType, decks: &[Deck], notes: &[Note]) -> Result<Vec<u8>> {
    let scratch = tempfile::Builder::new().prefix("cronica-anki-").tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let path = scratch.path().join("collection.anki2");
    {
        let conn = Connection::open(&path)?;
        conn.execute_batch("PRAGMA journal_mode = DELETE;")?;
        write_collection(&conn, note_type, decks, notes)?;
    }
    let collection = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
    let zip_error = |e: zip::result::ZipError| Error::io(&path, std::io::Error::other(e));
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("collection.anki2", options).map_err(zip_error)?;
    zip.write_all(&collection).map_err(|e| Error::io(&path, e))?;
    zip.start_file("media", options).map_err(zip_error)?;
    zip.write_all(b"{}").map_err(|e| Error::io(&path, e))?;
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_field_is_the_text_without_markup() {
        assert_eq!(sort_field("<p>¿Quién &amp; cuándo?</p><ol><li>A &lt;b&gt;</li></ol>"), "¿Quién & cuándo?A <b>");
    }

    #[test]
    fn checksums_and_ids_are_stable() {
        // Anki's checksum of "Hello": int(sha1("Hello").hexdigest()[:8], 16).
        assert_eq!(checksum("Hello"), 0xf7ff9e8b);
        assert_eq!(stable_id("deck"), stable_id("deck"));
        assert_ne!(stable_id("deck a"), stable_id("deck b"));
        assert!((1 << 30..1 << 31).contains(&stable_id("x")));
    }
}
