//! Core tests: engine mechanics one by one, validation, whole runs of the bundled case and the CLI.

mod authoring;
mod case_checks;
mod classroom;
mod cli;
mod common;
mod corpus;
mod evidence_at_trial_and_tutorial;
mod grade;
mod judgement;
mod lan;
mod layering;
mod lints;
mod locales;
mod mechanics;
mod moodle;
mod myawaddy;
mod procedure;
mod record_fields;
mod record_files;
mod records;
mod runs;
mod thai_hold;
mod validate_plays;
mod validation;
mod walkthrough;
mod witnessed;
