//! Lemmas: the dictionary form of a word ("died" -> "die", "wolves" -> "wolf").
//!
//! In: a word and its part-of-speech tag. Out: its lemma, lower case. Rules
//! for regular English inflection, checked against the verbs and nouns the
//! UD English treebank knows, plus a table of the forms the rules get wrong
//! (both in `lemmas.tsv`, written by `cargo run --release --bin train-tagger`)
//! and WordNet's irregular verb forms (`irregular-verbs.tsv`).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tagger::Tag;

/// What `lemmas.tsv` holds.
struct Table {
    /// (form, class) -> lemma, for forms the rules get wrong.
    exceptions: FxHashMap<(String, Class), String>,
    /// Lemmas known per class, to choose between rule candidates.
    known: FxHashSet<(String, Class)>,
}

/// The word classes that inflect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Verb,
    Noun,
    Adjective,
}

impl Class {
    pub fn of(tag: Tag) -> Option<Class> {
        match tag {
            Tag::Verb | Tag::Aux => Some(Class::Verb),
            Tag::Noun => Some(Class::Noun),
            Tag::Adj => Some(Class::Adjective),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Class::Verb => "V",
            Class::Noun => "N",
            Class::Adjective => "A",
        }
    }

    fn from_code(code: &str) -> Option<Class> {
        match code {
            "V" => Some(Class::Verb),
            "N" => Some(Class::Noun),
            "A" => Some(Class::Adjective),
            _ => None,
        }
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        exceptions: FxHashMap::default(),
        known: FxHashSet::default(),
    };
    // Lines: "=\tclass\tlemma" for a known lemma, "form\tclass\tlemma" for an exception.
    for line in include_str!("lemmas.tsv").lines() {
        let mut parts = line.split('\t');
        let (Some(form), Some(class), Some(lemma)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(class) = Class::from_code(class) else {
            continue;
        };
        if form == "=" {
            table.known.insert((lemma.to_string(), class));
        } else {
            table
                .exceptions
                .insert((form.to_string(), class), lemma.to_string());
        }
    }
    table
});

/// Irregular verb forms the treebank never shows ("wept" -> "weep"), from
/// WordNet's exception list (`irregular-verbs.tsv`, written by
/// `build-glossary`).
static IRREGULAR_VERBS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("irregular-verbs.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .collect()
});

/// Whether a verb has forms the rules do not make ("lose": "lost"), by the
/// treebank's exceptions or WordNet's list.
pub fn is_irregular_verb(lemma: &str) -> bool {
    IRREGULAR_VERBS.values().any(|l| *l == lemma)
        || TABLE
            .exceptions
            .iter()
            .any(|((_, class), l)| *class == Class::Verb && l == lemma)
}

/// Whether a word is a known adjective with a degree ending ("-er":
/// "hotter", "larger", "heavier"; "-est": "largest", "biggest"), not a word
/// that merely ends so ("other", "forest"): the base the ending leaves, with
/// its "e" back, its doubled letter single or its "i" a "y", is a known
/// adjective.
pub fn graded(word: &str, ending: &str) -> bool {
    let Some(stem) = word.strip_suffix(ending) else {
        return false;
    };
    let undoubled = stem
        .chars()
        .last()
        .filter(|&c| stem.len() > 2 && stem[..stem.len() - 1].ends_with(c))
        .map(|_| &stem[..stem.len() - 1]);
    [
        Some(stem.to_string()),
        Some(format!("{stem}e")),
        undoubled.map(str::to_string),
        stem.strip_suffix('i').map(|s| format!("{s}y")),
    ]
    .into_iter()
    .flatten()
    .any(|base| is_known(&base, Class::Adjective))
}

