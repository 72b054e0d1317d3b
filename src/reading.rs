//! Choosing the reading: which of a theme's passages go on the worksheet.
//!
//! In: the deduplicated corpus, a theme and a word budget. Out: the theme
//! narrowed to the passages that fit the budget — all of them when they fit,
//! else the most useful ones (those stating facts other passages also state,
//! those in a disagreement, those using the theme's keywords most), kept in
//! reading order — and to the facts those passages state. Questions are then
//! written from this reading only, so every answer is on the printed page.

use std::collections::HashSet;

use crate::model::{Facts, Theme};
use crate::text::{content_stems, stem};

/// The most words of reading a worksheet prints by default: about three
/// pages of sources.
pub const DEFAULT_READING_WORDS: usize = 1200;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The theme, cut to the passages that fit in `budget` words.
pub fn choose(facts: &Facts, theme: &Theme, budget: usize) -> Theme {
    let members: Vec<usize> = facts
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| theme.passages.contains(&p.id))
        .map(|(index, _)| index)
        .collect();
    let total: usize = members
        .iter()
        .map(|&i| words(&facts.passages[i].text))
        .sum();
    if total <= budget {
        return theme.clone();
    }
    let keywords: HashSet<String> = theme.keywords.iter().map(|k| stem(k)).collect();
    let score = |index: usize| -> usize {
        let passage = &facts.passages[index];
        let shared = facts
            .facts
            .iter()
            .filter(|f| theme.facts.contains(&f.id) && f.support.len() > 1)
            .filter(|f| f.sentences.iter().any(|s| s.passage == passage.id))
            .count();
        let disputed = facts
            .disagreements
            .iter()
            .filter(|d| d.a.passage == passage.id || d.b.passage == passage.id)
            .count();
        let keyword_uses = content_stems(&passage.text)
            .iter()
            .filter(|s| keywords.contains(*s))
            .count();
        2 * shared + 2 * disputed + keyword_uses
    };
    let mut ranked: Vec<(usize, usize)> = members.iter().map(|&i| (score(i), i)).collect();
    // Best first; among equals, the earlier passage.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0;
    for (_, index) in ranked {
        let length = words(&facts.passages[index].text);
        if used + length <= budget {
            chosen.push(index);
            used += length;
        }
    }
    chosen.sort_unstable();
    let passages: Vec<String> = chosen
        .iter()
        .map(|&i| facts.passages[i].id.clone())
        .collect();
    let facts_kept: Vec<String> = facts
        .facts
        .iter()
        .filter(|f| theme.facts.contains(&f.id))
        .filter(|f| f.sentences.iter().any(|s| passages.contains(&s.passage)))
        .map(|f| f.id.clone())
        .collect();
    Theme {
        passages,
        facts: facts_kept,
        ..theme.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{RawBlock, RawDocument, RawSources};
    use crate::model::SourceRef;

    fn corpus(lines: &[&str]) -> Facts {
        let blocks = lines
            .iter()
            .enumerate()
            .map(|(i, text)| RawBlock {
                source: SourceRef::at("notes.txt", i + 1),
                text: text.to_string(),
            })
            .collect();
        let raw = RawSources {
            documents: vec![RawDocument {
                file: "notes.txt".into(),
                title: None,
                blocks,
            }],
            notices: Vec::new(),
        };
        crate::dedup::dedup(crate::normalize::normalize(raw))
    }

    fn theme_of_all(facts: &Facts, keywords: &[&str]) -> Theme {
        Theme {
            slug: "mills".into(),
            label: "Mills".into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            passages: facts.passages.iter().map(|p| p.id.clone()).collect(),
            facts: facts.facts.iter().map(|f| f.id.clone()).collect(),
        }
    }

    #[test]
    fn a_theme_that_fits_is_kept_whole() {
        let facts = corpus(&[
            "The miller built a mill by the river.",
            "The mill ground wheat for the village.",
        ]);
        let theme = theme_of_all(&facts, &["mill"]);
        assert_eq!(choose(&facts, &theme, 100), theme);
    }

    #[test]
    fn over_budget_the_most_useful_passages_are_kept_in_reading_order() {
        let facts = corpus(&[
            "A fox crossed the road at dawn and nobody saw it go.",
            "The mill ground wheat, and the mill ground barley too.",
            "The baker sold bread in the square every morning.",
            "Every mill needed water, so each mill stood by the river.",
        ]);
        let theme = theme_of_all(&facts, &["mill", "river"]);
        let chosen = choose(&facts, &theme, 22);
        assert_eq!(chosen.passages, vec!["p2", "p4"]);
        let words: usize = chosen
            .passages
            .iter()
            .map(|id| super::words(&facts.passage(id).unwrap().text))
            .sum();
        assert!(words <= 22);
        // Only the facts of the chosen passages remain.
        for id in &chosen.facts {
            let fact = facts.facts.iter().find(|f| &f.id == id).unwrap();
            assert!(
                fact.sentences
                    .iter()
                    .any(|s| chosen.passages.contains(&s.passage))
            );
        }
        assert!(chosen.facts.len() < theme.facts.len());
    }
}
