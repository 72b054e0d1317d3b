//! Matching: the people, organisations and places the theme is about in one
//! column, what the sources say each of them did or was in the other; or
//! the terms the sources define ("Evaporation is the change of a liquid
//! into a gas at its surface", "Melting = solid to liquid") beside their
//! meanings.
//!
//! In: the statements. Out: at most two drafts (names, terms) — three to
//! five rows, each with the best-supported thing a sentence with that name
//! or term as its subject says of it, no description naming its own answer
//! or saying much the same as another row's, the descriptions in a seeded
//! order.

use std::collections::{HashMap, HashSet};

use super::checks::{Genders, row_stands_alone};
use super::clause::subject_predicate;
use super::{Context, Draft, MatchTable, Material, Quote, leans_on_context};
use crate::model::Passage;
use crate::model::{Level, QuestionKind};
use crate::rng::Rng;
use crate::text::analysis::Analysis;
use crate::text::analysis::{EntityKind, is_speech};
use crate::text::content_stems;
use crate::text::lemma::{Class, is_known, lemma_of};
use crate::text::tagger::Tag;

const MIN_PAIRS: usize = 3;
const MAX_PAIRS: usize = 5;
/// Longest description, in words: a table cell, not a paragraph.
const MAX_WORDS: usize = 20;
const MIN_WORDS: usize = 3;
/// "was delighted" or "went to the forest" could be said of anyone.
const MIN_CONTENT_WORDS: usize = 3;
/// A description whose words another sentence (not naming the same one)
/// mostly uses could be said of someone else.
const SAID_ELSEWHERE: f32 = 0.6;
/// Two descriptions sharing this much of their words (Jaccard, without the
/// names) could be matched either way.
const AMBIGUOUS: f32 = 0.4;

/// A name and one thing a sentence says of it.
struct Pair {
    name: String,
    /// The kind of name; none for a term.
    kind: Option<EntityKind>,
    description: String,
    quote: Quote,
    score: f32,
}

/// People are one entry whatever form of their name a sentence uses:
/// "Joseph Stalin" and "Stalin" share the last word ("the old woman" and
/// "the young woman" are two).
fn identity(name: &str, kind: Option<EntityKind>) -> String {
    let lower = name.to_lowercase();
    let named = name.starts_with(|c: char| c.is_uppercase());
    match kind {
        Some(EntityKind::Person) if named => lower.rsplit(' ').next().unwrap_or(&lower).to_string(),
        _ => lower.trim_start_matches("the ").to_string(),
    }
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut rng = Rng::new(context.seed ^ 0x3A7C_4E5D);
    [named(context), defined_terms(context)]
        .into_iter()
        .filter_map(|(by_name, order)| table(by_name, &order))
        .map(|table| table.draft(&mut rng))
        .collect()
}

/// The candidate rows of each name, and the names in reading order.
type Rows = (HashMap<String, Vec<Pair>>, Vec<String>);

