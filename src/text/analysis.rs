//! A sentence taken apart: words with part-of-speech tags and lemmas, noun
//! phrases, and named things (people, places, organisations, offices, dates,
//! numbers).
//!
//! In: one sentence. Out: an `Analysis`. Entity kinds come from the words
//! themselves (head nouns such as "Committee" or "Secretary", a preposition
//! of place before a name, a four-digit year); `EntityKinds` settles a name's
//! kind across a whole corpus by majority.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::lemma::{Class, is_known, lemma, lemma_of};
use super::tagger::{Tag, tagger, tagging_tokens};

/// A word of the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub tag: Tag,
    pub lemma: String,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
    Office,
    Date,
    Number,
}

/// A span of words naming one thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// Word indices, inclusive.
    pub first: usize,
    pub last: usize,
    pub text: String,
}

/// A noun phrase: word indices (inclusive) and its head word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub first: usize,
    pub last: usize,
    pub head: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub text: String,
    pub words: Vec<Word>,
    pub chunks: Vec<Chunk>,
    pub entities: Vec<Entity>,
}

/// Head nouns that make a name an organisation.
const ORGANISATION_HEADS: &[&str] = &[
    "committee",
    "party",
    "union",
    "council",
    "army",
    "government",
    "church",
    "university",
    "company",
    "court",
    "congress",
    "assembly",
    "parliament",
    "senate",
    "republic",
    "empire",
    "kingdom",
    "league",
    "society",
    "association",
    "bank",
    "corporation",
    "ministry",
    "department",
    "navy",
    "police",
    "club",
    "school",
    "college",
    "institute",
    "museum",
    "board",
    "bureau",
    "agency",
    "commission",
    "federation",
    "alliance",
    "dynasty",
    "politburo",
];

/// Head nouns that make a phrase an office or title.
const OFFICE_HEADS: &[&str] = &[
    "secretary",
    "president",
    "king",
    "queen",
    "emperor",
    "empress",
    "minister",
    "chancellor",
    "premier",
    "chairman",
    "chair",
    "governor",
    "mayor",
    "pope",
    "bishop",
    "prince",
    "princess",
    "duke",
    "tsar",
    "czar",
    "pharaoh",
    "sultan",
    "commander",
    "commissar",
    "general",
    "leader",
    "head",
    "director",
    "chief",
    "dictator",
    "prime",
];

/// Head nouns that make a name a place.
pub const PLACE_HEADS: &[&str] = &[
    "river",
    "mountain",
    "mountains",
    "sea",
    "ocean",
    "lake",
    "city",
    "island",
    "islands",
    "valley",
    "street",
    "bay",
    "desert",
    "forest",
    "county",
    "province",
    "state",
    "country",
    "brook",
    "stream",
    "creek",
    "hills",
    "woods",
    "fen",
    "moor",
    "strait",
    "gulf",
    "cape",
    "peninsula",
    "canal",
    "harbour",
    "harbor",
    "coast",
    "plains",
    "plateau",
    "glacier",
    "falls",
    "village",
    "town",
    "road",
    "lane",
    "bridge",
    "castle",
];

/// Prepositions and adverbs that open sentences, capitalised, and are no
/// names ("Towards midnight the girl appeared").
const OPENING_WORDS: &[&str] = &[
    "towards",
    "toward",
    "upon",
    "beyond",
    "within",
    "without",
    "across",
    "along",
    "among",
    "around",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "meanwhile",
    "perhaps",
    "suddenly",
    "presently",
    "afterwards",
    "however",
    "indeed",
    "nevertheless",
    "instead",
];

/// Prepositions after which a name is usually a place.
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "from", "near", "into", "across", "towards",
];

