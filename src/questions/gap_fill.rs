//! Gap-fill questions: a source sentence with one name, office, date,
//! number or key term of the theme blanked out; the blanked words form the
//! section's word bank.
//!
//! In: the statements. Out: one candidate per blankable entity or key term
//! of each sentence that can stand alone, scored like the other recall
//! questions.

use super::true_false::{lists_after, stands_alone};
use super::{Context, Draft, Statement};
use crate::model::QuestionKind;
use crate::text::analysis::{EntityKind, is_year};
use crate::text::lemma::{Class, is_known, lemma_of};
use crate::text::tagger::Tag;
use crate::text::words::{NUMBER_WORDS, is_multiplier, number_word};

/// What the student sees in place of the answer.
pub const BLANK: &str = "__________";

/// Names called on rather than told of ("God rest them").
const INVOKED: &[&str] = &["God", "Lord", "Heaven", "Heavens", "Christ", "Allah"];

pub fn write(context: &Context) -> Vec<Draft> {
    let theme_text: String = context
        .material
        .passages
        .iter()
        .map(|p| p.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = Vec::new();
    for statement in context.clear_statements() {
        let a = &statement.analysis;
        if !stands_alone(a) || statement.dangling_subject() {
            continue;
        }
        for entity in &a.entities {
            // The opening word would give itself away by its capital; a name
            // joined to another by "'s" is part of a longer one ("Old St
            // Paul's Cathedral"), and "the __________'s horse" reads as no
            // sentence.
            let capital = |i: usize| {
                a.words
                    .get(i)
                    .is_some_and(|w| w.text.starts_with(char::is_uppercase))
            };
            let clitic = |i: usize| a.words.get(i).is_some_and(|w| w.text.ends_with("'s"));
            let after_possessive = entity.first > 0 && clitic(entity.first - 1);
            let possessive = clitic(entity.last + 1);
            // "Alfred __________", "King __________ V", "__________ One": a capitalised word
            // beside the blank is the rest of the name, which gives it
            // away; a number beside it ("the Apollo 13 __________", "200
            // __________ years") shows the blank is part of a longer name
            // or number.
            let numeral = |i: usize| {
                a.words.get(i).is_some_and(|w| {
                    w.text
                        .chars()
                        .all(|c| c.is_ascii_digit() || "IVX".contains(c))
                })
            };
            // ("the mycologist C. J. __________": an initial's point.)
            let initial = entity.first > 2
                && a.words[entity.first - 1].text == "."
                && a.words[entity.first - 2].text.len() == 1
                && capital(entity.first - 2);
            // "Political Union (__________)", "Social and __________
            // (WSPU)": a name and its initials give each other away.
            let acronym = |i: usize| {
                a.words.get(i).is_some_and(|w| {
                    w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase())
                })
            };
            let paren = |i: usize, p: &str| a.words.get(i).is_some_and(|w| w.text == p);
            let initials =
                (entity.first > 0 && paren(entity.first - 1, "(") && acronym(entity.first))
                    || (paren(entity.last + 1, "(") && acronym(entity.last + 2));
            // ("the Cat and __________ Act": after "and", a capitalised
            // common noun is the first half of one name; "Java and
            // __________" are two.)
            let joined_name = entity.first > 2
                && matches!(a.words[entity.first - 1].text.as_str(), "and" | "&")
                && capital(entity.first - 2)
                && is_known(
                    &lemma_of(&a.words[entity.first - 2].text, Class::Noun),
                    Class::Noun,
                );
            // ("the Valley of the __________": a capitalised noun and "of
            // (the)" before the blank make one name with it.)
            let of_name = {
                let mut k = entity.first;
                if k > 0 && a.words[k - 1].text == "the" {
                    k -= 1;
                }
                k > 1 && a.words[k - 1].text == "of" && capital(k - 2)
            };
            let part_of_name = initials
                || joined_name
                || of_name
                // ("Granny __________ was mending": a capitalised noun
                // before a name is its title, opening the sentence or not.)
                || (entity.first > 1 && capital(entity.first - 1))
                || (entity.first == 1
                    && capital(0)
                    && matches!(a.words[0].tag, Tag::Propn | Tag::Noun))
                || initial
                || (capital(entity.last + 1)
                    && matches!(a.words[entity.last + 1].tag, Tag::Propn | Tag::Num))
                || (entity.first > 1 && numeral(entity.first - 1))
                || numeral(entity.last + 1);
            // "David Johnston, __________, a geologist": an age set off by
            // commas beside a name asks nothing the sentence is about.
            let comma = |i: usize| a.words.get(i).is_some_and(|w| w.text == ",");
            let kind = context.kinds.kind(entity);
            let aside = kind == EntityKind::Number
                && entity.first > 0
                && comma(entity.first - 1)
                && comma(entity.last + 1);
            // ("(259-210 __________)": an era is no answer; "makes each
            // __________ dimmer", "if __________ bulb blows": nor is "one",
            // a pronoun or an article as often as a count.)
            let era = matches!(entity.text.as_str(), "BC" | "AD" | "BCE" | "CE");
            // ("At about 12:__________ p.m.": half of a clock time.)
            let digits = |i: usize| {
                a.words
                    .get(i)
                    .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()))
            };
            let colon = |i: usize| a.words.get(i).is_some_and(|w| w.text == ":");
            let clock = (entity.first > 1 && colon(entity.first - 1) && digits(entity.first - 2))
                || (colon(entity.last + 1) && digits(entity.last + 2));
            // ("2.3 million US gallons (__________ million litres)": a
            // measure given again in other units asks only for arithmetic.)
            let converted = kind == EntityKind::Number
                && entity.first > 0
                && a.words[entity.first - 1].text == "(";
            // ("Three __________ camels": the rest of a number in words.)
            let half_number = kind == EntityKind::Number
                && entity.first > 0
                && (number_word(&a.words[entity.first - 1].text).is_some()
                    || is_multiplier(&a.words[entity.first - 1].text));
            let one = entity.text.eq_ignore_ascii_case("one");
            // "By the third year there were __________.": five what? A
            // count needs its noun after it.
            let elided = kind == EntityKind::Number
                && !a.words.get(entity.last + 1).is_some_and(|w| {
                    matches!(w.tag, Tag::Noun | Tag::Adj | Tag::Propn | Tag::Num) || w.text == "of"
                });
            // ("The __________ states are solid, liquid and gas": the list
            // counts itself.)
            let listed = kind == EntityKind::Number && lists_after(a, entity.last);
            // ("The 1906 San Francisco earthquake struck ... on __________"
            // — "April 18, 1906": the year printed outside the gap tells
            // which date of the bank it is.)
            let year_shown = kind == EntityKind::Date
                && entity.text.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    is_year(w)
                        && a.words.iter().enumerate().any(|(i, other)| {
                            (i < entity.first || i > entity.last) && other.text == w
                        })
                });
            if entity.first == 0
                || year_shown
                || listed
                || after_possessive
                || possessive
                || part_of_name
                || aside
                || elided
                || era
                || clock
                || converted
                || half_number
                || one
            {
                continue;
            }
            let weight = match kind {
                EntityKind::Date | EntityKind::Office | EntityKind::Organisation => 1.0,
                EntityKind::Place | EntityKind::Number => 0.8,
                EntityKind::Person => 0.5,
            };
            // One wrong word of the same kind for the word bank, so that the
            // last gap is not filled by elimination: a name the theme's
            // passages never use (so it fits no gap by them), or a year near
            // the answer.
            let distractor = context
                .kinds
                .names_of(kind)
                .into_iter()
                .map(|(name, _)| name.to_string())
                // ("1003" beside a count of 1000 is no year.)
                .chain(later_year(&entity.text).filter(|_| kind == EntityKind::Date))
                .chain(
                    number_word(&entity.text)
                        .and_then(|n| NUMBER_WORDS.get(n + 2))
                        .map(|w| w.to_string()),
                )
                // ("II" of "Charles II" is no name to fill a gap with;
                // "April 1865" beside the answer "1865" would fit its gap.)
                .find(|name| {
                    let numeral = name.chars().all(|c| "IVXLCDM".contains(c));
                    // ("all the 2s and 4s", "God rest them": a plural of a
                    // figure or a name called on is no name or number of
                    // the story to fill a gap with.)
                    let odd = name.starts_with(|c: char| c.is_ascii_digit())
                        && name.chars().any(char::is_alphabetic)
                        || INVOKED.contains(&name.as_str());
                    let (spare, answer) = (name.to_lowercase(), entity.text.to_lowercase());
                    let overlaps = spare.contains(&answer) || answer.contains(&spare);
                    !numeral && !odd && !overlaps && !theme_text.contains(&spare)
                });
            let gap = Gap {
                first: entity.first,
                last: entity.last,
                answer: entity.text.clone(),
                kind: Some(kind),
                weight,
                distractor,
            };
            out.extend(gap.draft(statement));
        }
        // The theme's terms ("the __________ to the food"): no spare word,
        // for any other term of the theme might fit a gap as well; and only
        // in a sentence long enough to say which term fits ("The second son
        // went to the __________" could take most words of the bank).
        let words = a.words.iter().filter(|w| w.tag != Tag::Punct).count();
        let spans = if words >= MIN_TERM_SENTENCE {
            context.key_terms.spans(a)
        } else {
            Vec::new()
        };
        for (first, last) in spans {
            let named = a
                .entities
                .iter()
                .any(|e| e.first <= last && e.last >= first);
            let head = a.words[last].lemma.to_lowercase();
            let again = a
                .words
                .iter()
                .enumerate()
                .any(|(i, w)| !(first..=last).contains(&i) && w.lemma.to_lowercase() == head);
            let possessive = a
                .words
                .get(last + 1)
                .is_some_and(|w| w.text.ends_with("'s"));
            if first == 0 || named || again || possessive {
                continue;
            }
            let answer = a.text[a.words[first].start..a.words[last].end].to_string();
            let gap = Gap {
                first,
                last,
                answer,
                kind: None,
                weight: 0.6,
                distractor: None,
            };
            out.extend(gap.draft(statement));
        }
    }
    out
}

