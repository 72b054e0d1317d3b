//! Evaluations over the labelled data in ../shared (not part of `cargo test`,
//! which must pass without it).
//!
//!     cargo run --release --bin eval -- dedup [--tune]
//!
//! `dedup`: the sample corpus against its gold labels (same-fact groups,
//! disagreements), and TurkCorpus (every sentence with its 8 human rewrites,
//! shuffled together as passages) scored by pairwise precision and recall.
//! The data folder is ../shared beside the repository, or $STUDYPACK_SHARED.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use studypack::evaluate::{Gold, pairwise, score_dedup};
use studypack::ingest::{RawBlock, RawDocument, RawSources};
use studypack::model::SourceRef;
use studypack::rng::Rng;
use studypack::{dedup, normalize};

fn shared_dir() -> PathBuf {
    std::env::var_os("STUDYPACK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared = shared_dir();
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
        _ => Err("usage: eval dedup [--tune]".to_string()),
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
