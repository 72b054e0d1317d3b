//! Pronouns after a sentence's subject ("the king gave her ...", "he
//! took his sword"), replaced by the one person they can mean; and a bare
//! "The team" opening a sentence, written as the passage first named it.
//!
//! In: a passage's sentences, analysed, in reading order (their opening
//! pronouns already resolved), the corpus's name kinds and the genders the
//! sources give names. Out: the same sentences, each rewritten (and
//! analysed again) where a he / him / his / she / her can be replaced by a
//! person's name: exactly one person of that gender has been mentioned in
//! the passage up to that word. A pronoun with two possible people, inside
//! quoted speech, or after its person is named in the sentence is left as written
//! (the checks then keep it out of questions that lack its referent). A
//! subject "the team" becomes "the Oxford team" when the passage wrote
//! "the Oxford team" before, and no other "the ... team".

use std::collections::HashMap;

use super::clause;
use crate::text::analysis::{Analysis, EntityKind, EntityKinds, Gender, analyse, person_noun};
use crate::text::tagger::Tag;

/// Someone a passage mentions: who they are (a name, or a person noun's
/// lemma), how a question can name them, and which pronouns can mean them.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    key: String,
    /// "Old Dschang", "the old woman", "the cottager" (from "a cottager");
    /// none for "his wife", which cannot be written out without its own
    /// pronoun.
    name: Option<String>,
    gender: Gender,
}

/// The people a sentence mentions, with the index of the word they start at.
fn mentions(
    analysis: &Analysis,
    kinds: &EntityKinds,
    genders: &HashMap<String, Gender>,
) -> Vec<(usize, Mention)> {
    let words = &analysis.words;
    let mut found: Vec<(usize, Mention)> = analysis
        .entities
        .iter()
        .filter(|e| kinds.kind(e) == EntityKind::Person)
        .map(|e| {
            // "Alexander Fleming" and "Fleming" are one person.
            let full = e.text.to_lowercase();
            let key = full.rsplit(' ').next().unwrap_or(&full).to_string();
            let gender = genders
                .get(&full)
                .or_else(|| genders.get(&key))
                .copied()
                .unwrap_or(Gender::Either);
            let name = Some(e.text.clone());
            (e.first, Mention { key, name, gender })
        })
        .collect();
    for chunk in &analysis.chunks {
        let head = &words[chunk.head];
        let named = found
            .iter()
            .any(|(at, _)| (chunk.first..=chunk.last).contains(at));
        let plural = head.text.to_lowercase() != head.lemma.to_lowercase();
        // "the Queen" is a person whatever the capital makes of it.
        let nominal = head.tag.is_nominal();
        let Some(gender) = person_noun(&head.lemma.to_lowercase()).filter(|_| nominal) else {
            continue;
        };
        if named || plural {
            continue;
        }
        let phrase = analysis.text[words[chunk.first].start..words[chunk.last].end].to_lowercase();
        let name = match words[chunk.first].text.to_lowercase().as_str() {
            "the" if !phrase.contains('\'') && !phrase.contains('\u{2019}') => Some(phrase),
            "a" | "an" => Some(format!("the {}", head.text.to_lowercase())),
            _ => None,
        };
        let key = head.lemma.to_lowercase();
        found.push((chunk.first, Mention { key, name, gender }));
    }
    // "The charcoal-burner did as the old man told him, saddled his horse":
    // a subject no word list knows for a person, with a his or her after
    // it, may be the one later pronouns mean.
    let start = clause::subject_start(analysis);
    let gendered_after = |i: usize| {
        (i..words.len()).any(|k| match words[k].text.to_lowercase().as_str() {
            "his" => true,
            "her" => words.get(k + 1).is_some_and(|n| n.tag == Tag::Noun),
            _ => false,
        })
    };
    if let Some(chunk) = analysis.chunks.iter().find(|c| c.first == start) {
        let head = &words[chunk.head];
        let known = found
            .iter()
            .any(|(at, _)| (chunk.first..=chunk.last).contains(at));
        // ("Prince Hyacinth": a name the entity kinds took for a title.)
        let nominal = matches!(head.tag, Tag::Noun | Tag::Propn);
        if !known && nominal && gendered_after(chunk.last + 1) {
            let key = head.lemma.to_lowercase();
            found.push((
                chunk.first,
                Mention {
                    key,
                    name: None,
                    gender: Gender::Either,
                },
            ));
        }
    }
    // "the poor one": someone (or something) a pronoun may mean, with no
    // noun to say who, so it only stops a pronoun being resolved.
    for (i, w) in words.iter().enumerate().skip(2) {
        let adjective = words[i - 1].tag == Tag::Adj;
        if w.text.eq_ignore_ascii_case("one")
            && adjective
            && words[i - 2].text.eq_ignore_ascii_case("the")
        {
            let key = format!("the {} one", words[i - 1].text.to_lowercase());
            found.push((
                i - 2,
                Mention {
                    key,
                    name: None,
                    gender: Gender::Either,
                },
            ));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found
}

/// Whether word `i` stands inside quotation marks.
fn quoted(analysis: &Analysis, i: usize) -> bool {
    let before = &analysis.text[..analysis.words[i].start];
    let straight = before.matches('"').count();
    let opened = before.matches('\u{201C}').count();
    let closed = before.matches('\u{201D}').count();
    straight % 2 == 1 || opened > closed
}

/// The one person of `gender` among `seen` (by identity), if there is one
/// and the sources give them that gender: a "cousin" or a name of unknown
/// gender may be the one meant, so it stops a "her" being resolved, but is
/// never what it is resolved to.
fn sole<'a>(seen: &[&'a Mention], gender: Gender) -> Option<&'a Mention> {
    let mut fitting = seen
        .iter()
        .filter(|m| m.gender == gender || m.gender == Gender::Either);
    let first = fitting.next()?;
    (first.gender == gender && fitting.all(|m| m.key == first.key)).then_some(*first)
}

