//! Reading the sources folder.
//!
//! In: a folder path. Out: `RawSources` — for every supported file (found
//! recursively, in sorted path order) its title and raw text blocks, each with
//! its provenance; plus a one-line notice per skipped file. This is the only
//! stage that reads files.

mod decode;
mod json;
mod markdown;
mod txt;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::SourceRef;
use decode::Decoded;

/// One block of text as a reader found it, before cleaning.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBlock {
    pub source: SourceRef,
    pub text: String,
}

/// What one file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDocument {
    /// Path relative to the sources folder, with `/` separators.
    pub file: String,
    pub title: Option<String>,
    pub blocks: Vec<RawBlock>,
}

/// Everything found in the sources folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSources {
    pub documents: Vec<RawDocument>,
    /// One line per file skipped, saying why ("skipped a.png: ...").
    pub notices: Vec<String>,
}

/// The most bytes of sources read in one run (100 MB). Reading,
/// deduplicating and grouping take about 14 times the text's size in memory
/// (593 MiB for 43 MB of passages), so this keeps a run within about 1.5 GB.
pub const MAX_SOURCE_BYTES: u64 = 100_000_000;

/// The formats read, for messages.
pub const SUPPORTED: &str = ".txt, .md, .json, .jsonl";

/// The 1-based line of byte `offset` in `text` (which need not be UTF-8).
fn line_of(text: impl AsRef<[u8]>, offset: usize) -> usize {
    let bytes = text.as_ref();
    1 + bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The formats a file can be read as.
#[derive(Clone, Copy)]
enum Format {
    Txt,
    Markdown,
    Json,
    JsonLines,
}

impl Format {
    /// The format a file's extension names, if studypack reads it.
    fn of(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Reads every supported file under `dir`.
pub fn read_sources(dir: &Path) -> Result<RawSources> {
    if !dir.is_dir() {
        return Err(Error::SourcesMissing {
            path: dir.to_path_buf(),
        });
    }
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    let too_much = |bytes: u64| Error::TooMuchSource {
        path: dir.to_path_buf(),
        megabytes: bytes as f64 / 1e6,
        limit: MAX_SOURCE_BYTES / 1_000_000,
    };
    let regular = |path: &Path| path.metadata().ok().filter(|m| m.is_file());
    let bytes: u64 = files
        .iter()
        .filter(|path| Format::of(path).is_some())
        .filter_map(|path| regular(path))
        .map(|m| m.len())
        .sum();
    if bytes > MAX_SOURCE_BYTES {
        return Err(too_much(bytes));
    }
    let mut sources = RawSources::default();
    let mut read_so_far = 0;
    for path in files {
        let relative = relative_name(dir, &path);
        let Some(format) = Format::of(&path) else {
            sources.notices.push(format!(
                "skipped {relative}: not a supported format ({SUPPORTED})"
            ));
            continue;
        };
        if regular(&path).is_none() {
            sources.notices.push(format!(
                "skipped {relative}: not a regular file (a link to a folder, a device or a pipe)"
            ));
            continue;
        }
        // Read no more than the limit allows, whatever the file claims.
        let room = MAX_SOURCE_BYTES - read_so_far;
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|file| file.take(room + 1).read_to_end(&mut bytes))
            .map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
        if bytes.len() as u64 > room {
            return Err(too_much(read_so_far + bytes.len() as u64));
        }
        read_so_far += bytes.len() as u64;
        let text = match decode::decode(bytes) {
            Decoded::Text(text) => text,
            Decoded::NotText(kind) => {
                sources.notices.push(format!(
                    "skipped {relative}: it is {kind}, not text; to use it, save its text as plain UTF-8 text"
                ));
                continue;
            }
            Decoded::BadUtf8 { line, offset } => {
                return Err(Error::NotUtf8 { path, line, offset });
            }
        };
        if text.trim().is_empty() {
            sources
                .notices
                .push(format!("skipped {relative}: it is empty"));
            continue;
        }
        let document = match format {
            Format::Txt => txt::parse(&relative, &text),
            Format::Markdown => markdown::parse(&relative, &text),
            Format::Json => json::parse_json(&path, &relative, &text)?,
            Format::JsonLines => json::parse_jsonl(&path, &relative, &text)?,
        };
        sources.documents.push(document);
    }
    Ok(sources)
}

/// Every non-hidden entry below `dir` that is not a folder. Links to
/// folders are not followed (a link to a parent would never end).
fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let read_error = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if entry.file_type().map_err(read_error)?.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn relative_name(dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(dir).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
