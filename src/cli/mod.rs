//! Command line: one module per subcommand over the core; no subcommand opens the desktop app.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use goldenhour::data;
use goldenhour::i18n::Catalog;
use goldenhour::scenario::validate::{Severity, check_text};
use goldenhour::scenario::{Scenario, content_hash};

/// Print a line to stdout; a closed pipe (`goldenhour play … | head`) is not an error.
/// Every subcommand's standard output goes through it.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Print a line to stderr; a closed pipe (`goldenhour validate 2>&1 | head`) is not an error
/// (`eprintln!` panics on one). Every subcommand's standard error goes through it.
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod classroom;
mod explore;
mod grade;
mod new;
mod play;
mod validate;

#[derive(Parser)]
#[command(
    name = "goldenhour",
    version,
    about = "Golden Hour: train for the first hours of a cross-border fraud case."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language of the app (zh-CN, en-US, vi-VN); default: the system's, else zh-CN.
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Open this case straight at its briefing.
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// Write the app's session records here (default: the per-user data folder's `records/`).
    #[arg(long, value_name = "DIR")]
    record_dir: Option<PathBuf>,
    #[command(flatten)]
    screenshot: Screenshot,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and their translations (default: every case in scenarios/).
    Validate(validate::Args),
    /// Classroom mode: run a case for several teams (host, join, class debrief).
    Classroom(classroom::Args),
    /// Play a case headless with a reference line or an actions file, and print the score.
    Play(play::Args),
    /// Start a new case from a template: scenarios/ID.ron and locales/<lang>/ID.ftl for every
    /// locale, valid as written.
    New(new::Args),
    /// Play a case many times with random policies and its reference lines: score distribution,
    /// content no play reaches, and whether good play scores above bad.
    Explore(explore::Args),
    /// Verify records by replaying them, then write a gradebook, xAPI statements and debriefs.
    Grade(grade::Args),
}

/// `--format`: what `play`, `explore` and `classroom debrief` print.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// A failure the user must see: printed once, exit 1.
struct Fail(String);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Fail {
        Fail(e.to_string())
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let dir = data::data_dir();
    let lang = cli.lang;
    let result = match cli.command {
        None => return open_app(lang, cli.scenario, cli.screenshot.0, cli.record_dir, dir),
        Some(Command::Validate(args)) => validate::run(args, &dir, lang),
        Some(Command::Classroom(args)) => classroom::run(args, &dir, lang),
        Some(Command::Play(args)) => play::run(args, &dir, lang),
        Some(Command::New(args)) => new::run(args, lang),
        Some(Command::Explore(args)) => explore::run(args, &dir, lang),
        Some(Command::Grade(args)) => grade::run(args, &dir, lang),
    };
    match result {
        Ok(code) => code,
        Err(Fail(msg)) => {
            tell!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(
    lang: Option<String>,
    scenario: Option<PathBuf>,
    shot: Option<ScreenshotAfter>,
    record_dir: Option<PathBuf>,
    dir: PathBuf,
) -> ExitCode {
    goldenhour::app::run(goldenhour::app::AppOptions {
        lang,
        scenario,
        screenshot_after: shot.map(ScreenshotAfter::into_pair),
        data_dir: dir,
        record_dir,
        classroom: None,
    })
}

#[cfg(not(feature = "gui"))]
fn open_app(
    _: Option<String>,
    _: Option<PathBuf>,
    _: Option<ScreenshotAfter>,
    _: Option<PathBuf>,
    _: PathBuf,
) -> ExitCode {
    tell!(
        "error: this build has no desktop app (built without the `gui` feature); see `goldenhour --help`"
    );
    ExitCode::from(1)
}

/// `--screenshot-after N FILE`: render N frames, save a PNG of the window to FILE and exit.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ScreenshotAfter {
    frames: u32,
    file: PathBuf,
}

impl ScreenshotAfter {
    /// The app's form of it.
    #[cfg_attr(not(feature = "gui"), allow(dead_code))]
    fn into_pair(self) -> (u32, PathBuf) {
        (self.frames, self.file)
    }
}

/// The `--screenshot-after N FILE` option, parsed by clap into a [`ScreenshotAfter`]: the app
/// and `classroom host` flatten it into their options. Its two values are read together, so a
/// bad N is a usage error (exit 1) before anything runs.
#[derive(Clone, Debug, Default)]
struct Screenshot(Option<ScreenshotAfter>);

impl Screenshot {
    const ID: &'static str = "screenshot_after";
}

impl clap::FromArgMatches for Screenshot {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let Some(mut values) = m.get_many::<std::ffi::OsString>(Self::ID) else {
            return Ok(Screenshot(None));
        };
        let (Some(n), Some(file)) = (values.next(), values.next()) else {
            // clap asks for exactly two values (`num_args = 2`).
            return Ok(Screenshot(None));
        };
        let frames = n.to_str().and_then(|n| n.parse::<u32>().ok()).ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!(
                    "--screenshot-after takes a number of frames, then a file: `{}` is not a number",
                    n.to_string_lossy()
                ),
            )
        })?;
        Ok(Screenshot(Some(ScreenshotAfter { frames, file: PathBuf::from(file) })))
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        if m.contains_id(Self::ID) {
            *self = Self::from_arg_matches(m)?;
        }
        Ok(())
    }
}

