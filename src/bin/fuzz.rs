//! A long randomised run of the whole pipeline, from bytes on disk to PDFs,
//! looking for panics and slow cases (stable Rust has no cargo-fuzz, so this
//! is a structure-aware fuzzer of its own).
//!
//!     cargo run --release --bin fuzz -- [MINUTES] [SEED]
//!
//! Each case writes one to four files to a scratch folder: prose mixed from
//! seed sentences, Typst and template syntax, control and invisible
//! characters, other scripts and emoji; saved as .txt, .md, .json or .jsonl
//! (well-formed or not); a third of them are then damaged at the byte level
//! (flips, cuts, repeats, stray bytes). The case is read, up to three of the
//! themes listed and a word theme are packed and rendered, and every outcome must be a pack or an
//! error: a panic, or a case slower than `SLOW`, is a finding, and the
//! case's folder is kept under target/fuzz-findings/ to replay with
//! `studypack pack`. Default: 30 minutes, seed 1.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use studypack::render::{self, Templates};
use studypack::rng::Rng;
use studypack::{PackRequest, themes};

/// A case slower than this is reported.
const SLOW: Duration = Duration::from_secs(10);

const SENTENCES: &[&str] = &[
    "Lenin died in 1924 after a long illness.",
    "Stalin became General Secretary of the party in 1922.",
    "Trotsky was exiled in 1929 and killed in Mexico in 1940.",
    "The testament warned that Stalin was too rude.",
    "Stalin did not become the sole leader at once.",
    "The harbour at Odessa opened in 1794.",
    "A miller and his three sons lived by the river.",
    "\"Stop!\" he said, and the soldiers stopped.",
    "Mr. J. R. Smith paid 3.5 roubles in the U.S. in Jan. 1920.",
    "o Causes o War o Famine",
    "1. Lenin died. 2. Stalin rose. 3. Trotsky fled.",
    "# The Rise of Stalin",
    "Joseph Stalin",
];

