//! Trains the part-of-speech tagger on the UD English Web Treebank and writes
//! the model the binary embeds.
//!
//!     cargo run --release --bin train-tagger
//!
//! Reads ../shared/nlp/ud-english-ewt/{train,dev,test}.conllu (or the folder
//! $STUDYPACK_SHARED/nlp/ud-english-ewt), trains on train, reports UPOS
//! accuracy on dev and test, and writes src/text/tagger.bin. The treebank is
//! CC BY-SA 4.0 (see README.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use studypack::text::tagger::{Tag, Tagged, Tagger};

const ITERATIONS: usize = 12;
const SEED: u64 = 1;

fn treebank() -> PathBuf {
    studypack::evaluate::shared_dir().join("nlp/ud-english-ewt")
}

/// Sentences of a CoNLL-U file as (forms, UPOS tags); multiword-token lines
/// and empty nodes are skipped.
fn read(path: &Path) -> Result<Vec<Tagged>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut sentences = Vec::new();
    let (mut words, mut tags) = (Vec::new(), Vec::new());
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !words.is_empty() {
                sentences.push((std::mem::take(&mut words), std::mem::take(&mut tags)));
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
        words.push(columns[1].to_string());
        tags.push(tag);
    }
    if !words.is_empty() {
        sentences.push((words, tags));
    }
    Ok(sentences)
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
