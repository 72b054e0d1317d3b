//! Cleaning raw blocks into passages.
//!
//! In: `RawSources` from ingest. Out: a `Corpus` — passages of display text
//! split into sentences, with ids `p1`, `p2`, ... in reading order; heading
//! lines recorded as dropped, not kept as passages; a line of bullet items
//! (`o a o b`, `• a • b`, `- a - b`, `1. a 2. b`) kept as one passage whose
//! items are separate sentences, joined for display with ` • `. A paragraph
//! longer than `MAX_PASSAGE_WORDS` becomes several passages, split between
//! sentences (a long bullet line between items); a run of words with no
//! sentence end for longer than `MAX_SENTENCE_WORDS`, or a sentence with a
//! word longer than `MAX_WORD_CHARS`, is not prose and is dropped.

use rayon::prelude::*;

use crate::ingest::{RawBlock, RawSources};
use crate::model::{Corpus, Dropped, Passage, SourceRef};
use crate::text::{display_text, is_stop_word, split_sentences, tokens};

/// The longest line, in words, that can be a bare heading.
const MAX_HEADING_WORDS: usize = 8;

/// A bare heading: a few words in title case with no final punctuation,
/// such as "Joseph Stalin" or "The Rise of Rome".
pub fn looks_like_heading(text: &str) -> bool {
    if text.split_whitespace().nth(MAX_HEADING_WORDS).is_some() {
        return false;
    }
    let words = tokens(text);
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_HEADING_WORDS).contains(&words.len())
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
        && capitalised(words[0].text)
        && words.iter().all(|w| {
            is_stop_word(w.text) || capitalised(w.text) || w.text.chars().all(char::is_numeric)
        })
}

/// Why a heading line is not a passage.
const HEADING: &str = "heading";

/// Why a paragraph of questions is not a passage.
const QUESTIONS: &str = "questions, not statements";

/// The most words in one passage: a longer paragraph is split between
/// sentences, so that no printed source runs on for pages.
pub const MAX_PASSAGE_WORDS: usize = 200;

/// The most words in one sentence; a longer run has no sentence ends (a
/// word list, a table flattened to one line) and is dropped.
pub const MAX_SENTENCE_WORDS: usize = 150;

/// The most characters in one word; a longer run without spaces (an
/// encoded blob, a hash) is not prose, and its sentence is dropped.
pub const MAX_WORD_CHARS: usize = 200;

/// How the items of a bullet line are joined in the display text.
pub const ITEM_SEPARATOR: &str = " \u{2022} ";

/// Symbols that only ever mark bullets: split at every one.
const BULLET_SYMBOLS: &[char] = &[
    '\u{2022}', '\u{25E6}', '\u{25AA}', '\u{2023}', '\u{25CF}', '\u{25A0}',
];

/// Letters and dashes that mark a bullet when a line starts with them and a
/// space: the line is split where the same marker stands between two items.
const BULLET_MARKERS: &[&str] = &["o", "-", "*", "\u{2013}", "\u{00B7}", "+"];

/// The items of a line of bullets, markers removed; a line without bullets
/// is one item.
pub fn bullet_items(text: &str) -> Vec<String> {
    let trimmed = |items: Vec<&str>| -> Vec<String> {
        items
            .into_iter()
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .map(str::to_string)
            .collect()
    };
    if text.contains(BULLET_SYMBOLS) {
        return trimmed(text.split(BULLET_SYMBOLS).collect());
    }
    // ("Main points to get across: - Earthquakes happen when ... - ...": a
    // label, then a list.)
    for marker in BULLET_MARKERS
        .iter()
        .filter(|m| !m.chars().all(char::is_alphabetic))
    {
        if let Some((label, list)) = text.split_once(&format!(": {marker} ")) {
            let mut items = vec![format!("{label}:")];
            items.extend(bullet_items(&format!("{marker} {list}")));
            return items;
        }
    }
    for marker in BULLET_MARKERS {
        let Some(rest) = text.strip_prefix(marker).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        // A marker inside the line starts an item only before a capital or digit.
        let separator = format!(" {marker} ");
        let mut items = Vec::new();
        let mut start = 0;
        for (at, _) in rest.match_indices(&separator) {
            let next = rest[at + separator.len()..].chars().next();
            if next.is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
                items.push(&rest[start..at]);
                start = at + separator.len();
            }
        }
        items.push(&rest[start..]);
        // A lone "o " is more likely a word than a bullet.
        let letter = marker.chars().all(char::is_alphabetic);
        if items.len() > 1 || !letter {
            return trimmed(items);
        }
    }
    numbered_items(text).unwrap_or_else(|| vec![text.to_string()])
}

