//! The theme's key terms: the common nouns, alone or in a compound
//! ("distance", "waggle dance", "carbon dioxide"), that two or more of its
//! passages use. A science or process text names few people, dates or
//! places; its terms are what a teacher asks about ("The duration of the
//! waggle run increases with the __________ to the food").
//!
//! In: the theme's statements and its label. Out: the terms (each its
//! lower-case words, the head as a lemma), and where a sentence writes one.

use std::collections::{HashMap, HashSet};

use super::Statement;
use super::checks::{BACK_NOUNS, TIME_NOUNS};
use crate::text::analysis::{Analysis, Chunk, person_noun};
use crate::text::antonyms::has_opposite;
use crate::text::lemma::{Class, is_known, lemma};
use crate::text::stem;
use crate::text::tagger::Tag;
use crate::text::tokens;

/// Nouns too general to be what a topic is about.
const GENERAL_NOUNS: &[&str] = &[
    "way",
    "thing",
    "part",
    "kind",
    "sort",
    "lot",
    "number",
    "side",
    "end",
    "place",
    "people",
    "person",
    "world",
    "area",
    "use",
    "fact",
    "idea",
    "case",
    "point",
    "group",
    "name",
    "rest",
    "top",
    "bottom",
    "front",
    "back",
    "half",
    "amount",
    "deal",
    "bit",
    "piece",
    "matter",
    "reason",
    "result",
    "example",
    "type",
    "form",
    "order",
    "level",
    "sense",
    "word",
    "question",
    "problem",
    "story",
    "today",
    "everything",
    "something",
    "nothing",
    "anything",
    "lots",
    "plenty",
    "couple",
    "others",
    "sure",
    "look",
    "period",
    "era",
    "stage",
    "century",
    "decade",
    "season",
    // Where a story is set, which every reader knows.
    "village",
    "town",
    "home",
    // Parts of the body, which a story mentions in passing ("took the box
    // from his pocket", "thousands of eyes").
    "head",
    "hand",
    "eye",
    "face",
    "arm",
    "leg",
    "finger",
    "body",
    "hair",
    "mouth",
    "ear",
    "nose",
    "knee",
    "shoulder",
    "lip",
    "pocket",
];

/// Units a number is counted in: a measure, not a term.
const UNITS: &[&str] = &[
    "pound",
    "ounce",
    "kilogram",
    "gram",
    "ton",
    "tonne",
    "metre",
    "meter",
    "mile",
    "foot",
    "kilometre",
    "kilometer",
    "acre",
    "percent",
    "centimetre",
    "centimeter",
    "inch",
    "yard",
    "litre",
    "liter",
    "degree",
    "dollar",
    "cent",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
];

/// Whether a word, in any number, is a unit ("pounds", "feet", "hours").
pub fn is_unit(word: &str) -> bool {
    UNITS.contains(&lemma(&word.to_lowercase(), Tag::Noun).as_str())
}

/// The fewest passages, and sentences, that must use a term.
const MIN_PASSAGES: usize = 2;
const MIN_SENTENCES: usize = 3;
/// A term more than this share of the passages use (of at least
/// `TOPIC_PASSAGES`) is the topic itself: "bee" in a text on bees.
const TOPIC_SHARE: f32 = 0.75;
const TOPIC_PASSAGES: usize = 4;
/// The shortest head noun worth asking for.
const MIN_LETTERS: usize = 3;

/// The compound a noun phrase ends in, as word indices (inclusive): its
/// head and the common nouns just before it ("the waggle run" -> "waggle
/// run"). None when the head is no common noun.
fn compound(a: &Analysis, chunk: &Chunk) -> Option<(usize, usize)> {
    let common = |i: usize| {
        let w = &a.words[i];
        w.tag == Tag::Noun && w.text.starts_with(char::is_lowercase)
    };
    if !common(chunk.head) {
        return None;
    }
    let mut first = chunk.head;
    while first > chunk.first && common(first - 1) {
        first -= 1;
    }
    Some((first, chunk.head))
}

/// How a compound is known: its words in lower case, the head as a lemma
/// ("waggle runs" -> "waggle run").
fn key(a: &Analysis, first: usize, last: usize) -> String {
    let mut words: Vec<String> = a.words[first..last]
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect();
    words.push(a.words[last].lemma.to_lowercase());
    words.join(" ")
}

/// Whether a head noun (lemma) can name a term at all: not a general
/// noun, a time, a unit or a person; not one side of a pair of opposites
/// ("to the left or __________"); not a word known only as an adjective,
/// which the tagger took for a noun ("the farther").
pub fn could_be_term(lemma: &str) -> bool {
    let adjective = is_known(lemma, Class::Adjective) && !is_known(lemma, Class::Noun);
    lemma.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
        && !GENERAL_NOUNS.contains(&lemma)
        && !TIME_NOUNS.contains(&lemma)
        && !BACK_NOUNS.contains(&lemma)
        && !UNITS.contains(&lemma)
        && person_noun(lemma).is_none()
        && !has_opposite(&stem(lemma))
        && !adjective
}

/// The key terms of a theme.
#[derive(Debug, Clone, Default)]
pub struct KeyTerms {
    terms: HashSet<String>,
    /// The terms' head nouns (lemmas).
    heads: HashSet<String>,
    /// An adjective and the term it names a thing with ("yellow", "fever"):
    /// the adjective stands before at least half the term's uses.
    named_with: HashSet<(String, String)>,
}

