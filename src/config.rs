//! `studypack.toml`: the teacher's settings.
//!
//! In: the file's text (or nothing, when there is no file). Out: a `Config`
//! with defaults filled in. An unknown key or a value of the wrong type is an
//! error naming the key and its line.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

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

/// Everything `studypack.toml` can set.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Themes that take precedence over the discovered ones.
    #[serde(default, rename = "theme")]
    pub themes: Vec<ThemeDefinition>,
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
            Ok(text) => Config::parse(&text, path),
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
