//! Edited templates: Typst a template breaks is reported with its line, and no
//! template can reach outside the pack's own virtual files.

use crate::common::{pack, sample_sources, scratch, stderr};

fn pack_with_templates(name: &str, template: &str, body: &str) -> std::process::Output {
    let dir = scratch(name);
    let templates = dir.join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join(template), body).unwrap();
    pack(
        "testament",
        &sample_sources(),
        &dir.join("out"),
        &["--templates", templates.to_str().unwrap()],
    )
}

#[test]
fn invalid_typst_from_a_template_is_named_with_its_line() {
    let output = pack_with_templates("bad-typst", "answer-key.typ.j2", "= Key\n\n#let x = (\n");
    assert_eq!(output.status.code(), Some(4));
    let message = stderr(&output);
    assert!(message.contains("template answer-key.typ.j2"), "{message}");
    assert!(message.contains("generated line 3"), "{message}");
}

#[test]
fn templates_cannot_read_files() {
    for (name, body) in [
        ("read-passwd", "#read(\"/etc/passwd\")\n"),
        ("read-relative", "#read(\"../Cargo.toml\")\n"),
        ("import-package", "#import \"@preview/example:0.1.0\": *\n"),
    ] {
        let output = pack_with_templates(name, "worksheet.typ.j2", body);
        assert_eq!(output.status.code(), Some(4), "{name}: {}", stderr(&output));
        let message = stderr(&output);
        assert!(message.contains("template worksheet.typ.j2"), "{message}");
    }
}
