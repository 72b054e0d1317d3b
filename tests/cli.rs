//! The command line as a new user meets it: help, version, listing themes
//! and choosing one (the error catalogue is in errors.rs).

use crate::common::{pack, sample_sources, scratch, stderr, studypack};

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn help_shows_examples_on_every_command() {
    for args in [&["--help"][..], &["pack", "--help"], &["themes", "--help"]] {
        let output = studypack(args);
        assert!(output.status.success());
        let text = stdout(&output);
        assert!(text.contains("Examples:"), "{args:?}: {text}");
    }
    let pack_help = stdout(&studypack(&["pack", "--help"]));
    for option in [
        "--theme",
        "--sources",
        "--out",
        "--seed",
        "--date",
        "--title",
        "--questions",
    ] {
        assert!(pack_help.contains(option), "pack --help lacks {option}");
    }
}

#[test]
fn version_is_the_crate_version() {
    let output = studypack(&["--version"]);
    assert_eq!(
        stdout(&output).trim(),
        format!("studypack {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_theme_lists_the_themes_and_suggests_the_nearest() {
    let output = pack(
        "tastament",
        &sample_sources(),
        &scratch("unknown-theme"),
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("no theme matches \"tastament\""),
        "{message}"
    );
    assert!(message.contains("did you mean \"testament\"?"), "{message}");
    assert!(
        message.contains("The themes in these sources are: "),
        "{message}"
    );
}

#[test]
fn themes_lists_slugs_and_samples() {
    let output = studypack(&["themes", "--sources", sample_sources().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("keywords: "), "{text}");
    assert!(text.contains("e.g. \u{201C}"), "{text}");
}

#[test]
fn a_misspelt_theme_word_still_names_the_theme() {
    let out = scratch("misspelt-theme");
    let output = pack(
        "testamnet",
        &sample_sources(),
        &out,
        &["--date", "2026-11-26"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.join("testament/worksheet.pdf").exists());
}

#[test]
fn every_listed_theme_makes_a_pack() {
    let output = studypack(&[
        "themes",
        "--sources",
        sample_sources().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let themes: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(themes.len() >= 2, "{themes:?}");
    let out = scratch("every-listed-theme");
    for theme in &themes {
        let slug = theme["slug"].as_str().unwrap();
        let output = pack(slug, &sample_sources(), &out, &["--date", "2026-11-26"]);
        assert!(output.status.success(), "{slug}: {}", stderr(&output));
    }
}

#[test]
fn a_sheet_far_short_of_what_was_asked_says_where_more_questions_are() {
    let out = scratch("far-short");
    let asked_for_many = pack(
        "testament",
        &sample_sources(),
        &out,
        &["--date", "2026-11-26", "--questions", "40"],
    );
    assert!(
        asked_for_many.status.success(),
        "{}",
        stderr(&asked_for_many)
    );
    let message = stderr(&asked_for_many);
    assert!(
        message.contains("(40 asked)") && message.contains("--theme all"),
        "{message}"
    );
    let as_usual = pack(
        "testament",
        &sample_sources(),
        &out,
        &["--date", "2026-11-26"],
    );
    assert!(
        !stderr(&as_usual).contains("asked)"),
        "{}",
        stderr(&as_usual)
    );
}

#[test]
fn an_empty_sheet_still_explains_what_was_left_out() {
    let dir = scratch("empty-explained");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    // The one term, "vapour", stands beside "this heat" or "that cold air"
    // in every sentence: no gap is left but one, alone in its word bank.
    std::fs::write(
        sources.join("notes.txt"),
        "The sun heats the sea, and some of that water slowly turns into vapour.\n\n\
         In this heat the warm vapour rises from the sea on a windless afternoon.\n\n\
         High above, that cold air turns the vapour back into water once more.\n\n\
         Nobody said anything about the storm at all.\n\n\
         It rained all night and all day without stopping.\n",
    )
    .unwrap();
    let output = pack(
        "all",
        &sources,
        &dir.join("out"),
        &["--kinds", "gap", "--explain"],
    );
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("left out (gap)") && message.contains("no question could be written"),
        "{message}"
    );
    assert!(!dir.join("out/all").exists(), "nothing is written");
}
