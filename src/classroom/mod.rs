//! Classroom mode: one case run for several teams under one class code (one seed), the
//! instructor's controls, hidden information to reveal, notes pinned to sim time, and the class
//! folder that holds every team's record.
//!
//! No Bevy, no egui: the desktop app and the LAN host/client ([`net`]) drive this module, and the
//! tests run it headless.

pub mod code;
pub mod debrief;
pub mod net;
pub mod secret;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::record::{Mode, Record, RecordError, write_atomic};
use crate::run::{Meta, OnRefused, Replayed, Run, replay};
use crate::scenario::{Action, Scenario, Trigger};
use crate::sim::{ActionError, EventKind, Session};
use crate::time::Secs;

/// The class file's format.
pub const CLASS_FORMAT: u32 = 1;
/// The class file's name inside a class folder.
pub const CLASS_FILE: &str = "class.json";
/// Clock speeds the app's clock and the console offer (sim seconds per wall second).
pub const SPEEDS: [u32; 7] = [1, 10, 60, 300, 900, 1800, 3600];

/// What the instructor's console can do to a team's session (sent over the LAN as is).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    Pause,
    Resume,
    SetSpeed(u32),
    /// Run the clock to the next scheduled inject (or the next event when no inject is due).
    NextInject,
    /// Fire one of the case's optional injects now.
    FireInject(String),
    /// Show or hide the hidden information (where the money went, what the gang knew).
    Reveal(bool),
}

/// An instructor's note, pinned to a sim time (and a team, when it is about one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub at: Secs,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    pub text: String,
}

/// `class.json`: what a class folder is about, and the instructor's notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassFile {
    pub format: u32,
    pub code: String,
    pub scenario_id: String,
    pub scenario_hash: String,
    pub seed: u64,
    pub teams: Vec<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl ClassFile {
    pub fn load(path: &Path) -> Result<ClassFile, RecordError> {
        let bytes = std::fs::read(path)
            .map_err(|source| RecordError::Read { path: path.into(), source })?;
        let f: ClassFile = serde_json::from_slice(&bytes).map_err(|e| RecordError::Invalid {
            path: path.into(),
            line: e.line(),
            col: e.column(),
            message: e.to_string(),
        })?;
        if f.format != CLASS_FORMAT {
            return Err(RecordError::Format { path: path.into(), found: f.format });
        }
        Ok(f)
    }
    pub fn save(&self, path: &Path) -> Result<(), RecordError> {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        write_atomic(path, s.as_bytes())
    }
}

