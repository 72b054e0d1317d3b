//! Passage text is data, never markup: text that looks like Typst code,
//! template syntax or comments reaches the PDF exactly as written.

mod common;

use common::{pack, pdf_text, scratch, stderr};

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
