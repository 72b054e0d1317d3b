//! The vector space themes are found in: each passage as TF-IDF weights of
//! the stems of its content words, unit length.
//!
//! In: passage texts. Out: sparse vectors, the vocabulary (stem, how it is
//! usually written, in how many passages it occurs) and per-passage stem sets.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::text::sparse::{self, Sparse, normalised};
use crate::text::words::without_possessive;
use crate::text::{is_content_word, stem, tokens};

/// The vocabulary and the passages' vectors.
#[derive(Debug, Clone, Default)]
pub struct Space {
    pub vectors: Vec<Sparse>,
    /// Per stem id: the stem.
    pub stems: Vec<String>,
    /// Per stem id: in how many passages it occurs.
    pub document_frequency: Vec<u32>,
    /// Per stem id: how often each written form occurs (lower case).
    forms: Vec<BTreeMap<String, u32>>,
    ids: FxHashMap<String, u32>,
}

impl Space {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Space {
        let mut space = Space::default();
        let mut counts: Vec<Vec<(u32, u32)>> = Vec::new();
        for text in texts {
            let ids: Vec<u32> = tokens(text)
                .into_iter()
                .filter(|t| is_content_word(t.text))
                .map(|t| space.intern(t.text))
                .collect();
            let tf = sparse::counts(ids);
            for &(id, _) in &tf {
                space.document_frequency[id as usize] += 1;
            }
            counts.push(tf);
        }
        let total = counts.len() as f32;
        space.vectors = counts
            .into_iter()
            .map(|tf| {
                let weighted: Sparse = tf
                    .into_iter()
                    .map(|(id, n)| {
                        let df = space.document_frequency[id as usize] as f32;
                        (
                            id,
                            (1.0 + (n as f32).ln()) * ((total + 1.0) / (df + 1.0)).ln(),
                        )
                    })
                    .collect();
                normalised(weighted)
            })
            .collect();
        space
    }

    fn intern(&mut self, word: &str) -> u32 {
        let stemmed = stem(word);
        let id = match self.ids.get(&stemmed) {
            Some(&id) => id,
            None => {
                let id = self.stems.len() as u32;
                self.ids.insert(stemmed.clone(), id);
                self.stems.push(stemmed);
                self.document_frequency.push(0);
                self.forms.push(BTreeMap::new());
                id
            }
        };
        *self.forms[id as usize]
            .entry(without_possessive(word).to_lowercase())
            .or_default() += 1;
        id
    }

    /// The id of a word's stem, if the corpus uses it.
    pub fn id_of(&self, word: &str) -> Option<u32> {
        self.ids.get(&stem(word)).copied()
    }

    /// The distinct stem ids of the content words of `text` that the corpus
    /// uses.
    pub fn ids_in(&self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = tokens(text)
            .into_iter()
            .filter(|t| is_content_word(t.text))
            .filter_map(|t| self.id_of(t.text))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// How the corpus most often writes a stem (ties: alphabetical).
    pub fn surface(&self, id: u32) -> &str {
        self.forms[id as usize]
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(self.stems[id as usize].as_str(), |(form, _)| form.as_str())
    }

    /// Whether passage `p` uses stem `id`.
    pub fn uses(&self, p: usize, id: u32) -> bool {
        self.vectors[p]
            .binary_search_by_key(&id, |(s, _)| *s)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sparse::dot;

    #[test]
    fn passages_become_unit_vectors_over_shared_stems() {
        let space = Space::new([
            "The dragon guarded the gold.",
            "Dragons guard gold in the mountains.",
            "The king built a castle.",
        ]);
        for v in &space.vectors {
            let norm: f32 = v.iter().map(|(_, w)| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-4);
        }
        assert!(dot(&space.vectors[0], &space.vectors[1]) > 0.5);
        assert_eq!(dot(&space.vectors[0], &space.vectors[2]), 0.0);
        let dragon = space.id_of("dragons").unwrap();
        assert_eq!(space.document_frequency[dragon as usize], 2);
        assert!(space.uses(1, dragon) && !space.uses(2, dragon));
        assert_eq!(space.surface(dragon), "dragon");
    }
}
