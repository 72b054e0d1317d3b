//! The error catalogue: every way a teacher's input can be wrong, run through
//! the binary. Each case checks the exit code (1 bad input, 2 bad usage,
//! 3 output not writable, 4 template), that the message names the file, line
//! or option and says what to do, and that yesterday's pack in the output
//! folder is untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{scratch, stderr, studypack};

/// A few sentences about one subject, enough for a pack on "harbour".
const HARBOUR: &str = "Harbour Notes
The harbour at Odessa opened in 1794 and grew quickly.
Sailors in the harbour loaded grain for Istanbul every spring.
The harbour master kept a ledger of every ship that arrived.
A storm in 1801 damaged the harbour wall and sank two ships.
The harbour was rebuilt with granite from the nearby quarries.
";

/// One case of the catalogue.
struct Case<'a> {
    name: &'static str,
    /// Files put in the sources folder (no folder at all when `None`).
    sources: Option<&'a [(&'a str, &'a [u8])]>,
    /// Arguments after `pack --sources S --out O` (and `--theme harbour`
    /// unless they give a theme); `{dir}` stands for the case's scratch folder.
    args: &'static [&'static str],
    code: i32,
    /// Every one of these must be in the message.
    message: &'static [&'static str],
}

const GOOD: &[(&str, &[u8])] = &[("harbour.txt", HARBOUR.as_bytes())];

const CASES: &[Case<'static>] = &[
    Case {
        name: "sources-missing",
        sources: None,
        args: &[],
        code: 1,
        message: &["does not exist", "--sources DIR"],
    },
    Case {
        name: "sources-empty",
        sources: Some(&[]),
        args: &[],
        code: 1,
        message: &["holds no passages", "add .txt, .md, .json or .jsonl files"],
    },
    Case {
        name: "only-unsupported",
        sources: Some(&[
            ("photo.jpg", b"\xff\xd8\xff\xe0"),
            ("notes.pdf", b"%PDF-1.4"),
        ]),
        args: &[],
        code: 1,
        message: &[
            "skipped notes.pdf: not a supported format",
            "skipped photo.jpg: not a supported format",
        ],
    },
    Case {
        name: "not-utf8",
        sources: Some(&[("notes.txt", b"First line.\nCaf\xe9 au lait.\n")]),
        args: &[],
        code: 1,
        message: &[
            "notes.txt: line 2 is not valid UTF-8",
            "save the file as UTF-8",
        ],
    },
    Case {
        name: "png-named-txt",
        sources: Some(&[("picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")]),
        args: &[],
        code: 1,
        message: &["skipped picture.txt: it is a PNG image, not text"],
    },
    Case {
        name: "zero-bytes",
        sources: Some(&[("blank.txt", b"")]),
        args: &[],
        code: 1,
        message: &["skipped blank.txt: it is empty"],
    },
    Case {
        name: "only-white-space",
        sources: Some(&[("spaces.txt", b"  \n\t\n \r\n")]),
        args: &[],
        code: 1,
        message: &["skipped spaces.txt: it is empty"],
    },
    Case {
        name: "only-headings",
        sources: Some(&[("outline.md", b"# The harbour\n\n## Its history\n")]),
        args: &[],
        code: 1,
        message: &["skipped outline.md: it holds no passages"],
    },
    Case {
        name: "malformed-json",
        sources: Some(&[(
            "broken.json",
            b"[\n  {\"text\": \"ok\"},\n  {\"text\": oops}\n]\n",
        )]),
        args: &[],
        code: 1,
        message: &["broken.json:3:12", "malformed JSON"],
    },
    Case {
        name: "malformed-jsonl",
        sources: Some(&[(
            "items.jsonl",
            b"{\"text\": \"fine\"}\n{\"text\": \"cut off\n",
        )]),
        args: &[],
        code: 1,
        message: &["items.jsonl:2:17: malformed JSON (EOF while parsing a string)"],
    },
    Case {
        name: "json-without-text",
        sources: Some(&[(
            "items.jsonl",
            b"{\"text\": \"fine\"}\n{\"title\": \"no text here\"}\n",
        )]),
        args: &[],
        code: 1,
        message: &["items.jsonl:2: this entry has no \"text\" field"],
    },
    Case {
        name: "json-text-not-a-string",
        sources: Some(&[(
            "items.json",
            b"[\n  {\"text\": \"fine\"},\n  {\"text\": 42}\n]\n",
        )]),
        args: &[],
        code: 1,
        message: &[
            "items.json:3: not a passage object (invalid type: integer `42`, expected a string)",
        ],
    },
    Case {
        name: "unknown-theme",
        sources: Some(GOOD),
        args: &["--theme", "harbur-masters"],
        code: 1,
        message: &["no theme matches \"harbur-masters\"", "studypack themes"],
    },
    Case {
        name: "too-little-material",
        sources: Some(GOOD),
        args: &["--theme", "granite"],
        code: 1,
        message: &[
            "\"granite\" has too little material",
            "add sources about it",
        ],
    },
    Case {
        name: "config-unknown-key",
        sources: Some(GOOD),
        args: &["--config", "{dir}/unknown-key.toml"],
        code: 1,
        message: &["unknown-key.toml:3", "unknown field `colour`"],
    },
    Case {
        name: "config-wrong-type",
        sources: Some(GOOD),
        args: &["--config", "{dir}/wrong-type.toml"],
        code: 1,
        message: &["wrong-type.toml:2", "invalid type"],
    },
    Case {
        name: "config-out-of-range",
        sources: Some(GOOD),
        args: &["--config", "{dir}/out-of-range.toml"],
        code: 1,
        message: &["out-of-range.toml:2", "30 is not in 1..=26"],
    },
    Case {
        name: "config-zero-marks",
        sources: Some(GOOD),
        args: &["--config", "{dir}/zero-marks.toml"],
        code: 1,
        message: &["zero-marks.toml:3", "0 is not in 1..=20"],
    },
    Case {
        name: "config-unknown-kind",
        sources: Some(GOOD),
        args: &["--config", "{dir}/unknown-kind.toml"],
        code: 1,
        message: &["unknown-kind.toml:3", "unknown field `essay`"],
    },
    Case {
        name: "config-missing",
        sources: Some(GOOD),
        args: &["--config", "{dir}/no-such.toml"],
        code: 2,
        message: &["--config", "no-such.toml does not exist"],
    },
    Case {
        name: "bad-date",
        sources: Some(GOOD),
        args: &["--date", "2026-02-30"],
        code: 2,
        message: &["--date", "YYYY-MM-DD"],
    },
    Case {
        name: "bad-seed",
        sources: Some(GOOD),
        args: &["--seed", "seven"],
        code: 2,
        message: &["--seed"],
    },
    Case {
        name: "zero-versions",
        sources: Some(GOOD),
        args: &["--versions", "0"],
        code: 2,
        message: &["--versions", "0 is not in 1..=26"],
    },
    Case {
        name: "zero-questions",
        sources: Some(GOOD),
        args: &["--questions", "0"],
        code: 2,
        message: &["--questions", "0 is not in 1..=100"],
    },
    Case {
        name: "overlong-title",
        sources: Some(GOOD),
        args: &[
            "--title",
            "A title that goes on and on and on, far longer than any header line could hold!!!",
        ],
        code: 2,
        message: &[
            "--title",
            "the title is 81 characters long; the header has room for 80",
        ],
    },
    Case {
        name: "broken-template",
        sources: Some(GOOD),
        args: &["--templates", "{dir}/templates"],
        code: 4,
        message: &["template worksheet.typ.j2, line 3"],
    },
];