/// Errors of a classroom: bad code or team list, refused action, file trouble.
#[derive(Debug, thiserror::Error)]
pub enum ClassError {
    #[error(transparent)]
    Code(#[from] code::CodeError),
    #[error("give at least one team")]
    NoTeams,
    #[error("team `{0}` is named twice")]
    DuplicateTeam(String),
    #[error("no team `{0}` in this class")]
    NoSuchTeam(String),
    #[error("team `{0}` is playing at the presenter machine: its run is with the open case")]
    Lent(String),
    #[error("team `{0}` is not playing at the presenter machine: it has no run to give back")]
    NotLent(String),
    /// The class folder holds a record of another class or case under the team's name.
    #[error("{0}")]
    Foreign(String),
    #[error(transparent)]
    Action(#[from] ActionError),
    #[error(transparent)]
    File(#[from] RecordError),
    #[error("team `{0}` has no secret to join with")]
    NoSecret(String),
    #[error("{path}: cannot create the class folder: {source}")]
    Dir { path: PathBuf, source: std::io::Error },
}

/// One team: its run (same scenario, same seed as every other team), here unless it is lent to
/// the presenter machine's open case.
pub struct Team {
    pub name: String,
    run: Option<Run>,
    /// The record already in the class folder was not this class's: it is left alone, and the
    /// team's own record goes to the folder's `conflict/` instead.
    foreign: Option<String>,
}

impl Team {
    /// The team's run, unless it is lent out (see [`Classroom::switch`]).
    pub fn run(&self) -> Option<&Run> {
        self.run.as_ref()
    }
    /// Why the record found in the class folder for this team was left alone, if it was.
    pub fn foreign(&self) -> Option<&str> {
        self.foreign.as_deref()
    }
    /// The team's record so far (outcome once its case is closed); `None` while lent out.
    pub fn record(&self) -> Option<Record> {
        self.run.as_ref().map(Run::to_record)
    }
}

/// A file-name-safe form of a team name (letters and digits of any script kept).
pub fn slug(name: &str) -> String {
    let s: String =
        name.trim().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() { "team".to_string() } else { s }
}

/// Where a team's record lives in a class folder.
pub fn record_path(dir: &Path, team: &str) -> PathBuf {
    dir.join(format!("{}.record.json", slug(team)))
}

/// Where a team's record goes when the folder already holds a record of another class or case
/// under its name: never over that file.
pub fn conflict_path(dir: &Path, team: &str) -> PathBuf {
    dir.join("conflict").join(format!("{}.record.json", slug(team)))
}

/// Check a list of team names: at least one, none empty, none twice.
pub fn check_teams(names: &[String]) -> Result<Vec<String>, ClassError> {
    let names: Vec<String> =
        names.iter().map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect();
    if names.is_empty() {
        return Err(ClassError::NoTeams);
    }
    for (i, n) in names.iter().enumerate() {
        if names[..i].iter().any(|m| slug(m).to_lowercase() == slug(n).to_lowercase()) {
            return Err(ClassError::DuplicateTeam(n.clone()));
        }
    }
    Ok(names)
}

/// The offered clock speed for `x` sim seconds per wall second: the first one at least as fast,
/// or the fastest. Returns its index in [`SPEEDS`].
pub fn speed_index(x: u32) -> usize {
    SPEEDS.iter().position(|s| *s >= x).unwrap_or(SPEEDS.len() - 1)
}

/// What every record of a team's run says about it: practice, the team's name, no trainee,
/// no class code; the sim time reached only with `keeps_time` (the app's live class).
pub fn team_meta(scenario_hash: &str, locale: &str, team: &str, keeps_time: bool) -> Meta {
    Meta {
        scenario_hash: scenario_hash.to_string(),
        locale: locale.to_string(),
        trainee: None,
        team: Some(team.to_string()),
        mode: Mode::Practice,
        class_code: None,
        keeps_time,
        abandoned: None,
    }
}

/// What a team's record in the class folder gave when the class started again.
pub enum Resume {
    /// No record yet: a new run.
    Fresh,
    /// The record's actions played again on the class seed: the team goes on where it was.
    Resumed(Box<Run>),
    /// A record that is not this class's (another seed or case file, unreadable, or an action
    /// the rules refuse on this case and seed): it is left alone, and why.
    Foreign(String),
}

/// A team's record at `path`, played again with `meta` (the class's, for this team) on the
/// class seed. A record whose replay the rules refuse is not this class's: it comes back as
/// [`Resume::Foreign`] with the action and the reason, never half-replayed.
pub fn resume_team(scenario: &Arc<Scenario>, seed: u64, meta: &Meta, path: &Path) -> Resume {
    if !path.exists() {
        return Resume::Fresh;
    }
    let rec = match Record::load(path) {
        Ok(r) => r,
        Err(e) => return Resume::Foreign(e.to_string()),
    };
    if rec.seed != seed || rec.scenario_hash != meta.scenario_hash {
        return Resume::Foreign(format!(
            "{}: a record of another class or case; it is kept as it is",
            path.display()
        ));
    }
    let Replayed { mut run, refused, .. } = replay(scenario.clone(), &rec, OnRefused::Stop);
    if let Some(r) = refused.first() {
        return Resume::Foreign(format!(
            "{}: action {} at {} is refused on this case and seed ({}); the record is kept as it is",
            path.display(),
            r.index + 1,
            crate::time::format_clock(r.action.at),
            r.error
        ));
    }
    run.meta = meta.clone();
    if rec.outcome.is_some() {
        run.finish();
    }
    Resume::Resumed(Box::new(run))
}

/// What a console command did to one team's run.
fn command_on(cmd: &Command, run: &mut Run, wall: Option<String>) -> Result<bool, ActionError> {
    match cmd {
        Command::NextInject => {
            if let Some(at) = next_inject_time(run) {
                run.advance_to(at);
            }
            Ok(false)
        }
        Command::FireInject(id) => run.fire_inject(id, wall).map(|()| true),
        Command::Pause | Command::Resume | Command::SetSpeed(_) | Command::Reveal(_) => Ok(false),
    }
}

/// A class on one machine: every team's run, whose turn it is, the console's state, the notes.
pub struct Classroom {
    scenario: Arc<Scenario>,
    scenario_hash: String,
    code: String,
    seed: u64,
    locale: String,
    /// Team records write the sim time reached (the app's live class does, as every app record).
    keeps_time: bool,
    pub teams: Vec<Team>,
    active: usize,
    pub paused: bool,
    /// Sim seconds per wall second: one of [`SPEEDS`].
    pub speed: u32,
    pub revealed: bool,
    pub notes: Vec<Note>,
    dir: Option<PathBuf>,
    /// What starting the class again found wrong (an unreadable `class.json`, a team record of
    /// another class): the class goes on; the instructor is told.
    pub warnings: Vec<String>,
    /// The instructor's key: the team records this machine writes are signed (witnessed).
    pub witness: Option<Arc<crate::witness::HostKey>>,
}

impl Classroom {
    /// A new class: the code fixes the seed, each team gets a fresh run on it. With `dir`,
    /// `class.json` and every team's record are written there (atomically, after every change).
    pub fn new(
        scenario: Arc<Scenario>,
        scenario_hash: &str,
        class_code: &str,
        teams: &[String],
        locale: &str,
        dir: Option<PathBuf>,
    ) -> Result<Classroom, ClassError> {
        let c = Classroom::empty(scenario, scenario_hash, class_code, teams, locale, dir, false)?;
        if let Some(d) = &c.dir {
            std::fs::create_dir_all(d)
                .map_err(|source| ClassError::Dir { path: d.clone(), source })?;
            c.save_class()?;
            for i in 0..c.teams.len() {
                c.save_team(i)?;
            }
        }
        Ok(c)
    }

    /// A class started (maybe again) in its folder, as the app runs it: the notes of a
    /// `class.json` with the same code are kept, each team's record there is played again
    /// ([`resume_team`]) so the team goes on where it was, and a record of another class is
    /// left alone (the team's own goes to `conflict/`). Team records keep the sim time reached.
    /// Nothing is written but `class.json` until a team's run changes.
    pub fn resume(
        scenario: Arc<Scenario>,
        scenario_hash: &str,
        class_code: &str,
        teams: &[String],
        locale: &str,
        dir: PathBuf,
    ) -> Result<Classroom, ClassError> {
        let mut c = Classroom::empty(
            scenario,
            scenario_hash,
            class_code,
            teams,
            locale,
            Some(dir.clone()),
            true,
        )?;
        std::fs::create_dir_all(&dir)
            .map_err(|source| ClassError::Dir { path: dir.clone(), source })?;
        let file = dir.join(CLASS_FILE);
        if file.exists() {
            match ClassFile::load(&file) {
                Ok(f) if f.code == c.code => c.notes = f.notes,
                Ok(_) => {}
                Err(e) => c.warnings.push(e.to_string()),
            }
        }
        for i in 0..c.teams.len() {
            let name = c.teams[i].name.clone();
            let meta = c.team_meta(&name);
            match resume_team(&c.scenario, c.seed, &meta, &record_path(&dir, &name)) {
                Resume::Fresh => {}
                Resume::Resumed(run) => c.teams[i].run = Some(*run),
                Resume::Foreign(why) => {
                    let conflict = dir.join("conflict");
                    std::fs::create_dir_all(&conflict)
                        .map_err(|source| ClassError::Dir { path: conflict, source })?;
                    c.warnings.push(why.clone());
                    c.teams[i].foreign = Some(why);
                }
            }
        }
        c.save_class()?;
        Ok(c)
    }

    fn empty(
        scenario: Arc<Scenario>,
        scenario_hash: &str,
        class_code: &str,
        teams: &[String],
        locale: &str,
        dir: Option<PathBuf>,
        keeps_time: bool,
    ) -> Result<Classroom, ClassError> {
        let code = code::normalize(class_code)?;
        let seed = code::seed(&code)?;
        let names = check_teams(teams)?;
        let mut c = Classroom {
            scenario,
            scenario_hash: scenario_hash.to_string(),
            code,
            seed,
            locale: locale.to_string(),
            keeps_time,
            teams: Vec::new(),
            active: 0,
            paused: true,
            speed: 60,
            revealed: false,
            notes: Vec::new(),
            dir,
            warnings: Vec::new(),
            witness: None,
        };
        c.teams = names
            .into_iter()
            .map(|name| {
                let run = Run::new(c.scenario.clone(), seed, c.team_meta(&name));
                Team { name, run: Some(run), foreign: None }
            })
            .collect();
        Ok(c)
    }

    fn team_meta(&self, team: &str) -> Meta {
        team_meta(&self.scenario_hash, &self.locale, team, self.keeps_time)
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }
    pub fn scenario_hash(&self) -> &str {
        &self.scenario_hash
    }
    pub fn code(&self) -> &str {
        &self.code
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }
    /// The team at the presenter machine now.
    pub fn active(&self) -> usize {
        self.active
    }
    pub fn active_team(&self) -> &Team {
        &self.teams[self.active]
    }
    pub fn team_index(&self, name: &str) -> Option<usize> {
        self.teams.iter().position(|t| t.name == name)
    }

    fn team(&self, team: usize) -> Result<&Team, ClassError> {
        self.teams.get(team).ok_or_else(|| ClassError::NoSuchTeam(team.to_string()))
    }

    /// A team's run, here (not lent out).
    fn run_mut(&mut self, team: usize) -> Result<&mut Run, ClassError> {
        let t = self.teams.get_mut(team).ok_or_else(|| ClassError::NoSuchTeam(team.to_string()))?;
        t.run.as_mut().ok_or_else(|| ClassError::Lent(t.name.clone()))
    }

    /// Where team `team`'s record is written: its place in the class folder, or `conflict/`
    /// when the folder held a record of another class under its name. `None` without a folder.
    pub fn record_path(&self, team: usize) -> Option<PathBuf> {
        let (d, t) = (self.dir.as_deref()?, self.teams.get(team)?);
        Some(if t.foreign.is_some() { conflict_path(d, &t.name) } else { record_path(d, &t.name) })
    }

    /// Hand the presenter machine to another team (headless: every run stays here). The clock
    /// stops: the next team starts when the instructor says so.
    pub fn switch_team(&mut self, team: usize) -> Result<(), ClassError> {
        self.team(team)?;
        self.active = team;
        self.paused = true;
        Ok(())
    }

    /// Lend the active team's run to the presenter machine's open case, which plays it until
    /// [`Classroom::switch`] gives it back. A team's run is in one place only: here or lent.
    pub fn lend_active(&mut self) -> Result<Run, ClassError> {
        let a = self.active;
        let t = &mut self.teams[a];
        t.run.take().ok_or_else(|| ClassError::Lent(t.name.clone()))
    }

    /// Hand the presenter machine to team `team`: `playing` (the active team's lent run) comes
    /// back to its team and is replaced by `team`'s run, now lent in its turn. The clock stops.
    /// A team whose folder held a record of another class cannot take the machine.
    pub fn switch(&mut self, team: usize, playing: &mut Run) -> Result<(), ClassError> {
        let t = self.team(team)?;
        if team == self.active {
            return Ok(());
        }
        if let Some(why) = &t.foreign {
            return Err(ClassError::Foreign(why.clone()));
        }
        let a = self.active;
        if self.teams[a].run.is_some() {
            return Err(ClassError::NotLent(self.teams[a].name.clone()));
        }
        let incoming = self.teams[team]
            .run
            .take()
            .ok_or_else(|| ClassError::Lent(self.teams[team].name.clone()))?;
        self.teams[a].run = Some(std::mem::replace(playing, incoming));
        self.active = team;
        self.paused = true;
        Ok(())
    }

    /// A team's action at its run's current time (the record is saved at once).
    pub fn act(
        &mut self,
        team: usize,
        action: &Action,
        wall: Option<String>,
    ) -> Result<(), ClassError> {
        self.run_mut(team)?.act_now(action, wall)?;
        self.save_team(team)
    }

    /// Run a team's clock by `dt` sim seconds (nothing while paused).
    pub fn tick(&mut self, team: usize, dt: Secs) -> Result<(), ClassError> {
        if self.paused || dt <= 0 {
            return Ok(());
        }
        let run = self.run_mut(team)?;
        let was_over = run.is_over();
        let to = run.now().saturating_add(dt);
        run.advance_to(to);
        if !was_over && run.is_over() {
            self.save_team(team)?;
        }
        Ok(())
    }

    /// Run a team's case to the close (the record, with its outcome, is saved).
    pub fn finish(&mut self, team: usize) -> Result<(), ClassError> {
        self.run_mut(team)?.finish();
        self.save_team(team)
    }

    /// The console's own state: pause, speed, reveal.
    fn console(&mut self, cmd: &Command) {
        match cmd {
            Command::Pause => self.paused = true,
            Command::Resume => self.paused = false,
            Command::SetSpeed(s) => self.speed = SPEEDS[speed_index(*s)],
            Command::Reveal(on) => self.revealed = *on,
            Command::NextInject | Command::FireInject(_) => {}
        }
    }

    /// Carry out a console command on the given teams (`None`: every team). Returns, per team
    /// touched, any refusal (firing an inject a team has already seen is refused for that team
    /// only; a team whose run is lent out is refused with [`ClassError::Lent`]).
    pub fn command(
        &mut self,
        cmd: &Command,
        teams: Option<&[usize]>,
    ) -> Vec<(usize, Result<(), ClassError>)> {
        self.console(cmd);
        if !matches!(cmd, Command::NextInject | Command::FireInject(_)) {
            return Vec::new();
        }
        let all: Vec<usize> = (0..self.teams.len()).collect();
        let targets: Vec<usize> = teams.map(<[usize]>::to_vec).unwrap_or(all);
        let mut out = Vec::new();
        for i in targets {
            let r = self
                .run_mut(i)
                .and_then(|run| command_on(cmd, run, None).map_err(ClassError::from))
                .and_then(|_| self.save_team(i));
            out.push((i, r));
        }
        out
    }

    /// A console command at the presenter machine: the console's state, and the team playing
    /// there now, whose run the open case holds (`playing`). Returns whether the run's log
    /// grew (its record is then due).
    pub fn command_playing(
        &mut self,
        cmd: &Command,
        playing: &mut Run,
        wall: Option<String>,
    ) -> Result<bool, ClassError> {
        self.console(cmd);
        Ok(command_on(cmd, playing, wall)?)
    }

    /// Pin a note to a sim time: `at`, or the active team's current time (which must then be
    /// here, not lent out). Saved in `class.json` at once.
    pub fn add_note(
        &mut self,
        text: &str,
        at: Option<Secs>,
        team: Option<usize>,
    ) -> Result<(), ClassError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(());
        }
        let at = match at {
            Some(at) => at,
            None => {
                let t = self.active_team();
                t.run.as_ref().ok_or_else(|| ClassError::Lent(t.name.clone()))?.now().max(0)
            }
        };
        let team = team.and_then(|i| self.teams.get(i)).map(|t| t.name.clone());
        self.notes.push(Note { at, team, text: text.to_string() });
        self.notes.sort_by_key(|n| n.at);
        self.save_class()
    }

    pub fn class_file(&self) -> ClassFile {
        ClassFile {
            format: CLASS_FORMAT,
            code: self.code.clone(),
            scenario_id: self.scenario.id.clone(),
            scenario_hash: self.scenario_hash.clone(),
            seed: self.seed,
            teams: self.teams.iter().map(|t| t.name.clone()).collect(),
            notes: self.notes.clone(),
        }
    }

    /// Every team's record, in team order (a run lent out is not here: its case writes it).
    pub fn records(&self) -> Vec<Record> {
        self.teams.iter().filter_map(Team::record).collect()
    }

    fn save_class(&self) -> Result<(), ClassError> {
        if let Some(d) = &self.dir {
            self.class_file().save(&d.join(CLASS_FILE))?;
        }
        Ok(())
    }

    fn save_team(&self, i: usize) -> Result<(), ClassError> {
        if let (Some(path), Some(mut rec)) =
            (self.record_path(i), self.teams.get(i).and_then(Team::record))
        {
            if let Some(k) = &self.witness {
                k.sign(&mut rec);
            }
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p)
                    .map_err(|source| ClassError::Dir { path: p.into(), source })?;
            }
            rec.save(&path)?;
        }
        Ok(())
    }
}

