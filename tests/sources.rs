//! Reading every supported format through the binary, and the messages for
//! sources it cannot read.

use crate::common::{scratch, stderr, studypack};

fn write(dir: &std::path::Path, name: &str, text: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn inspect_json(dir: &std::path::Path) -> (serde_json::Value, String) {
    let output = studypack(&[
        "inspect",
        "--sources",
        dir.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        output.status.success(),
        "inspect failed: {}",
        stderr(&output)
    );
    let report = serde_json::from_slice(&output.stdout).expect("inspect prints JSON");
    (report, stderr(&output))
}

#[test]
fn all_formats_are_read_with_provenance_and_other_files_skipped() {
    let dir = scratch("formats");
    write(
        &dir,
        "a-notes.txt",
        b"River Notes\nThe Nile flows north into the Mediterranean Sea.\n",
    );
    write(
        &dir,
        "b/summary.md",
        b"# Rivers\n\nThe Amazon carries more water than any other river.\n\n- The Danube crosses ten countries.\n",
    );
    write(
        &dir,
        "c.json",
        br#"[{"text": "The Mekong rises in Tibet.", "url": "https://example.org/mekong", "author": "Lee"}]"#,
    );
    write(
        &dir,
        "d.jsonl",
        b"{\"text\": \"The Volga is the longest river in Europe.\"}\n",
    );
    write(&dir, "picture.png", b"\x89PNG\r\n");

    let (report, notices) = inspect_json(&dir);
    assert!(notices.contains("skipped picture.png"), "{notices}");
    let passages = report["passages"].as_array().unwrap();
    let found: Vec<(String, u64, String)> = passages
        .iter()
        .map(|p| {
            (
                p["file"].as_str().unwrap().to_string(),
                p["line"].as_u64().unwrap(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "a-notes.txt".into(),
                2,
                "The Nile flows north into the Mediterranean Sea.".into()
            ),
            (
                "b/summary.md".into(),
                3,
                "The Amazon carries more water than any other river.".into()
            ),
            (
                "b/summary.md".into(),
                5,
                "The Danube crosses ten countries.".into()
            ),
            ("c.json".into(), 1, "The Mekong rises in Tibet.".into()),
            (
                "d.jsonl".into(),
                1,
                "The Volga is the longest river in Europe.".into()
            ),
        ]
    );
    let mekong = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"].as_str().unwrap().contains("Mekong"))
        .unwrap();
    assert_eq!(mekong["sources"][0]["url"], "https://example.org/mekong");
    assert_eq!(mekong["sources"][0]["author"], "Lee");
}

#[test]
fn inspect_reports_duplicates_facts_and_disagreements() {
    let dir = scratch("inspect-report");
    write(
        &dir,
        "notes.txt",
        "Lenin died in 1924 at Gorki after a long illness.\n\
         Lenin died in 1924 at Gorki after a long illness.\n\
         Lenin died in 1926 at Gorki after a long illness.\n\
         The party met in Moscow.\n"
            .as_bytes(),
    );
    let (report, _) = inspect_json(&dir);
    assert_eq!(report["passages"].as_array().unwrap().len(), 3);
    let dropped = &report["dropped"][0];
    assert_eq!(dropped["reason"], "duplicate of p1");
    let disagreement = &report["disagreements"][0];
    assert_eq!(disagreement["kind"], "numbers");
    assert!(
        disagreement["about"]
            .as_str()
            .unwrap()
            .contains("1924 or 1926")
    );
    assert_eq!(
        disagreement["a"],
        "Lenin died in 1924 at Gorki after a long illness."
    );
    assert_eq!(
        disagreement["b"],
        "Lenin died in 1926 at Gorki after a long illness."
    );
    let died_1924 = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"].as_str().unwrap().contains("1924"))
        .unwrap();
    assert_eq!(
        died_1924["sentences"].as_array().unwrap().len(),
        2,
        "the copy still supports it"
    );
}
