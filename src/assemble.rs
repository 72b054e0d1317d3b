//! Laying out what goes on paper.
//!
//! In: the deduplicated corpus, the selected theme and the drafted questions.
//! Out: a `Pack` — the theme's passages as labelled sources (A, B, ...) broken
//! into numbered lines, and the questions numbered and grouped into sections,
//! each answer's evidence located on the printed lines. A draft whose quote is
//! not on the printed page is left out.

use std::collections::{BTreeMap, HashMap};

use crate::config::PerKind;
use crate::model::{
    Evidence, FactRow, Facts, Header, LineRange, Pack, Page, Passage, PrintedSource, Question,
    QuestionKind, Section, Theme, ThemeRef,
};
use crate::questions::{Draft, Rejection};
use crate::text::readability;

/// The most characters on one printed source line.
pub const LINE_WIDTH: usize = 78;

/// What the teacher chose for this pack.
#[derive(Debug, Clone)]
pub struct Settings {
    pub title: String,
    pub header: Header,
    pub page: Page,
    pub date: chrono::NaiveDate,
    pub seed: u64,
    /// Replaces the opening instructions.
    pub instructions: Option<String>,
    /// Marks for every question of a kind.
    pub marks: PerKind<1>,
}

/// Source labels: A ... Z, then AA, AB, ...
pub fn source_label(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letter(index / 26 - 1), letter(index))
    }
}