/// "1. a 2. b 3. c" (or "1) a 2) b") as items, when the numbers run in order;
/// a lone "1. " before a capital is a list marker too.
fn numbered_items(text: &str) -> Option<Vec<String>> {
    let closer = [". ", ") "]
        .into_iter()
        .find(|c| text.starts_with(&format!("1{c}")))?;
    let mut items = Vec::new();
    let mut rest = &text[1 + closer.len()..];
    for number in 2.. {
        let marker = format!(" {number}{closer}");
        match rest.find(&marker) {
            Some(at) => {
                items.push(rest[..at].trim().to_string());
                rest = &rest[at + marker.len()..];
            }
            None => break,
        }
    }
    items.push(rest.trim().to_string());
    let capital_follows = items[0].chars().next().is_some_and(char::is_uppercase);
    (items.len() > 1 || capital_follows).then_some(items)
}

/// A title without the number of its section in a textbook: "7.4
/// Rusting" -> "Rusting", "3. The Heart" -> "The Heart" ("1984" stays).
fn without_section_number(title: &str) -> String {
    match title.split_once(' ') {
        Some((number, rest))
            if number.contains(|c: char| c.is_ascii_digit())
                && number.chars().all(|c| c.is_ascii_digit() || c == '.')
                && number.contains('.')
                && rest.starts_with(char::is_uppercase) =>
        {
            rest.trim().to_string()
        }
        _ => title.to_string(),
    }
}

pub fn normalize(raw: RawSources) -> Corpus {
    let mut corpus = Corpus {
        title: raw
            .documents
            .iter()
            .find_map(|d| d.title.as_deref().map(without_section_number)),
        notices: raw.notices,
        ..Corpus::default()
    };
    let files: Vec<String> = raw.documents.iter().map(|d| d.file.clone()).collect();
    let blocks: Vec<RawBlock> = raw.documents.into_iter().flat_map(|d| d.blocks).collect();
    // Blocks are cleaned in parallel; ids are given in reading order after.
    let cleaned: Vec<Vec<Cleaned>> = blocks.into_par_iter().map(clean).collect();
    for block in cleaned.into_iter().flatten() {
        match block {
            Cleaned::Dropped(dropped) => corpus.dropped.push(dropped),
            Cleaned::Passage(source, text, sentences) => corpus.passages.push(Passage {
                id: format!("p{}", corpus.passages.len() + 1),
                source,
                text,
                sentences,
            }),
        }
    }
    for dropped in corpus.dropped.iter().filter(|d| d.reason != HEADING) {
        let SourceRef { file, line, .. } = &dropped.source;
        let reason = &dropped.reason;
        corpus
            .notices
            .push(format!("left out {file}:{line}: {reason}"));
    }
    let with_passages: std::collections::HashSet<&str> = corpus
        .passages
        .iter()
        .map(|p| p.source.file.as_str())
        .collect();
    let empty: Vec<String> = files
        .iter()
        .filter(|f| !with_passages.contains(f.as_str()))
        .map(|file| format!("skipped {file}: it holds no passages"))
        .collect();
    corpus.notices.extend(empty);
    corpus
}

/// What a raw block turns out to be: one or more passages, or text dropped.
enum Cleaned {
    Dropped(Dropped),
    Passage(SourceRef, String, Vec<String>),
}

