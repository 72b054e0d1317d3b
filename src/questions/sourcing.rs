//! Working with the sources: where two disagree, which ones agree, and
//! whether a statement is a fact or an opinion.
//!
//! In: the theme's disagreements, its facts stated by more than one source,
//! and its statements. Out: candidates that name sources as `[[passage id]]`
//! (assemble prints the source letter), each with a marking guide.

use std::collections::HashSet;

use super::clause::in_past;
use super::true_false::stands_alone;
use super::{Context, Draft, Material, NumberDispute, Quote, leans_on_context};
use crate::model::{Disagreement, DisagreementKind};
use crate::model::{Level, QuestionKind};
use crate::text::analysis::{Analysis, EntityKind, analyse};
use crate::text::tagger::Tag;
use crate::text::words::written_as_notes;
use crate::text::{content_stems, is_content_word};

/// Verbs that report what someone said or thought: a judgement after one
/// is someone's reported view, and the statement as a whole is a fact.
const REPORTING: &[&str] = &[
    "say",
    "tell",
    "ask",
    "suggest",
    "think",
    "believe",
    "argue",
    "claim",
    "warn",
    "recommend",
    "write",
    "feel",
    "insist",
    "state",
    "declare",
    "fear",
    "hope",
    "express",
];

/// Words that mark a judgement rather than a checkable fact.
const OPINION_MARKERS: &[&str] = &[
    "should",
    "ought",
    "must",
    "best",
    "worst",
    "greatest",
    "terrible",
    "wonderful",
    "excellent",
    "brilliant",
    "evil",
    "cruel",
    "clearly",
    "obviously",
    "unfortunately",
    "fortunately",
    "sadly",
    "deserved",
    "shameful",
    "disgraceful",
    "admirable",
    "heroic",
];

/// Whether a sentence ranks or praises what it tells of ("one of the most
/// important journeys in American history", "the greatest explorer"): a
/// judgement, no fact to mark true or false.
pub fn ranks_or_praises(a: &Analysis) -> bool {
    let words = &a.words;
    words.iter().enumerate().any(|(i, w)| {
        let word = w.text.to_lowercase();
        let superlative = matches!(word.as_str(), "most" | "least")
            && words.get(i + 1).is_some_and(|n| n.tag == Tag::Adj)
            && words
                .get(i + 1)
                .is_some_and(|n| EVALUATIVE.contains(&n.text.to_lowercase().as_str()));
        superlative || matches!(word.as_str(), "best" | "worst" | "greatest")
    })
}

/// Adjectives that rank or praise: a sentence with one states no plain
/// fact, though it may not be an opinion either ("the most famous storm").
const EVALUATIVE: &[&str] = &[
    "famous",
    "important",
    "significant",
    "remarkable",
    "great",
    "biggest",
    "largest",
    "worst",
    "best",
    "notable",
    "key",
    "major",
    "greatest",
];

/// Words two sentences that differ only in names or numbers must share
/// (Jaccard of the other words): "Aldrin was the lunar module pilot" and
/// "Collins was the command module pilot" are two facts, not one fact with
/// two names.
const SAME_FRAME: f32 = 0.8;

/// Whether a disagreement over names or numbers is one statement told two
/// ways, not two statements about two things.
fn same_frame(d: &Disagreement, a: &str, b: &str) -> bool {
    if !matches!(d.kind, DisagreementKind::Names | DisagreementKind::Numbers) {
        return true;
    }
    let words = |text: &str| -> HashSet<String> {
        let analysis = analyse(text);
        let named: HashSet<usize> = analysis
            .entities
            .iter()
            .flat_map(|e| e.first..=e.last)
            .collect();
        analysis
            .words
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                !named.contains(i)
                    && is_content_word(&w.text)
                    && !ROUGHLY.contains(&w.text.to_lowercase().as_str())
            })
            .map(|(_, w)| w.lemma.to_lowercase())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.intersection(&b).count() as f32 >= SAME_FRAME * a.union(&b).count().max(1) as f32
}

/// Words that say how rough a number is, not what it counts ("Around
/// 36,000 people died" / "All told, more than 120,000 people died").
const ROUGHLY: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "some",
    "over",
    "under",
    "more",
    "less",
    "fewer",
    "than",
    "least",
    "just",
    "only",
    "all",
    "told",
    "total",
    "estimated",
];

