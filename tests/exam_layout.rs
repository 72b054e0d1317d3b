//! The exam paper a teacher prints: header fields from studypack.toml,
//! numbered source lines, marks that add up, "Page X of Y" on every page,
//! versions A and B each with its own key, a teacher's copy paginated like
//! the students', and templates edited after `studypack init`.

use crate::common::{
    footer_pages, pdf_text, sample_sources, scratch, squash, stderr, studypack_in,
};
use studypack::model::Pack;

const SETTINGS: &str = r#"
school = "Northfield School"
class = "9B"
teacher = "Ms Rivera"
paper = "us-letter"

[marks]
extended = 8
"#;

/// Every "[N mark]" / "[N marks]" in a text, summed.
fn marks_printed(text: &str) -> u32 {
    text.split('[')
        .skip(1)
        .filter_map(|part| {
            let (number, rest) = part.split_once(' ')?;
            let unit = rest.split(']').next()?;
            matches!(unit, "mark" | "marks").then(|| number.parse::<u32>().ok())?
        })
        .sum()
}

#[test]
fn two_versions_with_a_teacher_copy_each_hold_together() {
    let dir = scratch("layout-versions");
    std::fs::write(dir.join("studypack.toml"), SETTINGS).unwrap();
    let out = dir.join("out");
    let output = studypack_in(
        &dir,
        &[
            "pack",
            "--theme",
            "testament",
            "--sources",
            sample_sources().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--date",
            "2026-11-26",
            "--versions",
            "2",
            "--teacher-copy",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let folder = out.join("testament");
    let mut orders = Vec::new();
    for version in ["A", "B"] {
        let file = |name: &str| folder.join(format!("{name}-{version}.pdf"));
        let json = std::fs::read_to_string(folder.join(format!("pack-{version}.json"))).unwrap();
        let pack: Pack = serde_json::from_str(&json).unwrap();
        let bytes = std::fs::read(file("worksheet")).unwrap();
        assert!(
            String::from_utf8_lossy(&bytes).contains("MediaBox[0 0 612 792]"),
            "paper = \"us-letter\" gives US Letter pages"
        );
        let worksheet = pdf_text(&file("worksheet"));
        let key = pdf_text(&file("answer-key"));
        let teacher = pdf_text(&file("worksheet-teacher"));

        for text in [&worksheet, &key] {
            assert!(text.contains("Northfield School"));
            assert!(text.contains("Class: 9B") && text.contains("Teacher: Ms Rivera"));
            assert!(text.contains(&format!("Version {version}")));
        }
        assert!(worksheet.contains("Name:") && worksheet.contains("Date:"));
        // The numbered lines of every source.
        for source in &pack.sources {
            for (index, line) in source.lines.iter().enumerate().take(2) {
                let numbered = format!("{} {}", index + 1, squash(line));
                assert!(worksheet.contains(&numbered), "no line {numbered:?}");
            }
        }
        // Marks: per question and per section, each adding up to the total.
        let total: u32 = pack.questions().map(|q| q.points).sum();
        assert_eq!(total, pack.total_points);
        assert!(worksheet.contains(&format!("Total: {total} marks")));
        let (_, questions) = worksheet.split_once("Questions").unwrap();
        assert_eq!(
            marks_printed(questions),
            2 * total,
            "question and section marks"
        );
        assert!(
            pack.questions().any(|q| q.points == 8),
            "[marks] extended = 8"
        );
        // The key follows this version's own numbering and answers.
        let mut at = 0;
        for question in pack.questions() {
            let stem = format!("{}. {}", question.number, squash(&question.stem));
            let found = key[at..].find(&stem).map(|i| i + at);
            let found = found.unwrap_or_else(|| panic!("{version}: {stem:?} not in order"));
            let answer = format!("Answer: {}", squash(&question.answer));
            let next = key[found..]
                .find(&answer)
                .expect("the answer follows its question");
            at = found + next;
        }
        // The teacher's copy has the answers and the same pages.
        let pages = footer_pages(&worksheet);
        assert_eq!(
            footer_pages(&teacher),
            pages,
            "{version}: teacher's copy pages"
        );
        footer_pages(&key);
        orders.push(pack.questions().map(|q| q.stem.clone()).collect::<Vec<_>>());
    }
    assert_ne!(orders[0], orders[1], "version B is in another order");
}

#[test]
fn an_edit_of_the_header_template_after_init_changes_the_pdf() {
    let dir = scratch("layout-init");
    let run = |args: &[&str]| {
        let output = studypack_in(&dir, args);
        assert!(output.status.success(), "{}", stderr(&output));
    };
    run(&["init"]);
    assert!(dir.join("studypack.toml").exists());
    let header = dir.join("templates/header.typ.j2");
    let text = std::fs::read_to_string(&header).unwrap();
    std::fs::write(&header, text.replace("Theme:", "Unit of study:")).unwrap();
    let sources = sample_sources();
    run(&[
        "pack",
        "--theme",
        "testament",
        "--sources",
        sources.to_str().unwrap(),
    ]);
    let worksheet = pdf_text(&dir.join("output/testament/worksheet.pdf"));
    assert!(
        worksheet.contains("Unit of study: Testament"),
        "{worksheet}"
    );
    assert!(!worksheet.contains("Theme: Testament"));
    // A second init does not overwrite the edits.
    let again = studypack_in(&dir, &["init"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        std::fs::read_to_string(&header)
            .unwrap()
            .contains("Unit of study:")
    );
}

#[test]
fn a_mix_in_the_settings_sets_the_kinds_and_a_question_count_replaces_it() {
    let dir = scratch("layout-mix");
    std::fs::write(dir.join("studypack.toml"), "[mix]\nmc = 1\ntf = 2\n").unwrap();
    let pack_with = |extra: &[&str]| -> Pack {
        let out = dir.join("out");
        let sources = sample_sources();
        let mut args = vec![
            "pack",
            "--theme",
            "testament",
            "--sources",
            sources.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let output = studypack_in(&dir, &args);
        assert!(output.status.success(), "{}", stderr(&output));
        let json = std::fs::read_to_string(out.join("testament/pack.json")).unwrap();
        serde_json::from_str(&json).unwrap()
    };
    let mixed = pack_with(&[]);
    let kinds: Vec<&str> = mixed.questions().map(|q| q.kind.short_name()).collect();
    assert_eq!(kinds, vec!["mc", "tf", "tf"]);
    let counted = pack_with(&["--questions", "8"]);
    assert_eq!(counted.questions().count(), 8);
}