/// The months, in order, in lower case.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week, in lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a word is a year as sources write one ("1924").
pub fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2099).contains(&y))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Tags, lemmas, chunks and entities of one sentence.
pub fn analyse(sentence: &str) -> Analysis {
    let tokens = tagging_tokens(sentence);
    let raw: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    let tags = tagger().tag(&raw);
    let mut words: Vec<Word> = tokens
        .iter()
        .zip(tags)
        .map(|(t, tag)| Word {
            text: t.text.to_string(),
            start: t.start,
            end: t.end,
            tag,
            lemma: lemma(t.text, tag),
        })
        .collect();
    // "King Charles II", "Ptolemy V": a regnal number is part of the name.
    for k in 1..words.len() {
        let roman = words[k].text.len() <= 4 && words[k].text.chars().all(|c| "IVX".contains(c));
        let after_name = words[k - 1].text.starts_with(char::is_uppercase)
            && matches!(words[k - 1].tag, Tag::Propn | Tag::Noun);
        if roman && after_name && words[k].tag == Tag::Num && !words[k].text.is_empty() {
            words[k].tag = Tag::Propn;
        }
    }
    // "antibody" ends like "somebody" but is a noun.
    for w in &mut words {
        let lower = w.text.to_lowercase();
        let pronoun = matches!(
            lower.as_str(),
            "anybody" | "somebody" | "nobody" | "everybody"
        );
        if w.tag == Tag::Pron && lower.ends_with("body") && !pronoun {
            w.tag = Tag::Noun;
            w.lemma = lemma(&w.text, Tag::Noun);
        }
    }
    // "entered Halifax Harbour carrying nearly 2,900 tons": an "-ing" word
    // no noun list knows, before what it takes (an article or a count), is
    // a verb.
    for k in 0..words.len() {
        let takes = |j: usize| {
            words
                .get(j)
                .is_some_and(|n| matches!(n.tag, Tag::Det | Tag::Num))
        };
        let object_next =
            takes(k + 1) || (words.get(k + 1).is_some_and(|n| n.tag == Tag::Adv) && takes(k + 2));
        let w = &words[k];
        if w.tag == Tag::Noun
            && w.text.ends_with("ing")
            && !is_known(&w.text, Class::Noun)
            && object_next
        {
            words[k].lemma = lemma(&words[k].text, Tag::Verb);
            words[k].tag = Tag::Verb;
        }
    }
    let chunks = noun_chunks(&words);
    let entities = entities(sentence, &words);
    Analysis {
        text: sentence.to_string(),
        words,
        chunks,
        entities,
    }
}

/// Noun phrases: an optional determiner or possessive, then adjectives,
/// numbers and nouns ending in a noun; "Lenin 's Testament" is one phrase.
fn noun_chunks(words: &[Word]) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let starts = matches!(
            words[i].tag,
            Tag::Det | Tag::Adj | Tag::Num | Tag::Noun | Tag::Propn
        ) || (words[i].tag == Tag::Pron
            && matches!(
                words[i].lemma.as_str(),
                "his" | "her" | "its" | "their" | "our" | "my" | "your"
            ));
        if !starts {
            i += 1;
            continue;
        }
        let first = i;
        let mut head = None;
        let mut j = i;
        while j < words.len() {
            let w = &words[j];
            let possessive = w.tag == Tag::Part && matches!(w.text.as_str(), "'s" | "\u{2019}s");
            let inside = matches!(w.tag, Tag::Adj | Tag::Num | Tag::Noun | Tag::Propn)
                || (j == first && matches!(w.tag, Tag::Det | Tag::Pron))
                || (possessive && head.is_some());
            if !inside {
                break;
            }
            if w.tag.is_nominal() {
                head = Some(j);
            }
            j += 1;
        }
        match head {
            Some(head) => {
                chunks.push(Chunk {
                    first,
                    last: head,
                    head,
                });
                i = head + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    chunks
}

/// Abbreviated titles written before a name with a full stop.
const TITLES: &[&str] = &[
    "St", "Mr", "Mrs", "Ms", "Dr", "Mt", "Ft", "Prof", "Gen", "Capt", "Col",
];

/// Words after which "in" or "of" and a capitalised word go on naming a
/// prize, post or body ("Nobel Prize in Physiology", "Professor of
/// Chemistry"), not a place.
const TITLE_HEADS: &[&str] = &[
    "prize",
    "award",
    "medal",
    "professor",
    "department",
    "institute",
    "degree",
    "doctorate",
    "museum",
    "society",
    "school",
    "chair",
];

/// Whether a name says it is a body or things by its own words: a head
/// such as "Party" or "Committee", a plural head ("Gatun Locks"), or
/// letters only ("USSR") — not only by the "the" written before it ("the
/// Goodwife" may be a person).
pub fn named_organisation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let head = words
        .iter()
        .position(|w| *w == "of")
        .map_or(words.last(), |of| {
            of.checked_sub(1).and_then(|h| words.get(h))
        });
    let acronym = words.len() == 1 && name.len() >= 2 && name.chars().all(|c| c.is_uppercase());
    // "the Gatun Locks": several things are no one person.
    let plural = head.is_some_and(|h| h.ends_with('s') && !h.ends_with("ss"));
    acronym
        || plural
        || head.is_some_and(|h| ORGANISATION_HEADS.contains(&h.to_lowercase().as_str()))
}

