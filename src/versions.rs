//! Versions of a pack, so that neighbours in an exam cannot copy.
//!
//! In: a finished pack and how many versions (1 to 26). Out: that many
//! packs lettered A, B, ...: version A in the pack's own order; every other
//! version with the questions of each section in another order (each
//! section of two or more questions differing from version A's) and the
//! options of each multiple-choice question shuffled (numbers stay in
//! ascending order), the questions numbered afresh and the key's answers
//! following. The seed fixes every order.

use crate::assemble::{lettered, numeric};
use crate::model::{Pack, Question, QuestionKind, key_text};
use crate::rng::Rng;

/// How often a version is shuffled again when it came out like an earlier one.
const ATTEMPTS: usize = 20;

/// Version letter `index`: A, B, ... Z.
fn letter(index: usize) -> String {
    char::from(b'A' + (index % 26) as u8).to_string()
}

/// The pack in `count` versions (the pack itself, unlettered, when 1).
pub fn versions(pack: &Pack, count: usize) -> Vec<Pack> {
    if count <= 1 {
        return vec![pack.clone()];
    }
    // Versions draw from their own stream, apart from the questions' choices.
    let mut rng = Rng::new(pack.seed ^ 0x7E25_1045_5EED_0F0F);
    let mut made: Vec<Pack> = Vec::with_capacity(count);
    for index in 0..count {
        let mut version = pack.clone();
        if index > 0 {
            // Shuffle until the order differs from every earlier version,
            // when the pack has room for that many orders.
            for _ in 0..ATTEMPTS {
                version = shuffled(pack, &mut rng);
                if made.iter().all(|earlier| order(earlier) != order(&version)) {
                    break;
                }
            }
        }
        version.version = Some(letter(index));
        made.push(version);
    }
    made
}

/// The pack with each section's questions (in an order other than the
/// pack's, when there is one) and each question's options in a random
/// order, numbered again from 1.
fn shuffled(pack: &Pack, rng: &mut Rng) -> Pack {
    let mut version = pack.clone();
    let mut number = 0;
    for (section, original) in version.sections.iter_mut().zip(&pack.sections) {
        for _ in 0..ATTEMPTS {
            rng.shuffle(&mut section.questions);
            if section.questions.len() < 2 || section.questions != original.questions {
                break;
            }
        }
        for question in &mut section.questions {
            number += 1;
            question.number = number;
            shuffle_options(question, rng);
        }
    }
    version
}

fn shuffle_options(question: &mut Question, rng: &mut Rng) {
    if matches!(
        question.kind,
        QuestionKind::Matching | QuestionKind::Sequence
    ) {
        return shuffle_rows(question, rng);
    }
    let Some(right) = question.correct_option else {
        return;
    };
    if numeric(&question.options) {
        return;
    }
    let mut order: Vec<usize> = (0..question.options.len()).collect();
    rng.shuffle(&mut order);
    question.options = order.iter().map(|&i| question.options[i].clone()).collect();
    let moved = order.iter().position(|&i| i == right).unwrap_or(right);
    question.correct_option = Some(moved);
    question.answer = lettered(&question.options, moved);
}

/// A table's options in a new order, the solution following them.
fn shuffle_rows(question: &mut Question, rng: &mut Rng) {
    let count = question.options.len();
    let mut order: Vec<usize> = (0..count).collect();
    for _ in 0..ATTEMPTS {
        rng.shuffle(&mut order);
        // Events printed in their own order would answer themselves.
        let in_order = |solution: Vec<usize>| solution.windows(2).all(|w| w[0] < w[1]);
        let solution = question
            .solution
            .iter()
            .map(|s| order.iter().position(|i| i == s).unwrap_or(*s));
        if question.kind == QuestionKind::Matching || count < 2 || !in_order(solution.collect()) {
            break;
        }
    }
    question.options = order.iter().map(|&i| question.options[i].clone()).collect();
    for option in &mut question.solution {
        *option = order.iter().position(|&i| i == *option).unwrap_or(*option);
    }
    question.answer = key_text(question.kind, &question.items, &question.solution);
}

