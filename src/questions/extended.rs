//! The extended-response task that closes a worksheet: explain the theme
//! from several sources, marked against a guide of the points the sources make.
//!
//! In: the statements. Out: one candidate (or none when fewer than two
//! sources take part), whose marking guide lists well-supported, on-theme
//! facts drawn from as many different sources as possible.

use std::collections::HashSet;

use super::{Context, Draft, Quote};
use crate::model::{Level, QuestionKind};
use crate::text::content_stems;

/// Most points listed in a marking guide.
const MAX_POINTS: usize = 4;
/// Marks for comparing the sources, on top of one mark per point.
const COMPARISON_MARKS: u32 = 2;
/// Two points sharing this much of their words (Jaccard) make one point.
const REPEAT: f32 = 0.3;
/// Shortest sentence, in words, that makes a point worth a mark.
const MIN_WORDS: usize = 6;

/// The theme as the sources name it: "the Testament" when they write it
/// with "the", else its label.
fn subject(context: &Context) -> String {
    let label = &context.material.theme.label;
    let with_the = format!("the {}", label.to_lowercase());
    let said_so = context
        .material
        .passages
        .iter()
        .any(|p| p.text.to_lowercase().contains(&with_the));
    if said_so {
        format!("the {label}")
    } else {
        label.clone()
    }
}

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
    // One point per source first, then more from sources already used; a
    // point that repeats an earlier one in other words is not a new point.
    let stems = |text: &str| -> HashSet<String> { content_stems(text).into_iter().collect() };
    let repeats = |quotes: &[Quote], sentence: &str| {
        let mine = stems(sentence);
        quotes.iter().any(|q| {
            let theirs = stems(&q.text);
            let both = mine.intersection(&theirs).count() as f32;
            both / mine.union(&theirs).count().max(1) as f32 >= REPEAT
        })
    };
    let mut quotes: Vec<Quote> = Vec::new();
    for round in 0..2 {
        for &(_, _, passage, sentence) in &points {
            let used = quotes.iter().any(|q| q.passage == passage);
            let taken = quotes.iter().any(|q| q.text == sentence) || repeats(&quotes, sentence);
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
    Some(Draft {
        kind: QuestionKind::Extended,
        level: Level::Evaluation,
        stem: format!(
            "Using at least two of the sources, explain what they tell us about {}. Refer to each source by its letter.",
            subject(context)
        ),
        options: Vec::new(),
        answer: format!(
            "Award one mark for each point below made with a source reference (up to {}), and up to {COMPARISON_MARKS} more for connecting evidence from different sources.",
            quotes.len()
        ),
        items: Vec::new(),
        solution: Vec::new(),
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
