//! A long sentence's independent clauses, as sentences of their own.
//!
//! In: an analysed sentence. Out: its clauses joined by "; " or by ", and"
//! (", but", ", so", ", yet") before a new subject and its verb — "The
//! eldest son went into the forest, and he met an old man." -> "The eldest
//! son went into the forest." and "He met an old man." — or nothing when
//! the sentence has one clause, is speech, or ends as no statement does. A
//! clause opening with a joining word ("But the princess ...", "And then
//! ...") is given without it.
//! Questions can then use one event of a sentence that tells three; the
//! evidence is still the whole sentence.

use super::clause::capitalise;
use crate::text::analysis::Analysis;
use crate::text::tagger::Tag;

/// Conjunctions that join two clauses after a comma.
const JOINING: &[&str] = &["and", "but", "so", "yet"];

/// Words that join a clause to the sentence before it and can be left out
/// without changing what it says happened.
const OPENERS: &[&str] = &["and", "but", "so", "then", "now", "yet"];

/// A clause needs this many words to say something.
const MIN_CLAUSE_WORDS: usize = 4;

/// How far after its start a clause's verb may stand ("the old man with
/// the grey beard said").
const SUBJECT_REACH: usize = 6;

/// Whether words from `start` open a clause: a subject (a pronoun, a name,
/// or a noun phrase with its determiner) and then a verb.
fn opens_clause(a: &Analysis, start: usize) -> bool {
    let words = &a.words;
    let Some(first) = words.get(start) else {
        return false;
    };
    // "and stood and stared": a verb the tagger took for a noun opens no
    // clause, so a bare noun does not count as a subject.
    if !matches!(first.tag, Tag::Pron | Tag::Det | Tag::Propn) {
        return false;
    }
    // "and that was all": a demonstrative alone leans on what came before.
    if first.tag == Tag::Pron
        && matches!(
            first.text.to_lowercase().as_str(),
            "that" | "this" | "it" | "which" | "who"
        )
    {
        return false;
    }
    words[start + 1..]
        .iter()
        .take(SUBJECT_REACH)
        .take_while(|w| w.tag != Tag::Punct)
        .any(|w| matches!(w.tag, Tag::Verb | Tag::Aux))
}