fn kind_of_name(words: &[Word], first: usize, last: usize) -> EntityKind {
    // "Institute of Technology", "Sea of Tranquility": the head comes
    // before "of".
    let head = (first + 1..=last)
        .find(|&i| words[i].text == "of")
        .map_or(last, |of| of - 1);
    let head = words[head].text.to_lowercase();
    let previous = first.checked_sub(1).map(|p| words[p].text.to_lowercase());
    let previous2 = first.checked_sub(2).map(|p| words[p].text.to_lowercase());
    let after_place_preposition = previous
        .as_deref()
        .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p))
        || (previous.as_deref() == Some("the")
            && previous2
                .as_deref()
                .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p)));
    // "the Nobel Prize in Physiology": a title goes on, no place follows.
    let title_goes_on = previous2
        .as_deref()
        .is_some_and(|p| TITLE_HEADS.contains(&p));
    let after_place_preposition = after_place_preposition && !title_goes_on;
    let acronym = last == first
        && words[first].text.len() >= 2
        && words[first].text.chars().all(|c| c.is_uppercase());
    // "the Giant", "the Queen", "the Second Knight": a story's character,
    // written with capitals (an office of two words stays an office: "the
    // Prime Minister").
    let character = matches!(previous.as_deref(), Some("the" | "a" | "an"))
        && person_noun(&head).is_some()
        && (last == first || !OFFICE_HEADS.contains(&head.as_str()));
    // "went to Thomas C. Durant": a name with a middle initial is
    // someone's, whatever preposition comes before it.
    let initialled = last > first + 1
        && (first + 1..last).any(|i| {
            let mut chars = words[i].text.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.next().is_none()
                && words[i + 1].text == "."
        });
    if character || (initialled && !PLACE_HEADS.contains(&head.as_str())) {
        EntityKind::Person
    } else if ORGANISATION_HEADS.contains(&head.as_str()) {
        EntityKind::Organisation
    } else if OFFICE_HEADS.contains(&head.as_str())
        || (first..=last)
            .any(|i| OFFICE_HEADS.contains(&words[i].text.to_lowercase().as_str()) && last > first)
    {
        EntityKind::Office
    } else if PLACE_HEADS.contains(&head.as_str()) || after_place_preposition {
        EntityKind::Place
    } else if acronym || previous.as_deref() == Some("the") || title_goes_on {
        // "the USSR", "the Bolsheviks": not a person's name.
        EntityKind::Organisation
    } else {
        EntityKind::Person
    }
}