/// Two sentences of the theme's passages that seem to disagree, worth a
/// question: the passages' ids, the sentences, and what they differ on.
pub struct Contrast {
    pub a: (String, String),
    pub b: (String, String),
    pub about: String,
    /// Whether they give different numbers or dates (not opposite words,
    /// which may be one source's word for a part of what the other says).
    pub figures: bool,
}

/// The disagreements worth setting a question on: the deduplicator's that
/// name their difference, then the numbers the questions' own check finds
/// two files give one thing differently ("nearly 4,800 kilometres" / "about
/// 3,000 km" away); each pair of passages once.
/// `disputes`: the numbers the key check finds in doubt, with where.
pub fn contrasts(material: &Material, disputes: &[NumberDispute]) -> Vec<Contrast> {
    use crate::model::DisagreementKind;
    use crate::text::analysis::is_speech;
    // A quoted sentence must say who it is about (no opening pronoun), and
    // be narration, not speech.
    let sentence = |passage: &str, number: usize| -> Option<(String, String)> {
        let passage = material.passages.iter().find(|p| p.id == passage)?;
        let text = passage.sentences.get(number)?;
        let first = text.split_whitespace().next()?.to_lowercase();
        let pronoun = matches!(
            first.as_str(),
            "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their"
        );
        (!pronoun && !is_speech(&analyse(text))).then(|| (passage.id.clone(), text.clone()))
    };
    let mut out: Vec<Contrast> = Vec::new();
    let compared = |out: &[Contrast], pa: &str, pb: &str| {
        out.iter().any(|c| pair(&c.a.0, &c.b.0) == pair(pa, pb))
    };
    for d in &material.disagreements {
        let (Some((pa, a)), Some((pb, b))) = (
            sentence(&d.a.passage, d.a.sentence),
            sentence(&d.b.passage, d.b.sentence),
        ) else {
            continue;
        };
        // A difference that can be named: other names in one frame
        // ("Anning, March or Mary") are too often one person written two
        // ways to set a question on.
        let named = d.about.starts_with("whether") || d.kind == DisagreementKind::Numbers;
        // "the old St Paul's" and "the new St Paul's" are two buildings,
        // not two claims: opposite words must be what is done ("liked",
        // "despised"), not which thing it is.
        let described = d.kind == DisagreementKind::Opposites && !opposite_verbs(&a, &b);
        if pa == pb || !named || described || !same_frame(d, &a, &b) || compared(&out, &pa, &pb) {
            continue;
        }
        out.push(Contrast {
            about: differ_on(d).to_string(),
            figures: d.kind == DisagreementKind::Numbers,
            a: (pa, a),
            b: (pb, b),
        });
    }
    let file = |id: &str| file_of(material, id);
    for d in disputes {
        let ((doubted, x), (against, y)) = (&d.doubted, &d.against);
        let (Some((pa, a)), Some((pb, b))) = (
            sentence(doubted.passage, doubted.sentence),
            sentence(against.passage, against.sentence),
        ) else {
            continue;
        };
        // (Two files, for one story tells its numbers change: "ten silver
        // coins", later "nine coins".)
        if file(&pa) == file(&pb)
            || compared(&out, &pa, &pb)
            || rounded(x, y)
            || !one_subject(&a, &b)
        {
            continue;
        }
        // ("august or september": months as written.)
        let written = |v: &str| {
            if crate::text::analysis::MONTHS.contains(&v) {
                super::clause::capitalise(v)
            } else {
                v.to_string()
            }
        };
        // ("two upper chambers" / "four chambers: two atria above and two
        // ventricles below": a sentence that gives both figures counts
        // two things, and contradicts nothing.)
        let gives = |text: &str, value: &str| {
            crate::text::tokens(text)
                .iter()
                .any(|t| t.text.eq_ignore_ascii_case(value))
        };
        if [&a, &b].iter().any(|text| gives(text, x) && gives(text, y)) {
            continue;
        }
        out.push(Contrast {
            about: format!("{} or {}", written(x), written(y)),
            figures: true,
            a: (pa, a),
            b: (pb, b),
        });
    }
    out
}

/// Disagreements: "Source A says ...; Source C says ... Can both be true?"
/// One for each of `context.contrasts`, in order.
fn disagreements(context: &Context) -> Vec<Draft> {
    context
        .contrasts
        .iter()
        .map(|c| {
            let mut draft = compare(&c.a.0, &c.a.1, &c.b.0, &c.b.1, &c.about);
            if c.figures {
                one_right(&mut draft, context, c);
            }
            draft
        })
        .collect()
}

