//! What a sentence says, as features to compare: stems of content words,
//! corpus terms (one feature whatever the word order), and numbers; plus the
//! cues that decide whether two similar sentences disagree (negation,
//! numbers, names, words of opposite meaning).
//!
//! In: sentences and the corpus's terms. Out: one TF-IDF vector (sorted by
//! feature, unit length) and one `Cues` record per sentence. Features are
//! interned as they are read, so memory grows with the vocabulary and the
//! number of words, not with copies of strings.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::antonyms::has_opposite;
use crate::text::sparse::{self, Sparse, dot, normalised};
use crate::text::terms::Terms;
use crate::text::words::{number_word, without_possessive};
use crate::text::{is_content_word, is_stop_word, stem, tokens};

/// Words that negate the clause they stand in. ("no" is left out: it mostly
/// quantifies a noun — "no forts", "no matter how" — rather than deny a claim.)
const NEGATIONS: &[&str] = &[
    "not", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere",
];

/// How many content words after a negation it applies to.
const NEGATION_SCOPE: usize = 3;

/// How far (in words) a name may stand from a polar word to be its subject
/// (before) or object (after).
const SUBJECT_REACH: usize = 4;
const OBJECT_REACH: usize = 3;

/// Whether a word negates (including contractions such as "didn't").
pub fn is_negation(word: &str) -> bool {
    // The longest: "shouldn\u{2019}t" (11 bytes).
    if word.len() > 11 {
        return false;
    }
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    NEGATIONS.contains(&lower.as_str()) || lower.ends_with("n't")
}

/// A word with a known opposite ("liked"), whether a negation turns it round,
/// and the nearest names before and after it (who liked whom).
#[derive(Debug, Clone, PartialEq)]
pub struct Polar {
    pub stem: String,
    /// The word as written, lower-cased.
    pub word: String,
    pub negated: bool,
    pub before: Option<u32>,
    pub after: Option<u32>,
}

/// The parts of a sentence that can make it disagree with a similar one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cues {
    pub negated: bool,
    /// Features a negation applies to (up to three content words after it,
    /// within its clause).
    pub negated_features: Vec<u32>,
    /// Numbers and years, as written.
    pub numbers: Vec<String>,
    /// Feature ids of names: terms and capitalised words not opening the
    /// sentence (or opening it, when the corpus capitalises them elsewhere).
    pub names: Vec<u32>,
    /// Words with a known opposite, with the names around them.
    pub polar: Vec<Polar>,
}

/// The features of every sentence, weighted.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Per sentence: (feature id, weight), sorted by id, unit length.
    pub vectors: Vec<Sparse>,
    pub cues: Vec<Cues>,
    /// Per feature: how many sentences use it.
    pub document_frequency: Vec<u32>,
    /// Per feature: its name (`s:` stem, `t:` term, `n:` number).
    pub names: Vec<String>,
    /// Per feature: how it was first written.
    pub surfaces: Vec<String>,
}

/// Feature names to ids, and words to their stems (stemming is the costly
/// part of reading, and a corpus repeats its words).
#[derive(Default)]
struct Interner {
    ids: FxHashMap<String, u32>,
    names: Vec<String>,
    surfaces: Vec<String>,
    /// Content word as written -> its feature, and whether it has an opposite.
    words: FxHashMap<String, (u32, bool)>,
}

impl Interner {
    fn id(&mut self, name: String, surface: &str) -> u32 {
        if let Some(&id) = self.ids.get(&name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.clone());
        self.surfaces.push(surface.to_string());
        self.ids.insert(name, id);
        id
    }

    /// The feature of a content word (its stem), and whether the word has
    /// a known opposite.
    fn content(&mut self, word: &str) -> (u32, bool) {
        if let Some(&known) = self.words.get(word) {
            return known;
        }
        let stemmed = stem(word);
        let polar = has_opposite(&stemmed);
        let id = self.id(format!("s:{stemmed}"), without_possessive(word));
        self.words.insert(word.to_string(), (id, polar));
        (id, polar)
    }

    /// The stem behind a content word's feature.
    fn stem_of(&self, id: u32) -> &str {
        let name = &self.names[id as usize];
        name.strip_prefix("s:").unwrap_or(name)
    }
}

/// One sentence, read: everything but what needs the whole corpus.
struct Read {
    /// Feature ids, with repeats.
    features: Vec<u32>,
    cues: Cues,
    /// A capitalised first word: a name only if the corpus capitalises it
    /// inside a sentence too.
    opening: Option<u32>,
    /// Per word (a term counts as one): the name it is, if any.
    name_at: Vec<Option<u32>>,
    /// Polar words: position in `name_at`, feature, stem, word as written.
    polar_at: Vec<(usize, u32, String, String)>,
}

