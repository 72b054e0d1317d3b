//! Ranking and choosing: the best candidates, in the mix of kinds a
//! worksheet needs, never testing one fact twice and never letting one
//! question give away another's answer.
//!
//! In: checked candidates and what the teacher asked for. Out: the chosen
//! drafts (in print order: by kind, then by where their evidence stands) and
//! the candidates left out, with why.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{Hash, Hasher};

use super::checks::Rejection;
use super::clause::subject_verb;
use super::sourcing::{FACT_OR_OPINION, FIND_TWO};
use super::{Draft, Quote, Wanted};
use crate::model::QuestionKind;
use crate::text::analysis::{EntityKind, MONTHS, analyse, is_year};
use crate::text::content_stems;
use crate::text::words::number_word;

/// The share of the questions (besides the one extended response) each kind
/// aims for: recall questions about half, sourcing a fifth.
fn share(kind: QuestionKind) -> f32 {
    match kind {
        QuestionKind::MultipleChoice => 0.22,
        QuestionKind::TrueFalse => 0.18,
        QuestionKind::GapFill => 0.2,
        QuestionKind::ShortAnswer => 0.22,
        QuestionKind::Sourcing => 0.18,
        QuestionKind::Matching
        | QuestionKind::Sequence
        | QuestionKind::Vocabulary
        | QuestionKind::Extended => 0.0,
    }
}

/// Two source sentences sharing this much of their distinctive words
/// (Jaccard) state the same fact for the purpose of testing it once.
const SAME_FACT: f32 = 0.3;
/// A word in more than this share of the candidates' sentences says
/// nothing about which fact a sentence states.
const GENERIC_SHARE: f32 = 0.3;
/// A word bank needs at least this many gaps to be worth printing.
const MIN_GAPS: usize = 3;

/// Whether questions of these kinds may not be made from one sentence. A
/// sourcing question may quote a sentence a true/false statement was made
/// from (neither prints an answer the other asks for); the extended
/// response and the vocabulary table (which asks for a word's meaning, not
/// a fact) may use any.
fn clash(a: QuestionKind, b: QuestionKind) -> bool {
    let quoting = |k| matches!(k, QuestionKind::Sourcing | QuestionKind::TrueFalse);
    let apart = |k| matches!(k, QuestionKind::Extended | QuestionKind::Vocabulary);
    let both_quote = quoting(a) && quoting(b) && a != b;
    !(apart(a) || apart(b) || both_quote)
}

/// Kinds a worksheet has one question of at most (unless the teacher's mix
/// says otherwise).
fn single(kind: QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::Matching
            | QuestionKind::Sequence
            | QuestionKind::Vocabulary
            | QuestionKind::Extended
    )
}

/// Whether a kind's answer is a short text another question could print.
fn recall(kind: QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::MultipleChoice | QuestionKind::ShortAnswer | QuestionKind::GapFill
    )
}

/// Whether a (lower-case) text prints an answer: words of three letters or
/// more anywhere in it, a short number ("87") as a number of its own.
fn prints(text: &str, answer: &str) -> bool {
    let answer = answer.trim_start_matches("the ");
    let number = !answer.is_empty() && answer.bytes().all(|b| b.is_ascii_digit() || b == b',');
    if number {
        crate::text::tagger::tagging_tokens(text)
            .iter()
            .any(|t| t.text == answer)
    } else {
        answer.len() >= 3 && text.contains(answer)
    }
}

/// What a question prints and what it asks for, as (text, answer, whether
/// the answer is a short text another question could print): a matching
/// table is a row per pair, the name its answer.
fn rows(draft: &Draft) -> Vec<(String, String, bool)> {
    match draft.kind {
        QuestionKind::Matching | QuestionKind::Vocabulary => draft
            .items
            .iter()
            .zip(&draft.solution)
            .map(|(item, &option)| {
                let description = draft.options.get(option).map_or("", String::as_str);
                (format!("{item} {description}"), item.clone(), true)
            })
            .collect(),
        _ => vec![(draft.stem.clone(), draft.answer.clone(), recall(draft.kind))],
    }
}