/// Two figures for one thing cannot both be right: the key says so, and
/// names the other printed sources that give each figure ("nine hours" in
/// Sources G and K besides A), for the student to weigh.
fn one_right(draft: &mut Draft, context: &Context, c: &Contrast) {
    let (pa, pb, about) = (&c.a.0, &c.b.0, &c.about);
    let backing: Vec<String> = about
        .split(" or ")
        .filter_map(|value| {
            let others = also_giving(context, c, value);
            (!others.is_empty()).then(|| format!("{value}: also {}", others.join(", ")))
        })
        .collect();
    let backing = if backing.is_empty() {
        String::new()
    } else {
        format!(" ({})", backing.join("; "))
    };
    draft.answer = format!(
        "No: they give different figures for the same thing ({about}), so at most one is right. Reward an answer that says so, notes which other sources agree with each{backing}, and weighs which source is better placed to know."
    );
    draft.marking_guide = vec![
        format!("Sees that the sources give different figures for the same thing ({about})"),
        format!("Uses evidence from [[{pa}]]"),
        format!("Uses evidence from [[{pb}]]"),
        "Weighs which to trust: other sources that agree, and who wrote each and when".into(),
    ];
}

/// The printed passages besides the contrast's two that give one of its
/// figures with the word after it where the contrast gives it ("nine
/// hours"), as `[[passage id]]`s.
pub fn also_giving(context: &Context, c: &Contrast, value: &str) -> Vec<String> {
    // A figure with the word after it, lower case.
    let with_next = |text: &str| -> Vec<(String, String)> {
        let tokens = crate::text::tokens(text);
        tokens
            .iter()
            .zip(tokens.iter().skip(1))
            .filter(|(t, _)| t.text.eq_ignore_ascii_case(value))
            .map(|(t, n)| (t.text.to_lowercase(), n.text.to_lowercase()))
            .collect()
    };
    let told: Vec<(String, String)> = [&c.a.1, &c.b.1]
        .into_iter()
        .flat_map(|text| with_next(text))
        .collect();
    context
        .material
        .passages
        .iter()
        .filter(|p| p.id != c.a.0 && p.id != c.b.0)
        .filter(|p| with_next(&p.text).iter().any(|pair| told.contains(pair)))
        .map(|p| format!("[[{}]]", p.id))
        .collect()
}

/// Whether two contrasts are between the same figures ("nine or 7", "7 or
/// nine").
fn same_figures(a: &Contrast, b: &Contrast) -> bool {
    let figures = |c: &Contrast| {
        let mut values: Vec<String> = c.about.split(" or ").map(str::to_lowercase).collect();
        values.sort_unstable();
        values
    };
    a.figures && b.figures && figures(a) == figures(b)
}

/// Nouns, names and verbs two sentences with numbers must share, counting
/// the counted noun, to tell of one thing: "38 nurses" / "40 nurses" in
/// "November 1854"; not "the South Col, at nearly 8,000 metres" and "Camp
/// IX, at roughly 8,500 metres".
const SAME_SUBJECT_WORDS: usize = 2;

/// The share of all their nouns, names and verbs those must be.
const SAME_SUBJECT_SHARE: f32 = 0.15;

