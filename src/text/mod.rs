//! Shared language tools: cleaning, sentence splitting, tokens and stems.

pub mod analysis;
pub mod antonyms;
pub mod clean;
pub mod glossary;
pub mod lemma;
pub mod readability;
pub mod sentences;
pub mod sparse;
pub mod tagger;
pub mod terms;
pub mod words;

pub use clean::{comparison_form, display_text};
pub use sentences::split_sentences;
pub use words::{content_stems, count_of, is_content_word, is_stop_word, stem, tokens};
