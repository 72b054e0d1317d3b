//! True-or-false statements. A true statement is a source sentence as it
//! stands; a false one changes it — another year, or a "not" — and is kept
//! only if the source sentence contradicts it (checked as the deduplicator
//! checks disagreements), so it is false by the sources, not merely
//! unmentioned.
//!
//! In: the statements. Out: one candidate per usable statement, true or
//! false as a seeded coin falls (when both can be made).

use super::checks::TIME_NOUNS;
use super::clause::{denied, is_state, named_subject, subject_span};
use super::{Context, Draft, Statement};
use crate::dedup::contradiction;
use crate::model::QuestionKind;
use crate::rng::Rng;
use crate::text::analysis::{Analysis, EntityKind, is_speech};
use crate::text::antonyms;
use crate::text::lemma::{Class, is_irregular_verb, is_known};
use crate::text::tagger::Tag;
use crate::text::words::{NUMBER_WORDS, leans_back, number_word, written_as_notes};

/// Whether a sentence can be judged on its own: narration, not speech; six
/// to forty words; no opening word or time that leans on the sentence
/// before ("He", "But", "the next day"); no "this" or "these".
pub fn stands_alone(analysis: &Analysis) -> bool {
    let text = &analysis.text;
    if is_speech(analysis) {
        return false;
    }
    let words = &analysis.words;
    let Some(first) = words.first() else {
        return false;
    };
    let length = words.iter().filter(|w| w.tag != Tag::Punct).count();
    // "The Eagle lifted off the next day": the day after what?
    let relative_time = relative_time(text);
    // "For Harold, encouraged by ...": "for" opening a clause is "because".
    let because = first.text == "For" && words.get(1).is_some_and(|w| w.tag != Tag::Num);
    // "Jefferson wanted to find out.", "decided to check": to do what?
    let bare_infinitive = {
        let content: Vec<&crate::text::analysis::Word> =
            words.iter().filter(|w| w.tag != Tag::Punct).collect();
        let n = content.len();
        let particle = n >= 1 && matches!(content[n - 1].text.as_str(), "out" | "up");
        let verb_at = if particle {
            n.saturating_sub(2)
        } else {
            n.saturating_sub(1)
        };
        verb_at >= 1
            && content[verb_at].tag == Tag::Verb
            && content[verb_at - 1].text.eq_ignore_ascii_case("to")
            && matches!(
                content[verb_at].lemma.as_str(),
                "find" | "check" | "see" | "know" | "learn" | "try" | "test" | "discover" | "ask"
            )
    };
    // ("Suffragettes = WSPU, set up 1903": notes, not a sentence; nor is
    // a label with no verb, "Case 1 (left wall): Tools of the Sierra.")
    let notes =
        written_as_notes(text) || !words.iter().any(|w| matches!(w.tag, Tag::Verb | Tag::Aux));
    // "Build huge sewers ...", "Arrive early, before the buses": a
    // command, not a statement (an opening verb may be tagged a name).
    let opening = first.text.to_lowercase();
    let command = (first.tag == Tag::Verb && opening == first.lemma)
        || (matches!(first.tag, Tag::Propn | Tag::Adj | Tag::Noun | Tag::Verb)
            && is_known(&opening, Class::Verb)
            && !is_known(&opening, Class::Noun)
            && !is_known(&opening, Class::Adjective));
    // "Dust Bowl, name given to the drought-stricken area ...": a
    // dictionary's headword and its definition, no sentence ("Lenin,
    // leader of the Bolsheviks, died" goes on to its verb).
    let headword = analysis.chunks.first().is_some_and(|c| {
        let apposition_ends_in_verb = || {
            let close = words[c.last + 2..].iter().position(|w| w.text == ",");
            close.is_some_and(|k| {
                words
                    .get(c.last + 3 + k)
                    .is_some_and(|w| matches!(w.tag, Tag::Verb | Tag::Aux))
            })
        };
        // ("Curie, Marie, née ...": surname, first name, then the entry.)
        let inverted_name = words.get(c.last + 2).is_some_and(|w| w.tag == Tag::Propn)
            && words.get(c.last + 3).is_some_and(|w| w.text == ",")
            && words
                .get(c.last + 4)
                .is_some_and(|w| w.text.starts_with(char::is_lowercase) && w.tag != Tag::Cconj);
        c.first == 0
            && words.get(c.last + 1).is_some_and(|w| w.text == ",")
            && (inverted_name
                || (words.get(c.last + 2).is_some_and(|w| {
                    w.tag == Tag::Noun
                        && w.text.to_lowercase() == w.lemma.to_lowercase()
                        && w.text.starts_with(char::is_lowercase)
                }) && !apposition_ends_in_verb()))
    });
    // "There was once a king": "there" points at nothing before.
    let existential = first.text == "There"
        && words
            .get(1)
            .is_some_and(|w| matches!(w.lemma.as_str(), "be" | "live"));
    // "The largest was at Bornholmer Strasse": the largest what?
    let elliptical = first.text == "The"
        && words.get(1).is_some_and(|w| w.tag == Tag::Adj)
        && words
            .get(2)
            .is_some_and(|w| matches!(w.tag, Tag::Aux | Tag::Verb));
    // "Listeners learn how ...", "In this episode, the hosts ...": a
    // source telling of itself, not of the topic.
    let lower_text = text.to_lowercase();
    let about_itself = [
        "listeners",
        "viewers",
        "readers",
        "visitors",
        "the documentary",
        "the programme",
        "the program",
        "the podcast",
        "this episode",
        "the hosts",
        "this exhibit",
        "this gallery",
        "this article",
        "this report",
    ]
    .iter()
    .any(|m| lower_text.contains(m));
    // "Location: Washington State ...": a heading's label, no sentence.
    let labelled = words.iter().take(3).any(|w| w.text == ":");
    // "He is still down there", "rebuilding here": a place shown to
    // listeners, not told.
    let pointing = ["down there", "up there", "over there", "out there"]
        .iter()
        .any(|p| text.to_lowercase().contains(p))
        || words.iter().any(|w| w.text.eq_ignore_ascii_case("here"));
    // "A group of Sherpa mountaineers who knew the Himalaya well.": the
    // one verb group is inside a clause on the subject; no main verb.
    let verbal = |w: &crate::text::analysis::Word| matches!(w.tag, Tag::Verb | Tag::Aux);
    let verb_groups = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            // (A group goes on past adverbs: "had never been".)
            verbal(w)
                && !words[..*i]
                    .iter()
                    .rev()
                    .find(|p| p.tag != Tag::Adv)
                    .is_some_and(verbal)
        })
        .map(|(i, _)| i)
        .collect::<Vec<_>>();
    let no_main_verb = match verb_groups[..] {
        [] => true,
        [only] => words[..only].iter().any(|w| {
            matches!(
                w.text.to_lowercase().as_str(),
                "who" | "which" | "whom" | "whose"
            )
        }),
        _ => false,
    };
    // "Using balances made from bicycle spokes, they tested ...": a
    // pronoun subject after an opening phrase leans on the sentence before
    // as much as an opening one.
    let pronoun = |i: usize| {
        words.get(i).is_some_and(|w| {
            matches!(
                w.text.to_lowercase().as_str(),
                "he" | "she" | "it" | "they" | "we" | "this" | "that"
            )
        })
    };
    let verb_at = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| matches!(w.tag, Tag::Verb | Tag::Aux))
    };
    // ("When Ewan was an old man, he gave ...", "Because magma is less
    // dense, it rises": unless the pronoun's person or thing is named
    // before the comma.)
    let named_before = |end: usize| {
        let person = matches!(words[end + 1].text.to_lowercase().as_str(), "he" | "she");
        words[..end].iter().any(|w| {
            w.tag == Tag::Propn
                || (w.tag == Tag::Noun
                    && (!person
                        || crate::text::analysis::person_noun(&w.lemma.to_lowercase()).is_some()))
        })
    };
    let after_first_comma = words
        .iter()
        .position(|w| w.text == ",")
        .is_some_and(|c| pronoun(c + 1) && verb_at(c + 2) && !named_before(c));
    let pronoun_subject = pronoun(super::clause::subject_start(analysis)) || after_first_comma;
    // "Howard Carter, a British archaeologist, disagreed.": with what?
    let answers_before = words
        .iter()
        .rev()
        .find(|w| w.tag != Tag::Punct)
        .is_some_and(|w| {
            w.tag == Tag::Verb
                && matches!(
                    w.lemma.as_str(),
                    "agree"
                        | "disagree"
                        | "refuse"
                        | "object"
                        | "accept"
                        | "approve"
                        | "decline"
                        | "insist"
                        | "comply"
                        | "obey"
                        | "protest"
                        | "hesitate"
                        | "reply"
                        | "respond"
                        | "answer"
                        | "consent"
                )
        });
    (6..=40).contains(&length)
        && !no_main_verb
        && !pronoun_subject
        && !answers_before
        && !about_itself
        && !labelled
        && !elliptical
        && !pointing
        && text.ends_with('.')
        && (existential || !leans_back(&first.text))
        && !crate::text::words::opens_leaning(text)
        && !relative_time
        && !because
        && !command
        && !bare_infinitive
        && !notes
        && !headword
        && !words
            .iter()
            .any(|w| matches!(w.text.to_lowercase().as_str(), "this" | "these" | "those"))
}

