//! JSON and JSON Lines sources.
//!
//! In: a file's text. Out: one passage per object: `text` (required) with the
//! optional `title`, `url`, `author` and `date` as its provenance. A `.json`
//! file holds an array of objects (or one object); a `.jsonl` file one object
//! per line. Malformed JSON and a missing `text` are errors naming the line.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{RawBlock, RawDocument, line_of};
use crate::error::{Error, Result};
use crate::model::SourceRef;

#[derive(Deserialize)]
struct Record {
    text: Option<String>,
    title: Option<String>,
    url: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

/// serde_json's description of an error without its " at line L column C"
/// ending, which the location before studypack's message already says
/// (counted from the file's start).
fn what_went_wrong(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" at line ") {
        Some((what, _)) => what.to_string(),
        None => text,
    }
}

fn syntax_error(path: &std::path::Path, line_offset: usize, error: &serde_json::Error) -> Error {
    let what = what_went_wrong(error);
    Error::BadSource {
        path: path.to_path_buf(),
        line: line_offset + error.line(),
        column: Some(error.column()),
        message: format!("malformed JSON ({what}); fix the file or remove it from the sources"),
    }
}

/// One record found at byte `start` of the file.
fn block(
    path: &std::path::Path,
    file: &str,
    text: &str,
    start: usize,
    raw: &str,
) -> Result<RawBlock> {
    let line = line_of(text, start);
    let record: Record = serde_json::from_str(raw).map_err(|e| Error::BadSource {
        path: path.to_path_buf(),
        line,
        column: None,
        message: format!(
            "not a passage object ({}); each entry needs a \"text\" string",
            what_went_wrong(&e)
        ),
    })?;
    let Some(passage) = record.text else {
        return Err(Error::BadSource {
            path: path.to_path_buf(),
            line,
            column: None,
            message: "this entry has no \"text\" field; each entry needs the passage as \"text\""
                .into(),
        });
    };
    Ok(RawBlock {
        source: SourceRef {
            url: record.url,
            title: record.title,
            author: record.author,
            date: record.date,
            ..SourceRef::at(file, line)
        },
        text: passage,
    })
}

/// Byte offset of `part` inside `whole` (`part` is a slice of it).
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// A `.json` file: an array of passage objects, or a single one.
pub fn parse_json(path: &std::path::Path, file: &str, text: &str) -> Result<RawDocument> {
    let entries: Vec<&RawValue> = match serde_json::from_str::<Vec<&RawValue>>(text) {
        Ok(entries) => entries,
        Err(array_error) => match serde_json::from_str::<&RawValue>(text) {
            Ok(single) if single.get().trim_start().starts_with('{') => vec![single],
            Ok(_) => {
                return Err(Error::BadSource {
                    path: path.to_path_buf(),
                    line: 1,
                    column: None,
                    message: "expected an array of passage objects, or one object".into(),
                });
            }
            Err(_) => return Err(syntax_error(path, 0, &array_error)),
        },
    };
    let blocks = entries
        .into_iter()
        .map(|raw| block(path, file, text, offset_in(text, raw.get()), raw.get()))
        .collect::<Result<_>>()?;
    Ok(RawDocument {
        file: file.to_string(),
        title: None,
        blocks,
    })
}

/// A `.jsonl` file: one passage object per line; blank lines are skipped.
pub fn parse_jsonl(path: &std::path::Path, file: &str, text: &str) -> Result<RawDocument> {
    let mut blocks = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let raw: &RawValue =
            serde_json::from_str(line).map_err(|e| syntax_error(path, index, &e))?;
        blocks.push(block(path, file, text, offset_in(text, line), raw.get())?);
    }
    Ok(RawDocument {
        file: file.to_string(),
        title: None,
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn an_array_of_objects_keeps_provenance_and_lines() {
        let text = "[\n  {\"text\": \"One.\", \"url\": \"http://a\"},\n  {\"text\": \"Two.\", \"title\": \"T\", \"author\": \"Ann\", \"date\": \"2020\"}\n]";
        let doc = parse_json(Path::new("a.json"), "a.json", text).unwrap();
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].source.line, 2);
        assert_eq!(doc.blocks[0].source.url.as_deref(), Some("http://a"));
        assert_eq!(doc.blocks[1].source.line, 3);
        assert_eq!(doc.blocks[1].source.author.as_deref(), Some("Ann"));
        assert_eq!(doc.blocks[1].text, "Two.");
    }

    #[test]
    fn a_single_object_is_one_passage() {
        let doc = parse_json(Path::new("a.json"), "a.json", "{\"text\": \"Only.\"}").unwrap();
        assert_eq!(doc.blocks.len(), 1);
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let error =
            parse_json(Path::new("a.json"), "a.json", "[\n {\"text\": \"x\",,}\n]").unwrap_err();
        assert!(
            matches!(
                error,
                Error::BadSource {
                    line: 2,
                    column: Some(_),
                    ..
                }
            ),
            "{error}"
        );
    }

    #[test]
    fn a_missing_text_names_the_line() {
        let error = parse_jsonl(
            Path::new("b.jsonl"),
            "b.jsonl",
            "{\"text\": \"a\"}\n\n{\"title\": \"b\"}\n",
        )
        .unwrap_err();
        assert!(matches!(error, Error::BadSource { line: 3, .. }), "{error}");
        assert!(error.to_string().contains("no \"text\" field"));
    }

    #[test]
    fn jsonl_lines_are_passages() {
        let doc = parse_jsonl(
            Path::new("b.jsonl"),
            "b.jsonl",
            "{\"text\": \"a\"}\n{\"text\": \"b\"}",
        )
        .unwrap();
        let lines: Vec<usize> = doc.blocks.iter().map(|b| b.source.line).collect();
        assert_eq!(lines, vec![1, 2]);
    }
}