/// What the statements say of each name that is their subject.
fn named(context: &Context) -> Rows {
    let mut by_name: HashMap<String, Vec<Pair>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for statement in &context.statements {
        let Some((name, kind, description)) =
            subject_predicate(&statement.analysis, &context.kinds)
        else {
            continue;
        };
        // "Aquarius splashed down": a name not surely someone's may be a
        // ship or a place.
        let named = name.starts_with(char::is_uppercase);
        if kind == EntityKind::Person && named && !context.surely_person(&name) {
            continue;
        }
        // ("the men", "the others": a group no more than a plural says
        // could be any of several told of.)
        let bare_plural = match name.split_whitespace().collect::<Vec<_>>()[..] {
            ["the", noun] => lemma_of(noun, Class::Noun) != noun,
            _ => false,
        };
        if bare_plural {
            continue;
        }
        // "now ruled the kingdom": an adverb first leans on the story.
        let description = description
            .split_once(' ')
            .filter(|(first, _)| {
                matches!(
                    first.to_lowercase().as_str(),
                    "now" | "thus" | "then" | "so" | "therefore"
                )
            })
            .map_or(description.as_str(), |(_, rest)| rest)
            .to_string();
        let words: Vec<&str> = description.split_whitespace().collect();
        let identity = identity(&name, Some(kind));
        // ('said, "Goat skins are cheap', 'murmured, because ...': what
        // someone said is no deed, and its quotation is cut.)
        let speech = is_speech(&statement.analysis)
            || description.contains(['"', '\u{201C}', '\u{201D}'])
            || words.first().is_some_and(|w| {
                matches!(
                    w.trim_end_matches(',').to_lowercase().as_str(),
                    "said"
                        | "murmured"
                        | "whispered"
                        | "shouted"
                        | "replied"
                        | "answered"
                        | "cried"
                        | "asked"
                )
            });
        let usable = !speech
            && !leans_on_context(&name)
            && (MIN_WORDS..=MAX_WORDS).contains(&words.len())
            && content_stems(&description).len() >= MIN_CONTENT_WORDS
            && !words
                .iter()
                .any(|w| leans_on_context(w.trim_matches(|c: char| !c.is_alphabetic())))
            && !description.to_lowercase().contains(&identity);
        if !usable {
            continue;
        }
        // Said of someone else too ("the eldest son went into the forest"
        // as well as the second): the row could be matched either way.
        let mine: HashSet<String> = content_stems(&description).into_iter().collect();
        let said_of_another = context.statements.iter().any(|other| {
            let text = other.analysis.text.to_lowercase();
            let theirs: HashSet<String> = content_stems(&text).into_iter().collect();
            !text.contains(&identity)
                && mine.intersection(&theirs).count() as f32 >= SAID_ELSEWHERE * mine.len() as f32
        });
        if said_of_another {
            continue;
        }
        if !by_name.contains_key(&identity) {
            order.push(identity.clone());
        }
        by_name.entry(identity).or_default().push(Pair {
            name,
            kind: Some(kind),
            description: description.trim_end_matches([',', ';', ':']).to_string(),
            quote: statement.quote(),
            score: statement.support() as f32 + 0.3 * statement.on_theme.min(3) as f32
                - 0.05 * words.len() as f32,
        });
    }
    (by_name, order)
}

/// A term a source sentence defines, and the meaning it gives.
pub struct Definition {
    pub term: String,
    pub meaning: String,
    pub quote: Quote,
    /// The fact the sentence states, and how many sources state it.
    pub fact: Option<String>,
    pub support: usize,
    /// Written as a sentence, "X is a/an/the ..." (not "X = ...", "X: ...",
    /// "Xs are ...").
    pub in_a_sentence: bool,
}

