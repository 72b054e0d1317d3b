//! Evaluations over the labelled data in ../shared (not part of `cargo test`,
//! which must pass without it).
//!
//!     cargo run --release --bin eval -- dedup [--tune]
//!     cargo run --release --bin eval -- themes
//!
//! `dedup`: the sample corpus against its gold labels (same-fact groups,
//! disagreements), and TurkCorpus (every sentence with its 8 human rewrites,
//! shuffled together as passages) scored by pairwise precision and recall.
//! `themes`: the gold themes of the sample selected by their slugs (sentence
//! precision and recall), and a corpus mixing the FairytaleQA test stories
//! (each section a passage, each story a theme) scored by NMI and ARI.
//! The data folder is ../shared beside the repository, or $STUDYPACK_SHARED.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use studypack::evaluate::{Gold, nmi_and_ari, pairwise, score_dedup, score_theme};
use studypack::ingest::{RawBlock, RawDocument, RawSources};
use studypack::model::SourceRef;
use studypack::rng::Rng;
use studypack::{dedup, normalize};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared = studypack::evaluate::shared_dir();
    if !shared.join("eval").is_dir() {
        eprintln!(
            "eval: the labelled data is missing: {} does not exist.\n\
             Put the shared data folder beside the repository (../shared) or set STUDYPACK_SHARED.",
            shared.join("eval").display()
        );
        return ExitCode::from(2);
    }
    let result = match args.first().map(String::as_str) {
        Some("dedup") => eval_dedup(&shared, args.iter().any(|a| a == "--tune")),
        Some("themes") => eval_themes(&shared),
        _ => Err("usage: eval dedup [--tune] | eval themes".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("eval: {message}");
            ExitCode::FAILURE
        }
    }
}

fn eval_dedup(shared: &Path, tune: bool) -> Result<(), String> {
    let gold_text = std::fs::read_to_string(shared.join("gold/communist-party.toml"))
        .map_err(|e| format!("gold/communist-party.toml: {e}"))?;
    let gold = Gold::parse(&gold_text)?;
    let loaded = studypack::load(&shared.join("corpus")).map_err(|e| e.to_string())?;
    let score = score_dedup(&gold, &loaded.facts);
    println!(
        "Sample corpus (gold: {} same-fact groups, {} disagreements)",
        gold.same_fact.len(),
        gold.disagreement.len()
    );
    println!(
        "  same-fact pairs linked: {}/{} (recall {:.2})",
        score.linked_pairs,
        score.group_pairs,
        score.recall()
    );
    println!("  merges across groups: {}", score.cross_merges.len());
    for (a, b) in &score.cross_merges {
        println!("    {a} | {b}");
    }
    println!(
        "  disagreements found: {}/{}, merged: {}",
        score.disagreements_found, score.disagreements_total, score.disagreements_merged
    );
    if !score.missing.is_empty() {
        println!("  gold sentences not found: {:?}", score.missing);
    }
    println!(
        "  facts: {}, disagreements reported: {}",
        loaded.facts.facts.len(),
        loaded.facts.disagreements.len()
    );

    let file = if tune {
        "turkcorpus-tune.tsv"
    } else {
        "turkcorpus-test.tsv"
    };
    turkcorpus(&shared.join("eval").join(file))
}

/// Every version of every row as one passage, shuffled; scored by whether
/// versions of one row end in one fact.
fn turkcorpus(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut versions: Vec<(usize, String)> = Vec::new();
    for (row, line) in text.lines().enumerate() {
        for version in line.split('\t').skip(1).filter(|v| !v.trim().is_empty()) {
            versions.push((row, version.to_string()));
        }
    }
    Rng::new(2024).shuffle(&mut versions);
    let file = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let blocks = versions
        .iter()
        .enumerate()
        .map(|(i, (_, v))| RawBlock {
            source: SourceRef::at(&file, i + 1),
            text: v.clone(),
        })
        .collect();
    let raw = RawSources {
        documents: vec![RawDocument {
            file: file.clone(),
            title: None,
            blocks,
        }],
        notices: Vec::new(),
        skipped: Vec::new(),
    };
    let started = Instant::now();
    let corpus = normalize::normalize(raw);
    let facts = dedup::dedup(corpus);
    let elapsed = started.elapsed();
    // Each version's label: the fact of its passage's first sentence.
    let mut fact_of_passage = std::collections::HashMap::new();
    for fact in &facts.facts {
        for at in fact.sentences.iter().filter(|at| at.sentence == 0) {
            fact_of_passage.insert(at.passage.clone(), fact.id.clone());
        }
    }
    let mut predicted = Vec::new();
    let mut truth = Vec::new();
    for passage in &facts.all_passages {
        if let Some(fact) = fact_of_passage.get(&passage.id) {
            predicted.push(fact.clone());
            truth.push(versions[passage.source.line - 1].0);
        }
    }
    let (precision, recall) = pairwise(&predicted, &truth);
    println!(
        "{file}: {} versions of {} sentences -> {} facts, {} disagreements",
        versions.len(),
        versions.iter().map(|(r, _)| r).max().map_or(0, |m| m + 1),
        facts.facts.len(),
        facts.disagreements.len()
    );
    println!(
        "  pairwise precision {precision:.3}, recall {recall:.3} ({:.2?})",
        elapsed
    );
    Ok(())
}

