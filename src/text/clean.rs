//! Cleaning raw text into display text, and the comparison form used to
//! decide whether two texts say the same thing.
//!
//! In: any string. Out: one line of NFC text with single spaces (display), or a
//! lower-case form with quotes and dashes unified (comparison).

use unicode_normalization::UnicodeNormalization;

/// Characters that are dropped outright: zero-width spaces, byte-order marks,
/// soft hyphens and bidirectional overrides, which change how text looks or
/// reads without being part of it.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Display text: Unicode NFC, control characters and line breaks turned into
/// spaces, invisible characters dropped, runs of white space collapsed to one
/// space, no leading or trailing space. Typography (curly quotes, dashes) is kept.
pub fn display_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    // ASCII text is already in NFC; composing it would only cost time.
    let chars: Box<dyn Iterator<Item = char>> = if raw.is_ascii() {
        Box::new(raw.chars())
    } else {
        Box::new(raw.nfc())
    };
    for c in chars {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// The form two texts are compared in: lower-cased, with curly and straight
/// quotes, and the various dashes, each unified. Takes display text (raw
/// text should go through `display_text` first).
pub fn comparison_form(text: &str) -> String {
    if text.is_ascii() {
        // Only the backquote needs unifying in ASCII.
        return text.to_ascii_lowercase().replace('`', "'");
    }
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
                '\''
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_text_collapses_space_and_drops_controls() {
        assert_eq!(
            display_text("  Lenin\u{2028}died\t\tin\r\n1924.\u{0007} "),
            "Lenin died in 1924."
        );
        assert_eq!(display_text("zero\u{200B}width\u{202E}"), "zerowidth");
        assert_eq!(display_text(""), "");
    }

    #[test]
    fn display_text_composes_to_nfc() {
        assert_eq!(display_text("Cafe\u{0301}"), "Caf\u{00E9}");
    }

    #[test]
    fn comparison_form_unifies_quotes_dashes_and_case() {
        assert_eq!(
            comparison_form(&display_text(
                "Lenin\u{2019}s  \u{201C}Testament\u{201D} \u{2014} 1922"
            )),
            "lenin's \"testament\" - 1922"
        );
    }
}
