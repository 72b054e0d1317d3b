//! Writing questions about the selected theme.
//!
//! In: the theme's passages and facts, a seed and the number of questions
//! wanted. Out: `Draft` questions, each with its answer and the passage
//! words that prove it; `assemble` later turns the quotes into printed
//! line references and drops any draft whose quote it cannot find.

mod extended;
mod gap_fill;

use crate::model::{Fact, Level, Passage, QuestionKind, Theme};
use crate::rng::Rng;

/// Words of a passage that prove an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub passage: String,
    pub text: String,
}

/// A question before it is numbered and placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: QuestionKind,
    pub level: Level,
    pub stem: String,
    pub answer: String,
    pub marking_guide: Vec<String>,
    pub quotes: Vec<Quote>,
    pub points: u32,
    pub answer_lines: usize,
}

/// What questions are written from: the theme, with its passages and facts.
pub struct Material<'a> {
    pub theme: &'a Theme,
    pub passages: Vec<&'a Passage>,
    pub facts: Vec<&'a Fact>,
}

impl Material<'_> {
    /// The sentence text of a fact's first statement and the passage it is in.
    fn first_statement(&self, fact: &Fact) -> Option<(&Passage, &str)> {
        let at = fact.sentences.first()?;
        let passage = self.passages.iter().find(|p| p.id == at.passage)?;
        Some((passage, passage.sentences.get(at.sentence)?.as_str()))
    }
}

/// Writes up to `wanted` questions: recall questions first, and one extended
/// response to close the worksheet when there is room for it.
pub fn generate(material: &Material, wanted: usize, seed: u64) -> Vec<Draft> {
    let mut rng = Rng::new(seed);
    let extended = extended::write(material);
    let room_for_gaps = wanted.saturating_sub(usize::from(extended.is_some()));
    let mut drafts = gap_fill::write(material, room_for_gaps, &mut rng);
    drafts.extend(extended.filter(|_| wanted > drafts.len()));
    drafts
}
