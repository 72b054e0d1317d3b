//! Rendering a pack: templates to Typst source, Typst to PDF, and the pack
//! itself to JSON.
//!
//! In: a `Pack` and the templates. Out: the bytes of `worksheet.pdf`,
//! `answer-key.pdf` and `pack.json`, and any warnings Typst gave. Nothing is
//! written to disk here.

mod templates;
mod world;

pub use templates::{BUILT_IN, Templates, typst_string};

use chrono::Datelike;
use minijinja::Value;
use minijinja::value::Serde;

use crate::error::{Error, Result};
use crate::model::Pack;

/// The files of one pack, ready to be written.
#[derive(Debug, Clone)]
pub struct RenderedPack {
    /// File name and contents, in the order they are written.
    pub files: Vec<(&'static str, Vec<u8>)>,
    /// Text no font can draw, and warnings from the Typst compiler, for the
    /// user to see.
    pub warnings: Vec<String>,
}

/// The most places named in warnings about characters no font can draw.
const UNDRAWABLE_PLACES: usize = 8;

/// Characters that take no glyph of their own: spaces, joiners and
/// variation selectors (as in emoji sequences).
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Warnings naming each place in the pack (the title, a source line, a
/// question) with characters that no embedded font can draw, which would
/// print as empty boxes. A character is reported at its first place only:
/// questions quote the sources, so the source line is where to fix it.
pub fn undrawable_text(pack: &Pack) -> Vec<String> {
    let mut places: Vec<(String, &str)> = vec![("the title".into(), pack.title.as_str())];
    for source in &pack.sources {
        for (index, line) in source.lines.iter().enumerate() {
            let place = format!(
                "{} (Source {}, printed line {})",
                source.attribution,
                source.label,
                index + 1
            );
            places.push((place, line));
        }
    }
    for question in pack.questions() {
        let texts = [&question.stem, &question.answer]
            .into_iter()
            .chain(&question.options)
            .chain(&question.marking_guide);
        for text in texts {
            places.push((format!("question {}", question.number), text));
        }
    }
    let mut reported: Vec<char> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let mut more = 0;
    for (place, text) in places {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            if !invisible(c) && !reported.contains(&c) && !world::drawable(c) {
                missing.push(c);
                reported.push(c);
            }
        }
        if missing.is_empty() {
            continue;
        }
        if warnings.len() == UNDRAWABLE_PLACES {
            more += 1;
            continue;
        }
        let shown: String = missing.iter().take(8).collect();
        let ellipsis = if missing.len() > 8 { "\u{2026}" } else { "" };
        warnings.push(format!(
            "{place}: no font can draw {shown}{ellipsis}; they will print as empty boxes"
        ));
    }
    if more > 0 {
        warnings.push(format!(
            "characters no font can draw are also in {} (studypack's fonts have no Chinese, Japanese, Korean, Thai or emoji)",
            crate::text::count_of(more, "more place")
        ));
    }
    warnings
}

/// The documents of a pack: file name, template, and the name the pages show.
const DOCUMENTS: &[(&str, &str, &str)] = &[
    ("worksheet.pdf", "worksheet.typ.j2", "Worksheet"),
    ("answer-key.pdf", "answer-key.typ.j2", "Answer key"),
];

/// Renders the Typst source of one document (exposed for tests and debugging).
pub fn typst_source(pack: &Pack, templates: &Templates, template: &str) -> Result<String> {
    let document = DOCUMENTS
        .iter()
        .find(|(_, name, _)| *name == template)
        .map_or(template, |(_, _, shown)| shown);
    let context = minijinja::context! {
        pack => Value::from(Serde(pack)),
        date_text => pack.date.format("%-d %B %Y").to_string(),
        document => document,
    };
    templates.render(template, context)
}

pub fn render(pack: &Pack, templates: &Templates) -> Result<RenderedPack> {
    let date = (
        pack.date.year(),
        pack.date.month() as u8,
        pack.date.day() as u8,
    );
    let mut rendered = RenderedPack {
        files: Vec::new(),
        warnings: undrawable_text(pack),
    };
    for (file, template, _) in DOCUMENTS {
        let source = typst_source(pack, templates, template)?;
        let ident = format!("studypack/{}/{file}", pack.theme.slug);
        let pdf = world::compile_pdf(source, date, &ident).map_err(|d| Error::Typst {
            template: template.to_string(),
            line: d.line,
            message: d.message,
        })?;
        rendered.warnings.extend(
            pdf.warnings
                .into_iter()
                .map(|w| format!("{template} (generated line {}): {}", w.line, w.message)),
        );
        rendered.files.push((file, pdf.bytes));
    }
    // A Pack is plain structs, strings and numbers: serialising cannot fail.
    let mut json = serde_json::to_string_pretty(pack).expect("a Pack serialises to JSON");
    json.push('\n');
    rendered.files.push(("pack.json", json.into_bytes()));
    Ok(rendered)
}
