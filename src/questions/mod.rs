//! Writing questions about the selected theme.
//!
//! In: the theme's passages, facts and disagreements, the corpus (for
//! distractors), and what the teacher asked for (how many, which kinds, the
//! seed). Out: the chosen `Draft`s, each with its answer and the passage
//! words that prove it, and every rejected candidate with the reason.
//!
//! Every kind overgenerates; `checks` drops what a teacher would cross out;
//! `select` ranks the rest and keeps a mix of kinds. `assemble` later turns
//! the quotes into printed line references (dropping a draft whose quote is
//! not on the page) and writes source letters into stems (`[[p3]]`).

mod checks;
mod choice;
mod clause;
mod extended;
mod gap_fill;
mod key_terms;
mod matching;
pub use matching::TERMS_STEM;
mod pronouns;
mod select;
mod sequence;
mod short_answer;
mod sourcing;
mod split;
mod true_false;
mod vocabulary;

use crate::model::{Disagreement, DisagreementKind, Fact, Level, Passage, QuestionKind, Theme};
use std::collections::{HashMap, HashSet};

use crate::rng::Rng;
use crate::text::analysis::{
    Analysis, Entity, EntityKind, EntityKinds, Gender, Word, analyse, is_year, person_noun,
    pronoun_gender,
};
use crate::text::glossary::{Meaning, meaning};
use crate::text::tagger::Tag;
use crate::text::words::speaks_to_reader;
use crate::text::{stem, tokens};

pub use checks::Rejection;

/// A story's character is the subject of at least this many sentences.
const MIN_CHARACTER_SUBJECTS: usize = 2;

/// Words of a passage that prove an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub passage: String,
    pub text: String,
}

/// A question before it is numbered and placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: QuestionKind,
    pub level: Level,
    /// May name printed sources as `[[passage id]]`.
    pub stem: String,
    /// Choices (multiple choice: the answer among three distractors;
    /// matching: the right column; sequence: the events).
    pub options: Vec<String>,
    /// The left column of a matching or vocabulary table.
    pub items: Vec<String>,
    /// Matching, vocabulary: each item's option. Sequence: the options in
    /// order.
    pub solution: Vec<usize>,
    pub answer: String,
    pub marking_guide: Vec<String>,
    pub quotes: Vec<Quote>,
    pub points: u32,
    pub answer_lines: usize,
    /// The fact tested (for "no two questions test the same fact the same way").
    pub fact: Option<String>,
    /// How good a question this is likely to be; higher is better.
    pub score: f32,
    /// A gap's answer's kind (a person, a place, a year ...), so that a word
    /// bank never holds one word alone of its kind.
    pub answer_kind: Option<EntityKind>,
}

impl Draft {
    /// A matching or sequence table without the rows whose quote `used`
    /// says another question has, when three or more rows are left (and a
    /// sequence is still out of order). None otherwise.
    pub fn without_rows(&self, used: impl Fn(&Quote) -> bool) -> Option<Draft> {
        let keep: Vec<usize> = (0..self.quotes.len())
            .filter(|&row| !used(&self.quotes[row]))
            .collect();
        let table = matches!(
            self.kind,
            QuestionKind::Matching | QuestionKind::Sequence | QuestionKind::Vocabulary
        );
        if !table || keep.len() < 3 || self.solution.len() != self.quotes.len() {
            return None;
        }
        // Row r is quote r and option solution[r] (and item r of a matching
        // or vocabulary table).
        let options: Vec<usize> = keep.iter().map(|&row| self.solution[row]).collect();
        // The kept rows' options, and any spare no row takes.
        let mut kept_options: Vec<usize> = (0..self.options.len())
            .filter(|o| options.contains(o) || !self.solution.contains(o))
            .collect();
        kept_options.sort_unstable();
        let solution: Vec<usize> = options
            .iter()
            .map(|o| kept_options.iter().position(|k| k == o).unwrap_or(0))
            .collect();
        if self.kind == QuestionKind::Sequence && solution.windows(2).all(|w| w[0] < w[1]) {
            return None;
        }
        let items: Vec<String> = match self.kind {
            QuestionKind::Sequence => Vec::new(),
            _ => keep.iter().map(|&row| self.items[row].clone()).collect(),
        };
        Some(Draft {
            answer: crate::model::key_text(self.kind, &items, &solution),
            options: kept_options
                .iter()
                .map(|&o| self.options[o].clone())
                .collect(),
            quotes: keep.iter().map(|&row| self.quotes[row].clone()).collect(),
            points: self.points.min(keep.len() as u32),
            items,
            solution,
            ..self.clone()
        })
    }
}

/// A table's rows put in a printed order by `rng`: the row printed at each
/// place, and for each row the place it is printed at.
pub fn printed_order(rows: usize, rng: &mut Rng) -> (Vec<usize>, Vec<usize>) {
    let mut shuffled: Vec<usize> = (0..rows).collect();
    rng.shuffle(&mut shuffled);
    let places = (0..rows)
        .map(|row| shuffled.iter().position(|&s| s == row).unwrap_or(row))
        .collect();
    (shuffled, places)
}

/// A table to match: each row's item on the left (in the rows' order), its
/// answer on the right (in a seeded order), a mark a row, and the quote
/// that proves it.
pub struct MatchTable {
    pub kind: QuestionKind,
    pub level: Level,
    pub stem: String,
    /// (item, answer, quote) per row.
    pub rows: Vec<(String, String, Quote)>,
    /// Answers no item takes, so that the last row is not matched by
    /// elimination.
    pub spares: Vec<String>,
    pub score: f32,
}

impl MatchTable {
    pub fn draft(self, rng: &mut Rng) -> Draft {
        // Printed in the rows' own order, every answer would be its item's
        // neighbour.
        let rows = self.rows.len();
        let answers: Vec<&String> = self.rows.iter().map(|r| &r.1).chain(&self.spares).collect();
        let (shuffled, solution) = loop {
            let (shuffled, places) = printed_order(answers.len(), rng);
            let solution: Vec<usize> = places[..rows].to_vec();
            if rows < 2 || solution.windows(2).any(|w| w[0] > w[1]) {
                break (shuffled, solution);
            }
        };
        let items: Vec<String> = self.rows.iter().map(|r| r.0.clone()).collect();
        Draft {
            kind: self.kind,
            level: self.level,
            stem: self.stem,
            answer: crate::model::key_text(self.kind, &items, &solution),
            options: shuffled.iter().map(|&i| answers[i].clone()).collect(),
            items,
            solution,
            marking_guide: Vec::new(),
            points: rows as u32,
            quotes: self.rows.into_iter().map(|r| r.2).collect(),
            answer_lines: 0,
            fact: None,
            score: self.score,
            answer_kind: None,
        }
    }
}

/// What questions are written from.
pub struct Material<'a> {
    pub theme: &'a Theme,
    /// The theme's passages, in corpus order.
    pub passages: Vec<&'a Passage>,
    /// The theme's facts, in corpus order.
    pub facts: Vec<&'a Fact>,
    /// Disagreements between sentences of the theme's passages.
    pub disagreements: Vec<&'a Disagreement>,
    /// Every kept passage of the corpus (distractors come from all of them).
    pub corpus: &'a [Passage],
    /// The title printed on the pack, if any.
    pub title: Option<&'a str>,
}

/// What the teacher asked for.
#[derive(Debug, Clone)]
pub struct Wanted {
    /// How many questions, at most (ignored when `mix` is set).
    pub questions: usize,
    /// Only these kinds (all when empty).
    pub kinds: Vec<QuestionKind>,
    /// Exactly this many of each kind, at most, instead of a chosen mix.
    pub mix: Option<crate::config::PerKind<0>>,
    pub seed: u64,
}

/// A fact as a question can use it: its first statement on the page (as
/// printed, for the evidence) and that sentence analysed with its opening
/// pronouns resolved (for the questions), and how many sources state it.
pub struct Statement<'a> {
    pub fact: &'a Fact,
    pub passage: &'a Passage,
    /// The sentence as the source prints it.
    pub text: &'a str,
    /// The sentence with pronouns before its first named person replaced by
    /// the person the previous sentence was about ("He recommended" ->
    /// "Lenin recommended").
    pub analysis: Analysis,
    /// How many theme keywords the statement uses (its centrality).
    pub on_theme: usize,
}

impl Statement<'_> {
    pub fn support(&self) -> usize {
        self.fact.support.len()
    }

    /// Whether the statement opens with a bare "the" and a noun ("The team
    /// was led by Florey") that its passage has not spoken of before (nor
    /// the theme's name): the reader is not told which team.
    pub fn dangling_subject(&self) -> bool {
        let a = &self.analysis;
        let Some(head) = clause::bare_subject(a) else {
            return false;
        };
        let head = stem(&a.words[head].text);
        let number = self
            .fact
            .sentences
            .iter()
            .find(|at| at.passage == self.passage.id)
            .map_or(0, |at| at.sentence);
        let mentioned = |text: &str| tokens(text).iter().any(|t| stem(t.text) == head);
        !(self.passage.sentences[..number.min(self.passage.sentences.len())]
            .iter()
            .any(|s| mentioned(s))
            || self.passage.source.title.as_deref().is_some_and(mentioned))
    }

    pub fn quote(&self) -> Quote {
        Quote {
            passage: self.passage.id.clone(),
            text: self.text.to_string(),
        }
    }

    /// A one-mark recall question made from this statement, proved by it,
    /// with no answer lines; a writer sets what differs by struct update.
    pub fn recall(
        &self,
        kind: QuestionKind,
        stem: String,
        answer: String,
        options: Vec<String>,
        score: f32,
    ) -> Draft {
        Draft {
            kind,
            level: Level::Recall,
            stem,
            options,
            items: Vec::new(),
            solution: Vec::new(),
            answer,
            marking_guide: Vec::new(),
            quotes: vec![self.quote()],
            points: 1,
            answer_lines: 0,
            fact: Some(self.fact.id.clone()),
            score,
            answer_kind: None,
        }
    }
}

/// Everything the question writers share.
pub struct Context<'a> {
    pub material: &'a Material<'a>,
    pub statements: Vec<Statement<'a>>,
    /// Names in the corpus and their kinds, for distractors.
    pub kinds: EntityKinds,
    /// The gender the sources' pronouns give each named person (lower case).
    pub genders: HashMap<String, Gender>,
    /// The corpus's uncommon words (see `text::glossary`), in reading order.
    pub uncommon: Vec<Uncommon>,
    /// Nouns (lemmas) the theme's sentences also write with a modifier
    /// ("the French company", "drug companies"), so that "the company"
    /// alone does not say which.
    told_apart: HashSet<String>,
    /// Per statement, whether it speaks of "the N" for a thing its passage
    /// brought in before as "a N" (see `points_back`).
    points_back: Vec<bool>,
    /// Per statement, whether it is what someone thinks or says (see
    /// `someones_view`).
    someones_view: Vec<bool>,
    /// The last words (lower case) of the people's full names the sources
    /// write ("armstrong" of "Neil Armstrong").
    surnames: HashSet<String>,
    /// The numbers and years the sources give differently for one thing.
    disputed_numbers: HashSet<String>,
    /// Numbers two passages give one thing differently, found beyond the
    /// deduplicator's disagreements (see `disputed_numbers`).
    pub number_disputes: Vec<NumberDispute<'a>>,
    /// Sentences (as written) that credit a deed to someone other than
    /// another source does (see `credited_apart`).
    pub credited_apart: HashSet<&'a str>,
    /// The terms the theme's sentences define (see `matching::definitions`).
    pub definitions: Vec<matching::Definition>,
    /// The disagreements worth a question (see `sourcing::contrasts`).
    pub contrasts: Vec<sourcing::Contrast>,
    /// The common nouns several of the theme's passages use.
    pub key_terms: key_terms::KeyTerms,
    /// Every number and year the theme's passages write ("1903", "2,000").
    pub numbers_told: HashSet<String>,
    /// The theme's files that speak as "I" (see `personal_files`).
    pub personal_files: HashSet<&'a str>,
    pub seed: u64,
}