impl clap::Args for Screenshot {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.arg(
            clap::Arg::new(Self::ID)
                .long("screenshot-after")
                .num_args(2)
                .value_names(["N", "FILE"])
                .value_parser(clap::value_parser!(std::ffi::OsString))
                .help(
                    "Render N frames, save a PNG of the window to FILE and exit (for smoke tests)",
                ),
        )
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

/// The one place `--lang` is resolved, for every subcommand. `--lang` must name a locale of
/// the catalog; without it: `preferred` when the catalog has that locale (`grade`: the
/// record's language), else the system's. Without a catalog (`validate` and `new` report
/// broken locales themselves): `--lang` as given, else zh-CN.
fn lang(
    catalog: Option<&Catalog>,
    asked: Option<&str>,
    preferred: Option<&str>,
) -> Result<String, Fail> {
    let Some(catalog) = catalog else {
        return Ok(asked.unwrap_or(goldenhour::i18n::DEFAULT_LANG).to_string());
    };
    let langs = catalog.languages();
    match asked {
        Some(l) if langs.contains(&l) => Ok(l.to_string()),
        Some(l) => Err(Fail(format!("no locale `{l}`; available: {}", langs.join(", ")))),
        None => Ok(preferred
            .filter(|p| langs.contains(p))
            .map(str::to_string)
            .unwrap_or_else(|| goldenhour::i18n::system_language(&langs))),
    }
}

/// The catalog for these case files: the app's own messages (from the installation, see
/// [`data::home`]), the data folder's, and each case folder's own `locales/`.
fn load_catalog_for(dir: &Path, cases: &[&Path]) -> Result<Catalog, Fail> {
    load_catalog_in(dir, cases.iter().filter_map(|c| data::case_folder(c)).collect())
}

/// The catalog of the app's own messages, the data folder's and these case folders'.
fn load_catalog_in(dir: &Path, case_folders: Vec<PathBuf>) -> Result<Catalog, Fail> {
    shared_messages()?;
    Catalog::load_layers(&data::locale_dirs(dir, case_folders)).map_err(|e| Fail(e.to_string()))
}

/// The installation's folder when it holds the app's own messages; else why not, and how to
/// point the program at them. (Written in English: without them there is no catalog to speak.)
fn shared_messages() -> Result<PathBuf, Fail> {
    let home = data::home();
    if data::has_shared_messages(&home) {
        return Ok(home);
    }
    Err(Fail(format!(
        "{}: the app's own messages (locales/<lang>/engine.ftl, ui.ftl, authoring.ftl…) are not \
         there\n  = help: set GOLDENHOUR_HOME to the folder of the installation that holds \
         locales/, or run the goldenhour that came with it",
        home.join("locales").display()
    )))
}

/// Read a file as UTF-8 text, with a clear error for binary or mis-encoded files.
fn read_text(path: &Path) -> Result<String, Fail> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Fail(format!("{}: cannot read: {e}", path.display())))?;
    if meta.len() > goldenhour::data::MAX_FILE_BYTES {
        return Err(Fail(format!(
            "{}: {} bytes is too large for a case or actions file (limit 16 MiB)",
            path.display(),
            meta.len()
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| Fail(format!("{}: cannot read: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = goldenhour::i18n::not_utf8_at(e.as_bytes());
        Fail(format!("{}:{line}:{col}: not UTF-8 text: save the file as UTF-8", path.display()))
    })
}

/// Load and fully check a scenario; any error stops here with file:line:col, in `lang`.
fn load_scenario(path: &Path, catalog: &Catalog, lang: &str) -> Result<(Scenario, String), Fail> {
    let text = read_text(path)?;
    let (sc, diags) = check_text(path, &text, Some(catalog));
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.render(catalog, lang, false))
        .collect();
    match sc {
        Some(sc) if errors.is_empty() => Ok((sc, content_hash(text.as_bytes()))),
        _ => Err(Fail(format!("{} is not a valid case:\n{}", path.display(), errors.join("\n")))),
    }
}

/// A path as the user would type it: relative to the current folder when it lies inside it.
fn shown(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// Terminal columns a string takes: CJK and full-width characters take two.
fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory as _, Parser as _};

    use super::{Cli, ScreenshotAfter};

    #[test]
    fn the_parser_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn screenshot_after_is_one_typed_value_for_the_app_and_the_class_host() {
        let cli = Cli::try_parse_from(["goldenhour", "--screenshot-after", "30", "x.png"]).unwrap();
        let want = ScreenshotAfter { frames: 30, file: "x.png".into() };
        assert_eq!(cli.screenshot.0, Some(want.clone()));
        let host = [
            "goldenhour",
            "classroom",
            "host",
            "--scenario",
            "c.ron",
            "--code",
            "GH-ABCD",
            "--teams",
            "A",
            "--screenshot-after",
            "30",
            "x.png",
        ];
        assert!(Cli::try_parse_from(host).is_ok());
        let none = Cli::try_parse_from(["goldenhour"]).unwrap();
        assert_eq!(none.screenshot.0, None);
        let bad = Cli::try_parse_from(["goldenhour", "--screenshot-after", "x", "x.png"]);
        let err = bad.err().expect("N must be a number").to_string();
        assert!(err.contains("`x` is not a number"), "{err}");
        assert!(Cli::try_parse_from(["goldenhour", "--screenshot-after", "30"]).is_err());
    }
}