/// Files every case finds in its scratch folder, for the options that point there.
const SETTINGS: &[(&str, &str)] = &[
    (
        "unknown-key.toml",
        "[[theme]]\nslug = \"port\"\ncolour = \"blue\"\n",
    ),
    ("wrong-type.toml", "[[theme]]\nslug = 3\n"),
    (
        "out-of-range.toml",
        "school = \"Northfield\"\nversions = 30\n",
    ),
    ("zero-marks.toml", "[marks]\nmc = 2\ntf = 0\n"),
    ("unknown-kind.toml", "[mix]\nmc = 2\nessay = 1\n"),
    (
        "templates/worksheet.typ.j2",
        "{% include \"style.typ.j2\" %}\n= Fine\n{% for x in %}\n",
    ),
];

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// A pack "from yesterday" in `out/harbour/`.
fn yesterdays_pack(out: &Path) {
    let dir = out.join("harbour");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["worksheet.pdf", "answer-key.pdf", "pack.json"] {
        std::fs::write(dir.join(name), format!("yesterday's {name}")).unwrap();
    }
}

fn run_case(case: &Case) -> Result<(), String> {
    let dir = scratch(&format!("errors-{}", case.name));
    for (name, text) in SETTINGS {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let sources = dir.join("sources");
    if let Some(files) = case.sources {
        std::fs::create_dir_all(&sources).unwrap();
        for (name, bytes) in files {
            std::fs::write(sources.join(name), bytes).unwrap();
        }
    }
    let out = dir.join("out");
    yesterdays_pack(&out);
    let before = snapshot(&out);

    let dir_text = dir.to_str().unwrap();
    let mut args: Vec<String> = [
        "pack",
        "--sources",
        sources.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]
    .map(String::from)
    .to_vec();
    args.extend(case.args.iter().map(|a| a.replace("{dir}", dir_text)));
    if !case.args.contains(&"--theme") {
        args.extend(["--theme".to_string(), "harbour".to_string()]);
    }
    let output = studypack(&args.iter().map(String::as_str).collect::<Vec<_>>());

    let message = stderr(&output);
    let mut problems = Vec::new();
    if output.status.code() != Some(case.code) {
        problems.push(format!(
            "exit code {:?}, expected {}",
            output.status.code(),
            case.code
        ));
    }
    for part in case.message {
        if !message.contains(part) {
            problems.push(format!("message lacks {part:?}"));
        }
    }
    if message.contains(" at line ") {
        problems.push("a second, contradicting location".to_string());
    }
    if message.contains("panicked") || message.lines().count() > 6 {
        problems.push("not one clear message".to_string());
    }
    if snapshot(&out) != before {
        problems.push("the output folder changed".to_string());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: {}\n  stderr: {message}",
            case.name,
            problems.join("; ")
        ))
    }
}