/// An uncommon word of the sources, with its one meaning.
#[derive(Debug, Clone)]
pub struct Uncommon {
    pub lemma: String,
    pub tag: Tag,
    pub meaning: Meaning,
}

/// Shorter words are rarely worth asking the meaning of.
const MIN_VOCABULARY_LETTERS: usize = 5;

/// A word worth asking the meaning of (the word at `at` of `words`):
/// written in lower case (not a name), five letters or more, in the
/// glossary for its tag — but not a number word, nor an "-ing" verb ("a
/// christening" is tagged a verb as often as not), nor a participle before
/// a noun ("polluted air": the verb's meaning would not fit), nor a
/// compound its own meaning spells out ("seawater: water in and from the
/// sea").
pub fn uncommon(words: &[Word], at: usize) -> Option<Uncommon> {
    let word = &words[at];
    let lower_case = !word.text.starts_with(|c: char| c.is_uppercase());
    let long = word.text.chars().filter(|c| c.is_alphabetic()).count() >= MIN_VOCABULARY_LETTERS;
    let gerund = word.tag == Tag::Verb && word.text.ends_with("ing");
    let participle = word.tag == Tag::Verb
        && word.text.to_lowercase() != word.lemma
        && words.get(at + 1).is_some_and(|n| n.tag == Tag::Noun);
    // "twelve: the sum of eleven and one" teaches nothing.
    let number = crate::text::words::number_word(&word.text).is_some();
    // "shattered glass": a verb's participle as an adjective means what
    // the verb does, not the adjective's own sense ("ruined or disrupted").
    let verb_form = word.tag == Tag::Adj
        && word.text.ends_with("ed")
        && crate::text::lemma::is_known(
            &crate::text::lemma::lemma(&word.text, Tag::Verb),
            crate::text::lemma::Class::Verb,
        );
    if !lower_case || !long || gerund || participle || number || verb_form {
        return None;
    }
    let meaning = meaning(&word.lemma, word.tag)?;
    let lemma = word.lemma.to_lowercase();
    if spelt_out(&lemma, meaning.definition) || plainly_derived(&lemma) {
        return None;
    }
    Some(Uncommon {
        lemma,
        tag: word.tag,
        meaning,
    })
}

/// Endings that make a new word of a known one ("willingness",
/// "downwards", "hopeless"), whose meaning a student already has.
const PLAIN_ENDINGS: &[&str] = &["ness", "wards", "ward", "less", "ful", "ly"];

/// Whether a word is a common word with a plain ending ("willing" +
/// "ness"): the base is a word the treebank knows, or, before "wards", a
/// direction ("downwards").
fn plainly_derived(word: &str) -> bool {
    use crate::text::lemma::{Class, is_known};
    let known = |base: &str| {
        base.len() >= 3
            && [Class::Adjective, Class::Noun, Class::Verb]
                .into_iter()
                .any(|class| is_known(base, class))
    };
    PLAIN_ENDINGS.iter().any(|&ending| {
        word.strip_suffix(ending).is_some_and(|base| {
            known(base)
                || (matches!(ending, "wards" | "ward")
                    && matches!(base, "down" | "up" | "back" | "for" | "after" | "to"))
        })
    })
}

/// Whether a word is two words of three letters or more, one of which its
/// definition uses ("grandfather: the father of your father or mother").
/// (Or a prefix and a word it uses: "rebuild: build again".)
fn spelt_out(word: &str, definition: &str) -> bool {
    let used: HashSet<String> = tokens(definition)
        .iter()
        .map(|t| t.text.to_lowercase())
        .collect();
    let prefixed = ["re", "un", "dis", "mis", "pre", "over", "under", "out"]
        .iter()
        .filter_map(|prefix| word.strip_prefix(prefix))
        .any(|rest| rest.len() >= 3 && used.contains(rest));
    prefixed
        || (3..word.len().saturating_sub(2)).any(|split| {
            word.is_char_boundary(split) && {
                let (head, tail) = word.split_at(split);
                used.contains(head) || used.contains(tail)
            }
        })
}

/// The person a sentence is about, and which pronouns can refer to them: a
/// person named as its subject (and named as a person elsewhere in the
/// corpus), or a "the king"-like noun phrase there.
fn subject_person(analysis: &Analysis, kinds: &EntityKinds) -> Option<(String, Gender)> {
    let start = clause::subject_start(analysis);
    if let Some(first) = analysis.entities.iter().find(|e| e.first == start) {
        let known = kinds
            .names_of(EntityKind::Person)
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(&first.text));
        return (kinds.kind(first) == EntityKind::Person && known)
            .then(|| (first.text.clone(), Gender::Either));
    }
    let chunk = analysis.chunks.iter().find(|c| c.first == start)?;
    let definite = analysis.words[start].text.eq_ignore_ascii_case("the");
    let gender = person_noun(&analysis.words[chunk.head].lemma).filter(|_| definite)?;
    let phrase = &analysis.text[analysis.words[start].start..analysis.words[chunk.last].end];
    Some((format!("the{}", &phrase[3..]), gender))
}

/// Whether a later clause of a sentence (the units after the whole, up to
/// the next whole) has a subject of its own that is neither a pronoun nor
/// `person`: "the rich neighbor hired mowers; but the poor one could not"
/// is not about the neighbor alone, so no later "he" is taken for him.
fn later_subject_differs(
    parts: &[(usize, Analysis, bool)],
    person: &str,
    kinds: &EntityKinds,
) -> bool {
    parts
        .iter()
        .take_while(|(_, _, whole)| !whole)
        .skip(1)
        .any(|(_, part, _)| {
            let start = clause::subject_start(part);
            let pronoun = part.words.get(start).is_some_and(|w| w.tag == Tag::Pron);
            let same =
                subject_person(part, kinds).is_some_and(|(p, _)| p.eq_ignore_ascii_case(person));
            !pronoun && !same
        })
}

/// The gender the sources give each named person, by the pronouns that
/// follow the name in sentences it is the subject of ("Matte ... his
/// boat" is a man; "Maie ... her cow" a woman). A name with as many of
/// each, or none, is left out.
fn name_genders<'a>(
    analyses: impl Iterator<Item = &'a Analysis>,
    kinds: &EntityKinds,
) -> HashMap<String, Gender> {
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    for analysis in analyses {
        let Some((name, Gender::Either)) = subject_person(analysis, kinds) else {
            continue;
        };
        let start = clause::subject_start(analysis);
        let pronoun = analysis.words[start..]
            .iter()
            .find_map(|w| pronoun_gender(&w.text));
        if let Some(gender) = pronoun {
            let entry = votes.entry(name.to_lowercase()).or_default();
            if gender == Gender::Male {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }
    votes
        .into_iter()
        .filter(|(_, (m, f))| m != f)
        .map(|(name, (m, f))| (name, if m > f { Gender::Male } else { Gender::Female }))
        .collect()
}

/// A person a sentence brings in as the subject of one of its clauses: "a
/// certain cottager was on his way" -> "the cottager", whom a later "he"
/// is about. ("He met an old man who ..." brings in no one: the old man is
/// not a clause's subject.)
fn introduced_person(analysis: &Analysis) -> Option<(String, Gender)> {
    let words = &analysis.words;
    analysis.chunks.iter().find_map(|chunk| {
        let indefinite = matches!(words[chunk.first].text.to_lowercase().as_str(), "a" | "an");
        let acts = words
            .get(chunk.last + 1)
            .is_some_and(|w| matches!(w.tag, Tag::Verb | Tag::Aux));
        let head = &words[chunk.head];
        let gender =
            person_noun(&head.lemma).filter(|_| indefinite && acts && head.tag == Tag::Noun)?;
        // "a widow's daughter called Liesel": the name, not "the daughter".
        let name = name_given(words, chunk.last + 1)
            .unwrap_or_else(|| format!("the {}", head.text.to_lowercase()));
        Some((name, gender))
    })
}

/// The name a sentence gives a man or woman it brings in ("a daughter,
/// whose name was Greta", "a son called Hans"), with the gender the noun
/// gives: a later "she" may be Greta though the sentence is about her
/// father.
fn named_relative(analysis: &Analysis) -> Option<(String, Gender)> {
    let words = &analysis.words;
    analysis.chunks.iter().find_map(|chunk| {
        let head = &words[chunk.head];
        let gender = person_noun(&head.lemma.to_lowercase())
            .filter(|g| *g != Gender::Either && head.tag == Tag::Noun)?;
        Some((name_given(words, chunk.last + 1)?, gender))
    })
}

/// The name that "called", "named" or ", whose name was" at `at` gives.
fn name_given(words: &[crate::text::analysis::Word], at: usize) -> Option<String> {
    let text = |i: usize| words.get(i).map_or("", |w| w.text.as_str());
    let start = match text(at) {
        "called" | "named" => at + 1,
        "," if text(at + 1) == "whose" && text(at + 2) == "name" && text(at + 3) == "was" => at + 4,
        _ => return None,
    };
    let name: Vec<&str> = words
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|w| w.tag == Tag::Propn)
        .map(|w| w.text.as_str())
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// The sentence with the pronouns up to and including its subject replaced
/// by the person last talked about: he/him/his by the last male (or either)
/// person, she/her by the last female (or either) person ("In his
/// Testament, he ..." -> "In Lenin's Testament, Lenin ..."). Pronouns after
/// the subject are left alone: they may refer to the subject itself.
fn resolve(analysis: &Analysis, male: Option<&str>, female: Option<&str>) -> Option<String> {
    let words = &analysis.words;
    let mut subject = clause::subject_start(analysis);
    while words.get(subject).is_some_and(|w| w.tag == Tag::Punct) {
        subject += 1;
    }
    let mut text = String::new();
    let mut at = 0;
    for (i, w) in words.iter().enumerate().take(subject + 1) {
        let next_is_noun = words
            .get(i + 1)
            .is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::Adj | Tag::Propn | Tag::Punct));
        let possessive = |p: &str| format!("{p}'s");
        let replacement = match (w.text.to_lowercase().as_str(), male, female) {
            ("he", Some(p), _) => p.to_string(),
            ("his", Some(p), _) => possessive(p),
            ("she", _, Some(p)) => p.to_string(),
            ("her", _, Some(p)) if next_is_noun => possessive(p),
            _ => continue,
        };
        // "He required Dullhead to ...": a person the sentence names is not
        // its "he" (that would be "himself"); leave it unresolved.
        let named_here = analysis.text.to_lowercase().contains(
            &replacement
                .trim_end_matches("'s")
                .trim_start_matches("the ")
                .to_lowercase(),
        );
        if named_here {
            return None;
        }
        // At the start of the sentence "the king" becomes "The king".
        let replacement = if w.start == 0 {
            clause::capitalise(&replacement)
        } else {
            replacement
        };
        text.push_str(&analysis.text[at..w.start]);
        text.push_str(&replacement);
        at = w.end;
    }
    (at > 0).then(|| format!("{text}{}", &analysis.text[at..]))
}

/// The characters of a story: "the prince", "the old woman", "the cat"
/// when it talks — a definite noun phrase for a person (or a speaker) that
/// is the subject of two sentences or more,
/// and the only such phrase with its head noun ("the elder girl" and "the
/// younger girl" could be confused, so neither is one).
fn characters<'a>(analyses: impl Iterator<Item = &'a Analysis> + Clone) -> HashSet<String> {
    let speakers = speakers(analyses.clone());
    let mut subject_of: HashMap<String, usize> = HashMap::new();
    let mut by_head: HashMap<String, HashSet<String>> = HashMap::new();
    for a in analyses {
        let start = clause::subject_start(a);
        for chunk in &a.chunks {
            let head = &a.words[chunk.head];
            let definite = a.words[chunk.first].text.eq_ignore_ascii_case("the");
            let someone =
                person_noun(&head.lemma).is_some() || speakers.contains(&head.lemma.to_lowercase());
            // ("the real hero's men" are several people, no one character.)
            let singular = head.text.to_lowercase() == head.lemma.to_lowercase();
            if !definite || head.tag != Tag::Noun || !someone || !singular {
                continue;
            }
            let phrase = a.text[a.words[chunk.first].start..a.words[chunk.last].end].to_lowercase();
            by_head
                .entry(head.lemma.to_lowercase())
                .or_default()
                .insert(phrase.clone());
            if chunk.first == start {
                *subject_of.entry(phrase).or_default() += 1;
            }
        }
    }
    let unique: HashSet<String> = by_head
        .into_values()
        .filter(|phrases| phrases.len() == 1)
        .flatten()
        .collect();
    subject_of
        .into_iter()
        .filter(|(phrase, n)| *n >= MIN_CHARACTER_SUBJECTS && unique.contains(phrase))
        .map(|(phrase, _)| phrase)
        .collect()
}

