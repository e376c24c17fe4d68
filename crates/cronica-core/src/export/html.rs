//! Text written into HTML exports (the timeline, Anki cards, worksheets): content is always
//! text, never markup.

/// `&`, `<`, `>` and quotes as entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped, with its line breaks kept as `<br>` (an explanation of several lines stays so).
pub fn escape_lines(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

/// `items`, escaped, as the list `tag` opens (`ul`, `ol`, `ol type="A"`).
pub fn list(tag: &str, items: impl IntoIterator<Item = String>) -> String {
    let items: String = items.into_iter().map(|i| format!("<li>{}</li>", escape_lines(&i))).collect();
    let close = tag.split_whitespace().next().unwrap_or(tag);
    format!("<{tag}>{items}</{close}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_never_markup() {
        assert_eq!(escape("<img src=x onerror=alert(1)> & \"q\" 'a'"), "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;");
        assert_eq!(escape_lines("<b>\nb"), "&lt;b&gt;<br>b");
        assert_eq!(list("ol type=\"A\"", ["<b>".to_string()]), "<ol type=\"A\"><li>&lt;b&gt;</li></ol>");
    }
}
