//! How hard a text is to read: the Flesch-Kincaid grade level.
//!
//! In: display text. Out: its word count and its grade (the US school
//! grade whose pupils can read it: 0.39 × words per sentence + 11.8 ×
//! syllables per word − 15.59, from 0 up), with syllables counted by vowel
//! groups — the usual approximation, within a syllable for most words.

use super::{split_sentences, tokens};

/// Syllables in one English word, by its groups of vowels: a final silent
/// "e" ("stone") does not count, a final "-le" after a consonant ("table")
/// does, and every word has at least one.
pub fn syllables(word: &str) -> usize {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups: usize = 0;
    let mut previous_vowel = false;
    for &c in &lower {
        let is_vowel = vowel(c);
        if is_vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = is_vowel;
    }
    let n = lower.len();
    let silent_e = n > 2 && lower[n - 1] == 'e' && !vowel(lower[n - 2]);
    let consonant_le = silent_e && lower[n - 2] == 'l' && n > 3 && !vowel(lower[n - 3]);
    if silent_e && !consonant_le {
        groups = groups.saturating_sub(1);
    }
    groups.max(1)
}

/// The text's words and its Flesch-Kincaid grade, rounded to one decimal
/// (0 for a text without words).
pub fn grade(text: &str) -> (usize, f64) {
    let words: Vec<&str> = tokens(text)
        .into_iter()
        .map(|t| t.text)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return (0, 0.0);
    }
    let sentences = split_sentences(text).len().max(1) as f64;
    let count = words.len() as f64;
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let grade = 0.39 * count / sentences + 11.8 * syllables as f64 / count - 15.59;
    (words.len(), (grade.max(0.0) * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_vowel_groups() {
        for (word, expected) in [
            ("cat", 1),
            ("stone", 1),
            ("table", 2),
            ("party", 2),
            ("communist", 3),
            ("secretary", 4),
            ("the", 1),
            ("rhythm", 1),
            ("a", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_read_easier_than_long_latinate_ones() {
        let (words, easy) = grade("The cat sat on the mat. The dog ran to the park.");
        assert_eq!(words, 12);
        let (_, hard) = grade(
            "The administration's consolidation of organisational authority precipitated considerable institutional deterioration throughout the subsequent decade.",
        );
        assert!(easy < 2.0, "{easy}");
        assert!(hard > 16.0, "{hard}");
        assert_eq!(grade("..."), (0, 0.0));
    }
}
