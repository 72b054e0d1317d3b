//! The extended-response task that closes a worksheet: explain the theme
//! from several sources, marked against a guide of the points the sources make.
//!
//! In: the statements. Out: one candidate (none for a story, or when fewer
//! than two sources take part), whose marking guide lists well-supported,
//! on-theme facts drawn from as many different sources as possible.

use std::collections::{HashMap, HashSet};

use super::clause::{in_past, plural, subject_start};
use super::key_terms::{could_be_term, is_unit};
use super::sourcing::also_giving;
use super::{Context, Draft, Quote, subject_person};
use crate::model::{Level, QuestionKind};
use crate::text::analysis::{EntityKind, analyse, is_speech, person_noun};
use crate::text::content_stems;
use crate::text::tagger::Tag;
use crate::text::words::{leans_back, written_as_notes};

/// The fewest and most points a marking guide lists.
const MIN_POINTS: usize = 3;
const MAX_POINTS: usize = 4;
/// Marks for comparing the sources, on top of one mark per point.
const COMPARISON_MARKS: u32 = 2;
/// The most words the two sentences of a figures task may quote (the
/// stem must stay short enough to read).
const MAX_QUOTED_WORDS: usize = 50;
/// Marks for weighing two figures: two for finding the sources of each,
/// one for seeing both cannot be right, two for weighing, one for a
/// conclusion.
const FIGURES_MARKS: u32 = 6;
/// Two points sharing this much of their words (Jaccard) make one point.
const REPEAT: f32 = 0.3;
/// A story's main character is the subject of at least this many sentences.
const MIN_MENTIONS: usize = 3;
/// Shortest sentence, in words, that makes a point worth a mark.
const MIN_WORDS: usize = 6;

/// The first place the theme's sources give one thing different numbers
/// or dates (as a sourcing question would set it), as a line of the
/// marking guide.
fn disagreement(context: &Context) -> Option<String> {
    context.contrasts.iter().find(|c| c.figures).map(|c| {
        let (a, b, about) = (&c.a.0, &c.b.0, &c.about);
        format!("For connecting evidence: sees that [[{a}]] and [[{b}]] disagree ({about}) and weighs which to trust")
    })
}

/// Whether a sentence is no point for a marking guide: cut short or
/// shouted, as notes are, it ends with a colon or "!" ("can be increased
/// by:", "BUT Italy invaded again in 1935!!"), writes a word in capitals
/// for stress or a tick box or arrow; it opens with an order ("Step onto
/// the platform"); or it tells its time from the day it was written or
/// the sentence before ("this morning", "the next day").
fn unfit_point(s: &super::Statement) -> bool {
    let text = s.text.trim_end();
    let relative = super::true_false::relative_time(text);
    // ("Link to real life: This is like ...": a label opens it.)
    let labelled = text
        .split_once(": ")
        .is_some_and(|(head, _)| head.split_whitespace().count() <= 4);
    let symbols = text.contains(['\u{2610}', '\u{2191}', '\u{2193}', '>', '<', '\u{2248}']);
    let shouted = crate::text::tokens(text)
        .iter()
        .any(|t| t.text.chars().count() >= 3 && t.text.chars().all(|c| c.is_ascii_uppercase()));
    let order = s
        .analysis
        .words
        .first()
        .is_some_and(|w| w.tag == Tag::Verb && w.lemma.eq_ignore_ascii_case(&w.text));
    text.ends_with([':', '!']) || shouted || order || relative || symbols || labelled
}

/// A label without a closing bracket: "Great Fire of London (1666)" ->
/// "Great Fire of London".
fn without_bracket(label: &str) -> String {
    match label
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
    {
        Some((before, _)) if !before.trim().is_empty() => before.trim().to_string(),
        _ => label.to_string(),
    }
}

