//! Sequence: events to put in the order a source tells them.
//!
//! In: the statements. Out: per source file whose printed passages tell
//! four or more events in the simple past (a story, an account), one draft
//! with four of them spread over the text, in a seeded order; the answer is
//! their order in the text, which the evidence's line numbers prove.

use std::collections::HashSet;

use super::clause::{past_event, subject_start};
use super::{Context, Draft, Quote, leans_on_context};
use crate::model::{Level, QuestionKind, key_text};
use crate::rng::Rng;
use crate::text::tagger::Tag;

const EVENTS: usize = 4;
/// Other choices of events tried when one is taken.
const VARIANTS: usize = 3;
/// An event is a table row: a short clause.
const MAX_WORDS: usize = 14;
const MIN_WORDS: usize = 3;

/// An event: where it is told (passage, sentence), its words, its quote.
type Event = ((usize, usize), String, Quote);

pub fn write(context: &Context) -> Vec<Draft> {
    // Each file's passages tell one story (or account), in reading order.
    let mut files: Vec<&str> = context
        .material
        .passages
        .iter()
        .map(|p| p.source.file.as_str())
        .collect();
    files.dedup();
    let mut out = Vec::new();
    for file in files {
        let passages: Vec<&str> = context
            .material
            .passages
            .iter()
            .filter(|p| p.source.file == file)
            .map(|p| p.id.as_str())
            .collect();
        // The file's events in reading order, one per sentence.
        let mut events: Vec<Event> = context
            .statements
            .iter()
            .filter_map(|s| {
                let (index, at) = s.fact.sentences.iter().find_map(|at| {
                    let index = passages.iter().position(|p| *p == at.passage)?;
                    Some((index, at.sentence))
                })?;
                (s.passage.id == passages[index]).then_some(())?;
                let event = past_event(&s.analysis)?;
                let words: Vec<&str> = event.split_whitespace().collect();
                let subject = s.analysis.words.get(subject_start(&s.analysis))?;
                // The subject as the source writes it (a "he" resolved to a
                // name may be the wrong one), opening with a name or "the".
                let as_written = s.text.contains(&subject.text)
                    && (subject.tag == Tag::Propn || subject.tag == Tag::Det);
                let usable = as_written
                    && (MIN_WORDS..=MAX_WORDS).contains(&words.len())
                    && !words
                        .iter()
                        .any(|w| leans_on_context(w.trim_matches(|c: char| !c.is_alphabetic())));
                usable.then(|| ((index, at), event, s.quote()))
            })
            .collect();
        events.sort_by_key(|(at, _, _)| *at);
        let mut seen = HashSet::new();
        events.retain(|(_, event, _)| seen.insert(event.to_lowercase()));
        // Alternatives from the events not yet used, for when another
        // question already uses one.
        let mut left: Vec<_> = events;
        for variant in 0..VARIANTS {
            if left.len() < EVENTS {
                break;
            }
            let (drafted, picked) = draft(context, &passages, &left, variant);
            out.push(drafted);
            let mut index = 0;
            left.retain(|_| {
                index += 1;
                !picked.contains(&(index - 1))
            });
        }
    }
    out
}

/// A sequence question of four events spread over `events` (the first, the
/// last, and two between), and which of them it uses.
fn draft(
    context: &Context,
    passages: &[&str],
    events: &[Event],
    variant: usize,
) -> (Draft, [usize; EVENTS]) {
    let chosen: [usize; EVENTS] = std::array::from_fn(|i| i * (events.len() - 1) / (EVENTS - 1));
    let picked: Vec<&Event> = chosen.iter().map(|&i| &events[i]).collect();
    // Each text its own order of letters.
    let mut rng = Rng::new(context.seed ^ crate::rng::hash_text(&picked[0].1));
    let mut shuffled: Vec<usize> = (0..EVENTS).collect();
    // A shuffle that leaves them in order asks nothing.
    while shuffled.windows(2).all(|w| w[0] < w[1]) {
        rng.shuffle(&mut shuffled);
    }
    let options: Vec<String> = shuffled.iter().map(|&i| picked[i].1.clone()).collect();
    // For each event in reading order, where it is printed.
    let solution: Vec<usize> = (0..EVENTS)
        .map(|i| shuffled.iter().position(|&s| s == i).unwrap_or(i))
        .collect();
    let (first, last) = (picked[0].0.0, picked[EVENTS - 1].0.0);
    let told = if first == last {
        format!("the order [[{}]] tells them", passages[first])
    } else {
        format!(
            "the order they are told, from [[{}]] to [[{}]]",
            passages[first], passages[last]
        )
    };
    let draft = Draft {
        kind: QuestionKind::Sequence,
        level: Level::Recall,
        stem: format!(
            "Put the events below in {told}. Write their letters in the boxes, first to last."
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
    };
    (draft, chosen)
}
