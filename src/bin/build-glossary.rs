//! Builds the glossary the vocabulary questions use, from WordNet 3.0.
//!
//!     cargo run --release --bin build-glossary -- WORDNET_DICT_DIR
//!
//! WORDNET_DICT_DIR holds WordNet's index.* and data.* files (Debian's
//! wordnet-base package puts them in /usr/share/wordnet; without installing
//! it: `apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn`,
//! then `wn/usr/share/wordnet`). Keeps the single words with exactly one
//! sense over all parts of speech and that are no form of another word (so
//! the definition is the meaning in any sentence, whatever the tagger says)
//! and are not common — used fewer than three times in the UD
//! English Web Treebank's training set, read from ../shared/nlp (or
//! $STUDYPACK_SHARED/nlp) — with a short definition, and writes
//! src/text/glossary.tsv: `word<TAB>pos<TAB>synset<TAB>kind<TAB>definition`,
//! the kind being WordNet's lexicographer file (02 noun.artifact, 28
//! noun.time, 38 verb.motion, ...).
//! It also writes src/text/person-nouns.txt, the single lower-case nouns
//! whose commonest sense is a person (WordNet's noun.person file: "widow",
//! "cottager", "gardener"), one per line, for telling who a pronoun can
//! mean; a word with a sense that is an animal is marked `<TAB>animal`
//! ("dragon", "pastor").
//! And it writes src/text/irregular-verbs.tsv, `form<TAB>lemma` for each
//! single-word past or participle form in WordNet's verb exception list
//! ("wept" -> "weep"), for forms the treebank never shows.
//! WordNet 3.0 Copyright 2006 by Princeton University (licence in README.md).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Words the treebank uses this often are ones a student knows.
const COMMON: usize = 3;
/// Longest definition kept, in words: an option, not a paragraph.
const MAX_DEFINITION_WORDS: usize = 12;

/// Words of a definition that keep it off a school handout (as a distractor
/// as much as an answer).
const UNSUITABLE: &[&str] = &[
    "sex",
    "sexual",
    "sexually",
    "genital",
    "genitals",
    "penis",
    "vagina",
    "anus",
    "buttocks",
    "excrement",
    "feces",
    "faeces",
    "urine",
    "urinate",
    "defecate",
    "waste",
    "prostitute",
    "obscene",
    "vulgar",
    "alcoholic",
    "drunk",
    "drunken",
    "drug",
    "drugs",
    "narcotic",
    "intercourse",
    "copulate",
    "erotic",
    "pornography",
    "masturbate",
    "suicide",
    "slur",
    "offensive",
    "disparaging",
    "derogatory",
    "ethnic",
];

/// WordNet's file suffix and the glossary's part-of-speech letter.
const PARTS: [(&str, char); 4] = [("noun", 'n'), ("verb", 'v'), ("adj", 'a'), ("adv", 'r')];

fn main() -> ExitCode {
    let Some(dict) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!(
            "usage: build-glossary WORDNET_DICT_DIR (see the comment at the top of src/bin/build-glossary.rs)"
        );
        return ExitCode::from(2);
    };
    let built = build(&dict).and_then(|glossary| {
        Ok((
            glossary,
            build_person_nouns(&dict)?,
            build_irregular_verbs(&dict)?,
        ))
    });
    match built {
        Ok((glossary, persons, verbs)) => {
            println!("wrote src/text/glossary.tsv: {glossary} words");
            println!("wrote src/text/person-nouns.txt: {persons} words");
            println!("wrote src/text/irregular-verbs.tsv: {verbs} forms");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-glossary: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// How often each lower-case word form is used in the treebank.
fn treebank_counts() -> Result<HashMap<String, usize>, String> {
    let path = studypack::evaluate::shared_dir().join("nlp/ud-english-ewt/train.conllu");
    let text = read(&path)?;
    let mut counts = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        if let (Some(_), Some(form), Some(lemma)) = (fields.next(), fields.next(), fields.next()) {
            *counts.entry(form.to_lowercase()).or_default() += 1;
            if lemma.to_lowercase() != form.to_lowercase() {
                *counts.entry(lemma.to_lowercase()).or_default() += 1;
            }
        }
    }
    Ok(counts)
}

/// A gloss's definition, without its examples and leading remarks:
/// `(sometimes followed by `to') causing harm or injury; "..."` ->
/// `causing harm or injury`.
fn definition(gloss: &str) -> Option<String> {
    let mut text = gloss.split("; \"").next()?.trim().to_string();
    while text.starts_with('(') {
        let close = text.find(')')?;
        text = text[close + 1..].trim().to_string();
    }
    let text = text
        .replace(['`', '\''], "")
        .trim_end_matches(';')
        .trim()
        .to_string();
    let words = text.split_whitespace().count();
    // Lower-case words only: "son of Noah" is no meaning a student could
    // weigh against another.
    let plain = text
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || " ,-".contains(c));
    (plain && (2..=MAX_DEFINITION_WORDS).contains(&words)).then_some(text)
}

