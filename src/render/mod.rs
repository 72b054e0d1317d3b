//! Rendering a pack: templates to Typst source, Typst to PDF, and the pack
//! itself to JSON.
//!
//! In: a `Pack` (one version) and the templates. Out: the bytes of
//! `worksheet.pdf`, `answer-key.pdf`, the teacher's copy when asked for, and
//! `pack.json` (named `worksheet-B.pdf`, ... for version B), and warnings
//! about text no font can draw and from Typst. Nothing is written to disk here.

mod templates;
mod world;

pub use templates::{BUILT_IN, Templates, typst_string};

use chrono::Datelike;
use minijinja::Value;
use minijinja::value::Serde;

use crate::error::{Error, Result};
use crate::model::Pack;

/// The files of one pack, ready to be written.
#[derive(Debug, Clone, Default)]
pub struct RenderedPack {
    /// File name and contents, in the order they are written.
    pub files: Vec<(String, Vec<u8>)>,
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
                "{}, line {} (Source {}, printed line {})",
                source.attribution,
                source.line,
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

impl RenderedPack {
    /// Adds another version's files; a warning already given is not repeated.
    pub fn extend(&mut self, other: RenderedPack) {
        self.files.extend(other.files);
        for warning in other.warnings {
            if !self.warnings.contains(&warning) {
                self.warnings.push(warning);
            }
        }
    }
}

/// One PDF of a pack: its file name (before any version letter), the
/// template, the name its pages show, and whether answers are filled in.
struct Document {
    file: &'static str,
    template: &'static str,
    shown: &'static str,
    teacher_copy: bool,
}

const WORKSHEET: Document = Document {
    file: "worksheet",
    template: "worksheet.typ.j2",
    shown: "Worksheet",
    teacher_copy: false,
};
const ANSWER_KEY: Document = Document {
    file: "answer-key",
    template: "answer-key.typ.j2",
    shown: "Answer key",
    teacher_copy: false,
};
const TEACHER_COPY: Document = Document {
    file: "worksheet-teacher",
    template: "worksheet.typ.j2",
    shown: "Worksheet (teacher's copy)",
    teacher_copy: true,
};

/// `worksheet.pdf`, or `worksheet-B.pdf` for version B.
fn file_name(base: &str, pack: &Pack, extension: &str) -> String {
    match &pack.version {
        Some(letter) => format!("{base}-{letter}.{extension}"),
        None => format!("{base}.{extension}"),
    }
}

/// Renders the Typst source of one document. A template receives `pack` (the structure of pack.json),
/// `date_text` (the date as printed), `document` (the name the pages show)
/// and `teacher_copy` (whether to fill in the answers).
fn typst_source(pack: &Pack, templates: &Templates, document: &Document) -> Result<String> {
    let context = minijinja::context! {
        pack => Value::from(Serde(pack)),
        date_text => pack.date.format("%-d %B %Y").to_string(),
        document => document.shown,
        teacher_copy => document.teacher_copy,
    };
    templates.render(document.template, context)
}

/// The worksheet, the answer key, the teacher's copy when asked for, and
/// pack.json, for one pack (one version).
pub fn render(pack: &Pack, templates: &Templates, teacher_copy: bool) -> Result<RenderedPack> {
    let date = (
        pack.date.year(),
        pack.date.month() as u8,
        pack.date.day() as u8,
    );
    let mut rendered = RenderedPack {
        files: Vec::new(),
        warnings: undrawable_text(pack),
    };
    let documents = [WORKSHEET, ANSWER_KEY, TEACHER_COPY];
    for document in documents.iter().filter(|d| teacher_copy || !d.teacher_copy) {
        let source = typst_source(pack, templates, document)?;
        let file = file_name(document.file, pack, "pdf");
        let ident = format!("studypack/{}/{file}", pack.theme.slug);
        let template = document.template;
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
    rendered
        .files
        .push((file_name("pack", pack, "json"), json.into_bytes()));
    Ok(rendered)
}
