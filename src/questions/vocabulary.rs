//! Vocabulary in context: uncommon words of the sources to match with
//! their meanings.
//!
//! In: the statements. Out: a table of three to five uncommon one-sense
//! words of the theme's sentences (see `text::glossary`), each named with
//! the source it is in, and their meanings in a seeded order — every
//! meaning is some word's, so none is an absurd distractor, and no two
//! share a word, so each goes with one word only. Alternatives from words
//! not yet used follow, for when another question already uses a sentence.

use std::collections::HashSet;

use super::{Context, Draft, MatchTable, Quote, uncommon};
use crate::model::{Level, QuestionKind};
use crate::rng::{Rng, hash_text};
use crate::text::analysis::analyse;
use crate::text::content_stems;

const MIN_WORDS: usize = 3;
const MAX_WORDS: usize = 4;
/// Other tables of words tried when one is taken.
const VARIANTS: usize = 3;

/// A word to ask about: as written, its meaning, its sentence, how good.
struct Asked {
    word: String,
    definition: &'static str,
    quote: Quote,
    score: f32,
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut seen = HashSet::new();
    let mut words: Vec<Asked> = Vec::new();
    for statement in &context.statements {
        let analysis = analyse(statement.text);
        for (at, w) in analysis.words.iter().enumerate() {
            let Some(word) = uncommon(&analysis.words, at) else {
                continue;
            };
            if seen.insert(word.meaning.synset) {
                words.push(Asked {
                    word: w.text.clone(),
                    definition: word.meaning.definition,
                    quote: statement.quote(),
                    score: statement.support() as f32
                        + 0.3 * statement.on_theme.min(3) as f32
                        + 0.05 * w.text.len().min(12) as f32,
                });
            }
        }
    }
    // Best first; the seed orders equals.
    words.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.word.cmp(&b.word)));
    let mut out = Vec::new();
    for variant in 0..VARIANTS {
        // Meanings sharing a word could go with either word.
        let mut picked: Vec<usize> = Vec::new();
        let mut used: HashSet<String> = HashSet::new();
        for (index, asked) in words.iter().enumerate() {
            let stems: HashSet<String> = content_stems(asked.definition).into_iter().collect();
            if picked.len() < MAX_WORDS && used.is_disjoint(&stems) {
                used.extend(stems);
                picked.push(index);
            }
        }
        if picked.len() < MIN_WORDS {
            break;
        }
        // One more meaning, of a word not asked about, left over, so that
        // the last row is not done by elimination: another word's, or the
        // last picked word's (which is then not asked about).
        let spare = words
            .iter()
            .enumerate()
            .filter(|(i, _)| !picked.contains(i))
            .map(|(_, w)| w.definition)
            .find(|d| {
                let stems: HashSet<String> = content_stems(d).into_iter().collect();
                used.is_disjoint(&stems)
            });
        let spare = match spare {
            Some(spare) => spare,
            None if picked.len() > MIN_WORDS => {
                let last = picked.pop().expect("more than MIN_WORDS picked");
                words[last].definition
            }
            None => break,
        };
        out.push(table(
            context,
            &picked.iter().map(|&i| &words[i]).collect::<Vec<_>>(),
            spare,
            variant,
        ));
        let mut index = 0;
        words.retain(|_| {
            index += 1;
            !picked.contains(&(index - 1))
        });
    }
    out
}

/// The matching table of `rows`: words in reading order on the left, their
/// meanings and a spare one shuffled on the right.
fn table(context: &Context, rows: &[&Asked], spare: &str, variant: usize) -> Draft {
    let table = MatchTable {
        kind: QuestionKind::Vocabulary,
        level: Level::Inference,
        stem: "Match each word with its meaning where the source uses it. Write the letter of the meaning in the box.".to_string(),
        rows: rows
            .iter()
            .map(|r| {
                let item = format!("\u{201C}{}\u{201D} ([[{}]])", r.word, r.quote.passage);
                (item, r.definition.to_string(), r.quote.clone())
            })
            .collect(),
        spares: vec![spare.to_string()],
        score: 8.5 - variant as f32,
    };
    table.draft(&mut Rng::new(context.seed ^ hash_text(&rows[0].word)))
}