/// Whether two sentences giving different numbers speak of one thing.
fn one_subject(a: &str, b: &str) -> bool {
    let words = |text: &str| -> HashSet<String> {
        analyse(text)
            .words
            .iter()
            .filter(|w| matches!(w.tag, Tag::Noun | Tag::Propn | Tag::Verb))
            .map(|w| w.lemma.to_lowercase())
            .filter(|l| !matches!(l.as_str(), "be" | "have" | "do"))
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    shared >= SAME_SUBJECT_WORDS
        && shared as f32 >= SAME_SUBJECT_SHARE * a.union(&b).count().max(1) as f32
}

/// What a disagreement is about, as a marking guide says it: for numbers,
/// the numbers ("66 or 56", not "crossing, took, days: 66 or 56").
fn differ_on(d: &Disagreement) -> &str {
    match d.about.rsplit_once(": ") {
        Some((_, numbers)) if d.kind == DisagreementKind::Numbers => numbers,
        _ => &d.about,
    }
}

/// Two passage ids in order.
fn pair(a: &str, b: &str) -> [String; 2] {
    let mut pair = [a.to_string(), b.to_string()];
    pair.sort_unstable();
    pair
}

/// Whether one number is the other rounded ("about 36,000" for 36,417):
/// no disagreement to weigh.
fn rounded(x: &str, y: &str) -> bool {
    let value = |n: &str| n.replace(',', "").parse::<u64>().ok();
    let (Some(a), Some(b)) = (value(x), value(y)) else {
        return false;
    };
    let zeros = |n: u64| {
        let mut n = n;
        let mut count = 0;
        while n > 0 && n.is_multiple_of(10) {
            n /= 10;
            count += 1;
        }
        count
    };
    let (round, exact) = if zeros(a) >= zeros(b) { (a, b) } else { (b, a) };
    let unit = 10u64.pow(zeros(round));
    zeros(round) >= 2 && (exact + unit / 2) / unit * unit == round
}

/// The question comparing sentence `a` of passage `pa` with sentence `b`
/// of passage `pb`, which seem to differ on `about`.
fn compare(pa: &str, a: &str, pb: &str, b: &str, about: &str) -> Draft {
    Draft {
        kind: QuestionKind::Sourcing,
        level: Level::Evaluation,
        stem: format!(
            "Compare what two sources say. [[{pa}]]: \u{201C}{a}\u{201D} [[{pb}]]: \u{201C}{b}\u{201D} Can both be true? Explain, using evidence from both."
        ),
        options: Vec::new(),
        answer: format!(
            "They seem to differ on {about}. Both can be true if they describe different things or different times; reward an answer that weighs the evidence of [[{pa}]] and [[{pb}]]."
        ),
        items: Vec::new(),
        solution: Vec::new(),
        marking_guide: vec![
            format!("Sees where the sources seem to differ ({about})"),
            format!("Uses evidence from [[{pa}]]"),
            format!("Uses evidence from [[{pb}]]"),
            "Suggests why they might differ (a change over time, different aspects, or how reliable each source is)".into(),
        ],
        quotes: vec![
            Quote {
                passage: pa.to_string(),
                text: a.to_string(),
            },
            Quote {
                passage: pb.to_string(),
                text: b.to_string(),
            },
        ],
        points: 4,
        answer_lines: 6,
        fact: None,
        score: 3.0,
        answer_kind: None,
    }
}

/// The share of the shorter sentence's words two sentences must share to
/// say the same thing.
const CORROBORATED: f32 = 0.6;

/// The share of the restated statement's words each of two agreeing
/// sentences must use.
const RESTATED: f32 = 0.7;

/// The file a passage of the material comes from.
fn file_of<'a>(material: &Material<'a>, passage: &str) -> Option<&'a str> {
    material
        .passages
        .iter()
        .find(|p| p.id == passage)
        .map(|p| p.source.file.as_str())
}

/// What a sentence says, as the lemmas of its names, nouns, verbs (not
/// "be", "have", "do"), adjectives and numbers, in lower case: "drives"
/// and "driven" are one word.
fn said(a: &crate::text::analysis::Analysis) -> HashSet<String> {
    a.words
        .iter()
        .filter(|w| {
            matches!(
                w.tag,
                Tag::Noun | Tag::Propn | Tag::Verb | Tag::Adj | Tag::Num
            )
        })
        .map(|w| w.lemma.to_lowercase())
        .filter(|l| !matches!(l.as_str(), "be" | "have" | "do"))
        .collect()
}

/// How a question about two sources that agree opens.
pub const FIND_TWO: &str = "Find two sources that both say that";

