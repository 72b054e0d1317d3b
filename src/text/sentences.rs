//! Sentence splitting for English prose.
//!
//! In: one line of display text. Out: its sentences, as slices of the input
//! in order, trimmed. Survives titles and abbreviations (Mr., Dr., St., e.g.),
//! initials (J. R. Smith), decimals (3.5) and quotations ("Stop!" he said).

/// Abbreviations after which a full stop never ends a sentence, because a
/// name or a number always follows them.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "sgt", "rev",
    "hon", "gov", "sen", "rep", "pres", "mt", "ft", "fig", "no", "nos", "vol", "vols", "pp", "cf",
    "vs", "v", "approx", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "e.g", "i.e", "viz", "al",
];

/// Abbreviations that may also end a sentence ("... in the U.S. The next year").
/// A full stop after one of these ends the sentence only when the next word is
/// a typical sentence opener.
const MAYBE_FINAL: &[&str] = &["etc", "inc", "ltd", "co", "corp", "bros"];

/// Capitalised words that typically open a sentence; used to decide whether a
/// full stop after an ambiguous abbreviation ends the sentence.
const OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "in", "on", "at", "after", "before", "when", "while", "but", "however",
    "his", "her", "its", "their", "our", "as", "by", "for", "from", "during", "then",
];

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{2019}' | '\u{201D}' | '\u{00BB}'
    )
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '\u{2018}' | '\u{201C}' | '\u{00AB}'
    )
}

/// The word that ends just before byte `end` (letters and inner dots).
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..end]
}

/// The word that starts at byte `start` (letters only).
fn word_after(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Whether the full stop at byte `dot` is an abbreviation's, given that the
/// next sentence would start with `next_word`.
fn is_abbreviation(text: &str, dot: usize, next_word: &str) -> bool {
    let word = word_before(text, dot);
    let lower = word.to_lowercase();
    if lower.is_empty() {
        return false;
    }
    if TITLES.contains(&lower.as_str()) {
        return true;
    }
    let opener = OPENERS.contains(&next_word.to_lowercase().as_str());
    // A dotted abbreviation such as "U.S" or "a.m", or a listed one.
    let dotted = lower.contains('.') && lower.split('.').all(|p| p.chars().count() <= 2);
    if dotted || MAYBE_FINAL.contains(&lower.as_str()) {
        return !opener;
    }
    // A single capital letter is an initial ("J. Smith"), unless it is the
    // pronoun I or a sentence opener follows.
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase() && c != 'I')
        && !opener
}

/// Splits one line of text into sentences.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += 1;
            continue;
        }
        // Take any further terminators and closing quotes/brackets with it.
        let mut j = i + 1;
        while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?') || is_closing(chars[j].1)) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        let at_end = j == chars.len();
        let space_follows = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        if !at_end && !space_follows {
            i = j;
            continue;
        }
        // The next sentence must open like one: capital, digit or opening quote.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next = chars.get(k).map(|&(_, c)| c);
        let opens = next.is_none_or(|c| c.is_uppercase() || c.is_numeric() || is_opening(c));
        let next_word = chars.get(k).map_or("", |&(b, _)| word_after(text, b));
        let abbreviation = c == '.' && j == i + 1 && is_abbreviation(text, at, next_word);
        if opens && !abbreviation {
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                sentences.push(sentence);
            }
            start = chars.get(k).map_or(text.len(), |&(b, _)| b);
        }
        i = j;
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        sentences.push(tail);
    }
    join_fragments(text, sentences)
}

/// Joins a "sentence" with no letters or digits (stray punctuation) to the
/// one before it.
fn join_fragments<'a>(text: &'a str, sentences: Vec<&'a str>) -> Vec<&'a str> {
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let mut out: Vec<&'a str> = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let fragment = !sentence.chars().any(char::is_alphanumeric);
        match out.last_mut() {
            Some(last) if fragment => {
                *last = &text[offset(last)..offset(sentence) + sentence.len()];
            }
            // Leading punctuation is not a sentence of its own, nor part of one.
            None if fragment => {}
            _ => out.push(sentence),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::split_sentences;

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split_sentences("Lenin died in 1924. Stalin took power! Did he? Yes"),
            vec![
                "Lenin died in 1924.",
                "Stalin took power!",
                "Did he?",
                "Yes"
            ]
        );
    }

    #[test]
    fn keeps_titles_initials_and_decimals() {
        assert_eq!(
            split_sentences("Mr. Smith met Dr. J. R. Jones at St. Paul's. It cost 3.5 roubles."),
            vec![
                "Mr. Smith met Dr. J. R. Jones at St. Paul's.",
                "It cost 3.5 roubles."
            ]
        );
        assert_eq!(
            split_sentences("It followed Browder v. Gayle in 1956. The buses changed."),
            vec![
                "It followed Browder v. Gayle in 1956.",
                "The buses changed."
            ]
        );
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            split_sentences("He lived in the U.S. The next year he left, e.g. for Paris."),
            vec![
                "He lived in the U.S.",
                "The next year he left, e.g. for Paris."
            ]
        );
        assert_eq!(
            split_sentences("The U.S. Senate voted."),
            vec!["The U.S. Senate voted."]
        );
    }

    #[test]
    fn quotations_stay_whole() {
        assert_eq!(
            split_sentences("\u{201C}Stop!\u{201D} he said. \u{201C}Why?\u{201D} she asked."),
            vec![
                "\u{201C}Stop!\u{201D} he said.",
                "\u{201C}Why?\u{201D} she asked."
            ]
        );
        assert_eq!(
            split_sentences("It was known as his \"Testament.\" Stalin hid it."),
            vec!["It was known as his \"Testament.\"", "Stalin hid it."]
        );
    }

    #[test]
    fn stray_punctuation_joins_the_sentence_before() {
        assert_eq!(
            split_sentences("It ended . . Then it began."),
            vec!["It ended . .", "Then it began."]
        );
    }

    #[test]
    fn empty_and_unterminated_text() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences("   ").is_empty());
        assert_eq!(split_sentences("no stop here"), vec!["no stop here"]);
    }
}