/// Dates (years, months with days), numbers, and runs of capitalised proper
/// nouns typed by their head word and the word before them.
fn entities(sentence: &str, words: &[Word]) -> Vec<Entity> {
    let span_text =
        |first: usize, last: usize| sentence[words[first].start..words[last].end].to_string();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let lower = w.text.to_lowercase();
        // ("about 1000 times more", "1500 workers": a count; "in 1917
        // soldiers mutinied": a year.)
        let counts_something = || {
            words.get(i + 1).is_some_and(|n| {
                n.text.eq_ignore_ascii_case("times")
                    || (n.tag == Tag::Noun && n.text.to_lowercase() != n.lemma.to_lowercase())
            }) && !(i > 0
                && matches!(
                    words[i - 1].text.to_lowercase().as_str(),
                    "in" | "by"
                        | "since"
                        | "until"
                        | "till"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                        | "of"
                        | "to"
                ))
        };
        if is_year(&w.text) && !counts_something() {
            out.push(Entity {
                kind: EntityKind::Date,
                first: i,
                last: i,
                text: w.text.clone(),
            });
            i += 1;
            continue;
        }
        if MONTHS.contains(&lower.as_str()) && capitalised(&w.text) {
            // "March 1917", "12 March 1917", "March 12, 1917"
            let mut first = i;
            let mut last = i;
            if i > 0 && words[i - 1].tag == Tag::Num {
                first = i - 1;
            }
            // (Digits only, and a comma only before a year: "15 April,
            // two hours later" ends at "April".)
            let digits = |k: usize| {
                words.get(k).is_some_and(|n| {
                    n.tag == Tag::Num && n.text.chars().all(|c| c.is_ascii_digit())
                })
            };
            while last + 1 < words.len()
                && (digits(last + 1)
                    || (words[last + 1].text == ","
                        && words.get(last + 2).is_some_and(|n| is_year(&n.text))))
            {
                last += 1;
            }
            if first > 0 && out.last().is_some_and(|e: &Entity| e.last == first) {
                out.pop();
            }
            out.push(Entity {
                kind: EntityKind::Date,
                first,
                last,
                text: span_text(first, last),
            });
            i = last + 1;
            continue;
        }
        // "one of the worst disasters", "was one seeded with ...": a "one"
        // before no noun counts nothing.
        // ("one geologist after another" is many.)
        let one_after_another = words.get(i + 2).is_some_and(|n| n.text == "after")
            && words.get(i + 3).is_some_and(|n| n.text == "another");
        let lone_one = w.text.eq_ignore_ascii_case("one")
            && (one_after_another
                || !words
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::Adj | Tag::Num)));
        if w.tag == Tag::Num && !lone_one {
            out.push(Entity {
                kind: EntityKind::Number,
                first: i,
                last: i,
                text: w.text.clone(),
            });
            i += 1;
            continue;
        }
        let name_word =
            |w: &Word| capitalised(&w.text) && matches!(w.tag, Tag::Propn | Tag::Noun | Tag::Adj);
        // A capitalised first word is a name if tagged one, or if it is no
        // common noun the treebank knows ("Trotsky fled")
        // ("Towards midnight" is tagged a name as often as not: a word that
        // is a function word in lower case is none.)
        let opening_name = (w.tag == Tag::Propn
            || (w.tag == Tag::Noun && !is_known(&lemma_of(&w.text, Class::Noun), Class::Noun)))
            && !crate::text::is_stop_word(&lower)
            && !OPENING_WORDS.contains(&lower.as_str());
        if name_word(w) && (i > 0 || opening_name) {
            let first = i;
            let mut last = i;
            loop {
                while last + 1 < words.len() && name_word(&words[last + 1]) {
                    last += 1;
                }
                // "Sea of Tranquility", "Institute of Technology": "of" and
                // a name straight after it go on the name.
                let of_name = words.get(last + 1).is_some_and(|w| w.text == "of")
                    && words.get(last + 2).is_some_and(name_word);
                // "St. Lawrence", "Dr. Watson": a title's full stop is inside
                // the name.
                // So is an initial's: "William C. Gorgas".
                let initial = {
                    let mut chars = words[last].text.chars();
                    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_none()
                };
                let titled = (TITLES.contains(&words[last].text.as_str()) || initial)
                    && words.get(last + 1).is_some_and(|w| w.text == ".")
                    && words.get(last + 2).is_some_and(name_word);
                // "Pliny the Younger", "Alfred the Great": "the" and an
                // adjective naming which one (not "gave Stalin the Great
                // Purge").
                let epithet = words[last].tag == Tag::Propn
                    && words.get(last + 1).is_some_and(|w| w.text == "the")
                    && words.get(last + 2).is_some_and(|w| {
                        capitalised(&w.text) && epithet_adjective(&w.text.to_lowercase())
                    })
                    && !words.get(last + 3).is_some_and(name_word);
                if !of_name && !titled && !epithet {
                    break;
                }
                last += 2;
            }
            // "Central Committee of the Communist Party" stays two names; a
            // name that modifies a common noun ("the Bolshevik cause") is
            // not one.
            let modifier = words.get(last + 1).is_some_and(|n| n.tag == Tag::Noun);
            let named =
                (first..=last).any(|k| words[k].tag == Tag::Propn) || last > first || opening_name;
            if named && !modifier {
                let kind = kind_of_name(words, first, last);
                out.push(Entity {
                    kind,
                    first,
                    last,
                    text: span_text(first, last),
                });
            }
            i = last + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether a word is an adjective, or the "-er" form of one, that can name
/// which of a name one means ("the Great", "the Younger", "the Elder").
fn epithet_adjective(lower: &str) -> bool {
    lower == "elder" || is_known(lower, Class::Adjective) || crate::text::lemma::graded(lower, "er")
}

/// Whether a sentence holds speech: a quotation of more than three words,
/// or a quotation mark left open (speech running on). A short quoted name
/// (his "Testament") is not speech; nor is the apostrophe of "didn't".
fn is_dialogue(text: &str) -> bool {
    const MAX_QUOTED_WORDS: usize = 3;
    let chars: Vec<char> = text.chars().collect();
    let letter = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1);
        let (opens, closes) = match c {
            '\u{201C}' | '\u{2018}' => (true, false),
            '\u{201D}' => (false, true),
            '\u{2019}' if letter(before) && letter(Some(i + 1)) => (false, false), // "didn't"
            '\u{2019}' => (false, true),
            '"' => (open.is_none(), open.is_some()),
            '\'' if letter(before) && letter(Some(i + 1)) => (false, false),
            '\'' => (!letter(before) && open.is_none(), open.is_some()),
            _ => (false, false),
        };
        if closes {
            if let Some(start) = open.take() {
                let quoted: String = chars[start + 1..i].iter().collect();
                if quoted.split_whitespace().count() > MAX_QUOTED_WORDS {
                    return true;
                }
            }
        } else if opens {
            open = Some(i);
        }
    }
    open.is_some()
}

