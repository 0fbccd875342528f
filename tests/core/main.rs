//! Core tests: engine mechanics one by one, validation, whole runs of the bundled case and the CLI.

mod authoring;
mod cli;
mod common;
mod corpus;
mod grade;
mod library_a;
mod lints;
mod locales;
mod mechanics;
mod records;
mod validation;
