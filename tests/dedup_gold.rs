//! The sample corpus against its hand labels (a copy of
//! ../shared/gold/communist-party.toml in tests/fixtures): what the
//! deduplicator must never do, and what it already finds.

use crate::common::sample_sources;
use studypack::evaluate::{Gold, fact_of, find_sentence, score_dedup};
use studypack::model::DisagreementKind;

fn gold() -> Gold {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/communist-party.toml"),
    )
    .unwrap();
    Gold::parse(&text).unwrap()
}

#[test]
fn every_gold_sentence_is_found_and_nothing_is_merged_across_groups() {
    let gold = gold();
    let loaded = studypack::load(&sample_sources()).unwrap();
    let score = score_dedup(&gold, &loaded.facts);
    assert!(
        score.missing.is_empty(),
        "gold sentences not in the corpus: {:?}",
        score.missing
    );
    assert!(
        score.cross_merges.is_empty(),
        "merged across groups: {:?}",
        score.cross_merges
    );
    assert_eq!(
        score.disagreements_merged, 0,
        "a gold disagreement was merged into one fact"
    );
}

#[test]
fn the_like_or_despise_disagreement_is_found() {
    let gold = gold();
    let loaded = studypack::load(&sample_sources()).unwrap();
    let facts = &loaded.facts;
    let liked = gold
        .disagreement
        .iter()
        .find(|d| d.a.contains("liked"))
        .unwrap();
    let a = find_sentence(facts, &liked.a).unwrap();
    let b = find_sentence(facts, &liked.b).unwrap();
    let found = facts
        .disagreements
        .iter()
        .find(|d| (d.a == a && d.b == b) || (d.a == b && d.b == a))
        .expect("the disagreement is reported");
    assert_eq!(found.kind, DisagreementKind::Opposites);
    assert!(
        found.about.contains("liked") && found.about.contains("despised"),
        "{}",
        found.about
    );
    assert_ne!(
        fact_of(facts, &a).unwrap().id,
        fact_of(facts, &b).unwrap().id
    );
}

#[test]
fn headings_and_bullet_items_are_handled_as_the_gold_says() {
    let gold = gold();
    let loaded = studypack::load(&sample_sources()).unwrap();
    assert_eq!(loaded.title.as_deref(), Some(gold.title.as_str()));
    for heading in &gold.not_passages {
        assert!(
            loaded.facts.all_passages.iter().all(|p| &p.text != heading),
            "{heading} was kept as a passage"
        );
    }
    let dropped: Vec<&str> = loaded
        .facts
        .dropped
        .iter()
        .map(|d| d.text.as_str())
        .collect();
    assert!(dropped.contains(&"Joseph Stalin"), "{dropped:?}");
    let bullet_line = gold.bullet_line.as_deref().unwrap();
    let items = &gold.bullet_items;
    let passage = loaded
        .facts
        .all_passages
        .iter()
        .find(|p| items.iter().all(|item| p.sentences.contains(item)))
        .unwrap_or_else(|| panic!("no passage has the items of {bullet_line:?} as sentences"));
    assert_eq!(passage.sentences.len(), items.len());
}