#[test]
fn every_bad_input_gets_one_clear_message_and_leaves_the_output_alone() {
    let failures: Vec<String> = CASES.iter().filter_map(|c| run_case(c).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_megabyte_line_with_no_sentence_end_is_named() {
    let line: String = (0..200_000)
        .map(|i| ["grain ", "ship ", "quay "][i % 3])
        .collect();
    let bytes = format!("{line}\n").into_bytes();
    assert!(bytes.len() > 1_000_000);
    let case = Case {
        name: "megabyte-line",
        sources: Some(&[("long.txt", &bytes)]),
        args: &[],
        code: 1,
        message: &["long.txt:1: 200000 words with no sentence end"],
    };
    run_case(&case).unwrap();
}

#[test]
fn sources_over_the_size_limit_are_refused_before_reading() {
    let dir = scratch("errors-too-large");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    // A sparse file: large on paper, nothing to write or read.
    let big = std::fs::File::create(sources.join("archive.txt")).unwrap();
    big.set_len(studypack::ingest::MAX_SOURCE_BYTES + 200 * 1024)
        .unwrap();
    // Files studypack does not read do not count.
    let video = std::fs::File::create(sources.join("lesson.mp4")).unwrap();
    video.set_len(studypack::ingest::MAX_SOURCE_BYTES).unwrap();
    let out = dir.join("out");
    yesterdays_pack(&out);
    let before = snapshot(&out);

    let output = crate::common::pack("harbour", &sources, &out, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("holds 100.2 MB of files, more than the 100 MB studypack reads at once"),
        "{message}"
    );
    assert_eq!(snapshot(&out), before);
}

#[test]
fn the_good_sources_of_the_catalogue_do_make_a_pack() {
    // Guards the catalogue itself: its failures come from the faults it
    // plants, not from sources that could never make a pack.
    let dir = scratch("errors-control");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    let output = crate::common::pack("harbour", &sources, &dir.join("out"), &[]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn an_output_path_that_is_a_file_is_a_write_error() {
    let dir = scratch("errors-out-is-file");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    let out = dir.join("out");
    std::fs::write(&out, "not a folder").unwrap();
    let output = crate::common::pack("harbour", &sources, &out, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("could not write"));
    assert_eq!(std::fs::read(&out).unwrap(), b"not a folder");
}

#[test]
fn a_pack_that_cannot_be_finished_leaves_yesterdays_pack_whole() {
    // The answer key's place is taken by a folder, so the second of the
    // three files cannot be moved into place (this fails for every user,
    // root included, unlike a read-only folder).
    let dir = scratch("errors-half-written");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    let out = dir.join("out");
    yesterdays_pack(&out);
    let key = out.join("harbour/answer-key.pdf");
    std::fs::remove_file(&key).unwrap();
    std::fs::create_dir_all(key.join("in-the-way")).unwrap();
    let before = snapshot(&out);

    let output = crate::common::pack("harbour", &sources, &out, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("answer-key.pdf"));
    assert_eq!(snapshot(&out), before, "yesterday's pack changed");
    let names: Vec<_> = std::fs::read_dir(out.join("harbour"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with('.')),
        "temporary files left: {names:?}"
    );
}

#[test]
fn a_read_only_output_folder_keeps_yesterdays_pack() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("errors-read-only");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    let out = dir.join("out");
    yesterdays_pack(&out);
    let theme_dir = out.join("harbour");
    std::fs::set_permissions(&theme_dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = snapshot(&out);
    // Root may write anywhere; the case only exists for other users (the
    // folder-in-the-way test above covers the same path for everyone).
    let probe = theme_dir.join(".probe");
    let enforced = std::fs::write(&probe, "").is_err();
    let _ = std::fs::remove_file(&probe);

    let output = crate::common::pack("harbour", &sources, &out, &[]);
    std::fs::set_permissions(&theme_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    if enforced {
        assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
        let message = stderr(&output);
        assert!(message.contains("could not write"), "{message}");
        assert!(message.contains("check that the folder exists and is writable"));
        assert_eq!(snapshot(&out), before);
    } else {
        assert!(output.status.success(), "{}", stderr(&output));
    }
}

#[test]
fn links_devices_and_pipes_are_skipped_not_read() {
    let dir = scratch("errors-special-files");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("harbour.txt"), HARBOUR).unwrap();
    // A link to the folder itself would make a recursive walk endless; a
    // link to /dev/zero never ends; a pipe with no writer blocks forever.
    std::os::unix::fs::symlink(&sources, sources.join("loop.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", sources.join("zero.txt")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(sources.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(made.success());

    let output = crate::common::pack("harbour", &sources, &dir.join("out"), &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    for name in ["loop.txt", "pipe.txt", "zero.txt"] {
        assert!(
            message.contains(&format!("skipped {name}: not a regular file")),
            "{message}"
        );
    }
}
