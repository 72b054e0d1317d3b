//! Choosing the reading: which of a theme's passages go on the worksheet.
//!
//! In: the deduplicated corpus, a theme and a word budget. Out: the theme
//! narrowed to the passages that fit the budget — all of them when they fit,
//! else the most useful ones (those stating facts other passages also state,
//! those in a disagreement, those using the theme's keywords most), kept in
//! reading order — and to the facts those passages state, with how much was
//! left out. Questions are then written from this reading only, so every
//! answer is on the printed page.

use std::collections::{HashMap, HashSet};

use crate::model::{Facts, Theme};
use crate::text::{content_stems, stem};

/// The most words of reading a worksheet prints by default: about three
/// pages of sources.
pub const DEFAULT_READING_WORDS: usize = 1200;

/// How far over the budget a whole text of one file may run and still be
/// printed whole.
const ONE_TEXT_SLACK: f32 = 1.25;

/// The theme as it will be printed, and how much was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub theme: Theme,
    /// Words of the passages printed.
    pub words: usize,
    /// Passages of the theme left out, and their words.
    pub passages_left_out: usize,
    pub words_left_out: usize,
}

impl Reading {
    /// A line for the teacher when passages were left out, saying how to
    /// print them all.
    pub fn note(&self) -> Option<String> {
        (self.passages_left_out > 0).then(|| {
            format!(
                "printed {} of {} passages ({} of {} words); raise --reading-words to print more",
                self.theme.passages.len(),
                self.theme.passages.len() + self.passages_left_out,
                self.words,
                self.words + self.words_left_out
            )
        })
    }
}

/// Words in a text, as a reader counts them.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The theme, cut to the passages that fit in `budget` words. The most
/// useful passage is always kept, even when it alone is longer.
pub fn choose(facts: &Facts, theme: &Theme, budget: usize) -> Reading {
    let members: Vec<usize> = facts
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| theme.passages.contains(&p.id))
        .map(|(index, _)| index)
        .collect();
    let length = |index: usize| words(&facts.passages[index].text);
    let total: usize = members.iter().map(|&i| length(i)).sum();
    // A whole story or document of one file is read straight through: a
    // little over the budget it is printed whole, further over, the run
    // of passages that fits with the most use (not the best passages with
    // gaps between them: a story missing its middle).
    let one_file = members
        .iter()
        .all(|&i| facts.passages[i].source.file == facts.passages[members[0]].source.file);
    let one_text = theme.slug == crate::themes::WHOLE && one_file;
    let slack = if one_text { ONE_TEXT_SLACK } else { 1.0 };
    if total as f32 <= budget as f32 * slack {
        return Reading {
            theme: theme.clone(),
            words: total,
            passages_left_out: 0,
            words_left_out: 0,
        };
    }
    let usefulness = usefulness(facts, theme);
    let ranked: Vec<(usize, usize)> = members
        .iter()
        .map(|&i| {
            (
                usefulness
                    .get(facts.passages[i].id.as_str())
                    .copied()
                    .unwrap_or(0),
                i,
            )
        })
        .collect();
    let (chosen, used) = if one_text {
        best_run(&ranked, budget, length)
    } else {
        best_passages(ranked, budget, length)
    };
    let passages: HashSet<&str> = chosen
        .iter()
        .map(|&i| facts.passages[i].id.as_str())
        .collect();
    let facts_kept: Vec<String> = facts
        .facts
        .iter()
        .filter(|f| theme.facts.contains(&f.id))
        .filter(|f| {
            f.sentences
                .iter()
                .any(|s| passages.contains(s.passage.as_str()))
        })
        .map(|f| f.id.clone())
        .collect();
    Reading {
        theme: Theme {
            passages: chosen
                .iter()
                .map(|&i| facts.passages[i].id.clone())
                .collect(),
            facts: facts_kept,
            ..theme.clone()
        },
        words: used,
        passages_left_out: members.len() - chosen.len(),
        words_left_out: total - used,
    }
}

/// The most useful passages that fit in `budget` words together (the best
/// always, even alone over budget), in reading order, and their words.
/// `ranked`: (usefulness, passage index) in reading order.
fn best_passages(
    mut ranked: Vec<(usize, usize)>,
    budget: usize,
    length: impl Fn(usize) -> usize,
) -> (Vec<usize>, usize) {
    // Best first; among equals, the earlier passage.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0;
    for (_, index) in ranked {
        if chosen.is_empty() || used + length(index) <= budget {
            chosen.push(index);
            used += length(index);
        }
    }
    chosen.sort_unstable();
    (chosen, used)
}

