//! The extended task names its topic as the sources do: a name written
//! before a noun ("the Shoshone woman") is asked about with that noun; two
//! figures for one thing set the task of weighing them.

use crate::common::pack_files;
use studypack::model::{Question, QuestionKind};

/// The extended task packed for `theme` from the files given.
fn task(name: &str, files: &[(&str, &str)], theme: &str) -> Question {
    let (pack, _) = pack_files(
        name,
        files,
        theme,
        &["--kinds", "extended", "--date", "2026-11-27"],
    );
    pack.questions()
        .find(|q| q.kind == QuestionKind::Extended)
        .expect("an extended task")
        .clone()
}

/// The stem of the extended task packed for `theme` from the files given.
fn task_stem(name: &str, files: &[(&str, &str)], theme: &str) -> String {
    task(name, files, theme).stem
}

#[test]
fn a_theme_word_written_as_a_modifier_is_asked_about_with_its_noun() {
    let stem = task_stem(
        "extended-topic-name",
        &[
            (
                "a.txt",
                "In 1804 the explorers met a young Shoshone woman at Fort Mandan.\n\
                 The Shoshone woman spoke with the Hidatsa traders.\n\
                 Later the Shoshone woman guided the party through the hills.\n",
            ),
            (
                "b.txt",
                "Without the Shoshone woman the party could not have bought horses.\n\
                 Her brother, a Shoshone chief, sold them horses.\n\
                 The Shoshone woman carried her baby son all the way.\n",
            ),
        ],
        "shoshone",
    );
    assert!(stem.contains("about the Shoshone woman"), "{stem}");
}

/// Untitled sources: the task is about what their passages (and their
/// opening sentences) speak of, never "All sources".
#[test]
fn untitled_sources_are_asked_about_what_they_speak_of() {
    let stem = task_stem(
        "extended-untitled",
        &[
            (
                "a.txt",
                "Glaciers form where more snow falls each winter than melts each summer.\n\n\
                 Over many years the snow is pressed into thick, heavy ice.\n\n\
                 A glacier moves slowly downhill under its own great weight.\n",
            ),
            (
                "b.txt",
                "A glacier is a huge river of ice that flows very slowly over the land.\n\n\
                 As the glacier moves, it scrapes rocks and soil from the valley floor.\n\n\
                 When the climate warms, the glacier melts back and leaves rocks behind.\n",
            ),
        ],
        "all",
    );
    assert!(stem.contains("about the glacier"), "{stem}");
}

#[test]
fn a_thing_of_which_there_are_many_is_asked_about_in_the_plural() {
    let stem = task_stem(
        "extended-plural",
        &[
            (
                "a.txt",
                "Universal indicator turns red in lemon juice.\n\n\
                 Scientists add universal indicator to measure the pH of a solution.\n\n\
                 Universal indicator turns purple in soap.\n",
            ),
            (
                "b.txt",
                "Indicators change colour in different liquids.\n\n\
                 Universal indicator shows the whole pH scale with many colours.\n\n\
                 Red cabbage juice can also act as indicator in a kitchen test.\n\n\
                 Chemists keep several indicators on every laboratory shelf.\n",
            ),
        ],
        "all",
    );
    assert!(stem.contains("about indicators"), "{stem}");
}

/// A title whose part after the colon is a list is named by its part
/// before ("Electric Circuits: Current, Voltage and Resistance"), never by
/// a symbol of a formula ("R").
#[test]
fn a_title_before_its_colon_names_the_topic() {
    let stem = task_stem(
        "extended-colon",
        &[
            (
                "a.txt",
                "Electric Circuits: Current, Voltage and Resistance\n\n\
                 Current is a flow of charge around electric circuits.\n\n\
                 The three quantities are linked by V = I × R, where R is the resistance.\n\n\
                 A bigger R means a smaller current for the same voltage.\n",
            ),
            (
                "b.txt",
                "Resistance R is measured in ohms.\n\n\
                 If R doubles, the current halves.\n\n\
                 Voltage is measured in volts with a voltmeter.\n",
            ),
        ],
        "all",
    );
    assert!(stem.contains("about electric circuits"), "{stem}");
}

/// Where two sources give one thing different numbers, the task is to
/// weigh them, and its guide marks no point on the disputed number.
#[test]
fn the_marking_guide_credits_seeing_where_the_sources_disagree() {
    let task = task(
        "extended-dispute",
        &[
            (
                "a.txt",
                "The Mayflower\n\n\
                 The Mayflower left Plymouth in September 1620.\n\n\
                 The Mayflower crossing took 66 days.\n\n\
                 The Mayflower carried the Pilgrims to New England.\n\n\
                 William Bradford later wrote the history of the Mayflower settlers.\n\n\
                 The Mayflower passengers signed the Mayflower Compact before landing.\n\n\
                 A storm cracked a main beam of the Mayflower in mid-ocean.\n",
            ),
            (
                "b.txt",
                "The Mayflower sailed from Plymouth with 102 passengers.\n\n\
                 The Mayflower crossing of the Atlantic took 56 long days.\n\n\
                 The Mayflower anchored off Cape Cod in November 1620.\n\n\
                 Half of the Mayflower passengers died in the first winter.\n\n\
                 The Mayflower returned to England in April 1621 without the settlers.\n",
            ),
        ],
        "all",
    );
    assert!(
        task.stem
            .starts_with("Compare the figures two sources give (66 or 56)."),
        "{}",
        task.stem
    );
    let guide = task.marking_guide.join("\n");
    assert!(guide.contains("which give 56 (up to 2 marks)"), "{guide}");
    assert!(
        !guide.contains("took 66 days (") && !guide.contains("56 long days ("),
        "{guide}"
    );
}