/// Breaks single-spaced text into lines of at most `width` characters at
/// spaces; a word longer than a line (a long web address) is broken across
/// lines of its own. Joining the lines with one space gives the text back,
/// apart from those breaks inside long words.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let chars: Vec<char> = word.chars().collect();
        for (index, piece) in chars.chunks(width.max(1)).enumerate() {
            let fits = current.chars().count() + 1 + piece.len() <= width;
            if !current.is_empty() && (index > 0 || !fits) {
                lines.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.extend(piece);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The printed lines that hold `quote`, checked: the quote must be found in
/// the joined text of exactly those lines.
fn locate(lines: &[String], quote: &str) -> Option<LineRange> {
    let text = lines.join(" ");
    let start = text.find(quote)?;
    let end = start + quote.len();
    let mut offset = 0;
    let mut first = None;
    let mut last = 0;
    for (index, line) in lines.iter().enumerate() {
        let line_end = offset + line.len();
        if first.is_none() && start < line_end {
            first = Some(index);
        }
        if end > offset {
            last = index;
        }
        offset = line_end + 1;
    }
    let range = LineRange {
        first: first? + 1,
        last: last + 1,
    };
    lines[range.first - 1..range.last]
        .join(" ")
        .contains(quote)
        .then_some(range)
}

/// Where a passage comes from, as the worksheet prints it: its web address
/// or title, and its file (the line within the file is in `PrintedSource`,
/// for the teacher: on the worksheet it would clash with the margin's line
/// numbers).
fn attribution(passage: &Passage) -> String {
    let source = &passage.source;
    match (&source.url, &source.title) {
        (Some(url), _) => format!("{url} ({})", source.file),
        (None, Some(title)) => format!("{title} ({})", source.file),
        (None, None) => source.file.clone(),
    }
}

fn section_text(kind: QuestionKind) -> (&'static str, &'static str) {
    match kind {
        QuestionKind::MultipleChoice => (
            "Multiple choice",
            "Circle the letter of the one correct answer.",
        ),
        QuestionKind::TrueFalse => (
            "True or false",
            "Decide whether each statement is true or false according to the sources. If it is false, correct it.",
        ),
        QuestionKind::GapFill => (
            "Fill in the gaps",
            "Complete each sentence with a word or phrase from the word bank. Use each one once.",
        ),
        QuestionKind::Vocabulary => ("Vocabulary", "Each word has one of the meanings."),
        QuestionKind::ShortAnswer => (
            "Short answers",
            "Answer each question in a few words, using the sources.",
        ),
        QuestionKind::Matching => ("Matching", "Each name goes with one description."),
        QuestionKind::Sequence => ("Sequencing", "Use each number once."),
        QuestionKind::Sourcing => (
            "Working with the sources",
            "Refer to the sources by their letters and quote the words you use.",
        ),
        QuestionKind::Extended => (
            "Extended response",
            "Answer in full sentences. Support your answer with evidence from the sources, giving the source letter and line numbers.",
        ),
    }
}

/// Writes "Source C" for each `[[passage id]]` in a text.
fn name_sources(text: &str, sources: &[PrintedSource]) -> String {
    let mut out = text.to_string();
    for source in sources {
        out = out.replace(
            &format!("[[{}]]", source.passage),
            &format!("Source {}", source.label),
        );
    }
    out
}

/// "B) General Secretary": the answer with its option letter.
/// Whether every option is a number (a year, a count), which an exam lists
/// in ascending order.
pub fn numeric(options: &[String]) -> bool {
    !options.is_empty()
        && options
            .iter()
            .all(|o| o.replace(',', "").trim().parse::<f64>().is_ok())
}

/// Numeric options in ascending order; others as they are.
fn ordered(mut options: Vec<String>) -> Vec<String> {
    if numeric(&options) {
        let value = |o: &String| o.replace(',', "").trim().parse::<f64>().unwrap_or(0.0);
        options.sort_by(|a, b| value(a).total_cmp(&value(b)));
    }
    options
}

/// "B) Stalin": the right option of a multiple-choice question, as the key
/// prints it.
pub fn lettered(options: &[String], right: usize) -> String {
    let letter = char::from(b'A' + (right % 26) as u8);
    format!(
        "{letter}) {}",
        options.get(right).map_or("", String::as_str)
    )
}

/// For the teacher's overview: each fact of the reading with the printed
/// sources that state it, those stated by most sources first.
fn overview(facts: &Facts, theme: &Theme, sources: &[PrintedSource]) -> Vec<FactRow> {
    let label_of: HashMap<&str, &str> = sources
        .iter()
        .map(|s| (s.passage.as_str(), s.label.as_str()))
        .collect();
    let mut rows: Vec<FactRow> = facts
        .facts
        .iter()
        .filter(|f| theme.facts.contains(&f.id))
        .filter_map(|f| {
            let mut labels: Vec<String> = f
                .sentences
                .iter()
                .filter_map(|s| label_of.get(s.passage.as_str()))
                .map(|l| l.to_string())
                .collect();
            labels.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
            labels.dedup();
            (!labels.is_empty()).then(|| FactRow {
                fact: f.text.clone(),
                sources: labels,
            })
        })
        .collect();
    // Facts several sources state first: they are what the sources agree on.
    rows.sort_by_key(|row| std::cmp::Reverse(row.sources.len()));
    rows
}

/// Lays out the pack; drafts whose evidence is not on the printed lines (or
/// that name a source not printed) are left out and returned as rejections.
pub fn assemble(
    facts: &Facts,
    theme: &Theme,
    drafts: Vec<Draft>,
    settings: &Settings,
) -> (Pack, Vec<Rejection>) {
    let sources: Vec<PrintedSource> = facts
        .passages
        .iter()
        .filter(|p| theme.passages.contains(&p.id))
        .enumerate()
        .map(|(index, passage)| {
            let (words, grade) = readability::grade(&passage.text);
            PrintedSource {
                label: source_label(index),
                passage: passage.id.clone(),
                attribution: attribution(passage),
                line: passage.source.line,
                lines: wrap(&passage.text, LINE_WIDTH),
                words,
                grade,
            }
        })
        .collect();

    let evidence_for = |draft: &Draft| -> Option<Vec<Evidence>> {
        draft
            .quotes
            .iter()
            .map(|quote| {
                let source = sources.iter().find(|s| s.passage == quote.passage)?;
                Some(Evidence {
                    source: source.label.clone(),
                    passage: quote.passage.clone(),
                    lines: locate(&source.lines, &quote.text)?,
                    quote: quote.text.clone(),
                })
            })
            .collect()
    };

    // Group by kind (in the kinds' order), keeping the drafts' order within a kind.
    let mut by_kind: BTreeMap<QuestionKind, Vec<(Draft, Vec<Evidence>)>> = BTreeMap::new();
    let mut rejected = Vec::new();
    for draft in drafts {
        let evidence = evidence_for(&draft);
        let named = name_sources(&draft.stem, &sources);
        match evidence {
            Some(evidence) if !named.contains("[[") => by_kind
                .entry(draft.kind)
                .or_default()
                .push((draft, evidence)),
            _ => rejected.push(Rejection {
                kind: draft.kind,
                stem: draft.stem,
                reason: "its evidence is not on the printed lines".into(),
            }),
        }
    }
    let mut number = 0;
    let sections: Vec<Section> = by_kind
        .into_iter()
        .map(|(kind, placed)| {
            let (title, instructions) = section_text(kind);
            let mut instructions = instructions.to_string();
            if placed
                .iter()
                .any(|(d, _)| d.stem == crate::questions::TERMS_STEM)
            {
                instructions = "Each term goes with one meaning.".to_string();
            }
            // A gap-fill draft's options are wrong words for the word bank.
            let wrong_words: Vec<String> = match kind {
                QuestionKind::GapFill => placed
                    .iter()
                    .flat_map(|(d, _)| d.options.iter().cloned())
                    .collect(),
                _ => Vec::new(),
            };
            let questions: Vec<Question> = placed
                .into_iter()
                .map(|(draft, evidence)| {
                    number += 1;
                    // Tables keep their options where the solution points.
                    let draft = match kind {
                        QuestionKind::MultipleChoice => Draft {
                            options: ordered(draft.options),
                            ..draft
                        },
                        _ => draft,
                    };
                    let correct_option = match kind {
                        QuestionKind::MultipleChoice => {
                            draft.options.iter().position(|o| *o == draft.answer)
                        }
                        _ => None,
                    };
                    let answer = match correct_option {
                        Some(right) => lettered(&draft.options, right),
                        None => name_sources(&draft.answer, &sources),
                    };
                    // A gap-fill's options only feed the word bank.
                    let options = if kind == QuestionKind::GapFill {
                        Vec::new()
                    } else {
                        draft.options
                    };
                    Question {
                        number,
                        kind,
                        level: draft.level,
                        stem: name_sources(&draft.stem, &sources),
                        options,
                        correct_option,
                        items: draft
                            .items
                            .iter()
                            .map(|item| name_sources(item, &sources))
                            .collect(),
                        solution: draft.solution,
                        answer,
                        marking_guide: draft
                            .marking_guide
                            .iter()
                            .map(|g| name_sources(g, &sources))
                            .collect(),
                        evidence,
                        points: settings.marks.get(kind).unwrap_or(draft.points),
                        answer_lines: draft.answer_lines,
                    }
                })
                .collect();
            // The answers, and each gap's wrong word of the answer's kind
            // (a name for a name, a number for a number), so that no gap is
            // the only one a word of its kind fits.
            let mut word_bank: Vec<String> = match kind {
                QuestionKind::GapFill => {
                    let answers: Vec<String> = questions.iter().map(|q| q.answer.clone()).collect();
                    let mut extra: Vec<String> = wrong_words
                        .into_iter()
                        .filter(|o| !answers.iter().any(|a| a.eq_ignore_ascii_case(o)))
                        .collect();
                    extra.sort();
                    extra.dedup();
                    answers
                        .into_iter()
                        .chain(extra)
                        .collect()
                }
                _ => Vec::new(),
            };
            let unused = word_bank.len().saturating_sub(questions.len());
            if kind == QuestionKind::GapFill && unused > 0 {
                let words = if unused == 1 { "word is" } else { "words are" };
                instructions = format!(
                    "Complete each sentence with a word or phrase from the word bank. Use each one at most once; {unused} {words} not needed."
                );
            }
            word_bank.sort_by_key(|w| w.to_lowercase());
            if questions.iter().any(|q| !q.items.is_empty() && q.options.len() > q.items.len()) {
                instructions.push_str(" One is not needed.");
            }
            Section {
                kind,
                title: title.to_string(),
                instructions,
                word_bank,
                questions,
            }
        })
        .collect();

    let labels = match sources.len() {
        0 => String::new(),
        1 => "Source A".to_string(),
        n => format!("Sources A\u{2013}{}", source_label(n - 1)),
    };
    let pack = Pack {
        title: settings.title.clone(),
        theme: ThemeRef {
            slug: theme.slug.clone(),
            label: theme.label.clone(),
        },
        header: settings.header.clone(),
        page: settings.page,
        version: None,
        date: settings.date,
        seed: settings.seed,
        instructions: settings.instructions.clone().unwrap_or_else(|| format!(
            "Read {labels} carefully, then answer every question. The numbers beside each source are line numbers: use them when you refer to a source."
        )),
        overview: overview(facts, theme, &sources),
        total_points: sections
            .iter()
            .flat_map(|s| &s.questions)
            .map(|q| q.points)
            .sum(),
        sources,
        sections,
    };
    (pack, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_a_to_z_then_double() {
        assert_eq!(source_label(0), "A");
        assert_eq!(source_label(25), "Z");
        assert_eq!(source_label(26), "AA");
        assert_eq!(source_label(27), "AB");
        assert_eq!(source_label(52), "BA");
    }

    #[test]
    fn wrap_keeps_every_word_and_the_width_breaking_only_overlong_words() {
        let text = "Lenin recommended that Stalin be removed from the post of General Secretary of the party.";
        let lines = wrap(text, 30);
        assert!(lines.iter().all(|l| l.chars().count() <= 30));
        assert_eq!(lines.join(" "), text);
        assert_eq!(
            wrap("see averyveryverylongword now", 8),
            vec!["see", "averyver", "yverylon", "gword", "now"]
        );
        assert_eq!(wrap("ab averylongword", 8), vec!["ab", "averylon", "gword"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn locate_finds_the_lines_of_a_quote() {
        let lines: Vec<String> = ["one two three", "four five six", "seven eight"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            locate(&lines, "two three"),
            Some(LineRange { first: 1, last: 1 })
        );
        assert_eq!(
            locate(&lines, "three four five"),
            Some(LineRange { first: 1, last: 2 })
        );
        assert_eq!(
            locate(&lines, "six seven eight"),
            Some(LineRange { first: 2, last: 3 })
        );
        assert_eq!(locate(&lines, "nine"), None);
    }
}
