//! Passage text is data, never markup: text that looks like Typst code,
//! template syntax or comments reaches the PDF exactly as written; invisible
//! and control characters are dropped, unprintable words left out with a
//! notice, and text no font can draw is named in a warning.

use crate::common::{pack, pdf_text, scratch, stderr};

/// Each string must appear literally in the worksheet; each passage is shorter
/// than a printed line, so none is broken across lines.
const HOSTILE: &[&str] = &[
    "#sys.exit()",
    "#read(\"/etc/passwd\")",
    "$x$",
    "*bold*",
    "_em_",
    "<label>",
    "@ref",
    "// c",
    "/* c */",
    "a \\ backslash",
    "two \\\\ more",
    "[ ]",
    "{{ x }}",
    "{% if %}",
    "{## x ##}",
    "\";#sys.exit()//",
    "Привет, мир",
    "Καλημέρα κόσμε",
];

const PASSAGES: &str = "Harbour Notes
The harbour at Odessa opened in 1794 and #sys.exit() was painted there.
Sailors in the harbour read #read(\"/etc/passwd\") and $x$ on a sign.
The harbour master wrote *bold* and _em_ and <label> and @ref daily.
In the harbour a clerk typed // c and /* c */ and a \\ backslash.
The harbour crane lifted [ ] crates marked {{ x }} and {% if %} in Kyiv.
A harbour note from Varna said \";#sys.exit()// and {## x ##} and two \\\\ more.
Greek sailors in the harbour said Καλημέρα κόσμε to the Russians.
The Russians in the harbour at Odessa answered Привет, мир in 1795.
";

#[test]
fn hostile_passages_print_literally() {
    let dir = scratch("hostile");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), PASSAGES).unwrap();
    let out = dir.join("out");
    let output = pack("harbour", &sources, &out, &["--date", "2026-01-02"]);
    assert!(output.status.success(), "pack failed: {}", stderr(&output));
    let worksheet = pdf_text(&out.join("harbour/worksheet.pdf"));
    for text in HOSTILE {
        assert!(
            worksheet.contains(text),
            "not printed literally: {text}\n{worksheet}"
        );
    }
    // All eight passages were printed, as eight sources.
    assert!(worksheet.contains("Source H") && !worksheet.contains("Source I"));
}

#[test]
fn invisible_marks_controls_long_words_and_undrawable_scripts_are_handled() {
    let dir = scratch("hostile-invisible");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    let long_word = "x".repeat(10_000);
    let text = format!(
        "The harbour at Odessa opened in 1794 and grew quickly.\n\
         The harbour master kept a\u{200B} ledger of every ship that arrived\u{200F} there.\n\
         A storm in 1801 damaged the harbour wall\u{202E} and sank two ships\u{7} nearby.\n\
         The clerk of the harbour wrote {long_word} in the book.\n\
         Sailors in the harbour called it \u{6E2F}\u{53E3} in their letters home.\n"
    );
    std::fs::write(sources.join("harbour.txt"), text).unwrap();
    let out = dir.join("out");
    let output = pack("harbour", &sources, &out, &["--date", "2026-01-02"]);
    assert!(output.status.success(), "pack failed: {}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message
            .contains("left out harbour.txt:4: a \"word\" of 10000 characters, which is not prose"),
        "{message}"
    );
    assert!(
        message.contains(
            "harbour.txt, line 5 (Source D, printed line 1): no font can draw \u{6E2F}\u{53E3}"
        ),
        "{message}"
    );
    let worksheet = pdf_text(&out.join("harbour/worksheet.pdf"));
    // Invisible and control characters are gone; the words around them stay.
    assert!(worksheet.contains("kept a ledger of every ship that arrived there."));
    assert!(worksheet.contains("harbour wall and sank two ships nearby."));
    assert!(!worksheet.contains(&long_word[..100]));
}
