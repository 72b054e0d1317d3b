//! Sequence: events to put in the order a source tells them.
//!
//! In: the statements. Out: per source file whose printed passages tell
//! four or more events in the simple past (the one story of a theme, a
//! witness's account in the first person among other sources, or a file
//! whose dates run forward), one draft
//! with four of them spread over the text, in a seeded order; the answer is
//! their order in the text, which the evidence's line numbers prove.

use std::collections::{HashMap, HashSet};

use super::clause::{dated_event, past_event, subject_start, subject_verb};
use super::{Context, Draft, Quote, Statement, leans_on_context, printed_order};
use crate::model::{Level, QuestionKind, key_text};
use crate::rng::Rng;
use crate::text::analysis::{EntityKind, MONTHS};
use crate::text::tagger::Tag;

const EVENTS: usize = 4;
/// Fewest events worth ordering.
const MIN_EVENTS: usize = 3;
/// Other choices of events tried when one is taken.
const VARIANTS: usize = 3;
/// An event is a table row: a short clause.
const MAX_WORDS: usize = 14;
const MIN_WORDS: usize = 3;

/// An event: its place in the order (passage and sentence where it is told,
/// or year, month and day when it happened), its words, its quote.
type Event = ((usize, usize, usize), String, Quote);

pub fn write(context: &Context) -> Vec<Draft> {
    // Each file's passages tell one story (or account), in reading order.
    let mut files: Vec<&str> = context
        .material
        .passages
        .iter()
        .map(|p| p.source.file.as_str())
        .collect();
    files.dedup();
    let one_story = files.iter().collect::<HashSet<_>>().len() == 1;
    let mut out = Vec::new();
    for file in files {
        let passages: Vec<&str> = context
            .material
            .passages
            .iter()
            .filter(|p| p.source.file == file)
            .map(|p| p.id.as_str())
            .collect();
        // Where each statement of the file is told: (passage, sentence).
        let told_at = |s: &Statement| {
            let (index, at) = s.fact.sentences.iter().find_map(|at| {
                let index = passages.iter().position(|p| *p == at.passage)?;
                Some((index, at.sentence))
            })?;
            (s.passage.id == passages[index]).then_some((index, at))
        };
        // "The troll came rushing up" twice: an event told more than once
        // (the same subject doing the same thing) has no one place.
        let mut tellings: HashMap<(String, String), HashSet<(usize, usize)>> = HashMap::new();
        for s in &context.statements {
            if let (Some(place), Some(frame)) = (told_at(s), subject_verb(&s.analysis)) {
                tellings.entry(frame).or_default().insert(place);
            }
        }
        let once = |s: &Statement| {
            subject_verb(&s.analysis)
                .and_then(|frame| tellings.get(&frame))
                .is_none_or(|places| places.len() == 1)
        };
        // The file's events in reading order, one per sentence (a sentence
        // of several clauses gives its first event only).
        let mut events: Vec<Event> = context
            .clear_statements()
            .filter(|s| once(s))
            .filter_map(|s| {
                let (index, at) = told_at(s)?;
                let event = usable(s, past_event(&s.analysis)?)?;
                Some(((index, at, 0), event, s.quote()))
            })
            .collect();
        events.dedup_by_key(|e| e.0);
        // The order a text tells things is the order they happened in a
        // story, a witness's account or an account its dates walk through,
        // not in an article or a panel that goes back and forth ("blamed a
        // bomb", "the clean-up took weeks", "moved faster than a person
        // could run").
        let in_date_order = || {
            let mut dates: Vec<(usize, usize, usize)> = context
                .statements
                .iter()
                .filter_map(|s| {
                    let place = told_at(s)?;
                    let date = s
                        .analysis
                        .entities
                        .iter()
                        .find(|e| context.kinds.kind(e) == EntityKind::Date)?;
                    Some((place, day_of(&date.text)?))
                })
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_values()
                .collect();
            dates.is_sorted() && {
                dates.dedup();
                dates.len() >= 2
            }
        };
        if !one_story && !context.personal_files.contains(file) && !in_date_order() {
            continue;
        }
        let told = |picked: &[&Event]| {
            let (first, last) = (picked[0].0.0, picked[picked.len() - 1].0.0);
            if first == last {
                format!("the order [[{}]] tells them", passages[first])
            } else {
                format!(
                    "the order they are told, from [[{}]] to [[{}]]",
                    passages[first], passages[last]
                )
            }
        };
        out.extend(variants(context, events, told));
    }
    // Events the sources date, in the order they happened (one per
    // sentence: two of its clauses have one date).
    let mut dated: Vec<Event> = context
        .clear_statements()
        .filter_map(|s| {
            let (event, date) = dated_event(&s.analysis, &context.kinds)?;
            Some((day_of(&date)?, usable(s, event)?, s.quote()))
        })
        .collect();
    dated.dedup_by(|a, b| a.2 == b.2);
    // "1969" cannot be placed among days of 1969: only the whole days of a
    // year several events share.
    let precise = |at: &(usize, usize, usize)| at.1 > 0 && at.2 > 0;
    let dated: Vec<Event> = dated
        .iter()
        .filter(|(at, _, _)| {
            precise(at) || dated.iter().filter(|(other, _, _)| other.0 == at.0).count() == 1
        })
        .cloned()
        .collect();
    out.extend(variants(context, dated, |_: &[&Event]| {
        "the order they happened, earliest first".to_string()
    }));
    out
}

