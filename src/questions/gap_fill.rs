//! Gap-fill questions: a sentence from the sources with one name or year
//! blanked out; the blanked terms form the section's word bank.
//!
//! In: the theme's material. Out: drafts whose answers are all different, one
//! per fact, preferring years and multi-word names in well-supported sentences.

use std::collections::HashSet;

use super::{Draft, Material, Quote};
use crate::model::{Level, QuestionKind};
use crate::rng::Rng;
use crate::text::words::without_possessive;
use crate::text::{is_stop_word, stem, tokens};

/// What the student sees in place of the answer.
pub const BLANK: &str = "__________";

/// Sentences that open with these words lean on an earlier sentence.
const DEPENDENT_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "this", "these", "that", "those", "his", "her", "its", "their",
    "him", "them", "such", "also", "however", "but", "and",
];

/// Shortest and longest sentence, in words, worth a gap-fill.
const WORDS: std::ops::RangeInclusive<usize> = 6..=40;

/// A blankable span of a sentence: byte range and how good a target it is.
struct Target {
    start: usize,
    end: usize,
    weight: f64,
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2099).contains(&y))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && !is_stop_word(word)
}

/// Years, and runs of capitalised words that do not open the sentence.
fn targets(sentence: &str) -> Vec<Target> {
    let words = tokens(sentence);
    let mut out = Vec::new();
    let mut i = 1;
    while i < words.len() {
        if is_year(words[i].text) {
            out.push(Target {
                start: words[i].start,
                end: words[i].end,
                weight: 3.0,
            });
            i += 1;
            continue;
        }
        if !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < words.len()
            && is_capitalised(words[i + 1].text)
            && sentence[words[i].end..words[i + 1].start].trim().is_empty()
            && without_possessive(words[i].text) == words[i].text
        {
            i += 1;
        }
        let last = &words[i];
        out.push(Target {
            start: words[first].start,
            end: last.start + without_possessive(last.text).len(),
            weight: if i > first { 2.0 } else { 1.0 },
        });
        i += 1;
    }
    out
}

/// Whether a sentence can stand alone as a gap-fill item.
fn stands_alone(sentence: &str) -> bool {
    let words = tokens(sentence);
    WORDS.contains(&words.len())
        && sentence.ends_with('.')
        && !DEPENDENT_OPENERS.contains(&words[0].text.to_lowercase().as_str())
}

pub fn write(material: &Material, wanted: usize, rng: &mut Rng) -> Vec<Draft> {
    let anchor = material.theme.keywords.first().map(|k| stem(k));
    let mut candidates = Vec::new();
    for (order, fact) in material.facts.iter().enumerate() {
        let Some((passage, sentence)) = material.first_statement(fact) else {
            continue;
        };
        if !stands_alone(sentence) {
            continue;
        }
        let on_theme = anchor
            .as_ref()
            .is_some_and(|a| tokens(sentence).iter().any(|t| &stem(t.text) == a));
        for target in targets(sentence) {
            let answer = &sentence[target.start..target.end];
            let rest = format!("{} {}", &sentence[..target.start], &sentence[target.end..]);
            if rest.to_lowercase().contains(&answer.to_lowercase()) {
                continue;
            }
            let score = target.weight
                + 0.5 * (fact.support.len() as f64 - 1.0)
                + if on_theme { 1.0 } else { 0.0 };
            candidates.push((score, rng.next_u64(), order, passage, sentence, target));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let mut used_answers = HashSet::new();
    let mut used_facts = HashSet::new();
    let mut chosen = Vec::new();
    for (_, _, order, passage, sentence, target) in candidates {
        if chosen.len() == wanted {
            break;
        }
        let answer = &sentence[target.start..target.end];
        if !used_facts.insert(order) || !used_answers.insert(answer.to_lowercase()) {
            continue;
        }
        let draft = Draft {
            kind: QuestionKind::GapFill,
            level: Level::Recall,
            stem: format!(
                "{}{BLANK}{}",
                &sentence[..target.start],
                &sentence[target.end..]
            ),
            answer: answer.to_string(),
            marking_guide: Vec::new(),
            quotes: vec![Quote {
                passage: passage.id.clone(),
                text: sentence.to_string(),
            }],
            points: 1,
            answer_lines: 0,
        };
        chosen.push((order, draft));
    }
    chosen.sort_by_key(|(order, _)| *order);
    chosen.into_iter().map(|(_, draft)| draft).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(sentence: &str) -> Vec<&str> {
        targets(sentence)
            .iter()
            .map(|t| &sentence[t.start..t.end])
            .collect()
    }

    #[test]
    fn targets_are_years_and_names_not_at_the_start() {
        assert_eq!(
            answers("Lenin warned the Central Committee in 1923 about Stalin's rudeness."),
            vec!["Central Committee", "1923", "Stalin"]
        );
    }

    #[test]
    fn dependent_or_fragment_sentences_are_not_used() {
        assert!(stands_alone("Lenin died in 1924 after a long illness."));
        assert!(!stands_alone("He died in 1924 after a long illness."));
        assert!(!stands_alone("Died in 1924."));
        assert!(!stands_alone("Did Lenin die in 1924 after a long illness?"));
    }
}