/// Corroboration: "Find two sources that both say that ...", from two
/// files (two passages of one story are one source).
fn agreements(context: &Context) -> Vec<Draft> {
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        let passages: Vec<&str> = {
            let mut ids: Vec<&str> = statement
                .fact
                .sentences
                .iter()
                .map(|s| s.passage.as_str())
                .filter(|id| context.material.passages.iter().any(|p| p.id == *id))
                .collect();
            ids.dedup();
            ids
        };
        let file = |id: &str| file_of(context.material, id);
        let two_files = passages.len() == 2 && file(passages[0]) != file(passages[1]);
        let quotes: Vec<Quote> = statement
            .fact
            .sentences
            .iter()
            .filter_map(|at| {
                let p = context
                    .material
                    .passages
                    .iter()
                    .find(|p| p.id == at.passage)?;
                Some(Quote {
                    passage: p.id.clone(),
                    text: p.sentences.get(at.sentence)?.clone(),
                })
            })
            .collect();
        if !two_files || quotes.len() != 2 {
            continue;
        }
        // What both say is at most what the one that says less says: that
        // sentence is restated ("Cinder cones are small and steep", not
        // "... made of loose rock fragments"), the statement's own with its
        // pronouns resolved.
        let other = quotes
            .iter()
            .find(|q| q.text != statement.text)
            .map(|q| analyse(&q.text));
        // (Not a note: "Object stays still OR keeps moving", "King's
        // College London: Rosalind Franklin and ...".)
        let plain = |a: &crate::text::analysis::Analysis| {
            !written_as_notes(&a.text)
                && !a.text.contains(':')
                && !a
                    .words
                    .iter()
                    .any(|w| w.text.len() > 1 && w.text.chars().all(|c| c.is_uppercase()))
        };
        let restated = match other {
            Some(other)
                if plain(&other) && said(&other).len() < said(&statement.analysis).len() =>
            {
                other
            }
            _ => statement.analysis.clone(),
        };
        // It is restated, not quoted: it must not lean on the sentence
        // before ("Dullhead lifted it out").
        let leans = restated.words.iter().any(|w| leans_on_context(&w.text));
        if !stands_alone(&restated) || leans {
            continue;
        }
        // ("Queen Victoria sent ...", "Anak Krakatau ...": a name keeps its
        // capital; "Field strength is ...", a noun opening the sentence,
        // does not.)
        // ("Mucus in the nose ...", "Climate is ...": a capital only because
        // it opens the sentence.)
        let a = &restated;
        // (A word known as a noun, or written in lower case elsewhere: "the
        // mucus".)
        let lower = a.words[0].text.to_lowercase();
        let common_noun = crate::text::lemma::is_known(&lower, crate::text::lemma::Class::Noun)
            || context
                .material
                .passages
                .iter()
                .any(|p| crate::text::tokens(&p.text).iter().any(|t| t.text == lower));
        let named = a.entities.iter().any(|e| {
            e.first == 0
                && !common_noun
                && matches!(
                    context.kinds.kind(e),
                    EntityKind::Person | EntityKind::Place | EntityKind::Organisation
                )
        }) || a
            .words
            .get(1)
            .is_some_and(|w| w.tag == Tag::Propn && w.text.starts_with(char::is_uppercase));
        let named = named && !matches!(a.words[0].tag, Tag::Det | Tag::Num);
        let clause = a.text.trim_end_matches('.');
        let clause = if named {
            clause.to_string()
        } else {
            let mut chars = clause.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
        };
        // Both sentences must say it: each uses most of the other's words
        // (a fact merged on a few shared words is not corroborated), and
        // each says nearly all of what the question restates ("Gas pipes
        // broke and chimneys collapsed" is not said by "Gas lines broke and
        // started fires").
        let words = |text: &str| -> HashSet<String> { content_stems(text).into_iter().collect() };
        let covered = |a: &str, b: &str| {
            let (a, b) = (words(a), words(b));
            a.intersection(&b).count() as f32 >= CORROBORATED * a.len().min(b.len()) as f32
        };
        let restated_words = said(&restated);
        let says_it_all = |quote: &Quote| {
            restated_words
                .intersection(&said(&analyse(&quote.text)))
                .count() as f32
                >= RESTATED * restated_words.len() as f32
        };
        // "On 25 May 1940 ... eight mice" is not what a source saying "In
        // May 1940" says: every number of the statement is in both.
        let numbers_in_both = restated
            .words
            .iter()
            .filter(|w| w.tag == Tag::Num)
            .all(|n| {
                quotes.iter().all(|q| {
                    crate::text::tokens(&q.text)
                        .iter()
                        .any(|t| t.text == n.text)
                })
            });
        if !covered(&quotes[0].text, &quotes[1].text)
            || !quotes.iter().all(says_it_all)
            || !numbers_in_both
        {
            continue;
        }
        // "The two sources" must be the only two: a third that says it in
        // other words would make the key wrong.
        let names: Vec<&String> = statement
            .analysis
            .entities
            .iter()
            .filter(|e| context.kinds.kind(e) != crate::text::analysis::EntityKind::Number)
            .map(|e| &e.text)
            .collect();
        let third = context
            .material
            .passages
            .iter()
            .filter(|p| !passages.contains(&p.id.as_str()))
            .flat_map(|p| &p.sentences)
            .any(|other| {
                let (mine, theirs) = (words(&quotes[0].text), words(other));
                // ("The Soil Conservation Service was established ... in
                // April 1935": the same names and date, other words.)
                let same_names =
                    names.len() >= 2 && names.iter().all(|n| other.contains(n.as_str()));
                same_names
                    || mine.intersection(&theirs).count() as f32 >= CORROBORATED * mine.len() as f32
            });
        if third {
            continue;
        }
        out.push(Draft {
            kind: QuestionKind::Sourcing,
            level: Level::Inference,
            stem: format!("{FIND_TWO} {clause}. Give their letters and quote each."),
            options: Vec::new(),
            // A source may say it in words the tool did not match: the key
            // names the two it found and lets others count.
            answer: format!(
                "[[{}]] and [[{}]] (accept any other source that says the same)",
                passages[0], passages[1]
            ),
            items: Vec::new(),
            solution: Vec::new(),
            marking_guide: Vec::new(),
            quotes,
            points: 2,
            answer_lines: 2,
            fact: Some(statement.fact.id.clone()),
            score: 2.5,
            answer_kind: None,
        });
    }
    out
}

