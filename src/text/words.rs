//! Words: tokens with their byte positions, stop words, and stems.
//!
//! In: display text. Out: word tokens (letters and digits, with inner
//! apostrophes and hyphens), and for content words their Porter2 stem; and
//! counted nouns for messages ("1 passage", "3 passages").

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use rust_stemmers::{Algorithm, Stemmer};

/// "1 passage", "3 passages": a count and a regular noun, for messages.
pub fn count_of(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// A word of the text and where it stands (byte offsets into the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-')
}

/// The words of `text`: maximal runs of letters and digits, joined across a
/// single apostrophe or hyphen between two of them ("Lenin's", "semi-retirement").
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let continues = c.is_alphanumeric()
            || (start.is_some()
                && is_joiner(c)
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()));
        match (continues, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Common English function words that carry no topic.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "got",
    "gotten",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "largely",
    "least",
    "less",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "quite",
    "rather",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "actually",
    "already",
    "certain",
    "either",
    "ever",
    "exactly",
    "else",
    "several",
];

static STOP_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Words that, opening a sentence, lean on the sentence before it ("He",
/// "This", "However", "After that").
const LEANING_OPENERS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "this",
    "these",
    "that",
    "those",
    "his",
    "her",
    "its",
    "their",
    "however",
    "but",
    "and",
    "also",
    "additionally",
    "so",
    "then",
    "neither",
    "after",
    "afterwards",
    "meanwhile",
    "later",
    "next",
    "thus",
    "therefore",
    "still",
    "besides",
    "yet",
    "instead",
    "finally",
    "there",
    "here",
    "again",
    "thereupon",
    "hence",
    "now",
    "one",
    "another",
];

/// Whether a sentence opening with `word` leans on the sentence before it.
pub fn leans_back(word: &str) -> bool {
    LEANING_OPENERS.contains(&word.to_lowercase().as_str())
}

/// Openings of more than one word that answer or follow the sentence
/// before ("Even so, San Franciscans began rebuilding", "Despite all, the
/// spirit ...", "Of course, what really lifted the balloon ...").
const LEANING_PHRASES: &[&str] = &[
    "even so",
    "even then",
    "despite all",
    "despite this",
    "despite that",
    "in spite of this",
    "in spite of that",
    "of course",
    "as a result",
    "because of this",
    "because of that",
    "for this reason",
    "by then",
    "after that",
    "at that point",
    "in that case",
    "on top of that",
];

/// Whether a sentence opens with a phrase that leans on the sentence
/// before it.
pub fn opens_leaning(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    LEANING_PHRASES.iter().any(|phrase| {
        lower
            .strip_prefix(phrase)
            .is_some_and(|rest| rest.starts_with([',', ' ']))
    })
}

/// Words that open a note to the reader rather than a fact: an order
/// ("Remember that ...", "Note: ...") or an exam hint.
const READER_OPENERS: &[&str] = &[
    "remember", "note", "notice", "learn", "revise", "memorise", "memorize", "tip", "don't",
    "think", "imagine", "consider", "look", "welcome", "hello", "try", "press", "listen", "follow",
    "pupils", "learners",
];

/// Nouns that, with "key", "worth" or "to know", make a sentence about
/// studying the topic rather than the topic itself ("a key figure for the
/// topic", "the dates worth learning").
const STUDY_NOUNS: &[&str] = &["exam", "exams", "topic", "revision", "syllabus"];

/// Whether a sentence speaks to the student instead of telling a fact:
/// "Remember that the stone ...", "Exam tip: ...", "Mary Anning is a key
/// person to know for the topic", "The dates worth learning are 1796 ...".
/// Such lines help a reader but make no question a teacher would print.
pub fn speaks_to_reader(sentence: &str) -> bool {
    let words: Vec<String> = tokens(sentence)
        .iter()
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .map(|t| t.text.to_lowercase())
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    let pair = |a: &str, b: &[&str]| {
        words
            .windows(2)
            .any(|p| p[0] == a && b.contains(&p[1].as_str()))
    };
    let opens_order = words
        .first()
        .is_some_and(|w| READER_OPENERS.contains(&w.as_str()))
        || (words.first().is_some_and(|w| w == "do") && words.get(1).is_some_and(|w| w == "not"));
    // ("Good morning, everyone, and welcome to ...": a guide's greeting.)
    let greeting =
        has("everyone") && (has("welcome") || pair("good", &["morning", "afternoon", "evening"]));
    // ("On display: an identity card ...": a label, not a sentence; so is
    // "Base pairing rules to remember: ...".)
    let labelled = sentence.split_once(": ").is_some_and(|(head, _)| {
        let head = head.to_lowercase();
        head.split_whitespace().count() <= 3
            || ["remember", "learn", "know", "revise", "note"]
                .iter()
                .any(|verb| head.ends_with(&format!("to {verb}")))
    });
    // ("..., so check each setup before switching on": an order to the
    // reader in a clause of its own.)
    let ordered = ["so", "then"].iter().any(|w| {
        pair(
            w,
            &[
                "check", "remember", "note", "make", "try", "always", "never", "don't",
            ],
        )
    });
    opens_order
        || ordered
        || greeting
        || labelled
        || words.iter().any(|w| STUDY_NOUNS.contains(&w.as_str()))
        || pair("worth", &["learning", "remembering", "knowing", "noting"])
        || pair("to", &["know", "remember", "learn"]) && (has("key") || has("important"))
        // ("The two diaries to learn are ...", "the lesson to remember is")
        || words.windows(3).any(|w| {
            w[0] == "to"
                && matches!(w[1].as_str(), "learn" | "remember" | "know" | "revise")
                && matches!(w[2].as_str(), "is" | "are" | "was" | "were")
        })
}