/// What the task is about: none for a story (or a part of one); for a
/// theme of all the untitled sources, the person or thing most sentences
/// are about ("Lewis", "the glacier"); otherwise the theme as the sources name it ("the Testament"
/// when they write it with "the", else its label). Returns it, and
/// whether it is a person or thing to find in sentences.
fn subject(context: &Context) -> Option<(String, bool)> {
    // ("Great Fire of London (1666)": the bracket dates the title.)
    let label = &without_bracket(&context.material.theme.label);
    // Sources that give years tell history or science, not a story.
    let dated = context.statements.iter().any(|s| {
        s.analysis
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Date && e.text.chars().any(|c| c.is_ascii_digit()))
    });
    // A story (told in the past, with no years) sets no task: what its
    // sentences tell of the main character is what they did here and
    // there, not the traits a teacher asks about, and a retelling's
    // guide cannot tell its turning points from its passing lines.
    let told = context
        .statements
        .iter()
        .filter(|s| in_past(&s.analysis))
        .count();
    // (Sources with no title are no story to retell: "What happens in
    // 'All sources'" asks nothing.)
    let titled = label != crate::themes::UNTITLED;
    if titled && !dated && told * 5 >= context.statements.len() * 3 {
        return None;
    }
    if context.material.theme.slug == crate::themes::WHOLE {
        // Who or what the sentences are about: a person, or (in a story)
        // a "the fox" as the subject; "the ship" of a history is vague.
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut files: HashMap<String, HashSet<&str>> = HashMap::new();
        for s in &context.statements {
            let a = &s.analysis;
            let start = subject_start(a);
            // "the fox", "the jelly fish": a short definite noun phrase.
            let definite = a.chunks.iter().filter(|_| !dated).find(|c| {
                c.first == start
                    && (c.first + 1..=c.first + 2).contains(&c.last)
                    && a.words[start].text.eq_ignore_ascii_case("the")
                    && a.words[c.head].tag == Tag::Noun
            });
            let about = subject_person(a, &context.kinds)
                .map(|(p, _)| p)
                .or_else(|| {
                    definite
                        .map(|c| a.text[a.words[c.first].start..a.words[c.last].end].to_lowercase())
                });
            if let Some(about) = about {
                *counts.entry(about.clone()).or_default() += 1;
                files
                    .entry(about)
                    .or_default()
                    .insert(s.passage.source.file.as_str());
            }
        }
        // (Of several sources, two at least: a podcast's "the hosts" is no
        // subject of the others.)
        let all_files: HashSet<&str> = context
            .statements
            .iter()
            .map(|s| s.passage.source.file.as_str())
            .collect();
        let shared = all_files.len().min(2);
        counts.retain(|about, n| *n >= MIN_MENTIONS && files[about].len() >= shared);
        let main = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        // (Titled sources are about their title: "the Burke and Wills
        // expedition", not "Burke".)
        if let Some((person, _)) = main.filter(|_| !titled) {
            return Some((person, true));
        }
    }
    // A theme named by a word the sources use as a verb ("Recorded") is
    // asked about by its first keyword they use as a noun ("deaths").
    let used_as_noun = |word: &str| {
        context.statements.iter().any(|s| {
            s.analysis.words.iter().any(|w| {
                w.text.eq_ignore_ascii_case(word) && matches!(w.tag, Tag::Noun | Tag::Propn)
            })
        })
    };
    let single_word = !label.contains(' ');
    // ("Rusting": a process the sources write as a verb is asked about as
    // it is, "rusting".)
    let gerund = label.to_lowercase().ends_with("ing");
    let label = if single_word && !used_as_noun(label) && !gerund {
        match context
            .material
            .theme
            .keywords
            .iter()
            .find(|k| used_as_noun(k))
        {
            Some(keyword) => keyword.clone(),
            None => label.clone(),
        }
    } else {
        label.clone()
    };
    // "Pounds": a unit measures things; the task is about what the theme's
    // sentences name most ("Jan van Helmont").
    let label = if single_word && is_unit(&label) {
        most_named(context).unwrap_or(label)
    } else {
        label
    };
    // "Bicycle" written mostly as "bicycle shop": the task is about the
    // shop, not "the bicycle".
    let label = if single_word {
        modified_noun(context, &label).unwrap_or(label)
    } else {
        label
    };
    // A title that is no noun phrase ("How a Volcano Changed Shape: Mount
    // St. Helens, 1980") gives way to its part after the colon when that
    // is one ("Volcanic Hazards: The 1980 Eruption of Mount St. Helens"),
    // else to the name the sentences use most.
    let phrase = |label: &str| {
        !label.contains([':', '?', ','])
            && label.split_whitespace().count() <= 8
            && !["How ", "Why ", "What ", "When ", "Where "]
                .iter()
                .any(|w| label.starts_with(w))
    };
    // ("Electric Circuits: Current, Voltage and Resistance": else the
    // part before it.)
    let after_colon = label.rsplit_once(':').and_then(|(before, after)| {
        [after, before]
            .into_iter()
            .map(str::trim)
            .find(|part| phrase(part))
            .map(str::to_string)
    });
    // ("All sources" names no subject: the task is about the name the
    // sentences use most.)
    let label = if label == crate::themes::UNTITLED {
        most_spoken_of(context).unwrap_or(label)
    } else if phrase(&label) {
        label
    } else if let Some(rest) = after_colon {
        rest
    } else {
        most_named(context).unwrap_or(label)
    };
    // "Scholar": several people may be it; the task is about them all.
    if single_word && person_noun(&label.to_lowercase()).is_some() {
        return Some((plural(&label.to_lowercase()), false));
    }
    // Every word as the passages write it, and whether a sentence writes a
    // phrase as given after its first letter.
    let words_written: HashSet<&str> = context
        .material
        .passages
        .iter()
        .flat_map(|p| crate::text::tokens(&p.text).into_iter().map(|t| t.text))
        .collect();
    let written_small = |word: &str| words_written.contains(word.to_lowercase().as_str());
    let written_inside = |phrase: &str| {
        context
            .statements
            .iter()
            .any(|s| s.analysis.text.get(1..).is_some_and(|t| t.contains(phrase)))
    };
    // "Electric Circuits" of a title, every word of which the sources
    // write in lower case: "electric circuits" ("Berlin Airlift" stays).
    let written_lower = |word: &str| word.to_lowercase() != word && written_small(word);
    // (Unless they write the title itself so: "the Salt March".)
    let title_cased = label.contains(' ')
        && !label.starts_with("The ")
        && !written_inside(label.as_str())
        && label
            .split(' ')
            .all(|w| w == w.to_lowercase() || written_lower(w));
    let label = &if title_cased {
        label.to_lowercase()
    } else {
        label
    };
    let with_the = format!("the {}", label.to_lowercase());
    let (with_article, bare) = article_use(context, &label.to_lowercase());
    let said_so = with_article > 0 && with_article >= bare;
    // "the mice" as the sources write it, not "the Mice" of the label.
    // (One word: as the sentences mostly write it inside them, "an
    // ichthyosaur" but "the Testament".)
    let inside = |lower_case: bool| {
        context
            .statements
            .iter()
            .flat_map(|s| s.analysis.words.iter().skip(1))
            .filter(|w| {
                w.text.eq_ignore_ascii_case(label)
                    && w.text.starts_with(char::is_lowercase) == lower_case
            })
            .count()
    };
    let written_lower = context
        .material
        .passages
        .iter()
        .any(|p| p.text.contains(&with_the))
        || (!label.contains(' ') && inside(true) > inside(false));
    let named = if said_so && written_lower {
        with_the
    } else if said_so {
        format!("the {label}")
    } else {
        // "The crew of Apollo 11" inside a sentence: "the crew of ...";
        // "The Building of the Panama Canal": "the building of ...", as the
        // sources write the word.
        match label.strip_prefix("The ") {
            Some(rest) => {
                let first = rest.split(' ').next().unwrap_or_default();
                let lower = first.to_lowercase();
                // ("The Dust Bowl": "Dust" is part of a name, as "Bowl" shows.)
                let in_name = rest
                    .split(' ')
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
                // ("The Human Heart", every word of which the sources
                // write small, and never the name as the title has it:
                // "the human heart".)
                if rest.split(' ').all(written_small) && !written_inside(rest) {
                    format!("the {}", rest.to_lowercase())
                } else if written_small(first) && first != lower && !in_name {
                    format!("the {lower}{}", &rest[first.len()..])
                } else {
                    format!("the {rest}")
                }
            }
            // "Ichthyosaur", a word the sources write in lower case: "the
            // ichthyosaur", not "about Ichthyosaur"; "uranium", which they
            // write with no article, stays "uranium".
            // ("greenhouse effect", made of a word and the noun it is
            // mostly written before: "the greenhouse effect" as often as
            // not.)
            None if label.contains(' ') && label == &label.to_lowercase() => {
                if with_article >= bare {
                    format!("the {label}")
                } else {
                    label.clone()
                }
            }
            None => {
                let lower = label.to_lowercase();
                let common = !label.contains(' ') && written_small(&lower);
                // ("indicator", written bare in "universal indicator" but
                // also as "indicators": a thing of which there are many is
                // asked about in the plural. "Sound travels", "the speed of
                // sound": a word the sources write alone, with nothing
                // before it, at least as often as in the plural is a mass,
                // "sound" not "sounds"; "uranium" stays.)
                let many = plural(&lower);
                let (mut alone, mut plurals) = (0, 0);
                for s in &context.statements {
                    let words = &s.analysis.words;
                    for (i, w) in words.iter().enumerate() {
                        let text = w.text.to_lowercase();
                        let modified = i.checked_sub(1).is_some_and(|k| {
                            matches!(words[k].tag, Tag::Adj | Tag::Noun | Tag::Det | Tag::Propn)
                        });
                        plurals += usize::from(text == many);
                        alone += usize::from(text == lower && !modified);
                    }
                }
                let written_plural = plurals > 0 && plurals > alone;
                match (common, with_article > bare) {
                    (true, true) => format!("the {lower}"),
                    (true, false) if written_plural => many,
                    (true, false) => lower,
                    (false, _) => label.clone(),
                }
            }
        }
    };
    Some((named, false))
}

