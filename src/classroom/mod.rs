//! Classroom mode: one case run for several teams under one class code (one seed), the
//! instructor's controls, hidden information to reveal, notes pinned to sim time, and the class
//! folder that holds every team's record.
//!
//! No Bevy, no egui: the desktop app and the LAN host/client ([`net`]) drive this module, and the
//! tests run it headless.

pub mod code;
pub mod debrief;
pub mod net;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::record::{Mode, Record, RecordError, RecordedAction, write_atomic};
use crate::scenario::{Action, Scenario, Trigger};
use crate::sim::{ActionError, EventKind, Session};
use crate::time::Secs;

/// The class file's format.
pub const CLASS_FORMAT: u32 = 1;
/// The class file's name inside a class folder.
pub const CLASS_FILE: &str = "class.json";
/// Clock speeds the console offers (sim seconds per wall second).
pub const SPEEDS: &[u32] = &[1, 10, 60, 300, 900, 3600];

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
    #[error(transparent)]
    Action(#[from] ActionError),
    #[error(transparent)]
    File(#[from] RecordError),
    #[error("{path}: cannot create the class folder: {source}")]
    Dir { path: PathBuf, source: std::io::Error },
}

/// One team: its own session (same scenario, same seed) and the wall time of each action.
pub struct Team {
    pub name: String,
    pub session: Session,
    wall: Vec<Option<String>>,
}

impl Team {
    /// The team's record so far (outcome once its case is closed).
    pub fn record(&self, scenario_hash: &str, locale: &str) -> Record {
        team_record(&self.session, &self.name, scenario_hash, locale, &self.wall)
    }
}

/// A team's record built from its session.
pub fn team_record(
    session: &Session,
    team: &str,
    scenario_hash: &str,
    locale: &str,
    wall: &[Option<String>],
) -> Record {
    Record {
        format: crate::record::FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        scenario_id: session.scenario().id.clone(),
        scenario_hash: scenario_hash.to_string(),
        seed: session.seed(),
        locale: locale.to_string(),
        trainee: None,
        team: Some(team.to_string()),
        mode: Mode::Practice,
        class_code: None,
        sim_time: None,
        abandoned: None,
        actions: session
            .actions()
            .iter()
            .enumerate()
            .map(|(i, a)| RecordedAction {
                at: a.at.0,
                wall: wall.get(i).cloned().flatten(),
                act: a.act.clone(),
            })
            .collect(),
        outcome: session.outcome().cloned(),
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

/// A class on one machine: every team's session, whose turn it is, the console's state.
pub struct Classroom {
    scenario: Arc<Scenario>,
    scenario_hash: String,
    code: String,
    seed: u64,
    locale: String,
    pub teams: Vec<Team>,
    active: usize,
    pub paused: bool,
    pub speed: u32,
    pub revealed: bool,
    pub notes: Vec<Note>,
    dir: Option<PathBuf>,
}

impl Classroom {
    /// A new class: the code fixes the seed, each team gets a fresh session on it. With `dir`,
    /// `class.json` and every team's record are written there (atomically, after every change).
    pub fn new(
        scenario: Arc<Scenario>,
        scenario_hash: &str,
        class_code: &str,
        teams: &[String],
        locale: &str,
        dir: Option<PathBuf>,
    ) -> Result<Classroom, ClassError> {
        let code = code::normalize(class_code)?;
        let seed = code::seed(&code)?;
        let names = check_teams(teams)?;
        let teams = names
            .into_iter()
            .map(|name| Team { name, session: Session::new(scenario.clone(), seed), wall: vec![] })
            .collect();
        let c = Classroom {
            scenario,
            scenario_hash: scenario_hash.to_string(),
            code,
            seed,
            locale: locale.to_string(),
            teams,
            active: 0,
            paused: true,
            speed: 60,
            revealed: false,
            notes: Vec::new(),
            dir,
        };
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

    /// Hand the presenter machine to another team. The clock stops: the next team starts when
    /// the instructor says so.
    pub fn switch_team(&mut self, team: usize) -> Result<(), ClassError> {
        if team >= self.teams.len() {
            return Err(ClassError::NoSuchTeam(team.to_string()));
        }
        self.active = team;
        self.paused = true;
        Ok(())
    }

    /// A team's action at its session's current time (the record is saved at once).
    pub fn act(
        &mut self,
        team: usize,
        action: &Action,
        wall: Option<String>,
    ) -> Result<(), ClassError> {
        let t = self.teams.get_mut(team).ok_or_else(|| ClassError::NoSuchTeam(team.to_string()))?;
        let now = t.session.now().max(0);
        t.session.apply(now, action)?;
        t.wall.push(wall);
        self.save_team(team)
    }

    /// Run a team's clock by `dt` sim seconds (nothing while paused).
    pub fn tick(&mut self, team: usize, dt: Secs) -> Result<(), ClassError> {
        if self.paused || dt <= 0 {
            return Ok(());
        }
        let was_over = self.teams.get(team).is_some_and(|t| t.session.is_over());
        let Some(t) = self.teams.get_mut(team) else {
            return Err(ClassError::NoSuchTeam(team.to_string()));
        };
        let to = t.session.now().saturating_add(dt);
        t.session.advance_to(to);
        if !was_over && t.session.is_over() {
            self.save_team(team)?;
        }
        Ok(())
    }

    /// Carry out a console command on the given teams (`None`: every team). Returns, per team
    /// touched, any refusal (firing an inject a team has already seen is refused for that team
    /// only).
    pub fn command(
        &mut self,
        cmd: &Command,
        teams: Option<&[usize]>,
    ) -> Vec<(usize, Result<(), ClassError>)> {
        let all: Vec<usize> = (0..self.teams.len()).collect();
        let targets: Vec<usize> = teams.map(<[usize]>::to_vec).unwrap_or(all);
        let mut out = Vec::new();
        match cmd {
            Command::Pause => self.paused = true,
            Command::Resume => self.paused = false,
            Command::SetSpeed(s) => self.speed = (*s).clamp(1, 3600),
            Command::Reveal(on) => self.revealed = *on,
            Command::NextInject => {
                for &i in &targets {
                    if let Some(t) = self.teams.get_mut(i) {
                        if let Some(at) = next_inject_time(&t.session) {
                            t.session.advance_to(at);
                        }
                        out.push((i, Ok(())));
                    }
                }
                for &i in &targets {
                    let _ = self.save_team(i);
                }
            }
            Command::FireInject(id) => {
                for &i in &targets {
                    let r = match self.teams.get_mut(i) {
                        Some(t) => t
                            .session
                            .fire_inject(id)
                            .map(|()| t.wall.push(None))
                            .map_err(ClassError::from)
                            .and_then(|()| self.save_team(i)),
                        None => Err(ClassError::NoSuchTeam(i.to_string())),
                    };
                    out.push((i, r));
                }
            }
        }
        out
    }

    /// Pin a note to the active team's current sim time (or to a given time).
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
        let at = at.unwrap_or_else(|| self.active_team().session.now().max(0));
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

    /// Every team's record, in team order.
    pub fn records(&self) -> Vec<Record> {
        self.teams.iter().map(|t| t.record(&self.scenario_hash, &self.locale)).collect()
    }

    fn save_class(&self) -> Result<(), ClassError> {
        if let Some(d) = &self.dir {
            self.class_file().save(&d.join(CLASS_FILE))?;
        }
        Ok(())
    }

    fn save_team(&self, i: usize) -> Result<(), ClassError> {
        if let (Some(d), Some(t)) = (&self.dir, self.teams.get(i)) {
            t.record(&self.scenario_hash, &self.locale).save(&record_path(d, &t.name))?;
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