/// Whether a word is a past form of an irregular verb that the treebank
/// never uses as a noun ("wept", not "saw" or "left").
pub fn only_irregular_past(word: &str) -> bool {
    let lower = word.to_lowercase();
    IRREGULAR_VERBS.contains_key(lower.as_str())
        && !is_known(&lower, Class::Noun)
        && !is_known(&lower, Class::Adjective)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Candidate lemmas by the rules, most likely first.
pub fn candidates(word: &str, class: Class) -> Vec<String> {
    let w = word.to_lowercase();
    let strip = |suffix: &str| {
        w.strip_suffix(suffix)
            .filter(|s| s.len() >= 2)
            .map(str::to_string)
    };
    let mut out: Vec<String> = Vec::new();
    match class {
        Class::Noun => {
            if let Some(s) = strip("ies") {
                out.push(s + "y");
            }
            if let Some(s) = strip("ves") {
                out.push(s.clone() + "f");
                out.push(s + "fe");
            }
            for ending in ["sses", "shes", "ches", "xes", "zes", "oes"] {
                if let Some(s) = strip("es").filter(|_| w.ends_with(ending)) {
                    out.push(s);
                }
            }
            if let Some(s) = strip("s")
                .filter(|_| !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
            {
                out.push(s);
            }
        }
        Class::Verb => {
            if let Some(s) = strip("ies").or_else(|| strip("ied")) {
                out.push(s + "y");
            }
            for suffix in ["ing", "ed"] {
                if let Some(s) = strip(suffix) {
                    let chars: Vec<char> = s.chars().collect();
                    let n = chars.len();
                    // stopped -> stop, planning -> plan
                    if n >= 3
                        && chars[n - 1] == chars[n - 2]
                        && !is_vowel(chars[n - 1])
                        && !"lsz".contains(chars[n - 1])
                    {
                        out.push(chars[..n - 1].iter().collect());
                    }
                    // removed -> remove, making -> make; but after two
                    // consonants (splashed, wanted, mixed) no "e" was lost.
                    // Nor after two vowels (joined, cleaned, looked),
                    // unless before a consonant an "e" often follows
                    // (pleased, voiced, leaving).
                    // ("guided", "quoted": a "u" after "g" or "q" is no
                    // vowel of the pair.)
                    let vowel_pair = n >= 3
                        && is_vowel(chars[n - 2])
                        && is_vowel(chars[n - 3])
                        && !(chars[n - 3] == 'u' && n >= 4 && "gq".contains(chars[n - 4]))
                        && !"scgvz".contains(chars[n - 1]);
                    let consonants = n >= 2
                        && !is_vowel(chars[n - 1])
                        && (!is_vowel(chars[n - 2]) || "xwy".contains(chars[n - 1]) || vowel_pair);
                    if consonants {
                        out.push(s.clone());
                        out.push(s + "e");
                    } else {
                        out.push(s.clone() + "e");
                        out.push(s);
                    }
                }
            }
            if let Some(s) = strip("es").filter(|_| {
                ["sses", "shes", "ches", "xes", "zes", "oes"]
                    .iter()
                    .any(|e| w.ends_with(e))
            }) {
                out.push(s);
            }
            if let Some(s) = strip("s").filter(|_| !w.ends_with("ss")) {
                out.push(s);
            }
        }
        Class::Adjective => {}
    }
    out
}

/// The lemma the rules give: the word itself if it is a known lemma, else
/// the first rule candidate that is, else the first candidate, else the word.
pub fn by_rules(word: &str, class: Class, known: impl Fn(&str) -> bool) -> String {
    let lower = word.to_lowercase();
    if known(&lower) {
        return lower;
    }
    let options = candidates(&lower, class);
    options
        .iter()
        .find(|c| known(c))
        .or(options.first())
        .cloned()
        .unwrap_or(lower)
}

/// Whether the treebank knows a word (any case) as a lemma of a class or as
/// an irregular form of one.
pub fn is_known(word: &str, class: Class) -> bool {
    let lower = word.to_lowercase();
    TABLE.known.contains(&(lower.clone(), class)) || TABLE.exceptions.contains_key(&(lower, class))
}

/// The lemma of a word of a class: an exception if the table has one, else
/// what the rules give.
pub fn lemma_of(word: &str, class: Class) -> String {
    let lower = word.to_lowercase();
    if let Some(lemma) = TABLE.exceptions.get(&(lower.clone(), class)) {
        return lemma.clone();
    }
    let known = |w: &str, class: Class| TABLE.known.contains(&(w.to_string(), class));
    if class == Class::Verb
        && !known(&lower, class)
        && let Some(lemma) = IRREGULAR_VERBS.get(lower.as_str())
    {
        return lemma.to_string();
    }
    let by_class = by_rules(&lower, class, |w| known(w, class));
    if known(&by_class, class) {
        return by_class;
    }
    // A verb the treebank never saw may be a word it knows in another
    // class: "despaired" -> "despair" (a noun there), not "despaire".
    candidates(&lower, class)
        .into_iter()
        .find(|c| {
            [Class::Verb, Class::Noun, Class::Adjective]
                .iter()
                .any(|&k| known(c, k))
        })
        .unwrap_or(by_class)
}

/// The lemma of a tagged word; words of classes that do not inflect are
/// only lower-cased (proper nouns keep their case).
pub fn lemma(word: &str, tag: Tag) -> String {
    match Class::of(tag) {
        Some(class) => lemma_of(word, class),
        None if tag == Tag::Propn => word.to_string(),
        None => word.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degree_forms_of_known_adjectives() {
        assert!(graded("hotter", "er") && graded("heavier", "er") && graded("larger", "er"));
        assert!(graded("largest", "est") && graded("biggest", "est"));
        assert!(!graded("other", "er") && !graded("forest", "est"));
    }

    #[test]
    fn regular_and_irregular_verbs() {
        for (form, expected) in [
            ("died", "die"),
            ("removed", "remove"),
            ("wanted", "want"),
            ("stopped", "stop"),
            ("making", "make"),
            ("recommended", "recommend"),
            ("rejoined", "rejoin"),
            ("splashed", "splash"),
            ("went", "go"),
            ("was", "be"),
            ("wrote", "write"),
            ("written", "write"),
            ("carries", "carry"),
            ("learned", "learn"),
            ("despaired", "despair"),
            ("wept", "weep"),
        ] {
            assert_eq!(lemma_of(form, Class::Verb), expected, "{form}");
        }
    }

    #[test]
    fn plural_nouns() {
        for (form, expected) in [
            ("secretaries", "secretary"),
            ("wolves", "wolf"),
            ("churches", "church"),
            ("documents", "document"),
            ("children", "child"),
            ("crisis", "crisis"),
        ] {
            assert_eq!(lemma_of(form, Class::Noun), expected, "{form}");
        }
    }
}