/// Whether every word of one answer is a word of the other ("1796" and
/// "May 1796"), so that in one word bank either fits either gap.
fn one_within_other(a: &str, b: &str) -> bool {
    // ("August 15, 1914" is "15 August 1914".)
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w))
}

/// The worksheet as it is being filled, and what it already tests.
struct Worksheet<'a> {
    wanted: &'a Wanted,
    chosen: Vec<Draft>,
    /// Per chosen draft: the distinctive stems of its source sentences.
    facts: Vec<HashSet<String>>,
    generic: HashSet<String>,
    quota: HashMap<QuestionKind, usize>,
    most_of_one_kind: usize,
}

impl Worksheet<'_> {
    fn of_kind(&self, kind: QuestionKind) -> usize {
        self.chosen.iter().filter(|c| c.kind == kind).count()
    }

    fn stems_of(&self, draft: &Draft) -> HashSet<String> {
        draft
            .quotes
            .iter()
            .flat_map(|q| content_stems(&q.text))
            .filter(|s| !self.generic.contains(s))
            .collect()
    }

    /// Why a draft cannot join the worksheet, if it cannot.
    fn conflict(&self, draft: &Draft) -> Option<&'static str> {
        let answer = draft.answer.to_lowercase();
        if self.chosen.iter().any(|c| c.stem == draft.stem) {
            return Some("the same question is already on the worksheet");
        }
        let shares_sentence = draft.quotes.iter().any(|q| self.used(draft.kind, q));
        // "Find two sources that both say that Aldrin was the pilot"
        // answers "True or false: Aldrin was (not) the pilot".
        let restates = |a: &Draft, b: &Draft| {
            let says = |text: &str| {
                b.stem
                    .to_lowercase()
                    .contains(text.trim_end_matches('.').to_lowercase().as_str())
            };
            a.kind == QuestionKind::TrueFalse
                && b.kind == QuestionKind::Sourcing
                && (says(&a.stem) || a.quotes.iter().any(|q| says(&q.text)))
        };
        if self
            .chosen
            .iter()
            .any(|c| restates(draft, c) || restates(c, draft))
        {
            return Some("it would give away another question's answer, or the other way round");
        }
        if shares_sentence {
            return Some("another question is already made from this sentence");
        }
        // One fact-or-opinion question is enough.
        let judging = |c: &Draft| c.stem.starts_with(FACT_OR_OPINION);
        if judging(draft) && self.chosen.iter().any(judging) {
            return Some("another fact-or-opinion question is already on the worksheet");
        }
        // And one question on two sources that agree.
        let agreeing = |c: &Draft| c.stem.starts_with(FIND_TWO);
        if agreeing(draft) && self.chosen.iter().any(agreeing) {
            return Some("another question on two sources that agree is already on the worksheet");
        }
        if matches!(draft.kind, QuestionKind::Sourcing | QuestionKind::Extended) {
            return None;
        }
        let mine = self.stems_of(draft);
        // The same fact may be tested again, but not the same way.
        // (A gap filled in would tell whether a statement is true: the
        // one-fact kinds count as one way.)
        let one_fact = |k| recall(k) || k == QuestionKind::TrueFalse;
        let same_fact = self.chosen.iter().zip(&self.facts).any(|(c, theirs)| {
            (c.kind == draft.kind || (one_fact(c.kind) && one_fact(draft.kind))) && {
                let both = mine.intersection(theirs).count() as f32;
                let either = mine.union(theirs).count().max(1) as f32;
                both / either >= SAME_FACT
            }
        });
        // Two statements to judge (as printed, pronouns resolved) about one
        // person doing one thing ("Lenin recommended ...", "Lenin
        // recommended to the Central Committee ...") test one fact twice.
        let frame = |d: &Draft| subject_verb(&analyse(&d.stem));
        let same_statement = draft.kind == QuestionKind::TrueFalse
            && frame(draft).is_some_and(|mine| {
                self.chosen
                    .iter()
                    .filter(|c| c.kind == QuestionKind::TrueFalse)
                    .any(|c| frame(c).as_ref() == Some(&mine))
            });
        if same_fact || same_statement {
            return Some("another question already tests this fact");
        }
        // One question prints another's answer. A name the whole theme is
        // about ("Lenin") gives nothing away, unless the other question says
        // what it did (the two share a distinctive word besides the name).
        let central = |answer: &str| {
            let words = content_stems(answer);
            !words.is_empty() && words.iter().all(|w| self.generic.contains(w))
        };
        let distinctive = |text: &str| -> HashSet<String> {
            content_stems(text)
                .into_iter()
                .filter(|w| !self.generic.contains(w))
                .collect()
        };
        let gives_away = rows(draft).iter().any(|(my_stem, my_answer, mine_recall)| {
            let my_words = distinctive(my_stem);
            let stem = my_stem.to_lowercase();
            let answer = my_answer.to_lowercase();
            self.chosen
                .iter()
                .flat_map(rows)
                .any(|(c_stem, c_answer, c_recall)| {
                    let related = !my_words.is_disjoint(&distinctive(&c_stem));
                    let their_answer = c_answer.to_lowercase();
                    let prints_theirs = c_recall
                        && prints(&stem, &their_answer)
                        && (related || !central(&their_answer));
                    let prints_mine = *mine_recall
                        && prints(&c_stem.to_lowercase(), &answer)
                        && (related || !central(&answer));
                    prints_theirs || prints_mine
                })
        });
        if gives_away {
            return Some("it would give away another question's answer, or the other way round");
        }
        // ("pathogen" and "pathogens" are one answer.)
        let stems = |text: &str| -> Vec<String> {
            crate::text::tokens(text)
                .iter()
                .map(|t| crate::text::stem(t.text))
                .collect()
        };
        let mine = stems(&answer);
        let same_answers = self
            .chosen
            .iter()
            .filter(|c| c.kind == draft.kind && stems(&c.answer.to_lowercase()) == mine)
            .count();
        let answer_limit = match draft.kind {
            QuestionKind::GapFill => 1,
            QuestionKind::MultipleChoice | QuestionKind::ShortAnswer => 2,
            _ => usize::MAX,
        };
        if same_answers >= answer_limit {
            return Some("other questions already have this answer");
        }
        // Two gaps whose numbers are near ("13,000" and "13,200" houses)
        // could each take the other's.
        let value = |d: &Draft| d.answer.replace(',', "").parse::<f64>().ok();
        let near = draft.kind == QuestionKind::GapFill
            && value(draft).is_some_and(|mine| {
                self.chosen
                    .iter()
                    .filter(|c| c.kind == QuestionKind::GapFill)
                    .filter_map(value)
                    .any(|theirs| (mine - theirs).abs() <= 0.1 * mine.abs().max(theirs.abs()))
            });
        if near {
            return Some("another gap's number is too near this one's");
        }
        // "When was Mary born?" — 1799, and "where she was born in
        // __________" — 1799: one date asked twice, whatever the kinds.
        // (A false statement asks for the number its correction restores:
        // "born in 1797" — False, 1799.)
        let asked_numbers = |d: &Draft| -> Vec<String> {
            if recall(d.kind) && numeric(&d.answer) {
                vec![d.answer.clone()]
            } else if d.kind == QuestionKind::TrueFalse && d.answer.starts_with("False") {
                let shown: Vec<&str> = d.stem.split_whitespace().collect();
                d.answer
                    .split(|c: char| c.is_whitespace() || c == '\u{201D}')
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .filter(|w| numeric(w) && !shown.iter().any(|s| s.contains(w)))
                    .map(str::to_string)
                    .collect()
            } else {
                Vec::new()
            }
        };
        let mine = asked_numbers(draft);
        let same_date = !mine.is_empty()
            && self.chosen.iter().any(|c| {
                asked_numbers(c)
                    .iter()
                    .any(|theirs| mine.iter().any(|m| one_within_other(m, theirs)))
            });
        // "Venus is about 380 °C" — False, 465 °C — beside "Why is Venus
        // about 465 °C?": the correction a false statement asks for is
        // printed in another question (or the other way round).
        let restored = |d: &Draft| -> Vec<String> {
            if d.kind == QuestionKind::TrueFalse {
                asked_numbers(d)
            } else {
                Vec::new()
            }
        };
        let printed_in = |numbers: &[String], stem: &str| {
            let shown: Vec<&str> = stem
                .split(|c: char| c.is_whitespace() || c == '\u{201C}' || c == '\u{201D}')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            numbers.iter().any(|n| shown.contains(&n.as_str()))
        };
        let correction_shown = self.chosen.iter().any(|c| {
            printed_in(&restored(draft), &c.stem) || printed_in(&restored(c), &draft.stem)
        });
        if same_date || correction_shown {
            return Some("another question already asks for this date or number");
        }
        // "1796" and "May 1796" in one word bank: either fits either gap.
        let overlapping = draft.kind == QuestionKind::GapFill
            && self
                .chosen
                .iter()
                .filter(|c| c.kind == QuestionKind::GapFill)
                .any(|c| one_within_other(&c.answer, &draft.answer));
        if overlapping {
            return Some("another gap's answer contains this one's, or the other way round");
        }
        // One false statement made with "not" at most: more, and students
        // learn that "did not" means false.
        let negated = |c: &Draft| {
            c.kind == QuestionKind::TrueFalse
                && c.answer != "True"
                && c.stem.split_whitespace().any(|w| w == "not")
        };
        if negated(draft) && self.chosen.iter().any(negated) {
            return Some("another false statement is already made with \u{201C}not\u{201D}");
        }
        // True statements no more than false ones (one at least): a true
        // one is a source's sentence as written, so many of them test
        // spotting a sentence, not understanding it.
        let is_true = |c: &Draft| c.kind == QuestionKind::TrueFalse && c.answer == "True";
        let trues = self.chosen.iter().filter(|c| is_true(c)).count();
        let falses = self
            .chosen
            .iter()
            .filter(|c| c.kind == QuestionKind::TrueFalse && !is_true(c))
            .count();
        if is_true(draft) && trues >= falses.max(1) {
            return Some("true statements already match the false ones");
        }
        None
    }

    /// Whether a question this draft may not share a sentence with is
    /// already made from the quote's sentence.
    fn used(&self, kind: QuestionKind, quote: &Quote) -> bool {
        self.chosen
            .iter()
            .filter(|c| clash(c.kind, kind))
            .any(|c| c.quotes.iter().any(|q| q.text == quote.text))
    }

    /// A table without the rows made from sentences other questions use,
    /// when enough are left; any other draft as it is.
    fn fitted(&self, draft: Draft) -> Draft {
        draft
            .without_rows(|q| self.used(draft.kind, q))
            .unwrap_or(draft)
    }

    fn has_room(&self, draft: &Draft, filling: bool) -> bool {
        let of_kind = self.of_kind(draft.kind);
        let by_quota = self.quota.get(&draft.kind).is_some_and(|&q| of_kind < q);
        let by_fill = filling && !single(draft.kind) && of_kind < self.most_of_one_kind;
        self.chosen.len() < self.wanted.questions && (by_quota || by_fill)
    }

    fn add(&mut self, draft: Draft) {
        self.facts.push(self.stems_of(&draft));
        self.chosen.push(draft);
    }
}

