//! Merging what several sources say twice.
//!
//! In: a `Corpus`. Out: `Facts` — the passages worth printing (exact and near
//! duplicates dropped, with the reason), one `Fact` per statement (sentences
//! that say the same thing in other words are one fact, listing every sentence
//! and source that states it, its best-written sentence as its text), and the
//! `Disagreement`s between sentences, which are never merged. Every source
//! read supports at least one fact: duplicates' sentences are linked too.

mod features;
mod link;
mod passages;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

pub use features::{Features, is_negation};
pub use link::SAME_FACT;
pub use passages::NEAR_DUPLICATE;

use crate::model::{Corpus, Disagreement, Dropped, Fact, Facts, SentenceRef};
use crate::text::comparison_form;
use crate::text::terms::Terms;
use crate::text::tokens;
use crate::text::words::leans_back;
use passages::Duplicate;

/// How well a sentence states a fact on its own: higher is better.
fn wording_score(sentence: &str) -> i32 {
    let words = tokens(sentence);
    let mut score = 0;
    if words.first().is_some_and(|w| leans_back(w.text)) {
        score -= 3;
    }
    if !sentence.ends_with(['.', '!', '?', '"', '\u{201D}']) {
        score -= 2;
    }
    if !sentence.chars().next().is_some_and(char::is_uppercase) {
        score -= 2;
    }
    if !(6..=35).contains(&words.len()) {
        score -= 1;
    }
    score
}

/// How a statement conflicts with a source sentence, if it does: the check
/// a true/false question uses to prove its false statement really is false.
pub fn contradiction(source: &str, statement: &str) -> Option<crate::model::DisagreementKind> {
    let pair = [source, statement];
    let terms = Terms::discover(pair);
    let features = Features::new(pair, &terms);
    let similarity = features.cosine(0, 1);
    link::conflict(&features, 0, 1, similarity).map(|c| c.kind)
}