/// Nouns that speak: "said the cat", "the fox replied" — a talking animal
/// or thing is a story's character as much as "the king" is.
fn speakers<'a>(analyses: impl Iterator<Item = &'a Analysis>) -> HashSet<String> {
    const SPEAKING: &[&str] = &["say", "ask", "cry", "reply", "answer", "shout", "exclaim"];
    let mut found = HashSet::new();
    for a in analyses {
        let quoted = a.text.contains(['"', '\u{201C}', '\u{201D}']);
        for chunk in a.chunks.iter().filter(|_| quoted) {
            let words = &a.words;
            let head = &words[chunk.head];
            let definite = words[chunk.first].text.eq_ignore_ascii_case("the");
            let speaks = |i: Option<usize>| {
                i.and_then(|i| words.get(i))
                    .is_some_and(|w| w.tag == Tag::Verb && SPEAKING.contains(&w.lemma.as_str()))
            };
            let singular = head.text.to_lowercase() == head.lemma.to_lowercase();
            if definite
                && singular
                && head.tag == Tag::Noun
                && (speaks(chunk.first.checked_sub(1)) || speaks(Some(chunk.last + 1)))
            {
                found.insert(head.lemma.to_lowercase());
            }
        }
    }
    found
}

/// The sentence with each mention of a character marked as a person, so
/// that questions can ask for them as for a name ("Who rode away?" — "the
/// prince").
fn mark_characters(analysis: &mut Analysis, characters: &HashSet<String>) {
    for chunk in &analysis.chunks {
        let (first, last) = (chunk.first, chunk.last);
        let text =
            analysis.text[analysis.words[first].start..analysis.words[last].end].to_lowercase();
        let free = !analysis
            .entities
            .iter()
            .any(|e| e.first <= last && e.last >= first);
        if free && characters.contains(&text) {
            analysis.entities.push(Entity {
                kind: EntityKind::Person,
                first,
                last,
                text,
            });
        }
    }
    analysis.entities.sort_by_key(|e| e.first);
}

/// "When Stevens quit ..." -> "When John Stevens quit ...": a person named
/// by the surname alone, whom the sources mostly name in full, is named in
/// full (once, and not after a title: "Dr. Gorgas" stays).
fn with_full_names(analysis: &Analysis, kinds: &EntityKinds) -> Option<String> {
    let mut text = analysis.text.clone();
    let mut changed = false;
    // From the last name back, so that earlier positions stay right.
    for e in analysis.entities.iter().rev() {
        // (Nor a name split from the rest of it: "Alexander" of
        // "Alexander Fleming".)
        let name_word = |k: usize| {
            analysis
                .words
                .get(k)
                .is_some_and(|w| w.tag == Tag::Propn || w.text == ".")
        };
        // (Nor after a nickname: 'Daniel "Peg Leg" Sullivan'.)
        let nicknamed = e.first > 0
            && matches!(
                analysis.words[e.first - 1].text.as_str(),
                "\"" | "\u{201D}" | "'" | "\u{2019}" | ")"
            );
        let titled = e.first > 0 && (name_word(e.first - 1) || nicknamed);
        if titled || name_word(e.last + 1) || kinds.kind(e) != EntityKind::Person {
            continue;
        }
        let Some(full) = kinds.full_name(&e.text) else {
            continue;
        };
        let written_before = analysis.entities.iter().any(|other| {
            other.first < e.first && other.text.to_lowercase().ends_with(&e.text.to_lowercase())
        });
        if written_before || analysis.text.contains(full) {
            continue;
        }
        let (start, end) = (analysis.words[e.first].start, analysis.words[e.last].end);
        text.replace_range(start..end, full);
        changed = true;
    }
    changed.then_some(text)
}

/// "Lenin also warned ..." -> "Lenin warned ...": out of its passage, an
/// "also" right after the subject points at something the question lacks.
fn without_also(analysis: &Analysis) -> Option<String> {
    const REACH: usize = 4;
    let at = analysis
        .words
        .iter()
        .take(REACH)
        .position(|w| w.text.eq_ignore_ascii_case("also") && w.tag == Tag::Adv)
        // ("Also missing was Harry Truman": an opening "also" inverts the
        // sentence, which leans on the one before whole.)
        .filter(|&at| at > 0)?;
    let w = &analysis.words[at];
    let end = analysis.text[w.end..]
        .strip_prefix(' ')
        .map_or(w.end, |_| w.end + 1);
    Some(format!(
        "{}{}",
        &analysis.text[..w.start],
        &analysis.text[end..]
    ))
}

/// Words that need something a table row does not give: a referent ("told
/// him"), a speaker ("me", "you"), or an earlier event ("the same",
/// "too", "again").
pub fn leans_on_context(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "he" | "she"
            | "him"
            | "her"
            | "it"
            | "they"
            | "them"
            | "this"
            | "these"
            | "those"
            | "same"
            | "too"
            | "also"
            | "again"
            | "other"
            | "another"
            | "more"
            | "i"
            | "me"
            | "my"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "thou"
            | "thee"
            | "thy"
            | "ye"
    )
}

impl<'a> Context<'a> {
    pub fn new(material: &'a Material<'a>, seed: u64) -> Context<'a> {
        let mut kinds = EntityKinds::default();
        let mut uncommon_words: Vec<Uncommon> = Vec::new();
        let mut seen = HashSet::new();
        for passage in material.corpus {
            for sentence in &passage.sentences {
                let analysis = analyse(sentence);
                let words = &analysis.words;
                for word in (0..words.len()).filter_map(|at| uncommon(words, at)) {
                    if seen.insert((word.lemma.clone(), word.tag)) {
                        uncommon_words.push(word);
                    }
                }
                kinds.add(&analysis);
            }
        }
        let analysed: Vec<Vec<Analysis>> = material
            .passages
            .iter()
            .map(|p| p.sentences.iter().map(|s| analyse(s)).collect())
            .collect();
        let genders = name_genders(analysed.iter().flatten(), &kinds);
        // (From the sentences as written, before pronouns are resolved.)
        let Disputes {
            numbers: disputed_numbers,
            found: number_disputes,
        } = disputed_numbers(material, &analysed, &kinds);
        let credited_apart = credited_apart(material, &analysed, &kinds);
        let definitions = matching::definitions(material, &analysed, &genders);
        let contrasts = sourcing::contrasts(material, &number_disputes);
        let brought_in: HashMap<&str, Vec<Vec<String>>> = material
            .passages
            .iter()
            .zip(&analysed)
            .map(|(p, analyses)| {
                (
                    p.id.as_str(),
                    analyses.iter().map(indefinite_nouns).collect(),
                )
            })
            .collect();
        // Each passage's sentences read in order, carrying the person the
        // text is about from one sentence to the next. A sentence of
        // several clauses is read whole, then clause by clause: each is a
        // statement of its own (numbered as its sentence, not whole).
        let mut resolved: HashMap<(&str, usize), Vec<(Analysis, bool)>> = Default::default();
        for (passage, analyses) in material.passages.iter().zip(analysed) {
            let (mut male, mut female): (Option<String>, Option<String>) = (None, None);
            let units: Vec<(usize, Analysis, bool)> = analyses
                .into_iter()
                .enumerate()
                .flat_map(|(number, analysis)| {
                    let parts = split::clauses(&analysis);
                    std::iter::once((number, analysis, true))
                        .chain(parts.into_iter().map(move |p| (number, analyse(&p), false)))
                })
                .collect();
            let mut opened = Vec::with_capacity(units.len());
            for (at, (_, mut analysis, whole)) in units.iter().cloned().enumerate() {
                // A clause's "he" may be the one the clause before spoke
                // to ("hurried to the youth, and he came back"): only a
                // whole sentence's opening pronoun is taken for the person
                // the sentence before was about.
                if !whole {
                    let analysis = without_also(&analysis).map_or(analysis, |t| analyse(&t));
                    opened
                        .push(with_full_names(&analysis, &kinds).map_or(analysis, |t| analyse(&t)));
                    continue;
                }
                if let Some(text) = resolve(&analysis, male.as_deref(), female.as_deref()) {
                    analysis = analyse(&text);
                }
                if let Some(text) = without_also(&analysis) {
                    analysis = analyse(&text);
                }
                if let Some(text) = with_full_names(&analysis, &kinds) {
                    analysis = analyse(&text);
                }
                let about = subject_person(&analysis, &kinds)
                    .or_else(|| introduced_person(&analysis))
                    .map(|(person, gender)| {
                        let known = genders.get(&person.to_lowercase()).copied();
                        (person, known.unwrap_or(gender))
                    })
                    .filter(|(person, _)| !later_subject_differs(&units[at + 1..], person, &kinds));
                match about {
                    Some((person, Gender::Male)) => male = Some(person),
                    Some((person, Gender::Female)) => female = Some(person),
                    Some((person, Gender::Either)) => {
                        male = Some(person.clone());
                        female = Some(person);
                    }
                    // A sentence about no one the tool can name breaks the
                    // thread: a later "he" may be anyone.
                    None => (male, female) = (None, None),
                }
                match named_relative(&analysis) {
                    Some((name, Gender::Female)) => female = Some(name),
                    Some((name, Gender::Male)) => male = Some(name),
                    _ => {}
                }
                opened.push(analysis);
            }
            pronouns::resolve_passage(&mut opened, &kinds, &genders);
            for ((number, _, whole), analysis) in units.into_iter().zip(opened) {
                resolved
                    .entry((passage.id.as_str(), number))
                    .or_default()
                    .push((analysis, whole));
            }
        }
        let wholes = || {
            resolved
                .values()
                .flat_map(|units| units.iter().filter(|(_, whole)| *whole).map(|(a, _)| a))
        };
        let cast = characters(wholes());
        // In reading order: the first way a name is written is the one kept.
        let mut order: Vec<(&str, usize)> = resolved.keys().copied().collect();
        order.sort_unstable_by_key(|(passage, sentence)| {
            (
                passage
                    .trim_start_matches('p')
                    .parse::<usize>()
                    .unwrap_or(0),
                *sentence,
            )
        });
        for key in order {
            for (analysis, whole) in resolved.get_mut(&key).into_iter().flatten() {
                mark_characters(analysis, &cast);
                if *whole {
                    kinds.add(analysis);
                }
            }
        }
        let keywords: Vec<String> = material.theme.keywords.iter().map(|k| stem(k)).collect();
        let statements: Vec<Statement> = material
            .facts
            .iter()
            .flat_map(|fact| {
                let Some((passage, text, number)) = fact.sentences.iter().find_map(|at| {
                    let passage = material.passages.iter().find(|p| p.id == at.passage)?;
                    Some((
                        *passage,
                        passage.sentences.get(at.sentence)?.as_str(),
                        at.sentence,
                    ))
                }) else {
                    return Vec::new();
                };
                // A note to the student ("Remember that ...") is printed
                // with its passage but asks nothing.
                if speaks_to_reader(text) {
                    return Vec::new();
                }
                let on_theme = tokens(text)
                    .iter()
                    .filter(|t| keywords.contains(&stem(t.text)))
                    .count();
                let units = resolved
                    .remove(&(passage.id.as_str(), number))
                    .unwrap_or_default();
                units
                    .into_iter()
                    .map(|(analysis, _)| Statement {
                        fact,
                        passage,
                        text,
                        analysis,
                        on_theme,
                    })
                    .collect()
            })
            .collect();
        let told_apart = statements
            .iter()
            .flat_map(|s| {
                let words = &s.analysis.words;
                s.analysis.chunks.iter().filter_map(move |c| {
                    let modified = words[c.first..c.head]
                        .iter()
                        .any(|w| matches!(w.tag, Tag::Adj | Tag::Propn | Tag::Noun));
                    modified.then(|| words[c.head].lemma.to_lowercase())
                })
            })
            .collect();
        let label = material.theme.label.to_lowercase();
        let points_back = statements
            .iter()
            .map(|s| {
                let at = s.passage.sentences.iter().position(|t| t == s.text);
                let before = match (at, brought_in.get(s.passage.id.as_str())) {
                    (Some(at), Some(nouns)) => &nouns[..at],
                    _ => &[],
                };
                points_back(&s.analysis, before, &label)
            })
            .collect();
        let someones_view = statements.iter().map(someones_view).collect();
        let surnames = kinds
            .names_of(EntityKind::Person)
            .iter()
            .filter_map(|(full, _)| surname(&full.to_lowercase()).map(str::to_string))
            .collect();
        let key_terms = key_terms::KeyTerms::new(&statements, &material.theme.label);
        let numbers_told = material
            .passages
            .iter()
            .flat_map(|p| numbers(&p.text))
            .collect();
        Context {
            personal_files: personal_files(material),
            material,
            statements,
            kinds,
            genders,
            uncommon: uncommon_words,
            told_apart,
            points_back,
            someones_view,
            surnames,
            disputed_numbers,
            number_disputes,
            credited_apart,
            definitions,
            contrasts,
            key_terms,
            numbers_told,
            seed,
        }
    }
}