/// Whether a sentence is speech rather than narration: it quotes someone
/// at length, or speaks as "I", "we" or "you".
pub fn is_speech(analysis: &Analysis) -> bool {
    let quotes = analysis
        .text
        .contains(['"', '\u{201C}', '\u{201D}', '\u{2018}'])
        || analysis.text.contains(" '")
        || analysis.text.starts_with('\'');
    let reported = analysis.words.iter().any(|w| {
        w.tag == Tag::Verb
            && matches!(
                w.lemma.as_str(),
                "say"
                    | "ask"
                    | "cry"
                    | "reply"
                    | "answer"
                    | "shout"
                    | "exclaim"
                    | "whisper"
                    | "call"
            )
    });
    // "'Ay, ay,' assented Jock": words quoted first are someone's speech,
    // whatever verb tells it.
    let opens_with_quote = analysis
        .text
        .trim_start()
        .starts_with(['"', '\u{201C}', '\u{2018}', '\'']);
    is_dialogue(&analysis.text)
        || opens_with_quote
        || (quotes && reported)
        || analysis.words.iter().enumerate().any(|(i, w)| {
            // ("Current (I):" — a symbol in brackets is no one speaking.)
            let symbol = i > 0
                && analysis.words[i - 1].text == "("
                && analysis.words.get(i + 1).is_some_and(|n| n.text == ")");
            w.tag == Tag::Pron
                && !symbol
                && matches!(
                    w.text.to_lowercase().as_str(),
                    "i" | "me" | "my" | "we" | "us" | "our" | "you" | "your"
                )
        })
}

/// Which pronouns can refer to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Either,
}

/// The gender a third-person pronoun (any case) gives: "his", "himself"
/// a man; "her", "hers" a woman; none for any other word.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

const MALE_NOUNS: &[&str] = &[
    "man",
    "boy",
    "king",
    "prince",
    "father",
    "son",
    "brother",
    "husband",
    "lord",
    "knight",
    "emperor",
    "priest",
    "parson",
    "grandfather",
    "duke",
    "miller",
    "tailor",
    "fisherman",
    "shepherd",
    "hunter",
    "giant",
    "dwarf",
    "youth",
    "monk",
    "uncle",
    "nephew",
    "sultan",
    "tsar",
];
const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "girl",
    "queen",
    "princess",
    "mother",
    "daughter",
    "sister",
    "wife",
    "lady",
    "witch",
    "stepmother",
    "grandmother",
    "maid",
    "maiden",
    "aunt",
    "niece",
    "empress",
    "bride",
    "nun",
];
const EITHER_NOUNS: &[&str] = &[
    "child",
    "fairy",
    "farmer",
    "soldier",
    "servant",
    "merchant",
    "peasant",
    "clerk",
    "teacher",
    "student",
    "doctor",
    "leader",
    "president",
    "general",
    "officer",
    "worker",
    "scientist",
    "writer",
    "cook",
    "guard",
    "judge",
    "minister",
    "stranger",
    "traveller",
    "friend",
    "neighbour",
];

/// Whether a common noun (by lemma) names a person, and which pronouns fit.
pub fn person_noun(lemma: &str) -> Option<Gender> {
    if MALE_NOUNS.contains(&lemma) {
        Some(Gender::Male)
    } else if FEMALE_NOUNS.contains(&lemma) {
        Some(Gender::Female)
    } else if EITHER_NOUNS.contains(&lemma) {
        Some(Gender::Either)
    } else if wordnet_person_nouns().contains_key(lemma) {
        Some(gender_by_ending(lemma))
    } else {
        None
    }
}

/// Whether a person noun may also be an animal ("dragon", "pastor"), so
/// that a question cannot tell "whom" from "what".
pub fn maybe_animal(lemma: &str) -> bool {
    wordnet_person_nouns().get(lemma).copied().unwrap_or(false)
}

/// The nouns whose commonest sense is a person, from WordNet ("widow",
/// "cottager"; built by src/bin/build-glossary.rs), and whether another
/// sense is an animal.
fn wordnet_person_nouns() -> &'static HashMap<&'static str, bool> {
    static NOUNS: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        include_str!("person-nouns.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| match l.split_once('\t') {
                Some((word, _)) => (word, true),
                None => (l, false),
            })
            .collect()
    })
}

