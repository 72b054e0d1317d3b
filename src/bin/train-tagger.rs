//! Trains the part-of-speech tagger on the UD English Web Treebank and writes
//! the model the binary embeds.
//!
//!     cargo run --release --bin train-tagger
//!
//! Reads ../shared/nlp/ud-english-ewt/{train,dev,test}.conllu (or the folder
//! $STUDYPACK_SHARED/nlp/ud-english-ewt), trains on train, reports UPOS
//! accuracy on dev and test, and writes src/text/tagger.bin; then writes the
//! lemma table src/text/lemmas.tsv (the lemmas the treebank knows, and the
//! forms the lemma rules get wrong) and reports lemma accuracy on test. The
//! treebank is CC BY-SA 4.0 (see README.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use std::collections::{BTreeMap, BTreeSet};

use studypack::text::lemma::{Class, by_rules};
use studypack::text::tagger::{Tag, Tagged, Tagger};

const ITERATIONS: usize = 12;
const SEED: u64 = 1;

fn treebank() -> PathBuf {
    studypack::evaluate::shared_dir().join("nlp/ud-english-ewt")
}

/// A word of the treebank: form, lemma, tag.
type Word = (String, String, Tag);

/// Sentences of a CoNLL-U file as (forms, UPOS tags).
fn read(path: &Path) -> Result<Vec<Tagged>, String> {
    Ok(read_words(path)?
        .into_iter()
        .map(|words| words.into_iter().map(|(form, _, tag)| (form, tag)).unzip())
        .collect())
}

/// Sentences of a CoNLL-U file as words; multiword-token lines and empty
/// nodes are skipped.
fn read_words(path: &Path) -> Result<Vec<Vec<Word>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut sentences = Vec::new();
    let mut words = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !words.is_empty() {
                sentences.push(std::mem::take(&mut words));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() < 4 || columns[0].contains(['-', '.']) {
            continue;
        }
        let tag = Tag::from_name(columns[3]).ok_or_else(|| {
            format!(
                "{}:{}: unknown tag {}",
                path.display(),
                number + 1,
                columns[3]
            )
        })?;
        words.push((columns[1].to_string(), columns[2].to_lowercase(), tag));
    }
    if !words.is_empty() {
        sentences.push(words);
    }
    Ok(sentences)
}

/// The lemma table: every lemma the treebank gives a verb, noun or
/// adjective, and each form whose most frequent lemma the rules miss.
fn lemma_table(train: &[Vec<Word>]) -> String {
    let mut known: BTreeSet<(String, &str)> = BTreeSet::new();
    let mut seen: BTreeMap<(String, &str), BTreeMap<String, usize>> = BTreeMap::new();
    for (form, lemma, tag) in train.iter().flatten() {
        if let Some(class) = Class::of(*tag) {
            known.insert((lemma.clone(), class.code()));
            *seen
                .entry((form.to_lowercase(), class.code()))
                .or_default()
                .entry(lemma.clone())
                .or_default() += 1;
        }
    }
    let mut out = String::new();
    for (lemma, class) in &known {
        out.push_str(&format!("=\t{class}\t{lemma}\n"));
    }
    for ((form, code), lemmas) in &seen {
        let Some((lemma, &count)) = lemmas.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        let class = [Class::Verb, Class::Noun, Class::Adjective]
            .into_iter()
            .find(|c| c.code() == *code)
            .expect("codes come from Class::code");
        let ruled = by_rules(form, class, |w| known.contains(&(w.to_string(), *code)));
        // ("leaned" once with the lemma "learn", a slip in the treebank:
        // a form seen once whose rule-made lemma is a known word keeps it.)
        let slip = count == 1 && known.contains(&(ruled.clone(), *code));
        if &ruled != lemma && !slip && lemma.chars().all(|c| !c.is_whitespace()) {
            out.push_str(&format!("{form}\t{code}\t{lemma}\n"));
        }
    }
    out
}

/// The share of verbs, nouns and adjectives whose lemma the library gives.
fn lemma_accuracy(sentences: &[Vec<Word>]) -> f64 {
    let words: Vec<&Word> = sentences
        .iter()
        .flatten()
        .filter(|(_, _, t)| Class::of(*t).is_some())
        .collect();
    let right = words
        .iter()
        .filter(|(form, lemma, tag)| studypack::text::lemma::lemma(form, *tag) == *lemma)
        .count();
    right as f64 / words.len().max(1) as f64
}

fn main() -> ExitCode {
    let dir = treebank();
    if !dir.is_dir() {
        eprintln!(
            "train-tagger: the treebank is missing: {} does not exist.\n\
             Put the shared data folder beside the repository (../shared) or set STUDYPACK_SHARED.",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let run = || -> Result<(), String> {
        let train_words = read_words(&dir.join("train.conllu"))?;
        let lemmas = lemma_table(&train_words);
        let lemma_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/lemmas.tsv");
        std::fs::write(&lemma_path, &lemmas)
            .map_err(|e| format!("{}: {e}", lemma_path.display()))?;
        println!(
            "wrote {} ({} lines)",
            lemma_path.display(),
            lemmas.lines().count()
        );
        let train = read(&dir.join("train.conllu"))?;
        let dev = read(&dir.join("dev.conllu"))?;
        let test = read(&dir.join("test.conllu"))?;
        let started = Instant::now();
        let tagger = Tagger::train(&train, ITERATIONS, SEED);
        println!(
            "trained on {} sentences in {:.1?}",
            train.len(),
            started.elapsed()
        );
        let bytes = tagger.to_bytes();
        // Measure the model as stored (weights rounded and pruned).
        let stored = Tagger::from_bytes(&bytes).ok_or("the written model does not read back")?;
        println!(
            "UPOS accuracy: dev {:.4}, test {:.4}",
            stored.accuracy(&dev),
            stored.accuracy(&test)
        );
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/tagger.bin");
        std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        println!("wrote {} ({} KiB)", out.display(), bytes.len() / 1024);
        println!(
            "lemma accuracy on test verbs, nouns and adjectives (as of the table embedded in this build): {:.4}",
            lemma_accuracy(&read_words(&dir.join("test.conllu"))?)
        );
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("train-tagger: {message}");
            ExitCode::FAILURE
        }
    }
}
