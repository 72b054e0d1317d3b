//! Helpers shared by the end-to-end tests: running the binary, scratch
//! folders, and reading the text of the PDFs it writes.

use std::path::{Path, PathBuf};
use std::process::Output;

/// The repository's sample sources folder.
pub fn sample_sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sources")
}

/// A fresh, empty folder under the target directory, unique to `name`.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}

/// The pack.json a `pack` run wrote for `theme` under `out`.
pub fn read_pack(out: &Path, theme: &str) -> studypack::model::Pack {
    let json = std::fs::read(out.join(theme).join("pack.json")).expect("read pack.json");
    serde_json::from_slice(&json).expect("a pack")
}

/// Runs `studypack` with `args` and returns what it did.
pub fn studypack(args: &[&str]) -> Output {
    studypack_in(Path::new("."), args)
}

/// Runs `studypack` with `args` in the folder `dir`.
pub fn studypack_in(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_studypack"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run the studypack binary")
}

/// The page count of a PDF's text, from its "Page X of Y" footers, checking
/// that every page from 1 to Y has one.
pub fn footer_pages(text: &str) -> usize {
    let last = text
        .split("Page 1 of ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .expect("a 'Page 1 of N' footer");
    for page in 1..=last {
        assert!(
            text.contains(&format!("Page {page} of {last}")),
            "no footer 'Page {page} of {last}'"
        );
    }
    last
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The text of a PDF, with all runs of white space collapsed to one space.
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("read PDF");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("extract PDF text");
    squash(&text)
}

/// Collapses white space, so that text can be compared across line breaks.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `studypack pack --theme THEME --sources SOURCES --out OUT` with any
/// further arguments.
pub fn pack(theme: &str, sources: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "pack",
        "--theme",
        theme,
        "--sources",
        sources.to_str().expect("a UTF-8 path"),
        "--out",
        out.to_str().expect("a UTF-8 path"),
    ];
    args.extend_from_slice(extra);
    studypack(&args)
}

/// Writes `files` (name, text) into a fresh `sources` folder under the
/// scratch folder `name`, packs `theme` from them with any further
/// arguments (the run must succeed), and returns the pack and the output
/// folder.
pub fn pack_files(
    name: &str,
    files: &[(&str, &str)],
    theme: &str,
    extra: &[&str],
) -> (studypack::model::Pack, PathBuf) {
    let dir = scratch(name);
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).expect("create sources folder");
    for (file, text) in files {
        std::fs::write(sources.join(file), text).expect("write a source");
    }
    let out = dir.join("out");
    let output = pack(theme, &sources, &out, extra);
    assert!(output.status.success(), "{}", stderr(&output));
    (read_pack(&out, theme), out)
}
