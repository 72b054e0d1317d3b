//! Evaluations over the labelled data in ../shared (not part of `cargo test`,
//! which must pass without it).
//!
//!     cargo run --release --bin eval -- dedup [--tune]
//!     cargo run --release --bin eval -- themes
//!     cargo run --release --bin eval -- questions [STORY]
//!
//! `dedup`: the sample corpus against its gold labels (same-fact groups,
//! disagreements), and TurkCorpus (every sentence with its 8 human rewrites,
//! shuffled together as passages) scored by pairwise precision and recall.
//! `themes`: the gold themes of the sample selected by their slugs (sentence
//! precision and recall), and a corpus mixing the FairytaleQA test stories
//! (each section a passage, each story a theme) scored by NMI and ARI.
//! `questions`: the testament pack of the sample (every question printed, and
//! the gold key facts it covers), then each FairytaleQA test story on its own:
//! the share of the experts' explicit questions whose answer matches the
//! answer of a question studypack writes (among all that pass the checks, and
//! among the 12 it would print), and counts by kind. With STORY, that story's
//! printed questions are listed.
//! The data folder is ../shared beside the repository, or $STUDYPACK_SHARED.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use studypack::evaluate::{Gold, nmi_and_ari, pairwise, score_dedup, score_theme};
use studypack::ingest::{RawBlock, RawDocument, RawSources};
use studypack::model::SourceRef;
use studypack::questions::{Draft, Rejection};
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
        Some("questions") => eval_questions(&shared, args.get(1).map(String::as_str)),
        _ => Err("usage: eval dedup [--tune] | eval themes | eval questions [STORY]".to_string()),
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
        match studypack::themes::select(&loaded.facts, &discovered, &gold_theme.slug, None) {
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
        documents.push(story_document(path)?);
    }
    let raw = RawSources {
        documents,
        notices: Vec::new(),
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

/// A FairytaleQA story file as one document, a block per section.
fn story_document(path: &Path) -> Result<RawDocument, String> {
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
    Ok(RawDocument {
        file: name,
        title: None,
        blocks,
    })
}

/// The sections of a FairytaleQA story as a corpus.
fn story_facts(path: &Path) -> Result<studypack::model::Facts, String> {
    let raw = RawSources {
        documents: vec![story_document(path)?],
        notices: Vec::new(),
    };
    Ok(dedup::dedup(normalize::normalize(raw)))
}

/// The experts' explicit questions of a story: (question, accepted answers).
fn expert_questions(path: &Path) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(question), Some(explicit)) = (column("question"), column("ex-or-im1")) else {
        return Err(format!("{}: unexpected columns", path.display()));
    };
    let answers: Vec<usize> = [
        "answer1", "answer2", "answer3", "answer4", "answer5", "answer6",
    ]
    .iter()
    .filter_map(|c| column(c))
    .collect();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        if record.get(explicit) != Some("explicit") {
            continue;
        }
        let accepted: Vec<String> = answers
            .iter()
            .filter_map(|&i| record.get(i))
            .filter(|a| !a.trim().is_empty())
            .map(str::to_string)
            .collect();
        out.push((
            record.get(question).unwrap_or_default().to_string(),
            accepted,
        ));
    }
    Ok(out)
}

/// Content words of an answer, lower case.
fn answer_words(text: &str) -> Vec<String> {
    studypack::text::tokens(text)
        .into_iter()
        .map(|t| t.text.to_lowercase())
        .filter(|w| !studypack::text::is_stop_word(w))
        .collect()
}

/// Two answers match when their content words overlap with an F1 of 0.5 or more.
fn answers_match(ours: &str, theirs: &str) -> bool {
    let (a, b) = (answer_words(ours), answer_words(theirs));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let both = a.iter().filter(|w| b.contains(w)).count() as f64;
    let precision = both / a.len() as f64;
    let recall = both / b.len() as f64;
    precision + recall > 0.0 && 2.0 * precision * recall / (precision + recall) >= 0.5
}

