//! Part-of-speech tagging: an averaged perceptron over Universal Dependencies
//! tags, trained on the UD English Web Treebank (CC BY-SA 4.0).
//!
//! In: a sentence's words (split as UD splits them: `tagging_tokens`). Out:
//! one UPOS tag per word. The trained weights are embedded in the binary
//! (`tagger.bin`, rebuilt by `cargo run --release --bin train-tagger`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::words::Token;
use crate::rng::Rng;

/// A tagged sentence: its words and their tags.
pub type Tagged = (Vec<String>, Vec<Tag>);

/// Universal part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// Every tag, in the order of its number.
pub const TAGS: [Tag; 17] = [
    Tag::Adj,
    Tag::Adp,
    Tag::Adv,
    Tag::Aux,
    Tag::Cconj,
    Tag::Det,
    Tag::Intj,
    Tag::Noun,
    Tag::Num,
    Tag::Part,
    Tag::Pron,
    Tag::Propn,
    Tag::Punct,
    Tag::Sconj,
    Tag::Sym,
    Tag::Verb,
    Tag::X,
];

const NAMES: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

impl Tag {
    /// The tag for a UPOS name ("NOUN").
    pub fn from_name(name: &str) -> Option<Tag> {
        NAMES.iter().position(|n| *n == name).map(|i| TAGS[i])
    }

    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Nouns and proper nouns.
    pub fn is_nominal(self) -> bool {
        matches!(self, Tag::Noun | Tag::Propn)
    }
}

/// A 64-bit FNV-1a hash of a feature's parts, separated so that ("ab", "c")
/// and ("a", "bc") differ.
fn feature(kind: u8, parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    let mut eat = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01B3);
    };
    eat(kind);
    for part in parts {
        part.bytes().for_each(&mut eat);
        eat(0xFF);
    }
    hash
}

/// The form a word is seen in: lower case, with years, numbers and
/// hyphenated words folded into classes.
fn normalise(word: &str) -> String {
    let first = word.chars().next();
    if word.contains('-') && first != Some('-') && word.len() > 1 {
        "!HYPHEN".into()
    } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        "!YEAR".into()
    } else if first.is_some_and(|c| c.is_ascii_digit()) {
        "!DIGITS".into()
    } else {
        word.to_lowercase()
    }
}

fn prefix(word: &str, n: usize) -> &str {
    let end = word.char_indices().nth(n).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

fn suffix(word: &str, n: usize) -> &str {
    let start = word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &word[start..]
}

/// The features of word `i`, given the tags already chosen before it.
fn features(words: &[String], raw: &[&str], i: usize, previous: Tag, before: Tag) -> Vec<u64> {
    let at = |offset: isize| -> &str {
        let j = i as isize + offset;
        match j {
            j if j < 0 => ["-START-", "-START2-"][(-j - 1) as usize % 2],
            j if j as usize >= words.len() => ["-END-", "-END2-"][(j as usize - words.len()) % 2],
            j => words[j as usize].as_str(),
        }
    };
    let word = at(0);
    let first_char = word.chars().next().map_or(String::new(), |c| c.to_string());
    let shape = match raw[i].chars().next() {
        Some(c) if c.is_uppercase() && i == 0 => "Cap-first",
        Some(c) if c.is_uppercase() => "Cap",
        Some(c) if c.is_numeric() => "Num",
        Some(c) if c.is_alphabetic() => "low",
        _ => "other",
    };
    vec![
        feature(0, &[]),
        feature(1, &[suffix(word, 3)]),
        feature(2, &[&first_char]),
        feature(3, &[previous.name()]),
        feature(4, &[before.name()]),
        feature(5, &[previous.name(), before.name()]),
        feature(6, &[word]),
        feature(7, &[previous.name(), word]),
        feature(8, &[at(-1)]),
        feature(9, &[suffix(at(-1), 3)]),
        feature(10, &[at(-2)]),
        feature(11, &[at(1)]),
        feature(12, &[suffix(at(1), 3)]),
        feature(13, &[at(2)]),
        feature(14, &[shape]),
        feature(15, &[suffix(word, 2)]),
        feature(16, &[prefix(word, 3)]),
        feature(17, &[previous.name(), suffix(word, 3)]),
        feature(18, &[word, at(1)]),
        feature(19, &[suffix(word, 1)]),
    ]
}

/// The "tags" before a sentence starts.
const START: Tag = Tag::X;

/// Learned weights, and a dictionary of frequent words that always take the
/// same tag.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    weights: FxHashMap<u64, Vec<(u8, f32)>>,
    dictionary: FxHashMap<String, Tag>,
}

