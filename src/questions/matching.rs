//! Matching: the people, organisations and places the theme is about in one
//! column, what the sources say each of them did or was in the other.
//!
//! In: the statements. Out: at most one draft — three to five names, each
//! with the best-supported thing a sentence with that name as its subject
//! says of it, no description naming its own answer or saying much the same
//! as another name's, the descriptions in a seeded order.

use std::collections::{HashMap, HashSet};

use super::clause::subject_predicate;
use super::{Context, Draft, MatchTable, Quote, leans_on_context};
use crate::model::{Level, QuestionKind};
use crate::rng::Rng;
use crate::text::analysis::{EntityKind, is_speech};
use crate::text::content_stems;

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
    kind: EntityKind,
    description: String,
    quote: Quote,
    score: f32,
}

/// People are one entry whatever form of their name a sentence uses:
/// "Joseph Stalin" and "Stalin" share the last word ("the old woman" and
/// "the young woman" are two).
fn identity(name: &str, kind: EntityKind) -> String {
    let lower = name.to_lowercase();
    let named = name.starts_with(|c: char| c.is_uppercase());
    match kind {
        EntityKind::Person if named => lower.rsplit(' ').next().unwrap_or(&lower).to_string(),
        _ => lower.trim_start_matches("the ").to_string(),
    }
}

pub fn write(context: &Context) -> Vec<Draft> {
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
        let identity = identity(&name, kind);
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
            kind,
            description: description.trim_end_matches([',', ';', ':']).to_string(),
            quote: statement.quote(),
            score: statement.support() as f32 + 0.3 * statement.on_theme.min(3) as f32
                - 0.05 * words.len() as f32,
        });
    }
    // Every name's words, so that descriptions are compared on the rest.
    let names: HashSet<String> = by_name
        .values()
        .flatten()
        .flat_map(|p| content_stems(&p.name))
        .collect();
    let words_of = |text: &str| -> HashSet<String> {
        content_stems(text)
            .into_iter()
            .filter(|w| !names.contains(w))
            .collect()
    };
    let similar = |a: &HashSet<String>, b: &HashSet<String>| {
        let both = a.intersection(b).count() as f32;
        both / a.union(b).count().max(1) as f32 >= AMBIGUOUS
    };
    let mut pairs: Vec<Pair> = Vec::new();
    for identity in &order {
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
    for pair in pairs {
        let names_row = |description: &str, other: &Pair| {
            description
                .to_lowercase()
                .contains(&identity(&other.name, other.kind))
        };
        let clashes = chosen
            .iter()
            .any(|c| names_row(&pair.description, c) || names_row(&c.description, &pair));
        if !clashes && chosen.len() < MAX_PAIRS {
            chosen.push(pair);
        }
    }
    let mut pairs = chosen;
    if pairs.len() < MIN_PAIRS {
        return Vec::new();
    }
    // The names in reading order; the descriptions shuffled.
    pairs.sort_by_key(|p| order.iter().position(|o| *o == identity(&p.name, p.kind)));
    let people = pairs.iter().all(|p| p.kind == EntityKind::Person);
    let stem = if people {
        "Match each person with what the sources say they did. Write the letter of the description in the box."
    } else {
        "Match each name with what the sources say about it. Write the letter of the description in the box."
    };
    let table = MatchTable {
        kind: QuestionKind::Matching,
        level: Level::Recall,
        stem: stem.to_string(),
        rows: pairs
            .into_iter()
            .map(|p| (p.name, p.description, p.quote))
            .collect(),
        spares: Vec::new(),
        score: 9.0,
    };
    vec![table.draft(&mut Rng::new(context.seed ^ 0x3A7C_4E5D))]
}
