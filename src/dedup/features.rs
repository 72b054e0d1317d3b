//! What a sentence says, as features to compare: stems of content words,
//! corpus terms (one feature whatever the word order), and numbers; plus the
//! cues that decide whether two similar sentences disagree (negation,
//! numbers, names, words of opposite meaning).
//!
//! In: sentences and the corpus's terms. Out: one TF-IDF vector (sorted by
//! feature, unit length) and one `Cues` record per sentence.

use std::collections::HashMap;

use crate::text::antonyms::has_opposite;
use crate::text::terms::Terms;
use crate::text::{is_content_word, is_stop_word, stem, tokens};

/// Words that negate the clause they stand in. ("no" is left out: it mostly
/// quantifies a noun — "no forts", "no matter how" — rather than deny a claim.)
const NEGATIONS: &[&str] = &[
    "not", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere",
];

/// How many content words after a negation it applies to.
const NEGATION_SCOPE: usize = 3;

/// Whether a word negates (including contractions such as "didn't").
pub fn is_negation(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    NEGATIONS.contains(&lower.as_str()) || lower.ends_with("n't")
}

/// The parts of a sentence that can make it disagree with a similar one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cues {
    pub negated: bool,
    /// Stems of the content words a negation applies to (up to three words
    /// after it, within its clause).
    pub negated_stems: Vec<String>,
    /// Numbers and years, as written.
    pub numbers: Vec<String>,
    /// Feature ids of names: terms and capitalised words not opening the sentence.
    pub names: Vec<u32>,
    /// Stems of all content words.
    pub stems: Vec<String>,
    /// Words with a known opposite, with the names around them.
    pub polar: Vec<Polar>,
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

/// How far (in words) a name may stand from a polar word to be its subject
/// (before) or object (after).
const SUBJECT_REACH: usize = 4;
const OBJECT_REACH: usize = 3;

/// The features of every sentence, weighted.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Per sentence: (feature id, weight), sorted by id, unit length.
    pub vectors: Vec<Vec<(u32, f32)>>,
    pub cues: Vec<Cues>,
    /// Per feature: how many sentences use it.
    pub document_frequency: Vec<u32>,
    /// Per feature: its name (`s:` stem, `t:` term, `n:` number).
    pub names: Vec<String>,
    /// Per feature: how it was first written.
    pub surfaces: Vec<String>,
}

/// The raw features of one sentence.
struct Extracted {
    /// Feature names with the words they were read from, with repeats.
    features: Vec<(String, String)>,
    /// Feature names of the names in the sentence.
    names: Vec<String>,
    /// The feature of a capitalised first word, which is a name only if the
    /// corpus capitalises it elsewhere too.
    opening: Option<String>,
    /// Per word (a term counts as one): the name feature it is, if any.
    name_at: Vec<Option<String>>,
    /// Polar words: position in `name_at`, stem, the word as written.
    polar_at: Vec<(usize, String, String)>,
    cues: Cues,
}

fn extract(sentence: &str, terms: &Terms) -> Extracted {
    let words = tokens(sentence);
    let matches = terms.find(sentence);
    let mut features = Vec::new();
    let mut name_features = Vec::new();
    let mut cues = Cues::default();
    let mut opening = None;
    let mut name_at = Vec::new();
    let mut polar_at = Vec::new();
    let mut next_term = matches.iter().peekable();
    let mut index = 0;
    while index < words.len() {
        if let Some(m) = next_term.peek().filter(|m| m.first_token == index) {
            let feature = format!("t:{}", terms.name(m.term).to_lowercase());
            name_features.push(feature.clone());
            name_at.push(Some(feature.clone()));
            features.push((feature, terms.name(m.term).to_string()));
            index = m.last_token + 1;
            next_term.next();
            continue;
        }
        let word = words[index].text;
        index += 1;
        name_at.push(None);
        let no_longer = word.eq_ignore_ascii_case("no")
            && words
                .get(index)
                .is_some_and(|w| w.text.eq_ignore_ascii_case("longer"));
        if is_negation(word) || no_longer {
            cues.negated = true;
            cues.negated_stems.extend(
                words[index..]
                    .iter()
                    .take_while(|w| {
                        !sentence[words[index - 1].end..w.start].contains([',', ';', ':'])
                    })
                    .filter(|w| is_content_word(w.text))
                    .take(NEGATION_SCOPE)
                    .map(|w| stem(w.text)),
            );
        } else if word.chars().all(|c| c.is_numeric()) {
            cues.numbers.push(word.to_string());
            features.push((format!("n:{word}"), word.to_string()));
        } else if is_content_word(word) {
            let stemmed = stem(word);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if capitalised && index > 1 {
                name_features.push(format!("s:{stemmed}"));
                *name_at.last_mut().expect("pushed above") = Some(format!("s:{stemmed}"));
            } else if capitalised {
                opening = Some(format!("s:{stemmed}"));
            }
            if has_opposite(&stemmed) {
                polar_at.push((name_at.len() - 1, stemmed.clone(), word.to_lowercase()));
            }
            cues.stems.push(stemmed.clone());
            let surface = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"));
            features.push((format!("s:{stemmed}"), surface.unwrap_or(word).to_string()));
        } else if !is_stop_word(word) && word.chars().any(char::is_alphabetic) {
            // Short words (two letters) that are not function words: "UN", "EU".
            features.push((format!("s:{}", word.to_lowercase()), word.to_string()));
        }
    }
    Extracted {
        features,
        names: name_features,
        opening,
        name_at,
        polar_at,
        cues,
    }
}

