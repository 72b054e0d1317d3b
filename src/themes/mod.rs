//! Themes: groups of passages about one subject, and the one the teacher asks for.
//!
//! In: `Facts`. Out: the discovered `Theme`s — passages grouped by spherical
//! k-means over TF-IDF stems (the number of groups chosen by silhouette), each
//! named by its most distinctive words (class-based TF-IDF) — and, for a
//! `--theme` word, the theme it names (by slug, label or keyword, by stem or
//! near spelling), or else a theme of the passages that use the word.

mod cluster;
mod space;

use crate::config::ThemeDefinition;
use crate::error::{Error, Result};
use crate::model::{Facts, Theme};
use crate::text::tagger::{tagger, tagging_tokens};
use crate::text::terms::Terms;
use crate::text::{display_text, stem, tokens};
use space::Space;

/// A theme needs at least this many sentences to make a worksheet.
pub const MIN_SENTENCES: usize = 3;
/// Keywords listed per theme.
const KEYWORDS: usize = 5;
/// A `--theme` word this close in spelling (Jaro-Winkler) to a theme's slug or
/// keyword names that theme; one somewhat close is suggested.
const SAME_WORD: f64 = 0.93;
const SUGGEST: f64 = 0.8;
/// A fact also serves every theme it scores this share of its best score for.
const SHARED_FACT: f32 = 0.75;
/// Grouping is seeded so that the themes are the same run after run.
const SEED: u64 = 0x7E3E;

