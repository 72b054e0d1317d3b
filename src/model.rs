//! The values that flow between the pipeline's stages.
//!
//! In: nothing (these are plain data types). Out: serde-serialisable records —
//! passages with provenance, facts, themes, questions, and the `Pack` that the
//! renderer prints and `pack.json` stores.

use serde::{Deserialize, Serialize};

/// Where a passage came from: the file (relative to the sources folder), its
/// 1-based line, and the url, title, author and date when the source gave them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl SourceRef {
    /// A reference to a line of a file, with nothing else known.
    pub fn at(file: &str, line: usize) -> Self {
        SourceRef {
            file: file.to_string(),
            line,
            url: None,
            title: None,
            author: None,
            date: None,
        }
    }
}

/// One passage of source text, already normalised and split into sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id within one corpus: `p1`, `p2`, ... in reading order.
    pub id: String,
    pub source: SourceRef,
    /// Display text: one line, whitespace collapsed, typography kept.
    pub text: String,
    /// The sentences of `text`, in order; each is a substring of `text`.
    pub sentences: Vec<String>,
}

/// A line of a source that was read but is not a passage, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    pub source: SourceRef,
    pub text: String,
    pub reason: String,
}

/// Everything read from the sources folder.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The collection's title, when the first file opens with one.
    pub title: Option<String>,
    pub passages: Vec<Passage>,
    pub dropped: Vec<Dropped>,
    /// One line per file that was skipped (unsupported format).
    pub notices: Vec<String>,
}

/// Points at one sentence of one passage.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceRef {
    pub passage: String,
    pub sentence: usize,
}

/// A unique statement: its best wording and every sentence/source that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `f1`, `f2`, ... in order of first appearance.
    pub id: String,
    pub text: String,
    pub sentences: Vec<SentenceRef>,
    pub support: Vec<SourceRef>,
}

/// How two statements conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisagreementKind {
    /// One says it is so, the other that it is not.
    Negation,
    /// The same statement with other numbers or dates.
    Numbers,
    /// The same statement with other names.
    Names,
    /// Words of opposite meaning about the same people or things.
    Opposites,
}

/// Two statements from the sources that cannot both be right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What the two disagree about, in a few words.
    pub about: String,
    pub kind: DisagreementKind,
    pub a: SentenceRef,
    pub b: SentenceRef,
}

/// The deduplicated corpus: passages kept, facts, disagreements, and what
/// was dropped. Facts may cite sentences of dropped duplicate passages, so
/// `all_passages` keeps every passage read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// The passages to print: no two are duplicates.
    pub passages: Vec<Passage>,
    /// Every passage read, duplicates included, in reading order.
    pub all_passages: Vec<Passage>,
    pub facts: Vec<Fact>,
    pub disagreements: Vec<Disagreement>,
    pub dropped: Vec<Dropped>,
}

impl Facts {
    /// The passage with this id (kept or dropped). Ids are `p1`, `p2`, ... in
    /// reading order, so the number finds it at once.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        let by_number = id
            .strip_prefix('p')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.all_passages.get(n.checked_sub(1)?))
            .filter(|p| p.id == id);
        by_number.or_else(|| self.all_passages.iter().find(|p| p.id == id))
    }

    /// The text of a sentence.
    pub fn sentence(&self, at: &SentenceRef) -> Option<&str> {
        self.passage(&at.passage)?
            .sentences
            .get(at.sentence)
            .map(String::as_str)
    }
}

/// A group of passages and facts about one subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    /// What the teacher types after `--theme`: lower-case ASCII, hyphenated.
    pub slug: String,
    /// How the pack names the theme.
    pub label: String,
    pub keywords: Vec<String>,
    /// Passage ids, in corpus order.
    pub passages: Vec<String>,
    /// Fact ids, in corpus order.
    pub facts: Vec<String>,
}

/// The kinds of question studypack writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// A question with four options, one right.
    MultipleChoice,
    /// A statement to judge true or false (and correct if false).
    TrueFalse,
    /// A sentence with one term blanked out; the terms are given in a word bank.
    GapFill,
    /// Uncommon words of the sources to match with their meanings.
    Vocabulary,
    /// A who/what/when/where/why/how-many question answered in a few words.
    ShortAnswer,
    /// Working with the sources: where they agree or disagree, fact or opinion.
    Sourcing,
    /// Names in one column to match with what the sources say of them in the other.
    Matching,
    /// Events to put in order.
    Sequence,
    /// An open task answered in a paragraph, marked with a guide.
    Extended,
}

impl QuestionKind {
    /// Every kind, in the order the worksheet prints them.
    pub const ALL: [QuestionKind; 9] = [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::GapFill,
        QuestionKind::Vocabulary,
        QuestionKind::ShortAnswer,
        QuestionKind::Matching,
        QuestionKind::Sequence,
        QuestionKind::Sourcing,
        QuestionKind::Extended,
    ];