/// Whether two sentences differ by a verb and its opposite ("liked" /
/// "despised"), rather than by an adjective of which thing it is.
fn opposite_verbs(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::text::analysis::analyse(a),
        crate::text::analysis::analyse(b),
    );
    a.words.iter().filter(|w| w.tag == Tag::Verb).any(|w| {
        b.words.iter().filter(|v| v.tag == Tag::Verb).any(|v| {
            crate::text::antonyms::are_opposites(
                &crate::text::stem(&w.text),
                &crate::text::stem(&v.text),
            )
        })
    })
}

/// Words by which a sentence doubts its own claim.
const HEDGES: &[&str] = &[
    "according to",
    "tradition",
    "legend",
    "said to",
    "believed",
    "thought to",
    "probably",
    "perhaps",
    "possibly",
    "may have",
    "might have",
    "some say",
    "it is claimed",
];

/// How a fact-or-opinion question opens.
pub const FACT_OR_OPINION: &str =
    "Decide whether this statement is a fact or an opinion, and give a reason";

/// Fact or opinion: statements that judge ("should", "the best") are
/// opinions; statements that give a date and no judgement are facts.
fn fact_or_opinion(context: &Context) -> Vec<Draft> {
    // A story's narration is neither (one file, no years: a tale, whose
    // "terrible clank" is how the story tells it).
    let files: HashSet<&str> = context
        .material
        .passages
        .iter()
        .map(|p| p.source.file.as_str())
        .collect();
    let years = context.statements.iter().any(|s| {
        s.analysis
            .words
            .iter()
            .any(|w| crate::text::analysis::is_year(&w.text))
    });
    if files.len() == 1 && !years {
        return Vec::new();
    }
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        let a = &statement.analysis;
        // ("Evidence given to the Aba Commission of Inquiry, 1930.": a
        // caption, whose one verb is a participle, claims nothing.)
        let participle = |w: &crate::text::analysis::Word| {
            let lower = w.text.to_lowercase();
            lower != w.lemma && ["en", "wn", "ne"].iter().any(|e| lower.ends_with(e))
        };
        let caption = !a.words.iter().any(|w| w.tag == Tag::Aux)
            && a.words
                .iter()
                .filter(|w| w.tag == Tag::Verb)
                .all(participle);
        if caption {
            continue;
        }
        // The statement is quoted, so it must stand alone as the source
        // wrote it, with no pronoun or "also" leaning on the one before.
        let leans = a.words.iter().any(|w| leans_on_context(&w.text));
        if !stands_alone(a) || a.text != statement.text || leans {
            continue;
        }
        let reported = a
            .words
            .iter()
            .any(|w| w.tag == Tag::Verb && REPORTING.contains(&w.lemma.as_str()));
        if reported {
            continue;
        }
        let narrated = in_past(a);
        // In a past narrative only a judgement the sentence makes counts
        // ("Stalin was cruel", "was the worst"), not a word describing a
        // thing ("a wonderful King", "her evil deeds") nor a thought it
        // reports ("he should go").
        let words = &a.words;
        // ('Carter's reply, "Wonderful things," has become part of
        // history': a quoted word is someone's, not the sentence's
        // judgement.)
        let mut open = false;
        let quoted: Vec<bool> = words
            .iter()
            .map(|w| {
                let mark = matches!(
                    w.text.as_str(),
                    "\"" | "\u{201C}" | "\u{201D}" | "``" | "''"
                );
                if mark {
                    open = !open;
                }
                open || mark
            })
            .collect();
        let marker = words.iter().enumerate().find_map(|(i, w)| {
            if quoted[i] {
                return None;
            }
            let word = w.text.to_lowercase();
            let modal = matches!(word.as_str(), "should" | "ought" | "must");
            // ("The voltmeter should read about 3 V", "The ammeter must be
            // connected in series": an expected reading or a rule to
            // follow, which can be checked.)
            let checkable = modal
                && (words
                    .iter()
                    .any(|n| n.tag == Tag::Num && !crate::text::analysis::is_year(&n.text))
                    || (words.get(i + 1).is_some_and(|b| b.lemma == "be")
                        && words.get(i + 2).is_some_and(|p| p.text.ends_with("ed"))));
            if checkable {
                return None;
            }
            let predicated = words[i.saturating_sub(2)..i]
                .iter()
                .any(|p| p.lemma == "be");
            // ("could be clearly distinguished": an adverb in a narrative
            // describes how, it does not judge.)
            let counts = !narrated || (!modal && predicated && w.tag == Tag::Adj);
            (OPINION_MARKERS.contains(&word.as_str()) && counts).then_some(w)
        });
        // A year to check it against ("in October" is no date to check).
        let dated = a.entities.iter().any(|e| {
            e.kind == crate::text::analysis::EntityKind::Date
                && e.text
                    .split_whitespace()
                    .any(|w| w.len() == 4 && w.parse::<u32>().is_ok())
        });
        // "The most famous storm struck on Black Sunday, April 14, 1935":
        // a date, but a ranking too, which is no plain fact.
        let ranks = words.iter().enumerate().any(|(i, w)| {
            if quoted[i] {
                return false;
            }
            let word = w.text.to_lowercase();
            let superlative = matches!(word.as_str(), "most" | "least")
                && words.get(i + 1).is_some_and(|n| n.tag == Tag::Adj);
            superlative
                || OPINION_MARKERS.contains(&word.as_str())
                || (w.tag == Tag::Adj && EVALUATIVE.contains(&word.as_str()))
        });
        // "According to the traditional account, ...", "is said to have":
        // a claim the sentence itself doubts is no plain fact.
        let text = a.text.to_lowercase();
        let hedged = HEDGES.iter().any(|h| text.contains(h));
        let (answer, reason, score) = match (marker, dated && !ranks && !hedged) {
            (Some(m), _) => (
                "Opinion",
                format!(
                    "it is a judgement (\u{201C}{}\u{201D}), not something that can be checked",
                    m.text
                ),
                2.2,
            ),
            (None, true) => (
                "Fact",
                "it gives an event and a date that can be checked against other sources"
                    .to_string(),
                1.2,
            ),
            _ => continue,
        };
        out.push(Draft {
            kind: QuestionKind::Sourcing,
            level: Level::Evaluation,
            stem: format!("{FACT_OR_OPINION}: \u{201C}{}\u{201D}", statement.text),
            options: Vec::new(),
            answer: format!("{answer}: {reason}."),
            items: Vec::new(),
            solution: Vec::new(),
            marking_guide: vec![
                format!("{answer} (1 mark)"),
                format!("Reason: {reason} (1 mark)"),
            ],
            quotes: vec![statement.quote()],
            points: 2,
            answer_lines: 2,
            fact: Some(statement.fact.id.clone()),
            score,
            answer_kind: None,
        });
    }
    out
}