/// The last word of a full name (lower case) when it is no common noun:
/// "armstrong" of "neil armstrong"; none for "nobel prize" or one word.
/// (Not of a place, a book or a ship: "South America", "Journal of
/// Researches", "HMS Beagle".)
fn surname(full: &str) -> Option<&str> {
    use crate::text::lemma::{Class, is_known};
    let (_, last) = full.rsplit_once(' ')?;
    let first = full.split(' ').next().unwrap_or_default();
    let joined = full
        .split(' ')
        .any(|w| matches!(w, "of" | "the" | "and" | "de" | "del"));
    let place_word = matches!(
        first,
        "north"
            | "south"
            | "east"
            | "west"
            | "new"
            | "upper"
            | "lower"
            | "great"
            | "little"
            | "hms"
            | "uss"
            | "ss"
            | "rms"
            | "mount"
            | "lake"
            | "cape"
            | "port"
            | "fort"
    );
    (!is_known(last, Class::Noun) && !joined && !place_word).then_some(last)
}

/// The nouns a sentence brings in with "a" or "an" ("an ichthyosaur
/// skeleton": "skeleton"), as lemmas.
fn indefinite_nouns(a: &Analysis) -> Vec<String> {
    let mut nouns = Vec::new();
    for (i, w) in a.words.iter().enumerate() {
        if matches!(w.text.to_lowercase().as_str(), "a" | "an") {
            let mut k = i + 1;
            while a
                .words
                .get(k)
                .is_some_and(|n| matches!(n.tag, Tag::Adj | Tag::Noun))
            {
                k += 1;
            }
            if k > i + 1 && a.words[k - 1].tag == Tag::Noun {
                nouns.push(a.words[k - 1].lemma.to_lowercase());
            }
        }
    }
    nouns
}

/// Whether a statement speaks of "the N" for a thing its passage brought
/// in before as "a N" (`before`: the nouns each earlier sentence brought
/// in): "Mary later uncovered the rest of the skeleton", after "an
/// ichthyosaur skeleton" — out of the passage, the reader is not told
/// which. People and the theme's own words (`label`) are clear.
fn points_back(a: &Analysis, before: &[Vec<String>], label: &str) -> bool {
    a.words.iter().enumerate().any(|(i, w)| {
        if !w.text.eq_ignore_ascii_case("the") {
            return false;
        }
        let mut k = i + 1;
        while a.words.get(k).is_some_and(|n| n.tag == Tag::Adj) {
            k += 1;
        }
        let Some(noun) = a.words.get(k).filter(|n| n.tag == Tag::Noun) else {
            return false;
        };
        let lemma = noun.lemma.to_lowercase();
        let defined = a.words.get(k + 1).is_some_and(|n| n.text == "of");
        before.iter().flatten().any(|n| *n == lemma)
            && !defined
            && person_noun(&lemma).is_none()
            && !label.contains(&lemma)
    })
}

impl Context<'_> {
    /// A named person's gender by the sources' pronouns, else by a title
    /// ("Countess Fraukirk"); none for a name with neither, which may be a
    /// place or a thing the tagger took for someone ("Japan", "Aquarius").
    pub fn gender_of(&self, name: &str) -> Option<Gender> {
        let name = name.to_lowercase();
        let title = name.split(' ').next().and_then(person_noun);
        self.genders.get(&name).copied().or(title)
    }

    /// Whether a name is surely someone's: a gender shows it, or it is a
    /// full name ("Neil Armstrong") that does not end in a common noun
    /// ("Nobel Prize"), or the surname of one the sources write
    /// ("Armstrong"). "Aquarius" and "Japan" are not.
    pub fn surely_person(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        self.gender_of(name).is_some()
            || surname(&lower).is_some()
            || self.surnames.contains(&lower)
    }

    /// Whether a text gives a number or year the sources disagree about
    /// (see `disputed_numbers`).
    pub fn doubtful_numbers(&self, text: &str) -> bool {
        let months = crate::text::tagger::tagging_tokens(text)
            .iter()
            .map(|t| t.text.to_lowercase())
            .filter(|w| crate::text::analysis::MONTHS.contains(&w.as_str()))
            .collect();
        !numbers(text).is_disjoint(&self.disputed_numbers)
            || !self.disputed_numbers.is_disjoint(&months)
    }

    /// Whether a statement's sentence is one side of a disagreement between
    /// sources: no marking guide may treat it as settled.
    pub fn disputed(&self, statement: &Statement) -> bool {
        self.disputed_as(statement, |_| true)
    }

    /// Whether a statement's facts are contested: another source gives
    /// other numbers or names for them, or denies them ("his body was
    /// found" / "never found"), so a recall question's key could be wrong.
    /// (Opposite attitudes, "liked" / "criticised", leave each source's
    /// words a fact about that source.)
    fn contested(&self, statement: &Statement) -> bool {
        self.disputed_as(statement, |kind| kind != DisagreementKind::Opposites)
            || self.credited_apart.contains(statement.text)
    }

    fn disputed_as(
        &self,
        statement: &Statement,
        counts: impl Fn(DisagreementKind) -> bool,
    ) -> bool {
        self.material
            .disagreements
            .iter()
            .filter(|d| counts(d.kind))
            .flat_map(|d| [&d.a, &d.b])
            .any(|at| {
                at.passage == statement.passage.id
                    && statement
                        .passage
                        .sentences
                        .get(at.sentence)
                        .is_some_and(|s| s == statement.text)
            })
    }

    /// Whether a question keeping the statement's subject would leave the
    /// reader asking "which?": a bare "the company" when the sources also
    /// speak of "the French company" or "drug companies", and the noun does
    /// not name the theme or source; never a story character.
    fn vague_subject(&self, statement: &Statement) -> bool {
        let a = &statement.analysis;
        let Some(at) = clause::bare_subject(a) else {
            return false;
        };
        let head = &a.words[at];
        // (A character is marked from its "the".)
        let character = a.entities.iter().any(|e| e.first + 1 == at);
        if character || person_noun(&head.lemma.to_lowercase()).is_some() {
            return false;
        }
        let noun = stem(&head.text);
        let in_text = |text: &str| tokens(text).iter().any(|t| stem(t.text) == noun);
        let named = in_text(&self.material.theme.label)
            || statement
                .passage
                .source
                .title
                .as_deref()
                .is_some_and(in_text);
        self.told_apart.contains(&head.lemma.to_lowercase()) && !named
    }

    /// The statements whose subject says which thing it is (see
    /// `vague_subject`), that speak of nothing only their passage has
    /// brought in (`points_back`), and whose facts no other source
    /// contests: those a recall question can keep.
    pub fn clear_statements(&self) -> impl Iterator<Item = &Statement<'_>> {
        self.statements
            .iter()
            .zip(self.points_back.iter().zip(&self.someones_view))
            .filter(|(s, (back, view))| {
                !**back
                    && !**view
                    && !self.vague_subject(s)
                    && !self.contested(s)
                    && states_something(&s.analysis)
            })
            .map(|(s, _)| s)
    }
}

/// Whether a sentence states something rather than labels an exhibit: a
/// museum's "Item 4.1. Mantel clock, bronze and enamel, recovered from a
/// house on Nob Hill." or "Panel 7 – Rescue." names what is on show.
fn states_something(a: &Analysis) -> bool {
    let label = a.words.first().is_some_and(|w| {
        matches!(
            w.text.to_lowercase().as_str(),
            "item"
                | "case"
                | "panel"
                | "exhibit"
                | "figure"
                | "fig"
                | "plate"
                | "object"
                | "display"
        )
    }) && a
        .words
        .get(1)
        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
    // ("- Howitt rescue party finds King Sept 1861", "- Gray dies on way
    // back": a note's line, unstopped and with no article or other
    // determiner, is shorthand a question cannot be made of.)
    let stopped = a
        .text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201D}']);
    let shorthand = !stopped
        && !a
            .words
            .iter()
            .any(|w| w.tag == Tag::Det || w.tag == Tag::Pron);
    !label && !shorthand
}

/// Whether a statement is what someone thinks or says, not what the
/// sources tell: its writer's own view ("..., but I think ..."), or words
/// inside a quotation opened in an earlier sentence ('"And he is not wrong
/// ... But fog does not care about sense, and a child can be sick ...').
fn someones_view(statement: &Statement) -> bool {
    let sentences = &statement.passage.sentences;
    let before = sentences
        .iter()
        .position(|t| t == statement.text)
        .map_or(&sentences[..0], |at| &sentences[..at]);
    crate::text::words::gives_own_view(statement.text)
        || crate::text::words::inside_quotation(before)
}

/// The numbers of a text, as written ("57", "13,000", "fifty").
fn numbers(text: &str) -> HashSet<String> {
    crate::text::tagger::tagging_tokens(text)
        .iter()
        .filter(|t| {
            t.text.starts_with(|c: char| c.is_ascii_digit())
                || crate::text::words::number_word(t.text).is_some()
        })
        .map(|t| number_and_unit(t.text).0.to_lowercase())
        .collect()
}

/// A number joined to its unit ("40-foot", "10-metre") as the number and
/// the unit; any other word as itself, with no unit. ("1914-1918" is a
/// range, not a unit.)
fn number_and_unit(word: &str) -> (&str, Option<String>) {
    match word.split_once('-') {
        Some((number, unit))
            if number.starts_with(|c: char| c.is_ascii_digit())
                && !unit.is_empty()
                && unit.chars().all(char::is_alphabetic) =>
        {
            (number, Some(unit.to_lowercase()))
        }
        _ => (word, None),
    }
}

/// The value of a number as written: "13,000", "2.5", "two".
fn number_value(n: &str) -> Option<f64> {
    n.replace(',', "")
        .parse::<f64>()
        .ok()
        .or_else(|| crate::text::words::number_word(n).map(|v| v as f64))
}

/// Two counts of one thing done in two sources, the smaller at least this
/// share of the larger, may be one count told two ways; further apart they
/// count two things.
const SAME_THING_SHARE: f64 = 0.5;

/// Two counts of one noun in two sources this close (a share of the larger)
/// are one count told two ways: 57 and 58 dead, 164 and 169 pounds (not 164
/// pounds gained and 200 pounds of soil).
const NEAR_COUNT: f64 = 0.1;

