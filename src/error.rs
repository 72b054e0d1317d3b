//! The library's error type: every failure a user can meet, with the file,
//! line, theme or option it concerns and what to do about it.

use std::path::PathBuf;

/// Result alias used across the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, phrased for the teacher running the tool.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "the sources folder {} does not exist; create it and put .txt files in it, or point to another folder with --sources DIR",
        path.display()
    )]
    SourcesMissing { path: PathBuf },

    #[error(
        "the sources folder {} holds no passages{notices}; add .txt, .md, .json or .jsonl files with the passages to use",
        path.display()
    )]
    NoPassages {
        path: PathBuf,
        /// Either empty or ` (skipped a.png: ...; skipped b.txt: ...)`.
        notices: String,
    },

    #[error(
        "{}: line {line} is not valid UTF-8 text (bad byte at offset {offset}); save the file as UTF-8 and try again",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        offset: usize,
    },

    #[error(
        "the sources folder {} holds {megabytes:.1} MB of files, more than the {limit} MB studypack reads at once; make a folder with only the sources for this topic and use --sources",
        path.display()
    )]
    TooMuchSource {
        path: PathBuf,
        megabytes: f64,
        limit: u64,
    },

    #[error("{}:{line}{}: {message}", path.display(), column.map(|c| format!(":{c}")).unwrap_or_default())]
    BadSource {
        path: PathBuf,
        line: usize,
        column: Option<usize>,
        message: String,
    },

    #[error("could not read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "no theme matches \"{theme}\"{suggestion}. The themes in these sources are: {available} (`studypack themes` describes them)"
    )]
    UnknownTheme {
        theme: String,
        /// Either empty or ` (did you mean "x"?)`.
        suggestion: String,
        available: String,
    },

    #[error(
        "the theme \"{theme}\" has too little material for a worksheet ({found}); add sources about it or choose another theme"
    )]
    TooLittleMaterial {
        theme: String,
        found: String,
        /// The candidate questions left out, and why (for `--explain`).
        left_out: Vec<crate::questions::Rejection>,
    },

    #[error("invalid {option}: {message}")]
    BadOption {
        option: &'static str,
        message: String,
    },

    #[error("template {name}, line {line}: {message}")]
    Template {
        name: String,
        line: usize,
        message: String,
    },

    #[error(
        "template {template} produced Typst that does not compile (generated line {line}: {message}); fix the template or report a bug"
    )]
    Typst {
        template: String,
        line: usize,
        message: String,
    },

    #[error(
        "{} already exists; nothing was written (use --force to replace the files with the defaults)",
        path.display()
    )]
    AlreadyExists { path: PathBuf },

    #[error("could not write {}: {source}; check that the folder exists and is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The process exit code for this error: 1 bad input, 2 bad usage,
    /// 3 output could not be written, 4 a template or rendering failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::SourcesMissing { .. }
            | Error::NoPassages { .. }
            | Error::NotUtf8 { .. }
            | Error::TooMuchSource { .. }
            | Error::BadSource { .. }
            | Error::Read { .. }
            | Error::UnknownTheme { .. }
            | Error::TooLittleMaterial { .. }
            | Error::AlreadyExists { .. } => 1,
            Error::BadOption { .. } => 2,
            Error::Write { .. } => 3,
            Error::Template { .. } | Error::Typst { .. } => 4,
        }
    }
}
