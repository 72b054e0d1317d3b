//! Multiple-choice questions: a short-answer question whose answer names a
//! person, place, organisation, office, date or number, with three
//! distractors of the same kind drawn from the corpus.
//!
//! In: the statements and the corpus's names. Out: candidates with four
//! options in a seeded order. A distractor is never the answer, never part
//! of it or of the question, and never shares a word with the answer (so
//! "Stalin" is not offered against "Joseph Stalin").

use super::clause::asks;
use super::short_answer::{doubtful, score};
use super::{Context, Draft};
use crate::model::QuestionKind;
use crate::rng::{Rng, hash_text};
use crate::text::analysis::{EntityKind, Gender, is_year, person_noun, pronoun_gender};
use crate::text::words::number_word;

const DISTRACTORS: usize = 3;

/// A text's words by their stems ("Soviets" and "Soviet Union" share
/// "soviet").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::text::stem)
        .collect()
}

/// Capitalised words that are no one's name in a story.
const NOT_CHARACTERS: &[&str] = &[
    "god", "heaven", "lord", "sir", "madam", "mister", "miss", "nobody",
];

/// Whether `candidate` can stand beside `answer` as a wrong option.
fn fits(candidate: &str, answer: &str, stem: &str, chosen: &[String]) -> bool {
    let lower = candidate.to_lowercase();
    if NOT_CHARACTERS.contains(&lower.as_str()) {
        return false;
    }
    // "Dwarf" (of "Snorro the Dwarf") beside "Earl Harold": a word for
    // someone, capitalised, is no name to offer beside a name.
    if person_noun(&lower).is_some() && person_noun(&answer.to_lowercase()).is_none() {
        return false;
    }
    // A name beside a name, a character ("the bird lover") beside a
    // character: "the bird lover" may be the one called "Monedowa".
    let capitalised = |text: &str| text.starts_with(char::is_uppercase);
    if capitalised(candidate) != capitalised(answer) {
        return false;
    }
    let answer_words = words(answer);
    let stem_lower = stem.to_lowercase();
    !candidate.is_empty()
        && !words(candidate).iter().any(|w| answer_words.contains(w))
        && !stem_lower.contains(&candidate.to_lowercase())
        && !chosen.iter().any(|c| {
            let c_words = words(c);
            words(candidate).iter().any(|w| c_words.contains(w))
        })
}

/// Whether a number can stand as a wrong option beside the answer: written
/// the same way (digits or words) and within a factor of three ("two"
/// centimetres beside "112" is absurd).
fn comparable_count(answer: &str, candidate: &str) -> bool {
    let value = |text: &str| -> Option<(f64, bool)> {
        match (text.replace(',', "").parse::<f64>(), number_word(text)) {
            (Ok(n), _) => Some((n, true)),
            (_, Some(n)) => Some((n as f64, false)),
            _ => None,
        }
    };
    match (value(answer), value(candidate)) {
        (Some((target, digits)), Some((n, same_digits))) => {
            digits == same_digits && n >= target / 3.0 && n <= target * 3.0
        }
        _ => false,
    }
}

/// Whether the sources write one place as inside the other: "Berkeley,
/// Gloucestershire", "Berkeley in Gloucestershire" (either way round).
fn inside_each_other(context: &Context, a: &str, b: &str) -> bool {
    let written = [
        format!("{a}, {b}"),
        format!("{b}, {a}"),
        format!("{a} in {b}"),
        format!("{b} in {a}"),
    ];
    context
        .material
        .corpus
        .iter()
        .any(|p| written.iter().any(|w| p.text.contains(w.as_str())))
}

/// Whether the sources write a name only before "'s": "St Mary" of "St
/// Mary's Hospital" is a torn name, no option.
fn only_possessive(context: &Context, name: &str) -> bool {
    let mut seen = false;
    for passage in context.material.corpus {
        for (at, _) in passage.text.match_indices(name) {
            let after = &passage.text[at + name.len()..];
            if !(after.starts_with("'s") || after.starts_with("\u{2019}s")) {
                return false;
            }
            seen = true;
        }
    }
    seen
}

/// Years near the answer, for date questions in corpora with few dates.
fn nearby_years(year: u32) -> Vec<String> {
    [1, -1, 2, -2, 3, -3, 5, -5]
        .iter()
        .map(|d| (year as i64 + d).to_string())
        .collect()
}

