//! Linking sentences that state the same fact, and spotting those that
//! disagree.
//!
//! In: the features of the corpus's distinct sentences. Out: a fact number per
//! sentence, and the pairs that disagree (never in one fact). Candidate pairs
//! come from an index of each sentence's rarest features (and of its words
//! with known opposites), so the work grows with the corpus, not its square.

use std::collections::HashMap;

use super::features::{Features, Polar};
use crate::model::DisagreementKind;
use crate::text::antonyms::are_opposites;

/// Sentences at least this similar (TF-IDF cosine) state the same fact.
pub const SAME_FACT: f32 = 0.4;
/// Two groups of sentences merge only if their members' average similarity
/// reaches this.
const SAME_FACT_AVERAGE: f32 = 0.35;
/// Pairs below this similarity are not checked for disagreement, except
/// through words of opposite meaning.
const DISAGREEMENT_FLOOR: f32 = 0.3;
/// Two names this alike (Jaro-Winkler) are one name spelt two ways.
const SAME_SPELLING: f64 = 0.85;
/// Each sentence is indexed under this many of its rarest features.
const INDEXED_FEATURES: usize = 4;
/// A sentence is compared with at most this many earlier sentences per
/// indexed feature.
const POSTING_PEERS: usize = 200;

/// Two sentences that cannot both be right.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub a: usize,
    pub b: usize,
    pub kind: DisagreementKind,
    pub about: String,
}

/// The outcome: a fact number per sentence, and the conflicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Linked {
    pub fact_of: Vec<usize>,
    pub conflicts: Vec<Conflict>,
}

/// Pairs `(earlier, later)` that share one of their rarest features or
/// contain words of opposite meaning.
fn candidate_pairs(features: &Features) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut polar_words: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut pairs = Vec::new();
    for (index, vector) in features.vectors.iter().enumerate() {
        let mut rarest: Vec<u32> = vector.iter().map(|(id, _)| *id).collect();
        rarest.sort_by_key(|&id| (features.document_frequency[id as usize], id));
        rarest.truncate(INDEXED_FEATURES);
        let mut peers: Vec<usize> = Vec::new();
        for id in &rarest {
            let list = postings.entry(*id).or_default();
            peers.extend(list.iter().rev().take(POSTING_PEERS));
            list.push(index);
        }
        // Sentences with the same polar word (one may deny it) or its opposite.
        let polar = &features.cues[index].polar;
        for word in polar {
            for (other, earlier) in &polar_words {
                if are_opposites(&word.stem, other) || word.stem == *other {
                    peers.extend(earlier.iter().rev().take(POSTING_PEERS));
                }
            }
        }
        for word in polar {
            let list = polar_words.entry(word.stem.as_str()).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
        peers.sort_unstable();
        peers.dedup();
        pairs.extend(peers.into_iter().map(|peer| (peer, index)));
    }
    pairs
}

