//! Themes: groups of passages about one subject, and the one the teacher asks for.
//!
//! In: `Facts`. Out: discovered `Theme`s (one per distinctive keyword: a
//! content word that several passages share but most do not), and, for a
//! `--theme` word, the theme it names — or a theme built from the passages
//! that use the word.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::error::{Error, Result};
use crate::model::{Facts, Theme};
use crate::text::{content_stems, display_text, is_content_word, stem, tokens};

/// At most this many themes are discovered.
const MAX_THEMES: usize = 6;
/// A theme whose passages overlap an earlier theme's this much (Jaccard) is
/// not a theme of its own.
const MAX_OVERLAP: f64 = 0.6;
/// A theme needs at least this many sentences to make a worksheet.
pub const MIN_SENTENCES: usize = 3;

/// Which passages use which stems, and how each stem is usually written.
struct Vocabulary {
    passage_stems: Vec<BTreeSet<String>>,
    document_frequency: BTreeMap<String, usize>,
    surface_forms: HashMap<String, BTreeMap<String, usize>>,
}

impl Vocabulary {
    fn new(facts: &Facts) -> Self {
        let mut vocabulary = Vocabulary {
            passage_stems: Vec::new(),
            document_frequency: BTreeMap::new(),
            surface_forms: HashMap::new(),
        };
        for passage in &facts.passages {
            let stems: BTreeSet<String> = content_stems(&passage.text).into_iter().collect();
            for s in &stems {
                *vocabulary.document_frequency.entry(s.clone()).or_default() += 1;
            }
            vocabulary.passage_stems.push(stems);
            for token in tokens(&passage.text)
                .into_iter()
                .filter(|t| is_content_word(t.text))
            {
                let surface = token
                    .text
                    .trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s");
                *vocabulary
                    .surface_forms
                    .entry(stem(token.text))
                    .or_default()
                    .entry(surface.to_lowercase())
                    .or_default() += 1;
            }
        }
        vocabulary
    }

    /// The commonest way the corpus writes a stem (ties: alphabetical).
    fn surface(&self, stem: &str) -> String {
        self.surface_forms
            .get(stem)
            .and_then(|forms| forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
            .map_or_else(|| stem.to_string(), |(form, _)| form.clone())
    }

    /// Indices of the passages that use every one of `stems`.
    fn passages_with(&self, stems: &[String]) -> Vec<usize> {
        (0..self.passage_stems.len())
            .filter(|&i| stems.iter().all(|s| self.passage_stems[i].contains(s)))
            .collect()
    }
}

/// Lower-case, hyphen-separated form of a word or phrase.
pub fn slugify(text: &str) -> String {
    tokens(text)
        .iter()
        .map(|t| t.text.to_lowercase().replace(['\'', '\u{2019}'], ""))
        .collect::<Vec<_>>()
        .join("-")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Builds the theme made of the given passages.
fn theme_from(
    facts: &Facts,
    vocabulary: &Vocabulary,
    slug: String,
    label: String,
    anchor: &[String],
    members: &[usize],
) -> Theme {
    let passages: Vec<String> = members
        .iter()
        .map(|&i| facts.passages[i].id.clone())
        .collect();
    let fact_ids = facts
        .facts
        .iter()
        .filter(|f| f.sentences.iter().any(|s| passages.contains(&s.passage)))
        .map(|f| f.id.clone())
        .collect();
    // Keywords: the anchor, then the stems most concentrated in these passages.
    let mut inside: BTreeMap<&String, usize> = BTreeMap::new();
    for &i in members {
        for s in &vocabulary.passage_stems[i] {
            *inside.entry(s).or_default() += 1;
        }
    }
    let mut related: Vec<(&String, f64)> = inside
        .into_iter()
        .filter(|(s, n)| *n >= 2 && !anchor.contains(s))
        .map(|(s, n)| {
            (
                s,
                n as f64 * n as f64 / vocabulary.document_frequency[s] as f64,
            )
        })
        .collect();
    related.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let keywords = anchor
        .iter()
        .chain(related.into_iter().map(|(s, _)| s).take(4))
        .map(|s| vocabulary.surface(s))
        .collect();
    Theme {
        slug,
        label,
        keywords,
        passages,
        facts: fact_ids,
    }
}

/// Finds the themes of a corpus: one per distinctive keyword, most widely
/// shared first, skipping keywords whose passages mostly repeat an earlier theme's.
pub fn discover(facts: &Facts) -> Vec<Theme> {
    let vocabulary = Vocabulary::new(facts);
    let total = facts.passages.len();
    let mut candidates: Vec<(&String, usize)> = vocabulary
        .document_frequency
        .iter()
        .filter(|&(_, &df)| df >= 2 && 2 * df <= total + 1)
        .map(|(s, &df)| (s, df))
        .collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));