/// How often the sources write a phrase (lower case) after "the", "a" or
/// "an", and how often with no article, leaving out its uses before a noun
/// ("the Tham Luang cave", "uranium ore"), where it only describes.
fn article_use(context: &Context, phrase: &str) -> (usize, usize) {
    let wanted: Vec<String> = crate::text::tokens(phrase)
        .iter()
        .map(|t| t.text.to_string())
        .collect();
    let (mut with_article, mut bare) = (0, 0);
    if wanted.is_empty() {
        return (0, 0);
    }
    for statement in &context.statements {
        let words = &statement.analysis.words;
        for at in 0..words.len().saturating_sub(wanted.len() - 1) {
            let here = &words[at..at + wanted.len()];
            if !here
                .iter()
                .zip(&wanted)
                .all(|(w, x)| w.text.to_lowercase() == *x)
            {
                continue;
            }
            // (A noun straight after: the phrase only describes it.)
            if words
                .get(at + wanted.len())
                .is_some_and(|n| n.tag == Tag::Noun)
            {
                continue;
            }
            // ("Lenin's Testament", "her maiden voyage": a possessive is a
            // determiner too, and words may stand between.)
            let determiner = words[..at]
                .iter()
                .rev()
                .find(|w| !matches!(w.tag, Tag::Adj | Tag::Noun));
            let article = determiner.is_some_and(|w| {
                matches!(
                    w.text.to_lowercase().as_str(),
                    "the" | "a" | "an" | "'s" | "\u{2019}s" | "his" | "her" | "its" | "their"
                )
            });
            if article {
                with_article += 1;
            } else {
                bare += 1;
            }
        }
    }
    (with_article, bare)
}

