//! Core tests: engine mechanics one by one, validation, whole runs of the bundled case and the CLI.

mod cli;
mod common;
mod corpus;
mod mechanics;
mod records;
mod validation;
