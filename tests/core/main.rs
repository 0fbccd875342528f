//! Core tests: engine mechanics one by one, validation, whole runs of the bundled case and the CLI.

mod authoring;
mod classroom;
mod cli;
mod common;
mod corpus;
mod grade;
mod lan;
mod library_a;
mod library_b;
mod lints;
mod locales;
mod mechanics;
mod records;
mod validation;