/// The left-over candidates taken a kind at a time, the kinds with fewest
/// questions chosen first, so that filling up keeps the mix.
fn interleave(left: Vec<Draft>, sheet: &Worksheet) -> Vec<Draft> {
    let mut queues: Vec<(usize, QuestionKind, VecDeque<Draft>)> = QuestionKind::ALL
        .into_iter()
        .map(|k| (sheet.of_kind(k), k, VecDeque::new()))
        .collect();
    for draft in left {
        if let Some(slot) = queues.iter_mut().find(|(_, k, _)| *k == draft.kind) {
            slot.2.push_back(draft);
        }
    }
    queues.sort_by_key(|(count, kind, _)| (*count, *kind));
    let mut out = Vec::new();
    while queues.iter().any(|(_, _, queue)| !queue.is_empty()) {
        for (_, _, queue) in &mut queues {
            out.extend(queue.pop_front());
        }
    }
    out
}

/// Words used by more than `GENERIC_SHARE` of the candidates' sentences.
fn generic_stems(candidates: &[Draft]) -> HashSet<String> {
    let sentences: HashSet<&str> = candidates
        .iter()
        .flat_map(|d| d.quotes.iter().map(|q| q.text.as_str()))
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for sentence in &sentences {
        let stems: HashSet<String> = content_stems(sentence).into_iter().collect();
        for s in stems {
            *counts.entry(s).or_default() += 1;
        }
    }
    let limit = (sentences.len() as f32 * GENERIC_SHARE).max(2.0);
    counts
        .into_iter()
        .filter(|(_, n)| *n as f32 > limit)
        .map(|(s, _)| s)
        .collect()
}