impl Tagger {
    fn score(&self, features: &[u64]) -> Tag {
        let mut scores = [0.0f32; 17];
        for f in features {
            if let Some(weights) = self.weights.get(f) {
                for &(tag, w) in weights {
                    scores[tag as usize] += w;
                }
            }
        }
        let best = (0..17)
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
            .unwrap_or(0);
        TAGS[best]
    }

    /// Tags a sentence, left to right.
    pub fn tag(&self, raw: &[&str]) -> Vec<Tag> {
        let words: Vec<String> = raw.iter().map(|w| normalise(w)).collect();
        let (mut previous, mut before) = (START, START);
        let mut tags = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            let tag = match self.dictionary.get(&words[i]) {
                Some(&tag) => tag,
                None if RARE_PREPOSITIONS.contains(&words[i].as_str()) => Tag::Adp,
                None => self.score(&features(&words, raw, i, previous, before)),
            };
            tags.push(tag);
            before = previous;
            previous = tag;
        }
        self.nouns_before_verbs(&words, &mut tags);
        verbs_after_and(raw, &mut tags);
        tags
    }

    /// "The canal finally opened": a word the model guessed an adjective
    /// (from its ending) that ends a noun phrase before its verb is the
    /// phrase's noun. Left-to-right tagging cannot see the verb coming.
    /// ("The largest was at ...", "the first had gone": a superlative or
    /// an ordinal stands for a noun left out, and stays an adjective.)
    fn nouns_before_verbs(&self, words: &[String], tags: &mut [Tag]) {
        const ORDINALS: &[&str] = &[
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "last",
            "next",
            "same",
            "other",
            "former",
            "latter",
            "only",
            "whole",
            "following",
            "remaining",
        ];
        for i in 1..words.len() {
            let verb_follows = tags[i + 1..]
                .iter()
                .find(|&&t| t != Tag::Adv)
                .is_some_and(|&t| matches!(t, Tag::Verb | Tag::Aux));
            if tags[i] == Tag::Adj
                && matches!(tags[i - 1], Tag::Det | Tag::Adj)
                && verb_follows
                && !self.dictionary.contains_key(&words[i])
                && !super::lemma::graded(&words[i], "est")
                && !ORDINALS.contains(&words[i].as_str())
            {
                tags[i] = Tag::Noun;
            }
        }
    }

    /// Trains on tagged sentences: `iterations` passes in a seeded order,
    /// averaging the weights over every step.
    pub fn train(sentences: &[Tagged], iterations: usize, seed: u64) -> Tagger {
        let dictionary = frequent_unambiguous(sentences);
        let mut weights: FxHashMap<u64, [f32; 17]> = FxHashMap::default();
        let mut totals: FxHashMap<u64, [f32; 17]> = FxHashMap::default();
        let mut stamps: FxHashMap<u64, [u32; 17]> = FxHashMap::default();
        let mut step: u32 = 0;
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = Rng::new(seed);
        for _ in 0..iterations {
            rng.shuffle(&mut order);
            for &s in &order {
                let (raw, gold) = &sentences[s];
                let raw: Vec<&str> = raw.iter().map(String::as_str).collect();
                let words: Vec<String> = raw.iter().map(|w| normalise(w)).collect();
                let (mut previous, mut before) = (START, START);
                for i in 0..words.len() {
                    let truth = gold[i];
                    let guess = match dictionary.get(&words[i]) {
                        Some(&tag) => tag,
                        None => {
                            let fs = features(&words, &raw, i, previous, before);
                            let mut scores = [0.0f32; 17];
                            for f in &fs {
                                if let Some(w) = weights.get(f) {
                                    scores.iter_mut().zip(w).for_each(|(s, w)| *s += w);
                                }
                            }
                            let guess = TAGS[(0..17)
                                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                                .unwrap_or(0)];
                            step += 1;
                            if guess != truth {
                                for f in fs {
                                    let w = weights.entry(f).or_insert([0.0; 17]);
                                    let total = totals.entry(f).or_insert([0.0; 17]);
                                    let stamp = stamps.entry(f).or_insert([0; 17]);
                                    for (tag, delta) in
                                        [(truth as usize, 1.0), (guess as usize, -1.0)]
                                    {
                                        total[tag] += (step - stamp[tag]) as f32 * w[tag];
                                        stamp[tag] = step;
                                        w[tag] += delta;
                                    }
                                }
                            }
                            guess
                        }
                    };
                    before = previous;
                    previous = guess;
                }
            }
        }
        // Average every weight over all steps.
        let mut averaged: FxHashMap<u64, Vec<(u8, f32)>> = FxHashMap::default();
        for (f, w) in &weights {
            let total = &totals[f];
            let stamp = &stamps[f];
            let list: Vec<(u8, f32)> = (0..17)
                .map(|t| {
                    (
                        t as u8,
                        (total[t] + (step - stamp[t]) as f32 * w[t]) / step.max(1) as f32,
                    )
                })
                .filter(|(_, w)| *w != 0.0)
                .collect();
            if !list.is_empty() {
                averaged.insert(*f, list);
            }
        }
        Tagger {
            weights: averaged,
            dictionary,
        }
    }

    /// The share of words tagged as in the data.
    pub fn accuracy(&self, sentences: &[Tagged]) -> f64 {
        let (mut right, mut all) = (0usize, 0usize);
        for (words, gold) in sentences {
            let raw: Vec<&str> = words.iter().map(String::as_str).collect();
            let tags = self.tag(&raw);
            right += tags.iter().zip(gold).filter(|(a, b)| a == b).count();
            all += gold.len();
        }
        right as f64 / all.max(1) as f64
    }

    /// The model as bytes: the dictionary, then each feature's weights
    /// (scaled by 1000 to i16; weights that round to zero are dropped).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"SPTAG1".to_vec();
        let mut dictionary: Vec<(&String, &Tag)> = self.dictionary.iter().collect();
        dictionary.sort();
        out.extend((dictionary.len() as u32).to_le_bytes());
        for (word, tag) in dictionary {
            out.push(word.len() as u8);
            out.extend(word.as_bytes());
            out.push(*tag as u8);
        }
        let mut features: Vec<(u64, Vec<(u8, i16)>)> = self
            .weights
            .iter()
            .map(|(f, ws)| {
                let kept = ws
                    .iter()
                    .map(|&(t, w)| (t, (w * SCALE).round().clamp(-32767.0, 32767.0) as i16))
                    .filter(|(_, w)| w.unsigned_abs() >= MIN_WEIGHT)
                    .collect();
                (*f, kept)
            })
            .filter(|(_, ws): &(u64, Vec<(u8, i16)>)| !ws.is_empty())
            .collect();
        features.sort_by_key(|(f, _)| *f);
        out.extend((features.len() as u32).to_le_bytes());
        for (f, ws) in features {
            out.extend(f.to_le_bytes());
            out.push(ws.len() as u8);
            for (t, w) in ws {
                out.push(t);
                out.extend(w.to_le_bytes());
            }
        }
        out
    }

    /// Reads a model written by `to_bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(6)? != b"SPTAG1" {
            return None;
        }
        let mut tagger = Tagger::default();
        for _ in 0..reader.u32()? {
            let len = reader.take(1)?[0] as usize;
            let word = String::from_utf8(reader.take(len)?.to_vec()).ok()?;
            let tag = *TAGS.get(reader.take(1)?[0] as usize)?;
            tagger.dictionary.insert(word, tag);
        }
        for _ in 0..reader.u32()? {
            let f = u64::from_le_bytes(reader.take(8)?.try_into().ok()?);
            let count = reader.take(1)?[0] as usize;
            let mut weights = Vec::with_capacity(count);
            for _ in 0..count {
                let t = reader.take(1)?[0];
                let w = i16::from_le_bytes(reader.take(2)?.try_into().ok()?);
                weights.push((t, f32::from(w) / SCALE));
            }
            tagger.weights.insert(f, weights);
        }
        Some(tagger)
    }
}

