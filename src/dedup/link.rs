//! Linking sentences that state the same fact, and spotting those that
//! disagree.
//!
//! In: the features of the corpus's distinct sentences. Out: a fact number per
//! sentence, and the pairs that disagree (never in one fact). Candidate pairs
//! come from an index of each sentence's rarest features (and of its words
//! with known opposites), so the work grows with the corpus, not its square.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::features::{Cues, Features, Polar};
use crate::model::DisagreementKind;
use crate::text::antonyms::{are_opposites, sides};
use crate::text::sparse::{add, dot};
use crate::union_find::UnionFind;

/// Sentences at least this similar (TF-IDF cosine) state the same fact.
pub const SAME_FACT: f32 = 0.4;
/// Two groups of sentences merge only if their members' average similarity
/// reaches this.
const SAME_FACT_AVERAGE: f32 = 0.35;
/// Pairs below this similarity are not checked for disagreement, except
/// through words of opposite meaning.
const DISAGREEMENT_FLOOR: f32 = 0.3;
/// A sentence this similar to an earlier one (cosine) is its near-identical
/// twin: it joins the twin's group and need not meet the rest.
const NEAR_IDENTICAL: f32 = 0.9;
/// Two sentences whose words, apart from the numbers or names they differ
/// in, are this alike (cosine) make the same statement.
const SAME_FRAME: f32 = 0.6;
/// Two names this alike (Jaro-Winkler) are one name spelt two ways.
const SAME_SPELLING: f64 = 0.85;
/// Each sentence is indexed under this many of its rarest features.
const INDEXED_FEATURES: usize = 4;
/// A sentence is compared with at most this many earlier sentences per
/// indexed feature.
const POSTING_PEERS: usize = 8;

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

/// Where a polar word can meet its opposite or its denial: the word's row
/// and side in the table of opposites (or the word itself), with a name
/// beside it. Sentences meet only through the same name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum PolarKey<'a> {
    Side(usize, bool, u32),
    Word(&'a str, u32),
}

/// The keys a polar word is filed under, and the keys it looks up.
fn polar_keys(word: &Polar) -> (Vec<PolarKey<'_>>, Vec<PolarKey<'_>>) {
    let (mut filed, mut wanted) = (Vec::new(), Vec::new());
    for name in word.before.into_iter().chain(word.after) {
        filed.push(PolarKey::Word(&word.stem, name));
        wanted.push(PolarKey::Word(&word.stem, name));
        for &(row, side) in sides(&word.stem) {
            filed.push(PolarKey::Side(row, side, name));
            wanted.push(PolarKey::Side(row, !side, name));
        }
    }
    (filed, wanted)
}

/// For each sentence, the earlier sentences it is compared with: those that
/// share one of its rarest features, or that have a word with a known
/// opposite (or its opposite) beside the same name. Each sentence meets at
/// most `POSTING_PEERS` earlier sentences per key, so the work stays linear.
fn candidates(features: &Features) -> Vec<Vec<usize>> {
    let mut all = Vec::with_capacity(features.vectors.len());
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut polar_postings: FxHashMap<PolarKey, Vec<usize>> = FxHashMap::default();
    let mut peers: Vec<usize> = Vec::new();
    for (index, vector) in features.vectors.iter().enumerate() {
        let mut rarest: Vec<u32> = vector.iter().map(|(id, _)| *id).collect();
        rarest.sort_by_key(|&id| (features.document_frequency[id as usize], id));
        rarest.truncate(INDEXED_FEATURES);
        peers.clear();
        for id in &rarest {
            let list = postings.entry(*id).or_default();
            peers.extend(list.iter().rev().take(POSTING_PEERS));
            list.push(index);
        }
        for word in &features.cues[index].polar {
            let (filed, wanted) = polar_keys(word);
            for key in wanted {
                let earlier = polar_postings.get(&key).into_iter().flatten();
                peers.extend(earlier.rev().take(POSTING_PEERS));
            }
            for key in filed {
                let list = polar_postings.entry(key).or_default();
                if list.last() != Some(&index) {
                    list.push(index);
                }
            }
        }
        peers.sort_unstable();
        peers.dedup();
        all.push(peers.clone());
    }
    all
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
    // Jaro-Winkler only for names of about the same length: it is the
    // costly test, and names of very different lengths are not misspellings.
    let (short, long) = (tx.len().min(ty.len()), tx.len().max(ty.len()));
    if 4 * short >= 3 * long && strsim::jaro_winkler(tx, ty) >= SAME_SPELLING {
        return true;
    }
    // Names hold stems ("wrestl") or whole words ("wrestling"): a word that
    // begins another counts as the same word.
    let alike =
        |x: &str, y: &str| x.len() >= 3 && y.len() >= 3 && (x.starts_with(y) || y.starts_with(x));
    tx.split(' ').any(|x| ty.split(' ').any(|y| alike(x, y)))
}

