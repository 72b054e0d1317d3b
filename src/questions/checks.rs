//! The checks every printed question passes.
//!
//! In: candidate drafts. Out: those that pass, and a `Rejection` (with the
//! reason) for each that does not: a stem that is not a question or clear
//! instruction, a pronoun or "this/these" with nothing in the stem to refer
//! to, the answer standing in the stem, options that repeat the answer or
//! each other. (That each quote is on the printed lines is checked when the
//! pack is assembled.)

use std::collections::{HashMap, HashSet};

use super::Draft;
use super::clause::verb_taken_for_noun;
use super::gap_fill::BLANK;
use super::sourcing::FIND_TWO;
use crate::model::QuestionKind;
use crate::text::analysis::{
    EntityKind, Gender, MONTHS, WEEKDAYS, Word, analyse, person_noun, pronoun_gender,
};
use crate::text::tagger::Tag;
use crate::text::tokens;

/// A candidate left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub kind: QuestionKind,
    pub stem: String,
    pub reason: String,
}

/// Words that open an instruction.
const INSTRUCTIONS: &[&str] = &[
    "using", "explain", "describe", "compare", "give", "list", "order", "match", "complete",
    "decide", "read", "quote", "suggest", "put", "find",
];

const DEMONSTRATIVES: &[&str] = &["this", "these", "those"];

/// Nouns that after "the" stand for something told before ("the idea",
/// "the plan"), not for a thing the question names.
pub(super) const BACK_NOUNS: &[&str] = &[
    "idea",
    "plan",
    "method",
    "practice",
    "matter",
    "affair",
    "news",
    "trick",
    "scheme",
    "suggestion",
    "proposal",
    "problem",
    "theory",
    "answer",
    "question",
    "critics",
    "top",
    "bottom",
    "rest",
    "middle",
    "edge",
    "finding",
    "findings",
    "reason",
    "end",
    "beginning",
    "result",
    "results",
    "halves",
    "discovery",
    "outcome",
    "incident",
    "episode",
    "works",
    "system",
    "network",
    "project",
    "process",
    "operation",
    "bits",
    "piece",
    "pieces",
    "work",
    "job",
    "effort",
    "task",
    "attempt",
    "enterprise",
    "venture",
    "story",
    "line",
    "stuff",
    "thing",
    "things",
    "argument",
    "quarrel",
];

/// Whether the words after a noun say what it is: "the idea of ...", "the
/// system that ...", "the process by which ...", "the network called ...",
/// "the effort to dig ...".
fn defined_after(words: &[Word], noun: usize) -> bool {
    let next = |k: usize| words.get(noun + k).map(|w| w.text.to_lowercase());
    matches!(
        next(1).as_deref(),
        Some("of" | "that" | "which" | "whereby" | "where" | "called" | "known")
    ) || (matches!(next(1).as_deref(), Some("by" | "in")) && next(2).as_deref() == Some("which"))
        // "the effort to dig a canal"
        || (next(1).as_deref() == Some("to") && words.get(noun + 2).is_some_and(|w| w.tag == Tag::Verb))
}

/// Nouns that say when, which an "it" after them does not refer to.
pub(super) const TIME_NOUNS: &[&str] = &[
    "time",
    "day",
    "moment",
    "while",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "hour",
    "minute",
    "week",
    "month",
];

/// Whether the "it" at `i` stands for nothing but a clause to come: "it
/// was plainly seen that ...", "it is hard to say ...".
fn expletive_it(words: &[Word], i: usize) -> bool {
    const REACH: usize = 4;
    let be = words.get(i + 1).is_some_and(|w| w.lemma == "be");
    be && words[i + 2..]
        .iter()
        .take(REACH)
        .any(|w| matches!(w.text.to_lowercase().as_str(), "that" | "to"))
}

/// Whether the "it" at `i` is the object of the sentence's first verb
/// ("The company had built it in 1915"): everything before that verb is
/// its subject, which the "it" is not (that would be "itself"). An "it"
/// before an adjective or a clause stands for what follows ("made it
/// clear that ...").
fn object_of_first_verb(words: &[Word], i: usize) -> bool {
    let first_verb = words.iter().position(|w| w.tag == Tag::Verb);
    let points_ahead = words.get(i + 1).is_some_and(|n| {
        n.tag == Tag::Adj || matches!(n.text.to_lowercase().as_str(), "to" | "that")
    });
    i > 0 && first_verb == Some(i - 1) && !points_ahead
}

/// Longest stem, in words, a student should be asked to read.
const MAX_STEM_WORDS: usize = 90;

fn stem_form(draft: &Draft) -> Result<(), String> {
    let stem = draft.stem.trim();
    let first_word = tokens(stem)
        .first()
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default();
    let capital = stem
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ok = match draft.kind {
        QuestionKind::MultipleChoice | QuestionKind::ShortAnswer => stem.ends_with('?') && capital,
        QuestionKind::GapFill => stem.matches(BLANK).count() == 1,
        QuestionKind::TrueFalse => stem.ends_with('.') && capital,
        QuestionKind::Sourcing
        | QuestionKind::Extended
        | QuestionKind::Matching
        | QuestionKind::Vocabulary
        | QuestionKind::Sequence => {
            stem.ends_with('?') || INSTRUCTIONS.contains(&first_word.as_str())
        }
    };
    // "open her school for nurses ' Hospital": a quote mark alone between
    // words is a name torn apart, and so is a possessive whose owner was
    // moved out ("What did Piri take 's thighbone?").
    let torn = [" ' ", " \u{2019} ", " 's ", " \u{2019}s "]
        .iter()
        .any(|t| stem.contains(t));
    if torn {
        Err("a name in the stem is torn apart".into())
    } else if ok {
        Ok(())
    } else {
        Err("the stem does not read as a question or instruction".into())
    }
}

