//! Markdown sources.
//!
//! In: a file's text. Out: its title (the first heading, when the file opens
//! with one) and its passages — each paragraph and each list item — with the
//! nearest heading above it as the passage's title. Code blocks, HTML and
//! images are skipped; links keep their text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{RawBlock, RawDocument, line_of};
use crate::model::SourceRef;

/// What the reader is collecting text for.
#[derive(Clone, Copy, PartialEq)]
enum Collecting {
    Nothing,
    Heading,
    Passage,
}

pub fn parse(file: &str, text: &str) -> RawDocument {
    let mut document = RawDocument {
        file: file.to_string(),
        title: None,
        blocks: Vec::new(),
    };
    let mut section: Option<String> = None;
    let mut buffer = String::new();
    let mut start = 0;
    let mut collecting = Collecting::Nothing;
    let mut skip_depth = 0usize;
    let mut seen_block = false;

    let flush = |buffer: &mut String,
                 start: usize,
                 section: &Option<String>,
                 blocks: &mut Vec<RawBlock>| {
        if !buffer.trim().is_empty() {
            blocks.push(RawBlock {
                source: SourceRef {
                    title: section.clone(),
                    ..SourceRef::at(file, line_of(text, start))
                },
                text: std::mem::take(buffer),
            });
        }
        buffer.clear();
    };

    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. } | Tag::Table(_),
            ) => {
                skip_depth += 1;
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image | TagEnd::Table) => {
                skip_depth = skip_depth.saturating_sub(1);
            }
            _ if skip_depth > 0 => {}
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut buffer, start, &section, &mut document.blocks);
                collecting = Collecting::Heading;
            }
            Event::End(TagEnd::Heading(_)) => {
                let heading = std::mem::take(&mut buffer).trim().to_string();
                if !seen_block && document.title.is_none() {
                    document.title = Some(heading.clone());
                }
                section = Some(heading);
                collecting = Collecting::Nothing;
                seen_block = true;
            }
            Event::Start(Tag::Paragraph | Tag::Item) => {
                if collecting == Collecting::Passage && !buffer.trim().is_empty() {
                    // A nested list item: its parent's text is a passage of its own.
                    flush(&mut buffer, start, &section, &mut document.blocks);
                }
                if buffer.trim().is_empty() {
                    start = range.start;
                }
                collecting = Collecting::Passage;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                flush(&mut buffer, start, &section, &mut document.blocks);
                seen_block = true;
            }
            Event::Text(t) | Event::Code(t) if collecting != Collecting::Nothing => {
                buffer.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak if collecting != Collecting::Nothing => {
                buffer.push(' ')
            }
            _ => {}
        }
    }
    flush(&mut buffer, start, &section, &mut document.blocks);
    document
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn headings_paragraphs_and_list_items() {
        let text = "# The Party\n\nIntro *text* with a [link](http://x.org).\n\n## Leaders\n\n- Lenin led it.\n- Stalin followed\n  him.\n\n```\ncode is skipped\n```\n\nLast words.\n";
        let doc = parse("notes.md", text);
        assert_eq!(doc.title.as_deref(), Some("The Party"));
        let blocks: Vec<(usize, Option<&str>, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.source.line, b.source.title.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            vec![
                (3, Some("The Party"), "Intro text with a link."),
                (7, Some("Leaders"), "Lenin led it."),
                (8, Some("Leaders"), "Stalin followed him."),
                (15, Some("Leaders"), "Last words."),
            ]
        );
    }

    #[test]
    fn nested_items_are_passages_of_their_own() {
        let doc = parse(
            "n.md",
            "- Causes of the war\n  - Famine in the north.\n  - Debt.\n",
        );
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Causes of the war", "Famine in the north.", "Debt."]
        );
        assert_eq!(doc.title, None);
    }
}