/// The sentence with its pronouns replaced where only one person fits,
/// given the people the passage mentioned before it.
fn replaced(analysis: &Analysis, before: &[Mention], here: &[(usize, Mention)]) -> Option<String> {
    let words = &analysis.words;
    let start = clause::subject_start(analysis);
    let mut text = String::new();
    let mut at = 0;
    let mut named: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate().skip(start + 1) {
        let lower = w.text.to_lowercase();
        let gender = match lower.as_str() {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => continue,
        };
        if quoted(analysis, i) {
            continue;
        }
        let seen: Vec<&Mention> = before
            .iter()
            .chain(here.iter().filter(|(at, _)| *at < i).map(|(_, m)| m))
            .collect();
        let Some(person) = sole(&seen, gender) else {
            continue;
        };
        // "The princess took her wool": a person the sentence has named
        // already is clear as it stands (and likely the one meant).
        // So is a later pronoun for someone this one names: "the rest of
        // his days", not "the rest of the old man's days".
        let named_before = here.iter().any(|(at, m)| *at < i && m.key == person.key)
            || named.contains(&person.key);
        if named_before {
            continue;
        }
        let Some(name) = &person.name else {
            continue;
        };
        // ("In Thornwick she went": "In Thornwick Ysolde went" would read
        // as one name.)
        if i > 0 && words[i - 1].tag == Tag::Propn && name.starts_with(char::is_uppercase) {
            continue;
        }
        let possessive = lower == "his"
            || (lower == "her"
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.tag.is_nominal() || n.tag == Tag::Adj));
        let replacement = if possessive {
            format!("{name}'s")
        } else {
            name.clone()
        };
        text.push_str(&analysis.text[at..w.start]);
        text.push_str(&replacement);
        at = w.end;
        named.push(person.key.clone());
    }
    (at > 0).then(|| format!("{text}{}", &analysis.text[at..]))
}

/// Noun phrases of a sentence with words between "the" and their head
/// ("the Oxford team"): (head as written, lower-cased; phrase as written).
fn full_descriptions(analysis: &Analysis) -> Vec<(String, String)> {
    let words = &analysis.words;
    analysis
        .chunks
        .iter()
        .filter(|c| {
            words[c.first].text.eq_ignore_ascii_case("the")
                && c.head == c.last
                && c.last >= c.first + 2
                && words[c.head].tag == Tag::Noun
                && !analysis.text[words[c.first].start..words[c.last].end].contains('\'')
        })
        .map(|c| {
            let text = &analysis.text[words[c.first + 1].start..words[c.last].end];
            (words[c.head].text.to_lowercase(), text.to_string())
        })
        .collect()
}

/// "The team was led by Florey": a subject that is only "the" and a noun
/// is written out as the passage wrote it before, when it wrote it one way
/// ("The Oxford team was led by Florey").
fn fuller_subject(analysis: &Analysis, described: &[(String, String)]) -> Option<String> {
    let head = &analysis.words[clause::bare_subject(analysis)?];
    // By the noun as written: "the men" are not "the old man".
    let noun = head.text.to_lowercase();
    let mut ways = described.iter().filter(|(head, _)| *head == noun);
    let (_, fuller) = ways.next()?;
    if ways.any(|(_, other)| !other.eq_ignore_ascii_case(fuller)) {
        return None;
    }
    Some(format!(
        "{}{}{}",
        &analysis.text[..head.start],
        fuller,
        &analysis.text[head.end..]
    ))
}

