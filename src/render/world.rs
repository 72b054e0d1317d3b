//! The Typst world a pack is compiled in: one virtual file (`/main.typ`), the
//! fonts embedded in the binary, the pack's date as "today", and nothing else
//! — no file system, no packages, no network.
//!
//! In: Typst source and a date. Out: PDF bytes, or the first error with its
//! line in the generated source.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

static FONTS: LazyLock<FontStore> = LazyLock::new(|| {
    let mut fonts = FontStore::new();
    fonts.extend(typst_kit::fonts::embedded());
    fonts
});

/// Whether any embedded font has a glyph for `c` (Typst falls back from the
/// template's fonts to any other, so one is enough).
pub fn drawable(c: char) -> bool {
    let book = FONTS.book();
    (0..)
        .map_while(|index| book.info(index))
        .any(|info| info.coverage.contains(c as u32))
}

/// How many compilations a memoised Typst result survives unused.
const EVICT_AFTER: usize = 4;

/// A compile problem, located in the generated source.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// 1-based line in the generated Typst source (0 when unknown).
    pub line: usize,
    pub message: String,
}

/// A compiled document and the warnings Typst gave on the way.
pub struct CompiledPdf {
    pub bytes: Vec<u8>,
    pub warnings: Vec<Diagnostic>,
}

struct PackWorld {
    main: Source,
    today: Datetime,
}

fn main_id() -> FileId {
    let path = VirtualPath::new("/main.typ").expect("a constant, valid virtual path");
    RootedPath::new(VirtualRoot::Project, path).intern()
}

impl PackWorld {
    fn refuse(&self, id: FileId) -> FileError {
        let message = match id.root() {
            VirtualRoot::Package(spec) => {
                format!("Typst packages are not available to studypack templates ({spec})")
            }
            VirtualRoot::Project => format!(
                "studypack templates cannot read files ({} is outside the pack)",
                id.vpath().get_with_slash()
            ),
        };
        FileError::Other(Some(message.into()))
    }
}

impl World for PackWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        FONTS.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(self.refuse(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(self.refuse(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

impl PackWorld {
    fn diagnostic(&self, diagnostic: &SourceDiagnostic) -> Diagnostic {
        let line = self
            .range(diagnostic.span)
            .and_then(|range| self.main.lines().byte_to_line(range.start))
            .map_or(0, |line| line + 1);
        let mut message = diagnostic.message.to_string();
        for hint in &diagnostic.hints {
            message.push_str("; hint: ");
            message.push_str(&hint.v);
        }
        Diagnostic { line, message }
    }
}

/// Compiles Typst source to PDF. `ident` names the document stably (with the
/// date it makes the output byte-identical run after run).
pub fn compile_pdf(
    source: String,
    (year, month, day): (i32, u8, u8),
    ident: &str,
) -> Result<CompiledPdf, Diagnostic> {
    let today = Datetime::from_ymd(year, month, day).ok_or_else(|| Diagnostic {
        line: 0,
        message: format!("{year}-{month}-{day} is not a date"),
    })?;
    let world = PackWorld {
        main: Source::new(main_id(), source),
        today,
    };
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    let first_error = |diagnostics: &[SourceDiagnostic]| {
        diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
            .or(diagnostics.first())
            .map_or_else(
                || Diagnostic {
                    line: 0,
                    message: "unknown error".into(),
                },
                |d| world.diagnostic(d),
            )
    };
    let document = output.map_err(|errors| first_error(&errors))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        timestamp: Datetime::from_ymd_hms(year, month, day, 0, 0, 0).map(Timestamp::new_utc),
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| first_error(&errors))?;
    // Typst memoises across compilations and never forgets on its own: keep
    // what the last few documents used (the worksheet and key share most of
    // it), so a process that renders many packs does not grow without end.
    typst::comemo::evict(EVICT_AFTER);
    Ok(CompiledPdf {
        bytes,
        warnings: warnings.iter().map(|w| world.diagnostic(w)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::drawable;

    #[test]
    fn the_embedded_fonts_draw_european_scripts_and_arabic_but_not_cjk_thai_or_emoji() {
        for c in ['é', 'ß', 'Ω', 'ж', 'ب', 'א', '—', '“'] {
            assert!(drawable(c), "{c} should be drawable");
        }
        for c in ['漢', 'か', '한', 'ก', '🙂'] {
            assert!(!drawable(c), "{c} should not be drawable");
        }
    }
}
