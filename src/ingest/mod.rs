//! Reading the sources folder.
//!
//! In: a folder path. Out: `RawSources` — for every supported file (found
//! recursively, in sorted path order) its title and raw text blocks, each with
//! its provenance; plus a one-line notice per skipped file. This is the only
//! stage that reads files.

mod json;
mod markdown;
mod txt;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::SourceRef;

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
    pub notices: Vec<String>,
    /// Files skipped as unsupported (relative names).
    pub skipped: Vec<String>,
}

/// The formats read, for messages.
pub const SUPPORTED: &str = ".txt, .md, .json, .jsonl";

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
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
    let mut sources = RawSources::default();
    for path in files {
        let relative = relative_name(dir, &path);
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase);
        let document = match extension.as_deref() {
            Some("txt" | "text") => txt::parse(&relative, &read_utf8(&path)?),
            Some("md" | "markdown") => markdown::parse(&relative, &read_utf8(&path)?),
            Some("json") => json::parse_json(&path, &relative, &read_utf8(&path)?)?,
            Some("jsonl" | "ndjson") => json::parse_jsonl(&path, &relative, &read_utf8(&path)?)?,
            _ => {
                sources.notices.push(format!(
                    "skipped {relative}: not a supported format ({SUPPORTED})"
                ));
                sources.skipped.push(relative);
                continue;
            }
        };
        sources.documents.push(document);
    }
    Ok(sources)
}

/// Every non-hidden file below `dir`.
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
        if path.is_dir() {
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

/// Reads a file as UTF-8 (a leading byte-order mark is dropped); invalid
/// bytes are reported with their line and offset.
fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::NotUtf8 {
            path: path.to_path_buf(),
            line,
            offset,
        }
    })?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