/// The gender a person noun's ending gives: "-ess" ("hostess", not
/// "-ness") and "-woman" are women, "-man" after a word of its own
/// ("fisherman", not "human") men; the rest either.
fn gender_by_ending(lemma: &str) -> Gender {
    if lemma.ends_with("woman") || (lemma.ends_with("ess") && !lemma.ends_with("ness")) {
        Gender::Female
    } else if lemma.len() >= 7 && lemma.ends_with("man") {
        Gender::Male
    } else {
        Gender::Either
    }
}

/// The kind each name has across a corpus: the kind it is given most often.
#[derive(Debug, Clone, Default)]
pub struct EntityKinds {
    votes: FxHashMap<String, FxHashMap<EntityKind, usize>>,
    /// How each name was first written.
    written: FxHashMap<String, String>,
    /// Names seen somewhere other than at the start of a sentence (where a
    /// capital proves nothing).
    inside: rustc_hash::FxHashSet<String>,
    /// Names seen as the subject of a verb.
    acting: rustc_hash::FxHashSet<String>,
    /// Words (lower case) seen with a capital inside a sentence, and seen
    /// without one: "french" in "by French soldiers"; "large".
    capitalised: rustc_hash::FxHashSet<String>,
    uncapitalised: rustc_hash::FxHashSet<String>,
}

impl EntityKinds {
    pub fn add(&mut self, analysis: &Analysis) {
        for w in analysis.words.iter().skip(1) {
            let first = w.text.chars().next();
            if first.is_some_and(char::is_uppercase) {
                self.capitalised.insert(w.text.to_lowercase());
            } else if first.is_some_and(char::is_lowercase) {
                self.uncapitalised.insert(w.text.clone());
            }
        }
        for e in &analysis.entities {
            let key = e.text.to_lowercase();
            *self
                .votes
                .entry(key.clone())
                .or_default()
                .entry(e.kind)
                .or_default() += 1;
            if e.first > 0 {
                self.inside.insert(key.clone());
            }
            // A name followed by its verb does something: a person (or a
            // body of people), not a time or a thing.
            let acts = analysis
                .words
                .get(e.last + 1)
                .is_some_and(|w| matches!(w.tag, Tag::Verb | Tag::Aux));
            if acts {
                self.acting.insert(key.clone());
            }
            self.written.entry(key).or_insert_with(|| e.text.clone());
        }
    }

    /// Whether a name is seen somewhere other than at a sentence's start,
    /// where a capital proves nothing ("Word spread quickly").
    pub fn seen_inside(&self, name: &str) -> bool {
        self.inside.contains(&name.to_lowercase())
    }

    /// Whether the sources write a word with a capital inside sentences and
    /// never without one ("French", "Egyptian"), so that a capital at a
    /// sentence's start is its own.
    pub fn always_capitalised(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.capitalised.contains(&lower) && !self.uncapitalised.contains(&lower)
    }

    /// Whether the sources write a word without a capital inside
    /// sentences ("friction"): a capital at a sentence's start is only the
    /// sentence's.
    pub fn written_lower_case(&self, word: &str) -> bool {
        self.uncapitalised.contains(&word.to_lowercase())
    }

    /// The settled kind of an entity's name.
    pub fn kind(&self, entity: &Entity) -> EntityKind {
        self.kind_of_text(&entity.text.to_lowercase())
            .unwrap_or(entity.kind)
    }