fn read(sentence: &str, terms: &Terms, interner: &mut Interner) -> Read {
    let words = tokens(sentence);
    let matches = terms.find(sentence);
    let mut out = Read {
        features: Vec::new(),
        cues: Cues::default(),
        opening: None,
        name_at: Vec::new(),
        polar_at: Vec::new(),
    };
    let mut negated_words: Vec<&str> = Vec::new();
    let mut next_term = matches.iter().peekable();
    let mut index = 0;
    while index < words.len() {
        if let Some(m) = next_term.peek().filter(|m| m.first_token == index) {
            let name = terms.name(m.term);
            let id = interner.id(format!("t:{}", name.to_lowercase()), name);
            out.features.push(id);
            out.cues.names.push(id);
            out.name_at.push(Some(id));
            index = m.last_token + 1;
            next_term.next();
            continue;
        }
        let word = words[index].text;
        index += 1;
        out.name_at.push(None);
        let no_longer = word.eq_ignore_ascii_case("no")
            && words
                .get(index)
                .is_some_and(|w| w.text.eq_ignore_ascii_case("longer"));
        if is_negation(word) || no_longer {
            out.cues.negated = true;
            let clause_end = |w: &&crate::text::words::Token| {
                sentence[words[index - 1].end..w.start].contains([',', ';', ':'])
            };
            negated_words.extend(
                words[index..]
                    .iter()
                    .take_while(|w| !clause_end(w))
                    .filter(|w| is_content_word(w.text))
                    .take(NEGATION_SCOPE)
                    .map(|w| w.text),
            );
        } else if word.chars().all(|c| c.is_numeric()) || number_word(word).is_some() {
            // "22,000" is one number, not "22" and "000" (which "4,000"
            // would share).
            // ("Three rock types" and "three main types", "3 types": one
            // number.)
            let mut number = number_word(word).map_or_else(|| word.to_string(), |n| n.to_string());
            while let Some(group) = words.get(index).filter(|g| {
                g.text.len() == 3
                    && g.text.bytes().all(|b| b.is_ascii_digit())
                    && &sentence[words[index - 1].end..g.start] == ","
            }) {
                number.push(',');
                number.push_str(group.text);
                index += 1;
                out.name_at.push(None);
            }
            out.cues.numbers.push(number.clone());
            out.features
                .push(interner.id(format!("n:{number}"), &number));
        } else if is_content_word(word) {
            let (id, polar) = interner.content(word);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if capitalised && index > 1 {
                out.cues.names.push(id);
                *out.name_at
                    .last_mut()
                    .expect("a slot was pushed for this word") = Some(id);
            } else if capitalised {
                out.opening = Some(id);
            }
            if polar {
                let stemmed = interner.stem_of(id).to_string();
                out.polar_at
                    .push((out.name_at.len() - 1, id, stemmed, word.to_lowercase()));
            }
            out.features.push(id);
        } else if !is_stop_word(word) && word.chars().any(char::is_alphabetic) {
            // Short words (two letters) that are not function words: "UN", "EU".
            out.features
                .push(interner.id(format!("s:{}", word.to_lowercase()), word));
        }
    }
    out.cues.negated_features = negated_words
        .into_iter()
        .map(|w| interner.content(w).0)
        .collect();
    out
}