    /// The short name used by `--kinds`.
    pub fn short_name(self) -> &'static str {
        match self {
            QuestionKind::MultipleChoice => "mc",
            QuestionKind::TrueFalse => "tf",
            QuestionKind::GapFill => "gap",
            QuestionKind::Vocabulary => "vocab",
            QuestionKind::ShortAnswer => "short",
            QuestionKind::Matching => "matching",
            QuestionKind::Sequence => "sequence",
            QuestionKind::Sourcing => "sourcing",
            QuestionKind::Extended => "extended",
        }
    }

    pub fn from_short_name(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL
            .into_iter()
            .find(|k| k.short_name() == name)
    }
}

/// What a question asks of the student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Recall,
    Inference,
    Evaluation,
}

/// An inclusive range of printed line numbers within one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineRange {
    pub first: usize,
    pub last: usize,
}

impl std::fmt::Display for LineRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "line {}", self.first)
        } else {
            write!(f, "lines {}-{}", self.first, self.last)
        }
    }
}

/// Where the answer stands on the printed page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The printed source label: `A`, `B`, ...
    pub source: String,
    pub passage: String,
    pub lines: LineRange,
    /// Words from the passage, exactly as printed on those lines.
    pub quote: String,
}

/// One printed question with its answer and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub number: usize,
    pub kind: QuestionKind,
    pub level: Level,
    pub stem: String,
    /// Choices printed with the question (empty for open questions).
    pub options: Vec<String>,
    /// Which of the options is right (multiple choice).
    #[serde(default)]
    pub correct_option: Option<usize>,
    /// The left column of a matching or vocabulary table (the options are
    /// the right).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Matching and vocabulary: for each item, the index of its option.
    /// Sequence: the options' indices in the right order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub solution: Vec<usize>,
    pub answer: String,
    /// For open questions: the points a marker looks for.
    pub marking_guide: Vec<String>,
    pub evidence: Vec<Evidence>,
    pub points: u32,
    /// How many ruled lines the worksheet leaves for the answer (0: none).
    pub answer_lines: usize,
}

/// The key's answer to a matching or sequence question: "Lenin: C;
/// Stalin: A; ..." (each item with its option's letter), or "3, 1, 4, 2"
/// (the events' numbers in order). Empty for other kinds.
pub fn key_text(kind: QuestionKind, items: &[String], solution: &[usize]) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8).to_string();
    match kind {
        QuestionKind::Matching | QuestionKind::Vocabulary => items
            .iter()
            .zip(solution)
            .map(|(item, &option)| format!("{item}: {}", letter(option)))
            .collect::<Vec<_>>()
            .join("; "),
        QuestionKind::Sequence => solution
            .iter()
            .map(|&option| (option + 1).to_string())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// Questions of one kind, printed under one heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub kind: QuestionKind,
    pub title: String,
    pub instructions: String,
    /// Terms the student chooses from (gap-fill sections).
    pub word_bank: Vec<String>,
    pub questions: Vec<Question>,
}

/// A source as printed: its label, attribution and numbered lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrintedSource {
    pub label: String,
    pub passage: String,
    pub attribution: String,
    /// The line of its file where the passage starts.
    pub line: usize,
    /// The passage text broken into the lines the page numbers.
    pub lines: Vec<String>,
    /// How long and how hard the text is, for the teacher.
    pub words: usize,
    /// Flesch-Kincaid grade level, to one decimal.
    pub grade: f64,
}

/// The theme as the pack names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeRef {
    pub slug: String,
    pub label: String,
}

/// Paper sizes a pack can be printed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    #[default]
    A4,
    UsLetter,
}

/// How the pages are set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// Typst's name for the paper: `a4` or `us-letter`.
    pub paper: Paper,
    /// Body text size in points.
    pub font_size: f32,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            paper: Paper::A4,
            font_size: 11.0,
        }
    }
}

/// Who the pack is for, as the header prints it (each line when set).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub school: Option<String>,
    pub class: Option<String>,
    pub teacher: Option<String>,
}

/// A fact of the reading and the printed sources that state it, for the
/// teacher's overview in the answer key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactRow {
    pub fact: String,
    /// Source labels, in order.
    pub sources: Vec<String>,
}

/// Everything that goes on paper, for one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub title: String,
    pub theme: ThemeRef,
    pub header: Header,
    pub page: Page,
    /// The version letter (A, B, ...) when the pack comes in versions.
    #[serde(default)]
    pub version: Option<String>,
    /// Printed on the pages and used as the PDFs' date (`YYYY-MM-DD` in JSON).
    pub date: chrono::NaiveDate,
    pub seed: u64,
    pub instructions: String,
    pub sources: Vec<PrintedSource>,
    pub sections: Vec<Section>,
    pub total_points: u32,
    /// The facts the printed sources state, and which sources state each.
    pub overview: Vec<FactRow>,
}

impl Pack {
    /// All questions in printed order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }
}