/// Weights are stored as integers in thousandths.
const SCALE: f32 = 1000.0;
/// Stored weights smaller than this (in thousandths) are dropped.
const MIN_WEIGHT: u16 = 20;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(slice)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

/// "stood in the fog and wept": a verb the treebank never saw, after "and"
/// or "or", taken for a noun.
fn verbs_after_and(words: &[&str], tags: &mut [Tag]) {
    for i in 1..words.len() {
        if tags[i] == Tag::Noun
            && matches!(words[i - 1], "and" | "or")
            && super::lemma::only_irregular_past(words[i])
        {
            tags[i] = Tag::Verb;
        }
    }
}

/// Prepositions that are never anything else but too rare in the treebank
/// for its dictionary ("Towards evening the Prince heard ..." was tagged
/// noun, verb).
const RARE_PREPOSITIONS: &[&str] = &[
    "towards", "toward", "amongst", "amidst", "amid", "beneath", "betwixt", "unto", "upon", "onto",
    "atop", "via",
];

/// Words seen at least 20 times with one tag at least 97% of the time.
fn frequent_unambiguous(sentences: &[Tagged]) -> FxHashMap<String, Tag> {
    let mut counts: FxHashMap<String, [u32; 17]> = FxHashMap::default();
    for (words, tags) in sentences {
        for (word, tag) in words.iter().zip(tags) {
            counts.entry(normalise(word)).or_insert([0; 17])[*tag as usize] += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(word, c)| {
            let total: u32 = c.iter().sum();
            let (best, &n) = c.iter().enumerate().max_by_key(|(_, n)| **n)?;
            (total >= 20 && n as f64 / total as f64 >= 0.97).then(|| (word, TAGS[best]))
        })
        .collect()
}

/// The embedded model, read once.
static MODEL: LazyLock<Tagger> = LazyLock::new(|| {
    // The model is part of the build; a model that does not read is a
    // packaging bug, caught by the tests.
    Tagger::from_bytes(include_bytes!("tagger.bin")).expect("the embedded tagger model reads")
});

/// The embedded tagger.
pub fn tagger() -> &'static Tagger {
    &MODEL
}

