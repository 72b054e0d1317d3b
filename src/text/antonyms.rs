//! Words of opposite meaning.
//!
//! In: two word stems. Out: whether they are opposites. The table is general
//! English — attitudes (like / despise), changes (rise / fall), outcomes
//! (win / lose), judgements (true / false) — each row two sets of words where
//! any word of one set opposes any word of the other. Words are compared by
//! stem, so inflections and British/American spellings match.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::words::stem;

/// Each row: words on one side | words on the other.
const OPPOSITES: &[(&str, &str)] = &[
    (
        "like love admire respect trust appreciate value praise adore cherish esteem welcome approve favour favor",
        "dislike hate despise detest loathe distrust mistrust criticize resent disapprove condemn criticise scorn disdain",
    ),
    (
        "support endorse defend champion",
        "oppose resist reject denounce attack",
    ),
    (
        "accept agree approve",
        "reject refuse disagree deny decline",
    ),
    (
        "increase rise grow expand gain improve strengthen",
        "decrease fall decline shrink drop lose worsen weaken",
    ),
    (
        "win succeed triumph victory success",
        "lose fail defeat failure loss",
    ),
    (
        "allow permit enable legalise legalize",
        "forbid prohibit ban prevent outlaw",
    ),
    ("include admit", "exclude expel"),
    (
        "build create construct establish",
        "destroy demolish dissolve abolish",
    ),
    (
        "open reveal publish expose disclose",
        "close conceal hide suppress",
    ),
    ("remember", "forget"),
    ("strong powerful", "weak powerless"),
    ("large big huge", "small tiny"),
    ("early", "late"),
    ("first", "last"),
    ("ancient old", "modern new young"),
    ("rich wealthy", "poor"),
    ("true correct right", "false wrong incorrect"),
    ("legal lawful", "illegal unlawful"),
    ("possible", "impossible"),
    ("friend ally", "enemy foe rival"),
    ("peace", "war"),
    ("happy glad", "sad unhappy"),
    ("easy simple", "difficult"),
    ("safe", "dangerous"),
    ("kind polite gentle", "cruel rude harsh"),
    ("honest", "dishonest"),
    ("useful helpful", "useless harmful"),
    ("public", "secret private"),
    ("ignore", "heed"),
    ("north", "south"),
    ("east", "west"),
];

/// Stem -> the rows and sides it appears on.
static SIDES: LazyLock<HashMap<String, Vec<(usize, bool)>>> = LazyLock::new(|| {
    let mut sides: HashMap<String, Vec<(usize, bool)>> = HashMap::new();
    for (row, (one, other)) in OPPOSITES.iter().enumerate() {
        for (words, side) in [(one, true), (other, false)] {
            for word in words.split_whitespace() {
                sides.entry(stem(word)).or_default().push((row, side));
            }
        }
    }
    sides
});

/// The (row, side) places of a stem in the table of opposites; a stem on
/// side `true` of a row opposes every stem on side `false` of that row.
pub fn sides(stem: &str) -> &'static [(usize, bool)] {
    SIDES.get(stem).map_or(&[], Vec::as_slice)
}

/// Whether two stems are opposites.
pub fn are_opposites(a: &str, b: &str) -> bool {
    let (Some(a_sides), Some(b_sides)) = (SIDES.get(a), SIDES.get(b)) else {
        return false;
    };
    a_sides
        .iter()
        .any(|(row, side)| b_sides.iter().any(|(r, s)| r == row && s != side))
}

/// The rows (by their first word) whose words keep one sense wherever they
/// stand, so that swapping one for its opposite says the opposite: not
/// "expose" (to a disease, or to view), "use" or "admit".
const ONE_SENSE_ROWS: &[&str] = &[
    "like", "support", "accept", "increase", "remember", "strong", "large", "early", "rich",
    "true", "legal", "possible", "happy", "easy", "safe", "kind", "honest", "useful", "ignore",
];

/// A word of opposite meaning to `word` (a lemma, matched as written, not
/// by stem): the word in the same place on the other side of its row, or
/// that side's last word when the other side is shorter ("like" ->
/// "dislike", "rude" -> "polite"), from the rows of one sense only.
pub fn opposite(word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    OPPOSITES.iter().find_map(|(one, other)| {
        let one: Vec<&str> = one.split_whitespace().collect();
        let other: Vec<&str> = other.split_whitespace().collect();
        if !ONE_SENSE_ROWS.contains(one.first()?) {
            return None;
        }
        let (mine, theirs) = if one.contains(&word.as_str()) {
            (one, other)
        } else if other.contains(&word.as_str()) {
            (other, one)
        } else {
            return None;
        };
        let place = mine.iter().position(|w| *w == word)?;
        theirs.get(place).or(theirs.last()).copied()
    })
}

/// Whether a stem appears in the table at all.
pub fn has_opposite(stem: &str) -> bool {
    SIDES.contains_key(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opposite_is_found_in_the_same_place() {
        assert_eq!(opposite("like"), Some("dislike"));
        assert_eq!(opposite("despise"), Some("admire"));
        assert_eq!(opposite("conceal"), None);
        assert_eq!(opposite("use"), None);
        assert_eq!(opposite("useful"), Some("useless"));
        assert_eq!(opposite("rude"), Some("polite"));
        assert_eq!(opposite("table"), None);
    }

    fn opposed(a: &str, b: &str) -> bool {
        are_opposites(&stem(a), &stem(b))
    }

    #[test]
    fn opposites_match_across_inflections() {
        assert!(opposed("liked", "despised"));
        assert!(opposed("despises", "admired"));
        assert!(opposed("criticised", "praised"));
        assert!(opposed("rose", "fell") || opposed("rising", "falling"));
        assert!(opposed("won", "lost") || opposed("wins", "loses"));
    }

    #[test]
    fn same_side_and_unknown_words_are_not_opposites() {
        assert!(!opposed("liked", "admired"));
        assert!(!opposed("despised", "hated"));
        assert!(!opposed("table", "chair"));
        assert!(has_opposite(&stem("liked")));
        assert!(!has_opposite(&stem("table")));
    }
}