/// Fills a worksheet best first; when that leaves it short, tries taking
/// the tables first (a matching table's rows give away the "Who ...?"
/// questions on the same facts), and leaving out each question first
/// chosen in turn (one chosen early may block several: a gap for "Stalin"
/// gives away every "Who ...?" that Stalin answers). Keeps the sheet with
/// the most kinds of question (a teacher wants the mix), then the most
/// marks, then the most questions.
fn fill(candidates: Vec<Draft>, wanted: &Wanted) -> (Vec<Draft>, Vec<Rejection>) {
    let mut best = fill_best_first(candidates.clone(), wanted, false);
    if best.0.len() >= wanted.questions {
        return best;
    }
    // (Fewer gaps than a word bank needs will be left out: they count
    // for nothing.)
    let worth = |sheet: &[Draft]| {
        let gaps = sheet
            .iter()
            .filter(|d| d.kind == QuestionKind::GapFill)
            .count();
        let counted: Vec<&Draft> = sheet
            .iter()
            .filter(|d| d.kind != QuestionKind::GapFill || gaps >= MIN_GAPS)
            .collect();
        let kinds: HashSet<QuestionKind> = counted.iter().map(|d| d.kind).collect();
        let marks: u32 = counted.iter().map(|d| d.points).sum();
        (kinds.len(), marks, counted.len())
    };
    let tables_first = fill_best_first(candidates.clone(), wanted, true);
    if worth(&tables_first.0) > worth(&best.0) {
        best = tables_first;
    }
    let first_choice: Vec<(QuestionKind, String)> =
        best.0.iter().map(|d| (d.kind, d.stem.clone())).collect();
    for (kind, stem) in first_choice {
        let others = candidates
            .iter()
            .filter(|d| !(d.kind == kind && d.stem == stem))
            .cloned()
            .collect();
        let (chosen, mut rejected) = fill_best_first(others, wanted, false);
        if worth(&chosen) > worth(&best.0) {
            rejected.push(Rejection {
                kind,
                stem,
                reason: "left out so that more questions fit".into(),
            });
            best = (chosen, rejected);
        }
    }
    best
}

