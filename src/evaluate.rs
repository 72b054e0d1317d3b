//! Measuring the pipeline against hand labels.
//!
//! In: a gold file (the TOML shape of `communist-party.toml`: same-fact
//! groups, disagreements, themes, with sentences named by a unique prefix)
//! and the pipeline's `Facts`. Out: scores — pairwise recall of the same-fact
//! groups, merges across groups, disagreements found — and pairwise
//! precision/recall of any clustering against true labels. Used by the tests
//! and by the `eval` program.

use std::collections::HashMap;

use serde::Deserialize;

use crate::model::{Fact, Facts, SentenceRef, Theme};
use crate::text::{comparison_form, display_text};

/// The folder of shared labelled data: $STUDYPACK_SHARED, or `../shared`
/// beside the repository.
pub fn shared_dir() -> std::path::PathBuf {
    std::env::var_os("STUDYPACK_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// A group of sentences that state one fact.
#[derive(Debug, Clone, Deserialize)]
pub struct SameFact {
    pub fact: String,
    pub sentences: Vec<String>,
}

/// Two sentences that disagree.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDisagreement {
    pub about: String,
    pub a: String,
    pub b: String,
}

/// A theme and the sentences that belong to it.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldTheme {
    pub slug: String,
    pub about: String,
    pub sentences: Vec<String>,
}

/// A fact a teacher would ask about, with the answer the key should give
/// ("/" and ";" separate accepted answers).
#[derive(Debug, Clone, Deserialize)]
pub struct KeyFact {
    pub question: String,
    pub answer: String,
}

/// Hand labels for one corpus.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub title: String,
    #[serde(default)]
    pub not_passages: Vec<String>,
    #[serde(default)]
    pub bullet_line: Option<String>,
    #[serde(default)]
    pub bullet_items: Vec<String>,
    #[serde(default)]
    pub same_fact: Vec<SameFact>,
    #[serde(default)]
    pub disagreement: Vec<GoldDisagreement>,
    #[serde(default)]
    pub theme: Vec<GoldTheme>,
    #[serde(default)]
    pub key_fact: Vec<KeyFact>,
}

impl Gold {
    pub fn parse(text: &str) -> Result<Gold, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

/// The sentence of the corpus (kept or dropped passage) that starts with
/// `prefix`, compared in comparison form.
pub fn find_sentence(facts: &Facts, prefix: &str) -> Option<SentenceRef> {
    let wanted = comparison_form(&display_text(prefix));
    facts.all_passages.iter().find_map(|p| {
        p.sentences
            .iter()
            .position(|s| comparison_form(s).starts_with(&wanted))
            .map(|sentence| SentenceRef {
                passage: p.id.clone(),
                sentence,
            })
    })
}

/// The fact that holds a sentence.
pub fn fact_of<'a>(facts: &'a Facts, at: &SentenceRef) -> Option<&'a Fact> {
    facts.facts.iter().find(|f| f.sentences.contains(at))
}

/// The sentences a theme puts on the page: the sentences of its facts that
/// stand in its passages.
pub fn theme_sentences(facts: &Facts, theme: &Theme) -> Vec<SentenceRef> {
    facts
        .facts
        .iter()
        .filter(|f| theme.facts.contains(&f.id))
        .flat_map(|f| f.sentences.iter())
        .filter(|s| theme.passages.contains(&s.passage))
        .cloned()
        .collect()
}

/// Precision and recall of a theme's sentences against a gold theme.
pub fn score_theme(gold: &GoldTheme, facts: &Facts, theme: &Theme) -> (f64, f64) {
    let wanted: Vec<SentenceRef> = gold
        .sentences
        .iter()
        .filter_map(|s| find_sentence(facts, s))
        .collect();
    let chosen = theme_sentences(facts, theme);
    let both = chosen.iter().filter(|s| wanted.contains(s)).count();
    (ratio(both, chosen.len()), ratio(both, wanted.len()))
}

