//! Reading a pack file, cheapest refusals first: its size, UTF-8, how deep it nests (counted
//! without recursion, so no file can exhaust the stack), its format and version, and only then
//! the whole pack, with the path of the field that does not fit (`items[3].points: …`).

use serde::Deserialize;
use serde::de::{Deserializer, SeqAccess, Visitor};

use super::{MAX_PACK_BYTES, MAX_PACK_DEPTH, MAX_PACK_ITEMS, PackItem, PackVersion, QuizPack};
use crate::error::{Error, Result};

const FORMAT: &str = "cronica-quiz";

fn invalid(message: impl Into<String>) -> Error {
    Error::InvalidInput(message.into())
}

/// The pack in `file`, or why it is refused.
pub(super) fn parse(file: &[u8]) -> Result<QuizPack> {
    if file.len() > MAX_PACK_BYTES {
        return Err(invalid(format!("the file is larger than {} MB", MAX_PACK_BYTES / (1024 * 1024))));
    }
    let file = file.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(file);
    let text = std::str::from_utf8(file).map_err(|e| invalid(format!("the file is not UTF-8 text (byte {})", e.valid_up_to())))?;
    if nests_deeper_than(text.as_bytes(), MAX_PACK_DEPTH) {
        return Err(invalid(format!("the file nests deeper than {MAX_PACK_DEPTH} levels")));
    }
    check_header(text)?;
    let mut json = serde_json::Deserializer::from_str(text);
    let pack: QuizPack = serde_path_to_error::deserialize(&mut json).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            invalid(format!("the file is not valid JSON: {inner}"))
        } else {
            invalid(format!("{path}: {inner}"))
        }
    })?;
    json.end().map_err(|e| invalid(format!("the file is not valid JSON: {e}")))?;
    Ok(pack)
}

/// Whether arrays and objects nest deeper than `max` (brackets inside strings do not count).
fn nests_deeper_than(text: &[u8], max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &byte in text {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// The format and version, read first so a file of another kind is named as such.
fn check_header(text: &str) -> Result<()> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<serde_json::Value>,
        version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            invalid("the file is not a Crónica quiz pack (not a JSON object)")
        } else {
            invalid(format!("the file is not valid JSON: {e}"))
        }
    })?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(invalid(format!("format: not a Crónica quiz pack (expected \"{FORMAT}\")")));
    }
    match header.version {
        Some(v) if v.as_u64() == Some(PackVersion::NUMBER) => Ok(()),
        Some(v) => Err(invalid(format!("version: version {v} is not supported (this build reads version {})", PackVersion::NUMBER))),
        None => Err(invalid("version: missing")),
    }
}

/// The items, refusing a list longer than `MAX_PACK_ITEMS` as soon as it is.
pub(super) fn at_most_items<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<PackItem>, D::Error> {
    struct Items;
    impl<'de> Visitor<'de> for Items {
        type Value = Vec<PackItem>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a list of at most {MAX_PACK_ITEMS} items")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Vec<PackItem>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                if items.len() == MAX_PACK_ITEMS {
                    return Err(serde::de::Error::custom(format_args!("more than {MAX_PACK_ITEMS} items")));
                }
                items.push(item);
            }
            Ok(items)
        }
    }
    d.deserialize_seq(Items)
}

#[cfg(test)]
mod tests {
    use super::nests_deeper_than;

    #[test]
    fn nesting_is_counted_outside_strings_only() {
        assert!(!nests_deeper_than(br#"{"a": [[1]], "b": "[[[[[[[[[["}"#, 3));
        assert!(nests_deeper_than(br#"{"a": [[1]]}"#, 2));
        assert!(!nests_deeper_than(br#"{"a": "\"[[[[", "b": [1]}"#, 2));
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert!(nests_deeper_than(deep.as_bytes(), 64));
    }
}
