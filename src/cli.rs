//! The command line: `studypack pack`, `themes`, `inspect` and `init`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use studypack::model::{Paper, QuestionKind};

const PACK_EXAMPLES: &str = "\
Examples:
  studypack pack --theme testament
  studypack pack --theme succession --questions 8 --seed 7
  studypack pack --theme all --sources story/
  studypack pack --theme testament --kinds mc,tf,short --explain
  studypack pack --theme testament --versions 2 --teacher-copy --paper us-letter
  studypack pack --theme party --sources notes/ --out handouts/ --date 2026-12-01 --title \"Year 9 History\"";

const THEMES_EXAMPLES: &str = "\
Examples:
  studypack themes
  studypack themes --sources notes/ --format json";

const INSPECT_EXAMPLES: &str = "\
Examples:
  studypack inspect
  studypack inspect --sources notes/ --format json > report.json";

const INIT_EXAMPLES: &str = "\
Examples:
  studypack init
  studypack init --dir year9/ --force";

/// Turns a folder of overlapping passages into a printable study pack: a
/// worksheet and an answer key, as PDF, for one theme.
#[derive(Debug, Parser)]
#[command(
    name = "studypack",
    version,
    after_help = "Examples:\n  studypack themes\n  studypack pack --theme testament"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Settings file (teacher-defined themes, ...) [default: studypack.toml
    /// in the current folder, when there is one].
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make the worksheet, answer key and pack.json for one theme.
    #[command(after_help = PACK_EXAMPLES)]
    Pack(PackArgs),
    /// List the themes found in the sources.
    #[command(after_help = THEMES_EXAMPLES)]
    Themes(ReportArgs),
    /// Show what was read, what was dropped and why, the facts and the disagreements.
    #[command(after_help = INSPECT_EXAMPLES)]
    Inspect(ReportArgs),
    /// Write a commented studypack.toml and copies of the templates to edit.
    #[command(after_help = INIT_EXAMPLES)]
    Init(InitArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write studypack.toml and templates/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,

    /// Replace the files if they exist.
    #[arg(long)]
    pub force: bool,
}

/// How a report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub sources: SourcesArg,

    /// Print as readable text or as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct SourcesArg {
    /// Folder of source files (.txt, .md, .json, .jsonl), read recursively.
    #[arg(long, value_name = "DIR", default_value = "sources")]
    pub sources: PathBuf,
}

#[derive(Debug, Args)]
pub struct PackArgs {
    /// The theme: a word such as those `studypack themes` lists, any word
    /// the sources use, or `all` for every passage (one story, say).
    #[arg(long, value_name = "THEME")]
    pub theme: String,

    #[command(flatten)]
    pub sources: SourcesArg,

    /// Folder the pack is written to, as OUT/<theme>/.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,

    /// Fixes every random choice: the same seed gives the same pack [default: 1].
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// The date printed on the pack [default: today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<chrono::NaiveDate>,

    /// The title printed on the pack [default: the sources' title].
    #[arg(long, value_name = "TEXT", value_parser = parse_title)]
    pub title: Option<String>,

    /// The most questions to print [default: 12, or the mix in studypack.toml].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub questions: Option<u32>,

    /// The most words of source text to print; over this, the passages most
    /// useful for questions are chosen [default: 1200].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(50..=100_000))]
    pub reading_words: Option<u32>,

    /// Write versions A, B, ... with the questions and options in other
    /// orders, each with its own answer key [default: 1].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=26))]
    pub versions: Option<u32>,

    /// Also write the worksheet with the answers filled in, page for page
    /// like the students' copy.
    #[arg(long)]
    pub teacher_copy: bool,

    /// Paper size [default: a4].
    #[arg(long, value_enum)]
    pub paper: Option<Paper>,

    /// Only these kinds of question, comma-separated: mc, tf, gap, vocab,
    /// short, matching, sequence, sourcing, extended [default: all].
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_kind)]
    pub kinds: Vec<QuestionKind>,

    /// Also list, on stderr, every candidate question left out and why.
    #[arg(long)]
    pub explain: bool,

    /// Folder of edited templates; any template not found there is the built-in one.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

fn parse_kind(name: &str) -> Result<QuestionKind, String> {
    QuestionKind::from_short_name(name.trim()).ok_or_else(|| {
        let names: Vec<&str> = QuestionKind::ALL.iter().map(|k| k.short_name()).collect();
        format!(
            "unknown kind \"{name}\"; use one or more of {}",
            names.join(", ")
        )
    })
}

/// The longest title that fits the header line.
const MAX_TITLE_CHARS: usize = 80;

/// A title that fits the header, or why it does not.
fn parse_title(text: &str) -> Result<String, String> {
    let length = text.chars().count();
    if length > MAX_TITLE_CHARS {
        return Err(format!(
            "the title is {length} characters long; the header has room for {MAX_TITLE_CHARS}"
        ));
    }
    Ok(text.to_string())
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("{e}; write the date as YYYY-MM-DD, e.g. 2026-11-26"))
}