/// "THERE was once a man" -> "There was once a man": a drop-capital first
/// word that is an ordinary word (not an acronym such as "USSR").
fn undo_drop_capital(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    let shouting = first.chars().count() >= 2 && first.chars().all(|c| c.is_uppercase());
    let next_lower = text
        .split(' ')
        .nth(1)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    if shouting && next_lower && is_stop_word(first) {
        let mut chars = first.chars();
        let fixed: String = chars
            .next()
            .into_iter()
            .chain(chars.flat_map(char::to_lowercase))
            .collect();
        format!("{fixed}{}", &text[first.len()..])
    } else {
        text.to_string()
    }
}

/// The most words in a speaker's label ("HOST 1:", "DR SMITH:").
const MAX_SPEAKER_WORDS: usize = 3;

/// A transcript's sentence without the speaker's label that opens it:
/// "HOST 1: Right." -> "Right." (the printed source keeps the label; a
/// question or fact does not).
fn without_speaker(sentence: &str) -> &str {
    let Some((label, said)) = sentence.split_once(": ") else {
        return sentence;
    };
    // ("DR. OWEN HALE (GUEST):" — a bracketed role is no part of the name.)
    let name = match label.split_once(" (") {
        Some((name, role)) if role.ends_with(')') => name,
        _ => label,
    };
    let words: Vec<&str> = name.split(' ').collect();
    let capitals =
        |w: &str| w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase);
    let speaker = words.len() <= MAX_SPEAKER_WORDS
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().count() >= 2
        && words
            .iter()
            .all(|w| capitals(w.trim_end_matches('.')) || w.chars().all(|c| c.is_ascii_digit()));
    // (What a speaker says opens a sentence: "USSR: a state of ..." is a
    // note.)
    let opens = said
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\u{201C}'));
    if speaker && opens {
        said.trim_start()
    } else {
        sentence
    }
}

/// The most words in a heading line over its paragraph ("The story
/// continues").
const MAX_LEADING_HEADING_WORDS: usize = 6;