/// Whether a sentence gives its writer's own view: "I think", "I believe",
/// "in my opinion", an essay's "In conclusion, ...".
pub fn gives_own_view(sentence: &str) -> bool {
    let words: Vec<String> = tokens(sentence)
        .iter()
        .map(|t| t.text.to_lowercase())
        .collect();
    words.windows(2).any(|pair| {
        (pair[0] == "i"
            && matches!(
                pair[1].as_str(),
                "think" | "believe" | "feel" | "reckon" | "suppose" | "guess"
            ))
            || (pair[0] == "my" && matches!(pair[1].as_str(), "opinion" | "view"))
    }) || words.starts_with(&["in".to_string(), "conclusion".to_string()])
}

/// Whether the sentences before one leave a quotation open (an odd number
/// of straight double quotes, or more opening curly quotes than closing),
/// so that the one after is someone's words.
pub fn inside_quotation(before: &[String]) -> bool {
    let count = |c: char| before.iter().map(|s| s.matches(c).count()).sum::<usize>();
    count('"') % 2 == 1 || count('\u{201C}') > count('\u{201D}')
}

/// Whether a line is notes, not a sentence: "Suffragettes = WSPU, set up
/// 1903", "current = flow of charge", "heat -> vapour", "Cat and Mouse Act
/// 1913: let hunger strikers out when ill" (a short head, a colon, and
/// words that start no sentence).
pub fn written_as_notes(line: &str) -> bool {
    const MAX_HEAD_WORDS: usize = 6;
    const MAX_DASH_HEAD_WORDS: usize = 3;
    let labels = |mark: &str, most: usize| {
        line.split_once(mark).is_some_and(|(head, rest)| {
            head.split_whitespace().count() <= most
                && rest.chars().next().is_some_and(char::is_lowercase)
        })
    };
    // ("Oesophagus – roughly 25 cm, peristalsis": one dash after a short
    // head labels too; "Stalin – the General Secretary – took power" is
    // an aside between two.)
    let dashed = [" \u{2013} ", " - ", " \u{2014} "]
        .iter()
        .any(|mark| line.matches(mark).count() == 1 && labels(mark, MAX_DASH_HEAD_WORDS));
    let headed = labels(": ", MAX_HEAD_WORDS) || dashed;
    // ("Extra parts in PLANT cells only: Cell wall: made of cellulose":
    // labels within labels.)
    let labels = line.matches(": ").count() >= 2;
    headed || labels || line.contains(" = ") || line.contains('\u{2192}') || line.contains(" -> ")
}

/// Numbers written as words, in order (the index is the value for 0..=20).
pub const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The value of a number written as a word ("three" -> 3), up to twenty.
pub fn number_word(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    NUMBER_WORDS.iter().position(|w| *w == lower)
}

/// Whether `word` (any case) multiplies the number before it: "three
/// hundred", "two dozen", "hundreds of".
pub fn is_multiplier(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "hundred" | "thousand" | "million" | "billion" | "dozen" | "hundreds" | "thousands"
    )
}

/// Whether `word` (any case) is a function word.
pub fn is_stop_word(word: &str) -> bool {
    if word.len() > MAX_STOP_WORD_LEN {
        return false;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return STOP_SET.contains(word);
    }
    STOP_SET.contains(word.to_lowercase().as_str())
}

/// No stop word is longer than this (in bytes).
const MAX_STOP_WORD_LEN: usize = 12;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// A word without a possessive `'s` (straight or curly apostrophe).
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// The Porter2 stem of a word, lower-cased, with a possessive `'s` removed.
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let base = lower.strip_suffix("'s").unwrap_or(&lower);
    STEMMER.stem(base).into_owned()
}

/// The stems of the content words of `text` (no stop words, no numbers,
/// at least three letters), in order, with repeats.
pub fn content_stems(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|t| is_content_word(t.text))
        .map(|t| stem(t.text))
        .collect()
}

