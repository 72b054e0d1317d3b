//! Meanings of uncommon words, for vocabulary questions.
//!
//! In: a lemma and its part of speech. Out: its one meaning, when WordNet
//! 3.0 gives the word exactly one sense for that part of speech (so the
//! meaning holds in any sentence) and the word is not a common one
//! (`glossary.tsv`, rebuilt by `cargo run --release --bin build-glossary`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tagger::Tag;

/// A word's meaning, and the WordNet synset it belongs to (two words of one
/// synset mean the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meaning {
    pub synset: u32,
    /// WordNet's lexicographer file: what kind of thing or event the word
    /// names (noun.time, noun.person, verb.motion, ...), as its number.
    pub kind: u8,
    pub definition: &'static str,
}

/// WordNet's part-of-speech letter for a tag.
fn letter(tag: Tag) -> Option<char> {
    match tag {
        Tag::Noun => Some('n'),
        Tag::Verb => Some('v'),
        Tag::Adj => Some('a'),
        Tag::Adv => Some('r'),
        _ => None,
    }
}

static GLOSSARY: LazyLock<HashMap<(&'static str, char), Meaning>> = LazyLock::new(|| {
    include_str!("glossary.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let word = fields.next()?;
            let pos = fields.next()?.chars().next()?;
            let synset = fields.next()?.parse().ok()?;
            let kind = fields.next()?.parse().ok()?;
            let definition = fields.next()?;
            Some((
                (word, pos),
                Meaning {
                    synset,
                    kind,
                    definition,
                },
            ))
        })
        .collect()
});

/// The meaning of an uncommon word with one sense, by lemma and tag.
pub fn meaning(lemma: &str, tag: Tag) -> Option<Meaning> {
    GLOSSARY
        .get(&(lemma.to_lowercase().as_str(), letter(tag)?))
        .copied()
}

/// Every word of the glossary with this tag, in a fixed order (for
/// distractors when the sources have too few).
pub fn words_tagged(tag: Tag) -> Vec<(&'static str, Meaning)> {
    let Some(pos) = letter(tag) else {
        return Vec::new();
    };
    let mut words: Vec<(&'static str, Meaning)> = GLOSSARY
        .iter()
        .filter(|((_, p), _)| *p == pos)
        .map(|((w, _), m)| (*w, *m))
        .collect();
    words.sort_unstable_by_key(|(w, _)| *w);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sense_uncommon_words_have_their_meaning() {
        let detrimental = meaning("detrimental", Tag::Adj).unwrap();
        assert_eq!(detrimental.definition, "causing harm or injury");
        // Common, or of several senses: not in the glossary.
        assert_eq!(meaning("house", Tag::Noun), None);
        assert_eq!(meaning("run", Tag::Verb), None);
        // The part of speech matters; the kind says what the word names.
        assert_eq!(meaning("fortnight", Tag::Verb), None);
        assert_eq!(meaning("fortnight", Tag::Noun).map(|m| m.kind), Some(28)); // noun.time
        // A definition that gives the word away is left out.
        assert_eq!(meaning("abrasive", Tag::Noun), None); // "a substance that abrades ..."
        assert!(words_tagged(Tag::Adj).len() > 1000);
    }
}