/// Words of opposite meaning (neither turned round by a negation, or both)
/// between the same names — "Lenin liked Stalin" / "Lenin despised Stalin" —
/// or the same word negated on one side only.
fn opposite_words(features: &Features, a: usize, b: usize) -> Option<(DisagreementKind, String)> {
    // The same subject (or one unnamed) and the same object, one of them named.
    let same_frame = |x: &Polar, y: &Polar| {
        let agree = |p: Option<u32>, q: Option<u32>| p.is_none() || q.is_none() || p == q;
        let anchored = (x.before.is_some() && x.before == y.before)
            || (x.after.is_some() && x.after == y.after);
        anchored && agree(x.before, y.before) && x.after == y.after
    };
    let say = |p: &Polar| {
        if p.negated {
            format!("did not {}", p.word)
        } else {
            p.word.clone()
        }
    };
    for x in &features.cues[a].polar {
        for y in features.cues[b].polar.iter().filter(|y| same_frame(x, y)) {
            let kind = if x.negated == y.negated && are_opposites(&x.stem, &y.stem) {
                DisagreementKind::Opposites
            } else if x.negated != y.negated && x.stem == y.stem {
                DisagreementKind::Negation
            } else {
                continue;
            };
            // "whether Lenin liked or despised Stalin", naming who and whom
            // where the sentences do.
            let name = |n: Option<u32>| n.map(|id| features.surfaces[id as usize].clone());
            let who = name(x.before.or(y.before));
            let whom = name(x.after.or(y.after));
            let stated = if x.negated { y } else { x };
            let about = match (who, whom) {
                (Some(who), Some(whom)) if kind == DisagreementKind::Negation => {
                    format!("whether {who} {} {whom} or not", stated.word)
                }
                (Some(who), Some(whom)) => format!("whether {who} {} or {} {whom}", say(x), say(y)),
                (Some(who), None) => format!("whether {who} {} or {}", say(x), say(y)),
                (None, Some(whom)) => format!("whether {whom} was {} or {}", say(x), say(y)),
                (None, None) => {
                    format!("{}: {} or {}", shared_topic(features, a, b), say(x), say(y))
                }
            };
            return Some((kind, about));
        }
    }
    None
}

/// Whether two sentences both give numbers and share none ("22,000 died
/// in the French years", "4,000 died in the American years"): if they are
/// not the same statement with other numbers, they are two statements.
fn other_counts(features: &Features, a: usize, b: usize) -> bool {
    let (ca, cb) = (&features.cues[a], &features.cues[b]);
    !ca.numbers.is_empty()
        && !cb.numbers.is_empty()
        && !ca.numbers.iter().any(|n| cb.numbers.contains(n))
}