const HOSTILE: &[&str] = &[
    "#sys.exit()",
    "#read(\"/etc/passwd\")",
    "$x$",
    "*bold*",
    "_em_",
    "<label>",
    "@ref",
    "// c",
    "/* c */",
    "\\",
    "[ ]",
    "{{ x }}",
    "{% if %}",
    "{#",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{200b}",
    "\u{200f}",
    "\u{202e}",
    "\u{feff}",
    "e\u{301}",
    "Привет, мир.",
    "Καλημέρα κόσμε.",
    "漢字かな交じり文。",
    "مرحبا بالعالم.",
    "🙂👍🏽",
    "\u{fffd}",
    "...",
    "?!",
    "\"",
    "\u{201c}",
    "  ",
    "\t",
    "\r\n",
    "\n\n",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let minutes: f64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(30.0);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let findings = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    // The case being run lives beside the findings, so keeping it is a rename.
    let scratch = findings.join(format!("running-{}", std::process::id()));
    let Ok(templates) = Templates::built_in() else {
        eprintln!("fuzz: the built-in templates do not load");
        return ExitCode::FAILURE;
    };
    // Panics are findings, reported below; the default hook would print
    // each one's backtrace in the middle of the progress lines.
    std::panic::set_hook(Box::new(|_| {}));

    let started = Instant::now();
    let budget = Duration::from_secs_f64(minutes * 60.0);
    let mut rng = Rng::new(seed);
    let (mut cases, mut packs, mut errors, mut found) = (0u64, 0u64, 0u64, 0u64);
    let mut slowest = Duration::ZERO;
    while started.elapsed() < budget {
        cases += 1;
        let _ = std::fs::remove_dir_all(&scratch);
        if let Err(e) = write_case(&mut rng, &scratch) {
            eprintln!("fuzz: cannot write the case: {e}");
            return ExitCode::FAILURE;
        }
        let case_started = Instant::now();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| run_case(&scratch, &templates)));
        let took = case_started.elapsed();
        slowest = slowest.max(took);
        let finding = match outcome {
            Ok((made, failed)) => {
                packs += made;
                errors += failed;
                (took > SLOW).then(|| format!("slow: {:.1} s", took.as_secs_f64()))
            }
            Err(panic) => Some(format!("panic: {}", panic_text(panic.as_ref()))),
        };
        if let Some(what) = finding {
            found += 1;
            let kept = findings.join(format!("seed{seed}-case{cases}"));
            let _ = std::fs::remove_dir_all(&kept);
            match std::fs::rename(&scratch, &kept) {
                Ok(()) => println!("case {cases}: {what} (kept in {})", kept.display()),
                Err(e) => println!("case {cases}: {what} (could not keep it: {e})"),
            }
        }
        if cases % 100 == 0 {
            eprintln!(
                "fuzz: {cases} cases, {packs} packs, {errors} errors, {found} findings, {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "fuzz: {cases} cases in {:.1} min (seed {seed}): {packs} packs made, {errors} clean errors, {found} findings; slowest case {:.2} s",
        started.elapsed().as_secs_f64() / 60.0,
        slowest.as_secs_f64()
    );
    if found == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// Reads the case and packs every theme listed plus one word theme; returns
/// how many packs were made and how many runs ended in a (clean) error.
fn run_case(sources: &Path, templates: &Templates) -> (u64, u64) {
    let loaded = match studypack::load(sources) {
        Ok(loaded) => loaded,
        Err(_) => return (0, 1),
    };
    let mut wanted: Vec<String> = themes::all(&loaded.facts, &[])
        .into_iter()
        .take(3)
        .map(|t| t.slug)
        .collect();
    wanted.push("stalin".into());
    let (mut made, mut failed) = (0, 0);
    for theme in wanted {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
        let request = PackRequest::new(&theme, date);
        let rendered = studypack::build_pack(&loaded, &request)
            .and_then(|built| render::render(&built.pack, templates, true));
        match rendered {
            Ok(_) => made += 1,
            Err(_) => failed += 1,
        }
    }
    (made, failed)
}

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

/// One passage: seed sentences with hostile pieces between and inside them.
fn passage(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..1 + rng.below(5) {
        let sentence = pick(rng, SENTENCES);
        if rng.below(4) == 0 {
            let cut = sentence.len() / 2;
            let cut = (cut..=sentence.len())
                .find(|&i| sentence.is_char_boundary(i))
                .unwrap_or(sentence.len());
            text.push_str(&sentence[..cut]);
            text.push_str(pick(rng, HOSTILE));
            text.push_str(&sentence[cut..]);
        } else {
            text.push_str(sentence);
        }
        text.push(' ');
        if rng.below(3) == 0 {
            text.push_str(pick(rng, HOSTILE));
        }
    }
    text
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// A file's name and bytes, well-formed for its format before mutation.
fn file(rng: &mut Rng, index: usize) -> (String, Vec<u8>) {
    let passages: Vec<String> = (0..1 + rng.below(12)).map(|_| passage(rng)).collect();
    let (extension, text) = match rng.below(5) {
        0 | 1 => (
            "txt",
            passages.join(if rng.below(2) == 0 { "\n" } else { "\n\n" }),
        ),
        2 => (
            "md",
            passages
                .iter()
                .map(|p| format!("## {}\n\n{p}\n", pick(rng, SENTENCES)))
                .collect(),
        ),
        3 => (
            "json",
            format!(
                "[{}]",
                passages
                    .iter()
                    .map(|p| format!("{{\"text\": {}, \"title\": \"T\"}}", json_string(p)))
                    .collect::<Vec<_>>()
                    .join(",\n")
            ),
        ),
        _ => (
            "jsonl",
            passages
                .iter()
                .map(|p| format!("{{\"text\": {}}}\n", json_string(p)))
                .collect(),
        ),
    };
    (format!("f{index}.{extension}"), text.into_bytes())
}

/// Byte-level damage: a few flips, cuts, repeats and stray bytes.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..rng.below(4) {
        if bytes.is_empty() {
            return;
        }
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(256)).min(bytes.len());
                let chunk: Vec<u8> = bytes[at..end].to_vec();
                for _ in 0..1 + rng.below(20) {
                    bytes.splice(at..at, chunk.iter().copied());
                }
            }
            3 => bytes.insert(at, [0u8, 0xFF, 0xC3, b'\n', b'"', b'{'][rng.below(6)]),
            _ => bytes.truncate(at),
        }
    }
}

fn write_case(rng: &mut Rng, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    for index in 0..1 + rng.below(4) {
        let (name, mut bytes) = file(rng, index);
        // A third of the files are damaged; the rest stay well-formed, so
        // that cases reach the later stages.
        if rng.below(3) == 0 {
            mutate(rng, &mut bytes);
        }
        std::fs::write(dir.join(name), bytes)?;
    }
    Ok(dir.to_path_buf())
}