/// The sentence's independent clauses, each written as a sentence; empty
/// when it has only one.
pub fn clauses(a: &Analysis) -> Vec<String> {
    let words = &a.words;
    let text = a.text.trim_end();
    let quoted = text.contains(['"', '\u{201C}', '\u{201D}', '\'', '\u{2018}']);
    if !text.ends_with('.') || quoted || words.len() < 2 * MIN_CLAUSE_WORDS {
        return Vec::new();
    }
    let joined = |k: usize| {
        let w = &words[k];
        JOINING.contains(&w.text.to_lowercase().as_str())
            && words[k - 1].text == ","
            && w.tag == Tag::Cconj
    };
    // The last ", and" before a new clause: clauses listed before it with
    // commas ("Every branch receives the full voltage, the currents add
    // up, and the resistance is smaller") are cut at their commas too.
    let last_join = (1..words.len())
        .rev()
        .find(|&k| joined(k) && opens_clause(a, k + 1));
    // Word indices where a new clause starts, and where the one before ends.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (k, w) in words.iter().enumerate().skip(1) {
        let semicolon = w.text == ";";
        let span_start = cuts.last().map_or(0, |&(_, next)| next);
        let listed = w.text == ","
            && last_join.is_some_and(|j| k + 1 < j)
            && words.get(k + 1).is_none_or(|n| n.tag != Tag::Cconj)
            && opens_clause(a, span_start)
            && opens_clause(a, k + 1);
        let joined = joined(k);
        // "; but the poor one could not": the opener is dropped below.
        let opener_next = words
            .get(k + 1)
            .is_some_and(|n| OPENERS.contains(&n.text.to_lowercase().as_str()));
        if semicolon && (opens_clause(a, k + 1) || (opener_next && opens_clause(a, k + 2))) {
            cuts.push((k, k + 1));
        } else if joined && opens_clause(a, k + 1) {
            cuts.push((k - 1, k + 1));
        } else if listed {
            cuts.push((k, k + 1));
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for &(end, next) in &cuts {
        spans.push((start, end));
        start = next;
    }
    spans.push((start, words.len()));
    // "But the princess had told her sisters ...": a joining word that
    // opens a clause leans on the one before; the clause stands without it.
    let mut unjoined = false;
    for (first, _) in &mut spans {
        let opener = words[*first].text.to_lowercase();
        let mut rest = *first + 1;
        if words.get(rest).is_some_and(|w| w.text == ",") {
            rest += 1;
        }
        if OPENERS.contains(&opener.as_str()) && opens_clause(a, rest) {
            *first = rest;
            unjoined = true;
        }
    }
    if (cuts.is_empty() && !unjoined)
        || spans
            .iter()
            .any(|&(first, end)| end.saturating_sub(first) < MIN_CLAUSE_WORDS)
    {
        return Vec::new();
    }
    spans
        .into_iter()
        .map(|(first, end)| {
            // ("measured in hertz (Hz), and ...": the bracket closes.)
            let mut last = end - 1;
            while last > first && words[last].tag == Tag::Punct && words[last].text != ")" {
                last -= 1;
            }
            format!(
                "{}.",
                capitalise(&a.text[words[first].start..words[last].end])
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analysis::analyse;

    fn split(text: &str) -> Vec<String> {
        clauses(&analyse(text))
    }

    #[test]
    fn clauses_joined_before_a_new_subject_are_split() {
        assert_eq!(
            split("The eldest son went into the forest, and he met an old grey man there."),
            vec![
                "The eldest son went into the forest.",
                "He met an old grey man there."
            ]
        );
        assert_eq!(
            split("The king built a tower by the sea; the princess lived in it for years."),
            vec![
                "The king built a tower by the sea.",
                "The princess lived in it for years."
            ]
        );
        assert_eq!(
            split("The rich man hired many mowers; but the poor one could not hire a man."),
            vec![
                "The rich man hired many mowers.",
                "The poor one could not hire a man."
            ]
        );
    }

    #[test]
    fn clauses_listed_with_commas_before_the_last_and_are_split() {
        assert_eq!(
            split(
                "Every branch receives the full supply voltage, the branch currents add up to the total current, and the total resistance is smaller."
            ),
            [
                "Every branch receives the full supply voltage.",
                "The branch currents add up to the total current.",
                "The total resistance is smaller."
            ]
        );
        assert_eq!(
            split(
                "When the ship reached the port, the crew went ashore, and they slept until noon."
            ),
            [
                "When the ship reached the port, the crew went ashore.",
                "They slept until noon."
            ]
        );
    }

    #[test]
    fn a_bracket_before_the_cut_is_closed() {
        assert_eq!(
            split(
                "The rate is the frequency, measured in hertz (Hz), and a higher frequency gives a higher pitch."
            ),
            [
                "The rate is the frequency, measured in hertz (Hz).",
                "A higher frequency gives a higher pitch."
            ]
        );
    }

    #[test]
    fn an_opening_joining_word_is_left_out() {
        assert_eq!(
            split("But the little princess had told her sisters what to do."),
            vec!["The little princess had told her sisters what to do."]
        );
        assert_eq!(
            split("So they went home at once, and the king was glad."),
            vec!["They went home at once.", "The king was glad."]
        );
    }

    #[test]
    fn one_clause_speech_and_shared_subjects_are_not_split() {
        assert!(split("The eldest son went into the forest and cut down a tree.").is_empty());
        assert!(split("\"Go away,\" said the king, and he shut the door.").is_empty());
        assert!(split("He ran home, and that was the end of the matter.").is_empty());
        assert!(split("The folk trooped in, and climbed up, and stood and stared.").is_empty());
        assert!(split("Did the king go to the town, and did he buy bread?").is_empty());
    }
}
