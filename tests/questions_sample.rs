//! The testament pack of the sample corpus: enough questions of enough
//! kinds, covering the gold key facts, every one passing the checks a
//! teacher would make — read back from pack.json.

use std::collections::HashSet;

use crate::common::{pack, read_pack, sample_sources, scratch, stderr};
use studypack::evaluate::{Gold, covers};
use studypack::model::{Pack, QuestionKind};

fn testament_pack() -> Pack {
    let out = scratch("questions-sample");
    let output = pack(
        "testament",
        &sample_sources(),
        &out,
        &["--date", "2026-11-26"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    read_pack(&out, "testament")
}

#[test]
fn at_least_twelve_questions_of_five_kinds_covering_five_key_facts() {
    let pack = testament_pack();
    let questions: Vec<_> = pack.questions().collect();
    assert!(questions.len() >= 12, "{} questions", questions.len());
    let kinds: HashSet<QuestionKind> = questions.iter().map(|q| q.kind).collect();
    assert!(kinds.len() >= 5, "kinds: {kinds:?}");

    let gold_text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/communist-party.toml"),
    )
    .unwrap();
    let gold = Gold::parse(&gold_text).unwrap();
    // The corpus's commonest words say nothing about which fact is tested.
    let common: Vec<String> = ["lenin", "stalin", "party", "communist", "power"]
        .iter()
        .map(|w| studypack::text::stem(w))
        .collect();
    let covered: Vec<&str> = gold
        .key_fact
        .iter()
        .filter(|k| covers(&pack, k, &common))
        .map(|k| k.question.as_str())
        .collect();
    assert!(covered.len() >= 5, "covered only {covered:?}");
}

#[test]
fn every_question_passes_the_checks() {
    let pack = testament_pack();
    let mut stems = HashSet::new();
    for q in pack.questions() {
        let stem = q.stem.as_str();
        assert!(stems.insert(stem.to_string()), "duplicate stem: {stem}");
        match q.kind {
            QuestionKind::MultipleChoice | QuestionKind::ShortAnswer => {
                assert!(stem.ends_with('?'), "{stem}")
            }
            QuestionKind::TrueFalse => assert!(stem.ends_with('.'), "{stem}"),
            QuestionKind::GapFill => assert_eq!(stem.matches("__________").count(), 1, "{stem}"),
            QuestionKind::Matching | QuestionKind::Sequence | QuestionKind::Vocabulary => {
                let mut taken = q.solution.clone();
                taken.sort_unstable();
                taken.dedup();
                assert!(q.options.len() >= 3, "{:?}", q.options);
                // Each option once at most; a table to match may have one
                // spare, a sequence none.
                assert_eq!(taken.len(), q.solution.len(), "{stem}");
                assert!(taken.iter().all(|&o| o < q.options.len()), "{stem}");
                let spares = q.options.len() - taken.len();
                let most = usize::from(q.kind != QuestionKind::Sequence);
                assert!(spares <= most, "{stem}: {spares} spare options");
            }
            QuestionKind::Sourcing | QuestionKind::Extended => {
                assert!(
                    stem.ends_with('?') || stem.ends_with('.') || stem.ends_with('\u{201D}'),
                    "{stem}"
                )
            }
        }
        assert!(!stem.contains("[["), "an unnamed source in {stem}");
        let first = stem.split_whitespace().next().unwrap_or_default();
        assert!(
            !matches!(first, "He" | "She" | "It" | "They" | "This" | "These"),
            "dangling opener: {stem}"
        );
        if matches!(q.kind, QuestionKind::ShortAnswer | QuestionKind::GapFill) {
            let answer = q.answer.trim_start_matches("the ").to_lowercase();
            assert!(
                !stem.to_lowercase().contains(&answer),
                "answer in stem: {stem} / {answer}"
            );
        }
        if q.kind == QuestionKind::MultipleChoice {
            let options: HashSet<String> = q.options.iter().map(|o| o.to_lowercase()).collect();
            assert_eq!(options.len(), 4, "{:?}", q.options);
            let right = q
                .options
                .iter()
                .filter(|o| q.answer.ends_with(o.as_str()))
                .count();
            assert_eq!(right, 1, "{} / {:?}", q.answer, q.options);
        }
        assert!(!q.evidence.is_empty(), "no evidence for {stem}");
        for e in &q.evidence {
            let source = pack
                .sources
                .iter()
                .find(|s| s.label == e.source)
                .expect("evidence names a printed source");
            let lines = source.lines[e.lines.first - 1..e.lines.last].join(" ");
            assert!(
                lines.contains(&e.quote),
                "quote not on lines {}-{} of {}: {}",
                e.lines.first,
                e.lines.last,
                e.source,
                e.quote
            );
        }
        assert!(q.points >= 1);
    }
    assert_eq!(
        pack.total_points,
        pack.questions().map(|q| q.points).sum::<u32>()
    );
}