impl KeyTerms {
    /// The compounds (and bare nouns) at least `MIN_PASSAGES` passages use,
    /// apart from the theme's own name (`label`) and what most passages
    /// speak of: a gap for "bees" on a sheet about bees asks nothing.
    pub fn new(statements: &[Statement], label: &str) -> KeyTerms {
        let label: HashSet<String> = tokens(label).iter().map(|t| stem(t.text)).collect();
        // Per term: the passages and the sentences that use it, and how
        // often each adjective stands before it.
        let mut uses: HashMap<String, (HashSet<&str>, HashSet<&str>)> = HashMap::new();
        let mut adjectives: HashMap<String, HashMap<String, usize>> = HashMap::new();
        for s in statements {
            let a = &s.analysis;
            for chunk in &a.chunks {
                let Some((first, last)) = compound(a, chunk) else {
                    continue;
                };
                // The compound, and each of its nouns alone ("water
                // vapour" counts for "vapour" too).
                let alone = (first..=last).map(|i| (i, i));
                for (from, to) in std::iter::once((first, last)).chain(alone) {
                    let head = a.words[to].lemma.to_lowercase();
                    if !could_be_term(&head) || label.contains(&stem(&head)) {
                        continue;
                    }
                    let term = key(a, from, to);
                    if from > chunk.first && a.words[from - 1].tag == Tag::Adj {
                        let adjective = a.words[from - 1].text.to_lowercase();
                        *adjectives
                            .entry(term.clone())
                            .or_default()
                            .entry(adjective)
                            .or_default() += 1;
                    }
                    let (passages, sentences) = uses.entry(term).or_default();
                    passages.insert(s.passage.id.as_str());
                    sentences.insert(s.text);
                }
            }
        }
        let all: HashSet<&str> = statements.iter().map(|s| s.passage.id.as_str()).collect();
        let topic =
            |n: usize| all.len() >= TOPIC_PASSAGES && n as f32 > TOPIC_SHARE * all.len() as f32;
        let mut named_with = HashSet::new();
        for (term, (_, sentences)) in &uses {
            for (adjective, n) in adjectives.get(term).into_iter().flatten() {
                if *n >= 2 && 2 * n >= sentences.len() {
                    named_with.insert((adjective.clone(), term.clone()));
                }
            }
        }
        let terms: HashSet<String> = uses
            .into_iter()
            .filter(|(_, (passages, sentences))| {
                passages.len() >= MIN_PASSAGES
                    && !topic(passages.len())
                    && sentences.len() >= MIN_SENTENCES
            })
            .map(|(term, _)| term)
            .collect();
        let heads = terms
            .iter()
            .filter_map(|t| t.rsplit(' ').next())
            .map(str::to_string)
            .collect();
        KeyTerms {
            terms,
            heads,
            named_with,
        }
    }

    /// The key terms a sentence writes, as word spans (inclusive): whole
    /// compounds only ("hunger __________" is no question). A term before
    /// another term's head is part of a compound the tagger split ("the
    /// waggle run", "run" taken for a verb), not a term of its own.
    pub fn spans(&self, a: &Analysis) -> Vec<(usize, usize)> {
        let head_of_term = |i: usize| {
            a.words
                .get(i)
                .is_some_and(|w| self.heads.contains(&w.lemma.to_lowercase()))
        };
        a.chunks
            .iter()
            .filter_map(|c| compound(a, c))
            .filter(|&(first, last)| self.terms.contains(&key(a, first, last)))
            .filter(|&(_, last)| !head_of_term(last + 1))
            // ("yellow __________": the term's own adjective would be left.)
            .filter(|&(first, last)| {
                first == 0
                    || a.words[first - 1].tag != Tag::Adj
                    || !self
                        .named_with
                        .contains(&(a.words[first - 1].text.to_lowercase(), key(a, first, last)))
            })
            .collect()
    }

    /// Whether the words `first..=last` hold a key term: a subject such as
    /// "the duration of the waggle run" says what it is about.
    pub fn within(&self, a: &Analysis, first: usize, last: usize) -> bool {
        self.spans(a).iter().any(|&(f, l)| f >= first && l <= last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analysis::analyse;

    #[test]
    fn a_compound_takes_the_nouns_before_its_head() {
        let a = analyse("The eruption sent an ash cloud over the sea.");
        let spans: Vec<String> = a
            .chunks
            .iter()
            .filter_map(|c| compound(&a, c))
            .map(|(f, l)| key(&a, f, l))
            .collect();
        assert_eq!(spans, ["eruption", "ash cloud", "sea"]);
    }

    #[test]
    fn general_nouns_people_and_units_are_no_terms() {
        assert!(could_be_term("distance"));
        assert!(!could_be_term("way"));
        assert!(!could_be_term("farmer"));
        assert!(!could_be_term("metre"));
        assert!(!could_be_term("year"));
        assert!(!could_be_term("right"));
        assert!(could_be_term("sun"));
        assert!(is_unit("feet") && is_unit("Pounds") && is_unit("hours"));
        assert!(!is_unit("distance"));
    }
}