/// Where a sentence stands: its passage's id and its number there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Said<'a> {
    pub passage: &'a str,
    pub sentence: usize,
    /// The passage's file.
    pub file: &'a str,
}

/// What each sentence says (a number, a year, a day) about one thing, with
/// where it says it.
type Told<'a> = Vec<(String, Said<'a>)>;

/// Two sentences of different passages that give one thing different
/// numbers (or dates): the rarer first, with each one's number.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberDispute<'a> {
    pub doubted: (Said<'a>, String),
    pub against: (Said<'a>, String),
}

/// The numbers in doubt, and the disputes found beyond the deduplicator's.
#[derive(Debug)]
struct Disputes<'a> {
    numbers: HashSet<String>,
    found: Vec<NumberDispute<'a>>,
}

impl<'a> Disputes<'a> {
    /// Puts `doubted`'s number in doubt, against `against`'s.
    fn add(&mut self, doubted: &(String, Said<'a>), against: &(String, Said<'a>)) {
        self.numbers.insert(doubted.0.clone());
        let dispute = NumberDispute {
            doubted: (doubted.1, doubted.0.clone()),
            against: (against.1, against.0.clone()),
        };
        self.found.push(dispute);
    }

    /// The disputes in reading order (of `passages`, by id), one per pair
    /// of passages, whatever order the tables were read in.
    fn in_order(mut self, passages: &[&Passage]) -> Self {
        let at = |id: &str| passages.iter().position(|p| p.id == id);
        let key = |d: &NumberDispute<'a>| {
            (
                at(d.doubted.0.passage),
                d.doubted.0.sentence,
                at(d.against.0.passage),
                d.against.0.sentence,
                d.doubted.1.clone(),
                d.against.1.clone(),
            )
        };
        self.found.sort_by_key(key);
        let mut pairs = HashSet::new();
        self.found.retain(|d| {
            let mut pair = [d.doubted.0.passage, d.against.0.passage];
            pair.sort_unstable();
            pairs.insert(pair)
        });
        self
    }
}

/// The numbers two sources give differently for one thing: in a
/// disagreement the deduplicator found, or counting the same noun.
/// `analysed`: each passage's sentences analysed, in order.
fn disputed_numbers<'a>(
    material: &Material<'a>,
    analysed: &[Vec<Analysis>],
    kinds: &EntityKinds,
) -> Disputes<'a> {
    let sentence = |at: &crate::model::SentenceRef| {
        material
            .passages
            .iter()
            .find(|p| p.id == at.passage)
            .and_then(|p| p.sentences.get(at.sentence))
            .map(|s| numbers(s))
            .unwrap_or_default()
    };
    let numbers = material
        .disagreements
        .iter()
        .filter(|d| d.kind == crate::model::DisagreementKind::Numbers)
        .flat_map(|d| {
            // ("2 ounces" in one and "two ounces" in the other agree.)
            let (a, b) = (sentence(&d.a), sentence(&d.b));
            let values = |set: &HashSet<String>| -> Vec<Option<f64>> {
                set.iter().map(|n| number_value(n)).collect()
            };
            let (in_a, in_b) = (values(&a), values(&b));
            a.iter()
                .filter(|n| !in_b.contains(&number_value(n)))
                .chain(b.iter().filter(|n| !in_a.contains(&number_value(n))))
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect();
    let mut disputed = Disputes {
        numbers,
        found: Vec::new(),
    };
    // Also where two sources count one thing differently in other words
    // ("57 people were killed", "In all, 58 people died").
    let mut counts: HashMap<String, Told> = HashMap::new();
    // The same, by the sentence's verb too: "2.5 million people left",
    // "3.5 million people left" are one count however far apart.
    let mut done_to: HashMap<(String, String), Told> = HashMap::new();
    // The same, by a place the sentence names: "heard on Rodrigues, some
    // 4,800 kilometres away" / "on the island of Rodrigues, roughly 3,000
    // kilometres away".
    let mut named: HashMap<(String, String), Told> = HashMap::new();
    // The one year each passage gives for what a subject did ("Fleming
    // discovered penicillin in 1928" / "in 1929").
    let mut dated: HashMap<(String, String), Told> = HashMap::new();
    // The day of a month each passage gives for what a subject did, when
    // it gives no year.
    let mut on_day: HashMap<(String, String, String), Told> = HashMap::new();
    // The years each passage gives a day of the year ("April 14, 1935").
    let mut days: HashMap<(String, String), Told> = HashMap::new();
    // The month each passage gives for a person in a year ("Viccars died
    // in September 1665" / "in August 1665").
    let mut in_month: HashMap<(String, String), Told> = HashMap::new();
    // The month each passage gives a day of a year ("24 August AD 79" /
    // "24 October AD 79").
    let mut day_months: HashMap<(String, String), Told> = HashMap::new();
    // The day a sentence gives in a month of a year, and the share of a
    // whole it gives ("95% of the population"), with the words it tells
    // it in, to match across sources whatever the verb.
    let mut deeds: Vec<Deed> = Vec::new();
    // The same for the one year a sentence gives beside a person, who may
    // not be the one who did what is dated ("Verbeek led the
    // investigation, and in 1888 the Royal Society published a report"):
    // only the rarer year is put in doubt.
    let mut person_years: Vec<Deed> = Vec::new();
    // The numbers given as a bound ("more than 8 million litres"), with
    // where, which way they bound, and their value.
    let mut bounds: HashMap<(Said, String), Bound> = HashMap::new();
    // Each count with the nouns and verbs of its sentence, to match one
    // measure told in other words ("a wave about 25 feet high" / "a
    // 40-foot tidal wave").
    let mut measures: HashMap<String, Vec<Measure>> = HashMap::new();
    for (passage, analyses) in material.passages.iter().zip(analysed) {
        for (sentence, a) in analyses.iter().enumerate() {
            let at = Said {
                passage: passage.id.as_str(),
                sentence,
                file: passage.source.file.as_str(),
            };
            let day = day_in(a);
            if let Some((month, day, Some(year))) = &day {
                deeds.push(Deed {
                    key: format!("{month} {year}"),
                    value: day.clone(),
                    said: at,
                    words: content_lemmas(a),
                });
                days.entry((month.clone(), day.clone()))
                    .or_default()
                    .push((year.clone(), at));
                day_months
                    .entry((day.clone(), year.clone()))
                    .or_default()
                    .push((month.clone(), at));
            }
            // Who did what, by the subject's last word ("fleming",
            // "discover"), when the subject is named.
            let done = clause::subject_verb(a)
                .filter(|(subject, _)| !leans_on_context(subject))
                .map(|(subject, verb)| {
                    let who = subject.rsplit(' ').next().unwrap_or(&subject).to_string();
                    (who, verb)
                });
            let years: Vec<&str> = a
                .words
                .iter()
                .map(|w| w.text.as_str())
                .filter(|w| is_year(w))
                .collect();
            if let (Some((who, verb)), [year]) = (&done, years.as_slice()) {
                dated
                    .entry((who.clone(), verb.clone()))
                    .or_default()
                    .push((year.to_string(), at));
            }
            // (By each person the sentence names, whatever its verb: "Viccars
            // died in September 1665", "the cloth reached Viccars in August
            // 1665".)
            // (A month as a date: "in September 1665", "5 April"; not the
            // "March" of "the Salt March".)
            let digits = |w: Option<&crate::text::analysis::Word>| {
                w.is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()))
            };
            let month = a
                .words
                .iter()
                .enumerate()
                .filter(|(i, _)| {
                    let before = i.checked_sub(1).and_then(|k| a.words.get(k));
                    digits(before)
                        || digits(a.words.get(i + 1))
                        || before.is_some_and(|b| {
                            matches!(
                                b.text.to_lowercase().as_str(),
                                "in" | "of" | "early" | "late" | "mid" | "by" | "until" | "since"
                            )
                        })
                })
                .map(|(_, w)| w.text.to_lowercase())
                .find(|w| crate::text::analysis::MONTHS.contains(&w.as_str()));
            if let [year] = years.as_slice() {
                for e in a.entities.iter().filter(|e| e.kind == EntityKind::Person) {
                    person_years.push(Deed {
                        key: e.text.rsplit(' ').next().unwrap_or(&e.text).to_lowercase(),
                        value: year.to_string(),
                        said: at,
                        words: content_lemmas(a),
                    });
                }
            }
            if let (Some(month), [year]) = (month, years.as_slice()) {
                for e in a.entities.iter().filter(|e| e.kind == EntityKind::Person) {
                    let who = e.text.rsplit(' ').next().unwrap_or(&e.text).to_lowercase();
                    in_month
                        .entry((who, year.to_string()))
                        .or_default()
                        .push((month.clone(), at));
                }
            }
            // ("Saman Kunan died on 5 July" / "on 6 July": a day of a month.)
            if let (Some((who, verb)), Some((month, day, None))) = (&done, &day) {
                on_day
                    .entry((who.clone(), verb.clone(), month.clone()))
                    .or_default()
                    .push((day.clone(), at));
            }
            for (i, w) in a.words.iter().enumerate() {
                let number = w.text.starts_with(|c: char| c.is_ascii_digit())
                    || crate::text::words::number_word(&w.text).is_some();
                // ("a 40-foot wave": the number 40, of feet.)
                let (value, unit) = number_and_unit(&w.text);
                let value = value.to_lowercase();
                // ("20 March" and "27 March" are two days, not a dispute.)
                let noun_at =
                    (i + 1..a.words.len().min(i + 3)).find(|&k| a.words[k].tag == Tag::Noun);
                let counted = unit
                    .or_else(|| noun_at.map(|k| a.words[k].lemma.to_lowercase()))
                    .filter(|noun| !crate::text::analysis::MONTHS.contains(&noun.as_str()));
                // The verb of the count: the one after the counted noun
                // ("2.5 million people left") or the one before it ("killed
                // 57 people").
                // (Only straight before, past a rough word: "weighing 5
                // pounds" and "a weighed quantity of soil (200 pounds)" are
                // two weights.)
                // (Past a helping verb: "2,500 people were killed".)
                let verb = noun_at.and_then(|k| {
                    let after = a.words[k + 1..]
                        .iter()
                        .find(|v| v.tag != Tag::Aux)
                        .filter(|v| v.tag == Tag::Verb);
                    let rough = |v: &crate::text::analysis::Word| {
                        matches!(
                            v.text.to_lowercase().as_str(),
                            "about" | "some" | "roughly" | "nearly" | "around" | "almost" | "only"
                        )
                    };
                    // ("The fires burned for three days": a span's verb
                    // before "for".)
                    let before = a.words[..i]
                        .iter()
                        .rev()
                        .find(|v| !rough(v) && !v.text.eq_ignore_ascii_case("for"))
                        .filter(|v| v.tag == Tag::Verb);
                    after.or(before).map(|v| toll_verb(&v.lemma.to_lowercase()))
                });
                // ("about 95% of the population" / "around 80% of the
                // population": a share of one thing, told of one deed.)
                let share_of = (a.words.get(i + 1).is_some_and(|p| p.text == "%")
                    && a.words.get(i + 2).is_some_and(|o| o.text == "of"))
                // ("75% of the Earth's land surface": past a name.)
                .then(|| {
                    a.words[i + 3..]
                        .iter()
                        .take(5)
                        .take_while(|n| n.tag != Tag::Punct || n.text == "'s")
                        .find(|n| n.tag == Tag::Noun)
                })
                .flatten();
                if let Some(whole) = share_of {
                    deeds.push(Deed {
                        key: format!("% of {}", whole.lemma.to_lowercase()),
                        value: value.clone(),
                        said: at,
                        words: content_lemmas(a),
                    });
                }
                if let Some(bound) = bound_before(&a.words[..i]) {
                    bounds.insert((at, value.clone()), bound);
                }
                let year = is_year(&w.text);
                // (Years are told apart by the date rules below: 1779 and
                // 1804 are near as numbers, far as years.)
                if let (true, Some(noun), false) = (number, counted.as_ref(), year) {
                    let mut words = content_lemmas(a);
                    words.remove(noun);
                    let dimension = noun_at
                        .filter(|_| !w.text.contains('-'))
                        .and_then(|k| a.words.get(k + 1))
                        .map(|d| d.text.to_lowercase())
                        .filter(|d| DIMENSIONS.contains(&d.as_str()));
                    measures.entry(noun.clone()).or_default().push(Measure {
                        value: value.clone(),
                        said: at,
                        words,
                        dimension,
                    });
                    counts
                        .entry(noun.clone())
                        .or_default()
                        .push((value.clone(), at));
                    if let Some(verb) = verb.as_ref() {
                        done_to
                            .entry((noun.clone(), verb.clone()))
                            .or_default()
                            .push((value.clone(), at));
                    }
                    for e in a.entities.iter().filter(|e| located(a, e, kinds)) {
                        named
                            .entry((noun.clone(), e.text.to_lowercase()))
                            .or_default()
                            .push((value.clone(), at));
                    }
                }
            }
        }
    }
    // Near numbers for one noun in two passages are one count told two
    // ways; far ones (400 metres lost, 2,550 metres left) are two facts.
    let near = |a: &str, b: &str| match (number_value(a), number_value(b)) {
        (Some(x), Some(y)) => x != y && (x - y).abs() <= NEAR_COUNT * x.abs().max(y.abs()),
        _ => false,
    };
    // ("more than 8 million litres" and "8.7 million litres" agree.)
    let bounded = |x: &(String, Said), y: &(String, Said)| {
        let admits = |b: &(String, Said), other: &(String, Said)| {
            bounds
                .get(&(b.1, b.0.clone()))
                .is_some_and(|bound| bound.admits(&b.0, &other.0))
        };
        admits(x, y) || admits(y, x)
    };
    for told in counts.values() {
        for entry in told {
            let other = told.iter().find(|other| {
                let (m, q) = other;
                entry.1.passage != q.passage
                    && near(&entry.0, m)
                    && !says(told, &entry.0, *q)
                    && !bounded(entry, other)
            });
            if let Some(other) = other {
                disputed.add(entry, other);
            }
        }
    }
    // ("2 ounces" and "two ounces" are one count; "covered 120 feet" and
    // "covered 852 feet", one far beyond the other, are two flights, not
    // one told two ways as "600 feet" and "852 feet" are.)
    let same_thing = |a: &str, b: &str| match (number_value(a), number_value(b)) {
        (Some(x), Some(y)) => x != y && x.min(y) >= SAME_THING_SHARE * x.max(y),
        _ => false,
    };
    // (A place's numbers in one story may change as it goes on: "ten
    // coins" in Holm, later "nine".)
    let by_verb = done_to.values().map(|told| (told, false));
    let by_place = named.values().map(|told| (told, true));
    for (told, files_apart) in by_verb.chain(by_place) {
        for entry in told {
            let other = told.iter().find(|other| {
                let (m, q) = other;
                entry.1.passage != q.passage
                    && (!files_apart || entry.1.file != q.file)
                    && same_thing(m, &entry.0)
                    && !says(told, &entry.0, *q)
                    && !bounded(entry, other)
            });
            if let Some(other) = other {
                disputed.add(entry, other);
            }
        }
    }
    // One measure two files give far apart, told in the same words: both
    // in doubt ("a wave about 25 feet high" / "a 40-foot tidal wave of
    // molasses").
    for told in measures.values() {
        // (What each sentence gives of the unit: "built for two days, used
        // for four" gives both.)
        let given: HashSet<(Said, &str)> =
            told.iter().map(|m| (m.said, m.value.as_str())).collect();
        for (i, a) in told.iter().enumerate() {
            for b in &told[i + 1..] {
                let sides = ((a.value.clone(), a.said), (b.value.clone(), b.said));
                let one_measure = a.said.file != b.said.file
                    && same_thing(&a.value, &b.value)
                    && !(a.dimension.is_some()
                        && b.dimension.is_some()
                        && a.dimension != b.dimension)
                    && a.words.intersection(&b.words).count() >= SAME_MEASURE_WORDS
                    && !bounded(&sides.0, &sides.1);
                let both_in_one = given.contains(&(a.said, b.value.as_str()))
                    || given.contains(&(b.said, a.value.as_str()));
                if one_measure && !both_in_one {
                    disputed.add(&sides.0, &sides.1);
                    disputed.add(&sides.1, &sides.0);
                }
            }
        }
    }
    // One day, or one subject's act, given two years ("April 14, 1934"
    // against "April 14, 1935" in most sources): the year fewer passages
    // give is in doubt.
    // (Years far apart are two events: "opened in 1928", "in 1945".)
    fn near_years<'a>(told: &[(String, Said<'a>)]) -> Told<'a> {
        told.iter()
            .filter(|(y, _)| {
                told.iter().any(|(z, _)| {
                    let gap = y.parse::<i32>().unwrap_or(0) - z.parse::<i32>().unwrap_or(0);
                    (1..=2).contains(&gap.abs())
                })
            })
            .cloned()
            .collect()
    }
    // (One deed told in much the same words with two values leaves both
    // in doubt when as many passages give each; the looser matches only
    // doubt the rarer: a person may be somewhere in June and elsewhere in
    // July.)
    let loose = days
        .into_values()
        .chain(on_day.into_values())
        .chain(in_month.into_values())
        .chain(day_months.into_values())
        .chain(
            dated
                .values()
                .map(|t| near_years(t))
                .filter(|t| !t.is_empty()),
        )
        .chain(one_deed_two_values(&person_years))
        .map(|told| (told, false));
    let days = loose.chain(
        one_deed_two_values(&deeds)
            .into_iter()
            .map(|told| (told, true)),
    );
    for (told, ties_doubted) in days {
        let passages = |year: &str| {
            told.iter()
                .filter(|(y, _)| y == year)
                .map(|(_, p)| p.passage)
                .collect::<HashSet<_>>()
                .len()
        };
        let most = told.iter().map(|(y, _)| passages(y)).max().unwrap_or(0);
        let Some(common) = told.iter().find(|(y, _)| passages(y) == most) else {
            continue;
        };
        // (As many passages for each: none is the likelier.)
        let tie = told
            .iter()
            .any(|(y, _)| *y != common.0 && passages(y) == most);
        for entry in &told {
            if passages(&entry.0) < most {
                disputed.add(entry, common);
            } else if ties_doubted && tie && entry.0 != common.0 {
                disputed.add(entry, common);
                disputed.add(common, entry);
            }
        }
    }
    disputed.in_order(&material.passages)
}