/// Whether `text` names `phrase` as words of its own: "the woman" is in
/// "and the woman wept" but not in "the troll-woman".
fn names(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

/// "bicycle shop" for "bicycle", when the theme's sentences mostly write
/// the word before the same noun, as a modifier.
fn modified_noun(context: &Context, word: &str) -> Option<String> {
    let mut after: HashMap<String, usize> = HashMap::new();
    let mut alone = 0;
    // ("the Shoshone woman": a name keeps the capital the sentences give
    // it inside them; "bicycle shop" is written small.)
    let mut written = word.to_lowercase();
    for s in &context.statements {
        let words = &s.analysis.words;
        for (i, w) in words.iter().enumerate() {
            if !w.text.eq_ignore_ascii_case(word) {
                continue;
            }
            if i > 0 {
                written = w.text.clone();
            }
            match words.get(i + 1).filter(|n| n.tag == Tag::Noun) {
                Some(next) => *after.entry(next.text.to_lowercase()).or_default() += 1,
                None => alone += 1,
            }
        }
    }
    let (noun, count) = after
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
    (count > alone).then(|| format!("{written} {noun}"))
}

/// The person, place or organisation the theme's sentences name most.
fn most_named(context: &Context) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in &context.statements {
        for e in &s.analysis.entities {
            let kind = context.kinds.kind(e);
            // (Not a letter: "R" in "V = I × R" is a symbol.)
            let letter = e.text.chars().count() < 2;
            if !letter
                && matches!(
                    kind,
                    EntityKind::Person | EntityKind::Place | EntityKind::Organisation
                )
            {
                *counts.entry(e.text.as_str()).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(name, _)| name.to_string())
}

/// What most untitled sources speak of: the noun or name the most source
/// files use (each source's opening sentence counts twice more, for a
/// source starts with its subject; then the most passages), as they most
/// often write it ("earthquakes", "Krakatoa"), or the name it ends when
/// that name is used in half as many passages ("the stone" of "the Rosetta
/// Stone"). (By files: one long source's "the hosts" is no topic.)
fn most_spoken_of(context: &Context) -> Option<String> {
    const OPENING: usize = 2;
    let mut files_seen: HashSet<&str> = HashSet::new();
    let openings: HashSet<&str> = context
        .material
        .passages
        .iter()
        .filter(|p| files_seen.insert(p.source.file.as_str()))
        .filter_map(|p| p.sentences.first().map(String::as_str))
        .collect();
    let mut opened: HashMap<String, usize> = HashMap::new();
    let mut passages: HashMap<String, HashSet<&str>> = HashMap::new();
    let mut files: HashMap<String, HashSet<&str>> = HashMap::new();
    let mut written: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    let mut names: HashMap<&str, HashSet<&str>> = HashMap::new();
    for s in &context.statements {
        let passage = s.passage.id.as_str();
        for e in &s.analysis.entities {
            if !matches!(context.kinds.kind(e), EntityKind::Date | EntityKind::Number) {
                names.entry(e.text.as_str()).or_default().insert(passage);
            }
        }
        for w in &s.analysis.words {
            let lemma = w.lemma.to_lowercase();
            let noun = w.tag == Tag::Noun && could_be_term(&lemma);
            if !(noun || w.tag == Tag::Propn) || lemma.len() < 3 {
                continue;
            }
            // (By stem: "Earthquakes" opening a sentence, taken for a
            // name, is "earthquake" too.)
            let key = crate::text::stem(&lemma);
            if openings.contains(s.text) {
                *opened.entry(key.clone()).or_default() += 1;
            }
            passages.entry(key.clone()).or_default().insert(passage);
            files
                .entry(key.clone())
                .or_default()
                .insert(s.passage.source.file.as_str());
            *written
                .entry(key)
                .or_default()
                .entry(w.text.as_str())
                .or_default() += 1;
        }
    }
    let weight = |(key, used_in): &(String, HashSet<&str>)| {
        let in_files = files.get(key).map_or(0, HashSet::len);
        (
            in_files + OPENING * opened.get(key).copied().unwrap_or(0),
            used_in.len(),
        )
    };
    let (best, used_in) = passages
        .into_iter()
        .max_by(|a, b| weight(a).cmp(&weight(b)).then(b.0.cmp(&a.0)))?;
    let ends_best = |name: &str| {
        name.rsplit(' ')
            .next()
            .is_some_and(|last| crate::text::stem(last) == best)
    };
    if let Some((name, _)) = names
        .into_iter()
        .filter(|(name, seen)| {
            name.contains(' ') && ends_best(name) && 2 * seen.len() >= used_in.len()
        })
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
    {
        return Some(name.to_string());
    }
    let forms = written.get(&best)?;
    let (form, _) = forms
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
    Some(if context.kinds.always_capitalised(form) {
        form.to_string()
    } else {
        form.to_lowercase()
    })
}

/// The figures two sources give differently for one thing that the other
/// printed sources back most (in all, then the first): the contrast's
/// place in `context.contrasts`.
pub fn weighed_figures(context: &Context) -> Option<usize> {
    let backed = |c: &super::sourcing::Contrast| {
        c.about
            .split(" or ")
            .map(|value| also_giving(context, c, value).len())
            .sum::<usize>()
    };
    context
        .contrasts
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let quoted = c.a.1.split_whitespace().count() + c.b.1.split_whitespace().count();
            c.figures && c.about.contains(" or ") && quoted <= MAX_QUOTED_WORDS
        })
        .max_by(|(i, a), (j, b)| backed(a).cmp(&backed(b)).then(j.cmp(i)))
        .map(|(at, _)| at)
}

