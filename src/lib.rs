//! studypack: from a folder of overlapping passages to a printable study pack
//! (worksheet and answer key as PDF) for one theme.
//!
//! The pipeline runs one way: `ingest` reads files, `normalize` cleans them
//! into passages, `dedup` merges repeated statements into facts, `themes`
//! finds and selects a theme, `questions` drafts questions, `assemble` lays out
//! the pack, `render` makes the PDFs and JSON, and `output` writes them.
//! Only the first and last stages touch the file system.

pub mod assemble;
pub mod config;
pub mod dedup;
pub mod error;
pub mod evaluate;
pub mod ingest;
pub mod init;
pub mod inspect;
pub mod model;
pub mod normalize;
pub mod output;
pub mod questions;
pub mod reading;
pub mod render;
pub mod rng;
pub mod text;
pub mod themes;
pub mod union_find;
pub mod versions;

use std::path::Path;

pub use error::{Error, Result};

use model::{Facts, Pack};

/// The sources after reading, cleaning and deduplication.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The collection's title, when the first file opens with one.
    pub title: Option<String>,
    /// One line per skipped file, for the user to see.
    pub notices: Vec<String>,
    pub facts: Facts,
}

/// Reads, cleans and deduplicates the sources folder.
pub fn load(sources: &Path) -> Result<Loaded> {
    let raw = ingest::read_sources(sources)?;
    let corpus = normalize::normalize(raw);
    if corpus.passages.is_empty() {
        return Err(Error::NoPassages {
            path: sources.to_path_buf(),
            notices: if corpus.notices.is_empty() {
                String::new()
            } else {
                format!(" ({})", first_notices(&corpus.notices, 5).join("; "))
            },
        });
    }
    Ok(Loaded {
        title: corpus.title.clone(),
        notices: corpus.notices.clone(),
        facts: dedup::dedup(corpus),
    })
}

/// The first `limit` notices, and a last line saying how many more there
/// are, so that a folder of a thousand stray files does not flood the screen.
pub fn first_notices(notices: &[String], limit: usize) -> Vec<String> {
    let mut shown: Vec<String> = notices.iter().take(limit).cloned().collect();
    if notices.len() > limit {
        shown.push(format!(
            "and {} (`studypack inspect` lists them all)",
            text::count_of(notices.len() - limit, "more notice")
        ));
    }
    shown
}

/// What the teacher asked for.
#[derive(Debug, Clone)]
pub struct PackRequest {
    pub theme: String,
    /// Overrides the collection's title.
    pub title: Option<String>,
    pub date: chrono::NaiveDate,
    pub seed: u64,
    /// How many questions to print, at most.
    pub questions: usize,
    /// How many words of sources to print, at most.
    pub reading_words: usize,
    /// Only these kinds of question (all when empty).
    pub kinds: Vec<model::QuestionKind>,
    /// How many questions of each kind (replaces `questions` when set).
    pub mix: Option<config::PerKind<0>>,
    /// Marks for every question of a kind.
    pub marks: config::PerKind<1>,
    /// The teacher's own themes (from `studypack.toml`).
    pub themes: Vec<config::ThemeDefinition>,
    pub header: model::Header,
    pub page: model::Page,
    /// Replaces the worksheet's opening instructions.
    pub instructions: Option<String>,
}

impl PackRequest {
    /// A request for `theme` with every other setting at its default.
    pub fn new(theme: &str, date: chrono::NaiveDate) -> PackRequest {
        PackRequest {
            theme: theme.to_string(),
            title: None,
            date,
            seed: 1,
            questions: 12,
            reading_words: reading::DEFAULT_READING_WORDS,
            kinds: Vec::new(),
            mix: None,
            marks: config::PerKind::default(),
            themes: Vec::new(),
            header: model::Header::default(),
            page: model::Page::default(),
            instructions: None,
        }
    }
}

/// A pack, and the candidate questions left out of it (with why).
#[derive(Debug, Clone)]
pub struct Built {
    pub pack: Pack,
    pub rejected: Vec<questions::Rejection>,
    /// For the teacher, when the reading budget left passages out.
    pub reading_note: Option<String>,
}

/// Builds the pack for one theme of the loaded sources.
pub fn build_pack(loaded: &Loaded, request: &PackRequest) -> Result<Built> {
    let facts = &loaded.facts;
    let known = themes::all(facts, &request.themes);
    let title = request
        .title
        .as_deref()
        .map(text::display_text)
        .or_else(|| loaded.title.as_deref().map(text::display_text))
        .filter(|t| !t.is_empty());
    let theme = themes::select(facts, &known, &request.theme, title.as_deref())?;
    let reading = reading::choose(facts, &theme, request.reading_words);
    let theme = &reading.theme;
    let material = questions::Material {
        theme,
        passages: facts
            .passages
            .iter()
            .filter(|p| theme.passages.contains(&p.id))
            .collect(),
        facts: facts
            .facts
            .iter()
            .filter(|f| theme.facts.contains(&f.id))
            .collect(),
        disagreements: facts
            .disagreements
            .iter()
            .filter(|d| {
                theme.passages.contains(&d.a.passage) && theme.passages.contains(&d.b.passage)
            })
            .collect(),
        corpus: &facts.passages,
        title: title.as_deref(),
    };
    let wanted = questions::Wanted {
        questions: request.mix.map_or(request.questions, |mix| mix.total()),
        kinds: request.kinds.clone(),
        mix: request.mix,
        seed: request.seed,
    };
    let (drafts, mut rejected) = questions::generate(&material, &wanted);
    let title = title.unwrap_or_else(|| "Study pack".to_string());
    let settings = assemble::Settings {
        title,
        header: request.header.clone(),
        page: request.page,
        date: request.date,
        seed: request.seed,
        instructions: request.instructions.clone(),
        marks: request.marks,
    };
    let (pack, unplaced) = assemble::assemble(facts, theme, drafts, &settings);
    rejected.extend(unplaced);
    if pack.questions().next().is_none() {
        let within = if reading.passages_left_out > 0 {
            format!(" within --reading-words {}", request.reading_words)
        } else {
            String::new()
        };
        return Err(Error::TooLittleMaterial {
            theme: request.theme.clone(),
            found: format!(
                "{}{within}, but no question could be written from them",
                text::count_of(pack.sources.len(), "passage")
            ),
            left_out: rejected,
        });
    }
    Ok(Built {
        pack,
        rejected,
        reading_note: reading.note(),
    })
}