/// A count's verb as one word for each way of telling a death toll:
/// "2,000 people died" and "killed 2,000 people" count the same dead.
fn toll_verb(lemma: &str) -> String {
    match lemma {
        "die" | "perish" => "kill",
        other => other,
    }
    .to_string()
}

/// Whether a name is a place, by its kind or by the words before it ("on
/// Rodrigues", "the island of Rodrigues").
fn located(a: &Analysis, e: &crate::text::analysis::Entity, kinds: &EntityKinds) -> bool {
    use crate::text::analysis::{PLACE_HEADS, PLACE_PREPOSITIONS};
    let before = |back: usize| {
        e.first
            .checked_sub(back)
            .map(|i| a.words[i].text.to_lowercase())
            .unwrap_or_default()
    };
    let after_preposition = before(1) == "on" || PLACE_PREPOSITIONS.contains(&before(1).as_str());
    let place_of = before(1) == "of" && PLACE_HEADS.contains(&before(2).as_str());
    kinds.kind(e) == EntityKind::Place || after_preposition || place_of
}

/// A count of a unit a sentence gives, with the sentence's other nouns and
/// verbs and the dimension it measures when it says ("25 feet high").
struct Measure<'a> {
    value: String,
    said: Said<'a>,
    words: HashSet<String>,
    dimension: Option<String>,
}

/// Words after a unit that say which way it measures.
const DIMENSIONS: &[&str] = &["high", "tall", "wide", "long", "deep", "thick", "across"];

/// Nouns and verbs besides the unit two sentences must share to give one
/// measure far apart.
const SAME_MEASURE_WORDS: usize = 2;

/// Which way a number given as a bound bounds what it counts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    /// "more than 8 million", "over 150", "at least 15".
    AtLeast,
    /// "fewer than 20", "under 50", "up to 300".
    AtMost,
}

impl Bound {
    /// Whether `other` is within this bound on `number`.
    fn admits(self, number: &str, other: &str) -> bool {
        match (number_value(number), number_value(other)) {
            (Some(x), Some(y)) => match self {
                Bound::AtLeast => y >= x,
                Bound::AtMost => y <= x,
            },
            _ => false,
        }
    }
}

/// The bound the words just before a number set on it, if any.
fn bound_before(before: &[crate::text::analysis::Word]) -> Option<Bound> {
    let last = |n: usize| -> String {
        before[before.len().saturating_sub(n)..]
            .iter()
            .map(|w| w.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (one, two) = (last(1), last(2));
    if matches!(one.as_str(), "over" | "above")
        || matches!(
            two.as_str(),
            "more than" | "at least" | "upwards of" | "excess of"
        )
    {
        Some(Bound::AtLeast)
    } else if matches!(one.as_str(), "under" | "below")
        || matches!(
            two.as_str(),
            "less than" | "fewer than" | "up to" | "at most" | "no more"
        )
    {
        Some(Bound::AtMost)
    } else {
        None
    }
}

/// Whether the sentence at `at` gives `number` too (then "two days" and
/// "four days" in each of two sentences agree: "built for two days, used
/// for four").
fn says(told: &Told, number: &str, at: Said) -> bool {
    told.iter().any(|(n, q)| n == number && *q == at)
}

/// What a sentence gives for one deed — the year a person did it, or the
/// day of a month and year — and the nouns and verbs it tells it in.
struct Deed<'a> {
    /// The person's last name, or the month and year, in lower case.
    key: String,
    /// The year, or the day.
    value: String,
    said: Said<'a>,
    words: HashSet<String>,
}

/// Sentences of two sources that share this many nouns and verbs besides
/// the person tell one deed ("Fiorelli found a way to fill the spaces left
/// by bodies with plaster in 1863" / "Fiorelli, in 1870, first filled the
/// voids left by bodies with plaster").
const SAME_DEED_WORDS: usize = 3;

/// The years (or days) two files give one deed differently: each as the
/// value and where it is said, for the rarer to be put in doubt ("started
/// in a bakery on 2 September 1666" / "on 5 September 1666").
fn one_deed_two_values<'a>(told: &[Deed<'a>]) -> Vec<Told<'a>> {
    let mut by_key: HashMap<&str, Told<'a>> = HashMap::new();
    for (i, a) in told.iter().enumerate() {
        for b in &told[i + 1..] {
            let same_deed = a.key == b.key
                && a.said.file != b.said.file
                && a.value != b.value
                && a.words.intersection(&b.words).count() >= SAME_DEED_WORDS;
            if same_deed {
                let values = by_key.entry(a.key.as_str()).or_default();
                for side in [a, b] {
                    let entry = (side.value.clone(), side.said);
                    if !values.contains(&entry) {
                        values.push(entry);
                    }
                }
            }
        }
    }
    by_key.into_values().collect()
}

/// The lemmas of a sentence's nouns and verbs (not "be", "have", "do"),
/// in lower case.
fn content_lemmas(a: &Analysis) -> HashSet<String> {
    a.words
        .iter()
        .filter(|w| matches!(w.tag, Tag::Noun | Tag::Verb))
        .map(|w| w.lemma.to_lowercase())
        .filter(|l| !matches!(l.as_str(), "be" | "have" | "do"))
        .collect()
}

/// Sentences of two files that tell one deed in much the same words
/// (`SAME_DEED_WORDS` nouns and verbs besides the names, and this share of
/// all of them) but name different people for it: "Leland Stanford drove
/// the final spike" / "The honour of driving the final spike went to
/// Thomas C. Durant". No key can say who did it.
const SAME_DEED_SHARE: f32 = 0.2;

