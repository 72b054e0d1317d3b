//! Properties that hold for any input, checked on generated text: cleaning
//! is idempotent, sentence splitting keeps every word, deduplication
//! never loses a source, Typst string literals round-trip through Typst's
//! own parser, and the whole pipeline from bytes to a pack never panics.

use proptest::prelude::*;
use studypack::ingest::{RawBlock, RawDocument, RawSources};
use studypack::model::SourceRef;
use studypack::render::typst_string;
use studypack::text::{display_text, split_sentences};
use typst::syntax::{SyntaxNode, ast};

/// Any Unicode, weighted towards what real and hostile text holds.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Z][a-z]{1,9}",
        6 => "[a-z]{1,9}",
        3 => Just(" ".to_string()),
        2 => prop::sample::select(vec![
            ". ", "? ", "! ", ", ", "; ", "Mr. ", "U.S. ", "3.5", "1924", "\"", "'", "(", ")",
            "\u{201C}", "\u{201D}", "\u{2019}", "\u{2014}", "...", "\n", "\t", "\r\n",
        ])
        .prop_map(str::to_string),
        1 => prop::sample::select(vec![
            "\u{200B}", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{0000}", "\u{0007}", "e\u{301}",
            "Привет", "Καλημέρα", "漢字", "🙂", "#sys.exit()", "{{ x }}", "{% if %}", "$x$",
            "\\", "*", "_", "<l>", "@r", "//", "/*",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// The values of every string literal in a Typst syntax tree.
fn string_literals(node: &SyntaxNode, found: &mut Vec<String>) {
    if let Some(literal) = node.cast::<ast::Str>() {
        found.push(literal.get().to_string());
    }
    for child in node.children() {
        string_literals(child, found);
    }
}

/// The characters of `text` other than white space.
fn visible(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn raw_sources(lines: &[String]) -> RawSources {
    let blocks = lines
        .iter()
        .enumerate()
        .map(|(i, text)| RawBlock {
            source: SourceRef::at("notes.txt", i + 1),
            text: text.clone(),
        })
        .collect();
    RawSources {
        documents: vec![RawDocument {
            file: "notes.txt".into(),
            title: None,
            blocks,
        }],
        notices: Vec::new(),
    }
}

proptest! {
    #[test]
    fn display_text_is_idempotent(raw in messy_text()) {
        let once = display_text(&raw);
        prop_assert_eq!(display_text(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
        prop_assert!(!once.contains("  "));
        prop_assert!(!once.chars().any(char::is_control));
    }

    #[test]
    fn sentences_are_ordered_slices_that_keep_every_word(raw in messy_text()) {
        let text = display_text(&raw);
        let sentences = split_sentences(&text);
        let mut end = 0;
        for sentence in &sentences {
            prop_assert!(!sentence.is_empty());
            prop_assert_eq!(sentence.trim(), *sentence);
            let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
            prop_assert!(start >= end, "sentences overlap or run backwards");
            end = start + sentence.len();
            prop_assert!(end <= text.len());
        }
        // Only punctuation before the first sentence may be left out.
        let kept = visible(&sentences.concat());
        prop_assert!(visible(&text).ends_with(&kept), "{kept:?} is not the end of {text:?}");
        let alphanumeric = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
        prop_assert_eq!(alphanumeric(&kept), alphanumeric(&text));
    }

    #[test]
    fn typst_string_literals_round_trip(text in messy_text()) {
        let source = format!("#{};", typst_string(&text));
        let root = typst::syntax::parse(&source);
        prop_assert!(root.errors_and_warnings().0.is_empty(), "{source:?} does not parse");
        let mut strings = Vec::new();
        string_literals(&root, &mut strings);
        prop_assert_eq!(strings, vec![text]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn deduplication_never_loses_a_source(
        lines in prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(vec![
                    "Lenin died in 1924.",
                    "Lenin died in the year 1924.",
                    "In 1924 Lenin died.",
                    "Stalin became the leader of the party.",
                    "Stalin did not become the leader of the party.",
                    "Trotsky was sent into exile in 1929.",
                    "The testament warned about Stalin. Lenin wrote it in 1922.",
                ]).prop_map(str::to_string),
                1 => messy_text(),
            ],
            1..12,
        )
    ) {
        let corpus = studypack::normalize::normalize(raw_sources(&lines));
        let read: Vec<(String, usize)> = corpus
            .passages
            .iter()
            .flat_map(|p| (0..p.sentences.len()).map(move |s| (p.id.clone(), s)))
            .collect();
        let facts = studypack::dedup::dedup(corpus);
        for (passage, sentence) in read {
            let stated = facts.facts.iter().find(|f| {
                f.sentences.iter().any(|s| s.passage == passage && s.sentence == sentence)
            });
            prop_assert!(stated.is_some(), "{passage}#{sentence} is in no fact");
            let source = &facts.passage(&passage).unwrap().source;
            prop_assert!(stated.unwrap().support.contains(source));
            let kept = facts.passages.iter().any(|p| p.id == passage);
            let dropped_as_duplicate = facts.dropped.iter().any(|d| &d.source == source);
            prop_assert!(kept || dropped_as_duplicate, "{passage} vanished");
        }
    }
}

/// A source file: a supported or unsupported name, and text or raw bytes.
fn source_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    let name = prop::sample::select(vec!["a.txt", "b.md", "c.json", "d.jsonl", "e.png"]);
    let bytes = prop_oneof![
        3 => prop::collection::vec(messy_text(), 1..8).prop_map(|lines| lines.join("\n").into_bytes()),
        1 => prop::collection::vec(messy_text(), 1..4).prop_map(|texts| {
            let items: Vec<String> = texts
                .iter()
                .map(|t| format!("{{\"text\": {}}}", serde_json::to_string(t).unwrap()))
                .collect();
            format!("[{}]", items.join(",")).into_bytes()
        }),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ];
    (name, bytes).prop_map(|(name, bytes)| (name.to_string(), bytes))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn the_pipeline_turns_any_bytes_into_a_pack_or_an_error(
        files in prop::collection::vec(source_file(), 1..4),
        seed in 0u64..1000,
    ) {
        let dir = std::env::temp_dir().join(format!(
            "studypack-properties-{}-{seed}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in &files {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        if let Ok(loaded) = studypack::load(&dir) {
            let theme = studypack::themes::all(&loaded.facts, &[])
                .first()
                .map_or("stalin".to_string(), |t| t.slug.clone());
            let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
            let request = studypack::PackRequest {
                seed,
                ..studypack::PackRequest::new(&theme, date)
            };
            if let Ok(built) = studypack::build_pack(&loaded, &request) {
                let templates = studypack::render::Templates::built_in().unwrap();
                let rendered = studypack::render::render(&built.pack, &templates, false).unwrap();
                prop_assert!(rendered.files.iter().all(|(_, bytes)| !bytes.is_empty()));
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
