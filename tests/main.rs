//! The integration tests, one module per file, built as one test binary:
//! each binary links all of Typst (about 180 MB unoptimised), so one binary
//! instead of one per file keeps a clean build's disk use and link time down.

mod agreeing_sources;
mod cli;
mod common;
mod dedup_gold;
mod errors;
mod exam_layout;
mod extended_topic;
mod hostile_text;
mod key_terms;
mod pack_end_to_end;
mod properties;
mod questions_sample;
mod sources;
mod tables;
mod templates;
mod themes_gold;