impl Features {
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a str>, terms: &Terms) -> Features {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut features = Features::default();
        let mut counts: Vec<Vec<(u32, u32)>> = Vec::new();
        let extracted: Vec<Extracted> = sentences.into_iter().map(|s| extract(s, terms)).collect();
        let names_elsewhere: std::collections::HashSet<&String> =
            extracted.iter().flat_map(|e| &e.names).collect();
        let openings: Vec<Option<String>> = extracted
            .iter()
            .map(|e| e.opening.clone().filter(|o| names_elsewhere.contains(o)))
            .collect();
        for (e, opening) in extracted.into_iter().zip(openings) {
            let Extracted {
                features: names,
                names: mut name_features,
                mut name_at,
                polar_at,
                mut cues,
                ..
            } = e;
            if let (Some(first), Some(name)) = (name_at.first_mut(), &opening) {
                *first = Some(name.clone());
            }
            name_features.extend(opening);
            let mut id_of = |name: String, surface: &str, f: &mut Features| -> u32 {
                *ids.entry(name).or_insert_with_key(|key| {
                    f.names.push(key.clone());
                    f.surfaces.push(surface.to_string());
                    f.document_frequency.push(0);
                    (f.names.len() - 1) as u32
                })
            };
            let mut row: Vec<u32> = names
                .into_iter()
                .map(|(n, surface)| id_of(n, &surface, &mut features))
                .collect();
            // Names are features already seen in this sentence's row.
            cues.names = name_features
                .into_iter()
                .map(|n| id_of(n, "", &mut features))
                .collect();
            let name_ids: Vec<Option<u32>> = name_at
                .into_iter()
                .map(|n| n.map(|n| id_of(n, "", &mut features)))
                .collect();
            cues.polar = polar_at
                .into_iter()
                .map(|(at, stem, word)| Polar {
                    word,
                    negated: cues.negated_stems.contains(&stem),
                    before: name_ids[at.saturating_sub(SUBJECT_REACH)..at]
                        .iter()
                        .rev()
                        .find_map(|n| *n),
                    after: name_ids[at + 1..(at + 1 + OBJECT_REACH).min(name_ids.len())]
                        .iter()
                        .find_map(|n| *n),
                    stem,
                })
                .collect();
            cues.names.sort_unstable();
            cues.names.dedup();
            row.sort_unstable();
            let mut tf: Vec<(u32, u32)> = Vec::new();
            for id in row {
                match tf.last_mut() {
                    Some((last, n)) if *last == id => *n += 1,
                    _ => tf.push((id, 1)),
                }
            }
            for &(id, _) in &tf {
                features.document_frequency[id as usize] += 1;
            }
            counts.push(tf);
            features.cues.push(cues);
        }
        let total = counts.len() as f32;
        features.vectors = counts
            .into_iter()
            .map(|tf| {
                let mut vector: Vec<(u32, f32)> = tf
                    .into_iter()
                    .map(|(id, n)| {
                        let df = features.document_frequency[id as usize] as f32;
                        let idf = ((total + 1.0) / (df + 1.0)).ln() + 1.0;
                        (id, (1.0 + (n as f32).ln()) * idf)
                    })
                    .collect();
                let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    vector.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                vector
            })
            .collect();
        features
    }

    /// Cosine similarity of two sentences.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vectors[a], &self.vectors[b])
    }

    /// Cosine similarity after removing the given features from both sides
    /// (the numbers or names two sentences differ in).
    pub fn cosine_without(&self, a: usize, b: usize, removed: &[u32]) -> f32 {
        let keep = |v: &[(u32, f32)]| -> Vec<(u32, f32)> {
            let kept: Vec<(u32, f32)> = v
                .iter()
                .filter(|(id, _)| !removed.contains(id))
                .copied()
                .collect();
            let norm = kept.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            kept.into_iter()
                .map(|(id, w)| (id, if norm > 0.0 { w / norm } else { 0.0 }))
                .collect()
        };
        dot(&keep(&self.vectors[a]), &keep(&self.vectors[b]))
    }

    /// Features of `a` that `b` lacks.
    pub fn only_in(&self, a: usize, b: usize) -> Vec<u32> {
        self.vectors[a]
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| {
                self.vectors[b]
                    .binary_search_by_key(id, |(f, _)| *f)
                    .is_err()
            })
            .collect()
    }
}

fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(sentences: &[&str]) -> Features {
        let terms = Terms::discover(sentences.iter().copied());
        Features::new(sentences.iter().copied(), &terms)
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
        let names: Vec<&str> = cues
            .names
            .iter()
            .map(|&n| f.names[n as usize].as_str())
            .collect();
        assert_eq!(names, vec!["s:moscow"]);
        assert!(!f.cues[1].negated);
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
