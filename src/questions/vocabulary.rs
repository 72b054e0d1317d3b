//! Vocabulary in context: an uncommon word of a source sentence, the words
//! around it, and four meanings to choose from.
//!
//! In: the statements. Out: a candidate per uncommon one-sense word of each
//! sentence (see `text::glossary`): the stem quotes the words around it, the
//! answer is its meaning, and the distractors are meanings of other
//! glossary words of the same part of speech and kind (times for a time,
//! people for a person) — none of the same synset, sharing a word with the
//! answer, or much longer or shorter than it. (Not the theme's other
//! uncommon words: each vocabulary question would print another's answer.)

use std::collections::{HashMap, HashSet};

use super::{Context, Draft};
use crate::model::{Level, QuestionKind};
use crate::rng::{Rng, hash_text};
use crate::text::analysis::analyse;
use crate::text::content_stems;
use crate::text::glossary::{Meaning, meaning, words_tagged};
use crate::text::tagger::Tag;

/// Words of the sentence shown on each side of the word asked about.
const CONTEXT_WORDS: usize = 5;
/// Shorter words are rarely worth asking about.
const MIN_LETTERS: usize = 5;
/// A distractor's definition is within this many words of the answer's.
const LENGTH_SLACK: usize = 4;
/// Glossary words tried for distractors before giving up.
const TRIES: usize = 400;

/// An uncommon word of the theme: the word, its tag and meaning.
struct Uncommon {
    lemma: String,
    tag: Tag,
    meaning: Meaning,
}

/// Whether `other` can stand beside `right` as a wrong meaning: another
/// synset, two content words or more ("with that or this or it" is none),
/// a like length, no word of the answer, not chosen already.
fn fits(right: &Meaning, other: &Meaning, chosen: &[&str]) -> bool {
    let words = |d: &str| -> HashSet<String> { content_stems(d).into_iter().collect() };
    let length = |d: &str| d.split_whitespace().count();
    let (a, b) = (length(right.definition), length(other.definition));
    other.synset != right.synset
        && content_stems(other.definition).len() >= 2
        && a.abs_diff(b) <= LENGTH_SLACK
        && words(right.definition).is_disjoint(&words(other.definition))
        && !chosen.contains(&other.definition)
}

pub fn write(context: &Context) -> Vec<Draft> {
    // Each statement's uncommon words, with where they stand.
    let mut found: Vec<(usize, usize, Uncommon)> = Vec::new();
    let mut analyses = Vec::new();
    for (index, statement) in context.statements.iter().enumerate() {
        let a = analyse(statement.text);
        for (at, w) in a.words.iter().enumerate() {
            let lower_case = !w.text.starts_with(|c: char| c.is_uppercase());
            let long = w.text.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS;
            // "a christening" is tagged a verb as often as not.
            let gerund = w.tag == Tag::Verb && w.text.ends_with("ing");
            if let Some(m) = meaning(&w.lemma, w.tag).filter(|_| lower_case && long && !gerund) {
                found.push((
                    index,
                    at,
                    Uncommon {
                        lemma: w.lemma.to_lowercase(),
                        tag: w.tag,
                        meaning: m,
                    },
                ));
            }
        }
        analyses.push(a);
    }
    let mut glossary: HashMap<(Tag, u8), Vec<(&str, Meaning)>> = HashMap::new();
    let mut asked = HashSet::new();
    let mut out = Vec::new();
    for (index, at, word) in &found {
        if !asked.insert(word.lemma.clone()) {
            continue;
        }
        let statement = &context.statements[*index];
        let a = &analyses[*index];
        let right = word.meaning;
        let mut wrong: Vec<&str> = Vec::new();
        let mut rng = Rng::new(context.seed ^ hash_text(&word.lemma));
        // Words of the same kind (times for a time, people for a person),
        // so that no option is absurd.
        let pool = glossary.entry((word.tag, right.kind)).or_insert_with(|| {
            words_tagged(word.tag)
                .into_iter()
                .filter(|(_, m)| m.kind == right.kind)
                .collect()
        });
        // Meanings of the same shape first ("characterized by ...",
        // "causing ..."), so that none stands out by its form.
        let opening = |d: &str| d.split(' ').next().unwrap_or_default().to_string();
        for attempt in 0..TRIES {
            if wrong.len() == 3 || pool.is_empty() {
                break;
            }
            let (_, other) = pool[rng.below(pool.len())];
            let same_shape = opening(other.definition) == opening(right.definition);
            if (same_shape || attempt >= TRIES / 2) && fits(&right, &other, &wrong) {
                wrong.push(other.definition);
            }
        }
        if wrong.len() < 3 {
            continue;
        }
        let mut options: Vec<String> = std::iter::once(right.definition)
            .chain(wrong)
            .map(String::from)
            .collect();
        rng.shuffle(&mut options);
        // The word with a few words either side, as the source prints them.
        // Starting on a whole word: not on "'s" or a comma.
        let mut first = at.saturating_sub(CONTEXT_WORDS);
        while first < *at && !a.words[first].text.starts_with(char::is_alphanumeric) {
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
        let text = &a.words[*at].text;
        out.push(Draft {
            kind: QuestionKind::Vocabulary,
            level: Level::Inference,
            stem: format!(
                "Read this from [[{}]]: \u{201C}{snippet}\u{201D} What does \u{201C}{text}\u{201D} mean here?",
                statement.passage.id
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
                + 0.05 * text.len().min(12) as f32,
        });
    }
    out
}