/// What a student sees of a version's order: each stem and its options.
fn order(pack: &Pack) -> Vec<(&str, &[String])> {
    pack.questions()
        .map(|q| (q.stem.as_str(), q.options.as_slice()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Level, QuestionKind, Section};

    fn question(number: usize, stem: &str, options: &[&str], right: Option<usize>) -> Question {
        let options: Vec<String> = options.iter().map(|o| o.to_string()).collect();
        Question {
            number,
            kind: QuestionKind::MultipleChoice,
            level: Level::Recall,
            stem: stem.into(),
            answer: right.map_or("an answer".into(), |r| lettered(&options, r)),
            options,
            correct_option: right,
            items: Vec::new(),
            solution: Vec::new(),
            marking_guide: Vec::new(),
            evidence: Vec::new(),
            points: 1,
            answer_lines: 0,
        }
    }

    fn pack() -> Pack {
        let section = |kind, questions| Section {
            kind,
            title: "T".into(),
            instructions: "I".into(),
            word_bank: Vec::new(),
            questions,
        };
        Pack {
            title: "Harbours".into(),
            theme: crate::model::ThemeRef {
                slug: "harbour".into(),
                label: "Harbour".into(),
            },
            header: Default::default(),
            page: Default::default(),
            version: None,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            seed: 7,
            instructions: String::new(),
            sources: Vec::new(),
            sections: vec![
                section(
                    QuestionKind::MultipleChoice,
                    vec![
                        question(
                            1,
                            "Who built it?",
                            &["Anna", "Boris", "Clara", "Dmitri"],
                            Some(2),
                        ),
                        question(2, "When?", &["1794", "1801", "1812", "1820"], Some(0)),
                    ],
                ),
                section(
                    QuestionKind::ShortAnswer,
                    vec![
                        question(3, "Why?", &[], None),
                        question(4, "Where?", &[], None),
                        question(5, "How?", &[], None),
                    ],
                ),
            ],
            total_points: 5,
            overview: Vec::new(),
        }
    }

    #[test]
    fn one_version_is_the_pack_itself() {
        assert_eq!(versions(&pack(), 1), vec![pack()]);
    }

    #[test]
    fn versions_keep_sections_renumber_and_follow_the_right_option() {
        let original = pack();
        let made = versions(&original, 3);
        assert_eq!(made.len(), 3);
        assert_eq!(made[0].version.as_deref(), Some("A"));
        assert_eq!(made[0].sections, original.sections);
        for (index, version) in made.iter().enumerate() {
            assert_eq!(version.version, Some(letter(index)));
            let numbers: Vec<usize> = version.questions().map(|q| q.number).collect();
            assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
            for (section, before) in version.sections.iter().zip(&original.sections) {
                let mut stems: Vec<&str> =
                    section.questions.iter().map(|q| q.stem.as_str()).collect();
                let mut expected: Vec<&str> =
                    before.questions.iter().map(|q| q.stem.as_str()).collect();
                stems.sort_unstable();
                expected.sort_unstable();
                assert_eq!(stems, expected, "a question changed section");
            }
            for q in version.questions().filter(|q| q.correct_option.is_some()) {
                let right = &q.options[q.correct_option.unwrap()];
                let was = original.questions().find(|o| o.stem == q.stem).unwrap();
                assert_eq!(right, &was.options[was.correct_option.unwrap()]);
                assert_eq!(q.answer, lettered(&q.options, q.correct_option.unwrap()));
            }
        }
        assert_ne!(order(&made[0]), order(&made[1]));
        assert_ne!(order(&made[1]), order(&made[2]));
        for version in &made[1..] {
            for (section, first) in version.sections.iter().zip(&made[0].sections) {
                assert_ne!(
                    section.questions, first.questions,
                    "a section kept A's order"
                );
            }
            // Years stay in ascending order.
            let when = version.questions().find(|q| q.stem == "When?").unwrap();
            assert_eq!(when.options, vec!["1794", "1801", "1812", "1820"]);
        }
        assert_eq!(versions(&original, 3), made, "the seed fixes the versions");
    }

    #[test]
    fn a_sequence_is_never_printed_in_its_own_order_and_its_key_follows() {
        let events = ["rose", "sailed", "landed", "slept"];
        let mut sequence = question(1, "Put the events in order.", &events, None);
        sequence.kind = QuestionKind::Sequence;
        sequence.options = vec![
            "landed".into(),
            "rose".into(),
            "slept".into(),
            "sailed".into(),
        ];
        sequence.solution = vec![1, 3, 0, 2];
        sequence.answer = key_text(QuestionKind::Sequence, &[], &sequence.solution);
        let mut original = pack();
        original.sections = vec![Section {
            kind: QuestionKind::Sequence,
            title: "T".into(),
            instructions: "I".into(),
            word_bank: Vec::new(),
            questions: vec![sequence],
        }];
        for version in versions(&original, 26) {
            let q = version.questions().next().unwrap();
            let told: Vec<&str> = q.solution.iter().map(|&o| q.options[o].as_str()).collect();
            assert_eq!(told, events);
            assert!(
                q.solution.windows(2).any(|w| w[0] > w[1]),
                "{:?}",
                q.options
            );
            assert_eq!(q.answer, key_text(QuestionKind::Sequence, &[], &q.solution));
        }
    }
}