/// Contractions split off the word before them, as UD does.
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Words of a text split as the tagger expects: clitics ("n't", "'s") apart
/// from their words, punctuation as words of its own.
pub fn tagging_tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let words = super::words::tokens(text);
    let mut at = 0;
    fn push_punctuation<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Token<'a>>) {
        for (i, c) in text[from..to].char_indices() {
            if !c.is_whitespace() {
                let start = from + i;
                let end = start + c.len_utf8();
                out.push(Token {
                    text: &text[start..end],
                    start,
                    end,
                });
            }
        }
    }
    for word in words {
        push_punctuation(text, at, word.start, &mut out);
        let normal = word.text.replace('\u{2019}', "'").to_lowercase();
        let clitic = CLITICS
            .iter()
            .find(|c| normal.ends_with(*c) && normal.len() > c.len())
            // A curly apostrophe is three bytes, not one.
            .map(|c| word.end - c.len() - usize::from(word.text.contains('\u{2019}')) * 2);
        match clitic {
            Some(split) if split > word.start && text.is_char_boundary(split) => {
                out.push(Token {
                    text: &text[word.start..split],
                    start: word.start,
                    end: split,
                });
                out.push(Token {
                    text: &text[split..word.end],
                    start: split,
                    end: word.end,
                });
            }
            _ => out.push(word),
        }
        at = word.end;
    }
    push_punctuation(text, at, text.len(), &mut out);
    join_numbers(text, out)
}