/// Whether a pack tests a key fact: some question's answer (or, for a
/// true/false statement, the statement itself) holds a word of one of the
/// key's accepted answers that is not among the corpus's commonest words.
pub fn covers(pack: &crate::model::Pack, key: &KeyFact, common: &[String]) -> bool {
    let answers = key.answer.split(['/', ';']).map(str::trim);
    let distinctive: Vec<String> = answers
        .flat_map(|a| {
            crate::text::tokens(a)
                .into_iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
        })
        .filter(|w| {
            (w.len() >= 4 || w.chars().all(|c| c.is_numeric())) && !crate::text::is_stop_word(w)
        })
        .filter(|w| !common.contains(&crate::text::stem(w)))
        .collect();
    pack.questions().any(|q| {
        let mut text = q.answer.to_lowercase();
        if q.kind == crate::model::QuestionKind::TrueFalse {
            text.push(' ');
            text.push_str(&q.stem.to_lowercase());
        }
        distinctive.iter().any(|w| text.contains(w.as_str()))
    })
}

/// How the facts compare with the gold's same-fact groups and disagreements.
#[derive(Debug, Clone, PartialEq)]
pub struct DedupScore {
    /// Gold sentences not found in the corpus (labels out of date).
    pub missing: Vec<String>,
    /// Pairs inside gold groups, and how many of them share a fact.
    pub group_pairs: usize,
    pub linked_pairs: usize,
    /// Pairs from two different gold groups that share a fact.
    pub cross_merges: Vec<(String, String)>,
    /// Gold disagreements found as disagreements (in either order).
    pub disagreements_found: usize,
    pub disagreements_total: usize,
    /// Gold disagreements whose two sentences were merged into one fact.
    pub disagreements_merged: usize,
}

impl DedupScore {
    pub fn recall(&self) -> f64 {
        ratio(self.linked_pairs, self.group_pairs)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

pub fn score_dedup(gold: &Gold, facts: &Facts) -> DedupScore {
    let mut missing = Vec::new();
    let mut locate = |prefix: &str| {
        let found = find_sentence(facts, prefix);
        if found.is_none() {
            missing.push(prefix.to_string());
        }
        found.and_then(|at| fact_of(facts, &at).map(|f| (at, f.id.clone())))
    };
    let groups: Vec<Vec<(String, String)>> = gold
        .same_fact
        .iter()
        .map(|g| {
            g.sentences
                .iter()
                .filter_map(|s| locate(s).map(|(_, fact)| (s.clone(), fact)))
                .collect()
        })
        .collect();
    let mut group_pairs = 0;
    let mut linked_pairs = 0;
    for group in &groups {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                group_pairs += 1;
                linked_pairs += usize::from(a.1 == b.1);
            }
        }
    }
    let mut cross_merges = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        for other in &groups[g + 1..] {
            for a in group {
                for b in other.iter().filter(|b| b.1 == a.1) {
                    cross_merges.push((a.0.clone(), b.0.clone()));
                }
            }
        }
    }
    let mut disagreements_found = 0;
    let mut disagreements_merged = 0;
    for d in &gold.disagreement {
        let (Some((a, fa)), Some((b, fb))) = (locate(&d.a), locate(&d.b)) else {
            continue;
        };
        disagreements_merged += usize::from(fa == fb);
        let found = facts
            .disagreements
            .iter()
            .any(|x| (x.a == a && x.b == b) || (x.a == b && x.b == a));
        disagreements_found += usize::from(found);
    }
    DedupScore {
        missing,
        group_pairs,
        linked_pairs,
        cross_merges,
        disagreements_found,
        disagreements_total: gold.disagreement.len(),
        disagreements_merged,
    }
}

