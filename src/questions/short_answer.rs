//! Short-answer questions: who, whom, what, when, where, why and how many,
//! made by moving one part of a source sentence (see `clause`).
//!
//! In: the statements of the theme. Out: one candidate per question a
//! sentence gives, scored higher for well-supported, on-theme facts with
//! short answers.

use super::clause::action;
use super::clause::{Ask, asks};
use super::{Context, Draft, Statement};
use crate::model::{Level, QuestionKind};
use crate::text::analysis::analyse;
use crate::text::content_stems;

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

/// Whether another sentence could answer a who/what question as well: it
/// says the same thing (every content word of the question), or does the
/// same action to the same thing ("went ... to the forest"), of someone else.
pub fn ambiguous(context: &Context, statement: &Statement, ask: &Ask) -> bool {
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

pub fn write(context: &Context) -> Vec<Draft> {
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        for ask in asks(&statement.analysis, &context.kinds) {
            if ambiguous(context, statement, &ask) {
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
