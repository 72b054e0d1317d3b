//! Cleaning raw blocks into passages.
//!
//! In: `RawSources` from ingest. Out: a `Corpus` — passages of display text
//! split into sentences, with ids `p1`, `p2`, ... in reading order; heading
//! lines recorded as dropped, not kept as passages.

use crate::ingest::RawSources;
use crate::model::{Corpus, Dropped, Passage};
use crate::text::{display_text, is_stop_word, split_sentences, tokens};

/// The longest line, in words, that can be a bare heading.
const MAX_HEADING_WORDS: usize = 8;

/// A bare heading: a few words in title case with no final punctuation,
/// such as "Joseph Stalin" or "The Rise of Rome".
pub fn looks_like_heading(text: &str) -> bool {
    let words = tokens(text);
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_HEADING_WORDS).contains(&words.len())
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
        && capitalised(words[0].text)
        && words.iter().all(|w| {
            is_stop_word(w.text) || capitalised(w.text) || w.text.chars().all(char::is_numeric)
        })
}

pub fn normalize(raw: RawSources) -> Corpus {
    let mut corpus = Corpus {
        title: raw.documents.iter().find_map(|d| d.title.clone()),
        notices: raw.notices,
        ..Corpus::default()
    };
    for block in raw.documents.into_iter().flat_map(|d| d.blocks) {
        let text = display_text(&block.text);
        if text.is_empty() {
            continue;
        }
        if looks_like_heading(&text) {
            corpus.dropped.push(Dropped {
                source: block.source,
                text,
                reason: "heading".to_string(),
            });
            continue;
        }
        let sentences = split_sentences(&text)
            .into_iter()
            .map(str::to_string)
            .collect();
        corpus.passages.push(Passage {
            id: format!("p{}", corpus.passages.len() + 1),
            source: block.source,
            text,
            sentences,
        });
    }
    corpus
}

#[cfg(test)]
mod tests {
    use super::looks_like_heading;

    #[test]
    fn headings_are_short_title_case_lines() {
        assert!(looks_like_heading("Joseph Stalin"));
        assert!(looks_like_heading("The Rise of the Roman Republic"));
        assert!(looks_like_heading("Chapter 3"));
        assert!(!looks_like_heading("Stalin had too much power"));
        assert!(!looks_like_heading("Criticised other Bolshevik leaders"));
        assert!(!looks_like_heading("Lenin Died."));
        assert!(!looks_like_heading(""));
    }
}