/// Lower-case ASCII, hyphen-separated form of a word or phrase.
pub fn slugify(text: &str) -> String {
    // "Skłodowska" -> "sklodowska", "Ленин" -> "lenin": a slug is typed.
    tokens(&deunicode::deunicode(text))
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

/// How typical each stem is of a group of passages: mean weight inside the
/// group minus mean weight outside it (class-based TF-IDF), for stems used by
/// two passages or more (or by the group's only passage); zero otherwise.
fn typicality(space: &Space, members: &[usize]) -> Vec<f32> {
    let n = space.vectors.len();
    let mut inside = vec![0.0f32; space.stems.len()];
    let mut everywhere = vec![0.0f32; space.stems.len()];
    for vector in &space.vectors {
        vector
            .iter()
            .for_each(|&(id, w)| everywhere[id as usize] += w);
    }
    for &p in members {
        space.vectors[p]
            .iter()
            .for_each(|&(id, w)| inside[id as usize] += w);
    }
    let size = members.len() as f32;
    let outside = (n - members.len()).max(1) as f32;
    (0..space.stems.len())
        .map(|id| {
            let shared = space.document_frequency[id] >= 2 || members.len() == 1;
            let score = inside[id] / size - (everywhere[id] - inside[id]) / outside;
            if shared { score.max(0.0) } else { 0.0 }
        })
        .collect()
}

/// Nouns too general to name a theme ("Way", "Thing"), whatever their
/// weight in its passages (number words are left out too).
const GENERIC_NOUNS: &[&str] = &[
    "way",
    "ways",
    "thing",
    "things",
    "story",
    "stories",
    "time",
    "times",
    "part",
    "parts",
    "kind",
    "lot",
    "people",
    "something",
    "fact",
    "facts",
    "world",
    "place",
    "day",
    "days",
    "idea",
    "ideas",
    "side",
    "sides",
];

/// The stems most typical of a group of passages, best first.
fn distinctive(space: &Space, members: &[usize]) -> Vec<u32> {
    let typical = typicality(space, members);
    let mut scored: Vec<(u32, f32)> = typical
        .iter()
        .enumerate()
        .filter(|(_, score)| **score > 0.0)
        .map(|(id, score)| (id as u32, *score))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.into_iter().map(|(id, _)| id).collect()
}

/// Whether the corpus uses a stem as a noun: tagged NOUN or PROPN in any of
/// the first few passages that use it.
fn used_as_noun(facts: &Facts, space: &Space, id: u32) -> bool {
    const LOOK_AT: usize = 3;
    let stem_text = &space.stems[id as usize];
    (0..facts.passages.len())
        .filter(|&p| space.uses(p, id))
        .take(LOOK_AT)
        .any(|p| {
            let words = tagging_tokens(&facts.passages[p].text);
            let raw: Vec<&str> = words.iter().map(|t| t.text).collect();
            tagger()
                .tag(&raw)
                .into_iter()
                .zip(&raw)
                .any(|(tag, word)| tag.is_nominal() && stem(word) == *stem_text)
        })
}

/// A readable name for a theme: the corpus's multi-word term that holds the
/// top keyword (such as "General Secretary"), or else the keyword itself.
fn label_for(anchor: &str, keywords: &[String], terms: &Terms) -> String {
    let keyword_stems: Vec<String> = keywords.iter().map(|k| stem(k)).collect();
    let anchor_stem = stem(anchor);
    let covered = |name: &str| {
        let stems: Vec<String> = name.split(' ').map(stem).collect();
        let count = keyword_stems.iter().filter(|k| stems.contains(k)).count();
        (stems.contains(&anchor_stem), count)
    };
    (0..terms.len())
        .map(|t| (terms.name(t), terms.count(t)))
        .filter(|(name, _)| {
            let (has_anchor, count) = covered(name);
            has_anchor || count >= 2
        })
        .max_by_key(|(name, frequency)| (covered(name).1, *frequency, std::cmp::Reverse(*name)))
        .map_or_else(|| capitalise(anchor), |(name, _)| name.to_string())
}

/// Builds a theme from a group of passages.
fn theme_of(
    facts: &Facts,
    members: &[usize],
    keywords: Vec<String>,
    label: String,
    slug: String,
) -> Theme {
    let passages: Vec<String> = members
        .iter()
        .map(|&p| facts.passages[p].id.clone())
        .collect();
    let fact_ids = facts
        .facts
        .iter()
        .filter(|f| f.sentences.iter().any(|s| passages.contains(&s.passage)))
        .map(|f| f.id.clone())
        .collect();
    Theme {
        slug,
        label,
        keywords,
        passages,
        facts: fact_ids,
    }
}

/// Finds the themes of a corpus, largest first.
pub fn discover(facts: &Facts) -> Vec<Theme> {
    let space = Space::new(facts.passages.iter().map(|p| p.text.as_str()));
    let groups = cluster::group(&space.vectors, space.stems.len(), SEED);
    let count = groups.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (p, &g) in groups.iter().enumerate() {
        members[g].push(p);
    }
    members.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));

    let sentences: Vec<&str> = facts
        .passages
        .iter()
        .flat_map(|p| p.sentences.iter().map(String::as_str))
        .collect();
    let terms = Terms::discover(sentences.iter().copied());

    // Each fact joins the group whose typical words it uses most, and any
    // other group it serves nearly as well; a fact with no typical words
    // stays with the groups of its passages.
    let typical: Vec<Vec<f32>> = members.iter().map(|g| typicality(&space, g)).collect();
    let group_of_passage: Vec<usize> = {
        let mut of = vec![0; facts.passages.len()];
        for (g, group) in members.iter().enumerate() {
            group.iter().for_each(|&p| of[p] = g);
        }
        of
    };
    let kept: rustc_hash::FxHashMap<&str, usize> = facts
        .passages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let index_of_passage = |id: &str| kept.get(id).copied();
    // A fact's words: those of every sentence that states it.
    let fact_words: Vec<Vec<u32>> = facts
        .facts
        .iter()
        .map(|f| {
            let mut ids: Vec<u32> = f
                .sentences
                .iter()
                .filter_map(|s| facts.sentence(s))
                .flat_map(|s| space.ids_in(s))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let mut fact_groups: Vec<Vec<usize>> = vec![Vec::new(); members.len()];
    for (f, fact) in facts.facts.iter().enumerate() {
        let ids = &fact_words[f];
        let scores: Vec<f32> = typical
            .iter()
            .map(|t| ids.iter().map(|&id| t[id as usize]).sum())
            .collect();
        let best = scores.iter().copied().fold(0.0f32, f32::max);
        if best > 0.0 {
            for (g, &score) in scores.iter().enumerate() {
                if score >= SHARED_FACT * best {
                    fact_groups[g].push(f);
                }
            }
        } else {
            for s in &fact.sentences {
                if let Some(p) = index_of_passage(&s.passage) {
                    fact_groups[group_of_passage[p]].push(f);
                }
            }
        }
    }

    let mut themes: Vec<Theme> = Vec::new();
    for (group, assigned) in members.iter().zip(&mut fact_groups) {
        let mut top = distinctive(&space, group);
        // A fact that uses the theme's first keyword, its name, serves it.
        if let Some(&anchor) = top.first() {
            let naming = (0..facts.facts.len()).filter(|&f| fact_words[f].contains(&anchor));
            assigned.extend(naming);
        }
        assigned.sort_unstable();
        assigned.dedup();
        top.truncate(KEYWORDS);
        let keywords: Vec<String> = top
            .iter()
            .map(|&id| space.surface(id).to_string())
            .collect();
        // The theme is named by its first keyword used as a noun (else its
        // first keyword) that no earlier theme has taken.
        let free = |id: &&u32| {
            let surface = space.surface(**id);
            themes.iter().all(|t| t.slug != slugify(surface))
                && !GENERIC_NOUNS.contains(&surface.to_lowercase().as_str())
                // ("Two": a count is no subject.)
                && crate::text::words::number_word(surface).is_none()
        };
        let noun = top
            .iter()
            .filter(free)
            .find(|&&id| used_as_noun(facts, &space, id));
        let Some(&anchor) = noun.or_else(|| top.iter().find(free)) else {
            continue;
        };
        let anchor = space.surface(anchor);
        let fact_ids: Vec<String> = assigned
            .iter()
            .map(|&f| facts.facts[f].id.clone())
            .collect();
        let mut holding: Vec<usize> = assigned
            .iter()
            .flat_map(|&f| &facts.facts[f].sentences)
            .filter_map(|s| index_of_passage(&s.passage))
            .collect();
        holding.sort_unstable();
        holding.dedup();
        let passages: Vec<String> = holding
            .iter()
            .map(|&p| facts.passages[p].id.clone())
            .collect();
        let label = label_for(anchor, &keywords, &terms);
        if themes.iter().any(|t| t.slug == slugify(&label)) {
            continue;
        }
        themes.push(Theme {
            slug: slugify(&label),
            label,
            keywords: keywords.clone(),
            passages,
            facts: fact_ids,
        });
    }
    themes
}

/// The label of the whole corpus when its sources give no title.
pub const UNTITLED: &str = "All sources";

/// What `--theme` takes for every passage of the sources at once.
pub const WHOLE: &str = "all";

/// Every passage and fact as one theme, named `label` (a single story, or
/// sources all on one subject), its keywords those of the discovered
/// themes taken in turn.
fn whole(facts: &Facts, themes: &[Theme], label: &str) -> Theme {
    let mut keywords: Vec<String> = Vec::new();
    for rank in 0..themes.iter().map(|t| t.keywords.len()).max().unwrap_or(0) {
        for theme in themes {
            if let Some(k) = theme.keywords.get(rank).filter(|k| !keywords.contains(k)) {
                keywords.push(k.clone());
            }
        }
    }
    Theme {
        slug: WHOLE.to_string(),
        label: label.to_string(),
        keywords,
        passages: facts.passages.iter().map(|p| p.id.clone()).collect(),
        facts: facts.facts.iter().map(|f| f.id.clone()).collect(),
    }
}

/// The theme the teacher asked for: a discovered or defined one, `all`
/// (every passage, labelled with the sources' `title` when they have one),
/// or the passages that use the words asked for.
pub fn select(facts: &Facts, themes: &[Theme], wanted: &str, title: Option<&str>) -> Result<Theme> {
    let wanted = display_text(wanted);
    let words: Vec<String> = tokens(&wanted)
        .iter()
        .map(|t| t.text.to_lowercase())
        .collect();
    if words.is_empty() {
        return Err(Error::BadOption {
            option: "--theme",
            message: "the theme is empty; give a word such as the ones `studypack themes` lists"
                .into(),
        });
    }
    let theme = match named(themes, &wanted, &words) {
        Some(theme) => theme.clone(),
        None if slugify(&wanted) == WHOLE => whole(facts, themes, title.unwrap_or(UNTITLED)),
        None => query_theme(facts, themes, &wanted, &words)?,
    };
    let sentences = sentence_count(facts, &theme);
    if sentences < MIN_SENTENCES {
        return Err(Error::TooLittleMaterial {
            theme: wanted,
            found: format!(
                "{}; at least {MIN_SENTENCES} are needed",
                crate::text::count_of(sentences, "sentence")
            ),
            left_out: Vec::new(),
        });
    }
    Ok(theme)
}

/// A discovered theme that `wanted` names: its slug or label, or one of its
/// keywords (by stem), or either spelled nearly alike. Among themes that
/// share the keyword, the one that ranks it highest.
fn named<'a>(themes: &'a [Theme], wanted: &str, words: &[String]) -> Option<&'a Theme> {
    let slug = slugify(wanted);
    if let Some(theme) = themes
        .iter()
        .find(|t| t.slug == slug || slugify(&t.label) == slug)
    {
        return Some(theme);
    }
    let [word] = words else {
        return None;
    };
    let wanted_stem = stem(word);
    let rank = |t: &Theme| {
        t.keywords.iter().position(|k| {
            stem(k) == wanted_stem || strsim::jaro_winkler(&k.to_lowercase(), word) >= SAME_WORD
        })
    };
    themes
        .iter()
        .filter_map(|t| rank(t).map(|r| (r, t)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, t)| t)
}

