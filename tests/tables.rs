//! Matching and sequence questions, end to end on a small two-file corpus
//! about the first moon landing: the table is printed, each version
//! shuffles its rows and its key follows, the facts behind every row are on
//! the printed lines, and a sequence's answer is the order its evidence
//! stands in.

use std::path::Path;

use crate::common::{pack, pack_files, pdf_text, scratch, squash, stderr};
use studypack::model::{Pack, Question, QuestionKind};

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/moon-landing")
}

fn table(pack: &Pack, kind: QuestionKind) -> &Question {
    pack.questions()
        .find(|q| q.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} question"))
}

/// What a matching question says, whatever the order: each name with its
/// description.
fn pairs(q: &Question) -> Vec<(String, String)> {
    q.items
        .iter()
        .zip(&q.solution)
        .map(|(item, &option)| (item.clone(), q.options[option].clone()))
        .collect()
}

/// A sequence's events in the order of its answer.
fn ordered(q: &Question) -> Vec<String> {
    q.solution.iter().map(|&o| q.options[o].clone()).collect()
}

#[test]
fn tables_hold_together_in_every_version() {
    let dir = scratch("tables");
    let out = dir.join("out");
    let output = pack(
        "armstrong",
        &fixture(),
        &out,
        // (The tables asked for by name: on a default sheet they compete
        // with the questions their rows would give away.)
        &[
            "--versions",
            "2",
            "--teacher-copy",
            "--date",
            "2026-11-26",
            "--kinds",
            "matching,sequence,tf,extended",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let folder = out.join("armstrong");
    let mut seen = Vec::new();
    for version in ["A", "B"] {
        let json = std::fs::read_to_string(folder.join(format!("pack-{version}.json"))).unwrap();
        let pack: Pack = serde_json::from_str(&json).unwrap();
        let worksheet = pdf_text(&folder.join(format!("worksheet-{version}.pdf")));
        let key = pdf_text(&folder.join(format!("answer-key-{version}.pdf")));
        let matching = table(&pack, QuestionKind::Matching);
        let sequence = table(&pack, QuestionKind::Sequence);

        // A matching table's options are lettered; a sequence's events are
        // numbered, so that they are not taken for source letters.
        for (q, marks) in [
            (matching, ["A", "B", "C", "D", "E"]),
            (sequence, ["1", "2", "3", "4", "5"]),
        ] {
            assert!(q.options.len() >= 3, "{:?}", q.options);
            for (mark, option) in marks.iter().zip(&q.options) {
                assert!(
                    worksheet.contains(&format!("{mark} {}", squash(option))),
                    "{version}: option {mark} {option:?} not printed"
                );
            }
            assert!(key.contains(&format!("Answer: {}", squash(&q.answer))));
            assert_eq!(q.evidence.len(), q.options.len(), "a quote per row");
        }
        // Each name sits in the left column, and its description is in the
        // sentence its evidence quotes (row by row).
        for ((item, description), evidence) in pairs(matching).iter().zip(&matching.evidence) {
            assert!(worksheet.contains(item.as_str()));
            assert!(
                evidence.quote.contains(description.as_str()),
                "{description:?} is not in {:?}",
                evidence.quote
            );
        }
        // A sequence's answer is the order its evidence is printed in.
        let places: Vec<(String, usize)> = sequence
            .evidence
            .iter()
            .map(|e| (e.source.clone(), e.lines.first))
            .collect();
        let mut sorted = places.clone();
        sorted.sort_by(|a, b| (a.0.len(), &a.0, a.1).cmp(&(b.0.len(), &b.0, b.1)));
        assert_eq!(places, sorted, "the events' evidence in reading order");
        for (event, evidence) in ordered(sequence).iter().zip(&sequence.evidence) {
            let opening = event.split_whitespace().last().unwrap();
            assert!(evidence.quote.contains(opening), "{event:?} / {evidence:?}");
        }
        seen.push((pairs(matching), ordered(sequence), sequence.options.clone()));
    }
    // Versions say the same in another order.
    assert_eq!(seen[0].0, seen[1].0, "the same names and descriptions");
    assert_eq!(seen[0].1, seen[1].1, "the same events in the same order");
    let mut a = seen[0].2.clone();
    let mut b = seen[1].2.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

/// Two short science notes that define their terms in sentences and in
/// notes ("Melting = solid to liquid").
const STATES: &[(&str, &str)] = &[
    (
        "textbook.txt",
        "States of matter\n\nAll matter is made of tiny particles. Condensation is the change from gas to liquid. \
         Sublimation is the direct change from solid to gas, and it happens to dry ice. \
         Evaporation is the change from liquid to gas at the surface of a liquid. \
         Water is unusual because it expands when it freezes.\n",
    ),
    (
        "notes.txt",
        "Revision notes\n\nMelting = solid to liquid (ice melts at 0 °C). \
         Freezing = liquid to solid. Condensation = gas to liquid. \
         Key idea: heating gives particles more energy. \
         Typical animal cell = roughly 0.02 mm wide. \
         The nucleus is the town's hall, where the instructions are kept. \
         The cell wall is the town hall of the plant cell, where nothing is kept. \
         A town grows around its market.\n",
    ),
];

/// The pack of the `STATES` notes with only these kinds of question.
fn states_pack(scratch_name: &str, kinds: &str) -> Pack {
    pack_files(
        scratch_name,
        STATES,
        "all",
        &["--date", "2026-11-26", "--kinds", kinds],
    )
    .0
}

#[test]
fn terms_the_sources_define_are_matched_with_their_meanings() {
    let pack = states_pack("terms-table", "matching,tf,extended");
    let q = table(&pack, QuestionKind::Matching);
    assert!(q.stem.starts_with("Match each term"), "{}", q.stem);
    let found = pairs(q);
    // One meaning is spare, so that the last term is not found by
    // elimination.
    assert_eq!(q.options.len(), q.items.len() + 1, "{q:?}");
    // The second predicate and the bracketed example are cut; a label
    // ("Key idea") and a sentence that defines nothing are no terms. (A
    // meaning may be the spare one; a term in the table has its own.)
    for (term, meaning) in [
        ("Sublimation", "the direct change from solid to gas"),
        ("Melting", "solid to liquid"),
        ("Freezing", "liquid to solid"),
    ] {
        assert!(q.options.iter().any(|o| o == meaning), "{:?}", q.options);
        if q.items.iter().any(|i| i == term) {
            assert!(
                found.contains(&(term.to_string(), meaning.to_string())),
                "{found:?}"
            );
        }
    }
    assert!(
        found.iter().all(|(term, _)| ![
            "Key idea",
            "Water",
            "Typical animal cell",
            "Nucleus",
            "Cell wall"
        ]
        .contains(&term.as_str())),
        "{found:?}"
    );
}

#[test]
fn a_term_defined_in_a_sentence_is_asked_for_by_its_meaning() {
    let pack = states_pack("terms-named", "short,extended");
    let asked: Vec<(&str, &str)> = pack
        .questions()
        .filter(|q| q.kind == QuestionKind::ShortAnswer)
        .map(|q| (q.stem.as_str(), q.answer.as_str()))
        .collect();
    assert!(
        asked.contains(&(
            "What is the name for the direct change from solid to gas?",
            "Sublimation"
        )),
        "{asked:?}"
    );
    // A likeness ("the town's hall") and a note ("= solid to liquid") are
    // not asked so.
    assert!(
        asked
            .iter()
            .all(|(_, answer)| !["Nucleus", "Melting"].contains(answer)),
        "{asked:?}"
    );
}
