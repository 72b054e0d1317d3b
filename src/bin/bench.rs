//! Speed and memory of the pipeline on synthetic corpora.
//!
//!     cargo run --release --bin bench -- dedup [SIZES...]
//!
//! `dedup`: for each size (default 1000 10000 100000 passages) a corpus is
//! made from TurkCorpus sentences (../shared/eval, or $STUDYPACK_SHARED) with
//! random edits — each passage three to five sentences, a fifth of them
//! copies or near copies of earlier passages — written as .txt files to a
//! temporary folder, then read, normalised and deduplicated in a fresh
//! process, whose time per stage and peak memory are reported; then themes
//! are discovered, and that time is reported on its own (it is not part of
//! the total or the peak).

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use studypack::rng::Rng;

const DEFAULT_SIZES: &[usize] = &[1_000, 10_000, 100_000];
/// Passages per source file.
const PER_FILE: usize = 500;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dedup") => {
            let sizes: Vec<usize> = args[1..].iter().filter_map(|a| a.parse().ok()).collect();
            run_all(if sizes.is_empty() {
                DEFAULT_SIZES
            } else {
                &sizes
            })
        }
        Some("dedup-one") => match (args.get(1), args.get(2)) {
            (Some(dir), Some(count)) => measure_one(Path::new(dir), count),
            _ => Err("usage: bench dedup-one DIR COUNT".into()),
        },
        _ => Err("usage: bench dedup [SIZES...]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The sentences the synthetic passages are made of.
fn sentences() -> Result<Vec<String>, String> {
    let path = studypack::evaluate::shared_dir().join("eval/turkcorpus-tune.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "the benchmark needs {} ({e}); put the shared data beside the repository or set STUDYPACK_SHARED",
            path.display()
        )
    })?;
    Ok(text
        .lines()
        .flat_map(|l| l.split('\t').skip(1))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| s.split(' ').count() >= 4)
        .collect())
}

/// A sentence with a random small edit: a word dropped, two words swapped,
/// or left alone.
fn edit(sentence: &str, rng: &mut Rng) -> String {
    let mut words: Vec<&str> = sentence.split(' ').collect();
    match rng.below(3) {
        0 if words.len() > 4 => {
            words.remove(rng.below(words.len()));
        }
        1 if words.len() > 2 => {
            let i = rng.below(words.len() - 1);
            words.swap(i, i + 1);
        }
        _ => {}
    }
    words.join(" ")
}

fn make_corpus(dir: &Path, count: usize, pool: &[String]) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut rng = Rng::new(count as u64);
    let mut passages: Vec<String> = Vec::with_capacity(count);
    for _ in 0..count {
        let passage = if !passages.is_empty() && rng.below(5) == 0 {
            // A copy, or a near copy, of an earlier passage.
            let earlier = &passages[rng.below(passages.len())];
            if rng.below(2) == 0 {
                earlier.clone()
            } else {
                edit(earlier, &mut rng)
            }
        } else {
            (0..3 + rng.below(3))
                .map(|_| edit(&pool[rng.below(pool.len())], &mut rng))
                .collect::<Vec<_>>()
                .join(" ")
        };
        passages.push(passage);
    }
    for (number, chunk) in passages.chunks(PER_FILE).enumerate() {
        let path = dir.join(format!("part-{number:04}.txt"));
        std::fs::write(&path, chunk.join("\n") + "\n").map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn run_all(sizes: &[usize]) -> Result<(), String> {
    let pool = sentences()?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    println!(
        "{:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8} {:>9} {:>7}",
        "passages",
        "ingest",
        "normalise",
        "dedup",
        "total",
        "peak MiB",
        "kept",
        "facts",
        "themes",
        "found"
    );
    for &count in sizes {
        let dir = std::env::temp_dir().join(format!("studypack-bench-{count}"));
        make_corpus(&dir, count, &pool)?;
        let output = Command::new(&exe)
            .args(["dedup-one", &dir.to_string_lossy(), &count.to_string()])
            .output()
            .map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).into_owned());
        }
        print!("{}", String::from_utf8_lossy(&output.stdout));
        if std::env::var_os("STUDYPACK_BENCH_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    Ok(())
}

/// Peak resident memory of this process, in MiB (Linux; 0 elsewhere).
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|k| k.parse::<f64>().ok())
            })
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn measure_one(dir: &Path, count: &str) -> Result<(), String> {
    let started = Instant::now();
    let raw = studypack::ingest::read_sources(dir).map_err(|e| e.to_string())?;
    let read = started.elapsed();
    let corpus = studypack::normalize::normalize(raw);
    let normalised = started.elapsed();
    let facts = studypack::dedup::dedup(corpus);
    let done = started.elapsed();
    let peak = peak_mib();
    let themes = studypack::themes::discover(&facts);
    let themed = started.elapsed();
    println!(
        "{count:>9} {:>8.2}s {:>8.2}s {:>8.2}s {:>8.2}s {:>9.0} {:>8} {:>8} {:>8.2}s {:>7}",
        read.as_secs_f64(),
        (normalised - read).as_secs_f64(),
        (done - normalised).as_secs_f64(),
        done.as_secs_f64(),
        peak,
        facts.passages.len(),
        facts.facts.len(),
        (themed - done).as_secs_f64(),
        themes.len()
    );
    Ok(())
}