/// An event's words when they make a table row: the subject as the source
/// writes it (a "he" resolved to a name may be the wrong one), opening with
/// a name or "the", a short clause, nothing leaning on the sentence before.
fn usable(s: &Statement, event: String) -> Option<String> {
    let words: Vec<&str> = event.split_whitespace().collect();
    let subject = s.analysis.words.get(subject_start(&s.analysis))?;
    let as_written =
        s.text.contains(&subject.text) && (subject.tag == Tag::Propn || subject.tag == Tag::Det);
    let ok = as_written
        && (MIN_WORDS..=MAX_WORDS).contains(&words.len())
        && !words
            .iter()
            .any(|w| leans_on_context(w.trim_matches(|c: char| !c.is_alphabetic())))
        // ("Greta remembered that": the event was cut before its clause.)
        && !words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "that" | "so" | "then" | "when" | "if" | "because" | "what" | "how" | "whether"
            )
        });
    ok.then_some(event)
}

/// "16 July 1969" -> (1969, 7, 16); "1924" -> (1924, 0, 0). None for a
/// span of time ("late 1922 and early 1923") or anything without a year.
fn day_of(date: &str) -> Option<(usize, usize, usize)> {
    let words: Vec<String> = date
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let (mut year, mut month, mut day) = (None, 0, 0);
    for word in &words {
        match word.parse::<usize>() {
            Ok(n) if word.len() == 4 && year.is_none() => year = Some(n),
            Ok(n) if (1..=31).contains(&n) && day == 0 => day = n,
            _ => match MONTHS.iter().position(|m| m == word) {
                Some(m) if month == 0 => month = m + 1,
                _ => return None,
            },
        }
    }
    Some((year?, month, day))
}