/// "Compare the figures two sources give (18 or 23) ... which is more
/// likely to be right?": two sources' figures for one thing, to weigh
/// with the other sources that give each.
fn figures_task(context: &Context) -> Option<Draft> {
    let c = &context.contrasts[weighed_figures(context)?];
    let (x, y) = c.about.split_once(" or ")?;
    let (pa, a, pb, b) = (&c.a.0, &c.a.1, &c.b.0, &c.b.1);
    let backing = |value: &str| {
        let others = also_giving(context, c, value);
        if others.is_empty() {
            "no other printed source gives it".to_string()
        } else {
            format!("also {}", others.join(", "))
        }
    };
    Some(Draft {
        kind: QuestionKind::Extended,
        level: Level::Evaluation,
        stem: format!(
            "Compare the figures two sources give ({x} or {y}). [[{pa}]]: \u{201C}{a}\u{201D} [[{pb}]]: \u{201C}{b}\u{201D} How far do the sources as a whole support each figure? Using evidence from at least two sources, explain which figure is more likely to be right."
        ),
        options: Vec::new(),
        answer: format!(
            "At most one figure is right: {x} ([[{pa}]]; {}) or {y} ([[{pb}]]; {}). Reward an answer that weighs the sources, not one that only picks a figure.",
            backing(x),
            backing(y)
        ),
        items: Vec::new(),
        solution: Vec::new(),
        marking_guide: vec![
            format!("Finds which sources give {x} and which give {y} (up to 2 marks)"),
            "Sees that both cannot be right (1 mark)".into(),
            "Weighs which to trust: how many sources give each figure, what kind of source each is and when it was written, and words of doubt such as \u{201C}about\u{201D} (up to 2 marks)".into(),
            "Reaches a conclusion that follows from the evidence (1 mark)".into(),
        ],
        points: FIGURES_MARKS,
        quotes: vec![
            Quote {
                passage: pa.clone(),
                text: a.clone(),
            },
            Quote {
                passage: pb.clone(),
                text: b.clone(),
            },
        ],
        answer_lines: 10,
        fact: None,
        score: 10.0,
        answer_kind: None,
    })
}

