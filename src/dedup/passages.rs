//! Duplicate passages: exact copies, and near copies found with MinHash and
//! locality-sensitive hashing, each confirmed by its real similarity.
//!
//! In: passages. Out: for each passage, the earlier passage it duplicates (if
//! any) and why. Linear in the number of passages: every passage is hashed
//! once, and only passages that share an LSH bucket are compared.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::model::Passage;
use crate::rng::{hash_text, mix};
use crate::text::{comparison_form, tokens};

/// Number of MinHash functions: `BANDS` bands of `ROWS` rows. A pair with
/// Jaccard 0.7 shares a band with probability 0.89, at 0.8 with 0.98.
const BANDS: usize = 8;
const ROWS: usize = 4;
const HASHES: usize = BANDS * ROWS;
/// Word shingle length.
const SHINGLE: usize = 3;
/// Two passages are near duplicates when their shingle sets overlap this
/// much (Jaccard).
pub const NEAR_DUPLICATE: f64 = 0.7;
/// Within one LSH bucket, a passage is compared with at most this many
/// earlier members (buckets of boilerplate can be huge).
const BUCKET_PEERS: usize = 8;

/// Why a passage is not kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Duplicate {
    Exact { of: usize },
    Near { of: usize, similarity: f64 },
}

/// The hashed word shingles of a passage's comparison form (single words
/// for very short passages).
fn shingles(form: &str) -> Vec<u64> {
    let words: Vec<u64> = tokens(form).iter().map(|t| hash_text(t.text)).collect();
    let size = SHINGLE.min(words.len()).max(1);
    let mut out: Vec<u64> = words
        .windows(size)
        .map(|w| w.iter().fold(0u64, |acc, &h| mix(acc.rotate_left(21) ^ h)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature: for each of `HASHES` cheap hash functions
/// (multiply by an odd constant, add another), the least hash of any shingle.
fn minhash(shingles: &[u64]) -> [u64; HASHES] {
    let mut multipliers = [0u64; HASHES];
    let mut increments = [0u64; HASHES];
    let mut state = 0x5EED_u64;
    for i in 0..HASHES {
        state = mix(state.wrapping_add(0x9E37_79B9_7F4A_7C15));
        multipliers[i] = state | 1;
        state = mix(state.wrapping_add(0x9E37_79B9_7F4A_7C15));
        increments[i] = state;
    }
    let mut signature = [u64::MAX; HASHES];
    for &shingle in shingles {
        for i in 0..HASHES {
            let h = shingle
                .wrapping_mul(multipliers[i])
                .wrapping_add(increments[i]);
            signature[i] = signature[i].min(h);
        }
    }
    signature
}

/// Jaccard similarity of two sorted, deduplicated lists.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let either = a.len() + b.len() - both;
    if either == 0 {
        1.0
    } else {
        both as f64 / either as f64
    }
}

/// What a passage is compared by.
struct Hashed {
    /// Hash of the comparison form (exact duplicates).
    form: u64,
    /// Sorted, distinct shingle hashes (real similarity).
    shingles: Vec<u64>,
    /// One LSH bucket key per band of the MinHash signature.
    keys: Vec<u64>,
}

fn hash_passage(text: &str) -> Hashed {
    let form = comparison_form(text);
    let shingles = shingles(&form);
    let keys = minhash(&shingles)
        .chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| rows.iter().fold(band as u64, |acc, &v| mix(acc ^ v)))
        .collect();
    Hashed {
        form: hash_text(&form),
        shingles,
        keys,
    }
}

/// For each passage, the earlier kept passage it duplicates, if any.
pub fn find_duplicates(passages: &[Passage]) -> Vec<Option<Duplicate>> {
    let mut verdicts = Vec::with_capacity(passages.len());
    // Hash of the comparison form -> the kept passage it stands for.
    let mut exact: HashMap<u64, usize> = HashMap::default();
    // LSH buckets of kept passages only.
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::default();
    // Hashing is done in parallel; the comparisons, which depend on what
    // came before, in reading order.
    let hashed: Vec<Hashed> = passages.par_iter().map(|p| hash_passage(&p.text)).collect();
    let shingle_sets: Vec<&[u64]> = hashed.iter().map(|h| h.shingles.as_slice()).collect();

    for (index, Hashed { form, keys, .. }) in hashed.iter().enumerate() {
        if let Some(&of) = exact.get(form) {
            verdicts.push(Some(Duplicate::Exact { of }));
            continue;
        }
        // Each earlier passage sharing a bucket is compared once.
        let mut peers: Vec<usize> = keys
            .iter()
            .flat_map(|key| {
                buckets
                    .get(key)
                    .into_iter()
                    .flatten()
                    .rev()
                    .take(BUCKET_PEERS)
            })
            .copied()
            .collect();
        peers.sort_unstable();
        peers.dedup();
        let mut best: Option<(usize, f64)> = None;
        for other in peers {
            let similarity = jaccard(shingle_sets[index], shingle_sets[other]);
            if similarity >= NEAR_DUPLICATE && best.is_none_or(|(_, s)| similarity > s) {
                best = Some((other, similarity));
            }
        }
        match best {
            Some((of, similarity)) => {
                exact.insert(*form, of);
                verdicts.push(Some(Duplicate::Near { of, similarity }));
            }
            None => {
                exact.insert(*form, index);
                for &key in keys {
                    buckets.entry(key).or_default().push(index);
                }
                verdicts.push(None);
            }
        }
    }
    verdicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceRef;

    fn passage(text: &str) -> Passage {
        Passage {
            id: String::new(),
            source: SourceRef::at("a.txt", 1),
            text: text.to_string(),
            sentences: vec![text.to_string()],
        }
    }

    #[test]
    fn exact_and_near_copies_are_found_and_distinct_passages_kept() {
        let passages: Vec<Passage> = [
            "Lenin's Testament was written in late 1922 and early 1923, and it criticised Stalin's rudeness and his ambition.",
            "LENIN'S TESTAMENT WAS WRITTEN IN LATE 1922 AND EARLY 1923, AND IT CRITICISED STALIN'S RUDENESS AND HIS AMBITION.",
            "Lenin's Testament was written in late 1922 and early 1923, and it criticised Stalin's rudeness and his great ambition.",
            "The Soviet Union only had one political party, which was the Communist Party.",
        ]
        .iter()
        .map(|t| passage(t))
        .collect();
        let verdicts = find_duplicates(&passages);
        assert_eq!(verdicts[0], None);
        assert_eq!(verdicts[1], Some(Duplicate::Exact { of: 0 }));
        assert!(
            matches!(verdicts[2], Some(Duplicate::Near { of: 0, similarity }) if similarity >= NEAR_DUPLICATE)
        );
        assert_eq!(verdicts[3], None);
    }

    #[test]
    fn jaccard_of_sorted_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 1.0);
    }
}