/// When the next inject comes by the clock: the earliest timed, non-optional inject not yet
/// fired; failing that, the next scheduled event.
pub fn next_inject_time(s: &Session) -> Option<Secs> {
    let now = s.now();
    s.scenario()
        .injects
        .iter()
        .filter(|i| !i.optional)
        .filter(|i| s.inject_state(&i.id).is_some_and(|st| st.fired.is_none()))
        .filter_map(|i| match &i.trigger {
            Trigger::At(t) if t.0 > now => Some(t.0),
            _ => None,
        })
        .min()
        .or_else(|| s.next_event_time())
}

/// The case's optional injects that a session has not seen yet: what the console can fire.
pub fn fireable_injects(s: &Session) -> Vec<&crate::scenario::Inject> {
    s.scenario()
        .injects
        .iter()
        .filter(|i| i.optional && s.inject_state(&i.id).is_some_and(|st| st.fired.is_none()))
        .collect()
}

/// The truth behind the case, for the instructor to reveal: the gang's accounts the police do
/// not see, every move of the money through them, and when the gang was tipped off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hidden {
    pub accounts: Vec<HiddenAccount>,
    pub flows: Vec<Flow>,
    /// When the gang learned the police were onto them, if it did.
    pub tipped_at: Option<Secs>,
    /// Accounts whose hold or freeze tips the gang off (message ids of their names).
    pub tripwires: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HiddenAccount {
    pub id: String,
    /// Message id of the account's name.
    pub name: String,
    pub balance: u64,
    /// Has the team found it (traced or revealed)?
    pub found: bool,
    pub cash_out: bool,
}

