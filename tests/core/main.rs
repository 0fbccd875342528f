//! Core tests: engine mechanics one by one, validation, whole runs of the bundled case and the CLI.

mod classroom;
mod cli;
mod common;
mod corpus;
mod lan;
mod mechanics;
mod validation;
