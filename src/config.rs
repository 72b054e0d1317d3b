//! `studypack.toml`: the teacher's settings.
//!
//! In: the file's text (or nothing, when there is no file). Out: a `Config`
//! whose settings are each present or not. An unknown key, a value of the
//! wrong type or out of range is an error naming the key and its line. A
//! `templates` folder is taken relative to the file.

use std::path::{Path, PathBuf};

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::error::{Error, Result};
use crate::model::{Paper, QuestionKind};

/// The name of the settings file, looked for in the current folder.
pub const FILE_NAME: &str = "studypack.toml";

/// A theme the teacher defines: what to call it and the words that find it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeDefinition {
    pub slug: String,
    pub label: String,
    pub keywords: Vec<String>,
}

/// A number per question kind, keyed by the kinds' short names, each from
/// `LOW` to 20.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerKind<const LOW: u32> {
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub mc: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub tf: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub gap: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub vocab: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub short: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub matching: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub sequence: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub sourcing: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, LOW, 20>")]
    pub extended: Option<u32>,
}

impl<const LOW: u32> PerKind<LOW> {
    /// The number set for `kind`, if any.
    pub fn get(&self, kind: QuestionKind) -> Option<u32> {
        match kind {
            QuestionKind::MultipleChoice => self.mc,
            QuestionKind::TrueFalse => self.tf,
            QuestionKind::GapFill => self.gap,
            QuestionKind::Vocabulary => self.vocab,
            QuestionKind::ShortAnswer => self.short,
            QuestionKind::Matching => self.matching,
            QuestionKind::Sequence => self.sequence,
            QuestionKind::Sourcing => self.sourcing,
            QuestionKind::Extended => self.extended,
        }
    }

    /// The sum over the kinds set.
    pub fn total(&self) -> usize {
        QuestionKind::ALL
            .into_iter()
            .filter_map(|k| self.get(k))
            .map(|n| n as usize)
            .sum()
    }
}

/// Everything `studypack.toml` can set. Every setting is optional; a
/// command-line option given for the same thing wins.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Printed in the header of every page set.
    pub school: Option<String>,
    pub class: Option<String>,
    pub teacher: Option<String>,
    /// Replaces the worksheet's opening instructions.
    pub instructions: Option<String>,
    pub paper: Option<Paper>,
    #[serde(default, deserialize_with = "font_size")]
    pub font_size: Option<f32>,
    pub seed: Option<u64>,
    #[serde(default, deserialize_with = "within::<_, 1, 26>")]
    pub versions: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, 1, 100>")]
    pub questions: Option<u32>,
    #[serde(default, deserialize_with = "within::<_, 50, 100000>")]
    pub reading_words: Option<u32>,
    /// A folder of edited templates, relative to this file.
    pub templates: Option<PathBuf>,
    /// Marks for every question of a kind (else each question's own).
    #[serde(default)]
    pub marks: PerKind<1>,
    /// How many questions of each kind (else a mix chosen for the material).
    pub mix: Option<PerKind<0>>,
    /// Themes that take precedence over the discovered ones.
    #[serde(default, rename = "theme")]
    pub themes: Vec<ThemeDefinition>,
}

/// A whole number from `LOW` to `HIGH`; anything else is an error that
/// says the range (toml adds the line).
fn within<'de, D, const LOW: u32, const HIGH: u32>(d: D) -> Result<Option<u32>, D::Error>
where
    D: Deserializer<'de>,
{
    let value = i64::deserialize(d)?;
    match u32::try_from(value) {
        Ok(n) if (LOW..=HIGH).contains(&n) => Ok(Some(n)),
        _ => Err(D::Error::custom(format!(
            "{value} is not in {LOW}..={HIGH}"
        ))),
    }
}

/// A font size in points, from 8 to 16.
fn font_size<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f32>, D::Error> {
    let size = f32::deserialize(d)?;
    if (8.0..=16.0).contains(&size) {
        Ok(Some(size))
    } else {
        Err(D::Error::custom(format!(
            "a font size of {size} points is not in 8..=16"
        )))
    }
}

impl Config {
    /// Parses settings; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |span| {
                1 + text[..span.start.min(text.len())].matches('\n').count()
            });
            Error::BadSource {
                path: path.to_path_buf(),
                line,
                column: None,
                message: format!("{}; fix the setting or remove it", e.message()),
            }
        })
    }

    /// The settings in the file the user named, which must exist; or, when
    /// none was named, in `studypack.toml` if the current folder has one.
    pub fn load(named: Option<&Path>) -> Result<Config> {
        let path = named.unwrap_or(Path::new(FILE_NAME));
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let mut config = Config::parse(&text, path)?;
                let folder = path.parent().unwrap_or(Path::new(""));
                config.templates = config.templates.map(|t| folder.join(t));
                Ok(config)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && named.is_none() => {
                Ok(Config::default())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::BadOption {
                option: "--config",
                message: format!(
                    "{} does not exist; give the path of a settings file, or leave --config out",
                    path.display()
                ),
            }),
            Err(source) => Err(Error::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_are_read() {
        let config = Config::parse(
            "[[theme]]\nslug = \"rivers\"\nlabel = \"Great Rivers\"\nkeywords = [\"river\", \"delta\"]\n",
            Path::new("studypack.toml"),
        )
        .unwrap();
        assert_eq!(config.themes[0].slug, "rivers");
        assert_eq!(config.themes[0].keywords, vec!["river", "delta"]);
    }

    #[test]
    fn an_unknown_key_names_its_line() {
        let error = Config::parse(
            "\n[[theme]]\nslug = \"a\"\nlabel = \"A\"\nkeywords = []\ncolour = 3\n",
            Path::new("studypack.toml"),
        )
        .unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("studypack.toml:6"), "{message}");
        assert!(message.contains("colour"), "{message}");
    }

    #[test]
    fn a_named_file_that_does_not_exist_is_a_usage_error() {
        let error = Config::load(Some(Path::new("/nonexistent/studypack.toml"))).unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert!(
            error
                .to_string()
                .contains("/nonexistent/studypack.toml does not exist")
        );
    }
}