/// The sentences (as written) on either side of such a disagreement.
/// `analysed`: each passage's sentences analysed, in order.
fn credited_apart<'a>(
    material: &Material<'a>,
    analysed: &[Vec<Analysis>],
    kinds: &EntityKinds,
) -> HashSet<&'a str> {
    struct Told<'a> {
        file: &'a str,
        text: &'a str,
        people: HashSet<String>,
        words: HashSet<String>,
    }
    let mut told: Vec<Told> = Vec::new();
    for (passage, analyses) in material.passages.iter().zip(analysed) {
        for (text, a) in passage.sentences.iter().zip(analyses) {
            let people: HashSet<String> = a
                .entities
                .iter()
                .filter(|e| kinds.kind(e) == EntityKind::Person)
                .map(|e| e.text.rsplit(' ').next().unwrap_or(&e.text).to_lowercase())
                .collect();
            if people.is_empty() {
                continue;
            }
            let words = content_lemmas(a)
                .into_iter()
                .filter(|w| !people.contains(w))
                .collect();
            told.push(Told {
                file: passage.source.file.as_str(),
                text: text.as_str(),
                people,
                words,
            });
        }
    }
    let mut apart = HashSet::new();
    for (i, a) in told.iter().enumerate() {
        for b in &told[i + 1..] {
            let shared = a.words.intersection(&b.words).count();
            let all = a.words.union(&b.words).count().max(1);
            let same_deed = a.file != b.file
                && shared >= SAME_DEED_WORDS
                && shared as f32 >= SAME_DEED_SHARE * all as f32;
            if same_deed && a.people.is_disjoint(&b.people) {
                apart.insert(a.text);
                apart.insert(b.text);
            }
        }
    }
    apart
}

/// The first day of a month a sentence gives, as its month, day and year
/// when one follows: "April 14, 1935" and "14 April 1935" alike give
/// ("april", "14", Some("1935")); "on 6 July" gives ("july", "6", None).
fn day_in(a: &Analysis) -> Option<(String, String, Option<String>)> {
    let words = &a.words;
    let day = |i: usize| {
        words
            .get(i)
            .filter(|w| w.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)))
    };
    // ("24 August AD 79": an era before a short year.)
    let year = |i: usize| {
        let era = words
            .get(i)
            .is_some_and(|w| matches!(w.text.as_str(), "AD" | "BC" | "BCE" | "CE"));
        let at = i + usize::from(era);
        words
            .get(at)
            .filter(|w| is_year(&w.text) || (era && w.text.parse::<u16>().is_ok()))
            .map(|w| w.text.clone())
    };
    words.iter().enumerate().find_map(|(i, w)| {
        let month = w.text.to_lowercase();
        if !crate::text::analysis::MONTHS.contains(&month.as_str()) {
            return None;
        }
        let comma = usize::from(words.get(i + 2).is_some_and(|c| c.text == ","));
        let (d, y) = match (i.checked_sub(1).and_then(day), day(i + 1)) {
            (Some(d), _) => (d, year(i + 1)),
            (None, Some(d)) => (d, year(i + 2 + comma)),
            (None, None) => return None,
        };
        Some((month, d.text.clone(), y))
    })
}

/// The theme's files that speak as "I" or "my" in two sentences or more
/// (outside quotation marks), when another of its files does not.
fn personal_files<'a>(material: &Material<'a>) -> HashSet<&'a str> {
    const MIN_SENTENCES: usize = 2;
    let mut first_person: HashMap<&str, usize> = HashMap::new();
    for p in &material.passages {
        let count = first_person.entry(p.source.file.as_str()).or_default();
        for sentence in p
            .sentences
            .iter()
            .filter(|s| !s.contains(['"', '\u{201C}']))
        {
            let speaks = tokens(sentence)
                .iter()
                .any(|t| matches!(t.text, "I" | "my" | "My" | "me"));
            *count += usize::from(speaks);
        }
    }
    let personal: HashSet<&str> = first_person
        .iter()
        .filter(|(_, n)| **n >= MIN_SENTENCES)
        .map(|(file, _)| *file)
        .collect();
    if personal.len() == first_person.len() {
        return HashSet::new();
    }
    personal
}

/// Drafts every kind of question, checks them, and keeps the best mix.
/// Returns the chosen drafts and the rejected candidates with their reasons.
pub fn generate(material: &Material, wanted: &Wanted) -> (Vec<Draft>, Vec<Rejection>) {
    let (passed, mut rejected) = candidates(material, wanted);
    let (chosen, left_out) = select::choose(passed, wanted);
    rejected.extend(left_out);
    (chosen, rejected)
}

