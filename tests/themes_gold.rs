//! Themes on the sample corpus against the gold labels (tests/fixtures), and
//! teacher-defined themes from studypack.toml.

use crate::common::{pack, sample_sources, scratch, stderr, studypack};
use studypack::evaluate::{Gold, score_theme};

fn gold() -> Gold {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/communist-party.toml");
    Gold::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn testament_selects_the_gold_testament_sentences() {
    let gold = gold();
    let loaded = studypack::load(&sample_sources()).unwrap();
    let themes = studypack::themes::discover(&loaded.facts);
    let theme = studypack::themes::select(&loaded.facts, &themes, "testament", None).unwrap();
    let wanted = gold.theme.iter().find(|t| t.slug == "testament").unwrap();
    let (precision, recall) = score_theme(wanted, &loaded.facts, &theme);
    assert!(precision >= 0.8, "precision {precision:.2}");
    assert!(recall >= 0.8, "recall {recall:.2}");
}

#[test]
fn all_takes_every_passage_under_the_title() {
    let loaded = studypack::load(&sample_sources()).unwrap();
    let themes = studypack::themes::discover(&loaded.facts);
    let all = studypack::themes::select(&loaded.facts, &themes, "all", Some("Lenin")).unwrap();
    assert_eq!(all.slug, "all");
    assert_eq!(all.label, "Lenin");
    assert_eq!(all.passages.len(), loaded.facts.passages.len());
    assert_eq!(all.facts.len(), loaded.facts.facts.len());
    let largest = themes.iter().map(|t| t.passages.len()).max().unwrap();
    assert!(all.passages.len() > largest);
}

#[test]
fn other_gold_themes_make_packs_and_nonsense_fails_helpfully() {
    for theme in ["succession", "party"] {
        let out = scratch(&format!("theme-{theme}"));
        let output = pack(theme, &sample_sources(), &out, &["--date", "2026-11-26"]);
        assert!(output.status.success(), "{theme}: {}", stderr(&output));
    }
    let output = studypack(&[
        "pack",
        "--theme",
        "nonsense",
        "--sources",
        sample_sources().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("The themes in these sources are: testament"),
        "{message}"
    );
    assert!(message.contains("(try \"testament\")"), "{message}");
}

#[test]
fn themes_json_lists_three_to_six_themes_with_their_sentences() {
    let output = studypack(&[
        "themes",
        "--sources",
        sample_sources().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let themes: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let themes = themes.as_array().unwrap();
    assert!((3..=6).contains(&themes.len()), "{} themes", themes.len());
    for theme in themes {
        assert!(!theme["slug"].as_str().unwrap().is_empty());
        assert!(!theme["label"].as_str().unwrap().is_empty());
        assert!(!theme["keywords"].as_array().unwrap().is_empty());
        assert!(!theme["sentences"].as_array().unwrap().is_empty());
    }
    assert_eq!(themes[0]["slug"], "testament");
}

#[test]
fn a_theme_defined_in_studypack_toml_takes_precedence() {
    let dir = scratch("defined-theme");
    let config = dir.join("studypack.toml");
    std::fs::write(
        &config,
        "[[theme]]\nslug = \"hidden-testament\"\nlabel = \"The Hidden Testament\"\nkeywords = [\"conceal\", \"suppressed\"]\n",
    )
    .unwrap();
    let listed = studypack(&[
        "themes",
        "--sources",
        sample_sources().to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(text.starts_with("hidden-testament"), "{text}");
    let out = dir.join("out");
    let output = pack(
        "hidden-testament",
        &sample_sources(),
        &out,
        &["--config", config.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("hidden-testament/pack.json")).unwrap())
            .unwrap();
    assert_eq!(pack["theme"]["label"], "The Hidden Testament");
    assert_eq!(pack["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn a_bad_studypack_toml_names_the_key_and_line() {
    let dir = scratch("bad-config");
    let config = dir.join("studypack.toml");
    std::fs::write(
        &config,
        "[[theme]]\nslug = \"x\"\nlabel = \"X\"\nkeywords = [\"a\"]\nfavourite = true\n",
    )
    .unwrap();
    let output = studypack(&[
        "themes",
        "--sources",
        sample_sources().to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("studypack.toml:5"), "{message}");
    assert!(message.contains("favourite"), "{message}");
}
