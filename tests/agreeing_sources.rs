//! "Find two sources that both say that ...": asked when two files say one
//! thing, printed with the key naming both, and not asked of two passages
//! of one file (one story is one source).

use crate::common::{pack_files, pdf_text, squash};
use studypack::model::{Pack, QuestionKind};

const FIRST: &str = "The lighthouse at Hook Head was built by monks in the twelfth century. \
    Keepers lit a coal fire on its roof every night. In 1871 a gas lamp replaced the fire.";
const SECOND: &str = "Monks built the lighthouse at Hook Head in the twelfth century. \
    The tower has walls four metres thick. The last keeper left in 1996, when the light \
    became automatic.";

/// The pack of theme "all" with only sourcing questions, from the files
/// given, and the folder it was written to.
fn sourcing(name: &str, files: &[(&str, String)]) -> (Pack, std::path::PathBuf) {
    let files: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
    pack_files(
        name,
        &files,
        "all",
        &["--kinds", "sourcing", "--date", "2026-11-27"],
    )
}

#[test]
fn two_files_saying_one_thing_make_a_find_two_question_and_one_file_does_not() {
    let (two_files, out) = sourcing(
        "agreeing-two-files",
        &[
            ("a.txt", format!("The Lighthouse\n\n{FIRST}\n")),
            ("b.txt", format!("Hook Head\n\n{SECOND}\n")),
        ],
    );
    let find_two: Vec<_> = two_files
        .questions()
        .filter(|q| q.kind == QuestionKind::Sourcing && q.stem.starts_with("Find two sources"))
        .collect();
    assert_eq!(
        find_two.len(),
        1,
        "{:?}",
        two_files.questions().map(|q| &q.stem).collect::<Vec<_>>()
    );
    let question = find_two[0];
    assert!(
        question
            .stem
            .contains("both say that the lighthouse at Hook Head was built by monks"),
        "{}",
        question.stem
    );
    assert!(
        question.answer.starts_with("Source A and Source B"),
        "{}",
        question.answer
    );
    let printed = squash(&pdf_text(&out.join("all/worksheet.pdf")));
    assert!(
        printed.contains("Find two sources that both say that the lighthouse"),
        "{printed}"
    );

    let (one_file, _) = sourcing(
        "agreeing-one-file",
        &[("a.txt", format!("The Lighthouse\n\n{FIRST}\n\n{SECOND}\n"))],
    );
    assert!(
        !one_file
            .questions()
            .any(|q| q.stem.starts_with("Find two sources")),
        "one story's two paragraphs are no two sources"
    );
}
