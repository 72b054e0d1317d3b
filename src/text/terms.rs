//! Multi-word terms and their variants.
//!
//! In: the sentences of a corpus. Out: the terms it uses — runs of two to four
//! capitalised words such as "Central Committee" — where two runs made of the
//! same words in another order ("General Secretary" / "Secretary General") are
//! one term. Any later text can then be scanned for every variant, in any case.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::words::{is_stop_word, tokens, without_possessive};

/// Longest term, in words.
const MAX_WORDS: usize = 4;

/// The terms of a corpus and how each is written.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Lower-case word sequence of each variant -> term index.
    variants: HashMap<Vec<String>, usize>,
    /// The first word of every variant (most words start none).
    first_words: HashSet<String>,
    /// Per term: each written form and how often it occurs.
    forms: Vec<BTreeMap<String, usize>>,
}

/// A term found in a text: which term, and the byte range of the occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMatch {
    pub term: usize,
    pub start: usize,
    pub end: usize,
    /// Token indices `[first, last]` the term covers.
    pub first_token: usize,
    pub last_token: usize,
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && !is_stop_word(word)
}

/// The runs of capitalised words in `text`, as lists of words.
fn capitalised_runs(text: &str) -> Vec<Vec<&str>> {
    let words = tokens(text);
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < words.len()
            && capitalised(words[i + 1].text)
            && text[words[i].end..words[i + 1].start].trim().is_empty()
            && !words[i].text.ends_with("'s")
        {
            i += 1;
        }
        let run: Vec<&str> = words[first..=i].iter().map(|w| w.text).collect();
        if (2..=MAX_WORDS).contains(&run.len()) {
            runs.push(run);
        }
        i += 1;
    }
    runs
}

/// A word as terms are matched: lower case, without a possessive `'s`.
fn term_word(word: &str) -> String {
    without_possessive(&word.to_lowercase()).to_string()
}

fn lower_words(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| term_word(w)).collect()
}

impl Terms {
    /// Finds the terms of a corpus from its sentences.
    pub fn discover<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Terms {
        let mut terms = Terms::default();
        let mut by_words: HashMap<Vec<String>, usize> = HashMap::default();
        for sentence in sentences {
            for run in capitalised_runs(sentence) {
                let variant = lower_words(&run);
                let mut key = variant.clone();
                key.sort();
                let next = terms.forms.len();
                let term = *by_words.entry(key).or_insert(next);
                if term == next {
                    terms.forms.push(BTreeMap::new());
                }
                terms.first_words.insert(variant[0].clone());
                terms.variants.insert(variant, term);
                let form = run
                    .iter()
                    .map(|w| without_possessive(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                *terms.forms[term].entry(form).or_default() += 1;
            }
        }
        terms
    }

    /// How many terms there are; terms are numbered `0..len()`.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// How often the corpus uses a term, in all its forms.
    pub fn count(&self, term: usize) -> usize {
        self.forms[term].values().sum()
    }

    /// How the corpus most often writes a term (ties: alphabetical).
    pub fn name(&self, term: usize) -> &str {
        self.forms[term]
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or("", |(form, _)| form.as_str())
    }

    /// Terms written in more than one word order, with their forms.
    pub fn with_variants(&self) -> Vec<Vec<&str>> {
        let mut out = Vec::new();
        for forms in &self.forms {
            let mut orders: Vec<Vec<String>> = forms
                .keys()
                .map(|f| f.split(' ').map(str::to_lowercase).collect())
                .collect();
            orders.dedup();
            if orders.len() > 1 {
                out.push(forms.keys().map(String::as_str).collect());
            }
        }
        out
    }

    /// Every occurrence of a known term in `text`, in any case, longest first
    /// at each position.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let words = tokens(text);
        // Lower-case forms; most words are already lower case and are borrowed.
        let lower: Vec<Cow<str>> = words
            .iter()
            .map(|w| {
                if w.text.bytes().all(|b| b.is_ascii_lowercase()) {
                    Cow::Borrowed(w.text)
                } else {
                    Cow::Owned(term_word(w.text))
                }
            })
            .collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if !self.first_words.contains(lower[i].as_ref()) {
                i += 1;
                continue;
            }
            let longest = (2..=MAX_WORDS.min(words.len() - i)).rev().find_map(|n| {
                let words: Vec<String> = lower[i..i + n].iter().map(|w| w.to_string()).collect();
                self.variants.get(&words).map(|&term| (term, n))
            });
            match longest {
                Some((term, n)) => {
                    found.push(TermMatch {
                        term,
                        start: words[i].start,
                        end: words[i + n - 1].end,
                        first_token: i,
                        last_token: i + n - 1,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_order_variants_are_one_term() {
        let terms = Terms::discover([
            "Stalin became General Secretary of the Communist Party.",
            "He was Secretary General by then.",
            "The General Secretary had power.",
        ]);
        let found = terms.find("the secretary general and the General Secretary");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].term, found[1].term);
        assert_eq!(terms.name(found[0].term), "General Secretary");
        assert_eq!(
            terms.with_variants(),
            vec![vec!["General Secretary", "Secretary General"]]
        );
    }

    #[test]
    fn different_words_are_different_terms() {
        let terms = Terms::discover(["The Central Committee met the Communist Party."]);
        let found = terms.find("Central Committee and Communist Party");
        assert_eq!(found.len(), 2);
        assert_ne!(found[0].term, found[1].term);
        assert!(terms.with_variants().is_empty());
    }

    #[test]
    fn possessives_end_a_run() {
        let terms = Terms::discover(["Joseph Stalin's Testament was read."]);
        assert!(terms.find("Joseph Stalin").len() == 1);
        assert!(terms.find("Stalin's Testament").is_empty());
    }
}