/// A paragraph's first line, when it heads the rest: a few words from a
/// capital with no final punctuation, the next line opening with a capital
/// ("The human cost\nTsunamis killed ..."); with the lines below it.
fn leading_heading(text: &str) -> Option<(&str, &str)> {
    let (first, rest) = text.split_once('\n')?;
    let words = first.split_whitespace().count();
    let capital = |t: &str| {
        t.trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    // ("Remember\n- Slow cooling ...": a heading over a list.)
    let bulleted = |t: &str| {
        let t = t.trim_start();
        t.starts_with(BULLET_SYMBOLS)
            || BULLET_MARKERS
                .iter()
                .filter(|m| !m.chars().all(char::is_alphabetic))
                .any(|m| t.starts_with(&format!("{m} ")))
    };
    let heading = (1..=MAX_LEADING_HEADING_WORDS).contains(&words)
        && capital(first)
        && (capital(rest) || bulleted(rest) || key_word_lines(rest).is_some())
        && !first
            .trim_end()
            .ends_with(|c: char| c.is_ascii_punctuation());
    heading.then_some((first, rest))
}

/// The most words before the dash of a key-word line.
const MAX_KEY_WORD_WORDS: usize = 4;

/// The lines of a key-word list ("cornea - clear front window of the
/// eye", "iris - coloured ring of muscle"), as bullet items, when every
/// line of a block of three or more is a word or two, a dash and its
/// meaning and some line has no full stop: lines that would otherwise run
/// together into one sentence.
fn key_word_lines(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let key_word = |line: &str| {
        [" - ", " \u{2013} ", " \u{2014} "].iter().any(|dash| {
            line.split_once(dash).is_some_and(|(term, meaning)| {
                (1..=MAX_KEY_WORD_WORDS).contains(&term.split_whitespace().count())
                    && !meaning.trim().is_empty()
            })
        })
    };
    let unstopped = lines
        .iter()
        .any(|l| !l.ends_with(|c: char| c.is_ascii_punctuation()));
    (lines.len() >= 3 && unstopped && lines.iter().all(|l| key_word(l)))
        .then(|| format!("\u{2022} {}", lines.join(" \u{2022} ")))
}

fn clean(block: RawBlock) -> Vec<Cleaned> {
    if let Some((heading, rest)) = leading_heading(&block.text) {
        let below = RawBlock {
            source: SourceRef {
                line: block.source.line + 1,
                ..block.source.clone()
            },
            text: rest.to_string(),
        };
        let mut cleaned = vec![dropped(block.source, heading.trim(), HEADING.to_string())];
        cleaned.extend(clean(below));
        return cleaned;
    }
    let listed = key_word_lines(&block.text);
    let text = undo_drop_capital(&display_text(listed.as_deref().unwrap_or(&block.text)));
    if text.is_empty() {
        return Vec::new();
    }
    // ("Questions:" above a handout's exercises is a heading too.)
    let label = text.ends_with(':') && looks_like_heading(text.trim_end_matches(':'));
    if looks_like_heading(&text) || label {
        return vec![dropped(block.source, &text, HEADING.to_string())];
    }

    // A passage is built of units: the items of a bullet line (joined with
    // ` • `) or the sentences of a paragraph (joined with a space).
    let items = bullet_items(&text);
    // A handout's own questions ("2. Why does rising air form clouds?")
    // state nothing.
    // (A number before an item is no sentence.)
    let asking = items
        .iter()
        .flat_map(|i| split_sentences(i))
        .filter(|s| {
            !s.trim()
                .trim_end_matches('.')
                .chars()
                .all(|c| c.is_ascii_digit())
        })
        .all(|s| s.trim_end().ends_with('?'));
    if asking {
        return vec![dropped(block.source, &text, QUESTIONS.to_string())];
    }
    let (units, separator): (Vec<(&str, Vec<&str>)>, &str) = if items.len() > 1 {
        let units = items.iter().map(|i| {
            let sentences = split_sentences(i).into_iter().map(without_speaker);
            (i.as_str(), sentences.collect())
        });
        (units.collect(), ITEM_SEPARATOR)
    } else {
        let units = split_sentences(&items[0])
            .into_iter()
            .map(|s| (s, vec![without_speaker(s)]));
        (units.collect(), " ")
    };
    let mut cleaned = Vec::new();
    let mut chunk: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut chunk_words = 0;
    let flush = |chunk: &mut Vec<(&str, Vec<&str>)>, cleaned: &mut Vec<Cleaned>| {
        if chunk.is_empty() {
            return;
        }
        let text: Vec<&str> = chunk.iter().map(|(unit, _)| *unit).collect();
        let sentences: Vec<String> = chunk
            .drain(..)
            .flat_map(|(_, sentences)| sentences)
            .map(str::to_string)
            .collect();
        cleaned.push(Cleaned::Passage(
            block.source.clone(),
            text.join(separator),
            sentences,
        ));
    };
    for (unit, sentences) in units {
        let words = unit.split_whitespace().count();
        // A passage never spans text left out, nor grows past the limit.
        if let Some(reason) = sentences.iter().find_map(|s| unprintable(s)) {
            flush(&mut chunk, &mut cleaned);
            chunk_words = 0;
            cleaned.push(dropped(block.source.clone(), unit, reason));
            continue;
        }
        if chunk_words + words > MAX_PASSAGE_WORDS {
            flush(&mut chunk, &mut cleaned);
            chunk_words = 0;
        }
        chunk.push((unit, sentences));
        chunk_words += words;
    }
    flush(&mut chunk, &mut cleaned);
    cleaned
}

/// Why a sentence is not prose to print, if it is not: it runs on for more
/// than `MAX_SENTENCE_WORDS` words, or holds a "word" of more than
/// `MAX_WORD_CHARS` characters (longer than any word or web address).
fn unprintable(sentence: &str) -> Option<String> {
    let words = sentence.split_whitespace().count();
    if words > MAX_SENTENCE_WORDS {
        return Some(format!(
            "{words} words with no sentence end, which is not prose"
        ));
    }
    let longest = sentence
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    (longest > MAX_WORD_CHARS)
        .then(|| format!("a \"word\" of {longest} characters, which is not prose"))
}

/// Text that is not kept, with why; a long text is cut to its start.
fn dropped(source: SourceRef, text: &str, reason: String) -> Cleaned {
    const SHOWN: usize = 80;
    let text = match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}\u{2026}", &text[..end]),
        None => text.to_string(),
    };
    Cleaned::Dropped(Dropped {
        source,
        text,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullet_lines_split_into_items() {
        assert_eq!(
            bullet_items("o Stalin had too much power, he should go o Criticised other leaders"),
            vec![
                "Stalin had too much power, he should go",
                "Criticised other leaders"
            ]
        );
        assert_eq!(bullet_items("• war • famine •"), vec!["war", "famine"]);
        assert_eq!(
            bullet_items("Causes: • War • Famine"),
            vec!["Causes:", "War", "Famine"]
        );
        assert_eq!(
            bullet_items("- First point - Second point"),
            vec!["First point", "Second point"]
        );
        assert_eq!(
            bullet_items("Main points: - Faults slip. - Waves spread out."),
            vec!["Main points:", "Faults slip.", "Waves spread out."]
        );
        assert_eq!(
            bullet_items("1. Lenin died. 2. Stalin rose. 3. Trotsky fled."),
            vec!["Lenin died.", "Stalin rose.", "Trotsky fled."]
        );
        assert_eq!(
            bullet_items("1. Many churches work together."),
            vec!["Many churches work together."]
        );
    }

    #[test]
    fn drop_capitals_are_undone_but_acronyms_kept() {
        assert_eq!(
            super::undo_drop_capital("THERE was once a man."),
            "There was once a man."
        );
        assert_eq!(
            super::undo_drop_capital("USSR was a state."),
            "USSR was a state."
        );
        assert_eq!(super::undo_drop_capital("A man came."), "A man came.");
    }

    #[test]
    fn a_speakers_label_is_no_part_of_the_sentence() {
        assert_eq!(without_speaker("HOST 1: Right."), "Right.");
        assert_eq!(
            without_speaker("DR. SMITH: The eruption began at noon."),
            "The eruption began at noon."
        );
        assert_eq!(
            without_speaker("DR. OWEN HALE (GUEST): It was an island."),
            "It was an island."
        );
        for kept in [
            "Note: the dates are approximate.",
            "USSR: a state of fifteen republics.",
            "A: yes.",
            "THE REASONS WHY THE CANAL WAS BUILT: trade.",
        ] {
            assert_eq!(without_speaker(kept), kept);
        }
    }

    #[test]
    fn a_heading_line_over_its_paragraph_is_no_part_of_it() {
        let block = |text: &str| RawBlock {
            source: SourceRef::at("a.txt", 4),
            text: text.to_string(),
        };
        let passages = |text: &str| -> Vec<(usize, String)> {
            clean(block(text))
                .into_iter()
                .filter_map(|c| match c {
                    Cleaned::Passage(source, text, _) => Some((source.line, text)),
                    Cleaned::Dropped(_) => None,
                })
                .collect()
        };
        assert_eq!(
            passages("The story continues\nIn 1927 a new island rose.\nIt is active."),
            vec![(5, "In 1927 a new island rose. It is active.".to_string())]
        );
        assert_eq!(
            passages("Key words\ncornea - clear front window of the eye\niris - coloured ring of muscle\nlens - clear and flexible"),
            vec![(
                5,
                "cornea - clear front window of the eye \u{2022} iris - coloured ring of muscle \u{2022} lens - clear and flexible".to_string()
            )]
        );
        assert_eq!(
            passages(
                "Remember\n- Slow cooling gives large crystals.\n- Fast cooling gives small ones."
            ),
            vec![(
                5,
                "Slow cooling gives large crystals. \u{2022} Fast cooling gives small ones."
                    .to_string()
            )]
        );
        for kept in [
            "In the spring of 1927 a new island\nrose from the sea.",
            "Stalin rose.\nTrotsky fled.",
            "one two\nThree four.",
        ] {
            assert_eq!(passages(kept).len(), 1, "{kept}");
            assert_eq!(passages(kept)[0].0, 4, "{kept}");
        }
    }

    #[test]
    fn ordinary_lines_are_one_item() {
        for line in [
            "o dear, he said - and left.",
            "It was 1. a test",
            "1. but lower case follows",
            "Stalin - the General Secretary - took power.",
            "The word o is a letter o indeed.",
        ] {
            assert_eq!(bullet_items(line), vec![line.to_string()], "{line}");
        }
    }

    #[test]
    fn a_title_loses_its_section_number() {
        assert_eq!(without_section_number("7.4 Rusting"), "Rusting");
        assert_eq!(without_section_number("3. The Heart"), "The Heart");
        assert_eq!(
            without_section_number("1984 Miners' Strike"),
            "1984 Miners' Strike"
        );
        assert_eq!(without_section_number("Rusting"), "Rusting");
    }

    #[test]
    fn headings_are_short_title_case_lines() {
        assert!(looks_like_heading("Joseph Stalin"));
        assert!(looks_like_heading("The Rise of the Roman Republic"));
        assert!(looks_like_heading("Chapter 3"));
        assert!(!looks_like_heading("Stalin had too much power"));
        assert!(!looks_like_heading("Criticised other Bolshevik leaders"));
        assert!(!looks_like_heading("Lenin Died."));
        assert!(!looks_like_heading(""));
    }

    fn block(text: &str) -> RawBlock {
        RawBlock {
            source: SourceRef::at("long.txt", 3),
            text: text.to_string(),
        }
    }

    fn passages(cleaned: &[Cleaned]) -> Vec<(&str, &[String])> {
        cleaned
            .iter()
            .filter_map(|c| match c {
                Cleaned::Passage(_, text, sentences) => Some((text.as_str(), sentences.as_slice())),
                Cleaned::Dropped(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_long_paragraph_is_split_between_sentences() {
        let sentences: Vec<String> = (1..=50)
            .map(|i| format!("Ship number {i} sailed from the quay at dawn today."))
            .collect();
        let cleaned = clean(block(&sentences.join(" ")));
        let parts = passages(&cleaned);
        assert_eq!(parts.len(), 3);
        for (text, part) in &parts {
            assert!(text.split_whitespace().count() <= MAX_PASSAGE_WORDS);
            assert_eq!(*text, part.join(" "));
        }
        let all: Vec<&String> = parts.iter().flat_map(|(_, s)| s.iter()).collect();
        assert_eq!(all, sentences.iter().collect::<Vec<_>>());
    }

    #[test]
    fn a_label_line_and_a_paragraph_of_questions_are_no_passages() {
        for text in [
            "Questions:",
            "2. Why does rising air form clouds?",
            "Why? How?",
        ] {
            assert!(passages(&clean(block(text))).is_empty(), "{text}");
        }
        let kept = clean(block("Why does ice float? It is less dense than water."));
        assert_eq!(passages(&kept).len(), 1);
    }

    #[test]
    fn a_long_bullet_line_is_split_between_items() {
        let items: Vec<String> = (1..=40)
            .map(|i| format!("Ship number {i} sailed from the quay at dawn"))
            .collect();
        let cleaned = clean(block(&format!("\u{2022} {}", items.join(" \u{2022} "))));
        let parts = passages(&cleaned);
        assert_eq!(parts.len(), 2);
        for (text, part) in &parts {
            let words = text.split_whitespace().filter(|w| *w != "\u{2022}");
            assert!(words.count() <= MAX_PASSAGE_WORDS);
            assert_eq!(*text, part.join(ITEM_SEPARATOR));
        }
        let all: Vec<&String> = parts.iter().flat_map(|(_, s)| s.iter()).collect();
        assert_eq!(all, items.iter().collect::<Vec<_>>());
    }

    #[test]
    fn a_run_of_words_with_no_sentence_end_is_dropped_with_its_line() {
        let run = "grain ".repeat(MAX_SENTENCE_WORDS + 1);
        let cleaned = clean(block(&format!("The quay was busy. Barley {run}")));
        assert_eq!(passages(&cleaned).len(), 1);
        let dropped: Vec<&Dropped> = cleaned
            .iter()
            .filter_map(|c| match c {
                Cleaned::Dropped(d) => Some(d),
                Cleaned::Passage(..) => None,
            })
            .collect();
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].source.line, 3);
        assert!(
            dropped[0]
                .reason
                .starts_with("152 words with no sentence end")
        );
        assert!(dropped[0].text.chars().count() <= 81);
    }
}