/// A stem with what it quotes (between curly quotation marks) left out.
fn without_quotations(stem: &str) -> String {
    let mut out = String::new();
    let mut rest = stem;
    while let Some((before, after)) = rest.split_once('\u{201C}') {
        out.push_str(before);
        rest = after.split_once('\u{201D}').map_or("", |(_, tail)| tail);
    }
    out.push_str(rest);
    out
}

/// A pronoun needs something before it in the stem to refer to: he, she
/// and the like a name or a word for a person ("the girl ... her mother"),
/// it and they any noun; "this"/"these"/"those" always need the sentence
/// before, so they are refused.
fn referents(draft: &Draft, genders: &Genders) -> Result<(), String> {
    match draft.kind {
        // Quoted source text in a sourcing stem is quotation, not the
        // question; a vocabulary table's words stand alone. What two
        // sources are to agree on is restated, and must stand alone.
        QuestionKind::Sourcing => match draft.stem.strip_prefix(FIND_TWO) {
            Some(rest) => {
                let clause = rest.split(". Give their letters").next().unwrap_or(rest);
                referents_in(clause.trim(), None, genders)
            }
            None => Ok(()),
        },
        QuestionKind::Vocabulary => Ok(()),
        // (So is an extended task's; its own words must stand alone.)
        QuestionKind::Extended => referents_in(&without_quotations(&draft.stem), None, genders),
        // A table's rows stand on their own; a description reads after its name.
        QuestionKind::Matching => {
            draft
                .items
                .iter()
                .zip(&draft.solution)
                .try_for_each(|(item, &option)| {
                    let description = draft.options.get(option).map_or("", String::as_str);
                    referents_in(&format!("{item} {description}"), None, genders)
                })
        }
        QuestionKind::Sequence => draft
            .options
            .iter()
            .try_for_each(|o| referents_in(o, None, genders)),
        _ => {
            // (A "Who" asked for "Marie" is a she by the sources' pronouns.)
            let asked = answer_gender(&draft.answer)
                .or_else(|| genders.get(&draft.answer.to_lowercase()).copied())
                .filter(|g| *g != Gender::Either);
            referents_in(&draft.stem, asked, genders)?;
            // (A gap is also read filled: "at least __ of them" is "at least
            // 15 of them", a share of a group it does not name.)
            if draft.kind == QuestionKind::GapFill {
                referents_in(&draft.stem.replace(BLANK, &draft.answer), asked, genders)?;
            }
            // ("What would Millbeck build? — its half": half of what?)
            let answered = matches!(
                draft.kind,
                QuestionKind::ShortAnswer | QuestionKind::MultipleChoice
            );
            let answer = analyse(if answered { &draft.answer } else { "" });
            match (0..answer.words.len()).find(|&i| part_without_whole(&answer.words, i)) {
                Some(i) => Err(format!(
                    "the answer\u{2019}s \u{201C}{}\u{201D} is a part of something it does not name",
                    answer.words[i].text
                )),
                None => Ok(()),
            }
        }
    }
}

/// The gender of the person an answer names, when its last word tells
/// ("the old man", "the Queen"); a name tells nothing.
fn answer_gender(answer: &str) -> Option<Gender> {
    let last = answer.split_whitespace().last()?.to_lowercase();
    person_noun(&last).filter(|g| *g != Gender::Either)
}

/// Whether the word at `i` is a part of something the text does not name:
/// "held one end steady", "would build its half" (not "one end of the
/// rope", "the east end").
fn part_without_whole(words: &[Word], i: usize) -> bool {
    let lower = words[i].text.to_lowercase();
    // ("gave her half the bread": half of the bread.)
    let half_the = lower == "half"
        && words
            .get(i + 1)
            .is_some_and(|n| matches!(n.tag, Tag::Det | Tag::Pron | Tag::Num));
    let part = matches!(
        lower.as_str(),
        "end" | "ends" | "half" | "halves" | "corner" | "corners"
    ) && !half_the;
    let whose = i > 0
        && matches!(
            words[i - 1].text.to_lowercase().as_str(),
            "one" | "its" | "his" | "her" | "their" | "other" | "each" | "either" | "both"
        );
    part && whose && words.get(i + 1).is_none_or(|n| n.text != "of")
}

/// Whether a table row (a name or term, then what is said of it) has a
/// referent for each of its pronouns and pointing words.
pub fn row_stands_alone(item: &str, description: &str, genders: &Genders) -> bool {
    referents_in(&format!("{item} {description}"), None, genders).is_ok()
}