pub fn write(context: &Context) -> Vec<Draft> {
    // (Not the figures the extended task sets to weigh, from any two
    // sources.)
    let weighed = super::extended::weighed_figures(context).map(|at| &context.contrasts[at]);
    let mut out: Vec<Draft> = disagreements(context)
        .into_iter()
        .zip(&context.contrasts)
        .filter(|(_, c)| !weighed.is_some_and(|w| same_figures(w, c)))
        .map(|(draft, _)| draft)
        .collect();
    out.extend(agreements(context));
    out.extend(fact_or_opinion(context));
    out
}

#[cfg(test)]
mod tests {
    use super::same_frame;
    use crate::model::{Disagreement, DisagreementKind, SentenceRef};

    fn numbers_differ(a: &str, b: &str) -> bool {
        let at = |passage: &str| SentenceRef {
            passage: passage.to_string(),
            sentence: 0,
        };
        let d = Disagreement {
            about: String::new(),
            kind: DisagreementKind::Numbers,
            a: at("p1"),
            b: at("p2"),
        };
        same_frame(&d, a, b)
    }

    #[test]
    fn one_claim_told_with_a_word_more_is_one_frame() {
        assert!(numbers_differ(
            "Around 36,000 people died.",
            "All told, more than 120,000 people died."
        ));
        assert!(!numbers_differ(
            "Buzz Aldrin was the lunar module pilot in 1969.",
            "Michael Collins was the command module pilot in 1969."
        ));
        assert!(!numbers_differ(
            "36,000 people died.",
            "120,000 people fled the coast."
        ));
    }