/// The task: the figures two sources give differently when a question can
/// ask for them, else what the sources tell of the theme.
pub fn write(context: &Context) -> Option<Draft> {
    figures_task(context).or_else(|| topic_task(context))
}

fn topic_task(context: &Context) -> Option<Draft> {
    let (about, person) = subject(context)?;
    let about_lower = about.to_lowercase();
    let task = format!("explain what they tell us about {about}");
    let whole = context.material.theme.slug == crate::themes::WHOLE;
    // A part of the sources named by a common word ("the gunports",
    // "crowds") is too narrow a topic for an extended answer; a name ("the
    // Testament") or people are not.
    if !whole && !person && about == about_lower {
        return None;
    }
    let about_stems: Vec<String> = content_stems(&about);
    // A point is a statement, not speech, on the theme (or, for a person,
    // about them), and no claim of a source that speaks as "I" alone.
    let relevant = |s: &super::Statement, must_name: bool| {
        s.text.split_whitespace().count() >= MIN_WORDS
            && !context.personal_files.contains(s.passage.source.file.as_str())
            && !is_speech(&s.analysis)
            // One source contradicts another here: no mark for either.
            && !context.disputed(s)
            && !context.doubtful_numbers(s.text)
            // ("Think about it: why did ...?" asks; it tells nothing; nor
            // do notes, "current = flow of charge".)
            && !s.text.trim_end().ends_with('?')
            && !written_as_notes(s.text)
            && !unfit_point(s)
            // "He turned back": a point must say who, not lean on the
            // sentence before.
            && !s.analysis.text.split_whitespace().next().is_some_and(leans_back)
            && if person {
                // About "the woman": she is the subject, or named as such
                // ("the troll-woman" is someone else).
                let subject = subject_person(&s.analysis, &context.kinds);
                subject.is_some_and(|(p, _)| p.to_lowercase() == about_lower)
                    || names(&s.analysis.text.to_lowercase(), &about_lower)
            } else {
                // About a subject: the sentence names it ("the lungs", not
                // only the theme's other words), when enough do.
                // (A theme with no keywords, sources too few to find any,
                // leaves naming it to tell.)
                (s.on_theme > 0 || context.material.theme.keywords.is_empty())
                    && (!must_name || {
                        let said: HashSet<String> =
                            content_stems(&s.analysis.text).into_iter().collect();
                        about_stems.iter().any(|w| said.contains(w))
                    })
            }
    };
    // A task about a subject credits only sentences that name it: with
    // fewer than three, points about the theme's other words would be
    // marked for a task they do not answer ("lymphocytes" credited for
    // what phagocytes do), and a theme of some sources sets no task (all
    // of them are about their title, named or not).
    let naming_enough = context
        .statements
        .iter()
        .filter(|s| relevant(s, true))
        .count()
        >= MIN_POINTS;
    if !naming_enough && !person && !whole {
        return None;
    }
    let mut points: Vec<(usize, usize, &str, &str)> = context
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| relevant(s, naming_enough))
        // (Nor what someone thinks.)
        .filter(|(order, _)| !context.someones_view[*order])
        .map(|(order, s)| {
            (
                s.support() * 10 + s.on_theme,
                order,
                s.passage.id.as_str(),
                s.text,
            )
        })
        .collect();
    // Best supported and most on-theme first (what several sources say is
    // what a teacher looks for); corpus order breaks ties.
    points.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // One point per source first, then more from sources already used; a
    // point that repeats an earlier one in other words is not a new point.
    let stems = |text: &str| -> HashSet<String> { content_stems(text).into_iter().collect() };
    // ("On April 14, 1935, known as Black Sunday, ..." after "The worst
    // storm came on April 14, 1935": one day, one point.)
    let full_dates = |text: &str| -> HashSet<String> {
        analyse(text)
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityKind::Date && e.text.split_whitespace().count() >= 3)
            .map(|e| e.text)
            .collect()
    };
    let repeats = |quotes: &[Quote], sentence: &str| {
        let mine = stems(sentence);
        let my_dates = full_dates(sentence);
        quotes.iter().any(|q| {
            let theirs = stems(&q.text);
            let both = mine.intersection(&theirs).count() as f32;
            both / mine.union(&theirs).count().max(1) as f32 >= REPEAT
                || !my_dates.is_disjoint(&full_dates(&q.text))
        })
    };
    let mut quotes: Vec<Quote> = Vec::new();
    for round in 0..2 {
        for &(_, _, passage, sentence) in &points {
            let used = quotes.iter().any(|q| q.passage == passage);
            let taken = quotes.iter().any(|q| q.text == sentence) || repeats(&quotes, sentence);
            if quotes.len() < MAX_POINTS && !taken && (round == 1 || !used) {
                quotes.push(Quote {
                    passage: passage.to_string(),
                    text: sentence.to_string(),
                });
            }
        }
    }
    // Fewer than three points make no extended answer (and say the
    // sources have too little on the topic for one).
    let sources: HashSet<&str> = quotes.iter().map(|q| q.passage.as_str()).collect();
    if sources.len() < 2 || quotes.len() < MIN_POINTS {
        return None;
    }
    // The guide in reading order.
    let place = |q: &Quote| points.iter().find(|p| p.3 == q.text).map(|p| p.1);
    quotes.sort_by_key(place);
    Some(Draft {
        kind: QuestionKind::Extended,
        level: Level::Evaluation,
        stem: format!(
            "Using at least two of the sources, {task}. Refer to each source by its letter."
        ),
        options: Vec::new(),
        answer: format!(
            "Award one mark for each relevant point made with a source reference (up to {}): the points below, or any other the sources support. Up to {COMPARISON_MARKS} more for connecting evidence from different sources: showing where they agree (the sources listed with a point) or differ.",
            quotes.len()
        ),
        items: Vec::new(),
        solution: Vec::new(),
        // Each point as the statement reads with its people named ("Lenin
        // recommended ...", where the source wrote "He recommended ..."),
        // then where the sources disagree, for the connecting marks.
        marking_guide: quotes
            .iter()
            .map(|q| {
                let statement = context.statements.iter().find(|s| s.text == q.text);
                let point = statement.map_or(q.text.as_str(), |s| s.analysis.text.as_str());
                // (Every printed source that says it.)
                let mut said_by: Vec<String> = vec![q.passage.clone()];
                for at in statement.iter().flat_map(|s| &s.fact.sentences) {
                    let printed = context.material.passages.iter().any(|p| p.id == at.passage);
                    if printed && !said_by.contains(&at.passage) {
                        said_by.push(at.passage.clone());
                    }
                }
                let sources: Vec<String> = said_by.iter().map(|p| format!("[[{p}]]")).collect();
                format!("{point} ({})", sources.join(", "))
            })
            .chain(disagreement(context))
            .collect(),
        points: quotes.len() as u32 + COMPARISON_MARKS,
        quotes,
        answer_lines: 10,
        fact: None,
        score: 10.0,
        answer_kind: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_sets_no_task_and_a_dated_account_does() {
        let story = [
            "Maren Dahl mended the nets with her grandmother every morning.",
            "Maren Dahl heard the cracked bell ring across the harbour.",
            "Maren Dahl ran to the smokehouse and called the boats home.",
            "Maren Dahl walked with old Anders Vik to the end of the jetty.",
        ];
        let pack = |texts: &[&str]| {
            let texts: Vec<(&str, &str)> = texts.iter().map(|t| ("tale.txt", *t)).collect();
            crate::questions::tests::with_material(&texts, |material, _| {
                write(&Context::new(material, 1)).map(|d| d.stem)
            })
        };
        assert_eq!(pack(&story), None);
        let history = story.map(|s| s.replace("every morning", "in 1901"));
        let history: Vec<&str> = history.iter().map(String::as_str).collect();
        assert!(pack(&history).is_some());
    }

    #[test]
    fn two_figures_for_one_thing_are_weighed_by_the_task_and_asked_once() {
        let texts = crate::questions::tests::DEPOT_PARTY;
        crate::questions::tests::with_material(&texts, |material, _| {
            let context = Context::new(material, 1);
            let task = write(&context).expect("a task");
            assert!(
                task.stem
                    .starts_with("Compare the figures two sources give (nine or 7). [[p1]]: "),
                "{}",
                task.stem
            );
            assert!(
                task.answer.starts_with(
                    "At most one figure is right: nine ([[p1]]; also [[p3]]) or 7 ([[p2]]; no other printed source gives it)."
                ),
                "{}",
                task.answer
            );
            assert_eq!(task.points, FIGURES_MARKS);
            // (The comparison question leaves these two to the task.)
            let compared = crate::questions::sourcing::write(&context);
            assert!(
                compared.iter().all(|d| !d.stem.starts_with("Compare")),
                "{:?}",
                compared.iter().map(|d| &d.stem).collect::<Vec<_>>()
            );
        });
    }

    #[test]
    fn notes_orders_and_reports_of_the_day_make_no_point() {
        let texts = [
            "The strength of an electromagnet can be increased by:",
            "BUT Italy invaded again in 1935!!",
            "Mahatma Gandhi this morning left the ashram with his followers.",
            "Link to real life: This is like treating a wasp sting.",
            "NO sound in a vacuum. \u{2610} Speed: solids > liquids > gases.",
            "Gandhi left the ashram on 12 March 1930 with 78 followers.",
        ];
        let texts: Vec<(&str, &str)> = texts.iter().map(|t| ("notes.txt", *t)).collect();
        let unfit: Vec<bool> = crate::questions::tests::with_material(&texts, |material, _| {
            let context = Context::new(material, 1);
            context.statements.iter().map(unfit_point).collect()
        });
        assert_eq!(unfit, [true, true, true, true, true, false]);
    }

    #[test]
    fn a_title_s_closing_bracket_is_no_part_of_the_topic() {
        assert_eq!(
            super::without_bracket("Great Fire of London (1666)"),
            "Great Fire of London"
        );
        assert_eq!(super::without_bracket("(1666)"), "(1666)");
        assert_eq!(super::without_bracket("Pompeii"), "Pompeii");
    }

    #[test]
    fn a_person_noun_topic_is_plural_and_a_name_is_a_whole_word() {
        assert_eq!(plural("scholar"), "scholars");
        assert_eq!(plural("witch"), "witches");
        assert_eq!(plural("fisherman"), "fishermen");
        assert_eq!(plural("lady"), "ladies");
        assert!(names("and the woman wept", "the woman"));
        assert!(!names("the troll-woman wept", "the woman"));
        assert!(!names("the womanly voice", "the woman"));
    }
}