/// Checks the pronouns of a text; `asked` is the gender of the person a
/// "Who" question asks for, when known.
fn referents_in(text: &str, asked: Option<Gender>, genders: &Genders) -> Result<(), String> {
    let analysis = analyse(text);
    let words = &analysis.words;
    // "the Crown" is capitalised, but no one a "him" can be.
    let not_a_person = |i: usize| {
        analysis
            .entities
            .iter()
            .any(|e| e.first <= i && i <= e.last && e.kind != EntityKind::Person)
    };
    for (i, w) in words.iter().enumerate() {
        let lower = w.text.to_lowercase();
        let earlier = &words[..i];
        let persons_before: HashSet<String> = earlier
            .iter()
            .enumerate()
            .filter(|(j, p)| {
                // ("Anders Franzén": one person, by the last word of a name.)
                let name_goes_on =
                    p.tag == Tag::Propn && earlier.get(j + 1).is_some_and(|n| n.tag == Tag::Propn);
                // ("most geologists ... his theory": many people are no "he";
                // "As a baby she survived": "a baby" is what she was.)
                let singular = p.text.to_lowercase() == p.lemma.to_lowercase();
                // (Adjectives may stand between: "as a young woman she".)
                let mut det = *j;
                while det > 0 && earlier[det - 1].tag == Tag::Adj {
                    det -= 1;
                }
                // ("No traveller he carried": nor is "no" or "every" one.)
                let indefinite = det > 0
                    && matches!(
                        earlier[det - 1].text.to_lowercase().as_str(),
                        "a" | "an" | "no" | "every" | "each" | "any"
                    );
                // ("Every Tuesday she came home": a day is no one.)
                let day = MONTHS.contains(&p.lemma.to_lowercase().as_str())
                    || WEEKDAYS.contains(&p.lemma.to_lowercase().as_str());
                (p.tag == Tag::Propn && !not_a_person(*j) && !day && !name_goes_on)
                    || (p.tag == Tag::Noun
                        && singular
                        && !indefinite
                        && (person_noun(&p.lemma.to_lowercase()).is_some()
                            || p.text.chars().next().is_some_and(char::is_uppercase)))
            })
            .map(|(_, p)| p.lemma.to_lowercase())
            .collect();
        // "they" needs more than one of something: a plural noun ("the
        // guests"), or two names ("Matte and Maie").
        // ("For nine long days nobody knew whether they were alive": days
        // are no "they".)
        let plurals_before: HashSet<String> = earlier
            .iter()
            .filter(|p| {
                p.tag == Tag::Noun
                    && p.text.to_lowercase() != p.lemma.to_lowercase()
                    && !TIME_NOUNS.contains(&p.lemma.to_lowercase().as_str())
            })
            .map(|p| p.lemma.to_lowercase())
            .collect();
        let plural_before = !plurals_before.is_empty() || persons_before.len() >= 2;
        // "The woman built it up again": "it" is not a person.
        // ("By the time it was put out": a word for a time is no thing "it"
        // can be.)
        // "left the little round cheese on it": after a preposition, "it"
        // is not the object of the same verb (that would be "itself"), so
        // the thing it means must come before that verb.
        let reach = if i > 0 && words[i - 1].tag == Tag::Adp {
            earlier
                .iter()
                .rposition(|p| p.tag == Tag::Verb)
                .unwrap_or(i)
        } else {
            i
        };
        let thing_before = earlier[..reach].iter().any(|p| {
            p.tag == Tag::Noun
                && person_noun(&p.lemma).is_none()
                && !TIME_NOUNS.contains(&p.lemma.to_lowercase().as_str())
        }) || analysis.entities.iter().any(|e| {
            e.first < reach
                && !matches!(
                    e.kind,
                    EntityKind::Person | EntityKind::Date | EntityKind::Number
                )
        });
        // "Aldrin joined him": an object pronoun is not the subject before
        // it, so it needs a second person ("her" before a noun is "her
        // mother", a possessive).
        let object = lower == "him"
            || (lower == "her" && !words.get(i + 1).is_some_and(|n| n.tag.is_nominal()));
        // "Capillaries join them up": nor is "them" after a verb the
        // subject before it; it needs a second group.
        let object_them = lower == "them" && i > 0 && words[i - 1].tag == Tag::Verb;
        // "Who had Stalin's secretaries report to him?": the person asked
        // for can be the one an object pronoun means.
        // (The question's own "Who", not a relative "who" inside it; and
        // not when the one asked for is "the old man" and this is "her".)
        // Any other pronoun ("Who had a report summarising her data?") is
        // the one asked for only when the sources give them its gender.
        let pronoun_gender = pronoun_gender(&lower);
        let who_first = words
            .first()
            .is_some_and(|p| p.text.eq_ignore_ascii_case("who"))
            && i > 0;
        let asked_who =
            who_first && (asked.is_none() || pronoun_gender.is_none() || asked == pronoun_gender);
        let asked_who_known = who_first && (pronoun_gender.is_none() || asked == pronoun_gender);
        // "honours all three of them": a share of a group named before.
        let partitive = matches!(lower.as_str(), "them" | "us")
            && i >= 2
            && words[i - 1].text.eq_ignore_ascii_case("of")
            && (words[i - 2].tag == Tag::Num
                || matches!(
                    words[i - 2].text.to_lowercase().as_str(),
                    "all" | "both" | "each" | "some" | "none" | "most" | "many" | "few"
                ));
        // "Where did Marie take over his job?": a "his" needs someone
        // before it who may be a he.
        let can_be = |wanted: Option<Gender>| {
            persons_before.iter().any(|p| {
                let known = genders.get(p).copied().or_else(|| person_noun(p));
                match (wanted, known) {
                    (Some(w), Some(k)) => k == w || k == Gender::Either || w == Gender::Either,
                    _ => true,
                }
            })
        };
        let unresolved = partitive
            || match lower.as_str() {
                // ("a girl named Tamsin, who lived with her grandmother
                // Oda, walked beside him": nor is a she a "him".)
                _ if object => {
                    persons_before.len() + usize::from(asked_who) < 2
                        || (!can_be(pronoun_gender) && !asked_who_known)
                }
                // "Who had forgotten his table-cloth?": a possessive or
                // reflexive is the one asked for; "Who did not understand what
                // she meant?": a new "she" is someone else.
                "his" | "hers" | "himself" | "herself" | "her" => {
                    !can_be(pronoun_gender) && !asked_who_known
                }
                // "Who fancied she was slighted?" — "the old Fairy": the one
                // asked for, when the answer is known to be a she ("Who did as
                // she said?" — "Ewan": someone else).
                "he" | "she" => !(can_be(pronoun_gender) || (asked_who && asked == pronoun_gender)),
                "it" => {
                    (!thing_before || object_of_first_verb(words, i)) && !expletive_it(words, i)
                }
                "its" | "itself" => !thing_before,
                "them" if object_them => plurals_before.len() + persons_before.len() < 2,
                "they" | "them" | "their" | "theirs" | "themselves" => !plural_before,
                _ => false,
            };
        if unresolved {
            return Err(format!(
                "\u{201C}{}\u{201D} has nothing in the question to refer to",
                w.text
            ));
        }
        // "by the side of the other": the other what? ("turning first one
        // way and then the other" says.)
        let the_other = lower == "other"
            && i > 0
            && words[i - 1].text.eq_ignore_ascii_case("the")
            && !words.get(i + 1).is_some_and(|n| n.tag.is_nominal())
            && !words[..i]
                .iter()
                .any(|w| w.text.eq_ignore_ascii_case("one"));
        // "the only way between the two": the two what? ("the two ships"
        // says.)
        // ("On the seventh, Tamsin drew ...": the seventh what?)
        let ordinal = matches!(
            lower.as_str(),
            "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
        );
        let the_number = i > 0
            && words[i - 1].text.eq_ignore_ascii_case("the")
            && (crate::text::words::number_word(&lower).is_some_and(|n| n >= 2) || ordinal)
            && !words
                .get(i + 1)
                .is_some_and(|n| n.tag.is_nominal() || n.tag == Tag::Adj);
        // "For forty years that someone had been Hesper": which one?
        let that_someone = lower == "that"
            && words.get(i + 1).is_some_and(|n| {
                matches!(
                    n.text.to_lowercase().as_str(),
                    "someone" | "somebody" | "one"
                )
            });
        // "Why was Mira there already?": where? (Not "There was a king".)
        // ("could not attend university there": Poland, said before it.)
        let there_before = lower == "there"
            && i > 0
            // ("there and then", "here and there": no place.)
            && !words.get(i + 1).is_some_and(|n| {
                matches!(n.lemma.as_str(), "be" | "seem" | "appear" | "live" | "and")
            })
            && !words[i - 1].text.eq_ignore_ascii_case("and")
            && !analysis
                .entities
                .iter()
                .any(|e| e.last < i && e.kind == EntityKind::Place);
        // "A parallel US Senate inquiry", "a second expedition": parallel
        // or second to one told before.
        let relative_to_before = matches!(
            lower.as_str(),
            "parallel" | "similar" | "second" | "further" | "subsequent" | "separate"
        ) && i > 0
            && matches!(words[i - 1].text.to_lowercase().as_str(), "a" | "an")
            // ("20,000 vibrations a second": a unit of time.)
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::Adj | Tag::Propn));
        // "that idea", "of that straight run": "that" before a noun points
        // back as "this" does (not "said that people were", where a verb
        // follows the noun, unless a preposition comes before "that").
        let mut noun = i + 1;
        while words.get(noun).is_some_and(|n| n.tag == Tag::Adj) {
            noun += 1;
        }
        let after_preposition = i > 0 && words[i - 1].tag == Tag::Adp;
        // ("That goal was met", "When was that goal met?": "that" opening
        // the subject.)
        let opens_subject = i == 0 || (i <= 2 && words[i - 1].tag == Tag::Aux);
        // (In a question the tagger may take the noun for an adjective:
        // "When was that goal met?")
        let opening_that = lower == "that"
            && opens_subject
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::Adj));
        let that_noun = opening_that
            || lower == "that"
                && words.get(noun).is_some_and(|n| n.tag == Tag::Noun)
                && (after_preposition
                    || !words
                        .get(noun + 1)
                        .is_some_and(|n| matches!(n.tag, Tag::Verb | Tag::Aux)));
        // "brought the idea to Britain": a noun that stands for something
        // said before, unless the question says what ("the idea of ...").
        // (Adjectives may stand between: "the short answer".)
        let mut before = i;
        while before > 0 && words[before - 1].tag == Tag::Adj {
            before -= 1;
        }
        // ("the middle ear": a word that modifies a noun after it is no
        // noun standing for one told before.)
        // (Not a plural: "the bits settle".)
        let modifies = lower == w.lemma.to_lowercase()
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::Adj));
        let told_before = before > 0
            && words[before - 1].text.eq_ignore_ascii_case("the")
            && BACK_NOUNS.contains(&lower.as_str())
            && !modifies
            && !defined_after(words, i);
        // "Why was Ewan very hungry himself?": a "himself" that is no
        // object (after no verb or preposition) sets him beside someone the
        // question does not name.
        let emphatic = matches!(lower.as_str(), "himself" | "herself" | "themselves")
            && i > 0
            && !matches!(words[i - 1].tag, Tag::Verb | Tag::Aux | Tag::Adp);
        // "so large a house": as large as one told of before.
        let so_adjective_a = lower == "so"
            && words.get(i + 1).is_some_and(|n| n.tag == Tag::Adj)
            && words
                .get(i + 2)
                .is_some_and(|n| matches!(n.text.to_lowercase().as_str(), "a" | "an"));
        // "The resulting fire", "the ensuing panic": resulting from what?
        let follows_from_before = matches!(
            lower.as_str(),
            "resulting" | "ensuing" | "subsequent" | "aforementioned"
        ) && i > 0
            && words[i - 1].text.eq_ignore_ascii_case("the");
        // "Carbon then passes into animals": then after what?
        let then_after_subject =
            lower == "then" && i > 0 && matches!(words[i - 1].tag, Tag::Noun | Tag::Propn);
        // "Why is Venus hotter?": hotter than what? (A comparative after
        // "be" with no "than" leans on what it was compared with.)
        let compared_before = w.tag == Tag::Adj
            && crate::text::lemma::graded(&lower, "er")
            // (Also in a question: "Why is Venus actually hotter?")
            && words[i.saturating_sub(4)..i]
                .iter()
                .any(|p| matches!(p.lemma.as_str(), "be" | "become" | "grow" | "get"))
            && !words[i + 1..].iter().any(|n| n.text.eq_ignore_ascii_case("than"));
        // "Herculaneum was buried even deeper": deeper than what?
        let even_more = i > 0
            && words[i - 1].text.eq_ignore_ascii_case("even")
            && (crate::text::lemma::graded(&lower, "er")
                || matches!(
                    lower.as_str(),
                    "more" | "less" | "better" | "worse" | "further"
                ))
            && !words[i + 1..]
                .iter()
                .any(|n| n.text.eq_ignore_ascii_case("than"));
        // "Aldrin came out twenty minutes after": after what? "Strangest
        // of all is dry ice": of all the ones told before.
        // ("published in 1915 and revised afterwards": after what the
        // sentence told.)
        let opening = i == 0 || matches!(words[i - 1].tag, Tag::Punct | Tag::Cconj);
        let after_what = (opening && matches!(lower.as_str(), "afterwards" | "afterward"))
            || (lower == "after"
                && words
                    .get(i + 1)
                    .is_none_or(|n| matches!(n.tag, Tag::Punct | Tag::Cconj)));
        // "By then the Central Pacific had laid 690 miles": by when?
        let then_before = lower == "then"
            && i > 0
            && matches!(
                words[i - 1].text.to_lowercase().as_str(),
                "by" | "until" | "till" | "since" | "from"
            );
        // "Only a small share is fresh": a share of what?
        let share_of_what = matches!(
            lower.as_str(),
            "share" | "proportion" | "fraction" | "majority" | "minority" | "remainder"
        ) && w.tag == Tag::Noun
            && words.get(i + 1).is_none_or(|n| n.text != "of");
        // "Some soaks into the ground", "Smaller amounts are stored": a
        // subject that is a part, or more or less, of something told before.
        let part_subject = i == 0
            && ((matches!(
                lower.as_str(),
                "some" | "many" | "most" | "others" | "several" | "much"
            ) && words.get(1).is_some_and(|n| {
                matches!(n.tag, Tag::Verb | Tag::Aux) || verb_taken_for_noun(words, 1)
            })) || ((crate::text::lemma::graded(&lower, "er")
                || matches!(lower.as_str(), "more" | "fewer" | "less"))
                && !words.iter().any(|n| n.text.eq_ignore_ascii_case("than"))));
        // "Harold, on the other hand, was different": from whom?
        let other_hand = lower == "hand"
            && i >= 3
            && words[i - 3..i]
                .iter()
                .map(|w| w.text.to_lowercase())
                .eq(["on", "the", "other"]);
        let of_all = crate::text::lemma::graded(&lower, "est")
            && words.get(i + 1).is_some_and(|n| n.text == "of")
            && words.get(i + 2).is_some_and(|n| n.text == "all");
        // "How many coins would the toll now be?": now in the story, at
        // a moment the question does not give.
        let story_now = lower == "now"
            && words[i.saturating_sub(3)..i].iter().any(|p| {
                matches!(
                    p.text.to_lowercase().as_str(),
                    "would" | "was" | "were" | "had" | "could"
                )
            });
        // "Typical examples include sandstone": examples of what?
        let examples_of_what = matches!(lower.as_str(), "example" | "examples")
            && !(i > 0 && words[i - 1].text.eq_ignore_ascii_case("for"))
            && !defined_after(words, i);
        // "agreed to do so": "so" after "do" stands for an action told
        // before.
        let do_so = lower == "so" && i > 0 && words[i - 1].lemma == "do";
        // "Who was puzzled too?": an additive "too" leans on someone else.
        // ("too rude" is how rude.)
        let additive_too = lower == "too"
            && words
                .get(i + 1)
                .is_none_or(|n| matches!(n.tag, Tag::Punct | Tag::Sconj | Tag::Cconj));
        // "Both organisations set aside their campaigns": which two? (Not
        // "both Fawcett and Pankhurst".)
        let both_told_before = lower == "both"
            && words.get(i + 1).is_some_and(|n| {
                n.tag == Tag::Noun && n.text.to_lowercase() != n.lemma.to_lowercase()
            })
            && !words[..i].iter().any(|w| w.tag == Tag::Cconj);
        // "did not want to spend one without a good reason": one what?
        // ("no one", "the one who", "one of them", "one day" say.)
        let bare_one = lower == "one"
            && !(i > 0
                && matches!(
                    words[i - 1].text.to_lowercase().as_str(),
                    "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which"
                ))
            && words.get(i + 1).is_none_or(|n| {
                matches!(n.tag, Tag::Adp | Tag::Punct | Tag::Cconj | Tag::Sconj) && n.text != "of"
            })
            // ("joined one after another", "one by one": a way of doing.)
            && !words.get(i + 2).is_some_and(|n| {
                matches!(n.text.to_lowercase().as_str(), "another" | "one")
            });
        if DEMONSTRATIVES.contains(&lower.as_str())
            || part_without_whole(words, i)
            || lower == "same"
            || bare_one
            || both_told_before
            || the_other
            || the_number
            || that_someone
            || there_before
            || relative_to_before
            || that_noun
            || told_before
            || additive_too
            || do_so
            || examples_of_what
            || story_now
            || compared_before
            || even_more
            || after_what
            || then_before
            || share_of_what
            || part_subject
            || other_hand
            || of_all
            || follows_from_before
            || then_after_subject
            || emphatic
            || so_adjective_a
        {
            return Err(format!(
                "\u{201C}{} \u{2026}\u{201D} has nothing in the question to refer to",
                w.text
            ));
        }
    }
    Ok(())
}