/// Pairwise precision and recall of a predicted clustering against the
/// truth; both slices give one cluster label per item.
pub fn pairwise<P, T>(predicted: &[P], truth: &[T]) -> (f64, f64)
where
    P: std::hash::Hash + Eq,
    T: std::hash::Hash + Eq,
{
    let pairs = |n: usize| n * n.saturating_sub(1) / 2;
    let mut cells: HashMap<(&P, &T), usize> = HashMap::new();
    let mut predicted_sizes: HashMap<&P, usize> = HashMap::new();
    let mut true_sizes: HashMap<&T, usize> = HashMap::new();
    for (p, t) in predicted.iter().zip(truth) {
        *cells.entry((p, t)).or_default() += 1;
        *predicted_sizes.entry(p).or_default() += 1;
        *true_sizes.entry(t).or_default() += 1;
    }
    let both: usize = cells.values().map(|&n| pairs(n)).sum();
    let predicted_pairs: usize = predicted_sizes.values().map(|&n| pairs(n)).sum();
    let true_pairs: usize = true_sizes.values().map(|&n| pairs(n)).sum();
    (ratio(both, predicted_pairs), ratio(both, true_pairs))
}

/// Normalised mutual information (arithmetic-mean normalisation) and
/// adjusted Rand index of a predicted clustering against the truth.
pub fn nmi_and_ari<P, T>(predicted: &[P], truth: &[T]) -> (f64, f64)
where
    P: std::hash::Hash + Eq,
    T: std::hash::Hash + Eq,
{
    let n = predicted.len() as f64;
    let mut cells: HashMap<(&P, &T), f64> = HashMap::new();
    let mut rows: HashMap<&P, f64> = HashMap::new();
    let mut columns: HashMap<&T, f64> = HashMap::new();
    for (p, t) in predicted.iter().zip(truth) {
        *cells.entry((p, t)).or_default() += 1.0;
        *rows.entry(p).or_default() += 1.0;
        *columns.entry(t).or_default() += 1.0;
    }
    let entropy = |sizes: Vec<f64>| -> f64 { sizes.iter().map(|&c| -(c / n) * (c / n).ln()).sum() };
    let mutual: f64 = cells
        .iter()
        .map(|((p, t), &c)| (c / n) * ((c * n) / (rows[p] * columns[t])).ln())
        .sum();
    let (hp, ht) = (
        entropy(rows.values().copied().collect()),
        entropy(columns.values().copied().collect()),
    );
    let nmi = if hp + ht == 0.0 {
        1.0
    } else {
        2.0 * mutual / (hp + ht)
    };
    let pairs = |x: f64| x * (x - 1.0) / 2.0;
    let index: f64 = cells.values().map(|&c| pairs(c)).sum();
    let row_pairs: f64 = rows.values().map(|&c| pairs(c)).sum();
    let column_pairs: f64 = columns.values().map(|&c| pairs(c)).sum();
    let expected = row_pairs * column_pairs / pairs(n);
    let maximum = (row_pairs + column_pairs) / 2.0;
    let ari = if maximum == expected {
        1.0
    } else {
        (index - expected) / (maximum - expected)
    };
    (nmi, ari)
}

#[cfg(test)]
mod tests {
    use super::{nmi_and_ari, pairwise};

    #[test]
    fn nmi_and_ari_are_one_for_a_perfect_match_and_low_for_noise() {
        let (nmi, ari) = nmi_and_ari(&[5, 5, 7, 7, 9, 9], &["a", "a", "b", "b", "c", "c"]);
        assert!((nmi - 1.0).abs() < 1e-9 && (ari - 1.0).abs() < 1e-9);
        let (nmi, ari) = nmi_and_ari(&[0, 1, 0, 1, 0, 1], &["a", "a", "b", "b", "c", "c"]);
        assert!(nmi < 0.2 && ari < 0.0, "{nmi} {ari}");
    }

    #[test]
    fn pairwise_scores_count_pairs() {
        // Truth: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}.
        let (precision, recall) = pairwise(&[0, 0, 1, 1, 1], &["a", "a", "a", "b", "b"]);
        // Predicted pairs: 1 + 3 = 4, of which (0,1) and (3,4) are true: 2/4.
        assert_eq!(precision, 0.5);
        // True pairs: 3 + 1 = 4, of which 2 were found.
        assert_eq!(recall, 0.5);
        assert_eq!(pairwise(&[1, 2, 3], &[1, 2, 3]), (1.0, 1.0));
    }
}