/// The themes the teacher defined, each made of the facts (and their
/// passages) that use any of its keywords; a definition whose keywords no
/// passage uses is left out.
pub fn defined(facts: &Facts, definitions: &[ThemeDefinition]) -> Vec<Theme> {
    let space = Space::new(facts.passages.iter().map(|p| p.text.as_str()));
    definitions
        .iter()
        .filter_map(|d| {
            let ids: Vec<u32> = d.keywords.iter().filter_map(|k| space.id_of(k)).collect();
            let members: Vec<usize> = (0..facts.passages.len())
                .filter(|&p| ids.iter().any(|&id| space.uses(p, id)))
                .collect();
            let theme = theme_of(
                facts,
                &members,
                d.keywords.clone(),
                d.label.clone(),
                slugify(&d.slug),
            );
            (!members.is_empty()).then_some(theme)
        })
        .collect()
}

/// The teacher's themes first, then the discovered ones whose slugs they
/// have not taken and that hold enough for a worksheet.
pub fn all(facts: &Facts, definitions: &[ThemeDefinition]) -> Vec<Theme> {
    let mut themes = defined(facts, definitions);
    let discovered = discover(facts);
    themes.extend(discovered.into_iter().filter(|t| {
        definitions.iter().all(|d| slugify(&d.slug) != t.slug)
            && sentence_count(facts, t) >= MIN_SENTENCES
    }));
    themes
}