/// The same statement with other numbers. Numbers both give are no
/// difference: "from about 20 Hz to 20,000 Hz" and "from about 20 Hz up to
/// about 15,000 Hz" differ in the top of the range.
fn other_numbers(features: &Features, a: usize, b: usize) -> Option<(DisagreementKind, String)> {
    let (ca, cb) = (&features.cues[a], &features.cues[b]);
    let only = |x: &Cues, y: &Cues| -> Vec<String> {
        x.numbers
            .iter()
            .filter(|n| !y.numbers.contains(n))
            .cloned()
            .collect()
    };
    let (only_a, only_b) = (only(ca, cb), only(cb, ca));
    if only_a.is_empty() || only_b.is_empty() {
        return None;
    }
    let differing: Vec<u32> = features
        .only_in(a, b)
        .into_iter()
        .chain(features.only_in(b, a))
        .filter(|&id| features.names[id as usize].starts_with("n:"))
        .collect();
    (features.cosine_without(a, b, &differing) >= SAME_FRAME).then(|| {
        let about = format!(
            "{}: {} or {}",
            shared_topic(features, a, b),
            only_a.join(", "),
            only_b.join(", ")
        );
        (DisagreementKind::Numbers, about)
    })
}

/// The same statement with other names. A name on one side that is spelled
/// nearly alike, or shares a word, with a name on the other is the same name
/// written another way.
fn other_names(features: &Features, a: usize, b: usize) -> Option<(DisagreementKind, String)> {
    let missing_in = |y: usize| move |&id: &u32| !features.has(y, id);
    let (ca, cb) = (&features.cues[a], &features.cues[b]);
    if !ca.names.iter().any(missing_in(b)) || !cb.names.iter().any(missing_in(a)) {
        return None;
    }
    let names_a: Vec<u32> = ca.names.iter().copied().filter(missing_in(b)).collect();
    let names_b: Vec<u32> = cb.names.iter().copied().filter(missing_in(a)).collect();
    let unmatched = |mine: &[u32], theirs: &[u32]| -> Vec<u32> {
        mine.iter()
            .copied()
            .filter(|&x| !theirs.iter().any(|&y| same_name(features, x, y)))
            .collect()
    };
    let only_a = unmatched(&names_a, &names_b);
    let only_b = unmatched(&names_b, &names_a);
    if only_a.is_empty() || only_b.is_empty() {
        return None;
    }
    let differing: Vec<u32> = only_a.iter().chain(&only_b).copied().collect();
    (features.cosine_without(a, b, &differing) >= SAME_FRAME).then(|| {
        let about = format!(
            "{}: {} or {}",
            shared_topic(features, a, b),
            describe(features, &only_a),
            describe(features, &only_b)
        );
        (DisagreementKind::Names, about)
    })
}

/// One says it, the other that it is not so: a word negated in one
/// sentence is stated, not negated, in the other (which has no negation).
fn denial(
    features: &Features,
    a: usize,
    b: usize,
    similarity: f32,
) -> Option<(DisagreementKind, String)> {
    let (ca, cb) = (&features.cues[a], &features.cues[b]);
    let denies =
        |x: &Cues, other: usize| x.negated_features.iter().any(|&id| features.has(other, id));
    let denied = match (ca.negated, cb.negated) {
        (true, false) => denies(ca, b),
        (false, true) => denies(cb, a),
        _ => false,
    };
    (denied && similarity >= SAME_FACT).then(|| {
        let about = format!("{}: is it so or not?", shared_topic(features, a, b));
        (DisagreementKind::Negation, about)
    })
}

/// Whether two sentences of the given similarity disagree, and about what.
/// Pairs less alike than `DISAGREEMENT_FLOOR` can only disagree through
/// words of opposite meaning.
pub fn conflict(features: &Features, a: usize, b: usize, similarity: f32) -> Option<Conflict> {
    let found = opposite_words(features, a, b).or_else(|| {
        if similarity < DISAGREEMENT_FLOOR {
            return None;
        }
        other_numbers(features, a, b)
            .or_else(|| other_names(features, a, b))
            .or_else(|| denial(features, a, b, similarity))
    });
    found.map(|(kind, about)| Conflict { a, b, kind, about })
}

/// What comparing one sentence with its candidates found: conflicts, and
/// links as (similarity, earlier, later).
type Compared = (Vec<Conflict>, Vec<(f32, usize, usize)>);

