//! `goldenhour classroom host|join|debrief`: start the app in classroom mode, or print the class
//! debrief of a class folder.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Subcommand, ValueEnum};

use goldenhour::classroom::debrief::{ClassDebrief, DivergenceKind, load_dir};
use goldenhour::classroom::{self, net};
use goldenhour::i18n::{Arg, Catalog, Msg};
use goldenhour::sim::action_msg;
use goldenhour::time::format_clock;
use goldenhour::witness::{self, HostKey};

use super::{Fail, Format, Screenshot, ScreenshotAfter, load_catalog_for, load_scenario};

#[derive(clap::Args)]
pub(super) struct Args {
    #[command(subcommand)]
    cmd: ClassCmd,
}

#[derive(Subcommand)]
enum ClassCmd {
    /// Run a case for a class on this machine: the projector shows the team at the machine, F2
    /// opens the instructor's console. With --lan, team PCs join over the local network.
    Host(HostArgs),
    /// Play a class's case on a team PC, linked to the instructor's machine.
    Join(JoinArgs),
    /// Compare the teams of a class folder: scores per criterion and where their decisions
    /// differed.
    Debrief(DebriefArgs),
    /// Print each team's secret for a class folder (made on first use), to hand out before
    /// the class: a team PC joins only with its team's secret.
    Secrets(SecretsArgs),
    /// Print this machine's host key (made on first use): graders pass its .pub file to
    /// `grade --trust` to count the records this machine signed as witnessed.
    Key(KeyArgs),
}

#[derive(clap::Args)]
struct SecretsArgs {
    #[arg(long)]
    code: String,
    /// Team names (trainee ids in an exam), comma-separated.
    #[arg(long, value_delimiter = ',', required = true)]
    teams: Vec<String>,
    /// The class folder; default: ./class-CODE
    #[arg(long)]
    dir: Option<PathBuf>,
}

#[derive(clap::Args)]
struct KeyArgs {
    /// The host's secret key file; default: host-key in this user's config folder.
    #[arg(long)]
    key: Option<PathBuf>,
}

#[derive(clap::Args)]
#[command(mut_arg(Screenshot::ID, |a| a.help("Render N frames, save a PNG of the window to FILE and exit")))]
struct HostArgs {
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
    /// An exam over the LAN: each name in --teams is one trainee's id, and each record is that
    /// trainee's exam record, witnessed by this machine.
    #[arg(long, requires = "lan")]
    exam: bool,
    /// The host's secret key file, which signs the records this machine writes; default:
    /// host-key in this user's config folder (made on first use).
    #[arg(long)]
    key: Option<PathBuf>,
    /// Open these at start: console, reveal, debrief.
    #[arg(long, value_delimiter = ',')]
    show: Vec<Show>,
    #[command(flatten)]
    screenshot: Screenshot,
}

#[derive(clap::Args)]
struct JoinArgs {
    /// The instructor's machine: HOST or HOST:PORT.
    host: String,
    #[arg(long)]
    scenario: PathBuf,
    #[arg(long)]
    code: String,
    #[arg(long)]
    team: String,
    /// The team's secret, as the instructor's machine showed it.
    #[arg(long)]
    secret: String,
    /// Where this PC keeps the team's record; default: ./class-CODE
    #[arg(long)]
    dir: Option<PathBuf>,
}