/// Takes the candidates best first (the tables before the rest, if
/// `tables_first`), each if it fits with those taken.
fn fill_best_first(
    candidates: Vec<Draft>,
    wanted: &Wanted,
    tables_first: bool,
) -> (Vec<Draft>, Vec<Rejection>) {
    let generic = generic_stems(&candidates);
    // Best first; a seeded order among equals, by the question itself
    // (so that another candidate more or less does not reorder the rest).
    let tie_break = |d: &Draft| {
        let mut hasher = rustc_hash::FxHasher::default();
        (wanted.seed, d.kind, &d.stem, &d.answer).hash(&mut hasher);
        hasher.finish()
    };
    let mut keyed: Vec<(f32, u64, Draft)> = candidates
        .into_iter()
        .map(|d| (d.score, tie_break(&d), d))
        .collect();
    let table = |d: &Draft| {
        tables_first
            && matches!(
                d.kind,
                QuestionKind::Matching | QuestionKind::Sequence | QuestionKind::Vocabulary
            )
    };
    keyed.sort_by(|a, b| {
        table(&b.2)
            .cmp(&table(&a.2))
            .then(b.0.total_cmp(&a.0))
            .then(a.1.cmp(&b.1))
    });

    let allowed = |k: QuestionKind| wanted.kinds.is_empty() || wanted.kinds.contains(&k);
    let quota: HashMap<QuestionKind, usize> = match &wanted.mix {
        Some(mix) => QuestionKind::ALL
            .into_iter()
            .filter(|&k| allowed(k))
            .map(|k| (k, mix.get(k).unwrap_or(0) as usize))
            .collect(),
        None => {
            // One extended response from four questions; one table of
            // each kind from eight.
            let one = |kind: QuestionKind, from: usize| {
                usize::from(allowed(kind) && wanted.questions >= from)
            };
            let tables = [
                QuestionKind::Matching,
                QuestionKind::Sequence,
                QuestionKind::Vocabulary,
            ]
            .map(|k| (k, one(k, 8)));
            let extended = one(QuestionKind::Extended, 4);
            let rest = wanted.questions - extended - tables.iter().map(|(_, n)| n).sum::<usize>();
            let mut quota: HashMap<QuestionKind, usize> = QuestionKind::ALL
                .into_iter()
                .filter(|&k| allowed(k))
                .map(|k| (k, (share(k) * rest as f32).round() as usize))
                .collect();
            quota.insert(QuestionKind::Extended, extended);
            quota.extend(tables);
            quota
        }
    };
    let mut sheet = Worksheet {
        wanted,
        chosen: Vec::new(),
        facts: Vec::new(),
        generic,
        // A mix the teacher set is kept to; otherwise no kind fills more
        // than two fifths of the worksheet.
        most_of_one_kind: match wanted.mix {
            Some(_) => 0,
            None => (wanted.questions * 2).div_ceil(5).max(1),
        },
        quota,
    };

    let mut rejected = Vec::new();
    let mut left = Vec::new();
    // First pass: each kind up to its quota; second: fill what is left.
    for filling in [false, true] {
        let pool: Vec<Draft> = if filling {
            interleave(std::mem::take(&mut left), &sheet)
        } else {
            keyed.drain(..).map(|(_, _, d)| d).collect()
        };
        for draft in pool {
            let draft = sheet.fitted(draft);
            if let Some(reason) = sheet.conflict(&draft) {
                rejected.push(Rejection {
                    kind: draft.kind,
                    stem: draft.stem,
                    reason: reason.into(),
                });
            } else if sheet.has_room(&draft, filling) {
                sheet.add(draft);
            } else if filling {
                rejected.push(Rejection {
                    kind: draft.kind,
                    stem: draft.stem,
                    reason: "ranked below the questions chosen".into(),
                });
            } else {
                left.push(draft);
            }
        }
    }
    (sheet.chosen, rejected)
}