pub fn dedup(corpus: Corpus) -> Facts {
    let mut dropped = corpus.dropped;
    let verdicts = passages::find_duplicates(&corpus.passages);
    let mut kept = Vec::new();
    for (passage, verdict) in corpus.passages.iter().zip(&verdicts) {
        let reason = match verdict {
            None => {
                kept.push(passage.clone());
                continue;
            }
            Some(Duplicate::Exact { of }) => format!("duplicate of {}", corpus.passages[*of].id),
            Some(Duplicate::Near { of, similarity }) => format!(
                "near duplicate of {} (similarity {similarity:.2})",
                corpus.passages[*of].id
            ),
        };
        dropped.push(Dropped {
            source: passage.source.clone(),
            text: passage.text.clone(),
            reason,
        });
    }

    // Distinct sentences (by comparison form), each with every place it occurs.
    // Sentences of kept passages come first, so a fact cites a printed one first.
    let is_kept: Vec<bool> = verdicts.iter().map(Option::is_none).collect();
    let order = (0..corpus.passages.len())
        .filter(|&i| is_kept[i])
        .chain((0..corpus.passages.len()).filter(|&i| !is_kept[i]));
    // Each distinct sentence: its text, and (passage index, sentence number)
    // of every occurrence.
    let mut distinct: Vec<(&str, Vec<(usize, usize)>)> = Vec::new();
    let mut index_of: FxHashMap<String, usize> = FxHashMap::default();
    let mut forms: Vec<Vec<String>> = corpus
        .passages
        .par_iter()
        .map(|p| p.sentences.iter().map(|s| comparison_form(s)).collect())
        .collect();
    for p in order {
        let passage_forms = std::mem::take(&mut forms[p]);
        for ((number, sentence), form) in corpus.passages[p]
            .sentences
            .iter()
            .enumerate()
            .zip(passage_forms)
        {
            let slot = *index_of.entry(form).or_insert_with(|| {
                distinct.push((sentence.as_str(), Vec::new()));
                distinct.len() - 1
            });
            distinct[slot].1.push((p, number));
        }
    }
    let sentence_ref = |&(p, number): &(usize, usize)| SentenceRef {
        passage: corpus.passages[p].id.clone(),
        sentence: number,
    };

    let terms = Terms::discover(distinct.iter().map(|(s, _)| *s));
    let features = Features::new(distinct.iter().map(|(s, _)| *s), &terms);
    let linked = link::link(&features);

    // Gather each fact's sentences; its text is its best-worded sentence.
    let fact_count = linked.fact_of.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); fact_count];
    for (sentence, &fact) in linked.fact_of.iter().enumerate() {
        members[fact].push(sentence);
    }
    let facts = members
        .iter()
        .enumerate()
        .map(|(number, sentences)| {
            let best = match sentences.as_slice() {
                [only] => *only,
                _ => sentences
                    .iter()
                    .copied()
                    .max_by_key(|&s| (wording_score(distinct[s].0), std::cmp::Reverse(s)))
                    .unwrap_or(0),
            };
            let occurrences: Vec<&(usize, usize)> =
                sentences.iter().flat_map(|&s| &distinct[s].1).collect();
            let mut seen = FxHashSet::default();
            Fact {
                id: format!("f{}", number + 1),
                text: distinct[best].0.to_string(),
                sentences: occurrences.iter().map(|o| sentence_ref(o)).collect(),
                support: occurrences
                    .iter()
                    .filter(|(p, _)| seen.insert(*p))
                    .map(|(p, _)| corpus.passages[*p].source.clone())
                    .collect(),
            }
        })
        .collect();

    let disagreements = linked
        .conflicts
        .into_iter()
        .map(|c| Disagreement {
            about: c.about,
            kind: c.kind,
            a: sentence_ref(&distinct[c.a].1[0]),
            b: sentence_ref(&distinct[c.b].1[0]),
        })
        .collect();

    Facts {
        passages: kept,
        all_passages: corpus.passages,
        facts,
        disagreements,
        dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::dedup;
    use crate::model::{Corpus, Passage, SourceRef};

    fn passage(id: &str, line: usize, text: &str, sentences: &[&str]) -> Passage {
        Passage {
            id: id.into(),
            source: SourceRef::at("a.txt", line),
            text: text.into(),
            sentences: sentences.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn drops_duplicate_passages_but_keeps_their_sources() {
        let corpus = Corpus {
            passages: vec![
                passage(
                    "p1",
                    1,
                    "Lenin died. Stalin rose.",
                    &["Lenin died.", "Stalin rose."],
                ),
                passage(
                    "p2",
                    2,
                    "LENIN DIED. Stalin rose.",
                    &["LENIN DIED.", "Stalin rose."],
                ),
                passage(
                    "p3",
                    3,
                    "Stalin rose. Trotsky fled.",
                    &["Stalin rose.", "Trotsky fled."],
                ),
            ],
            ..Corpus::default()
        };
        let facts = dedup(corpus);
        assert_eq!(facts.passages.len(), 2);
        assert_eq!(facts.dropped.len(), 1);
        assert_eq!(facts.dropped[0].reason, "duplicate of p1");
        let texts: Vec<&str> = facts.facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, vec!["Lenin died.", "Stalin rose.", "Trotsky fled."]);
        let lines: Vec<usize> = facts.facts[1].support.iter().map(|s| s.line).collect();
        assert_eq!(lines, vec![1, 3, 2]);
        assert_eq!(
            facts.facts[0].support.len(),
            2,
            "the dropped copy still supports the fact"
        );
    }

    #[test]
    fn changed_dates_and_denials_contradict_their_source() {
        use crate::model::DisagreementKind;
        let source = "Lenin's Testament was written in late 1922 and early 1923 in Moscow.";
        assert_eq!(
            super::contradiction(
                source,
                "Lenin's Testament was written in late 1926 and early 1927 in Moscow."
            ),
            Some(DisagreementKind::Numbers)
        );
        assert_eq!(
            super::contradiction(
                "Lenin recommended that Stalin be removed.",
                "Lenin did not recommend that Stalin be removed."
            ),
            Some(DisagreementKind::Negation)
        );
        assert_eq!(super::contradiction(source, source), None);
    }

    #[test]
    fn the_best_worded_sentence_names_the_fact() {
        let corpus = Corpus {
            passages: vec![
                passage(
                    "p1",
                    1,
                    "x",
                    &["He recommended that Stalin be removed from the post of General Secretary."],
                ),
                passage(
                    "p2",
                    2,
                    "y",
                    &[
                        "Lenin recommended that Stalin be removed from the post of General Secretary.",
                    ],
                ),
            ],
            ..Corpus::default()
        };
        let facts = dedup(corpus);
        assert_eq!(facts.facts.len(), 1);
        assert!(facts.facts[0].text.starts_with("Lenin"));
    }
}