/// The fewest words of a sentence with a term blanked out.
const MIN_TERM_SENTENCE: usize = 10;

/// A span of a statement to blank out.
struct Gap {
    first: usize,
    last: usize,
    answer: String,
    /// The kind of name it is; none for a term.
    kind: Option<EntityKind>,
    weight: f32,
    /// A wrong word of its kind for the word bank.
    distractor: Option<String>,
}

impl Gap {
    /// The gap-fill question, unless the answer is still in the sentence.
    /// "a __________" or "an __________" would tell the answer's first
    /// sound: the stem writes "a(n)".
    fn draft(self, statement: &Statement) -> Option<Draft> {
        let a = &statement.analysis;
        let start = a.words[self.first].start;
        let end = a.words[self.last].end;
        let rest = format!("{} {}", &a.text[..start], &a.text[end..]).to_lowercase();
        if rest.contains(&self.answer.to_lowercase()) {
            return None;
        }
        let before = match self.first.checked_sub(1).map(|i| &a.words[i]) {
            Some(w) if w.text.eq_ignore_ascii_case("a") || w.text.eq_ignore_ascii_case("an") => {
                let article = if w.text.starts_with('A') {
                    "A(n)"
                } else {
                    "a(n)"
                };
                format!("{}{article}{}", &a.text[..w.start], &a.text[w.end..start])
            }
            _ => a.text[..start].to_string(),
        };
        let stem = format!("{before}{BLANK}{}", &a.text[end..]);
        Some(Draft {
            answer_kind: self.kind,
            ..statement.recall(
                QuestionKind::GapFill,
                stem,
                self.answer,
                self.distractor.into_iter().collect(),
                self.weight
                    + 0.5 * (statement.support() as f32 - 1.0)
                    + 0.3 * statement.on_theme.min(3) as f32,
            )
        })
    }
}