/// "How many flights did they make that day?": a time told from the
/// sentence before is no time in a question.
fn timed(draft: &Draft) -> Result<(), String> {
    let asks_a_fact = matches!(
        draft.kind,
        QuestionKind::MultipleChoice
            | QuestionKind::ShortAnswer
            | QuestionKind::GapFill
            | QuestionKind::TrueFalse
    );
    if asks_a_fact && super::true_false::relative_time(&draft.stem) {
        Err("its time (\u{201C}that day\u{201D}, \u{201C}the next day\u{201D}) needs the sentence before".into())
    } else {
        Ok(())
    }
}

fn answer_hidden(draft: &Draft) -> Result<(), String> {
    let answer = draft.answer.trim();
    if answer.is_empty() {
        return Err("the answer is empty".into());
    }
    let core = answer
        .trim_start_matches("Because of ")
        .trim_start_matches("Because ")
        .trim_start_matches("the ")
        .to_lowercase();
    let checked = matches!(
        draft.kind,
        QuestionKind::MultipleChoice | QuestionKind::ShortAnswer | QuestionKind::GapFill
    );
    if checked && draft.stem.to_lowercase().contains(&core) {
        return Err(format!(
            "the answer \u{201C}{answer}\u{201D} stands in the question"
        ));
    }
    Ok(())
}

