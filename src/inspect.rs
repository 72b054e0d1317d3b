//! The `inspect` report: what was read, what was dropped and why, the facts
//! with their supporting sentences and sources, and the disagreements.
//!
//! In: the loaded sources. Out: a serialisable `Report`, printed as JSON or,
//! through `Display`, as text.

use std::fmt;

use serde::Serialize;

use crate::Loaded;
use crate::model::{Facts, SourceRef, Theme};
use crate::text::count_of;

#[derive(Debug, Serialize)]
pub struct PassageRow {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct DroppedRow {
    pub file: String,
    pub line: usize,
    pub text: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct SentenceRow {
    pub passage: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct FactRow {
    pub id: String,
    pub text: String,
    pub sentences: Vec<SentenceRow>,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Serialize)]
pub struct DisagreementRow {
    pub about: String,
    pub kind: crate::model::DisagreementKind,
    pub a: String,
    pub b: String,
    pub a_passage: String,
    pub b_passage: String,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub notices: Vec<String>,
    pub passages: Vec<PassageRow>,
    pub dropped: Vec<DroppedRow>,
    pub facts: Vec<FactRow>,
    pub disagreements: Vec<DisagreementRow>,
}

/// One theme as `studypack themes` shows it.
#[derive(Debug, Serialize)]
pub struct ThemeRow {
    pub slug: String,
    pub label: String,
    pub keywords: Vec<String>,
    pub passages: usize,
    pub facts: usize,
    /// The theme's sentences (its facts' wordings), in corpus order.
    pub sentences: Vec<String>,
}

/// The themes, with their sizes and sentences.
pub fn themes_report(facts: &Facts, themes: &[Theme]) -> Vec<ThemeRow> {
    themes
        .iter()
        .map(|t| ThemeRow {
            slug: t.slug.clone(),
            label: t.label.clone(),
            keywords: t.keywords.clone(),
            passages: t.passages.len(),
            facts: t.facts.len(),
            sentences: facts
                .facts
                .iter()
                .filter(|f| t.facts.contains(&f.id))
                .map(|f| f.text.clone())
                .collect(),
        })
        .collect()
}

impl fmt::Display for ThemeRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<16} {} ({}, {})",
            self.slug,
            self.label,
            count_of(self.passages, "passage"),
            count_of(self.facts, "fact")
        )?;
        writeln!(f, "{:<16} keywords: {}", "", self.keywords.join(", "))?;
        // A sentence that uses the theme's first keyword shows it best.
        let keyword = self
            .keywords
            .first()
            .map(|k| k.to_lowercase())
            .unwrap_or_default();
        let sample = self
            .sentences
            .iter()
            .find(|s| s.to_lowercase().contains(&keyword))
            .or(self.sentences.first())
            .map_or("", String::as_str);
        writeln!(f, "{:<16} e.g. \u{201C}{sample}\u{201D}", "")
    }
}

pub fn report(loaded: &Loaded) -> Report {
    let facts = &loaded.facts;
    let text_of = |at| facts.sentence(at).unwrap_or_default().to_string();
    Report {
        notices: loaded.notices.clone(),
        passages: facts
            .passages
            .iter()
            .map(|p| PassageRow {
                id: p.id.clone(),
                file: p.source.file.clone(),
                line: p.source.line,
                text: p.text.clone(),
            })
            .collect(),
        dropped: facts
            .dropped
            .iter()
            .map(|d| DroppedRow {
                file: d.source.file.clone(),
                line: d.source.line,
                text: d.text.clone(),
                reason: d.reason.clone(),
            })
            .collect(),
        facts: facts
            .facts
            .iter()
            .map(|f| FactRow {
                id: f.id.clone(),
                text: f.text.clone(),
                sentences: f
                    .sentences
                    .iter()
                    .map(|at| SentenceRow {
                        passage: at.passage.clone(),
                        text: text_of(at),
                    })
                    .collect(),
                sources: f.support.clone(),
            })
            .collect(),
        disagreements: facts
            .disagreements
            .iter()
            .map(|d| DisagreementRow {
                about: d.about.clone(),
                kind: d.kind,
                a: text_of(&d.a),
                b: text_of(&d.b),
                a_passage: d.a.passage.clone(),
                b_passage: d.b.passage.clone(),
            })
            .collect(),
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for notice in &self.notices {
            writeln!(f, "note: {notice}")?;
        }
        writeln!(f, "Passages kept: {}", self.passages.len())?;
        for p in &self.passages {
            writeln!(f, "  {:<5} {}:{}  {}", p.id, p.file, p.line, p.text)?;
        }
        writeln!(f, "\nDropped: {}", self.dropped.len())?;
        for d in &self.dropped {
            writeln!(f, "  {}:{}  [{}]  {}", d.file, d.line, d.reason, d.text)?;
        }
        let merged = self
            .facts
            .iter()
            .filter(|fact| fact.sentences.len() > 1)
            .count();
        writeln!(
            f,
            "\nFacts: {} ({merged} stated more than once)",
            self.facts.len()
        )?;
        for fact in &self.facts {
            let sources: Vec<String> = fact
                .sources
                .iter()
                .map(|s| format!("{}:{}", s.file, s.line))
                .collect();
            writeln!(
                f,
                "  {:<5} {}  [{}]",
                fact.id,
                fact.text,
                sources.join(", ")
            )?;
            if fact.sentences.len() > 1 {
                for s in &fact.sentences {
                    writeln!(f, "          = ({}) {}", s.passage, s.text)?;
                }
            }
        }
        writeln!(f, "\nDisagreements: {}", self.disagreements.len())?;
        for d in &self.disagreements {
            writeln!(f, "  about {}", d.about)?;
            writeln!(f, "    ({}) {}", d.a_passage, d.a)?;
            writeln!(f, "    ({}) {}", d.b_passage, d.b)?;
        }
        Ok(())
    }
}
