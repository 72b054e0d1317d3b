//! The extended-response task that closes a worksheet: explain the theme
//! from several sources, marked against a guide of the points the sources make.
//!
//! In: the statements. Out: one candidate (or none when fewer than two
//! sources take part), whose marking guide lists well-supported, on-theme
//! facts drawn from as many different sources as possible.

use std::collections::HashSet;

use super::{Context, Draft, Quote};
use crate::model::{Level, QuestionKind};

/// Most points listed in a marking guide.
const MAX_POINTS: usize = 4;
/// Marks for comparing the sources, on top of one mark per point.
const COMPARISON_MARKS: u32 = 2;
/// Shortest sentence, in words, that makes a point worth a mark.
const MIN_WORDS: usize = 6;

pub fn write(context: &Context) -> Option<Draft> {
    let mut points: Vec<(usize, usize, &str, &str)> = context
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.text.split_whitespace().count() >= MIN_WORDS && s.on_theme > 0)
        .map(|(order, s)| {
            (
                s.support() * 10 + s.on_theme,
                order,
                s.passage.id.as_str(),
                s.text,
            )
        })
        .collect();
    // Best supported and most on-theme first; corpus order breaks ties.
    points.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // One point per source first, then more from sources already used.
    let mut quotes: Vec<Quote> = Vec::new();
    for round in 0..2 {
        for &(_, _, passage, sentence) in &points {
            let used = quotes.iter().any(|q| q.passage == passage);
            let taken = quotes.iter().any(|q| q.text == sentence);
            if quotes.len() < MAX_POINTS && !taken && (round == 1 || !used) {
                quotes.push(Quote {
                    passage: passage.to_string(),
                    text: sentence.to_string(),
                });
            }
        }
    }
    let sources: HashSet<&str> = quotes.iter().map(|q| q.passage.as_str()).collect();
    if sources.len() < 2 {
        return None;
    }
    let label = &context.material.theme.label;
    Some(Draft {
        kind: QuestionKind::Extended,
        level: Level::Evaluation,
        stem: format!(
            "Using at least two of the sources, explain what they tell us about \u{201C}{label}\u{201D}. Refer to each source by its letter."
        ),
        options: Vec::new(),
        answer: format!(
            "Award one mark for each point below made with a source reference (up to {}), and up to {COMPARISON_MARKS} more for comparing what the sources say.",
            quotes.len()
        ),
        marking_guide: quotes
            .iter()
            .map(|q| format!("{} ([[{}]])", q.text, q.passage))
            .collect(),
        points: quotes.len() as u32 + COMPARISON_MARKS,
        quotes,
        answer_lines: 10,
        fact: None,
        score: 10.0,
    })
}