/// Whether a text tells a time from the moment before ("the next day",
/// "the following Sunday", "on the fifteenth day of that month"), which
/// it alone does not give.
pub fn relative_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let that_time = words
        .windows(2)
        .any(|w| w[0] == "that" && TIME_NOUNS.contains(&w[1]));
    // "Mary later uncovered the rest": later than what? ("later than 1800"
    // says.)
    // ("Two years earlier, Jefferson had sent ...": earlier than what?)
    let later = words
        .iter()
        .enumerate()
        .any(|(i, w)| matches!(*w, "later" | "earlier") && words.get(i + 1) != Some(&"than"));
    // "On Wednesday the mountain shook": which Wednesday, without a date
    // beside it ("Sunday 2 September 1666" says)?
    let bare_weekday = words.iter().enumerate().any(|(i, w)| {
        crate::text::analysis::WEEKDAYS.contains(w)
            && !words.get(i + 1).is_some_and(|n| {
                n.parse::<u8>().is_ok() || crate::text::analysis::MONTHS.contains(n)
            })
            && !words.iter().any(|n| crate::text::analysis::is_year(n))
    });
    RELATIVE_TIMES.iter().any(|t| lower.contains(t))
        || that_time
        || later
        || bare_weekday
        || ["the following ", "the next ", "the previous "]
            .iter()
            .any(|t| lower.starts_with(t) || lower.contains(&format!(" {t}")))
        // ("In the morning the flame was out": which morning?)
        || ["in the morning", "in the evening", "by morning", "by evening", "by nightfall", "at dawn", "at dusk"]
            .iter()
            .any(|t| lower.starts_with(t))
}