    /// The full name the sources mostly write for a person named `short`
    /// ("Stevens" -> "John Stevens", "De Lesseps" -> "Ferdinand de
    /// Lesseps"): the most written of the longer person names ending in it,
    /// when they all begin alike (not "Orville" and "Wilbur Wright") and
    /// together are written more often than the short name.
    pub fn full_name(&self, short: &str) -> Option<&str> {
        let short = short.to_lowercase();
        // One name ("Stevens", not "Alexander Fleming"), or one after its
        // particle ("de Lesseps"); a day or month is no one's name.
        let words: Vec<&str> = short.split(' ').collect();
        let surname = match words[..] {
            [_] => true,
            [particle, _] => matches!(
                particle,
                "de" | "van" | "von" | "da" | "di" | "du" | "la" | "le"
            ),
            _ => false,
        };
        if !surname || MONTHS.contains(&short.as_str()) || WEEKDAYS.contains(&short.as_str()) {
            return None;
        }
        let count = |name: &str| {
            self.votes
                .get(name)
                .map_or(0, |v| v.values().sum::<usize>())
        };
        let ending = format!(" {short}");
        let longer: Vec<(&String, usize)> = self
            .votes
            .keys()
            .filter(|name| name.ends_with(&ending))
            .filter(|name| self.kind_of_text(name) == Some(EntityKind::Person))
            .map(|name| (name, count(name)))
            .collect();
        let first_word = |name: &str| name.split(' ').next().unwrap_or("").to_string();
        let (best, _) = longer.iter().max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(b.0.len().cmp(&a.0.len()))
                .then(b.0.cmp(a.0))
        })?;
        let alike = longer
            .iter()
            .all(|(name, _)| first_word(name) == first_word(best));
        let written_more = longer.iter().map(|(_, n)| n).sum::<usize>() > count(&short);
        (alike && written_more).then(|| self.written[*best].as_str())
    }

    /// The kind most often seen for a name (lower case).
    fn kind_of_text(&self, lower: &str) -> Option<EntityKind> {
        self.votes.get(lower).and_then(|votes| {
            votes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| *k)
        })
    }

    /// Every name of a kind seen inside a sentence at least once (a person's
    /// also seen doing something), with how often it was seen.
    pub fn names_of(&self, kind: EntityKind) -> Vec<(&str, usize)> {
        let mut names: Vec<(&str, usize)> = self
            .votes
            .iter()
            .filter(|(name, _)| self.inside.contains(*name))
            .filter(|(name, _)| kind != EntityKind::Person || self.acting.contains(*name))
            .filter(|(name, _)| self.kind_of_text(name) == Some(kind))
            .map(|(name, votes)| (self.written[name].as_str(), votes.values().sum()))
            .collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<(String, EntityKind)> {
        analyse(sentence)
            .entities
            .into_iter()
            .map(|e| (e.text, e.kind))
            .collect()
    }

    #[test]
    fn names_offices_organisations_places_and_dates() {
        assert_eq!(
            kinds(
                "Lenin warned the Central Committee in Moscow that Stalin, as General Secretary, had too much power in 1923."
            ),
            vec![
                ("Lenin".to_string(), EntityKind::Person),
                ("Central Committee".to_string(), EntityKind::Organisation),
                ("Moscow".to_string(), EntityKind::Place),
                ("Stalin".to_string(), EntityKind::Person),
                ("General Secretary".to_string(), EntityKind::Office),
                ("1923".to_string(), EntityKind::Date),
            ]
        );
        assert_eq!(
            kinds("He died on 21 January 1924."),
            vec![("21 January 1924".to_string(), EntityKind::Date)]
        );
    }

    #[test]
    fn a_four_digit_count_is_no_year() {
        let kind_of = |sentence: &str, number: &str| {
            kinds(sentence)
                .into_iter()
                .find(|(text, _)| text == number)
                .map(|(_, kind)| kind)
        };
        assert_ne!(
            kind_of(
                "A magnitude 7 releases about 1000 times more energy.",
                "1000"
            ),
            Some(EntityKind::Date)
        );
        assert_ne!(
            kind_of("About 1500 workers built the wall.", "1500"),
            Some(EntityKind::Date)
        );
        assert_eq!(
            kind_of("In 1917 soldiers mutinied across the front.", "1917"),
            Some(EntityKind::Date)
        );
    }

    #[test]
    fn of_joins_a_name_only_straight_before_another() {
        let names = |sentence: &str| -> Vec<String> {
            kinds(sentence).into_iter().map(|(name, _)| name).collect()
        };
        assert_eq!(
            names("The lunar module landed in the Sea of Tranquility in 1969."),
            vec!["Sea of Tranquility", "1969"]
        );
        assert_eq!(
            kinds("Aldrin studied at the Massachusetts Institute of Technology."),
            vec![
                ("Aldrin".to_string(), EntityKind::Person),
                (
                    "Massachusetts Institute of Technology".to_string(),
                    EntityKind::Organisation
                ),
            ]
        );
        assert_eq!(
            names("Lenin wrote to the Central Committee of the Communist Party."),
            vec!["Lenin", "Central Committee", "Communist Party"]
        );
    }

    #[test]
    fn a_prize_in_a_subject_is_no_place_and_a_capitalised_character_is_a_person() {
        let found = kinds("They shared the Nobel Prize in Physiology in Stockholm.");
        assert!(
            found.contains(&("Physiology".to_string(), EntityKind::Organisation)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Stockholm".to_string(), EntityKind::Place)),
            "{found:?}"
        );
        let found = kinds("The Giant appeared with his creel.");
        assert_eq!(found, vec![("Giant".to_string(), EntityKind::Person)]);
        let found = kinds("Then the Second Knight went to the Prime Minister.");
        assert!(
            found.contains(&("Second Knight".to_string(), EntityKind::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Prime Minister".to_string(), EntityKind::Office)),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_has_the_full_name_the_sources_mostly_write() {
        let mut kinds = EntityKinds::default();
        for sentence in [
            "The engineer John Stevens convinced the President.",
            "Later John Stevens resigned from the post.",
            "When Stevens quit, George Goethals took charge.",
            "Orville Wright flew first.",
            "Then Wilbur Wright flew too.",
            "The crowd cheered when Wright landed.",
        ] {
            kinds.add(&analyse(sentence));
        }
        assert_eq!(kinds.full_name("Stevens"), Some("John Stevens"));
        // Two people share the name, or it is a day: no full name.
        assert_eq!(kinds.full_name("Wright"), None);
        assert_eq!(kinds.full_name("Sunday"), None);
    }

    #[test]
    fn a_title_with_its_full_stop_is_part_of_the_name() {
        let found = kinds("When St. Lawrence heard the song, he was happy.");
        assert_eq!(found[0].0, "St. Lawrence", "{found:?}");
        let found = kinds("The sanitary officer William C. Gorgas organised a campaign.");
        assert_eq!(found[0].0, "William C. Gorgas", "{found:?}");
        let found = kinds("The honour went to Thomas C. Durant of the railroad.");
        assert_eq!(
            found[0],
            ("Thomas C. Durant".to_string(), EntityKind::Person),
            "{found:?}"
        );
        let found = kinds("The letters of Pliny the Younger describe the cloud.");
        assert_eq!(found[0].0, "Pliny the Younger", "{found:?}");
        let found = kinds("Lenin gave Stalin the Great Purge.");
        assert_eq!(found[1].0, "Stalin", "{found:?}");
    }

    #[test]
    fn an_opening_preposition_is_no_name() {
        assert_eq!(
            kinds("Towards midnight the girl appeared."),
            Vec::<(String, EntityKind)>::new()
        );
    }

    #[test]
    fn noun_chunks_and_lemmas() {
        let a = analyse("Lenin's secretaries were secretly reporting to him.");
        let chunk = a.chunks[0];
        assert_eq!(
            &a.text[a.words[chunk.first].start..a.words[chunk.last].end],
            "Lenin's secretaries"
        );
        let lemmas: Vec<&str> = a.words.iter().map(|w| w.lemma.as_str()).collect();
        assert_eq!(
            lemmas,
            vec![
                "Lenin",
                "'s",
                "secretary",
                "be",
                "secretly",
                "report",
                "to",
                "him",
                "."
            ]
        );
    }

    #[test]
    fn words_the_tagger_takes_for_another_part_of_speech_are_put_right() {
        let tags = |text: &str| -> Vec<Tag> { analyse(text).words.iter().map(|w| w.tag).collect() };
        assert_eq!(
            tags("Antibody - a protein made by lymphocytes.")[0],
            Tag::Noun
        );
        assert_eq!(analyse("Antibodies fit.").words[0].lemma, "antibody");
        assert_eq!(tags("Somebody laughed.")[0], Tag::Pron);
        let carrying = &analyse("It entered Halifax Harbour carrying nearly 2,900 tons.").words[4];
        assert_eq!(
            (carrying.tag, carrying.lemma.as_str()),
            (Tag::Verb, "carry")
        );
        assert_eq!(tags("The morning the ship sailed was cold.")[1], Tag::Noun);
    }

    #[test]
    fn a_body_is_named_by_its_head_or_letters() {
        assert!(named_organisation("Central Committee"));
        assert!(named_organisation("Communist Party of the Soviet Union"));
        assert!(named_organisation("USSR"));
        assert!(named_organisation("Gatun Locks"));
        assert!(!named_organisation("Goodwife"));
        assert!(!named_organisation("Many-furred Creature"));
    }

    #[test]
    fn kinds_settle_by_majority() {
        let mut kinds = EntityKinds::default();
        for s in [
            "Stalin ruled.",
            "Then Stalin was strong.",
            "Trotsky fled to Mexico.",
            "Stalin came to Moscow.",
            "Then Trotsky left.",
            "Lenin wrote on Christmas Eve about Lenin.",
        ] {
            kinds.add(&analyse(s));
        }
        let people: Vec<&str> = kinds
            .names_of(EntityKind::Person)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        // "Christmas Eve" does nothing, so it is no one.
        assert_eq!(people, vec!["Stalin", "Lenin", "Trotsky"]);
        let places: Vec<&str> = kinds
            .names_of(EntityKind::Place)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(places, vec!["Mexico", "Moscow"]);
    }
}