    let mut chosen: Vec<(Vec<usize>, Theme)> = Vec::new();
    for (keyword, _) in candidates {
        if chosen.len() == MAX_THEMES {
            break;
        }
        let anchor = vec![keyword.clone()];
        let members = vocabulary.passages_with(&anchor);
        let overlaps = chosen
            .iter()
            .any(|(other, _)| jaccard(&members, other) >= MAX_OVERLAP);
        if overlaps {
            continue;
        }
        let surface = vocabulary.surface(keyword);
        let theme = theme_from(
            facts,
            &vocabulary,
            slugify(&surface),
            capitalise(&surface),
            &anchor,
            &members,
        );
        chosen.push((members, theme));
    }
    chosen.into_iter().map(|(_, theme)| theme).collect()
}

fn jaccard(a: &[usize], b: &[usize]) -> f64 {
    let both = a.iter().filter(|i| b.contains(i)).count();
    let either = a.len() + b.len() - both;
    if either == 0 {
        0.0
    } else {
        both as f64 / either as f64
    }
}

/// The theme the teacher asked for: a discovered theme whose slug or keyword
/// matches `wanted`, or else a theme of the passages that use the word(s).
pub fn select(facts: &Facts, themes: &[Theme], wanted: &str) -> Result<Theme> {
    let wanted = display_text(wanted);
    let wanted_stems: Vec<String> = tokens(&wanted).iter().map(|t| stem(t.text)).collect();
    if wanted_stems.is_empty() {
        return Err(Error::BadOption {
            option: "--theme",
            message: "the theme is empty; give a word such as the ones `studypack themes` lists"
                .into(),
        });
    }
    let slug = slugify(&wanted);
    let named = themes.iter().find(|t| {
        t.slug == slug
            || (wanted_stems.len() == 1
                && t.keywords
                    .first()
                    .is_some_and(|k| stem(k) == wanted_stems[0]))
    });
    let theme = match named {
        Some(theme) => theme.clone(),
        None => {
            let vocabulary = Vocabulary::new(facts);
            let members = vocabulary.passages_with(&wanted_stems);
            if members.is_empty() {
                return Err(unknown_theme(&wanted, themes, &vocabulary));
            }
            let label = wanted_stems
                .iter()
                .map(|s| capitalise(&vocabulary.surface(s)))
                .collect::<Vec<_>>()
                .join(" ");
            theme_from(facts, &vocabulary, slug, label, &wanted_stems, &members)
        }
    };
    let sentences: usize = facts
        .passages
        .iter()
        .filter(|p| theme.passages.contains(&p.id))
        .map(|p| p.sentences.len())
        .sum();
    if sentences < MIN_SENTENCES {
        return Err(Error::TooLittleMaterial {
            theme: wanted,
            found: format!("{sentences} sentence(s); at least {MIN_SENTENCES} are needed"),
        });
    }
    Ok(theme)
}

/// The error for a theme word that matches nothing, suggesting the nearest
/// theme slug or corpus word.
fn unknown_theme(wanted: &str, themes: &[Theme], vocabulary: &Vocabulary) -> Error {
    let lower = wanted.to_lowercase();
    let words = vocabulary
        .document_frequency
        .keys()
        .map(|s| vocabulary.surface(s));
    let nearest = themes
        .iter()
        .map(|t| t.slug.clone())
        .chain(words)
        .map(|w| (strsim::jaro_winkler(&lower, &w), w))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    Error::UnknownTheme {
        theme: wanted.to_string(),
        suggestion: nearest.map_or_else(String::new, |(_, w)| format!(" (did you mean \"{w}\"?)")),
        available: if themes.is_empty() {
            "(none found)".to_string()
        } else {
            themes
                .iter()
                .map(|t| t.slug.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        },
    }
}