/// The features of `ids` as the text wrote them.
fn describe(features: &Features, ids: &[u32]) -> String {
    ids.iter()
        .map(|&id| features.surfaces[id as usize].as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The most weighty features two sentences share, for an `about` line.
fn shared_topic(features: &Features, a: usize, b: usize) -> String {
    let mut shared: Vec<(u32, f32)> = features.vectors[a]
        .iter()
        .filter_map(|&(id, w)| {
            features.vectors[b]
                .binary_search_by_key(&id, |(f, _)| *f)
                .ok()
                .map(|j| (id, w * features.vectors[b][j].1))
        })
        .collect();
    shared.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let ids: Vec<u32> = shared.into_iter().take(3).map(|(id, _)| id).collect();
    describe(features, &ids)
}

/// Whether two name features name the same thing: spelled nearly alike, or
/// sharing a word ("San Francisco Bay" / "Bay").
fn same_name(features: &Features, x: u32, y: u32) -> bool {
    let text = |id: u32| {
        let name = features.names[id as usize].as_str();
        name.split_once(':').map_or(name, |(_, n)| n)
    };
    let (tx, ty) = (text(x), text(y));
    if strsim::jaro_winkler(tx, ty) >= SAME_SPELLING {
        return true;
    }
    let words_x: Vec<String> = tx.split(' ').map(crate::text::stem).collect();
    ty.split(' ')
        .map(crate::text::stem)
        .any(|w| words_x.contains(&w))
}

/// Whether two similar sentences disagree, and about what.
pub fn conflict(features: &Features, a: usize, b: usize) -> Option<Conflict> {
    let (ca, cb) = (&features.cues[a], &features.cues[b]);
    let similarity = features.cosine(a, b);
    let topic = || shared_topic(features, a, b);
    let found = |kind, about: String| Some(Conflict { a, b, kind, about });

    // Words of opposite meaning (neither turned round by a negation, or both)
    // between the same names: "Lenin liked Stalin" / "Lenin despised Stalin".
    let same_frame = |x: &Polar, y: &Polar| {
        let agree = |p: Option<u32>, q: Option<u32>| p.is_none() || q.is_none() || p == q;
        let anchored = (x.before.is_some() && x.before == y.before)
            || (x.after.is_some() && x.after == y.after);
        anchored && agree(x.before, y.before) && agree(x.after, y.after)
    };
    // The same word, negated on one side only, is a denial.
    for x in &ca.polar {
        let opposed = cb.polar.iter().find_map(|y| {
            let opposite = are_opposites(&x.stem, &y.stem) && x.negated == y.negated;
            let denied = x.stem == y.stem && x.negated != y.negated;
            match (opposite, denied) {
                _ if !same_frame(x, y) => None,
                (true, _) => Some((DisagreementKind::Opposites, y)),
                (_, true) => Some((DisagreementKind::Negation, y)),
                _ => None,
            }
        });
        if let Some((kind, y)) = opposed {
            let say = |p: &Polar| {
                if p.negated {
                    format!("not {}", p.word)
                } else {
                    p.word.clone()
                }
            };
            return found(
                kind,
                format!(
                    "{}: \u{201C}{}\u{201D} or \u{201C}{}\u{201D}",
                    topic(),
                    say(x),
                    say(y)
                ),
            );
        }
    }
    if similarity < DISAGREEMENT_FLOOR {
        return None;
    }
    // The same numbers' frame with other numbers.
    if !ca.numbers.is_empty()
        && !cb.numbers.is_empty()
        && !ca.numbers.iter().any(|n| cb.numbers.contains(n))
    {
        let differing: Vec<u32> = features
            .only_in(a, b)
            .into_iter()
            .chain(features.only_in(b, a))
            .filter(|&id| features.names[id as usize].starts_with("n:"))
            .collect();
        if features.cosine_without(a, b, &differing) >= 0.6 {
            return found(
                DisagreementKind::Numbers,
                format!(
                    "{}: {} or {}",
                    topic(),
                    ca.numbers.join(", "),
                    cb.numbers.join(", ")
                ),
            );
        }
    }
    // The same frame with other names. A name on one side that is spelled
    // nearly alike, or shares a word, with a name on the other is the same
    // name written another way.
    let names_a: Vec<u32> = features
        .only_in(a, b)
        .into_iter()
        .filter(|id| ca.names.contains(id))
        .collect();
    let names_b: Vec<u32> = features
        .only_in(b, a)
        .into_iter()
        .filter(|id| cb.names.contains(id))
        .collect();
    let unmatched = |mine: &[u32], theirs: &[u32]| -> Vec<u32> {
        mine.iter()
            .copied()
            .filter(|&x| !theirs.iter().any(|&y| same_name(features, x, y)))
            .collect()
    };
    let (only_a, only_b) = (unmatched(&names_a, &names_b), unmatched(&names_b, &names_a));
    if !only_a.is_empty() && !only_b.is_empty() {
        let differing: Vec<u32> = only_a.iter().chain(&only_b).copied().collect();
        if features.cosine_without(a, b, &differing) >= 0.6 {
            return found(
                DisagreementKind::Names,
                format!(
                    "{}: {} or {}",
                    topic(),
                    describe(features, &only_a),
                    describe(features, &only_b)
                ),
            );
        }
    }
    // One says it, the other says it is not so: a negated word of one is
    // stated, not negated, by the other.
    let denies = |x: &super::features::Cues, y: &super::features::Cues| {
        x.negated_stems
            .iter()
            .any(|w| y.stems.contains(w) && !y.negated_stems.contains(w))
    };
    if similarity >= SAME_FACT && ca.negated != cb.negated && (denies(ca, cb) || denies(cb, ca)) {
        return found(
            DisagreementKind::Negation,
            format!("{}: is it so or not?", topic()),
        );
    }
    None
}

/// Groups sentences into facts, never joining two that conflict.
pub fn link(features: &Features) -> Linked {
    let count = features.vectors.len();
    let mut conflicts = Vec::new();
    let mut links = Vec::new();
    for (a, b) in candidate_pairs(features) {
        if let Some(c) = conflict(features, a, b) {
            conflicts.push(c);
            continue;
        }
        let similarity = features.cosine(a, b);
        if similarity >= SAME_FACT {
            links.push((similarity, a, b));
        }
    }
    links.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));

    // Union-find; each root keeps the sentences its members conflict with,
    // and the sum of its members' vectors (for the average-link check).
    let mut parent: Vec<usize> = (0..count).collect();
    let mut size: Vec<usize> = vec![1; count];
    let mut sums: Vec<HashMap<u32, f32>> = features
        .vectors
        .iter()
        .map(|v| v.iter().copied().collect())
        .collect();
    let mut enemies: Vec<Vec<usize>> = vec![Vec::new(); count];
    for c in &conflicts {
        enemies[c.a].push(c.b);
        enemies[c.b].push(c.a);
    }
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (_, a, b) in links {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra == rb {
            continue;
        }
        let clash = enemies[ra].iter().any(|&e| root(&mut parent, e) == rb)
            || enemies[rb].iter().any(|&e| root(&mut parent, e) == ra);
        // Average link: members of the two groups must be alike on average,
        // not only through the one pair that brought them together.
        let (small, large) = if sums[ra].len() <= sums[rb].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let across: f32 = sums[small]
            .iter()
            .filter_map(|(id, w)| sums[large].get(id).map(|v| w * v))
            .sum();
        let average = across / (size[ra] * size[rb]) as f32;
        if clash || average < SAME_FACT_AVERAGE {
            continue;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[gone] = keep;
        size[keep] += size[gone];
        let moved = std::mem::take(&mut enemies[gone]);
        enemies[keep].extend(moved);
        for (id, w) in std::mem::take(&mut sums[gone]) {
            *sums[keep].entry(id).or_default() += w;
        }
    }
    // Number facts by their first sentence.
    let mut number_of_root: HashMap<usize, usize> = HashMap::new();
    let fact_of = (0..count)
        .map(|i| {
            let r = root(&mut parent, i);
            let next = number_of_root.len();
            *number_of_root.entry(r).or_insert(next)
        })
        .collect();
    Linked { fact_of, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::terms::Terms;

    fn linked(sentences: &[&str]) -> Linked {
        let terms = Terms::discover(sentences.iter().copied());
        link(&Features::new(sentences.iter().copied(), &terms))
    }

    #[test]
    fn paraphrases_join_and_other_facts_stay_apart() {
        let result = linked(&[
            "Lenin recommended that Stalin be removed from the post of General Secretary.",
            "The Soviet Union had only one political party.",
            "Lenin recommended removing Stalin from his post as Secretary General.",
        ]);
        assert_eq!(result.fact_of, vec![0, 1, 0]);
        assert!(result.conflicts.is_empty());
    }

    #[test]
    fn different_dates_disagree_and_stay_apart() {
        let result = linked(&[
            "Lenin's Testament was written in 1922 in Moscow.",
            "Lenin's Testament was written in 1926 in Moscow.",
        ]);
        assert_ne!(result.fact_of[0], result.fact_of[1]);
        assert_eq!(result.conflicts.len(), 1);
        assert_eq!(result.conflicts[0].kind, DisagreementKind::Numbers);
        assert!(
            result.conflicts[0].about.contains("1922 or 1926"),
            "{}",
            result.conflicts[0].about
        );
    }

    #[test]
    fn negation_and_opposites_disagree() {
        let result = linked(&[
            "Stalin took over as sole leader of the Soviet Union.",
            "Stalin did not take over as sole leader of the Soviet Union.",
            "Lenin liked Stalin and his ambition.",
            "Lenin despised Stalin and his manners.",
        ]);
        let kinds: Vec<DisagreementKind> = result.conflicts.iter().map(|c| c.kind).collect();
        assert!(kinds.contains(&DisagreementKind::Negation), "{kinds:?}");
        assert!(kinds.contains(&DisagreementKind::Opposites), "{kinds:?}");
        assert_ne!(result.fact_of[0], result.fact_of[1]);
        assert_ne!(result.fact_of[2], result.fact_of[3]);
    }

    #[test]
    fn names_in_the_same_frame_disagree() {
        let result = linked(&[
            "The Testament was hidden by Stalin in the archive of the party.",
            "The Testament was hidden by Trotsky in the archive of the party.",
        ]);
        assert_eq!(result.conflicts.len(), 1);
        assert_eq!(result.conflicts[0].kind, DisagreementKind::Names);
    }
}