/// A table's rows: at least three, none repeated, and the solution takes
/// each option once at most (every option, for a sequence).
fn rows(draft: &Draft) -> Result<(), String> {
    let distinct = |texts: &[String]| {
        let mut lower: Vec<String> = texts.iter().map(|t| t.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        lower.len() == texts.len()
    };
    let mut taken = draft.solution.clone();
    taken.sort();
    taken.dedup();
    // Every option once (a matching table may have spare answers).
    let spares = draft.kind != QuestionKind::Sequence;
    let whole = taken.len() == draft.solution.len()
        && taken.iter().all(|&o| o < draft.options.len())
        && (spares || taken.len() == draft.options.len());
    if draft.options.len() < 3 || !distinct(&draft.options) || !distinct(&draft.items) {
        Err("a table needs three or more different rows".into())
    } else if !whole {
        Err("the solution does not use every option once".into())
    } else {
        Ok(())
    }
}

fn options(draft: &Draft) -> Result<(), String> {
    match draft.kind {
        QuestionKind::MultipleChoice => {}
        QuestionKind::Matching | QuestionKind::Sequence | QuestionKind::Vocabulary => {
            return rows(draft);
        }
        _ => return Ok(()),
    }
    let lower: Vec<String> = draft.options.iter().map(|o| o.to_lowercase()).collect();
    let mut distinct = lower.clone();
    distinct.sort();
    distinct.dedup();
    let right = lower
        .iter()
        .filter(|o| **o == draft.answer.to_lowercase())
        .count();
    if draft.options.len() != 4 || distinct.len() != 4 {
        Err("the options are not four different ones".into())
    } else if right != 1 {
        Err("exactly one option must be the answer".into())
    } else if lower.iter().any(|o| {
        *o != draft.answer.to_lowercase()
            && (o.contains(&draft.answer.to_lowercase())
                || draft.answer.to_lowercase().contains(o.as_str()))
    }) {
        Err("an option repeats part of the answer".into())
    } else {
        Ok(())
    }
}

fn length(draft: &Draft) -> Result<(), String> {
    let words = draft.stem.split_whitespace().count();
    if words > MAX_STEM_WORDS {
        Err(format!("the stem is too long ({words} words)"))
    } else if draft.quotes.is_empty() {
        Err("the answer has no evidence".into())
    } else {
        Ok(())
    }
}

/// The gender the sources' pronouns give each named person (lower case).
pub type Genders = HashMap<String, Gender>;

/// Splits candidates into those that pass every check and those that do
/// not; `genders` tells which named people a "he" or "she" can be.
pub fn check(candidates: Vec<Draft>, genders: &Genders) -> (Vec<Draft>, Vec<Rejection>) {
    let mut passed = Vec::new();
    let mut rejected = Vec::new();
    for draft in candidates {
        let verdict = stem_form(&draft)
            .and_then(|()| referents(&draft, genders))
            .and_then(|()| timed(&draft))
            .and_then(|()| answer_hidden(&draft))
            .and_then(|()| options(&draft))
            .and_then(|()| length(&draft));
        match verdict {
            Ok(()) => passed.push(draft),
            Err(reason) => rejected.push(Rejection {
                kind: draft.kind,
                stem: draft.stem,
                reason,
            }),
        }
    }
    (passed, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    fn draft(kind: QuestionKind, stem: &str, answer: &str, options: &[&str]) -> Draft {
        Draft {
            kind,
            level: Level::Recall,
            stem: stem.into(),
            options: options.iter().map(|s| s.to_string()).collect(),
            answer: answer.into(),
            items: Vec::new(),
            solution: Vec::new(),
            marking_guide: Vec::new(),
            quotes: vec![super::super::Quote {
                passage: "p1".into(),
                text: "x".into(),
            }],
            points: 1,
            answer_lines: 1,
            fact: None,
            score: 1.0,
            answer_kind: None,
        }
    }

    /// Why a true/false statement is rejected, if it is.
    fn tf(stem: &str) -> Option<String> {
        reason(draft(
            QuestionKind::TrueFalse,
            stem,
            "True",
            &["True", "False"],
        ))
    }

    fn reason(d: Draft) -> Option<String> {
        check(vec![d], &Genders::new())
            .1
            .first()
            .map(|r| r.reason.clone())
    }

    #[test]
    fn a_his_needs_someone_who_may_be_a_he() {
        let genders: Genders = [
            ("marie".to_string(), Gender::Female),
            ("tamsin".to_string(), Gender::Female),
        ]
        .into();
        let checked = |stem: &str, answer: &str| {
            check(
                vec![draft(QuestionKind::ShortAnswer, stem, answer, &[])],
                &genders,
            )
            .1
            .len()
        };
        assert_eq!(
            checked("Where did Marie take over his job?", "the Sorbonne"),
            1
        );
        assert_eq!(
            checked("Who took over his job at the Sorbonne?", "Marie"),
            1
        );
        assert_eq!(
            checked("Where did Marie take over her job?", "the Sorbonne"),
            0
        );
        // (Nor is a she a "him".)
        assert_eq!(
            checked(
                "Why did a girl named Tamsin, who lived with her grandmother, walk beside him?",
                "to carry the oil"
            ),
            1
        );
        assert_eq!(
            checked(
                "For how long did nobody know whether they were alive?",
                "nine days"
            ),
            1
        );
    }

    #[test]
    fn a_parallel_inquiry_or_the_reason_leans_on_what_came_before() {
        assert!(tf("A parallel US Senate inquiry was led by Senator William Smith.").is_some());
        assert!(tf("The reason was found in 1779 by Jan Ingenhousz.").is_some());
        assert_eq!(
            tf("The US Senate held an inquiry led by Senator William Smith."),
            None
        );
        assert!(tf("On December 1, 1955, Rosa Parks agreed to do so.").is_some());
        assert!(tf("Typical examples include sandstone and limestone.").is_some());
        assert!(tf("Historians think the work took around twenty years.").is_some());
        assert!(tf("The toll for a walker would now be eight coins.").is_some());
        assert!(tf("No traveller he carried was ever lost in the marsh.").is_some());
        assert!(tf("The resulting fire burned for around ten days in Ukraine.").is_some());
        assert!(tf("Carbon then passes into the animals that eat the plants.").is_some());
        assert!(tf("Venus is actually hotter because its thick atmosphere traps heat.").is_some());
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Why is Venus actually hotter, at around 465 degrees?",
                "Because its air traps heat",
                &[]
            ))
            .is_some()
        );
        assert_eq!(
            tf("Venus is hotter than Mercury for most of the year."),
            None
        );
        assert!(tf("The nearby town of Herculaneum was buried even deeper.").is_some());
        assert!(tf("Aldrin came out twenty minutes after.").is_some());
        assert!(tf("Afterwards, Aldrin came out.").is_some());
        assert_eq!(
            tf("The book was published in 1915 and revised several times afterwards."),
            None
        );
        assert!(tf("Strangest of all is dry ice.").is_some());
        assert!(tf("Harold, on the other hand, was as different as night is from day.").is_some());
        assert!(tf("The final piece came in 1804.").is_some());
        assert_eq!(
            tf("The bones of the middle ear pass the vibrations to the cochlea."),
            None
        );
        assert_eq!(tf("Most people hear 20,000 vibrations a second."), None);
        assert_eq!(tf("The two ships met at the mouth of the bay."), None);
        assert_eq!(
            tf("The hunter would not enter the gate there and then."),
            None
        );
        assert_eq!(
            tf("Women could not study in Poland, so Marie worked there."),
            None
        );
        assert_eq!(
            tf("In a series circuit the parts are joined one after another in a loop."),
            None
        );
        assert!(tf("A second expedition set out in 1922.").is_some());
        assert!(tf("By then the Central Pacific had laid about 690 miles of track.").is_some());
        assert!(tf("Only a small share is fresh.").is_some());
        assert!(tf("Some soaks into the ground.").is_some());
        assert!(tf("Smaller amounts are stored as groundwater.").is_some());
        assert!(tf("Gorran knelt and held one end steady.").is_some());
        assert_eq!(tf("Gorran knelt and held one end of the rope."), None);
        assert_eq!(tf("The mills stood at the east end of the village."), None);
        assert_eq!(tf("Wenna gave her half the barley bread."), None);
        let answered = |answer: &str| {
            reason(draft(
                QuestionKind::ShortAnswer,
                "What would Millbeck build from the east bank?",
                answer,
                &[],
            ))
        };
        assert!(answered("its half").is_some());
        assert_eq!(answered("its half of the bridge"), None);
        assert_eq!(tf("Only a small share of the water is fresh."), None);
        assert_eq!(tf("Some rain soaks into the ground."), None);
        assert_eq!(
            tf("Then the Central Pacific laid 690 miles of track."),
            None
        );
        assert!(tf("When the bits settle at the bottom of the sea, rock forms.").is_some());
        assert!(tf("That goal was met by Apollo 11 in July 1969.").is_some());
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "When was that goal met by Apollo 11?",
                "In July 1969",
                &[]
            ))
            .is_some()
        );
        assert_eq!(tf("Aldrin came out after Armstrong."), None);
        assert_eq!(
            tf("The nearby town of Herculaneum was buried even deeper than Pompeii."),
            None
        );
        assert!(tf("The French attempt failed and the effort was abandoned.").is_some());
        assert_eq!(tf("The effort to dig a canal failed in 1889."), None);
    }

    #[test]
    fn an_it_after_a_preposition_is_not_the_same_verb_s_object() {
        assert!(tf("Liesel left the little round cheese on it.").is_some());
        assert_eq!(tf("The stone reached the museum and stayed in it."), None);
        assert_eq!(
            tf("The soldiers found the stone and took it to Cairo."),
            None
        );
    }

    #[test]
    fn a_possessive_whose_owner_was_moved_out_is_torn() {
        let short = draft(
            QuestionKind::ShortAnswer,
            "What did Piri take 's thighbone?",
            "a camel",
            &[],
        );
        assert!(reason(short).is_some_and(|r| r.contains("torn apart")));
    }

    #[test]
    fn an_object_pronoun_needs_someone_or_something_besides_the_subject() {
        assert!(tf("The Purity Distilling Company had built it in 1915.").is_some());
        assert!(
            tf("In 1956 Anders Franzén brought up a piece of black oak - he had found her.")
                .is_some()
        );
        assert_eq!(
            tf("The company bought a tank and filled it with molasses."),
            None
        );
        assert_eq!(
            tf("The new law made it clear that women would be taxed."),
            None
        );
        let gap = draft(
            QuestionKind::GapFill,
            &format!("Divers have found the remains of at least {BLANK} of them."),
            "15",
            &[],
        );
        assert!(reason(gap).is_some_and(|r| r.contains("them")));
    }

    #[test]
    fn good_questions_pass() {
        assert_eq!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "In which year did Lenin die?",
                "1924",
                &[]
            )),
            None
        );
        assert_eq!(
            reason(draft(
                QuestionKind::MultipleChoice,
                "Whom did Lenin warn about Stalin?",
                "Central Committee",
                &["Central Committee", "Red Army", "Politburo", "Duma"]
            )),
            None
        );
        assert_eq!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Who had Stalin's secretaries report to him?",
                "Lenin",
                &[]
            )),
            None
        );
        // An "it" that stands for the clause to come refers to nothing.
        assert_eq!(
            reason(draft(
                QuestionKind::TrueFalse,
                "When at last it was plainly seen that the monster was dead, the King rejoiced.",
                "True",
                &[]
            )),
            None
        );
        // The "he" of a who-question is the one asked for.
        assert_eq!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Who made all the haste he could?",
                "the young man",
                &[]
            )),
            None
        );
    }

    #[test]
    fn bad_questions_are_rejected_with_a_reason() {
        for (stem, word) in [
            (
                "When on Saturdays the weather was fine, they sailed to the town.",
                "they",
            ),
            ("Maie set her mind upon the same subject.", "same"),
            (
                "The Emperor sent two thousand warriors the following day.",
                "sentence before",
            ),
            ("The daughter was left by the side of the other.", "other"),
            ("The only way between the two was a causeway.", "two"),
            (
                "On the seventh, Tamsin drew a bucket of clear water.",
                "seventh",
            ),
            ("For forty years that someone had been Hesper Loam.", "that"),
            ("Mira was there already with a lamp.", "there"),
            ("Oda listened to the whole story.", "story"),
            (
                "About 2.3 million gallons of the stuff came out at 35 mph.",
                "stuff",
            ),
            ("Lady Mary brought the idea to Britain in 1721.", "idea"),
            (
                "Part of the works was laid beneath the new embankments.",
                "works",
            ),
            ("Maren was very hungry himself.", "himself"),
            ("Every Tuesday she came home with nine copper coins.", "she"),
            ("The miller did not want so large a house.", "so"),
            ("Elin climbed to the top before sunrise.", "top"),
            (
                "As a baby she survived a lightning strike that killed three women.",
                "she",
            ),
            (
                "As a young woman she visited hospitals across Europe.",
                "she",
            ),
            (
                "At a meeting in New York in 1926 geologists picked his theory apart.",
                "his",
            ),
            ("The short answer is that Wegener could show it.", "answer"),
            ("Edward Jenner did not take that idea seriously.", "that"),
            (
                "The direction of that straight run is the direction to fly.",
                "that",
            ),
            ("Maren was puzzled too, until she heard a tapping.", "too"),
            (
                "Mira did not want to spend one without a good reason.",
                "one",
            ),
            (
                "Capillaries join them up and are only one cell thick.",
                "them",
            ),
            (
                "Both organisations largely set aside their campaigns in 1914.",
                "Both",
            ),
        ] {
            let why = reason(draft(QuestionKind::TrueFalse, stem, "True", &[]))
                .unwrap_or_else(|| panic!("{stem}: passed"));
            assert!(why.contains(word), "{stem}: {why}");
        }
        // "Who had ceased to notice her crossness?" — "the old man": the
        // "her" is someone else, whom the question does not name.
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Who had ceased to take any notice of her crossness?",
                "the old man",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}her\u{201D} has nothing")
        );
        // "Who had a report summarising her data?" — "Max Perutz", whom
        // the sources never call a she: "her" is someone else.
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Who had access to a research report summarising her data?",
                "Max Perutz",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}her\u{201D} has nothing")
        );
        // A relative "who" is not the question's: "him" is someone else.
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "What passed to a distant cousin, who had always hated him?",
                "the crown",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}him\u{201D} has nothing")
        );
        assert!(
            reason(draft(
                QuestionKind::TrueFalse,
                "The woman built it up again.",
                "True",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}it\u{201D} has nothing")
        );
        assert!(
            reason(draft(
                QuestionKind::GapFill,
                "By the time it was put out, around __________ houses had burned.",
                "13,000",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}it\u{201D} has nothing")
        );
        assert_eq!(
            reason(draft(
                QuestionKind::TrueFalse,
                "In the round dance the bee turns first one way and then the other.",
                "True",
                &[]
            )),
            None
        );
        assert_eq!(
            reason(draft(
                QuestionKind::TrueFalse,
                "The fire went out, so the woman built it up again.",
                "True",
                &[]
            )),
            None
        );
        assert!(
            reason(draft(
                QuestionKind::TrueFalse,
                "Aldrin did not join him on the surface.",
                "False",
                &[]
            ))
            .unwrap()
            .contains("\u{201C}him\u{201D} has nothing")
        );
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "What did he also not like?",
                "x",
                &[]
            ))
            .unwrap()
            .contains("nothing in the question")
        );
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Why did Lenin appreciate these traits?",
                "x",
                &[]
            ))
            .unwrap()
            .contains("these")
        );
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Who was Stalin's rival, Trotsky?",
                "Trotsky",
                &[]
            ))
            .unwrap()
            .contains("stands in the question")
        );
        assert!(
            reason(draft(
                QuestionKind::ShortAnswer,
                "Lenin died in 1924",
                "1924",
                &[]
            ))
            .unwrap()
            .contains("question or instruction")
        );
        assert!(
            reason(draft(
                QuestionKind::MultipleChoice,
                "Who succeeded Lenin?",
                "Joseph Stalin",
                &["Joseph Stalin", "Stalin", "Lenin", "Trotsky"]
            ))
            .is_some()
        );
        assert!(
            reason(draft(
                QuestionKind::MultipleChoice,
                "Who succeeded Lenin?",
                "Stalin",
                &["Stalin", "Stalin", "Lenin", "Trotsky"]
            ))
            .is_some()
        );
    }
}