/// A score above any a draft earns, to rank gap-fills before all others.
const GAPS_FIRST: f32 = 100.0;

/// Whether a word bank entry is a date or number (else a name).
fn numeric(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        || word
            .split_whitespace()
            .any(|w| number_word(w).is_some() || MONTHS.contains(&w.to_lowercase().as_str()))
}

/// How a date or number is written, for telling word-bank entries apart: a
/// date ("1939", "February 1941"), a span ("1742-1809"), a time of day
/// ("7.15", "12:30"), or a count; none for a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    Date,
    Span,
    Time,
    Count,
}

/// Whether a number is written as a time of day: hours, then "." or ":"
/// and two digits of minutes ("7.15", "12:30"; not "2.3" million).
fn time_of_day(answer: &str) -> bool {
    answer
        .split_once(['.', ':'])
        .is_some_and(|(hours, minutes)| {
            let hours = hours.parse::<u8>().is_ok_and(|h| h <= 24);
            let minutes = minutes.len() == 2 && minutes.parse::<u8>().is_ok_and(|m| m < 60);
            hours && minutes
        })
}

/// Whether a term's last word is a plural noun ("blood cells", "mice").
fn plural_noun(term: &str) -> bool {
    use crate::text::lemma::{Class, lemma_of};
    term.rsplit(' ')
        .next()
        .is_some_and(|last| lemma_of(last, Class::Noun) != last.to_lowercase())
}