/// A text's words in lower case, one space apart ("1883 Eruption of
/// Krakatoa:" -> "1883 eruption of krakatoa").
fn words_of(text: &str) -> String {
    crate::text::tokens(text)
        .iter()
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .map(|t| t.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every candidate question that passes the checks (before ranking and
/// choosing), and the rejected ones with their reasons.
pub fn candidates(material: &Material, wanted: &Wanted) -> (Vec<Draft>, Vec<Rejection>) {
    let context = Context::new(material, wanted.seed);
    let mut candidates = Vec::new();
    candidates.extend(choice::write(&context));
    candidates.extend(true_false::write(&context));
    candidates.extend(gap_fill::write(&context));
    candidates.extend(short_answer::write(&context));
    candidates.extend(vocabulary::write(&context));
    candidates.extend(matching::write(&context));
    candidates.extend(sequence::write(&context));
    candidates.extend(sourcing::write(&context));
    candidates.extend(extended::write(&context));
    candidates.retain(|d| wanted.kinds.is_empty() || wanted.kinds.contains(&d.kind));
    // "Who was brought up with great care?" under the title "Hyacinth":
    // what the page's headings name is no answer to find. (In a word bank
    // every answer is printed: a gap is given away only by the theme's
    // heading, "a day remembered as __________" in the theme "Black
    // Sunday", "The 1883 eruption of __________" in "1883 Eruption of
    // Krakatoa"; the title over a sub-theme names the corpus.)
    let heading = |text: &str| format!(" {} ", words_of(text));
    let theme = heading(&material.theme.label);
    let title = material.title.map(heading).unwrap_or_default();
    candidates.retain(|d| {
        let answer = heading(d.answer.trim_start_matches("the "));
        if answer.trim().is_empty() {
            return true;
        }
        match d.kind {
            QuestionKind::MultipleChoice | QuestionKind::ShortAnswer => {
                !theme.contains(&answer) && !title.contains(&answer)
            }
            QuestionKind::GapFill => !theme.contains(&answer),
            _ => true,
        }
    });
    // A source that speaks as "I" (a student's report, a diary) tells what
    // its writer saw or thinks: beside sources that do not, its claims are
    // weighed in sourcing questions, not made a key ("John Stevens was the
    // engineer who finished the canal", the others naming Goethals).
    candidates.retain(|d| {
        matches!(d.kind, QuestionKind::Sourcing)
            || d.quotes.iter().any(|q| {
                material
                    .passages
                    .iter()
                    .find(|p| p.id == q.passage)
                    .is_none_or(|p| !context.personal_files.contains(p.source.file.as_str()))
            })
    });
    // Sources that disagree about a number (57 or 58 dead) leave no one
    // answer: only the sourcing questions may use it (the extended task
    // leaves such points out itself).
    // (A fact-or-opinion question judges one statement: "Franklin died
    // aged 38" is no fact when the other sources say 37.)
    candidates.retain(|d| {
        let judged = d.stem.starts_with(sourcing::FACT_OR_OPINION);
        (matches!(d.kind, QuestionKind::Sourcing | QuestionKind::Extended) && !judged)
            || d.quotes.iter().all(|q| !context.doubtful_numbers(&q.text))
    });
    checks::check(candidates, &context.genders)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matching() -> Draft {
        let quote = |text: &str| Quote {
            passage: "p1".into(),
            text: text.into(),
        };
        Draft {
            kind: QuestionKind::Matching,
            level: Level::Recall,
            stem: "Match each person with what the sources say they did.".into(),
            options: [
                "piloted Columbia",
                "commanded",
                "flew Eagle",
                "greeted them",
            ]
            .map(String::from)
            .to_vec(),
            items: ["Armstrong", "Collins", "Aldrin", "Nixon"]
                .map(String::from)
                .to_vec(),
            solution: vec![1, 0, 2, 3],
            answer: String::new(),
            marking_guide: Vec::new(),
            quotes: [
                "Armstrong commanded.",
                "Collins piloted Columbia.",
                "Aldrin flew Eagle.",
                "Nixon greeted them.",
            ]
            .map(quote)
            .to_vec(),
            points: 4,
            answer_lines: 0,
            fact: None,
            score: 1.0,
            answer_kind: None,
        }
    }

    #[test]
    fn characters_are_unambiguous_definite_people_named_as_subjects_twice() {
        let analyses: Vec<Analysis> = [
            "The prince went into the forest.",
            "The prince met the old woman at the well.",
            "The old woman gave the prince a ring.",
            "The old woman vanished.",
            "The elder girl wept.",
            "The younger girl laughed.",
            "The elder girl sang.",
            "The miller came once.",
        ]
        .iter()
        .map(|s| analyse(s))
        .collect();
        let cast = characters(analyses.iter());
        let mut names: Vec<&str> = cast.iter().map(String::as_str).collect();
        names.sort_unstable();
        assert_eq!(names, ["the old woman", "the prince"]);
        let mut met = analyses[1].clone();
        mark_characters(&mut met, &cast);
        let marked: Vec<(&str, EntityKind)> = met
            .entities
            .iter()
            .map(|e| (e.text.as_str(), e.kind))
            .collect();
        assert_eq!(
            marked,
            [
                ("the prince", EntityKind::Person),
                ("the old woman", EntityKind::Person)
            ]
        );
    }

    #[test]
    fn names_take_the_gender_of_the_pronouns_after_them() {
        let sentences = [
            "One day Matte took his boat out to sea.",
            "Then Matte mended his nets.",
            "One morning Maie fed her cow.",
            "Then Ahti ruled the sea.",
        ];
        let passage = Passage {
            id: "p1".into(),
            source: crate::model::SourceRef::at("story.txt", 1),
            text: sentences.join(" "),
            sentences: sentences.iter().map(|s| s.to_string()).collect(),
        };
        let mut kinds = EntityKinds::default();
        for s in sentences {
            kinds.add(&analyse(s));
        }
        let analyses: Vec<Analysis> = passage.sentences.iter().map(|s| analyse(s)).collect();
        let genders = name_genders(analyses.iter(), &kinds);
        assert_eq!(genders.get("matte"), Some(&Gender::Male));
        assert_eq!(genders.get("maie"), Some(&Gender::Female));
        assert_eq!(genders.get("ahti"), None);
    }

    /// Three files, two of which give the depot party's "nine hours" and one
    /// "7 hours".
    pub(super) const DEPOT_PARTY: [(&str, &str); 3] = [
        (
            "a.txt",
            "The depot party had left about nine hours earlier.",
        ),
        ("b.txt", "The depot party had left only 7 hours earlier."),
        (
            "c.txt",
            "The depot party left nine hours before Burke came back.",
        ),
    ];

    /// One-sentence passages of the given files and texts, made a theme's
    /// material and analysed, for `check` to look at.
    pub(super) fn with_material<T>(
        texts: &[(&str, &str)],
        check: impl FnOnce(&Material, &[Vec<Analysis>]) -> T,
    ) -> T {
        let passages: Vec<Passage> = texts
            .iter()
            .enumerate()
            .map(|(i, (file, text))| Passage {
                id: format!("p{}", i + 1),
                source: crate::model::SourceRef::at(file, 1),
                text: text.to_string(),
                sentences: vec![text.to_string()],
            })
            .collect();
        let theme = Theme {
            slug: "all".into(),
            label: "All".into(),
            keywords: Vec::new(),
            passages: passages.iter().map(|p| p.id.clone()).collect(),
            facts: Vec::new(),
        };
        // (Each passage's one sentence a fact of its own.)
        let facts: Vec<Fact> = passages
            .iter()
            .enumerate()
            .map(|(i, p)| Fact {
                id: format!("f{}", i + 1),
                text: p.text.clone(),
                sentences: vec![crate::model::SentenceRef {
                    passage: p.id.clone(),
                    sentence: 0,
                }],
                support: vec![p.source.clone()],
            })
            .collect();
        let material = Material {
            theme: &theme,
            passages: passages.iter().collect(),
            facts: facts.iter().collect(),
            disagreements: Vec::new(),
            corpus: &passages,
            title: None,
        };
        let analysed: Vec<Vec<Analysis>> = passages
            .iter()
            .map(|p| p.sentences.iter().map(|s| analyse(s)).collect())
            .collect();
        check(&material, &analysed)
    }

    /// The kinds of the names the analysed sentences give.
    fn kinds_of(analysed: &[Vec<Analysis>]) -> EntityKinds {
        let mut kinds = EntityKinds::default();
        for a in analysed.iter().flatten() {
            kinds.add(a);
        }
        kinds
    }

    /// The numbers `disputed_numbers` finds in one-sentence passages, each
    /// of a file of its own, sorted.
    fn disputed_in(texts: &[&str]) -> Vec<String> {
        let files: Vec<String> = (0..texts.len()).map(|i| format!("s{i}.txt")).collect();
        let texts: Vec<(&str, &str)> = files
            .iter()
            .zip(texts)
            .map(|(file, text)| (file.as_str(), *text))
            .collect();
        with_material(&texts, |material, analysed| {
            let mut disputed: Vec<String> =
                disputed_numbers(material, analysed, &kinds_of(analysed))
                    .numbers
                    .into_iter()
                    .collect();
            disputed.sort();
            disputed
        })
    }

    #[test]
    fn compounds_their_meaning_spells_out_and_participles_before_nouns_are_no_vocabulary() {
        assert!(spelt_out("seawater", "water in and from the sea"));
        assert!(spelt_out(
            "grandfather",
            "the father of your father or mother"
        ));
        assert!(!spelt_out("scarcity", "a small and inadequate amount"));
        assert!(spelt_out("rebuild", "build again"));
        assert!(!spelt_out("reveal", "make visible"));
        assert!(plainly_derived("willingness") && plainly_derived("downwards"));
        assert!(plainly_derived("afterward"));
        let a = analyse("Hundreds were blinded by shattered glass.");
        let asked: Vec<String> = (0..a.words.len())
            .filter_map(|at| uncommon(&a.words, at))
            .map(|u| u.lemma)
            .collect();
        assert!(!asked.contains(&"shattered".to_string()), "{asked:?}");
        assert!(!plainly_derived("detrimental") && !plainly_derived("tumultuous"));
        let a = analyse("The polluted air smelled of the tumultuous river.");
        let asked: Vec<String> = (0..a.words.len())
            .filter_map(|at| uncommon(&a.words, at))
            .map(|u| u.lemma)
            .collect();
        assert!(!asked.contains(&"pollute".to_string()), "{asked:?}");
        let a = analyse("For years the factory polluted the river.");
        assert!(
            (0..a.words.len())
                .any(|at| uncommon(&a.words, at).is_some_and(|u| u.lemma == "pollute"))
        );
    }

    #[test]
    fn a_man_or_woman_brought_in_by_name_is_who_a_later_pronoun_may_mean() {
        let named = |s: &str| named_relative(&analyse(s));
        assert_eq!(
            named("Anselm had one daughter, whose name was Greta."),
            Some(("Greta".to_string(), Gender::Female))
        );
        assert_eq!(
            named("In that village lived a widow's daughter called Liesel."),
            Some(("Liesel".to_string(), Gender::Female))
        );
        assert_eq!(named("Anselm ground the corn for the village."), None);
    }

    #[test]
    fn near_counts_of_one_thing_in_two_sources_are_disputed() {
        let disputed = disputed_in(&[
            "The eruption killed 57 people and flattened 600 square kilometres.",
            "In all, 58 people died, and the summit lost 400 metres.",
            "The summit now stands at 2,550 metres.",
            "The willow gained 164 pounds in all.",
            "The pot held 200 pounds of soil.",
            "In 1779 Ingenhousz showed the need for light.",
            "In 1804 Saussure showed the need for water.",
        ]);
        assert_eq!(disputed, ["57", "58"]);
        // One verb and noun, far apart: two flights; near: one in doubt.
        let disputed = disputed_in(&[
            "The first flight covered 120 feet.",
            "The longest flight covered 852 feet.",
            "The last flight covered about 600 feet.",
        ]);
        assert_eq!(disputed, ["600", "852"]);
        // A bound is no dispute with a number within it.
        let disputed = disputed_in(&[
            "The tank held 8.7 million litres of molasses.",
            "The tank held more than 8 million litres of molasses.",
            "Officials counted 55 women killed.",
            "Fewer than 60 women were killed.",
            "More than 100 women were killed.",
        ]);
        // (Two bounds that cannot both hold disagree.)
        assert_eq!(disputed, ["100", "55", "60"]);
        // One measure told in other words by two files, far apart.
        let disputed = disputed_in(&[
            "Molasses flooded the streets in a wave about 25 feet high.",
            "The tank burst and let loose a 40-foot tidal wave of molasses.",
            "The tank was 50 feet wide.",
            "The molasses wave was 90 feet long in the streets.",
        ]);
        assert_eq!(disputed, ["25", "40"]);
    }

    #[test]
    fn a_note_in_shorthand_states_nothing() {
        assert!(!states_something(&analyse(
            "Howitt rescue party finds King Sept 1861"
        )));
        assert!(!states_something(&analyse("Gray dies on way back")));
        assert!(states_something(&analyse("Gray died on the way back")));
        assert!(states_something(&analyse("Gray dies on way back.")));
    }

    #[test]
    fn a_month_in_a_name_is_no_date() {
        assert!(
            disputed_in(&[
                "The Salt March was a campaign led by Gandhi in 1930.",
                "On 5 April 1930 Gandhi picked up salt on the beach at Dandi.",
                "Gandhi reached the sea in April 1930 after 24 days.",
            ])
            .is_empty()
        );
    }

    #[test]
    fn an_exhibit_label_states_nothing() {
        assert!(!states_something(&analyse(
            "Item 4.1. Mantel clock, bronze and enamel, recovered from a house on Nob Hill."
        )));
        assert!(!states_something(&analyse("Panel 7 – Rescue.")));
        assert!(states_something(&analyse(
            "Items 4 and 5 were found in 1906."
        )));
        assert!(states_something(&analyse(
            "Case closed, the judge went home."
        )));
    }

    #[test]
    fn a_toll_or_a_share_given_two_ways_by_two_sources_is_disputed() {
        let disputed = disputed_in(&[
            "For measles, about 95% of the population needs to be immune for herd immunity to work.",
            "For a disease such as measles, immunity in around 80% of the population is enough to stop outbreaks.",
            "Nitrogen makes up 78% of the air.",
            "Oxygen makes up 21% of the air.",
            "More than 2,500 people were killed in the blast.",
            "The blast killed nearly 2,000 people.",
            "About 2,000 people died.",
            "Some 300 people died at sea, and 4,000 were rescued.",
            "The ship had entered Halifax Harbour carrying nearly 2,900 tons of explosives.",
            "The ship, a French freighter, comes in carrying roughly 2,300 tons of explosives.",
            "Sedimentary rocks cover about 75% of the Earth's land surface.",
            "Sedimentary rocks cover only about 25% of the Earth's land surface.",
            "The fires burned for three days.",
            "After the quake, the fires burned for five days.",
        ]);
        assert_eq!(
            disputed,
            [
                "2,000", "2,300", "2,500", "2,900", "25", "75", "80", "95", "five", "three"
            ]
        );
    }

    #[test]
    fn a_day_or_an_act_given_two_years_leaves_the_rarer_year_in_doubt() {
        let disputed = disputed_in(&[
            "The worst storm came on April 14, 1935.",
            "On 14 April 1935 a storm swept the plains.",
            "The biggest storm came on April 14, 1934.",
            "Alexander Fleming discovered penicillin in 1928.",
            "Alexander Fleming discovered the mould in 1928.",
            "Alexander Fleming discovered penicillin in 1929.",
            "Alexander Fleming shared the Nobel Prize in 1945.",
            "About 2.5 million people left the plains.",
            "About 3.5 million people left the plains.",
            "Saman Kunan died on 6 July while carrying air tanks.",
            "Saman Kunan died on 6 July in the flooded cave.",
            "Saman Kunan died on 5 July after running out of air.",
        ]);
        assert_eq!(disputed, ["1929", "1934", "2.5", "3.5", "5"]);
    }

    #[test]
    fn a_surname_is_written_in_full_but_not_after_a_nickname() {
        let mut kinds = EntityKinds::default();
        for text in [
            "Daniel Sullivan saw the flames.",
            "Daniel Sullivan raised the alarm.",
        ] {
            kinds.add(&analyse(text));
        }
        assert_eq!(
            with_full_names(&analyse("Later Sullivan ran to the barn."), &kinds).as_deref(),
            Some("Later Daniel Sullivan ran to the barn.")
        );
        assert_eq!(
            with_full_names(
                &analyse("A neighbour, Daniel \"Peg Leg\" Sullivan, saw the flames."),
                &kinds
            ),
            None
        );
    }

    #[test]
    fn one_deed_credited_to_two_people_leaves_both_sentences_contested() {
        let texts = [
            (
                "a.txt",
                "Leland Stanford raised a silver maul to drive the golden spike, and the telegraph carried the word to the nation.",
            ),
            (
                "b.txt",
                "The honour of driving the final spike went to Thomas C. Durant, while the news was telegraphed across the nation.",
            ),
            (
                "c.txt",
                "Leland Stanford was president of the Central Pacific.",
            ),
            (
                "c.txt",
                "Thomas C. Durant raised money for the Union Pacific.",
            ),
        ];
        let mut apart: Vec<String> = with_material(&texts, |material, analysed| {
            credited_apart(material, analysed, &kinds_of(analysed))
                .into_iter()
                .map(str::to_string)
                .collect()
        });
        apart.sort();
        assert_eq!(apart, [texts[0].1, texts[1].1]);
    }

    #[test]
    fn one_day_given_two_months_or_one_deed_two_years_leaves_the_rarer_in_doubt() {
        let disputed = disputed_in(&[
            "Mount Vesuvius erupted on 24 October AD 79.",
            "On 24 August AD 79 the volcano erupted.",
            "The disaster unfolded on 24 August AD 79.",
            "The town flooded on 24 May 1902.",
            "In 1863 Giuseppe Fiorelli found a way to fill the spaces left by bodies with plaster.",
            "In 1863 Fiorelli poured plaster into the spaces left by the bodies.",
            "It was Giuseppe Fiorelli who, in 1870, first filled the voids left by bodies with plaster.",
            "In 1875 Fiorelli wrote a book about the town.",
            "The fire started in a bakery on Pudding Lane on 2 September 1666.",
            "On 2 September 1666 a fire started in the king's bakery on Pudding Lane.",
            "The Great Fire started on 5 September 1666 in a bakery on Pudding Lane.",
            "On 4 September 1666 the flames reached St Paul's.",
        ]);
        assert_eq!(disputed, ["1870", "5", "october"]);
    }

    #[test]
    fn a_table_drops_the_rows_other_questions_use() {
        let trimmed = matching()
            .without_rows(|q| q.text.starts_with("Collins"))
            .unwrap();
        assert_eq!(trimmed.items, ["Armstrong", "Aldrin", "Nixon"]);
        assert_eq!(trimmed.options, ["commanded", "flew Eagle", "greeted them"]);
        assert_eq!(trimmed.solution, [0, 1, 2]);
        assert_eq!(trimmed.answer, "Armstrong: A; Aldrin: B; Nixon: C");
        assert_eq!(trimmed.points, 3);
        assert_eq!(trimmed.quotes.len(), 3);
        // Fewer than three rows left: no table.
        assert!(
            matching()
                .without_rows(|q| !q.text.starts_with("Nixon"))
                .is_none()
        );
    }
}