/// "The Golden Goose" style title from a story's file name.
fn title(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a worksheet names a story: the story "The Golden Goose".
fn story_label(name: &str) -> String {
    format!("the story \u{201C}{}\u{201D}", title(name))
}

/// The questions for a whole corpus treated as one theme.
/// Drafts for a whole corpus treated as one theme: every candidate that
/// passes the checks, the ones chosen for a worksheet, and the rejected.
type StoryQuestions = (Vec<Draft>, Vec<Draft>, Vec<Rejection>);

fn questions_for(facts: &studypack::model::Facts, label: &str, questions: usize) -> StoryQuestions {
    let keywords = studypack::themes::discover(facts)
        .first()
        .map(|t| t.keywords.clone())
        .unwrap_or_default();
    let theme = studypack::model::Theme {
        slug: studypack::themes::slugify(label),
        label: label.to_string(),
        keywords,
        passages: facts.passages.iter().map(|p| p.id.clone()).collect(),
        facts: facts.facts.iter().map(|f| f.id.clone()).collect(),
    };
    let material = studypack::questions::Material {
        theme: &theme,
        passages: facts.passages.iter().collect(),
        facts: facts.facts.iter().collect(),
        disagreements: facts.disagreements.iter().collect(),
        corpus: &facts.passages,
        title: None,
    };
    let wanted = studypack::questions::Wanted {
        questions,
        kinds: Vec::new(),
        mix: None,
        seed: 1,
    };
    let (all, rejected) = studypack::questions::candidates(&material, &wanted);
    let (chosen, _) = studypack::questions::generate(&material, &wanted);
    (all, chosen, rejected)
}

/// One question as the listings show it: kind, stem, answer (and options).
fn print_question(
    kind: studypack::model::QuestionKind,
    stem: &str,
    answer: &str,
    options: &[String],
) {
    let answer = if options.is_empty() {
        answer.to_string()
    } else {
        format!("{answer} (options: {})", options.join(" | "))
    };
    println!("  [{}] {stem}\n      -> {answer}", kind.short_name());
}

fn eval_questions(shared: &Path, story: Option<&str>) -> Result<(), String> {
    let stories = shared.join("eval/fairytaleqa/test");
    if let Some(story) = story {
        let facts = story_facts(&stories.join(format!("{story}-story.csv")))?;
        let (all, chosen, rejected) = questions_for(&facts, &story_label(story), 12);
        println!(
            "{story}: {} questions ({} candidates passed the checks)",
            chosen.len(),
            all.len()
        );
        let mut reasons: std::collections::BTreeMap<String, usize> = Default::default();
        for r in &rejected {
            let reason = r.reason.split('\u{201C}').next().unwrap_or_default().trim();
            let reason = if reason.is_empty() {
                r.reason.as_str()
            } else {
                reason
            };
            *reasons
                .entry(format!("{} {reason}", r.kind.short_name()))
                .or_default() += 1;
        }
        for (reason, count) in reasons {
            println!("  rejected {count:>3}: {reason}");
        }
        for d in &chosen {
            print_question(d.kind, &d.stem, &d.answer, &d.options);
        }
        return Ok(());
    }

    let gold = Gold::parse(
        &std::fs::read_to_string(shared.join("gold/communist-party.toml"))
            .map_err(|e| e.to_string())?,
    )?;
    let loaded = studypack::load(&shared.join("corpus")).map_err(|e| e.to_string())?;
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let request = studypack::PackRequest::new("testament", date);
    let built = studypack::build_pack(&loaded, &request).map_err(|e| e.to_string())?;
    println!(
        "Sample corpus, --theme testament: {} questions",
        built.pack.questions().count()
    );
    for q in built.pack.questions() {
        print_question(q.kind, &q.stem, &q.answer, &q.options);
    }
    let common: Vec<String> = ["lenin", "stalin", "party", "communist", "power"]
        .iter()
        .map(|w| studypack::text::stem(w))
        .collect();
    for key in &gold.key_fact {
        let covered = studypack::evaluate::covers(&built.pack, key, &common);
        println!(
            "  key fact {}: {}",
            if covered {
                "covered    "
            } else {
                "not covered"
            },
            key.question
        );
    }

    let mut paths: Vec<PathBuf> = std::fs::read_dir(&stories)
        .map_err(|e| format!("{}: {e}", stories.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with("-story.csv"))
        .collect();
    paths.sort();
    let (mut expert, mut found_all, mut found_printed) = (0usize, 0usize, 0usize);
    let mut by_kind: std::collections::BTreeMap<&'static str, (usize, usize)> = Default::default();
    for path in &paths {
        let name = path.file_name().map_or_else(String::new, |n| {
            n.to_string_lossy().replace("-story.csv", "")
        });
        let facts = story_facts(path)?;
        let (all, chosen, _) = questions_for(&facts, &story_label(&name), 12);
        for d in &all {
            by_kind.entry(d.kind.short_name()).or_default().0 += 1;
        }
        for d in &chosen {
            by_kind.entry(d.kind.short_name()).or_default().1 += 1;
        }
        let questions = expert_questions(&stories.join(format!("{name}-questions.csv")))?;
        for (_, accepted) in &questions {
            expert += 1;
            let hit = |drafts: &[Draft]| {
                drafts
                    .iter()
                    .any(|d| accepted.iter().any(|a| answers_match(&d.answer, a)))
            };
            found_all += usize::from(hit(&all));
            found_printed += usize::from(hit(&chosen));
        }
    }
    println!(
        "FairytaleQA test, {} stories, {expert} explicit expert questions: answer recall {:.3} over all checked candidates, {:.3} over the 12 printed per story",
        paths.len(),
        found_all as f64 / expert.max(1) as f64,
        found_printed as f64 / expert.max(1) as f64
    );
    for (kind, (all, printed)) in by_kind {
        println!("  {kind:<9} {all:>5} candidates, {printed:>4} printed");
    }
    Ok(())
}