impl Features {
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a str>, terms: &Terms) -> Features {
        let mut interner = Interner::default();
        let mut read_all: Vec<Read> = sentences
            .into_iter()
            .map(|s| read(s, terms, &mut interner))
            .collect();
        let names_inside: FxHashSet<u32> = read_all
            .iter()
            .flat_map(|r| r.cues.names.iter().copied())
            .collect();
        let mut document_frequency = vec![0u32; interner.names.len()];
        let mut counts: Vec<Vec<(u32, u32)>> = Vec::with_capacity(read_all.len());
        let mut cues = Vec::with_capacity(read_all.len());
        for r in &mut read_all {
            if let Some(opening) = r.opening.filter(|o| names_inside.contains(o)) {
                r.cues.names.push(opening);
                if let Some(first) = r.name_at.first_mut() {
                    *first = Some(opening);
                }
            }
            let name_at = &r.name_at;
            let negated = &r.cues.negated_features;
            r.cues.polar = std::mem::take(&mut r.polar_at)
                .into_iter()
                .map(|(at, id, stem, word)| Polar {
                    stem,
                    word,
                    negated: negated.contains(&id),
                    before: name_at[at.saturating_sub(SUBJECT_REACH)..at]
                        .iter()
                        .rev()
                        .find_map(|n| *n),
                    after: name_at[at + 1..(at + 1 + OBJECT_REACH).min(name_at.len())]
                        .iter()
                        .find_map(|n| *n),
                })
                .collect();
            r.cues.names.sort_unstable();
            r.cues.names.dedup();
            let ids = std::mem::take(&mut r.features);
            let tf = sparse::counts(ids);
            for &(id, _) in &tf {
                document_frequency[id as usize] += 1;
            }
            counts.push(tf);
            cues.push(std::mem::take(&mut r.cues));
        }
        drop(read_all);
        let total = counts.len() as f32;
        let vectors = counts
            .into_iter()
            .map(|tf| {
                let vector: Sparse = tf
                    .into_iter()
                    .map(|(id, n)| {
                        let df = document_frequency[id as usize] as f32;
                        let idf = ((total + 1.0) / (df + 1.0)).ln() + 1.0;
                        (id, (1.0 + (n as f32).ln()) * idf)
                    })
                    .collect();
                normalised(vector)
            })
            .collect();
        Features {
            vectors,
            cues,
            document_frequency,
            names: interner.names,
            surfaces: interner.surfaces,
        }
    }

    /// Cosine similarity of two sentences.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vectors[a], &self.vectors[b])
    }

    /// Whether sentence `a` has feature `id`.
    pub fn has(&self, a: usize, id: u32) -> bool {
        self.vectors[a]
            .binary_search_by_key(&id, |(f, _)| *f)
            .is_ok()
    }

    /// Cosine similarity after removing the given features from both sides
    /// (the numbers or names two sentences differ in).
    pub fn cosine_without(&self, a: usize, b: usize, removed: &[u32]) -> f32 {
        let keep = |v: &[(u32, f32)]| -> Sparse {
            normalised(
                v.iter()
                    .filter(|(id, _)| !removed.contains(id))
                    .copied()
                    .collect(),
            )
        };
        dot(&keep(&self.vectors[a]), &keep(&self.vectors[b]))
    }

    /// Features of `a` that `b` lacks.
    pub fn only_in(&self, a: usize, b: usize) -> Vec<u32> {
        self.vectors[a]
            .iter()
            .map(|(id, _)| *id)
            .filter(|&id| !self.has(b, id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(sentences: &[&str]) -> Features {
        let terms = Terms::discover(sentences.iter().copied());
        Features::new(sentences.iter().copied(), &terms)
    }

    fn name(f: &Features, id: u32) -> &str {
        f.names[id as usize].as_str()
    }

    #[test]
    fn term_variants_and_inflections_share_features() {
        let f = features(&[
            "Stalin was removed as General Secretary.",
            "Stalin removes the Secretary General.",
            "Trotsky fled to Mexico.",
        ]);
        assert!(f.cosine(0, 1) > 0.99, "{}", f.cosine(0, 1));
        assert_eq!(f.cosine(0, 2), 0.0);
    }

    #[test]
    fn cues_record_negation_numbers_and_names() {
        let f = features(&["Lenin didn't die in 1924 in Moscow.", "The party met."]);
        let cues = &f.cues[0];
        assert!(cues.negated);
        assert_eq!(cues.numbers, vec!["1924"]);
        let names: Vec<&str> = cues.names.iter().map(|&n| name(&f, n)).collect();
        assert_eq!(names, vec!["s:moscow"]);
        let negated: Vec<&str> = cues.negated_features.iter().map(|&n| name(&f, n)).collect();
        assert_eq!(negated, vec!["s:die", "s:moscow"]);
        assert!(!f.cues[1].negated);
    }

    #[test]
    fn an_opening_word_is_a_name_when_capitalised_elsewhere() {
        let f = features(&["Lenin liked Stalin.", "Stalin despised Lenin."]);
        let names: Vec<&str> = f.cues[0].names.iter().map(|&n| name(&f, n)).collect();
        assert_eq!(names, vec!["s:lenin", "s:stalin"]);
        let polar = &f.cues[0].polar[0];
        assert_eq!((polar.word.as_str(), polar.negated), ("liked", false));
        assert_eq!(polar.before.map(|n| name(&f, n)), Some("s:lenin"));
        assert_eq!(polar.after.map(|n| name(&f, n)), Some("s:stalin"));
    }

    #[test]
    fn a_number_with_thousands_is_one_number() {
        let f = features(&[
            "Around 22,000 people died during the French years.",
            "Around 4,000 workers died during the American years.",
        ]);
        assert_eq!(f.cues[0].numbers, vec!["22,000"]);
        assert_eq!(f.cues[1].numbers, vec!["4,000"]);
        let f = features(&[
            "There are three main types of rock.",
            "Three rock types.",
            "Rocks come in 3 types.",
        ]);
        assert!(f.cues.iter().all(|c| c.numbers == ["3"]));
    }

    #[test]
    fn cosine_without_ignores_the_differences() {
        let f = features(&[
            "Lenin died in 1924 at Gorki.",
            "Lenin died in 1925 at Gorki.",
        ]);
        let differing: Vec<u32> = f.only_in(0, 1).into_iter().chain(f.only_in(1, 0)).collect();
        assert!(f.cosine(0, 1) < 0.9);
        assert!(f.cosine_without(0, 1, &differing) > 0.99);
    }
}