/// The terms the theme's sentences define, as their subject before "is",
/// "are", "=" or ":" and a definition ("Condensation is the change from
/// gas to liquid", "A predator is an animal that hunts", "Melting = solid
/// to liquid"), in reading order.
/// `analysed`: each passage's sentences analysed, in order (as the
/// context holds them); `genders`: the people's genders, for the pronoun
/// check of a meaning.
pub fn definitions(
    material: &Material,
    analysed: &[Vec<Analysis>],
    genders: &Genders,
) -> Vec<Definition> {
    const MAX_TERM_WORDS: usize = 3;
    let analysed: Vec<(&Passage, usize, &str, &Analysis)> = material
        .passages
        .iter()
        .zip(analysed)
        .flat_map(|(p, analyses)| {
            p.sentences
                .iter()
                .zip(analyses)
                .enumerate()
                .map(move |(at, (text, a))| (*p, at, text.as_str(), a))
        })
        .collect();
    // How many sentences write each noun, so that a meaning whose head no
    // other sentence uses ("the town hall" for the nucleus, "an exception"
    // for water) is taken for a likeness or a remark, not a meaning.
    let mut sentences_with: HashMap<String, usize> = HashMap::new();
    for (_, _, _, a) in &analysed {
        let nouns: HashSet<String> = a
            .words
            .iter()
            .filter(|w| w.tag == Tag::Noun)
            .map(|w| w.lemma.to_lowercase())
            .collect();
        for noun in nouns {
            *sentences_with.entry(noun).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for (passage, at, text, a) in &analysed {
        let (passage, at, text) = (*passage, *at, *text);
        let words = &a.words;
        let article = usize::from(
            words
                .first()
                .is_some_and(|w| matches!(w.text.to_lowercase().as_str(), "a" | "an" | "the")),
        );
        // ("Resistance (R): opposition to current": a symbol in brackets
        // may follow the term; "Voltage, or potential difference, is the
        // energy ...": another name for it between commas.)
        let bracket_before = |k: usize| {
            (k >= 3 && k <= words.len() && words[k - 1].text == ")" && words[k - 3].text == "(")
                .then(|| k - 3)
        };
        let alias_before = |k: usize| {
            if k < 4 || k > words.len() || words[k - 1].text != "," {
                return None;
            }
            (article + 1..k - 2)
                .find(|&j| words[j].text == "," && words[j + 1].text.eq_ignore_ascii_case("or"))
        };
        const MAX_ALIAS_WORDS: usize = 3;
        let reach = article + MAX_TERM_WORDS + MAX_ALIAS_WORDS + 3;
        let Some(copula) = (article + 1..=reach).find(|&k| {
            let term_end = bracket_before(k).or_else(|| alias_before(k)).unwrap_or(k);
            (article + 1..=article + MAX_TERM_WORDS).contains(&term_end)
                && words.get(k).is_some_and(|w| {
                    matches!(w.text.as_str(), "is" | "are" | "=" | ":") || is_dash(&w.text)
                })
        }) else {
            continue;
        };
        let symbol = bracket_before(copula);
        let term_end = symbol.or_else(|| alias_before(copula)).unwrap_or(copula);
        let term_words = &words[article..term_end];
        // (An opening capital may be tagged a name, "Freezing" a verb.)
        // ("Current (I):" — a quantity's name, whatever its tag.)
        let nominal = |w: &crate::text::analysis::Word| match w.tag {
            Tag::Noun => true,
            // (Or a noun other sentences write in lower case: "Pathogen -
            // a microorganism ...".)
            Tag::Propn => {
                is_known(&w.text, Class::Noun)
                    || sentences_with.contains_key(&w.text.to_lowercase())
            }
            Tag::Adj => symbol.is_some() && is_known(&w.text, Class::Noun),
            Tag::Verb => w.text.ends_with("ing"),
            _ => false,
        };
        let noun_phrase = term_words.last().is_some_and(nominal)
            && term_words.iter().all(|w| nominal(w) || w.tag == Tag::Adj);
        // ("is the change", "is when", "= solid to liquid": a definition,
        // not "is unusual".)
        let opening = words
            .get(copula + 1)
            .map(|w| w.text.to_lowercase())
            .unwrap_or_default();
        // (Not inside a bracket, which the meaning leaves out: "an injection
        // (or sometimes a nasal spray or drops by mouth) of dead ...".)
        let mut depth = 0usize;
        let bracketed: Vec<bool> = words
            .iter()
            .map(|w| {
                match w.text.as_str() {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth > 0 || w.text == ")"
            })
            .collect();
        // ("Farming: lime is spread on acidic fields": a use, told as a
        // clause; "Wasp sting = alkaline → treat with vinegar": a note of
        // what follows from what.)
        let after = copula + 2..words.len();
        let clause =
            after.start <= after.end && states_a_clause(&words[after.clone()], &bracketed[after]);
        let arrow = words[copula + 1..]
            .iter()
            .any(|w| matches!(w.text.as_str(), "\u{2192}" | "->" | "=>" | "\u{21D2}"));
        let defines = !arrow
            && match words[copula].text.as_str() {
                "is" | "are" => matches!(
                    opening.as_str(),
                    "a" | "an" | "the" | "when" | "where" | "how"
                ),
                "=" => !clause,
                // ("Pathogen - a microorganism that causes disease", "Memory
                // cells – lymphocytes that stay ...": a key-word list; not
                // "The ship - loaded with explosives - caught fire".)
                dash if is_dash(dash) => {
                    matches!(
                        opening.as_str(),
                        "a" | "an" | "the" | "when" | "where" | "how"
                    ) || words.get(copula + 1).is_some_and(|w| {
                    // (A plural the tagger does not know may be taken for a
                    // verb: "lymphocytes".)
                    let unknown_plural = w.text.ends_with('s')
                        && !is_known(&w.text, Class::Verb)
                        && !is_known(&w.text, Class::Noun);
                    matches!(w.tag, Tag::Noun | Tag::Adj) || unknown_plural
                }) && !clause
                    // ("Short sight - near things clear - light focused in
                    // front of the retina - fix: ...": notes, not a meaning.)
                    && !words[copula + 1..].iter().any(|w| is_dash(&w.text))
                }
                // ("Evaporation: the sun heats water ...": a note on a process;
                // "Key idea:", "Stores:" are labels; "Current (I):" names a
                // quantity.)
                _ => {
                    (symbol.is_some()
                        || PROCESS_ENDINGS
                            .iter()
                            .any(|e| words[term_end - 1].text.to_lowercase().ends_with(e)))
                        && !clause
                }
            };
        // ("Results - ...", "Equipment: ...": a report's headings; "The
        // result is a tiny image": a noun standing for what came before.)
        let head_word = words[term_end - 1].text.to_lowercase();
        let heading = REPORT_SECTIONS.contains(&head_word.as_str())
            || super::checks::BACK_NOUNS.contains(&head_word.as_str());
        if !noun_phrase || !defines || heading || is_speech(a) {
            continue;
        }
        let term = a.text[words[article].start..words[term_end - 1].end].to_string();
        // The meaning ends before a second predicate ("the number of
        // vibrations per second and is measured in hertz") or an example
        // ("solid straight to gas, e.g. dry ice"); a note's bracketed
        // example goes too: "(ice melts at 0 °C)".
        // (Nor past a colon, or "and" before a clause: "a predator and the
        // rabbit is its prey".)
        let clause_after = |k: usize| {
            words[k + 1..]
                .iter()
                .take(4)
                .take_while(|w| w.tag != Tag::Punct)
                .any(|w| matches!(w.tag, Tag::Verb | Tag::Aux))
        };
        let end = (copula + 1..words.len())
            .filter(|&k| !bracketed[k])
            .find(|&k| {
                let next = words.get(k + 1);
                matches!(words[k].text.as_str(), ":" | ";")
                    || (words[k].tag == Tag::Cconj
                        && (words[k - 1].text == ","
                            || clause_after(k)
                            || next.is_some_and(|n| n.tag == Tag::Pron)))
            })
            .map_or(a.text.len(), |k| words[k].start);
        let end = a.text[..end].find("e.g.").map_or(end, |at| at);
        if a.text.trim_end().ends_with('!') || end <= words[copula].end {
            continue;
        }
        let rest = &a.text[words[copula].end..end];
        let meaning = strip_brackets(rest)
            .trim()
            .trim_end_matches(['.', ';', ','])
            .trim()
            .trim_end_matches(',')
            .to_string();
        let own_word = content_stems(&meaning)
            .iter()
            .any(|w| content_stems(&term).contains(w));
        let length = meaning.split_whitespace().count();
        // ("Typical animal cell = roughly 0.02 mm wide" is a measure, "the
        // town's gate" a likeness: no meanings.)
        let measure = meaning.chars().any(|c| c.is_ascii_digit());
        let likeness = meaning
            .split_whitespace()
            .take(3)
            .any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
        // (The head is the last noun of the first run of nouns: "hall" of
        // "the town hall".)
        // (Not in a bracket, which the meaning leaves out.)
        let head = (copula + 1..words.len())
            .take_while(|&k| words[k].start < end && words[k].text != "(")
            .find(|&k| words[k].tag == Tag::Noun)
            .map(|k| {
                let last = (k..words.len())
                    .take_while(|&j| words[j].tag == Tag::Noun && words[j].start < end)
                    .last()
                    .unwrap_or(k);
                words[last].lemma.to_lowercase()
            });
        // (A quantity's note, "Resistance (R): opposition to current", is no
        // likeness.)
        let shared_head = symbol.is_some()
            || head.is_none_or(|h| sentences_with.get(&h).is_some_and(|&n| n >= 2));
        let usable = (MIN_WORDS..=MAX_WORDS).contains(&length)
            && !own_word
            && !measure
            && !likeness
            && shared_head
            && row_stands_alone(&term, &meaning, genders);
        if !usable {
            continue;
        }
        // (As well supported as the fact it states.)
        let fact = material.facts.iter().find(|f| {
            f.sentences
                .iter()
                .any(|s| s.passage == passage.id && s.sentence == at)
        });
        out.push(Definition {
            term,
            meaning,
            quote: Quote {
                passage: passage.id.clone(),
                text: text.to_string(),
            },
            fact: fact.map(|f| f.id.clone()),
            support: fact.map_or(1, |f| f.support.len()),
            in_a_sentence: words[copula].text == "is"
                && matches!(opening.as_str(), "a" | "an" | "the"),
        });
    }
    out
}

/// The terms defined, as table rows.
fn defined_terms(context: &Context) -> Rows {
    let mut by_name: HashMap<String, Vec<Pair>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for d in &context.definitions {
        // ("Electric current" and "Current" are one term.)
        let identity = identity(&d.term, None)
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        if !by_name.contains_key(&identity) {
            order.push(identity.clone());
        }
        let length = d.meaning.split_whitespace().count();
        by_name.entry(identity).or_default().push(Pair {
            name: capital(&d.term),
            kind: None,
            description: d.meaning.clone(),
            quote: d.quote.clone(),
            score: d.support as f32 - 0.05 * length as f32,
        });
    }
    (by_name, order)
}

/// Whether words after a dash go on as a clause of their own ("Mouth –
/// salivary amylase starts on starch") rather than a noun phrase and what
/// describes it ("a protein made by lymphocytes", "cells that stay ..."):
/// their first verb outside brackets is finite with no "that", "which" or
/// "who" before it. `bracketed` marks the words inside brackets.
fn states_a_clause(words: &[crate::text::analysis::Word], bracketed: &[bool]) -> bool {
    for (w, &inside) in words.iter().zip(bracketed) {
        if inside {
            continue;
        }
        let lower = w.text.to_lowercase();
        if matches!(
            lower.as_str(),
            "that" | "which" | "who" | "whose" | "where" | "when"
        ) {
            return false;
        }
        let third_person = w.tag == Tag::Verb && lower.ends_with('s') && lower != w.lemma;
        if w.tag == Tag::Aux || third_person {
            return true;
        }
    }
    false
}

/// Whether a token is a dash that can stand for "is" in a list of key
/// words.
fn is_dash(token: &str) -> bool {
    matches!(token, "-" | "\u{2013}" | "\u{2014}")
}

/// A term as a table row writes it: capitalised.
pub fn capital(term: &str) -> String {
    let mut chars = term.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// The stem of a table of terms (the worksheet template heads its columns
/// "Term" and "Meaning" by it).
pub const TERMS_STEM: &str = "Match each term with its meaning as the sources give it. Write the letter of the meaning in the box.";

/// The headings of a report's parts, which label what follows a colon
/// ("Conclusion: As more of the population is vaccinated, ...") and define
/// nothing.
const REPORT_SECTIONS: &[&str] = &[
    "introduction",
    "conclusion",
    "discussion",
    "evaluation",
    "observation",
    "observations",
    "prediction",
    "hypothesis",
    "question",
    "description",
    "limitation",
    "explanation",
    "aim",
    "equipment",
    "apparatus",
    "materials",
    "method",
    "procedure",
    "result",
    "results",
    "analysis",
    "safety",
];

/// Endings of nouns that name a process or a property ("evaporation",
/// "melting", "erosion", "density").
const PROCESS_ENDINGS: &[&str] = &["tion", "sion", "ing", "ment", "sis", "ance", "ence", "ity"];

/// A text without its bracketed asides.
fn strip_brackets(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The table: for each name, its best row no other name has a like one
/// of; three to five rows, or none.
fn table(mut by_name: HashMap<String, Vec<Pair>>, order: &[String]) -> Option<MatchTable> {
    // Every name's words, so that descriptions are compared on the rest.
    let names: HashSet<String> = by_name
        .values()
        .flatten()
        .flat_map(|p| content_stems(&p.name))
        .collect();
    // (A term's meaning is also told by its words' order: "solid to
    // liquid" is no "liquid to solid". Its words are taken in pairs.)
    let terms = by_name.values().flatten().all(|p| p.kind.is_none());
    let words_of = |text: &str| -> HashSet<String> {
        let words: Vec<String> = content_stems(text)
            .into_iter()
            .filter(|w| !names.contains(w))
            .collect();
        if terms {
            words.windows(2).map(|pair| pair.join(" ")).collect()
        } else {
            words.into_iter().collect()
        }
    };
    let similar = |a: &HashSet<String>, b: &HashSet<String>| {
        let both = a.intersection(b).count() as f32;
        both / a.union(b).count().max(1) as f32 >= AMBIGUOUS
    };
    let mut pairs: Vec<Pair> = Vec::new();
    for identity in order {
        let Some(mut candidates) = by_name.remove(identity) else {
            continue;
        };
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
        // The best description no other name has a like one of.
        let others: Vec<HashSet<String>> = by_name
            .values()
            .flatten()
            .chain(pairs.iter())
            .map(|p| words_of(&p.description))
            .collect();
        if let Some(best) = candidates.into_iter().find(|p| {
            let mine = words_of(&p.description);
            !mine.is_empty() && !others.iter().any(|o| similar(&mine, o))
        }) {
            pairs.push(best);
        }
    }
    pairs.sort_by(|a, b| b.score.total_cmp(&a.score));
    // "replacing Ken Mattingly" beside a row for Ken Mattingly: a
    // description naming another row gives two answers away.
    let mut chosen: Vec<Pair> = Vec::new();
    let mut left_over: Vec<Pair> = Vec::new();
    for pair in pairs {
        let names_row = |description: &str, other: &Pair| {
            description
                .to_lowercase()
                .contains(&identity(&other.name, other.kind))
        };
        let clashes = chosen
            .iter()
            .any(|c| names_row(&pair.description, c) || names_row(&c.description, &pair));
        if clashes {
            continue;
        }
        if chosen.len() < MAX_PAIRS {
            chosen.push(pair);
        } else {
            left_over.push(pair);
        }
    }
    // A table keeps one description spare, so that the last row is not
    // matched by elimination: another row's, the weakest chosen one's if
    // none is left over.
    if left_over.is_empty() && chosen.len() > MIN_PAIRS {
        left_over.extend(chosen.pop());
    }
    let spares: Vec<String> = left_over
        .into_iter()
        .take(1)
        .map(|p| p.description)
        .collect();
    let mut pairs = chosen;
    if pairs.len() < MIN_PAIRS {
        return None;
    }
    // The names in reading order; the descriptions shuffled.
    pairs.sort_by_key(|p| order.iter().position(|o| *o == identity(&p.name, p.kind)));
    let stem = if pairs.iter().all(|p| p.kind.is_none()) {
        TERMS_STEM
    } else if pairs.iter().all(|p| p.kind == Some(EntityKind::Person)) {
        "Match each person with what the sources say they did. Write the letter of the description in the box."
    } else if pairs.iter().all(|p| p.name.starts_with(char::is_uppercase)) {
        "Match each name with what the sources say about it. Write the letter of the description in the box."
    } else {
        "Match each one on the left with what the sources say about it. Write the letter of the description in the box."
    };
    Some(MatchTable {
        kind: QuestionKind::Matching,
        level: Level::Recall,
        stem: stem.to_string(),
        rows: pairs
            .into_iter()
            .map(|p| (p.name, p.description, p.quote))
            .collect(),
        spares,
        score: 9.0,
    })
}

#[cfg(test)]
mod tests {
    use super::{definitions, named};
    use crate::questions::Context;

    #[test]
    fn a_bare_plural_is_no_one_to_match() {
        let texts = [
            (
                "a.txt",
                "The men went to help and came back sticky to the shoulders.",
            ),
            (
                "a.txt",
                "The youngest victim was a boy of ten from the North End.",
            ),
        ];
        let names = crate::questions::tests::with_material(&texts, |material, _| {
            named(&Context::new(material, 1)).1
        });
        assert_eq!(names, ["youngest victim"]);
    }

    /// The (term, meaning) pairs `definitions` finds in one-sentence
    /// sources.
    fn defined(texts: &[&str]) -> Vec<(String, String)> {
        let texts: Vec<(&str, &str)> = texts.iter().map(|t| ("notes.txt", *t)).collect();
        crate::questions::tests::with_material(&texts, |material, analysed| {
            definitions(material, analysed, &Default::default())
                .into_iter()
                .map(|d| (d.term, d.meaning))
                .collect()
        })
    }

    #[test]
    fn a_key_word_list_with_dashes_is_defined() {
        assert_eq!(
            defined(&[
                "Pathogen - a microorganism that causes disease (bacteria, viruses, fungi).",
                "Vaccine - an injection (or sometimes a spray or drops by mouth) of a weakened pathogen.",
                "Memory cells – lymphocytes that stay in the blood after an infection.",
                // (Its own word, "immune", gives "Herd immunity" away.)
                "Herd immunity - when most of a population is immune, the disease cannot spread easily.",
                "White blood cells - two types to learn:",
                "Mouth – salivary amylase starts on starch.",
                "Short sight - near things clear - light focused in front of the retina.",
                "Stalin - he should be removed from the party.",
                "The ship - loaded with explosives - caught fire.",
                "Every pathogen has antigens, and a microorganism can be tiny.",
                "Only lymphocytes make antibodies, and a population can be large.",
                "The nurse gave each child an injection, and saliva holds amylase.",
            ]),
            [
                (
                    "Pathogen".to_string(),
                    "a microorganism that causes disease".to_string()
                ),
                (
                    "Vaccine".to_string(),
                    "an injection of a weakened pathogen".to_string()
                ),
                (
                    "Memory cells".to_string(),
                    "lymphocytes that stay in the blood after an infection".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_term_with_its_symbol_or_another_name_is_defined() {
        assert_eq!(
            defined(&[
                "Resistance (R): opposition to the flow of current.",
                "Current (I): the flow of charge around a circuit.",
                "Key equation (1): V = I × R.",
                "Ammeter: always connected in series.",
                "Conclusion: the evaporation of water cools the air.",
                "Equipment: white card, black pen, ruler.",
                "The result is a tiny, upside-down image on the retina.",
                "Ohm (Ω):",
                "Voltage, or potential difference, is the energy given to each unit of charge.",
                "The energy of the charge is lost in the bulb.",
            ]),
            [
                (
                    "Resistance".to_string(),
                    "opposition to the flow of current".to_string()
                ),
                (
                    "Current".to_string(),
                    "the flow of charge around a circuit".to_string()
                ),
                (
                    "Voltage".to_string(),
                    "the energy given to each unit of charge".to_string()
                ),
            ]
        );
    }
}