fn figure(answer: &str) -> Option<Figure> {
    if !numeric(answer) {
        return None;
    }
    let words: Vec<&str> = answer.split_whitespace().collect();
    Some(if answer.contains(['-', '\u{2013}']) {
        Figure::Span
    } else if time_of_day(answer) {
        Figure::Time
    } else if words
        .iter()
        .any(|w| is_year(w) || MONTHS.contains(&w.to_lowercase().trim_matches(',')))
    {
        Figure::Date
    } else {
        Figure::Count
    })
}

/// The chosen gaps whose answer is the only word of its sort in the word
/// bank (its spare words are of its sort too): "__________, Illinois" among
/// years, the one count among years, or the one person among places, needs
/// no reading. The sorts: dates, spans and counts (see `Figure`), places,
/// terms, and other names.
fn lone_gaps(chosen: &[Draft]) -> Vec<String> {
    let gaps: Vec<&Draft> = chosen
        .iter()
        .filter(|d| d.kind == QuestionKind::GapFill)
        .collect();
    // (People, posts and bodies share a sort: "Stalin", "General
    // Secretary", "Central Committee" are all names a student must tell
    // apart by reading; a place among them stands out.)
    // (A term, "distance", is no name: it has a sort of its own, and its
    // plural another: "Londoners" is the one word to fit "__________ fled".)
    let sort = |d: &Draft| {
        let place = d.answer_kind == Some(EntityKind::Place);
        let plural_term = d.answer_kind.is_none() && plural_noun(&d.answer);
        (
            place,
            d.answer_kind.is_none(),
            plural_term,
            figure(&d.answer),
        )
    };
    gaps.iter()
        .filter(|d| {
            let bank = gaps
                .iter()
                .filter(|other| sort(other) == sort(d))
                .map(|other| 1 + other.options.len())
                .sum::<usize>();
            bank < 2
        })
        .map(|d| d.stem.clone())
        .collect()
}

/// Fills the sheet; a gap alone of its sort in the bank is left out, and
/// the sheet filled again (each round drops at least one candidate).
fn fill_without_lone_gaps(
    mut candidates: Vec<Draft>,
    wanted: &Wanted,
) -> (Vec<Draft>, Vec<Rejection>) {
    let (mut chosen, mut rejected) = fill(candidates.clone(), wanted);
    let mut lone_ones = Vec::new();
    loop {
        let lone = lone_gaps(&chosen);
        if lone.is_empty() {
            break;
        }
        candidates.retain(|d| !lone.contains(&d.stem));
        (chosen, rejected) = fill(candidates.clone(), wanted);
        lone_ones.extend(lone.into_iter().map(|stem| Rejection {
            kind: QuestionKind::GapFill,
            stem,
            reason: "the only word of its sort in the word bank".into(),
        }));
    }
    rejected.extend(lone_ones);
    (chosen, rejected)
}