/// Up to three sequence questions from `events` (put in order here), each
/// from events the ones before did not use, for when another question
/// already uses one.
fn variants(
    context: &Context,
    mut events: Vec<Event>,
    order_named: impl Fn(&[&Event]) -> String,
) -> Vec<Draft> {
    events.sort_by_key(|(at, _, _)| *at);
    let mut seen = HashSet::new();
    events.retain(|(at, event, _)| {
        seen.insert(event.to_lowercase()) && seen.insert(format!("{at:?}"))
    });
    let mut out = Vec::new();
    for variant in 0..VARIANTS {
        if events.len() < MIN_EVENTS {
            break;
        }
        let (drafted, picked) = draft(context, &events, variant, &order_named);
        out.push(drafted);
        let mut index = 0;
        events.retain(|_| {
            index += 1;
            !picked.contains(&(index - 1))
        });
    }
    out
}
/// A sequence question of four events spread over `events` (the first, the
/// last, and two between), and which of them it uses.
fn draft(
    context: &Context,
    events: &[Event],
    variant: usize,
    order_named: impl Fn(&[&Event]) -> String,
) -> (Draft, Vec<usize>) {
    let count = events.len().min(EVENTS);
    let chosen: Vec<usize> = (0..count)
        .map(|i| i * (events.len() - 1) / (count - 1))
        .collect();
    let picked: Vec<&Event> = chosen.iter().map(|&i| &events[i]).collect();
    // Each text its own order of letters.
    let mut rng = Rng::new(context.seed ^ crate::rng::hash_text(&picked[0].1));
    // For each event in order, where it is printed; a shuffle that leaves
    // them in order asks nothing.
    let (shuffled, solution) = loop {
        let (shuffled, solution) = printed_order(count, &mut rng);
        if shuffled.windows(2).any(|w| w[0] > w[1]) {
            break (shuffled, solution);
        }
    };
    let options: Vec<String> = shuffled.iter().map(|&i| picked[i].1.clone()).collect();
    let told = order_named(&picked);
    let draft = Draft {
        kind: QuestionKind::Sequence,
        level: Level::Recall,
        stem: format!(
            "Put the events below in {told}. Write their numbers in the boxes, first to last."
        ),
        answer: key_text(QuestionKind::Sequence, &[], &solution),
        items: Vec::new(),
        options,
        solution,
        marking_guide: Vec::new(),
        quotes: picked.iter().map(|(_, _, q)| q.clone()).collect(),
        points: 2,
        answer_lines: 0,
        fact: None,
        score: 8.0 - variant as f32,
        answer_kind: None,
    };
    (draft, chosen)
}

#[cfg(test)]
mod tests {
    use super::{day_of, write};
    use crate::questions::Context;
    use crate::questions::tests::with_material;

    /// The sequence questions written from these files, one passage per
    /// sentence.
    fn sequences(files: &[(&str, &[&str])]) -> usize {
        let texts: Vec<(&str, &str)> = files
            .iter()
            .flat_map(|(file, sentences)| sentences.iter().map(move |s| (*file, *s)))
            .collect();
        with_material(&texts, |material, _| {
            write(&Context::new(material, 1)).len()
        })
    }

    #[test]
    fn the_order_told_is_asked_of_a_story_or_a_dated_account_only() {
        let panel: &[&str] = &[
            "The tank split apart.",
            "The molasses crushed a firehouse.",
            "The owner blamed an anarchist bomb.",
            "The clean-up took weeks.",
            "The harbour stayed brown until the summer.",
        ];
        let other: &[&str] = &["Boston is a city in Massachusetts."];
        assert!(sequences(&[("a.txt", panel)]) > 0);
        assert_eq!(sequences(&[("a.txt", panel), ("b.txt", other)]), 0);
        let dated: &[&str] = &[
            "The tank split apart on 15 January 1919.",
            "The molasses crushed a firehouse.",
            "The owner blamed an anarchist bomb.",
            "The court found against the owner on 28 April 1925.",
            "The harbour stayed brown until the summer.",
        ];
        assert!(sequences(&[("a.txt", dated), ("b.txt", other)]) > 0);
    }

    #[test]
    fn days_sort_and_spans_are_refused() {
        assert_eq!(day_of("16 July 1969"), Some((1969, 7, 16)));
        assert_eq!(day_of("July 16, 1969"), Some((1969, 7, 16)));
        assert_eq!(day_of("1924"), Some((1924, 0, 0)));
        assert_eq!(day_of("late 1922 and early 1923"), None);
        assert_eq!(day_of("July"), None);
    }
}