/// Compares sentence `b` with its earlier candidates, most similar first:
/// the conflicts found, and the links (similarity, a, b) it may make. Once
/// the sentence has a near-identical twin it joins the twin's group, which
/// has already met the others.
fn compare(features: &Features, b: usize, peers: &[usize]) -> Compared {
    let mut ranked: Vec<(f32, usize)> = peers.iter().map(|&a| (features.cosine(a, b), a)).collect();
    ranked.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let (mut conflicts, mut links) = (Vec::new(), Vec::new());
    for (similarity, a) in ranked {
        if let Some(c) = conflict(features, a, b, similarity) {
            conflicts.push(c);
        } else if similarity >= SAME_FACT && !other_counts(features, a, b) {
            links.push((similarity, a, b));
            if similarity >= NEAR_IDENTICAL {
                break;
            }
        }
    }
    (conflicts, links)
}

/// Groups sentences into facts, never joining two that conflict.
pub fn link(features: &Features) -> Linked {
    let count = features.vectors.len();
    let mut conflicts = Vec::new();
    let mut links = Vec::new();
    // Each sentence is compared with its candidates in parallel; the results
    // are gathered in sentence order, so the outcome does not depend on threads.
    let compared: Vec<Compared> = candidates(features)
        .into_par_iter()
        .enumerate()
        .map(|(b, peers)| compare(features, b, &peers))
        .collect();
    for (found, linked) in compared {
        conflicts.extend(found);
        links.extend(linked);
    }
    links.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));

    // Union-find; each root keeps the sentences its members conflict with,
    // and the sum of its members' vectors (for the average-link check).
    let mut sets = UnionFind::new(count);
    let mut size: Vec<usize> = vec![1; count];
    let mut sums: Vec<Vec<(u32, f32)>> = Vec::new();
    let mut sum_of: Vec<Option<usize>> = vec![None; count];
    let mut enemies: Vec<Vec<usize>> = vec![Vec::new(); count];
    for c in &conflicts {
        enemies[c.a].push(c.b);
        enemies[c.b].push(c.a);
    }
    for (_, a, b) in links {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if ra == rb {
            continue;
        }
        let clash = enemies[ra].iter().any(|&e| sets.find(e) == rb)
            || enemies[rb].iter().any(|&e| sets.find(e) == ra);
        if clash {
            continue;
        }
        // Average link: members of the two groups must be alike on average,
        // not only through the one pair that brought them together.
        let vector =
            |r: usize| sum_of[r].map_or(features.vectors[r].as_slice(), |s| sums[s].as_slice());
        let average = dot(vector(ra), vector(rb)) / (size[ra] * size[rb]) as f32;
        if average < SAME_FACT_AVERAGE {
            continue;
        }
        let merged = add(vector(ra), vector(rb));
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        sets.join(keep, gone);
        size[keep] += size[gone];
        let moved = std::mem::take(&mut enemies[gone]);
        enemies[keep].extend(moved);
        match sum_of[keep] {
            Some(slot) => sums[slot] = merged,
            None => {
                sum_of[keep] = Some(sums.len());
                sums.push(merged);
            }
        }
        if let Some(slot) = sum_of[gone] {
            sums[slot] = Vec::new();
        }
    }
    // Number facts by their first sentence.
    let mut number_of_root: FxHashMap<usize, usize> = FxHashMap::default();
    let fact_of = (0..count)
        .map(|i| {
            let r = sets.find(i);
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
    fn a_range_with_another_top_disagrees_about_the_top_alone() {
        let result = linked(&[
            "Humans can hear frequencies from about 20 Hz to 20,000 Hz.",
            "Humans can hear sounds from about 20 Hz up to about 15,000 Hz.",
            "The crew of 20 sailed in 1628 and sank in 1628.",
        ]);
        assert_eq!(result.conflicts.len(), 1);
        assert_eq!(result.conflicts[0].kind, DisagreementKind::Numbers);
        assert!(
            result.conflicts[0].about.ends_with("20,000 or 15,000"),
            "{}",
            result.conflicts[0].about
        );
        assert_ne!(result.fact_of[0], result.fact_of[1]);
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
    fn sentences_with_other_numbers_are_never_one_fact() {
        let result = linked(&[
            "Around 22,000 people are thought to have died during the French years.",
            "Around 4,000 workers died during the American years.",
        ]);
        assert_ne!(result.fact_of[0], result.fact_of[1]);
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