pub fn choose(candidates: Vec<Draft>, wanted: &Wanted) -> (Vec<Draft>, Vec<Rejection>) {
    let (mut chosen, mut rejected) = fill_without_lone_gaps(candidates.clone(), wanted);
    // A word bank of one or two words gives its answers away: without
    // enough gaps, choose again without gap-fills.
    let gaps = chosen
        .iter()
        .filter(|d| d.kind == QuestionKind::GapFill)
        .count();
    if (1..MIN_GAPS).contains(&gaps) {
        // Either the gaps are chosen first (other questions may have taken
        // the answers they need, leaving the rest alone of their sorts), or
        // there are none; the fuller sheet wins.
        let gaps_first: Vec<Draft> = candidates
            .iter()
            .cloned()
            .map(|mut d| {
                if d.kind == QuestionKind::GapFill {
                    d.score += GAPS_FIRST;
                }
                d
            })
            .collect();
        let (with_gaps, rejected_with) = fill_without_lone_gaps(gaps_first, wanted);
        let without_gaps: Vec<Draft> = candidates
            .into_iter()
            .filter(|d| d.kind != QuestionKind::GapFill)
            .collect();
        let (without, rejected_without) = fill(without_gaps, wanted);
        let banked = with_gaps
            .iter()
            .filter(|d| d.kind == QuestionKind::GapFill)
            .count()
            >= MIN_GAPS;
        if banked && with_gaps.len() >= without.len() {
            chosen = with_gaps;
            rejected = rejected_with;
        } else {
            (chosen, rejected) = (without, rejected_without);
            rejected.push(Rejection {
                kind: QuestionKind::GapFill,
                stem: format!("({gaps} gap-fill question(s))"),
                reason: format!("fewer than {MIN_GAPS} gaps make too small a word bank"),
            });
        }
    }
    // Print order: by kind, then in reading order of the evidence.
    let position = |d: &Draft| {
        d.quotes
            .first()
            .and_then(|q| q.passage.strip_prefix('p')?.parse::<usize>().ok())
            .unwrap_or(usize::MAX)
    };
    chosen.sort_by_key(|d| (d.kind, position(d)));
    (chosen, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    fn gap(stem: &str, answer: &str, spare: &[&str]) -> Draft {
        Draft {
            kind: QuestionKind::GapFill,
            level: Level::Recall,
            stem: stem.into(),
            options: spare.iter().map(|s| s.to_string()).collect(),
            items: Vec::new(),
            solution: Vec::new(),
            answer: answer.into(),
            marking_guide: Vec::new(),
            quotes: Vec::new(),
            points: 1,
            answer_lines: 0,
            fact: None,
            score: 1.0,
            answer_kind: None,
        }
    }

    #[test]
    fn answers_one_within_the_other_overlap() {
        assert!(one_within_other("1796", "May 1796"));
        assert!(one_within_other("8 May 1980", "1980"));
        assert!(!one_within_other("1796", "1798"));
        assert!(one_within_other("August 15, 1914", "15 August 1914"));
        assert!(!one_within_other("General Secretary", "Central Committee"));
    }

    #[test]
    fn a_gap_alone_of_its_sort_in_the_bank_is_found() {
        let chosen = [
            gap(
                "In __________, it was given.",
                "February 1941",
                &["February 1944"],
            ),
            gap(
                "Scientists in __________, Illinois, grew it.",
                "Peoria",
                &[],
            ),
            gap("Work began in __________.", "1939", &[]),
        ];
        assert_eq!(lone_gaps(&chosen), vec![chosen[1].stem.clone()]);
        let chosen = [
            gap(
                "__________ acted as his intermediary.",
                "Stalin",
                &["Trotsky"],
            ),
            gap("He was removed as __________.", "General Secretary", &[]),
            gap("In __________ he died.", "1924", &["1927"]),
        ];
        assert!(lone_gaps(&chosen).is_empty());
        // One count among years, one span among dates.
        let chosen = [
            gap("The sapling weighed __________ pounds.", "5", &[]),
            gap("In __________ Priestley used mint.", "1771", &["1774"]),
            gap("Senebier (__________) showed it.", "1742-1809", &[]),
        ];
        assert_eq!(
            lone_gaps(&chosen),
            vec![chosen[0].stem.clone(), chosen[2].stem.clone()]
        );
        // One time of day among counts.
        let chosen = [
            gap("At about __________ pm the train left.", "7.15", &[]),
            gap("Some __________ souls have perished.", "75", &[]),
            gap("It held __________ million gallons.", "2.3", &[]),
        ];
        assert_eq!(lone_gaps(&chosen), vec![chosen[0].stem.clone()]);
        // One person among places: its capital does not hide it.
        let of_kind = |stem: &str, answer: &str, kind: EntityKind| Draft {
            answer_kind: Some(kind),
            ..gap(stem, answer, &[])
        };
        let chosen = [
            of_kind(
                "Near midnight __________ came in.",
                "Liesel",
                EntityKind::Person,
            ),
            of_kind(
                "It stood where the __________ bends.",
                "Silberbach",
                EntityKind::Place,
            ),
            of_kind(
                "She went to __________ at dawn.",
                "Brennwald",
                EntityKind::Place,
            ),
        ];
        assert_eq!(lone_gaps(&chosen), vec![chosen[0].stem.clone()]);
    }
}
