//! `studypack init`: a settings file and the templates, ready to edit.
//!
//! In: a folder. Out: `studypack.toml` (every setting, commented, with
//! `templates = "templates"` so the copies are used) and `templates/` with
//! the built-in templates; the paths written. Nothing is overwritten: when
//! any of the files exists, nothing is written unless `force` is set.

use std::path::{Path, PathBuf};

use crate::config::FILE_NAME;
use crate::error::{Error, Result};
use crate::output::write_atomically;
use crate::render::BUILT_IN;

/// The settings file `init` writes: every setting, explained and commented out.
pub const SETTINGS: &str = r#"# studypack settings. Every setting is optional; an option given on the
# command line wins over the same setting here.

# The edited templates to use (this folder's copies, made by `studypack init`).
templates = "templates"

# Printed in the header of the worksheet and the answer key.
# school = "Northfield School"
# class = "9B"
# teacher = "Ms Rivera"

# Replaces the instructions at the top of the worksheet.
# instructions = "Read the sources carefully, then answer every question."

# paper = "a4"          # or "us-letter"
# font_size = 11        # points, 8 to 16
# seed = 1              # the same seed gives the same pack
# versions = 1          # 1 to 26: versions A, B, ... with their own keys
# questions = 12        # the most questions (ignored when [mix] is set)
# reading_words = 1200  # the most words of sources to print

# Marks for every question of a kind (otherwise each question has its own).
# [marks]
# mc = 1          # multiple choice
# tf = 1          # true or false
# gap = 1         # fill in the gaps
# vocab = 1       # vocabulary in context
# short = 2       # short answer
# matching = 4    # a matching table (otherwise a mark a pair)
# sequence = 2    # events to put in order
# sourcing = 2    # working with the sources
# extended = 6    # extended response

# How many questions of each kind, instead of a mix chosen for the sources.
# [mix]
# mc = 2
# tf = 2
# gap = 2
# vocab = 1
# short = 2
# matching = 1
# sequence = 0    # none
# sourcing = 1
# extended = 1

# Your own themes, found by their keywords; they come before the themes
# studypack finds.
# [[theme]]
# slug = "succession"
# label = "Who Succeeded Lenin"
# keywords = ["successor", "succession", "succeed"]
"#;

/// Writes the settings file and the templates into `dir`.
pub fn init(dir: &Path, force: bool) -> Result<Vec<PathBuf>> {
    let mut files: Vec<(PathBuf, &[u8])> = vec![(dir.join(FILE_NAME), SETTINGS.as_bytes())];
    for (name, text) in BUILT_IN {
        files.push((dir.join("templates").join(name), text.as_bytes()));
    }
    if let Some((existing, _)) = files.iter().find(|(path, _)| !force && path.exists()) {
        return Err(Error::AlreadyExists {
            path: existing.clone(),
        });
    }
    let templates = dir.join("templates");
    std::fs::create_dir_all(&templates).map_err(|source| Error::Write {
        path: templates,
        source,
    })?;
    write_atomically(&files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn the_settings_file_reads_and_names_the_templates() {
        let config = Config::parse(SETTINGS, Path::new(FILE_NAME)).unwrap();
        assert_eq!(config.templates, Some(PathBuf::from("templates")));
        assert_eq!(config.school, None);
    }

    #[test]
    fn every_commented_setting_reads_when_uncommented() {
        let uncommented: String = SETTINGS
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") || rest.starts_with('[') => rest,
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let config = Config::parse(&uncommented, Path::new(FILE_NAME)).unwrap();
        assert_eq!(config.school.as_deref(), Some("Northfield School"));
        assert_eq!(config.marks.extended, Some(6));
        assert_eq!(config.mix.map(|m| m.total()), Some(12));
        assert_eq!(config.themes.len(), 1);
    }
}
