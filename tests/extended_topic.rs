//! The extended task names its topic as the sources do: a theme word the
//! sources mostly write before another noun ("bicycle shop") is asked about
//! with that noun.

use crate::common::{pack, read_pack, scratch, stderr};
use studypack::model::{Pack, QuestionKind};

#[test]
fn a_theme_word_written_as_a_modifier_is_asked_about_with_its_noun() {
    let dir = scratch("extended-topic");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(
        sources.join("a.txt"),
        "In 1892 the brothers opened a bicycle shop in Dayton.\n\
         The bicycle shop paid for their first gliders.\n\
         Their mechanic Charlie Taylor worked in the bicycle shop for years.\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("b.txt"),
        "The bicycle shop on West Third Street sold and repaired machines.\n\
         Profits from the bicycle shop funded the experiments at Kitty Hawk.\n\
         Skills learned in the bicycle shop helped the brothers build light frames.\n",
    )
    .unwrap();
    let out = dir.join("out");
    let output = pack(
        "bicycle",
        &sources,
        &out,
        &["--kinds", "extended", "--date", "2026-11-26"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: Pack = read_pack(&out, "bicycle");
    let task = pack
        .questions()
        .find(|q| q.kind == QuestionKind::Extended)
        .expect("an extended task");
    assert!(
        task.stem.contains("about the bicycle shop"),
        "{}",
        task.stem
    );
}

/// Untitled sources: the task is about what their passages (and their
/// opening sentences) speak of, never "All sources".
#[test]
fn untitled_sources_are_asked_about_what_they_speak_of() {
    let dir = scratch("extended-untitled");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(
        sources.join("a.txt"),
        "Glaciers form where more snow falls each winter than melts each summer.\n\n\
         Over many years the snow is pressed into thick, heavy ice.\n\n\
         A glacier moves slowly downhill under its own great weight.\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("b.txt"),
        "A glacier is a huge river of ice that flows very slowly over the land.\n\n\
         As the glacier moves, it scrapes rocks and soil from the valley floor.\n\n\
         When the climate warms, the glacier melts back and leaves rocks behind.\n",
    )
    .unwrap();
    let out = dir.join("out");
    let output = pack(
        "all",
        &sources,
        &out,
        &["--kinds", "extended", "--date", "2026-11-27"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: Pack = read_pack(&out, "all");
    let task = pack
        .questions()
        .find(|q| q.kind == QuestionKind::Extended)
        .expect("an extended task");
    assert!(task.stem.contains("about the glacier"), "{}", task.stem);
}

#[test]
fn a_thing_of_which_there_are_many_is_asked_about_in_the_plural() {
    let dir = scratch("extended-plural");
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(
        sources.join("a.txt"),
        "Universal indicator turns red in strong acids.\n\n\
         Scientists add universal indicator to measure the pH of a solution.\n\n\
         Universal indicator turns purple in strong alkalis.\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("b.txt"),
        "Indicators change colour in acids and alkalis.\n\n\
         Universal indicator shows the whole pH scale with many colours.\n\n\
         Red cabbage juice can also act as indicator in a kitchen test.\n\n\
         Chemists keep several indicators on every laboratory shelf.\n",
    )
    .unwrap();
    let out = dir.join("out");
    let output = pack(
        "indicator",
        &sources,
        &out,
        &["--kinds", "extended", "--date", "2026-11-27"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pack: Pack = read_pack(&out, "indicator");
    let task = pack
        .questions()
        .find(|q| q.kind == QuestionKind::Extended)
        .expect("an extended task");
    assert!(task.stem.contains("about indicators"), "{}", task.stem);
}
