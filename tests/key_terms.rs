//! A science text names no people, dates or places: its questions come from
//! the terms its passages share. End to end on a two-file fixture about the
//! water cycle, read back from pack.json.

use std::path::Path;

use crate::common::{pack, scratch, stderr};
use studypack::model::{Pack, QuestionKind};

#[test]
fn a_text_without_names_gets_gaps_for_the_terms_its_passages_share() {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/water-cycle");
    let out = scratch("key-terms");
    let output = pack("all", &sources, &out, &["--date", "2026-11-27"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: Pack =
        serde_json::from_slice(&std::fs::read(out.join("all/pack.json")).unwrap()).unwrap();
    let passages: Vec<String> = ["textbook.txt", "notes.txt"]
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(sources.join(f))
                .unwrap()
                .split("\n\n")
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let gaps: Vec<_> = pack
        .questions()
        .filter(|q| q.kind == QuestionKind::GapFill)
        .collect();
    assert!(gaps.len() >= 3, "{} gaps", gaps.len());
    for gap in gaps {
        let answer = gap.answer.as_str();
        assert!(
            answer.starts_with(char::is_lowercase),
            "{answer:?} is a name"
        );
        // "water", in nearly every passage, is what the text is about.
        assert_ne!(answer, "water");
        let using = passages.iter().filter(|p| p.contains(answer)).count();
        assert!(using >= 2, "{answer:?} is in {using} passage(s)");
        // "a __________" would tell the answer's first sound.
        let stem = gap.stem.to_lowercase();
        assert!(
            !stem.contains(" a __________") && !stem.contains(" an __________"),
            "{stem}"
        );
    }
}