/// Reads one passage's sentences in order and resolves the pronouns after
/// their subjects, and a bare "the team" opening a clause.
pub fn resolve_passage(
    analyses: &mut [Analysis],
    kinds: &EntityKinds,
    genders: &HashMap<String, Gender>,
) {
    let mut before: Vec<Mention> = Vec::new();
    let mut described: Vec<(String, String)> = Vec::new();
    for analysis in analyses.iter_mut() {
        let mine = full_descriptions(analysis);
        if let Some(text) = fuller_subject(analysis, &described) {
            *analysis = analyse(&text);
        }
        described.extend(mine);
        let here = mentions(analysis, kinds, genders);
        if let Some(text) = replaced(analysis, &before, &here) {
            *analysis = analyse(&text);
        }
        before.extend(here.into_iter().map(|(_, m)| m));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analysis::analyse;

    fn resolved(sentences: &[&str]) -> Vec<String> {
        resolved_with(sentences, &HashMap::new())
    }

    fn resolved_with(sentences: &[&str], genders: &HashMap<String, Gender>) -> Vec<String> {
        let mut analyses: Vec<Analysis> = sentences.iter().map(|s| analyse(s)).collect();
        let mut kinds = EntityKinds::default();
        for a in &analyses {
            kinds.add(a);
        }
        resolve_passage(&mut analyses, &kinds, genders);
        analyses.into_iter().map(|a| a.text).collect()
    }

    #[test]
    fn a_pronoun_with_one_possible_person_is_replaced() {
        let out = resolved(&[
            "The princess lived in a tower.",
            "The giant carried her off to his castle.",
            "The giant gave her a ring and took her hand.",
        ]);
        assert_eq!(out[1], "The giant carried the princess off to his castle.");
        assert_eq!(
            out[2],
            "The giant gave the princess a ring and took her hand."
        );
    }

    #[test]
    fn a_name_is_not_put_beside_another() {
        let out = resolved(&[
            "Ysolde was a widow.",
            "In Thornwick she went from door to door.",
        ]);
        assert_eq!(out[1], "In Thornwick she went from door to door.");
    }

    #[test]
    fn a_pronoun_with_two_possible_people_is_left() {
        let out = resolved(&[
            "The princess met the old woman in the wood.",
            "The giant carried her off.",
        ]);
        assert_eq!(out[1], "The giant carried her off.");
        let out = resolved(&[
            "The old man told the burner to go home.",
            "The charcoal-burner did as the old man told him, and saddled his horse.",
            "When he reached the lake, he saw wolves.",
        ]);
        assert_eq!(out[2], "When he reached the lake, he saw wolves.");
        let out = resolved(&[
            "She was the daughter of a great king.",
            "Prince Hyacinth had not a thought to spare, he was so struck with her beauty.",
        ]);
        assert!(!out[1].contains("the king"), "{}", out[1]);
        let out = resolved(&[
            "The rich neighbor hired many mowers, but the poor one could not hire a man.",
            "At last he despaired.",
        ]);
        assert_eq!(out[1], "At last he despaired.");
        let out = resolved(&[
            "The crown passed to a cousin, who paid no heed to the Queen.",
            "The cousin took her daughters.",
        ]);
        assert_eq!(out[1], "The cousin took her daughters.");
    }

    #[test]
    fn a_bare_subject_is_written_as_the_passage_wrote_it_before() {
        let out = resolved(&[
            "In 1939 the Oxford team began work on the drug.",
            "The team was led by Howard Florey.",
        ]);
        assert_eq!(out[1], "The Oxford team was led by Howard Florey.");
        let out = resolved(&[
            "The Oxford team met the American team.",
            "The team was led by Howard Florey.",
        ]);
        assert_eq!(out[1], "The team was led by Howard Florey.");
        let out = resolved(&[
            "The old man sent the messengers away.",
            "The men returned and told the Emperor all that had passed.",
        ]);
        assert_eq!(
            out[1],
            "The men returned and told the Emperor all that had passed."
        );
    }

    #[test]
    fn a_full_name_and_a_surname_are_one_person() {
        let genders = HashMap::from([("fleming".to_string(), Gender::Male)]);
        let out = resolved_with(
            &[
                "In 1928 Alexander Fleming returned to London.",
                "Fleming saw a mould on a dish.",
                "The mould was a fungus, so in 1929 he named it.",
            ],
            &genders,
        );
        assert_eq!(
            out[2],
            "The mould was a fungus, so in 1929 Alexander Fleming named it."
        );
    }

    #[test]
    fn speech_and_the_subjects_own_pronouns_are_left() {
        let out = resolved(&[
            "The king had a daughter.",
            "The daughter told him, \"She will come,\" and took his hand.",
            "The king lost his crown.",
        ]);
        assert_eq!(
            out[1],
            "The daughter told the king, \"She will come,\" and took his hand."
        );
        assert_eq!(out[2], "The king lost his crown.");
    }

    #[test]
    fn an_indefinite_person_is_named_with_the() {
        let out = resolved(&["A fisherman found a purse.", "The dog took it from him."]);
        assert_eq!(out[1], "The dog took it from the fisherman.");
        // A thief is someone too: "him" could be either.
        let out = resolved(&["A fisherman met a thief.", "The dog took it from him."]);
        assert_eq!(out[1], "The dog took it from him.");
        // A cousin may be a man or a woman: never the one "her" is taken for.
        let out = resolved(&["A cousin found a purse.", "The dog took it from her."]);
        assert_eq!(out[1], "The dog took it from her.");
    }
}
