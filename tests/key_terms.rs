//! A science text names no people, dates or places: its questions come from
//! the terms its passages share. End to end on a two-file fixture about the
//! water cycle, read back from pack.json.

use std::path::Path;

use crate::common::{pack, read_pack, scratch, stderr};
use studypack::model::{Pack, QuestionKind};

#[test]
fn a_text_without_names_gets_gaps_for_the_terms_its_passages_share() {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/water-cycle");
    let out = scratch("key-terms");
    let output = pack("all", &sources, &out, &["--date", "2026-11-27"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: Pack = read_pack(&out, "all");
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

/// A false statement's changed year is one no source gives: changed to
/// the year the other sources give, it would be true by them.
#[test]
fn a_false_statement_never_borrows_another_sources_number() {
    let dir = scratch("false-numbers");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    for (file, text) in [
        (
            "a.txt",
            "Emmeline Pankhurst founded the Women's Social and Political Union in Manchester in 1903.\n\n\
             The union's members were called suffragettes by the Daily Mail in 1906.\n",
        ),
        (
            "b.txt",
            "Pankhurst's militant union, the WSPU, began its work in 1905 with a handful of members.\n\n\
             Millicent Fawcett had led the peaceful suffragists since 1897.\n",
        ),
        (
            "c.txt",
            "In 1903 Emmeline Pankhurst founded the Women's Social and Political Union in Manchester.\n\n\
             Emily Wilding Davison died after the Derby in 1913.\n",
        ),
    ] {
        std::fs::write(sources.join(file), text).unwrap();
    }
    let years = ["1897", "1903", "1905", "1906", "1913"];
    for seed in 1..=16 {
        let out = dir.join(format!("out-{seed}"));
        let seed = seed.to_string();
        let output = pack(
            "all",
            &sources,
            &out,
            &["--kinds", "tf", "--seed", &seed, "--date", "2026-11-27"],
        );
        if !output.status.success() {
            continue;
        }
        let pack: Pack = read_pack(&out, "all");
        let four_digits = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .map(str::to_string)
                .collect()
        };
        for q in pack.questions().filter(|q| q.answer.starts_with("False")) {
            let quoted = four_digits(&q.evidence[0].quote);
            for year in four_digits(&q.stem) {
                assert!(
                    quoted.contains(&year) || !years.contains(&year.as_str()),
                    "seed {seed}: {:?} changes a year to {year}, which a source gives",
                    q.stem
                );
            }
        }
    }
}

/// What the pack's title names is printed at the top of every page: no
/// question asks for it.
#[test]
fn no_question_asks_for_what_the_title_names() {
    let asked = |title: &str| -> Vec<String> {
        let out = scratch("title-answer").join(title);
        let output = pack(
            "all",
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/moon-landing"),
            &out,
            &[
                "--kinds",
                "short,mc",
                "--date",
                "2026-11-27",
                "--title",
                title,
            ],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let pack: Pack = read_pack(&out, "all");
        pack.questions().map(|q| q.answer.clone()).collect()
    };
    let untold = asked("The Moon");
    assert!(untold.iter().any(|a| a.contains("Armstrong")), "{untold:?}");
    let titled = asked("Neil Armstrong");
    assert!(
        titled.iter().all(|a| !a.contains("Armstrong")),
        "{titled:?}"
    );
}
