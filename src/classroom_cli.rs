//! `goldenhour classroom host|join|debrief`: start the app in classroom mode, or print the class
//! debrief of a class folder.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Subcommand, ValueEnum};

use goldenhour::classroom::debrief::{ClassDebrief, DivergenceKind, load_dir};
use goldenhour::classroom::{self, net};
use goldenhour::i18n::{Arg, Msg};
use goldenhour::sim::action_msg;
use goldenhour::time::format_clock;

use crate::cli::{Fail, load_catalog, load_scenario};

#[derive(Subcommand)]
pub enum ClassCmd {
    /// Run a case for a class on this machine: the projector shows the team at the machine, F2
    /// opens the instructor's console. With --lan, team PCs join over the local network.
    Host {
        /// The case to run.
        #[arg(long)]
        scenario: PathBuf,
        /// The class code (fixes the seed: the same case for every team).
        #[arg(long)]
        code: String,
        /// Team names, comma-separated.
        #[arg(long, value_delimiter = ',', required = true)]
        teams: Vec<String>,
        /// The class folder (class.json and each team's record); default: ./class-CODE
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Host the class on the local network for team PCs.
        #[arg(long)]
        lan: bool,
        /// Where to listen with --lan.
        #[arg(long, default_value_t = SocketAddr::from(([0, 0, 0, 0], net::DEFAULT_PORT)))]
        bind: SocketAddr,
        /// Open these at start: console, reveal, debrief.
        #[arg(long, value_delimiter = ',')]
        show: Vec<Show>,
        /// Render N frames, save a PNG of the window to FILE and exit.
        #[arg(long, num_args = 2, value_names = ["N", "FILE"])]
        screenshot_after: Option<Vec<String>>,
    },
    /// Play a class's case on a team PC, linked to the instructor's machine.
    Join {
        /// The instructor's machine: HOST or HOST:PORT.
        host: String,
        #[arg(long)]
        scenario: PathBuf,
        #[arg(long)]
        code: String,
        #[arg(long)]
        team: String,
        /// Where this PC keeps the team's record; default: ./class-CODE
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Compare the teams of a class folder: scores per criterion and where their decisions
    /// differed.
    Debrief {
        dir: PathBuf,
        #[arg(long)]
        scenario: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Show {
    Console,
    Reveal,
    Debrief,
}

pub fn run(data: &Path, cmd: ClassCmd, lang: Option<String>) -> Result<ExitCode, Fail> {
    match cmd {
        ClassCmd::Host { scenario, code, teams, dir, lan, bind, show, screenshot_after } => {
            classroom::code::normalize(&code).map_err(|e| Fail(e.to_string()))?;
            let teams = classroom::check_teams(&teams).map_err(|e| Fail(e.to_string()))?;
            let role = if lan { goldenhour_role::host(bind) } else { goldenhour_role::presenter() };
            let shot = match screenshot_after.as_deref() {
                Some([n, file]) => Some((
                    n.parse::<u32>().map_err(|_| {
                        Fail(format!(
                            "--screenshot-after takes a number of frames: `{n}` is not one"
                        ))
                    })?,
                    PathBuf::from(file),
                )),
                _ => None,
            };
            open(data, lang, scenario, code, teams, dir, role, show, shot)
        }
        ClassCmd::Join { host, scenario, code, team, dir } => {
            classroom::code::normalize(&code).map_err(|e| Fail(e.to_string()))?;
            let teams = classroom::check_teams(&[team]).map_err(|e| Fail(e.to_string()))?;
            open(data, lang, scenario, code, teams, dir, goldenhour_role::join(host), vec![], None)
        }
        ClassCmd::Debrief { dir, scenario, format } => debrief(data, &dir, &scenario, format, lang),
    }
}

#[cfg(feature = "gui")]
mod goldenhour_role {
    pub use goldenhour::app::classroom::Role;
    pub fn host(bind: std::net::SocketAddr) -> Role {
        Role::Host { bind }
    }
    pub fn presenter() -> Role {
        Role::Presenter
    }
    pub fn join(host: String) -> Role {
        Role::Join { host }
    }
}

#[cfg(not(feature = "gui"))]
mod goldenhour_role {
    pub struct Role;
    pub fn host(_: std::net::SocketAddr) -> Role {
        Role
    }
    pub fn presenter() -> Role {
        Role
    }
    pub fn join(_: String) -> Role {
        Role
    }
}

#[allow(clippy::too_many_arguments)]
#[cfg(feature = "gui")]
fn open(
    data: &Path,
    lang: Option<String>,
    scenario: PathBuf,
    class_code: String,
    teams: Vec<String>,
    dir: Option<PathBuf>,
    role: goldenhour_role::Role,
    show: Vec<Show>,
    screenshot_after: Option<(u32, PathBuf)>,
) -> Result<ExitCode, Fail> {
    let canon = classroom::code::normalize(&class_code).map_err(|e| Fail(e.to_string()))?;
    // Check the case before a window opens: errors go to the terminal with file:line:col.
    let catalog = load_catalog(data)?;
    load_scenario(&scenario, Some(&catalog))?;
    let dir = dir.unwrap_or_else(|| PathBuf::from(format!("class-{canon}")));
    Ok(goldenhour::app::run(goldenhour::app::AppOptions {
        lang,
        scenario: Some(scenario),
        screenshot_after,
        data_dir: data.to_path_buf(),
        record_dir: None,
        classroom: Some(goldenhour::app::classroom::ClassStart {
            code: canon,
            teams,
            dir,
            role,
            show_console: show.contains(&Show::Console),
            show_reveal: show.contains(&Show::Reveal),
            show_debrief: show.contains(&Show::Debrief),
        }),
    }))
}

#[allow(clippy::too_many_arguments)]
#[cfg(not(feature = "gui"))]
fn open(
    _: &Path,
    _: Option<String>,
    _: PathBuf,
    _: String,
    _: Vec<String>,
    _: Option<PathBuf>,
    _: goldenhour_role::Role,
    _: Vec<Show>,
    _: Option<(u32, PathBuf)>,
) -> Result<ExitCode, Fail> {
    Err(Fail("this build has no desktop app (built without the `gui` feature)".into()))
}

fn debrief(
    data: &Path,
    dir: &Path,
    scenario: &Path,
    format: Format,
    lang: Option<String>,
) -> Result<ExitCode, Fail> {
    let catalog = load_catalog(data)?;
    let (sc, hash) = load_scenario(scenario, Some(&catalog))?;
    let lang = match lang {
        Some(l) if catalog.locale(&l).is_some() => l,
        Some(l) => {
            return Err(Fail(format!(
                "no locale `{l}`; available: {}",
                catalog.languages().join(", ")
            )));
        }
        None => goldenhour::i18n::system_language(&catalog.languages()),
    };
    let (records, class) = load_dir(dir).map_err(|e| Fail(e.to_string()))?;
    let notes = class.map(|c| c.notes).unwrap_or_default();
    let sc = Arc::new(sc);
    let d =
        ClassDebrief::build(sc.clone(), &hash, &records, notes).map_err(|e| Fail(e.to_string()))?;
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let t = |id: &str| catalog.text(&lang, id);
    let r = |m: &Msg| catalog.render(&lang, m);
    println!(
        "{} — {}",
        t(&sc.title),
        r(&Msg::new("class-cli-title").arg("teams", Arg::Num(d.teams.len() as i64)))
    );
    println!();
    println!("{}", t("class-debrief-scores"));
    for team in &d.teams {
        println!("  {}: {:.1} ({})", team.name, team.outcome.score, t(&team.outcome.grade_name));
        for c in &team.outcome.criteria {
            println!("    {}: {:.1} / {:.0}", t(&c.name), c.points, c.max_points);
        }
    }
    println!();
    println!("{}", t("class-debrief-divergences"));
    if d.divergences.is_empty() {
        println!("  {}", t("class-debrief-no-divergence"));
    }
    for x in &d.divergences {
        let kind = match x.kind {
            DivergenceKind::Taken => "class-div-taken",
            DivergenceKind::Choice => "class-div-choice",
            DivergenceKind::Timing => "class-div-timing",
        };
        let first = x.takes.iter().flatten().next();
        let what = first.map(|tk| r(&action_msg(&sc, &tk.action))).unwrap_or_default();
        println!("  {}  {} ({})", format_clock(x.at), what, t(kind));
        for (team, take) in d.teams.iter().zip(&x.takes) {
            match take {
                Some(tk) if x.kind == DivergenceKind::Choice => {
                    println!(
                        "      {}: {}  {}",
                        team.name,
                        format_clock(tk.at),
                        r(&action_msg(&sc, &tk.action))
                    )
                }
                Some(tk) => println!("      {}: {}", team.name, format_clock(tk.at)),
                None => println!("      {}: {}", team.name, t("class-not-taken")),
            }
        }
    }
    if !d.notes.is_empty() {
        println!();
        println!("{}", t("class-debrief-notes"));
        for n in &d.notes {
            println!("  {}  {}  {}", format_clock(n.at), n.team.as_deref().unwrap_or(""), n.text);
        }
    }
    Ok(ExitCode::SUCCESS)
}