/// The run of consecutive passages that fits in `budget` words with the
/// most usefulness (the earliest among equals; the first passage alone
/// when none fits), and its words. `ranked`: (usefulness, passage index)
/// in reading order.
fn best_run(
    ranked: &[(usize, usize)],
    budget: usize,
    length: impl Fn(usize) -> usize,
) -> (Vec<usize>, usize) {
    let mut best: (usize, usize, usize, usize) = (0, 0, 0, length(ranked[0].1));
    for start in 0..ranked.len() {
        let (mut worth, mut used) = (0, 0);
        for (end, &(useful, index)) in ranked.iter().enumerate().skip(start) {
            used += length(index);
            if used > budget {
                break;
            }
            worth += useful + 1;
            if worth > best.0 {
                best = (worth, start, end + 1, used);
            }
        }
    }
    let (_, start, end, used) = best;
    let end = end.max(start + 1);
    (ranked[start..end].iter().map(|&(_, i)| i).collect(), used)
}

/// How useful each passage is for questions: two points per theme fact it
/// states that another source also states, two per disagreement it is in,
/// and one per use of a theme keyword.
fn usefulness<'a>(facts: &'a Facts, theme: &Theme) -> HashMap<&'a str, usize> {
    let in_theme: HashSet<&str> = theme.passages.iter().map(String::as_str).collect();
    let theme_facts: HashSet<&str> = theme.facts.iter().map(String::as_str).collect();
    let keywords: HashSet<String> = theme.keywords.iter().map(|k| stem(k)).collect();
    let mut score: HashMap<&str, usize> = HashMap::new();
    let shared = facts
        .facts
        .iter()
        .filter(|f| theme_facts.contains(f.id.as_str()) && f.support.len() > 1);
    for fact in shared {
        let stating: HashSet<&str> = fact.sentences.iter().map(|s| s.passage.as_str()).collect();
        for passage in stating {
            *score.entry(passage).or_default() += 2;
        }
    }
    for d in &facts.disagreements {
        for passage in [d.a.passage.as_str(), d.b.passage.as_str()] {
            *score.entry(passage).or_default() += 2;
        }
    }
    for passage in facts
        .passages
        .iter()
        .filter(|p| in_theme.contains(p.id.as_str()))
    {
        let uses = content_stems(&passage.text)
            .iter()
            .filter(|s| keywords.contains(*s))
            .count();
        *score.entry(passage.id.as_str()).or_default() += uses;
    }
    score
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
        let reading = choose(&facts, &theme, 100);
        assert_eq!(reading.theme, theme);
        assert_eq!(reading.note(), None);
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
        let reading = choose(&facts, &theme, 22);
        let chosen = &reading.theme;
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
        assert_eq!(
            reading.note().unwrap(),
            "printed 2 of 4 passages (21 of 42 words); raise --reading-words to print more"
        );
    }

    #[test]
    fn a_whole_story_over_budget_is_read_straight_through() {
        let facts = corpus(&[
            "A fox crossed the road at dawn and nobody saw it go.",
            "The mill ground wheat, and the mill ground barley too.",
            "The baker sold bread in the square every morning.",
            "Every mill needed water, so each mill stood by the river.",
        ]);
        let theme = Theme {
            slug: crate::themes::WHOLE.into(),
            ..theme_of_all(&facts, &["mill", "river"])
        };
        // The two best passages, p2 and p4, have p3 between them: the
        // best run that fits, p3-p4 (the river and two mills), is read.
        let reading = choose(&facts, &theme, 22);
        assert_eq!(reading.theme.passages, vec!["p3", "p4"]);
        assert!(reading.words <= 22);
        // A little over the budget (42 words for 35), it is printed whole.
        assert_eq!(choose(&facts, &theme, 35).theme, theme);
        // (Any other theme keeps to the budget.)
        assert_eq!(
            choose(&facts, &theme_of_all(&facts, &["mill"]), 35).passages_left_out,
            1
        );
    }

    #[test]
    fn the_most_useful_passage_is_kept_even_over_budget() {
        let facts = corpus(&[
            "A fox crossed the road at dawn and nobody saw it go.",
            "Every mill needed water, so each mill stood by the river.",
        ]);
        let theme = theme_of_all(&facts, &["mill"]);
        let reading = choose(&facts, &theme, 5);
        assert_eq!(reading.theme.passages, vec!["p2"]);
        assert_eq!(reading.passages_left_out, 1);
    }
}