/// "13,000", "1,234,567" and "2.5" as one token: digits, then a comma and
/// three digits, or a point and digits, with no space between.
fn join_numbers<'a>(text: &'a str, tokens: Vec<Token<'a>>) -> Vec<Token<'a>> {
    let digits = |t: &Token| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit());
    // A number so far: "13", or "1,234" already joined.
    let number = |t: &Token| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            && t.text.bytes().all(|b| b.is_ascii_digit() || b == b',')
    };
    let mut out: Vec<Token<'a>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let comma = &tokens[i];
        let group = tokens.get(i + 1).filter(|n| {
            digits(n)
                && (n.text.len() == 3 || comma.text == ".")
                && n.start == comma.end
                && !tokens
                    .get(i + 2)
                    .is_some_and(|after| after.start == n.end && digits(after))
        });
        match (out.last(), group) {
            (Some(last), Some(group))
                if (comma.text == "," || (comma.text == "." && digits(last)))
                    && number(last)
                    && last.end == comma.start =>
            {
                let start = last.start;
                out.pop();
                out.push(Token {
                    text: &text[start..group.end],
                    start,
                    end: group.end,
                });
                i += 2;
            }
            _ => {
                out.push(*comma);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<(String, &'static str)> {
        let words = tagging_tokens(text);
        let raw: Vec<&str> = words.iter().map(|t| t.text).collect();
        tagger()
            .tag(&raw)
            .into_iter()
            .zip(raw)
            .map(|(t, w)| (w.to_string(), t.name()))
            .collect()
    }

    #[test]
    fn tokens_split_clitics_and_punctuation() {
        let words: Vec<&str> = tagging_tokens("Lenin's note didn't say, \u{201C}go\u{201D}.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            vec![
                "Lenin", "'s", "note", "did", "n't", "say", ",", "\u{201C}", "go", "\u{201D}", "."
            ]
        );
        let curly: Vec<&str> = tagging_tokens("Stalin\u{2019}s")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(curly, vec!["Stalin", "\u{2019}s"]);
    }

    #[test]
    fn a_rare_preposition_is_a_preposition() {
        let tagged = tags("Towards evening the Prince heard a sound.");
        assert_eq!(tagged[0].1, tags("On the hill.")[0].1);
    }

    #[test]
    fn a_noun_taken_for_an_adjective_before_its_verb_is_a_noun() {
        let tag_of = |sentence: &str, word: &str| {
            tags(sentence)
                .into_iter()
                .find(|(w, _)| w == word)
                .map(|(_, t)| t)
        };
        assert_eq!(
            tag_of("The canal finally opened in 1914.", "canal"),
            Some("NOUN")
        );
        assert_ne!(
            tag_of("The largest was at the gate.", "largest"),
            Some("NOUN")
        );
        assert_eq!(tag_of("The new canal opened.", "new"), Some("ADJ"));
        assert_eq!(tag_of("The new canal opened.", "canal"), Some("NOUN"));
    }

    #[test]
    fn tags_a_plain_sentence() {
        let tagged = tags("Lenin warned the committee about Stalin in 1923.");
        let names: Vec<&str> = tagged.iter().map(|(_, t)| *t).collect();
        assert_eq!(
            names,
            vec![
                "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "NUM", "PUNCT"
            ]
        );
    }

    #[test]
    fn the_model_round_trips_through_bytes() {
        let bytes = tagger().to_bytes();
        let again = Tagger::from_bytes(&bytes).unwrap();
        assert_eq!(again.to_bytes(), bytes);
        assert!(Tagger::from_bytes(b"nonsense").is_none());
    }

    #[test]
    fn thousands_and_decimals_stay_one_number() {
        let words: Vec<&str> = tagging_tokens(
            "Some 13,200 houses, 87 churches and 1,234,567 bricks; 3, 400 left 2.5 times.",
        )
        .iter()
        .map(|t| t.text)
        .collect();
        assert_eq!(
            words,
            [
                "Some",
                "13,200",
                "houses",
                ",",
                "87",
                "churches",
                "and",
                "1,234,567",
                "bricks",
                ";",
                "3",
                ",",
                "400",
                "left",
                "2.5",
                "times",
                "."
            ]
        );
    }
}