#[derive(clap::Args)]
struct DebriefArgs {
    dir: PathBuf,
    #[arg(long)]
    scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum Show {
    Console,
    Reveal,
    Debrief,
}

pub(super) fn run(args: Args, data: &Path, lang: Option<String>) -> Result<ExitCode, Fail> {
    match args.cmd {
        ClassCmd::Host(a) => {
            let canon = classroom::code::normalize(&a.code).map_err(|e| Fail(e.to_string()))?;
            let teams = classroom::check_teams(&a.teams).map_err(|e| Fail(e.to_string()))?;
            let catalog = load_catalog_for(data, &[a.scenario.as_path()])?;
            let l = super::lang(Some(&catalog), lang.as_deref(), None)?;
            let key = host_key(a.key.as_deref(), &catalog, &l)?;
            let dir = a.dir.unwrap_or_else(|| default_dir(&canon));
            let role = if a.lan {
                let secrets = team_secrets(&dir, &teams, &catalog, &l)?;
                goldenhour_role::host(a.bind, secrets, a.exam)
            } else {
                goldenhour_role::presenter()
            };
            let shot = a.screenshot.0;
            let key = Some(Arc::new(key));
            open(data, lang, a.scenario, a.code, teams, Some(dir), role, key, a.show, shot)
        }
        ClassCmd::Join(a) => {
            classroom::code::normalize(&a.code).map_err(|e| Fail(e.to_string()))?;
            let teams = classroom::check_teams(&[a.team]).map_err(|e| Fail(e.to_string()))?;
            let role = goldenhour_role::join(a.host, a.secret);
            open(data, lang, a.scenario, a.code, teams, a.dir, role, None, vec![], None)
        }
        ClassCmd::Debrief(a) => debrief(data, a, lang),
        ClassCmd::Secrets(a) => {
            let canon = classroom::code::normalize(&a.code).map_err(|e| Fail(e.to_string()))?;
            let teams = classroom::check_teams(&a.teams).map_err(|e| Fail(e.to_string()))?;
            let catalog = load_catalog_for(data, &[])?;
            let l = super::lang(Some(&catalog), lang.as_deref(), None)?;
            let dir = a.dir.unwrap_or_else(|| default_dir(&canon));
            team_secrets(&dir, &teams, &catalog, &l)?;
            Ok(ExitCode::SUCCESS)
        }
        ClassCmd::Key(a) => {
            let catalog = load_catalog_for(data, &[])?;
            let l = super::lang(Some(&catalog), lang.as_deref(), None)?;
            host_key(a.key.as_deref(), &catalog, &l)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The class folder of a class code unless one is given.
fn default_dir(code: &str) -> PathBuf {
    PathBuf::from(format!("class-{code}"))
}

/// Load (or make) the host key and say where its public half is, for graders.
fn host_key(path: Option<&Path>, catalog: &Catalog, lang: &str) -> Result<HostKey, Fail> {
    let path = match path {
        Some(p) => p.to_path_buf(),
        None => witness::default_key_path().map_err(|e| Fail(e.to_string()))?,
    };
    let key = HostKey::load_or_create(&path).map_err(|e| Fail(e.to_string()))?;
    let m = Msg::new("class-cli-host-key")
        .arg("key", Arg::Text(key.public().fingerprint()))
        .arg("file", Arg::Text(witness::public_path(&path).display().to_string()));
    say!("{}", catalog.render(lang, &m));
    Ok(key)
}

/// Each team's secret for the class folder (made on first use), printed one per line.
fn team_secrets(
    dir: &Path,
    teams: &[String],
    catalog: &Catalog,
    lang: &str,
) -> Result<BTreeMap<String, String>, Fail> {
    let secrets = classroom::secret::load_or_create(dir, teams).map_err(|e| Fail(e.to_string()))?;
    say!("{}", catalog.text(lang, "class-cli-secrets"));
    for (team, s) in teams.iter().filter_map(|t| secrets.get(t).map(|s| (t, s))) {
        say!("  {team}: {s}");
    }
    Ok(secrets)
}

#[cfg(feature = "gui")]
mod goldenhour_role {
    use std::collections::BTreeMap;

    pub use goldenhour::app::classroom::Role;
    pub fn host(bind: std::net::SocketAddr, secrets: BTreeMap<String, String>, exam: bool) -> Role {
        Role::Host { bind, secrets, exam }
    }
    pub fn presenter() -> Role {
        Role::Presenter
    }
    pub fn join(host: String, secret: String) -> Role {
        Role::Join { host, secret }
    }
}

#[cfg(not(feature = "gui"))]
mod goldenhour_role {
    use std::collections::BTreeMap;

    pub struct Role;
    pub fn host(_: std::net::SocketAddr, _: BTreeMap<String, String>, _: bool) -> Role {
        Role
    }
    pub fn presenter() -> Role {
        Role
    }
    pub fn join(_: String, _: String) -> Role {
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
    key: Option<Arc<HostKey>>,
    show: Vec<Show>,
    screenshot_after: Option<ScreenshotAfter>,
) -> Result<ExitCode, Fail> {
    let canon = classroom::code::normalize(&class_code).map_err(|e| Fail(e.to_string()))?;
    // Check the case before a window opens: errors go to the terminal with file:line:col.
    let catalog = load_catalog_for(data, &[&scenario])?;
    let shown = super::lang(Some(&catalog), lang.as_deref(), None)
        .unwrap_or_else(|_| goldenhour::i18n::system_language(&catalog.languages()));
    load_scenario(&scenario, &catalog, &shown)?;
    let dir = dir.unwrap_or_else(|| default_dir(&canon));
    Ok(goldenhour::app::run(goldenhour::app::AppOptions {
        lang,
        scenario: Some(scenario),
        screenshot_after: screenshot_after.map(ScreenshotAfter::into_pair),
        data_dir: data.to_path_buf(),
        record_dir: None,
        classroom: Some(goldenhour::app::classroom::ClassStart {
            code: canon,
            teams,
            dir,
            role,
            key,
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
    _: Option<Arc<HostKey>>,
    _: Vec<Show>,
    _: Option<ScreenshotAfter>,
) -> Result<ExitCode, Fail> {
    Err(Fail("this build has no desktop app (built without the `gui` feature)".into()))
}

/// `classroom debrief DIR`: the class debrief on stdout, as text or JSON.
fn debrief(data: &Path, args: DebriefArgs, lang: Option<String>) -> Result<ExitCode, Fail> {
    let DebriefArgs { dir, scenario, format } = args;
    let catalog = load_catalog_for(data, &[&scenario])?;
    let lang = super::lang(Some(&catalog), lang.as_deref(), None)?;
    let (sc, hash) = load_scenario(&scenario, &catalog, &lang)?;
    let (records, class) = load_dir(&dir).map_err(|e| Fail(e.to_string()))?;
    let notes = class.map(|c| c.notes).unwrap_or_default();
    let sc = Arc::new(sc);
    let d =
        ClassDebrief::build(sc.clone(), &hash, &records, notes).map_err(|e| Fail(e.to_string()))?;
    if format == Format::Json {
        say!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let t = |id: &str| catalog.text(&lang, id);
    let r = |m: &Msg| catalog.render(&lang, m);
    say!(
        "{} — {}",
        t(&sc.title),
        r(&Msg::new("class-cli-title").arg("teams", Arg::Num(d.teams.len() as i64)))
    );
    say!();
    say!("{}", t("class-debrief-scores"));
    for team in &d.teams {
        say!("  {}: {:.1} ({})", team.name, team.outcome.score, t(&team.outcome.grade_name));
        for c in &team.outcome.criteria {
            say!("    {}: {:.1} / {:.0}", t(&c.name), c.points, c.max_points);
        }
    }
    say!();
    say!("{}", t("class-debrief-divergences"));
    if d.divergences.is_empty() {
        say!("  {}", t("class-debrief-no-divergence"));
    }
    for x in &d.divergences {
        let kind = match x.kind {
            DivergenceKind::Taken => "class-div-taken",
            DivergenceKind::Choice => "class-div-choice",
            DivergenceKind::Timing => "class-div-timing",
        };
        let first = x.takes.iter().flatten().next();
        let what = first.map(|tk| r(&action_msg(&sc, &tk.action))).unwrap_or_default();
        say!("  {}  {} ({})", format_clock(x.at), what, t(kind));
        for (team, take) in d.teams.iter().zip(&x.takes) {
            match take {
                Some(tk) if x.kind == DivergenceKind::Choice => {
                    say!(
                        "      {}: {}  {}",
                        team.name,
                        format_clock(tk.at),
                        r(&action_msg(&sc, &tk.action))
                    )
                }
                Some(tk) => say!("      {}: {}", team.name, format_clock(tk.at)),
                None => say!("      {}: {}", team.name, t("class-not-taken")),
            }
        }
    }
    if !d.notes.is_empty() {
        say!();
        say!("{}", t("class-debrief-notes"));
        for n in &d.notes {
            say!("  {}  {}  {}", format_clock(n.at), n.team.as_deref().unwrap_or(""), n.text);
        }
    }
    Ok(ExitCode::SUCCESS)
}
