//! Merging what several sources say twice.
//!
//! In: a `Corpus`. Out: `Facts` — the passages kept (a passage whose
//! comparison form equals an earlier one's is dropped as its duplicate), and
//! one `Fact` per distinct sentence, listing every sentence and source that
//! states it.

use std::collections::HashMap;

use crate::model::{Corpus, Dropped, Fact, Facts, SentenceRef};
use crate::text::comparison_form;

pub fn dedup(corpus: Corpus) -> Facts {
    let mut dropped = corpus.dropped;
    let mut passages = Vec::new();
    let mut first_passage: HashMap<String, String> = HashMap::new();
    for passage in corpus.passages {
        match first_passage.get(&comparison_form(&passage.text)) {
            Some(original) => dropped.push(Dropped {
                source: passage.source,
                text: passage.text,
                reason: format!("duplicate of {original}"),
            }),
            None => {
                first_passage.insert(comparison_form(&passage.text), passage.id.clone());
                passages.push(passage);
            }
        }
    }

    let mut facts: Vec<Fact> = Vec::new();
    let mut fact_of: HashMap<String, usize> = HashMap::new();
    for passage in &passages {
        for (index, sentence) in passage.sentences.iter().enumerate() {
            let key = comparison_form(sentence);
            let slot = *fact_of.entry(key).or_insert_with(|| {
                facts.push(Fact {
                    id: format!("f{}", facts.len() + 1),
                    text: sentence.clone(),
                    sentences: Vec::new(),
                    support: Vec::new(),
                });
                facts.len() - 1
            });
            let fact = &mut facts[slot];
            fact.sentences.push(SentenceRef {
                passage: passage.id.clone(),
                sentence: index,
            });
            if !fact.support.contains(&passage.source) {
                fact.support.push(passage.source.clone());
            }
        }
    }
    Facts {
        passages,
        facts,
        dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::dedup;
    use crate::model::{Corpus, Passage, SourceRef};

    fn passage(id: &str, line: usize, text: &str, sentences: &[&str]) -> Passage {
        Passage {
            id: id.into(),
            source: SourceRef::at("a.txt", line),
            text: text.into(),
            sentences: sentences.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn drops_exact_duplicate_passages_and_merges_repeated_sentences() {
        let corpus = Corpus {
            passages: vec![
                passage(
                    "p1",
                    1,
                    "Lenin died. Stalin rose.",
                    &["Lenin died.", "Stalin rose."],
                ),
                passage(
                    "p2",
                    2,
                    "LENIN DIED. Stalin rose.",
                    &["LENIN DIED.", "Stalin rose."],
                ),
                passage(
                    "p3",
                    3,
                    "Stalin rose. Trotsky fled.",
                    &["Stalin rose.", "Trotsky fled."],
                ),
            ],
            ..Corpus::default()
        };
        let facts = dedup(corpus);
        assert_eq!(facts.passages.len(), 2);
        assert_eq!(facts.dropped.len(), 1);
        assert_eq!(facts.dropped[0].reason, "duplicate of p1");
        let texts: Vec<&str> = facts.facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, vec!["Lenin died.", "Stalin rose.", "Trotsky fled."]);
        let lines: Vec<usize> = facts.facts[1].support.iter().map(|s| s.line).collect();
        assert_eq!(lines, vec![1, 3]);
    }
}
