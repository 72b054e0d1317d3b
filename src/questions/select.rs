//! Ranking and choosing: the best candidates, in the mix of kinds a
//! worksheet needs, never testing one fact twice the same way.
//!
//! In: checked candidates and what the teacher asked for. Out: the chosen
//! drafts (in print order: by kind, then by where their evidence stands) and
//! the candidates left out, with why.

use std::collections::{HashMap, HashSet};

use super::checks::Rejection;
use super::{Draft, Wanted};
use crate::model::QuestionKind;
use crate::rng::Rng;

/// The share of the questions (besides the one extended response) each kind
/// aims for: recall questions about half, sourcing a fifth.
fn share(kind: QuestionKind) -> f32 {
    match kind {
        QuestionKind::MultipleChoice => 0.22,
        QuestionKind::TrueFalse => 0.18,
        QuestionKind::GapFill => 0.15,
        QuestionKind::ShortAnswer => 0.25,
        QuestionKind::Sourcing => 0.20,
        QuestionKind::Extended => 0.0,
    }
}

/// A fact is tested by at most this many questions.
const USES_PER_FACT: usize = 2;

/// The left-over candidates taken a kind at a time, the kinds with fewest
/// questions chosen first, so that filling up keeps the mix.
fn interleave(left: Vec<Draft>, chosen: &[Draft]) -> Vec<Draft> {
    let mut by_kind: Vec<(usize, QuestionKind, std::collections::VecDeque<Draft>)> =
        QuestionKind::ALL
            .into_iter()
            .map(|k| {
                (
                    chosen.iter().filter(|c| c.kind == k).count(),
                    k,
                    Default::default(),
                )
            })
            .collect();
    for draft in left {
        if let Some(slot) = by_kind.iter_mut().find(|(_, k, _)| *k == draft.kind) {
            slot.2.push_back(draft);
        }
    }
    by_kind.sort_by_key(|(count, kind, _)| (*count, *kind));
    let mut out = Vec::new();
    while by_kind.iter().any(|(_, _, queue)| !queue.is_empty()) {
        for (_, _, queue) in &mut by_kind {
            out.extend(queue.pop_front());
        }
    }
    out
}

pub fn choose(mut candidates: Vec<Draft>, wanted: &Wanted) -> (Vec<Draft>, Vec<Rejection>) {
    let mut rng = Rng::new(wanted.seed);
    // Best first; a seeded order among equals.
    let mut keyed: Vec<(f32, u64, Draft)> = candidates
        .drain(..)
        .map(|d| (d.score, rng.next_u64(), d))
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let allowed = |k: QuestionKind| wanted.kinds.is_empty() || wanted.kinds.contains(&k);
    let extended = usize::from(allowed(QuestionKind::Extended) && wanted.questions >= 4);
    let rest = wanted.questions - extended;
    let mut quota: HashMap<QuestionKind, usize> = QuestionKind::ALL
        .into_iter()
        .filter(|&k| allowed(k))
        .map(|k| (k, (share(k) * rest as f32).round() as usize))
        .collect();
    quota.insert(QuestionKind::Extended, extended);

    // No kind fills more than two fifths of the worksheet.
    let most_of_one_kind = (wanted.questions * 2).div_ceil(5).max(1);
    let mut chosen: Vec<Draft> = Vec::new();
    let mut left: Vec<Draft> = Vec::new();
    let mut rejected = Vec::new();
    let mut tested: HashSet<(String, QuestionKind)> = HashSet::new();
    let mut uses: HashMap<String, usize> = HashMap::new();
    let mut stems: HashSet<String> = HashSet::new();
    let mut answers: HashMap<(QuestionKind, String), usize> = HashMap::new();
    let mut quoted: HashSet<(QuestionKind, String)> = HashSet::new();
    // First pass: each kind up to its quota; second: fill what is left.
    for pass in 0..2 {
        let pool = if pass == 0 {
            keyed.drain(..).map(|(_, _, d)| d).collect::<Vec<_>>()
        } else {
            interleave(std::mem::take(&mut left), &chosen)
        };
        for draft in pool {
            let of_kind = chosen.iter().filter(|c| c.kind == draft.kind).count();
            let filling =
                pass == 1 && draft.kind != QuestionKind::Extended && of_kind < most_of_one_kind;
            let room = chosen.len() < wanted.questions
                && (filling || quota.get(&draft.kind).is_some_and(|&q| of_kind < q));
            // True statements no more often than false ones (one at least).
            let falses = chosen
                .iter()
                .filter(|c| c.kind == QuestionKind::TrueFalse && c.answer != "True")
                .count();
            let trues = chosen
                .iter()
                .filter(|c| c.kind == QuestionKind::TrueFalse && c.answer == "True")
                .count();
            let too_true = draft.kind == QuestionKind::TrueFalse
                && draft.answer == "True"
                && trues >= falses.max(1);
            // A gap-fill answer appears once in the word bank; other answers
            // may repeat once.
            let answer_limit = match draft.kind {
                QuestionKind::GapFill => 1,
                QuestionKind::MultipleChoice | QuestionKind::ShortAnswer => 2,
                _ => usize::MAX,
            };
            let answer_key = (draft.kind, draft.answer.to_lowercase());
            let duplicate = draft
                .fact
                .as_ref()
                .is_some_and(|f| tested.contains(&(f.clone(), draft.kind)))
                || stems.contains(&draft.stem)
                || answers.get(&answer_key).copied().unwrap_or(0) >= answer_limit
                || draft
                    .quotes
                    .iter()
                    .any(|q| quoted.contains(&(draft.kind, q.text.clone())));
            let overused = draft
                .fact
                .as_ref()
                .is_some_and(|f| uses.get(f).copied().unwrap_or(0) >= USES_PER_FACT);
            if duplicate || overused {
                rejected.push(Rejection {
                    kind: draft.kind,
                    stem: draft.stem,
                    reason: "another question already tests this fact or answer this way".into(),
                });
                continue;
            }
            if !room || too_true {
                if pass == 0 {
                    left.push(draft);
                } else {
                    rejected.push(Rejection {
                        kind: draft.kind,
                        stem: draft.stem,
                        reason: "ranked below the questions chosen".into(),
                    });
                }
                continue;
            }
            if let Some(fact) = &draft.fact {
                tested.insert((fact.clone(), draft.kind));
                *uses.entry(fact.clone()).or_default() += 1;
            }
            stems.insert(draft.stem.clone());
            *answers.entry(answer_key).or_default() += 1;
            quoted.extend(draft.quotes.iter().map(|q| (draft.kind, q.text.clone())));
            chosen.push(draft);
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