/// How many sentences a theme's passages hold.
fn sentence_count(facts: &Facts, theme: &Theme) -> usize {
    facts
        .passages
        .iter()
        .filter(|p| theme.passages.contains(&p.id))
        .map(|p| p.sentences.len())
        .sum()
}

/// A theme made for a word the discovered themes do not name: the passages
/// that use every word of it. Fails, suggesting the nearest theme or word,
/// when no passage does.
fn query_theme(facts: &Facts, themes: &[Theme], wanted: &str, words: &[String]) -> Result<Theme> {
    let space = Space::new(facts.passages.iter().map(|p| p.text.as_str()));
    let ids: Vec<Option<u32>> = words.iter().map(|w| space.id_of(w)).collect();
    let members: Vec<usize> = match ids.iter().copied().collect::<Option<Vec<u32>>>() {
        Some(ids) => (0..facts.passages.len())
            .filter(|&p| ids.iter().all(|&id| space.uses(p, id)))
            .collect(),
        None => Vec::new(),
    };
    if members.is_empty() {
        return Err(unknown_theme(wanted, themes, &space));
    }
    let keywords: Vec<String> = words
        .iter()
        .cloned()
        .chain(
            distinctive(&space, &members)
                .into_iter()
                .map(|id| space.surface(id).to_string())
                .filter(|k| !words.contains(k)),
        )
        .take(KEYWORDS)
        .collect();
    let label = words
        .iter()
        .map(|w| capitalise(w))
        .collect::<Vec<_>>()
        .join(" ");
    Ok(theme_of(facts, &members, keywords, label, slugify(wanted)))
}

/// The error for a theme word that matches nothing, suggesting the nearest
/// theme slug or corpus word.
fn unknown_theme(wanted: &str, themes: &[Theme], space: &Space) -> Error {
    let lower = wanted.to_lowercase();
    let words = (0..space.stems.len() as u32)
        .filter(|&id| space.document_frequency[id as usize] >= 2)
        .map(|id| space.surface(id).to_string());
    let nearest = themes
        .iter()
        .map(|t| t.slug.clone())
        .chain(words)
        .map(|w| (strsim::jaro_winkler(&lower, &w), w))
        .filter(|(score, _)| *score >= SUGGEST)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    Error::UnknownTheme {
        theme: wanted.to_string(),
        // The nearest word if one is close; else the largest theme.
        suggestion: match (nearest, themes.first()) {
            (Some((_, word)), _) => format!(" (did you mean \"{word}\"?)"),
            (None, Some(theme)) => format!(" (try \"{}\")", theme.slug),
            (None, None) => String::new(),
        },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_whatever_the_script() {
        assert_eq!(slugify("Maria Skłodowska"), "maria-sklodowska");
        assert_eq!(slugify("Ленин's Testament"), "lenins-testament");
        assert_eq!(slugify("Lord Mayor"), "lord-mayor");
    }
}
