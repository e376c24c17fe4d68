//! The worksheet's HTML page: a header with blanks for name, class and date, the numbered
//! questions (none split across a page edge), then the key on a page of its own. Its style is
//! inside the page, so the file prints the same from any browser, offline.

use super::sheet::{Item, Task, letter};
use super::wording::Wording;
use crate::base::Lang;
use crate::export::html::{escape, escape_lines};

const STYLE: &str = "
@page { margin: 16mm 15mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 16pt; margin: 0 0 0.3rem; }
.meta { font-size: 9pt; color: #333; margin: 0 0 0.6rem; }
.blanks { display: flex; gap: 1.5rem; margin: 0 0 1rem; }
.blanks span { flex: 1; border-bottom: 1px solid #000; padding-bottom: 0.2rem; }
ol.questions { padding-left: 1.6rem; margin: 0; }
.question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 0.9rem; }
.question p { margin: 0 0 0.3rem; }
.task { font-style: italic; }
.choices { list-style: none; padding-left: 0.4rem; margin: 0; }
.choices li::before { content: attr(data-letter) ') '; font-weight: bold; }
.blank { display: inline-block; min-width: 2.2rem; border-bottom: 1px solid #000; margin-right: 0.5rem; }
.blank.wide { min-width: 5rem; }
.line { display: block; border-bottom: 1px solid #000; height: 1.6rem; }
.match { display: flex; gap: 2rem; }
.match ul, .match ol { margin: 0; }
.key { break-before: page; page-break-before: always; }
.key h2 { font-size: 14pt; }
.key li { break-inside: avoid; margin-bottom: 0.25rem; }
@media screen { body { padding: 2rem; } }
";

fn task(item: &Item, words: &Wording) -> String {
    let hint = |text: &str| format!("<p class=\"task\">{}</p>", escape(text));
    let lettered = |items: &[String], upper: bool| -> String {
        items.iter().enumerate().map(|(i, t)| format!("<li data-letter=\"{}\">{}</li>", letter(i, upper), escape(t))).collect()
    };
    match &item.task {
        Task::Choices(options) => format!("<ul class=\"choices\">{}</ul>", lettered(options, true)),
        Task::TrueFalse => format!("{}<p><span class=\"blank\"></span></p>", hint(words.true_false)),
        Task::Year => format!("<p>{} <span class=\"blank wide\"></span></p>", escape(words.year)),
        Task::Order(items) => {
            let rows: String = items
                .iter()
                .enumerate()
                .map(|(i, t)| format!("<li data-letter=\"{}\"><span class=\"blank\"></span>{}</li>", letter(i, false), escape(t)))
                .collect();
            format!("{}<ul class=\"choices\">{rows}</ul>", hint(words.order))
        }
        Task::Match { people, roles } => {
            let people: String = people.iter().enumerate().map(|(i, p)| format!("<li>{}. {} <span class=\"blank\"></span></li>", i + 1, escape(p))).collect();
            format!("{}<div class=\"match\"><ul class=\"choices\">{people}</ul><ul class=\"choices\">{}</ul></div>", hint(words.matching), lettered(roles, false))
        }
        Task::Typed => format!("<p>{}</p><span class=\"line\"></span>", escape(words.typed)),
    }
}

/// The whole page.
pub(crate) fn render(lang: Lang, title: &str, as_of: &str, variant: u32, items: &[Item], words: &Wording) -> String {
    let questions: String = items
        .iter()
        .map(|item| format!("<li class=\"question\"><p class=\"prompt\">{}</p>{}</li>\n", escape_lines(&item.prompt), task(item, words)))
        .collect();
    let key: String = items.iter().map(|item| format!("<li>{}</li>\n", escape(&item.key))).collect();
    let title = escape(title);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} · {variant_word} {variant}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{title}</h1>\n<p class=\"meta\">Crónica · {as_of_word} {as_of} · {variant_word} {variant}</p>\n<p class=\"blanks\"><span>{name}:</span><span>{class}:</span><span>{date}:</span></p>\n</header>\n<ol class=\"questions\">\n{questions}</ol>\n<section class=\"key\">\n<h2>{key_word} · {title} · {variant_word} {variant}</h2>\n<ol>\n{key}</ol>\n</section>\n</body>\n</html>\n",
        variant_word = escape(words.variant),
        as_of_word = escape(words.as_of),
        name = escape(words.name),
        class = escape(words.class),
        date = escape(words.date),
        key_word = escape(words.key),
    )
}