/// The beginnings a definition must not share with the word: the first
/// four letters of the word, of each part of a hyphenated word, and of the
/// word without a negative prefix; an "-ly" adverb's first three.
fn roots(lemma: &str) -> Vec<String> {
    let start = |word: &str, n: usize| -> String { word.chars().take(n).collect() };
    let mut roots: Vec<String> = lemma
        .split('-')
        .filter(|part| part.len() >= 3)
        .map(|part| start(part, 4))
        .collect();
    for prefix in ["un", "in", "im", "ir", "il", "non", "dis"] {
        if let Some(rest) = lemma.strip_prefix(prefix).filter(|rest| rest.len() >= 5) {
            roots.push(start(rest, 4));
        }
    }
    if lemma.ends_with("ly") {
        roots.push(start(lemma, 3));
    }
    roots
}

fn build(dict: &Path) -> Result<usize, String> {
    let counts = treebank_counts()?;
    // Senses of each word over all parts of speech: "stole" (a scarf, and
    // "stole up behind him") or "westward" (adverb, adjective and noun)
    // would be given the wrong meaning whenever the tagger errs.
    let mut senses: HashMap<String, usize> = HashMap::new();
    for (part, _) in PARTS {
        for line in read(&dict.join(format!("index.{part}")))?.lines() {
            let fields: Vec<&str> = line.split(' ').filter(|f| !f.is_empty()).collect();
            if let (false, Some(lemma), Some(count)) =
                (line.starts_with(' '), fields.first(), fields.get(2))
            {
                *senses.entry(lemma.to_string()).or_default() +=
                    count.parse::<usize>().unwrap_or(2);
            }
        }
    }
    // A word that is also a form of another ("stole" of "steal", in
    // WordNet's exception lists) counts as having more senses.
    for part in ["noun", "verb", "adj", "adv"] {
        for line in read(&dict.join(format!("{part}.exc")))?.lines() {
            if let Some(form) = line.split(' ').next() {
                *senses.entry(form.to_string()).or_default() += 1;
            }
        }
    }
    let mut rows: BTreeMap<(String, char), (String, String, String)> = BTreeMap::new();
    for (part, letter) in PARTS {
        let data = read(&dict.join(format!("data.{part}")))?;
        // Synset offset -> (lexicographer file, gloss).
        let glosses: HashMap<&str, (&str, &str)> = data
            .lines()
            .filter(|l| !l.starts_with(' '))
            .filter_map(|l| {
                let mut fields = l.split(' ');
                let offset = fields.next()?;
                let lexfile = fields.next()?;
                Some((offset, (lexfile, l.split_once(" | ")?.1)))
            })
            .collect();
        for line in read(&dict.join(format!("index.{part}")))?.lines() {
            let fields: Vec<&str> = line.split(' ').filter(|f| !f.is_empty()).collect();
            let (Some(lemma), Some(senses_here)) = (fields.first(), fields.get(2)) else {
                continue;
            };
            let single_word = lemma.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !lemma.starts_with('-')
                && !lemma.ends_with('-');
            let common = counts.get(*lemma).copied().unwrap_or(0) >= COMMON;
            let one_sense = senses_here == &"1" && senses.get(*lemma) == Some(&1);
            if line.starts_with(' ') || !one_sense || !single_word || common {
                continue;
            }
            let Some(offset) = fields.last() else {
                continue;
            };
            let Some(&(lexfile, gloss)) = glosses.get(offset) else {
                continue;
            };
            let Some(meaning) = definition(gloss) else {
                continue;
            };
            // "in a scandalous manner" for "scandalously", "of or relating
            // to Scandinavia", "not realistic" for "unrealistic", "with
            // anger" for "angrily", "lying below the normal level" for
            // "sea-level": the definition gives the word away.
            let gives_away = roots(lemma).iter().any(|root| {
                meaning
                    .to_lowercase()
                    .split([' ', '-'])
                    .any(|w| w.starts_with(root.as_str()))
            }) || meaning.starts_with("of or relating to");
            let unsuitable = meaning
                .split([' ', ',', '-'])
                .chain(std::iter::once(*lemma))
                .any(|w| UNSUITABLE.contains(&w));
            if gives_away || unsuitable {
                continue;
            }
            rows.insert(
                (lemma.to_string(), letter),
                (offset.to_string(), lexfile.to_string(), meaning),
            );
        }
    }
    let mut out = String::from(
        "# word\tpos\tsynset\tkind\tdefinition — from WordNet 3.0, Copyright 2006 by Princeton University (licence in README.md); rebuilt by src/bin/build-glossary.rs\n",
    );
    for ((word, pos), (offset, lexfile, meaning)) in &rows {
        out.push_str(&format!("{word}\t{pos}\t{offset}\t{lexfile}\t{meaning}\n"));
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/glossary.tsv");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(rows.len())
}

/// Words of a person noun's gloss that mark it an insult.
const INSULTING: &[&str] = &[
    "disliked",
    "contemptible",
    "contempt",
    "insulting",
    "abusive",
];

/// WordNet's lexicographer files of nouns for people and for animals.
const NOUN_PERSON: &str = "18";
const NOUN_ANIMAL: &str = "05";

/// Writes src/text/irregular-verbs.tsv from verb.exc; where WordNet gives
/// two lemmas ("distilled": "distil", "distill") the last, American one.
fn build_irregular_verbs(dict: &Path) -> Result<usize, String> {
    let mut out = String::new();
    let mut count = 0;
    for line in read(&dict.join("verb.exc"))?.lines() {
        let fields: Vec<&str> = line.split(' ').filter(|f| !f.is_empty()).collect();
        if let (Some(form), Some(lemma)) = (fields.first(), fields.last())
            && fields.len() >= 2
            && !line.contains('_')
        {
            out.push_str(&format!("{form}\t{lemma}\n"));
            count += 1;
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/irregular-verbs.tsv");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(count)
}

/// Writes the nouns whose first (commonest) sense is a person, written in
/// lower case in that sense (not "Stalin"); returns how many.
fn build_person_nouns(dict: &Path) -> Result<usize, String> {
    let data = read(&dict.join("data.noun"))?;
    // Synset offset -> (lexicographer file, its words as written, gloss).
    let synsets: HashMap<&str, (&str, Vec<&str>, &str)> = data
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let fields: Vec<&str> = l.split(' ').collect();
            let count = usize::from_str_radix(fields.get(3)?, 16).ok()?;
            let words = (0..count).filter_map(|i| fields.get(4 + 2 * i).copied());
            let gloss = l.split_once(" | ")?.1;
            Some((fields[0], (fields[1], words.collect(), gloss)))
        })
        .collect();
    let mut nouns = Vec::new();
    for line in read(&dict.join("index.noun"))?.lines() {
        let fields: Vec<&str> = line.split(' ').filter(|f| !f.is_empty()).collect();
        let (Some(lemma), Some(count)) = (fields.first(), fields.get(2)) else {
            continue;
        };
        let Ok(count) = count.parse::<usize>() else {
            continue;
        };
        let single_word = lemma.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && lemma.len() >= 3
            && !lemma.starts_with('-')
            && !lemma.ends_with('-');
        let Some(first) = fields.len().checked_sub(count).and_then(|i| fields.get(i)) else {
            continue;
        };
        // Slurs stay out of the file, though it only tells who a pronoun
        // can mean.
        let person = synsets.get(first).is_some_and(|(lexfile, words, gloss)| {
            *lexfile == NOUN_PERSON
                && words.contains(lemma)
                && !gloss
                    .split([' ', ',', ';', '(', ')'])
                    .any(|w| UNSUITABLE.contains(&w) || INSULTING.contains(&w))
        });
        // "dragon" is first a fierce woman, but also a beast (and "pastor"
        // a bird): marked, so that no question asks "whom" of it.
        let offsets = &fields[fields.len() - count..];
        let also_animal = offsets.iter().any(|o| {
            synsets
                .get(o)
                .is_some_and(|(lexfile, _, _)| *lexfile == NOUN_ANIMAL)
        });
        if single_word && !line.starts_with(' ') && person {
            nouns.push(if also_animal {
                format!("{lemma}\tanimal")
            } else {
                lemma.to_string()
            });
        }
    }
    let mut out = String::from(
        "# nouns whose commonest sense is a person — from WordNet 3.0, Copyright 2006 by Princeton University (licence in README.md); rebuilt by src/bin/build-glossary.rs\n",
    );
    for noun in &nouns {
        out.push_str(noun);
        out.push('\n');
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/person-nouns.txt");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(nouns.len())
}
