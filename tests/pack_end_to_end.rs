//! Runs the binary on the sample corpus and checks what it wrote, through the
//! text of the PDFs.

use crate::common::{pack, pdf_text, sample_sources, scratch, squash, stderr};
use studypack::model::{Pack, QuestionKind};

fn make_pack(out: &std::path::Path) -> Pack {
    let sources = sample_sources();
    let output = pack("testament", &sources, out, &["--date", "2026-11-26"]);
    assert!(output.status.success(), "pack failed: {}", stderr(&output));
    let json = std::fs::read_to_string(out.join("testament/pack.json")).unwrap();
    serde_json::from_str(&json).expect("pack.json holds a Pack")
}

#[test]
fn worksheet_and_key_hold_what_pack_json_says() {
    let out = scratch("e2e-sample");
    let pack = make_pack(&out);
    let worksheet = pdf_text(&out.join("testament/worksheet.pdf"));
    let key = pdf_text(&out.join("testament/answer-key.pdf"));

    assert!(worksheet.contains(&pack.title), "title missing");
    assert!(worksheet.contains("26 November 2026"));
    assert!(worksheet.contains("Name:") && worksheet.contains("Class:"));
    assert!(!pack.sources.is_empty());
    for source in &pack.sources {
        assert!(worksheet.contains(&format!("Source {}", source.label)));
        for line in &source.lines {
            assert!(
                worksheet.contains(&squash(line)),
                "source line missing: {line}"
            );
        }
    }
    let (_, questions_part) = worksheet
        .split_once("Questions")
        .expect("the worksheet has a Questions part");
    let questions: Vec<_> = pack.questions().collect();
    assert!(
        questions.len() >= 3,
        "too few questions: {}",
        questions.len()
    );
    for question in &questions {
        assert!(
            worksheet.contains(&squash(&question.stem)),
            "stem missing: {}",
            question.stem
        );
        assert!(
            key.contains(&squash(&question.answer)),
            "answer missing: {}",
            question.answer
        );
        if question.kind == QuestionKind::Extended {
            assert!(!questions_part.contains(&squash(&question.answer)));
            for point in &question.marking_guide {
                assert!(
                    !questions_part.contains(&squash(point)),
                    "guide leaked: {point}"
                );
            }
        }
    }
    let pages = worksheet.matches("Page ").count();
    assert!(pages >= 1 && worksheet.contains(&format!("Page {pages} of {pages}")));
}

#[test]
fn the_same_command_gives_the_same_bytes() {
    let first = scratch("e2e-repeat-1");
    let second = scratch("e2e-repeat-2");
    make_pack(&first);
    make_pack(&second);
    for file in ["worksheet.pdf", "answer-key.pdf", "pack.json"] {
        let a = std::fs::read(first.join("testament").join(file)).unwrap();
        let b = std::fs::read(second.join("testament").join(file)).unwrap();
        assert!(a == b, "{file} differs between two identical runs");
    }
}

#[test]
fn a_reading_budget_limits_the_sources_and_every_answer_stays_on_the_page() {
    let out = scratch("e2e-reading-budget");
    let whole = make_pack(&out);
    let words = |pack: &Pack| -> usize {
        pack.sources
            .iter()
            .flat_map(|s| s.lines.iter())
            .map(|l| l.split_whitespace().count())
            .sum()
    };
    let budget = words(&whole) / 2;
    let budget_text = budget.to_string();
    let output = pack(
        "testament",
        &sample_sources(),
        &out,
        &["--date", "2026-11-26", "--reading-words", &budget_text],
    );
    assert!(output.status.success(), "pack failed: {}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("of {} passages", whole.sources.len()))
            && message.contains("raise --reading-words to print more"),
        "{message}"
    );
    let json = std::fs::read_to_string(out.join("testament/pack.json")).unwrap();
    let cut: Pack = serde_json::from_str(&json).unwrap();
    assert!(words(&cut) <= budget, "{} words > {budget}", words(&cut));
    assert!(cut.sources.len() < whole.sources.len());
    assert!(cut.questions().count() >= 1);
    for question in cut.questions() {
        for evidence in &question.evidence {
            assert!(
                cut.sources.iter().any(|s| s.label == evidence.source),
                "evidence from a source not printed: {}",
                evidence.source
            );
        }
    }
}
