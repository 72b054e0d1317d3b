//! Vocabulary in context: an uncommon word of a source sentence, the words
//! around it, and four meanings to choose from.
//!
//! In: the statements and the corpus's uncommon words. Out: a candidate per
//! uncommon one-sense word of each sentence (see `text::glossary`): the
//! stem quotes the words around it, the answer is its meaning, and the
//! distractors are meanings of other words of the same part of speech and
//! kind — the sources' own uncommon words first, then (for nouns and verbs,
//! whose kinds are narrow: times for a time, people for a person) the
//! glossary's — none of the same synset, sharing a word with the answer,
//! or much longer or shorter than it. An adjective or adverb without three
//! such words in the sources gets no question: any adjective from the
//! glossary would be absurd beside it.

use std::collections::{HashMap, HashSet};

use super::{Context, Draft, uncommon};
use crate::model::{Level, QuestionKind};
use crate::rng::{Rng, hash_text};
use crate::text::analysis::analyse;
use crate::text::content_stems;
use crate::text::glossary::{Meaning, words_tagged};
use crate::text::tagger::Tag;

/// Words of the sentence shown on each side of the word asked about.
const CONTEXT_WORDS: usize = 5;
/// A distractor's definition is within this many words of the answer's.
const LENGTH_SLACK: usize = 4;
/// Glossary words tried for distractors before giving up.
const TRIES: usize = 400;

/// Whether `other` can stand beside `right` as a wrong meaning: another
/// synset of the same kind, two content words or more ("with that or this
/// or it" is none), a like length, no word of the answer, not chosen
/// already.
fn fits(right: &Meaning, other: &Meaning, chosen: &[&str]) -> bool {
    let words = |d: &str| -> HashSet<String> { content_stems(d).into_iter().collect() };
    let length = |d: &str| d.split_whitespace().count();
    let (a, b) = (length(right.definition), length(other.definition));
    other.synset != right.synset
        && other.kind == right.kind
        && content_stems(other.definition).len() >= 2
        && a.abs_diff(b) <= LENGTH_SLACK
        && words(right.definition).is_disjoint(&words(other.definition))
        && !chosen.contains(&other.definition)
}

/// Three wrong meanings for a word, or None.
fn distractors(
    context: &Context,
    lemma: &str,
    tag: Tag,
    right: &Meaning,
    glossary: &mut HashMap<(Tag, u8), Vec<(&'static str, Meaning)>>,
) -> Option<Vec<&'static str>> {
    let mut wrong: Vec<&str> = Vec::new();
    for other in &context.uncommon {
        if wrong.len() < 3 && other.tag == tag && fits(right, &other.meaning, &wrong) {
            wrong.push(other.meaning.definition);
        }
    }
    if matches!(tag, Tag::Noun | Tag::Verb) {
        let pool = glossary.entry((tag, right.kind)).or_insert_with(|| {
            words_tagged(tag)
                .into_iter()
                .filter(|(_, m)| m.kind == right.kind)
                .collect()
        });
        let mut rng = Rng::new(context.seed ^ hash_text(lemma));
        for _ in 0..TRIES {
            if wrong.len() == 3 || pool.is_empty() {
                break;
            }
            let (_, other) = pool[rng.below(pool.len())];
            if fits(right, &other, &wrong) {
                wrong.push(other.definition);
            }
        }
    }
    (wrong.len() == 3).then_some(wrong)
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut glossary = HashMap::new();
    let mut asked = HashSet::new();
    let mut out = Vec::new();
    for statement in &context.statements {
        let a = analyse(statement.text);
        for (at, w) in a.words.iter().enumerate() {
            let Some(word) = uncommon(w) else {
                continue;
            };
            if !asked.insert(word.lemma.clone()) {
                continue;
            }
            let right = word.meaning;
            let Some(wrong) = distractors(context, &word.lemma, word.tag, &right, &mut glossary)
            else {
                continue;
            };
            let mut options: Vec<String> = std::iter::once(right.definition)
                .chain(wrong)
                .map(String::from)
                .collect();
            Rng::new(context.seed ^ hash_text(&word.lemma)).shuffle(&mut options);
            // The word with a few words either side, as the source prints
            // them, starting on a whole word (not on "'s" or a comma).
            let mut first = at.saturating_sub(CONTEXT_WORDS);
            while first < at && !a.words[first].text.starts_with(char::is_alphanumeric) {
                first += 1;
            }
            if first > 0 && a.words[first - 1].end == a.words[first].start {
                first -= 1;
            }
            let last = (at + CONTEXT_WORDS).min(a.words.len() - 1);
            let mut snippet = a.text[a.words[first].start..a.words[last].end]
                .trim_end_matches([',', ';', ':', '.'])
                .to_string();
            if first > 0 {
                snippet = format!("\u{2026}{snippet}");
            }
            if last + 1 < a.words.len() && !snippet.ends_with(['.', '?', '!']) {
                snippet.push('\u{2026}');
            }
            out.push(Draft {
                kind: QuestionKind::Vocabulary,
                level: Level::Inference,
                stem: format!(
                    "Read this from [[{}]]: \u{201C}{snippet}\u{201D} What does \u{201C}{}\u{201D} mean here?",
                    statement.passage.id, w.text
                ),
                options,
                items: Vec::new(),
                solution: Vec::new(),
                answer: right.definition.to_string(),
                marking_guide: Vec::new(),
                quotes: vec![statement.quote()],
                points: 1,
                answer_lines: 0,
                fact: Some(statement.fact.id.clone()),
                score: 1.0
                    + 0.3 * statement.on_theme.min(3) as f32
                    + 0.5 * (statement.support() as f32 - 1.0)
                    + 0.05 * w.text.len().min(12) as f32,
            });
        }
    }
    out
}