fn eval_themes(shared: &Path) -> Result<(), String> {
    let gold_text = std::fs::read_to_string(shared.join("gold/communist-party.toml"))
        .map_err(|e| format!("gold/communist-party.toml: {e}"))?;
    let gold = Gold::parse(&gold_text)?;
    let loaded = studypack::load(&shared.join("corpus")).map_err(|e| e.to_string())?;
    let discovered = studypack::themes::discover(&loaded.facts);
    println!("Sample corpus: {} themes discovered", discovered.len());
    for theme in &discovered {
        println!(
            "  {:<14} {} — {}",
            theme.slug,
            theme.label,
            theme.keywords.join(", ")
        );
    }
    for gold_theme in &gold.theme {
        match studypack::themes::select(&loaded.facts, &discovered, &gold_theme.slug) {
            Ok(theme) => {
                let (precision, recall) = score_theme(gold_theme, &loaded.facts, &theme);
                println!(
                    "  --theme {:<13} -> {:<14} sentence precision {precision:.2}, recall {recall:.2}",
                    gold_theme.slug, theme.slug
                );
            }
            Err(e) => println!("  --theme {:<13} -> error: {e}", gold_theme.slug),
        }
    }
    fairytale_mix(&shared.join("eval/fairytaleqa/test"))
}

/// All FairytaleQA test stories in one corpus, one passage per section.
fn fairytale_mix(dir: &Path) -> Result<(), String> {
    let mut stories: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with("-story.csv"))
        .collect();
    stories.sort();
    let mut documents = Vec::new();
    for path in &stories {
        let name = path.file_name().map_or_else(String::new, |n| {
            n.to_string_lossy().replace("-story.csv", "")
        });
        let mut reader =
            csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut blocks = Vec::new();
        for (row, record) in reader.records().enumerate() {
            let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
            blocks.push(RawBlock {
                source: SourceRef::at(&name, row + 2),
                text: record.get(1).unwrap_or_default().to_string(),
            });
        }
        documents.push(RawDocument {
            file: name,
            title: None,
            blocks,
        });
    }
    let raw = RawSources {
        documents,
        notices: Vec::new(),
        skipped: Vec::new(),
    };
    let started = Instant::now();
    let facts = dedup::dedup(normalize::normalize(raw));
    let themes = studypack::themes::discover(&facts);
    let elapsed = started.elapsed();
    let mut predicted = Vec::new();
    let mut truth = Vec::new();
    // Each passage's theme: the one that holds most of its facts.
    for passage in &facts.passages {
        let held = |t: &studypack::model::Theme| {
            facts
                .facts
                .iter()
                .filter(|f| {
                    t.facts.contains(&f.id) && f.sentences.iter().any(|s| s.passage == passage.id)
                })
                .count()
        };
        let theme = (0..themes.len()).max_by_key(|&t| (held(&themes[t]), std::cmp::Reverse(t)));
        predicted.push(theme.map_or(usize::MAX, |t| t));
        truth.push(passage.source.file.clone());
    }
    let (nmi, ari) = nmi_and_ari(&predicted, &truth);
    println!(
        "FairytaleQA test stories mixed: {} stories, {} passages -> {} themes: NMI {nmi:.3}, ARI {ari:.3} ({elapsed:.2?})",
        stories.len(),
        facts.passages.len(),
        themes.len()
    );
    Ok(())
}
