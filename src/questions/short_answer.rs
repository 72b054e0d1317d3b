//! Short-answer questions: who, whom, what, when, where, why and how many,
//! made by moving one part of a source sentence (see `clause`); and "What
//! is the name for ...?" for a term a sentence defines ("Weight is the
//! force of gravity acting on a mass").
//!
//! In: the statements of the theme. Out: one candidate per question a
//! sentence gives, scored higher for well-supported, on-theme facts with
//! short answers.

use super::clause::action;
use super::clause::{Ask, asks};
use super::{Context, Draft, Statement};
use crate::model::{Level, QuestionKind};
use crate::text::analysis::{EntityKind, analyse, person_noun};
use crate::text::tagger::Tag;
use crate::text::{content_stems, stem, tokens};

/// The words a question's answer may have before it counts as long.
const SHORT_ANSWER_WORDS: usize = 5;

/// How good a question from this statement with this answer is likely to be.
/// A "who" whose answer is one of the corpus's two most named people is
/// easy to guess, and ranks lower.
pub fn score(statement: &Statement, ask: &Ask, context: &Context) -> f32 {
    let obvious = ask.wh == "who"
        && context
            .kinds
            .names_of(crate::text::analysis::EntityKind::Person)
            .iter()
            .take(2)
            .any(|(name, _)| name.eq_ignore_ascii_case(&ask.answer));
    let answer_words = ask.answer.split_whitespace().count();
    let stem_words = ask.question.split_whitespace().count();
    1.0 + 0.5 * (statement.support() as f32 - 1.0)
        + 0.3 * statement.on_theme.min(3) as f32
        + if answer_words <= SHORT_ANSWER_WORDS {
            0.5
        } else {
            0.0
        }
        + match ask.wh {
            "when" | "where" | "how many" | "why" => 0.4,
            "whom" => 0.2,
            _ => 0.0,
        }
        - if stem_words > 28 { 0.6 } else { 0.0 }
        - if obvious { 0.8 } else { 0.0 }
}

/// Whether a question does not say what it is about: it names no one and
/// nothing of the statement's names, the theme or its characters ("When
/// had work started?", "Where did the last natural case occur in 1977?").
fn unanchored(context: &Context, statement: &Statement, ask: &Ask) -> bool {
    let question = ask.question.to_lowercase();
    let theme = &context.material.theme;
    // (The whole corpus's keywords are only its commonest words: "work".)
    let whole = theme.slug == crate::themes::WHOLE;
    let theme_stems: Vec<String> = theme
        .keywords
        .iter()
        .filter(|_| !whole)
        .map(String::as_str)
        .chain(tokens(&theme.label).iter().map(|t| t.text))
        .map(stem)
        .collect();
    let named = statement.analysis.entities.iter().any(|e| {
        !matches!(context.kinds.kind(e), EntityKind::Date | EntityKind::Number)
            && question.contains(&e.text.to_lowercase())
    });
    let about = analyse(&ask.question).words.iter().any(|w| {
        w.tag == Tag::Propn
            || (matches!(w.tag, Tag::Noun | Tag::Adj) && theme_stems.contains(&stem(&w.text)))
            || person_noun(&w.lemma.to_lowercase()).is_some()
    });
    !named && !about
}

/// Whether the question could be answered by something else than its
/// statement, or asks with the wrong word: it says too little to tell
/// which thing it means (`unanchored`); it asks "who" for a name no one is
/// sure is a person's ("Who is an antibiotic ...?" — "Penicillin"); or,
/// for who/what, another sentence says the same thing (every content word
/// of the question), or does the same action to the same thing ("went ...
/// to the forest"), of someone else.
pub fn doubtful(context: &Context, statement: &Statement, ask: &Ask) -> bool {
    let named = ask.answer.starts_with(char::is_uppercase);
    if unanchored(context, statement, ask)
        || (ask.wh == "who" && named && !context.surely_person(&ask.answer))
    {
        return true;
    }
    if !matches!(ask.wh, "who" | "what") {
        return false;
    }
    let wanted: Vec<String> = content_stems(&ask.question);
    let (verbs, nouns) = action(&analyse(&ask.question));
    context.statements.iter().any(|other| {
        // The sentence itself, whole or clause by clause, is the answer's source.
        if std::ptr::eq(other.text, statement.text) {
            return false;
        }
        let have = content_stems(&other.analysis.text);
        let says_it = wanted.len() >= 2 && wanted.iter().all(|w| have.contains(w));
        let (their_verbs, their_nouns) = action(&other.analysis);
        let shared_nouns = nouns.iter().filter(|n| their_nouns.contains(n)).count();
        let does_it = (verbs.iter().any(|v| their_verbs.contains(v))
            && (nouns.is_empty() || shared_nouns > 0))
            || shared_nouns >= 2;
        says_it || does_it
    })
}

/// "What is the name for the force of gravity acting on a mass?" —
/// "Weight": a term a sentence defines, asked from its meaning.
fn named_terms(context: &Context) -> Vec<Draft> {
    // (One question a term: the best-supported of its definitions.)
    // ("Carbon dioxide is a greenhouse gas" says what kind it is, not
    // which: a meaning of three words or fewer may fit other terms.)
    const MIN_MEANING_WORDS: usize = 4;
    let mut definitions: Vec<&super::matching::Definition> = context
        .definitions
        .iter()
        // ("The rabbit is a herbivore, a primary consumer": two kinds it
        // is, not what the word means.)
        .filter(|d| {
            d.in_a_sentence
                && d.meaning.split_whitespace().count() >= MIN_MEANING_WORDS
                && ![", a ", ", an ", ", the "]
                    .iter()
                    .any(|kind| d.meaning.contains(kind))
        })
        .collect();
    definitions.sort_by_key(|d| std::cmp::Reverse(d.support));
    let mut asked = std::collections::HashSet::new();
    definitions.retain(|d| asked.insert(d.term.to_lowercase()));
    definitions
        .into_iter()
        .map(|d| Draft {
            kind: QuestionKind::ShortAnswer,
            level: Level::Recall,
            stem: format!("What is the name for {}?", d.meaning),
            options: Vec::new(),
            items: Vec::new(),
            solution: Vec::new(),
            answer: super::matching::capital(&d.term),
            marking_guide: Vec::new(),
            quotes: vec![d.quote.clone()],
            points: 1,
            answer_lines: 1,
            fact: d.fact.clone(),
            score: d.support as f32,
            answer_kind: None,
        })
        .collect()
}

pub fn write(context: &Context) -> Vec<Draft> {
    let mut out = named_terms(context);
    for statement in context.clear_statements() {
        for ask in asks(&statement.analysis, &context.kinds) {
            if doubtful(context, statement, &ask) {
                continue;
            }
            let answer_words = ask.answer.split_whitespace().count();
            let why = ask.wh == "why";
            out.push(Draft {
                level: if why { Level::Inference } else { Level::Recall },
                points: if why { 2 } else { 1 },
                answer_lines: 1 + answer_words / 8,
                ..statement.recall(
                    QuestionKind::ShortAnswer,
                    ask.question.clone(),
                    ask.answer.clone(),
                    Vec::new(),
                    score(statement, &ask, context),
                )
            });
        }
    }
    out
}