    /// The fact-or-opinion answers for one-sentence sources, by statement.
    fn judged(texts: &[&str]) -> Vec<(String, String)> {
        let texts: Vec<(&str, &str)> = texts.iter().map(|t| ("a.txt", *t)).collect();
        crate::questions::tests::with_material(&texts, |material, _| {
            let context = crate::questions::Context::new(material, 1);
            super::fact_or_opinion(&context)
                .into_iter()
                .map(|d| (d.quotes[0].text.clone(), d.answer))
                .collect()
        })
    }

    #[test]
    fn a_caption_or_a_tale_s_narration_is_neither_fact_nor_opinion() {
        let found = judged(&[
            "Evidence given to the Aba Commission of Inquiry, 1930.",
            "Soldiers fired on the crowds at Opobo on 16 December 1929.",
        ]);
        let quoted: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(
            quoted,
            ["Soldiers fired on the crowds at Opobo on 16 December 1929."]
        );
        assert!(
            judged(&["There was a terrible flat clank, like a pot dropped on a stone floor."])
                .is_empty()
        );
    }

    #[test]
    fn a_ranking_is_a_judgement() {
        assert!(super::ranks_or_praises(&super::analyse(
            "The expedition was one of the most important journeys in American history."
        )));
        assert!(!super::ranks_or_praises(&super::analyse(
            "Most members of the expedition reached the Pacific in 1805."
        )));
    }

    #[test]
    fn an_expected_reading_or_a_rule_is_no_opinion() {
        let found = judged(&[
            "Carter's reply, \"Wonderful things,\" has become part of history.",
            "The voltmeter should read about 3 V across each resistor.",
            "The ammeter must be connected in series with the bulb.",
            "Every school should teach children to swim.",
            "Anyone who grumbles about the smell should spare a thought for Londoners in 1858.",
        ]);
        let opinions: Vec<&str> = found
            .iter()
            .filter(|(_, answer)| answer.starts_with("Opinion"))
            .map(|(text, _)| text.as_str())
            .collect();
        assert_eq!(
            opinions,
            [
                "Every school should teach children to swim.",
                "Anyone who grumbles about the smell should spare a thought for Londoners in 1858."
            ],
            "{found:?}"
        );
    }

    /// The comparison stems written for one-sentence sources.
    fn compared(texts: &[(&str, &str)]) -> Vec<String> {
        crate::questions::tests::with_material(texts, |material, _| {
            let context = crate::questions::Context::new(material, 1);
            super::disagreements(&context)
                .into_iter()
                .map(|d| d.stem)
                .collect()
        })
    }

    #[test]
    fn two_files_numbering_one_thing_differently_are_compared() {
        let crossing = [
            ("a.txt", "The Mayflower crossing took 66 days."),
            (
                "b.txt",
                "The Mayflower crossing of the Atlantic took 56 long days.",
            ),
        ];
        let stems = compared(&crossing);
        assert_eq!(stems.len(), 1, "{stems:?}");
        assert!(stems[0].contains("66 days") && stems[0].contains("56 long days"));
        // One story's numbers change as it goes on; two files' sentences
        // about different things are no dispute.
        let told = crossing.map(|(_, text)| ("a.txt", text));
        assert!(compared(&told).is_empty());
        let apart = [
            ("a.txt", "Inside the chest were ten silver coins."),
            ("b.txt", "Now the widow had nine coins."),
        ];
        assert!(compared(&apart).is_empty());
    }

    #[test]
    fn two_figures_for_one_thing_are_keyed_as_not_both_right() {
        let [a, b, c] = crate::questions::tests::DEPOT_PARTY;
        let texts = [a, b, c, ("d.txt", "The camels drank for nine days.")];
        let answers: Vec<String> = crate::questions::tests::with_material(&texts, |material, _| {
            let context = crate::questions::Context::new(material, 1);
            super::disagreements(&context)
                .into_iter()
                .map(|d| d.answer)
                .collect()
        });
        assert!(!answers.is_empty());
        assert!(
            answers.iter().all(|a| a.contains("at most one is right")),
            "{answers:?}"
        );
        // (The camels' nine days are no backing for nine hours.)
        assert!(answers[0].contains("(nine: also [[p3]])"), "{answers:?}");
    }
}
