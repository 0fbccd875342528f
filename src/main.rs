//! The `goldenhour` binary: the desktop app with no subcommand, the headless CLI otherwise.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