/// Three distractors for an answer of a kind, or none if the corpus has
/// too few names of that kind.
fn distractors(
    context: &Context,
    kind: EntityKind,
    answer: &str,
    stem: &str,
    rng: &mut Rng,
) -> Option<Vec<String>> {
    let mut pool: Vec<String> = context
        .kinds
        .names_of(kind)
        .into_iter()
        .map(|(name, _)| name.to_string())
        .collect();
    if kind == EntityKind::Date {
        if let Ok(year) = answer.parse::<u32>() {
            pool.extend(nearby_years(year));
        }
        // "12 May 1820" among bare years stands out: options are dates
        // written the same way (a year, a month and year, a day too).
        let shape = |date: &str| {
            let words: Vec<&str> = date.split_whitespace().collect();
            let year = words.last().is_some_and(|w| is_year(w));
            (
                words.len(),
                year,
                words.first().is_some_and(|w| w.parse::<u32>().is_ok()),
            )
        };
        let wanted = shape(answer);
        pool.retain(|p| shape(p) == wanted);
    }
    if kind == EntityKind::Number {
        pool.retain(|p| comparable_count(answer, p));
    }
    // The corpus's commonest names first, then in a seeded order among equals.
    let mut chosen: Vec<String> = Vec::new();
    let mut keys: Vec<u64> = pool.iter().map(|_| rng.next_u64()).collect();
    let mut order: Vec<usize> = (0..pool.len()).collect();
    order.sort_by_key(|&i| (i / 6, std::mem::take(&mut keys[i])));
    for i in order {
        if chosen.len() == DISTRACTORS {
            break;
        }
        // A name not surely someone's may be a place or a thing the tagger
        // took for someone ("Japan", "Palace"): no option.
        let gender = context.gender_of(&pool[i]);
        let unproven = kind == EntityKind::Person && !context.surely_person(&pool[i]);
        // "Who ground his teeth?": no woman is offered.
        let other_gender = stem_gender(stem)
            .is_some_and(|asked| gender.is_some_and(|g| g != asked && g != Gender::Either));
        // "Berkeley, Gloucestershire": places the sources put one inside
        // another can both be right.
        // ("Earth" holds every place on it: "Where did the crew splash
        // down?" — "Earth" is right too.)
        let whole_world = matches!(pool[i].as_str(), "Earth" | "World" | "the World");
        let nested = kind == EntityKind::Place
            && (whole_world
                || std::iter::once(answer)
                    .chain(chosen.iter().map(String::as_str))
                    .any(|other| inside_each_other(context, &pool[i], other)));
        if fits(&pool[i], answer, stem, &chosen)
            && !unproven
            && !other_gender
            && !nested
            && !only_possessive(context, &pool[i])
        {
            chosen.push(pool[i].clone());
        }
    }
    (chosen.len() == DISTRACTORS).then_some(chosen)
}

/// The gender a stem's he/his/him or she/her gives the one asked for, or
/// the word it says they were ("Who was the richest man in Osterby?").
fn stem_gender(stem: &str) -> Option<Gender> {
    let words: Vec<String> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let said_to_be = words.len() > 2
        && words[0] == "who"
        && matches!(words[1].as_str(), "was" | "is" | "became" | "becomes");
    let named = said_to_be
        .then(|| {
            words[2..]
                .iter()
                .find_map(|w| person_noun(w).filter(|&g| g != Gender::Either))
        })
        .flatten();
    named.or_else(|| words.iter().find_map(|w| pronoun_gender(w)))
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        for ask in asks(&statement.analysis, &context.kinds) {
            let Some(kind) = ask.answer_kind else {
                continue;
            };
            if doubtful(context, statement, &ask) {
                continue;
            }
            // A one-name answer ("Lenin", "the Central Committee", "1924").
            let answer = ask
                .answer
                .strip_prefix("the ")
                .unwrap_or(&ask.answer)
                .to_string();
            let single = statement.analysis.entities.iter().any(|e| e.text == answer);
            if !single {
                continue;
            }
            let mut rng = Rng::new(context.seed ^ hash_text(&ask.question));
            let Some(wrong) = distractors(context, kind, &answer, &ask.question, &mut rng) else {
                continue;
            };
            let mut options = wrong;
            options.push(answer.clone());
            rng.shuffle(&mut options);
            out.push(statement.recall(
                QuestionKind::MultipleChoice,
                ask.question.clone(),
                answer,
                options,
                score(statement, &ask, context) + 0.2,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distractors_never_overlap_the_answer_the_stem_or_each_other() {
        assert!(!fits("Stalin", "Joseph Stalin", "Who led?", &[]));
        assert!(!fits("Trotsky", "Lenin", "Did Trotsky lead?", &[]));
        assert!(!fits(
            "Leon Trotsky",
            "Lenin",
            "Who led?",
            &["Trotsky".to_string()]
        ));
        assert!(fits(
            "Trotsky",
            "Lenin",
            "Who led?",
            &["Kamenev".to_string()]
        ));
        assert!(!fits("the bird lover", "Monedowa", "Who left?", &[]));
        assert!(fits("Minda", "Monedowa", "Who left?", &[]));
        assert!(!fits("Dwarf", "Earl Harold", "Who left?", &[]));
        assert!(!fits("Soviet Union", "Soviets", "Who wanted it?", &[]));
    }

    #[test]
    fn a_wrong_count_is_near_the_answer_and_written_alike() {
        assert!(comparable_count("112", "76"));
        assert!(comparable_count("22,000", "14,000"));
        assert!(!comparable_count("112", "2"));
        assert!(!comparable_count("112", "two"));
        assert!(comparable_count("three", "five"));
    }

    #[test]
    fn a_stems_pronoun_says_whether_a_man_or_a_woman_is_asked_for() {
        assert_eq!(stem_gender("Who ground his teeth?"), Some(Gender::Male));
        assert_eq!(stem_gender("Who knew her husband?"), Some(Gender::Female));
        assert_eq!(stem_gender("Who left the hall?"), None);
        assert_eq!(
            stem_gender("Who was the richest man in Osterby?"),
            Some(Gender::Male)
        );
        assert_eq!(stem_gender("Who married the king?"), None);
        assert_eq!(
            stem_gender("Who became queen of the island?"),
            Some(Gender::Female)
        );
    }
}