/// The date three years later: "1941" -> "1944", "February 1941" ->
/// "February 1944".
fn later_year(date: &str) -> Option<String> {
    let year = date
        .split_whitespace()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))?;
    let later = year.parse::<i64>().ok()? + 3;
    Some(date.replacen(year, &later.to_string(), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_moves_by_its_year() {
        assert_eq!(later_year("1941").as_deref(), Some("1944"));
        assert_eq!(
            later_year("February 1941").as_deref(),
            Some("February 1944")
        );
        assert_eq!(later_year("the spring"), None);
    }

    #[test]
    fn a_date_whose_year_the_sentence_prints_a_name_s_end_or_half_a_time_is_no_gap() {
        let texts = [
            (
                "a.txt",
                "The 1906 San Francisco earthquake struck the city on April 18, 1906.",
            ),
            (
                "b.txt",
                "The Great Fire of London began on 2 September 1666.",
            ),
            (
                "e.txt",
                "Three hundred camels drank from the well in the market square of Qasr Nakhla.",
            ),
            (
                "d.txt",
                "At about 12:30 p.m. a large storage tank holding 2.3 million gallons (8.7 million litres) of molasses burst.",
            ),
            (
                "c.txt",
                "Tutankhamun's tomb, catalogued as KV62, is a royal burial in the Valley of the Kings on the west bank of the Nile opposite Luxor.",
            ),
        ];
        let answers: Vec<String> = crate::questions::tests::with_material(&texts, |material, _| {
            let context = Context::new(material, 1);
            write(&context).into_iter().map(|d| d.answer).collect()
        });
        assert!(answers.iter().any(|a| a.contains("1666")), "{answers:?}");
        assert!(
            !answers.iter().any(|a| a.contains("April 18")),
            "{answers:?}"
        );
        assert!(!answers.iter().any(|a| a == "Kings"), "{answers:?}");
        assert!(
            !answers.iter().any(|a| a == "30" || a == "12"),
            "{answers:?}"
        );
        assert!(!answers.iter().any(|a| a.starts_with("8.7")), "{answers:?}");
        assert!(!answers.iter().any(|a| a == "hundred"), "{answers:?}");
    }
}
