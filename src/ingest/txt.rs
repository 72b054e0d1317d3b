//! Plain-text sources.
//!
//! In: a file's text. Out: its optional title (a short first line with no
//! final punctuation) and its passages: one per line, or one per paragraph
//! when the file separates paragraphs with blank lines.

use super::{RawBlock, RawDocument};
use crate::model::SourceRef;

/// The longest first line, in words, that is taken for a title.
const MAX_TITLE_WORDS: usize = 12;

/// Whether a first line reads as a title: short, and not ending a sentence.
fn is_title(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_TITLE_WORDS).contains(&words)
        && !line.trim_end().ends_with(['.', '!', '?', ':', ';', ','])
}

/// Runs of non-blank lines, each with the 1-based number of its first line.
fn paragraphs(text: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            out.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| (index + 1, Vec::new()))
                .1
                .push(line);
        }
    }
    out.extend(current);
    out
}

pub fn parse(file: &str, text: &str) -> RawDocument {
    let mut paragraphs = paragraphs(text);
    let several = paragraphs.len() > 1;
    // A title is the first line when more text follows it.
    let title = match paragraphs.first_mut() {
        Some((line, lines)) if is_title(lines[0]) && (lines.len() > 1 || several) => {
            *line += 1;
            Some(lines.remove(0).trim().to_string())
        }
        _ => None,
    };
    paragraphs.retain(|(_, lines)| !lines.is_empty());
    let paragraph_mode =
        paragraphs.iter().any(|(_, lines)| lines.len() > 1) && paragraphs.len() > 1;
    let source = |line| SourceRef {
        title: title.clone(),
        ..SourceRef::at(file, line)
    };
    let blocks = if paragraph_mode {
        paragraphs
            .iter()
            .map(|(line, lines)| RawBlock {
                source: source(*line),
                text: lines.join("\n"),
            })
            .collect()
    } else {
        paragraphs
            .iter()
            .flat_map(|(first, lines)| {
                lines
                    .iter()
                    .enumerate()
                    .map(move |(i, text)| (first + i, *text))
            })
            .map(|(line, text)| RawBlock {
                source: source(line),
                text: text.to_string(),
            })
            .collect()
    };
    RawDocument {
        file: file.to_string(),
        title,
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn texts(file: &str, text: &str) -> Vec<(usize, String)> {
        parse(file, text)
            .blocks
            .into_iter()
            .map(|b| (b.source.line, b.text))
            .collect()
    }

    #[test]
    fn title_then_one_passage_per_line() {
        let doc = parse("a.txt", "The Title\nFirst passage.\n\nSecond passage.\n");
        assert_eq!(doc.title.as_deref(), Some("The Title"));
        assert_eq!(
            texts("a.txt", "The Title\nFirst passage.\n\nSecond passage.\n"),
            vec![(2, "First passage.".into()), (4, "Second passage.".into())]
        );
    }

    #[test]
    fn a_sentence_first_line_is_not_a_title() {
        let doc = parse("a.txt", "Lenin died in 1924.\nStalin rose.");
        assert_eq!(doc.title, None);
        assert_eq!(doc.blocks.len(), 2);
    }

    #[test]
    fn blank_line_paragraphs_become_one_passage_each() {
        assert_eq!(
            texts("a.txt", "Title\n\nOne line\nand more.\n\nTwo.\n"),
            vec![(3, "One line\nand more.".into()), (6, "Two.".into())]
        );
    }

    #[test]
    fn a_lone_line_is_a_passage_not_a_title() {
        let doc = parse("a.txt", "Just this");
        assert_eq!(doc.title, None);
        assert_eq!(doc.blocks.len(), 1);
    }
}