/// A move of money through a hidden account (or out of reach).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    pub at: Secs,
    /// Message ids of the accounts' names; `to` is `None` when the money was cashed out.
    pub from: String,
    pub to: Option<String>,
    pub amount: u64,
}

/// What the instructor can reveal about a session, as of its current time.
pub fn hidden(s: &Session) -> Hidden {
    let sc = s.scenario();
    let hidden_ids: Vec<&str> =
        sc.accounts.iter().filter(|a| a.hidden).map(|a| a.id.as_str()).collect();
    let name = |id: &str| sc.account(id).map(|a| a.name.clone()).unwrap_or_else(|| id.to_string());
    let accounts = s
        .accounts()
        .filter(|(a, _)| a.hidden)
        .map(|(a, st)| HiddenAccount {
            id: a.id.clone(),
            name: a.name.clone(),
            balance: st.balance,
            found: st.known,
            cash_out: a.cash_out,
        })
        .collect();
    let mut flows = Vec::new();
    let mut tipped_at = None;
    for e in s.events() {
        match &e.kind {
            EventKind::Transfer { from, to, amount }
                if hidden_ids.contains(&from.as_str()) || hidden_ids.contains(&to.as_str()) =>
            {
                flows.push(Flow { at: e.at, from: name(from), to: Some(name(to)), amount: *amount })
            }
            EventKind::CashedOut { account, amount } => {
                flows.push(Flow { at: e.at, from: name(account), to: None, amount: *amount })
            }
            EventKind::TippedOff if tipped_at.is_none() => tipped_at = Some(e.at),
            _ => {}
        }
    }
    let tripwires = sc.accounts.iter().filter(|a| a.tips_off).map(|a| a.name.clone()).collect();
    Hidden { accounts, flows, tipped_at, tripwires }
}