/// A word that can carry a topic: alphabetic, three letters or more, not a
/// function word.
pub fn is_content_word(word: &str) -> bool {
    // "it's", "don't": a contraction is as much a content word as the word
    // it shortens ("Lenin's" is "Lenin").
    let base = ["n't", "n\u{2019}t"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
        .unwrap_or(word);
    let base = base.split(['\'', '\u{2019}']).next().unwrap_or(base);
    base.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !word.chars().any(|c| c.is_numeric())
        && !is_stop_word(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_to_the_student_are_told_from_facts() {
        for note in [
            "Remember that the stone has been in the British Museum since 1802.",
            "Exam tip: do not say that Wegener proved plate tectonics.",
            "Mary Anning is a key person to know for the topic of fossils.",
            "The dates worth learning are 1796 and 1798.",
            "The key lesson to remember is that teamwork saved the crew.",
            "Do not confuse the two ships.",
            "Think about it: why did the farmers stay?",
            "Good morning, everyone, and welcome to Johnston Ridge.",
            "The two diaries to learn are by Samuel Pepys and John Evelyn.",
            "On display: an East German identity card from 1989.",
            "Base pairing rules to remember: A pairs with T, and C pairs with G.",
            "Every year someone puts the voltmeter in series, so check each setup.",
        ] {
            assert!(speaks_to_reader(note), "{note}");
        }
        for fact in [
            "Jenner remembered that milkmaids never caught smallpox.",
            "The crew had to learn to steer by the Earth.",
            "Lenin noted that Stalin was rude.",
            "She knew the key to the door was lost.",
            "At 10:30 the gate opened.",
            "The ship was damaged, so the crew checked every plank.",
        ] {
            assert!(!speaks_to_reader(fact), "{fact}");
        }
    }

    #[test]
    fn a_writers_view_and_words_inside_a_quotation_are_someones() {
        assert!(gives_own_view(
            "Most people think of Vesuvius, but I think Krakatoa mattered more."
        ));
        assert!(gives_own_view(
            "In my opinion the canal was worth its cost."
        ));
        assert!(gives_own_view(
            "In conclusion, Krakatoa shows how one volcano can affect the planet."
        ));
        assert!(!gives_own_view("People think of Vesuvius first."));
        let before =
            |texts: &[&str]| -> Vec<String> { texts.iter().map(|t| t.to_string()).collect() };
        assert!(inside_quotation(&before(&[
            "\"Gorran is not wrong,\" Oda said.",
            "\"And he is not wrong that people cross by day."
        ])));
        assert!(inside_quotation(&before(&["\u{201C}Fog does not care."])));
        assert!(!inside_quotation(&before(&[
            "\"Gorran is not wrong,\" Oda said.",
            "\u{201C}Go home,\u{201D} he said."
        ])));
    }

    #[test]
    fn a_contraction_of_a_function_word_carries_no_topic() {
        assert!(!is_content_word("it's"));
        assert!(!is_content_word("It\u{2019}s"));
        assert!(!is_content_word("don't"));
        assert!(is_content_word("Lenin's"));
        assert!(is_content_word("stone"));
    }

    #[test]
    fn notes_are_told_from_sentences() {
        assert!(opens_leaning("Even so, San Franciscans began rebuilding."));
        assert!(opens_leaning("Of course, hot air is lighter."));
        assert!(!opens_leaning("Even today the clock is kept."));
        assert!(!opens_leaning("Courses of stone were laid."));
        assert!(written_as_notes("current = flow of charge, unit amps"));
        assert!(written_as_notes("heat -> vapour -> cloud"));
        assert!(written_as_notes(
            "Oesophagus \u{2013} roughly 25 cm, peristalsis; use the demo."
        ));
        assert!(!written_as_notes(
            "Stalin \u{2013} the General Secretary \u{2013} took power."
        ));
        assert!(written_as_notes(
            "Extra parts in PLANT cells only: Cell wall: made of cellulose."
        ));
        assert!(written_as_notes(
            "Cat and Mouse Act 1913: let hunger strikers out when ill."
        ));
        assert!(!written_as_notes(
            "A typical torch cell provides 1.5 volts."
        ));
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_hyphens() {
        let words: Vec<&str> = tokens("Lenin's semi-retirement -- 'quoted' 1924.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, vec!["Lenin's", "semi-retirement", "quoted", "1924"]);
    }

    #[test]
    fn token_offsets_point_into_the_text() {
        let text = "Ленин — Lenin";
        for t in tokens(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }

    #[test]
    fn stop_words_fit_the_length_limit_and_match_any_case() {
        assert!(STOP_WORDS.iter().all(|w| w.len() <= MAX_STOP_WORD_LEN));
        assert!(is_stop_word("The") && is_stop_word("however") && is_stop_word("THEIR"));
        assert!(!is_stop_word("Stalin") && !is_stop_word("characteristically"));
    }

    #[test]
    fn stems_unify_inflections_and_possessives() {
        assert_eq!(stem("Testaments"), stem("testament"));
        assert_eq!(stem("Lenin's"), stem("Lenin"));
        assert_eq!(stem("Lenin\u{2019}s"), "lenin");
    }

    #[test]
    fn content_stems_skip_function_words_and_numbers() {
        assert_eq!(
            content_stems("He wrote it in 1922 for the party"),
            vec!["wrote", "parti"]
        );
    }
}