/// Times told from the moment before, which a sentence alone does not give.
const RELATIVE_TIMES: &[&str] = &[
    "the next day",
    "the following day",
    "the day before",
    "the next morning",
    "the next night",
    "that night",
    "that day",
    "the same day",
    "soon after",
    "shortly after",
    "later that",
    "the next year",
    "the following year",
    "a few days later",
    "days later",
    "years later",
    "in the meantime",
    "meanwhile",
    "no sooner",
    "yesterday",
    "today",
    "tomorrow",
    "last night",
    "this morning",
    "this evening",
    "tonight",
    "since daybreak",
    "last week",
    "last month",
];

/// A number written with thousands separators when `commas` ("33,000").
fn grouped(n: usize, commas: bool) -> String {
    let digits = n.to_string();
    if !commas {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The sentence with the words `first..=last` replaced.
fn replace(analysis: &Analysis, first: usize, last: usize, with: &str) -> String {
    let text = &analysis.text;
    format!(
        "{}{}{}",
        &text[..analysis.words[first].start],
        with,
        &text[analysis.words[last].end..]
    )
}

/// The past or present "-s" form of a regular verb, as `like` was written
/// in `form` ("liked" -> "disliked"); none for a form it cannot match.
fn inflected_like(lemma: &str, form: &str, original: &str) -> Option<String> {
    let irregular = is_irregular_verb(lemma);
    if form == original {
        Some(lemma.to_string())
    } else if form.ends_with("ed") && !irregular {
        let stem_y = lemma
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
        Some(match stem_y {
            Some(s) => format!("{s}ied"),
            None if lemma.ends_with('e') => format!("{lemma}d"),
            None => format!("{lemma}ed"),
        })
    } else {
        None
    }
}

/// The sentence with one verb or adjective of the `original` sentence's
/// words turned to its opposite ("Lenin always liked Stalin" -> "Lenin
/// always disliked Stalin"), for a regular verb in its base or past form or
/// an adjective said of something ("was too rude").
fn opposed(a: &Analysis, original: &str) -> Option<String> {
    a.words.iter().enumerate().find_map(|(i, w)| {
        let opposite = antonyms::opposite(&w.lemma)?;
        let form = w.text.to_lowercase();
        // "was too rude", not "the old Fairy": an adjective before a noun
        // names who is meant, and its opposite someone else.
        let predicative = i > 0
            && (a.words[i - 1].lemma == "be"
                || matches!(
                    a.words[i - 1].text.to_lowercase().as_str(),
                    "too" | "very" | "so" | "quite" | "rather" | "extremely"
                ))
            && !a.words.get(i + 1).is_some_and(|n| n.tag.is_nominal());
        // "were praised for bringing the crew home": the reason given
        // betrays the opposite as absurd.
        let reason_follows = a.words.get(i + 1).is_some_and(|n| n.text == "for");
        // "said to remember": what someone was told to do is no fact to
        // turn round ("said to forget").
        let told_to = i >= 2
            && a.words[i - 1].text == "to"
            && matches!(
                a.words[i - 2].lemma.as_str(),
                "say" | "tell" | "ask" | "remind" | "urge" | "advise"
            );
        if !original.contains(w.text.as_str()) || reason_follows || told_to {
            return None;
        }
        let with = match w.tag {
            Tag::Adj if predicative => opposite.to_string(),
            Tag::Verb => inflected_like(opposite, &form, &w.lemma)?,
            _ => return None,
        };
        Some(replace(a, i, i, &with))
    })
}

/// False versions of a sentence: each contradicted by the sentence itself.
fn falsified(context: &Context, statement: &Statement, rng: &mut Rng) -> Vec<String> {
    let a = &statement.analysis;
    let mut out = Vec::new();
    // "would not take even three coins": under a "not" a changed number
    // may still be true.
    let negated = a.words.iter().any(|w| {
        matches!(
            w.text.to_lowercase().as_str(),
            "not" | "n't" | "never" | "no"
        )
    });
    // "Apollo 13": a number that is part of a name is no count.
    let in_name = |e: &&crate::text::analysis::Entity| {
        e.first > 0
            && a.words[e.first - 1]
                .text
                .starts_with(|c: char| c.is_uppercase())
    };
    for entity in a.entities.iter().filter(|_| !negated) {
        // "The three little doves" written for the quote's "the doves":
        // only what the source says can be changed to contradict it.
        if !statement.text.contains(entity.text.as_str()) {
            continue;
        }
        let kind = context.kinds.kind(entity);
        // "more than 200 million trees": a bound stays true of more.
        let before = |n: usize| -> String {
            a.words[entity.first.saturating_sub(n)..entity.first]
                .iter()
                .map(|w| w.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let bound = matches!(
            before(2).as_str(),
            "more than" | "less than" | "fewer than" | "at least" | "up to" | "at most"
        ) || matches!(
            before(1).as_str(),
            "over" | "under" | "nearly" | "almost" | "below" | "above" | "beyond"
        );
        // ("worth more than Odile earned in three years": a number inside
        // the comparison is a bound too.)
        let compared = a.words[..entity.first].windows(2).any(|w| {
            matches!(
                w[0].text.to_lowercase().as_str(),
                "more" | "less" | "fewer" | "longer" | "shorter"
            ) && w[1].text.eq_ignore_ascii_case("than")
        });
        if kind == EntityKind::Number && (in_name(&entity) || bound || compared) {
            continue;
        }
        let replacement = match kind {
            EntityKind::Date => entity
                .text
                .parse::<i64>()
                .ok()
                .filter(|_| {
                    a.entities
                        .iter()
                        .filter(|e| e.kind == EntityKind::Date)
                        .count()
                        == 1
                })
                // ("In 1871 Chicago was a city of wood": a state in one
                // year may hold in the next, so its year is not changed.)
                .filter(|_| !is_state(a))
                // ("By 1989 East Germany was in crisis" stays true "by
                // 1991": a year that bounds a time is not changed.)
                .filter(|_| {
                    !matches!(
                        before(1).as_str(),
                        "by" | "before" | "after" | "since" | "until" | "till"
                    )
                })
                .map(|year| (year + [2, 3, -2, 4][rng.below(4)]).to_string()),
            // "three sons" -> "five sons", "12 ships" -> "14 ships"; a
            // larger number by half again, beyond any "about" ("about 200
            // million years" -> 300, not 202).
            // ("Two climbers were chosen: Edmund Hillary ... and Tenzing
            // Norgay": a count the sentence goes on to list shows its own
            // change.)
            // ("The three classes are igneous, sedimentary and metamorphic":
            // so does a small count before a list.)
            EntityKind::Number if lists_after(a, entity.last) => None,
            EntityKind::Number => match (
                entity.text.replace(',', "").parse::<usize>(),
                number_word(&entity.text),
            ) {
                // ("one daughter" -> "three daughter": one is singular.)
                (Ok(1), _) | (_, Some(1)) => None,
                (Ok(n), _) if n < 20 => Some((n + 2).to_string()),
                (Ok(n), _) => Some(grouped(n + n / 2, entity.text.contains(','))),
                (_, Some(n)) if n + 2 < NUMBER_WORDS.len() => {
                    let word = NUMBER_WORDS[n + 2];
                    let capital = entity.text.chars().next().is_some_and(char::is_uppercase);
                    Some(if capital {
                        format!("{}{}", word[..1].to_uppercase(), &word[1..])
                    } else {
                        word.to_string()
                    })
                }
                _ => None,
            },
            // Swapping names risks nonsense ("warned the Soviet Union of the
            // Communist Party"), people may be one of several (two people can
            // both warn), and places contain each other (Pepys went to
            // Whitehall, so he went to London): only dates and numbers change,
            // and "not" is added.
            _ => None,
        };
        // ("set up 1905" made "1903", the year the other sources give:
        // a changed number must be one no source writes.)
        if let Some(with) =
            replacement.filter(|w| !context.numbers_told.contains(&w.to_lowercase()))
        {
            out.push(replace(a, entity.first, entity.last, &with));
        }
    }
    out.extend(opposed(a, statement.text));
    out.extend(denied(a));
    out.retain(|changed| contradiction(&a.text, changed).is_some());
    out
}

/// Whether the words after a count list what it counts: a colon or dash
/// follows, or (for a count up to ten) a list "A, B and C".
pub(super) fn lists_after(a: &Analysis, count: usize) -> bool {
    const SMALL: usize = 10;
    let after = &a.words[count + 1..];
    let has = |text: &str| after.iter().any(|w| w.text == text);
    let small = a.words[count]
        .text
        .parse::<usize>()
        .ok()
        .or_else(|| number_word(&a.words[count].text))
        .is_some_and(|n| n <= SMALL);
    has(":") || has("\u{2014}") || has("\u{2013}") || (small && has(",") && has("and"))
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut rng = Rng::new(context.seed ^ 0x7F4A_7C15);
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        // A statement about "the man" could be about any man: it must name
        // someone, or its subject must be named.
        let names_someone = statement.analysis.entities.iter().any(|e| {
            matches!(
                context.kinds.kind(e),
                EntityKind::Person | EntityKind::Organisation | EntityKind::Office
            )
        });
        // ("The duration of the waggle run increases ...": a subject
        // holding a term of the theme says what it is about.)
        let term_subject = subject_span(&statement.analysis).is_some_and(|(first, last)| {
            context.key_terms.within(&statement.analysis, first, last)
        });
        if !stands_alone(&statement.analysis)
            || super::sourcing::ranks_or_praises(&statement.analysis)
            || !(names_someone || term_subject || named_subject(&statement.analysis))
            || statement.dangling_subject()
        {
            continue;
        }
        let falses = falsified(context, statement, &mut rng);
        // A worksheet takes no more true statements than false ones (see
        // select), so every statement that can be made false is.
        let make_false = !falses.is_empty();
        let (shown, answer) = if make_false {
            let changed = falses[rng.below(falses.len())].clone();
            (
                changed,
                format!("False. The source says: \u{201C}{}\u{201D}", statement.text),
            )
        } else {
            (statement.analysis.text.clone(), "True".to_string())
        };
        // A false statement to correct asks more of the student.
        let score = 1.0
                + 0.5 * (statement.support() as f32 - 1.0)
                - if statement.analysis.words.len() > 28 { 0.5 } else { 0.0 }
                + 0.3 * statement.on_theme.min(3) as f32
                + if make_false { 0.4 } else { 0.0 }
                // The one true statement: the shortest reads least like a
                // copied line.
                - if make_false { 0.0 } else { 0.02 * statement.analysis.words.len() as f32 }
                // Names, dates and numbers make a statement worth judging.
                + 0.2 * statement.analysis.entities.len().min(3) as f32;
        out.push(Draft {
            // Every statement gets the line for a correction: a line only
            // under the false ones would give them away.
            answer_lines: 1,
            ..statement.recall(
                QuestionKind::TrueFalse,
                shown,
                answer,
                vec!["True".into(), "False".into()],
                score,
            )
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analysis::analyse;

    #[test]
    fn a_large_number_is_written_as_the_source_writes_numbers() {
        assert_eq!(grouped(33000, true), "33,000");
        assert_eq!(grouped(1500000, true), "1,500,000");
        assert_eq!(grouped(300, true), "300");
        assert_eq!(grouped(33000, false), "33000");
    }

    #[test]
    fn a_verb_or_adjective_turns_to_its_opposite() {
        assert_eq!(
            opposed(
                &analyse("Lenin always liked Stalin's aggressiveness."),
                "Lenin always liked Stalin's aggressiveness."
            )
            .as_deref(),
            Some("Lenin always disliked Stalin's aggressiveness.")
        );
        assert_eq!(
            opposed(
                &analyse("Lenin warned that Stalin was too rude."),
                "Lenin warned that Stalin was too rude."
            )
            .as_deref(),
            Some("Lenin warned that Stalin was too polite.")
        );
        // "lost" is no regular past to make.
        assert_eq!(
            opposed(
                &analyse("The army won the battle."),
                "The army won the battle."
            ),
            None
        );
        // The old Fairy is not a new one.
        let fairy = "The old Fairy said that the Princess should die.";
        assert_eq!(opposed(&analyse(fairy), fairy), None);
    }

    #[test]
    fn negation_uses_the_auxiliary_or_do_support() {
        assert_eq!(
            denied(&analyse("Lenin recommended that Stalin be removed.")).as_deref(),
            Some("Lenin did not recommend that Stalin be removed.")
        );
        assert_eq!(
            denied(&analyse("The note was largely ignored after 1924.")).as_deref(),
            Some("The note was not largely ignored after 1924.")
        );
        assert_eq!(denied(&analyse("Stalin did not take over.")), None);
        assert_eq!(denied(&analyse("Viccars was dead within the week.")), None);
        assert_eq!(
            denied(&analyse("The old queen smiled for the first time.")),
            None
        );
        assert_eq!(
            denied(&analyse(
                "A French watchmaker called Robert Hubert confessed to the crime."
            )),
            None
        );
        assert_eq!(
            denied(&analyse("The Dust Bowl covered roughly 100 million acres.")),
            None
        );
        assert_eq!(
            denied(&analyse("Stalin learned of it and had it suppressed.")),
            None
        );
        assert_eq!(
            denied(&analyse("Suddenly he beheld a form in the moonlight.")),
            None
        );
        // "Every bee had not died": not every one, or none?
        assert_eq!(denied(&analyse("Every bee had died in the cold.")), None);
        assert_eq!(denied(&analyse("The Egyptians could speak again.")), None);
        assert_eq!(
            denied(&analyse("Six boats had gone out before dawn.")),
            None
        );
        assert_eq!(
            denied(&analyse("Saliva wets the food so it is easy to swallow.")),
            None
        );
    }

    #[test]
    fn a_number_inside_a_comparison_is_not_changed() {
        let texts = [
            (
                "a.txt",
                "The silver cloak was worth more than Odile earned in three years.",
            ),
            (
                "b.txt",
                "Odile earned two coins a week at the mill in Wend.",
            ),
            ("c.txt", "Odile sold four cloaks at the market in Wend."),
        ];
        let stems: Vec<String> = crate::questions::tests::with_material(&texts, |material, _| {
            let context = crate::questions::Context::new(material, 1);
            write(&context).into_iter().map(|d| d.stem).collect()
        });
        assert!(
            stems
                .iter()
                .all(|s| !s.contains("earned in") || s.contains("three years")),
            "{stems:?}"
        );
    }

    #[test]
    fn dependent_sentences_do_not_stand_alone() {
        assert!(!stands_alone(&analyse(
            "Howard Carter, a British archaeologist, disagreed."
        )));
        assert!(!stands_alone(&analyse(
            "In 1930, that was the situation in India."
        )));
        assert!(!stands_alone(&analyse(
            "Two years earlier, Jefferson had sent Lewis and Clark west from St. Louis."
        )));
        assert!(stands_alone(&analyse(
            "Howard Carter disagreed with the other archaeologists in 1917."
        )));
        assert!(!stands_alone(&analyse(
            "In the morning the little flame was out, and the lantern was cold."
        )));
        assert!(!stands_alone(&analyse(
            "Even so, San Franciscans began rebuilding right away."
        )));
        assert!(!stands_alone(&analyse(
            "Build huge sewers along both banks of the river and carry the waste away."
        )));
        assert!(!stands_alone(&analyse(
            "Suffragettes = WSPU, set up in 1903 by Emmeline Pankhurst."
        )));
        assert!(!stands_alone(&analyse(
            "Case 1 (left wall): hand tools of the Sierra Nevada crews."
        )));
        assert!(!stands_alone(&analyse(
            "Arrive early, before the tour buses, to see the warriors in Pit 1."
        )));
        assert!(!stands_alone(&analyse(
            "Six centuries ago a Flemish doctor named Jan van Helmont decided to check."
        )));
        assert!(!stands_alone(&analyse(
            "President Thomas Jefferson had long wanted to find out."
        )));
        let alone = |s: &str| stands_alone(&analyse(s));
        assert!(alone(
            "Lenin warned the Central Committee about Stalin in 1923."
        ));
        assert!(!alone(
            "He warned the Central Committee about Stalin in 1923."
        ));
        assert!(!alone(
            "This note was largely ignored after the death of Lenin."
        ));
        assert!(!alone("Lenin died."));
        assert!(!alone(
            "The official count of dead and missing stood at 93 on Wednesday."
        ));
        assert!(alone(
            "The fire began in a bakery on Sunday 2 September 1666."
        ));
        assert!(!alone(
            "Location: Mount St. Helens lies in the Cascade Range in Washington State."
        ));
        assert!(!alone(
            "Harry Truman is still down there, under the debris."
        ));
        assert!(!alone(
            "The largest was at Bornholmer Strasse, where thousands gathered."
        ));
        assert!(!alone(
            "Nature has been rebuilding the forest here ever since."
        ));
        assert!(!alone(
            "Dust Bowl, name given to the drought-stricken area of the southern Great Plains during the 1930s."
        ));
        assert!(!alone(
            "A group of Sherpa mountaineers who knew the Himalaya well."
        ));
        assert!(alone(
            "A group of Sherpa mountaineers who knew the Himalaya well carried the loads."
        ));
        assert!(!alone(
            "Listeners learn how the news reached London on 2 June, coronation day."
        ));
        assert!(!alone(
            "In the town of Holm, he finally admitted, such fish sold for twenty coins."
        ));
        assert!(alone(
            "Because magma is less dense than the rock around it, it rises slowly upwards."
        ));
        assert!(alone(
            "When Ewan was an old man, he gave the lantern to his own grandson."
        ));
        assert!(alone(
            "Lenin, leader of the Bolsheviks, died in Gorki in January 1924."
        ));
        assert!(!alone(
            "Curie, Marie, née Maria Skłodowska, physicist, born 7 November 1867 in Warsaw."
        ));
        assert!(alone(
            "Lenin, Stalin, Trotsky and Zinoviev all sat on the Politburo in 1922."
        ));
        assert!(!alone(
            "The following Sunday some one was to go up to the prince with a comb."
        ));
        assert!(!alone(
            "Mary Anning later uncovered the rest of the skeleton in the cliff."
        ));
        assert!(!alone(
            "'You poor little things,' said the girl, stroking them."
        ));
        assert!(alone(
            "Lenin's secretaries didn't tell Stalin everything about the plan."
        ));
        assert!(alone(
            "Lenin's note, known as his \"Testament,\" expressed concerns about Stalin."
        ));
        assert!(!alone(
            "What do you mean?' asked the mother again, twice in the evening."
        ));
        assert!(!alone(
            "\"Ay, ay,\" assented Jock, jumping to his feet and hurrying across the room."
        ));
    }
}
