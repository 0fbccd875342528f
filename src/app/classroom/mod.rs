//! Classroom mode in the app: teams taking turns at the presenter machine (each with its own
//! session on the class code's seed), the instructor's console (F2), the hidden truth on the
//! projector when revealed, notes pinned to sim time, the class debrief, and the LAN links
//! (host on the instructor's machine, a client on each team PC) from `crate::classroom::net`.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::classroom::debrief::{ClassDebrief, load_dir};
use crate::classroom::net::{Client, ClientEvent, Host, HostClass, Join, TeamStatus};
use crate::classroom::{self as core, ClassFile, Command, Note};
use crate::run::Run;

use super::{ActiveCase, CaseOptions, Screen, Settings, SimClock, Step, Texts, TypingFocus};

mod view;

/// How the app was started in classroom mode.
#[derive(Debug, Clone)]
pub struct ClassStart {
    pub code: String,
    pub teams: Vec<String>,
    /// The class folder: `class.json` and every team's record.
    pub dir: PathBuf,
    pub role: Role,
    /// Open the console, the hidden truth or the class debrief at start.
    pub show_console: bool,
    pub show_reveal: bool,
    pub show_debrief: bool,
}

#[derive(Debug, Clone)]
pub enum Role {
    /// Teams take turns at this machine.
    Presenter,
    /// The instructor's machine: teams play on their own PCs and join over the LAN.
    Host { bind: std::net::SocketAddr },
    /// A team PC joining the host.
    Join { host: String },
}

/// A team's session while another team is at the machine.
struct Parked {
    run: Run,
}

/// The class, for the presenter and the console.
#[derive(Resource)]
pub struct Class {
    pub start: ClassStart,
    pub seed: u64,
    pub active: usize,
    parked: Vec<Option<Parked>>,
    pub notes: Vec<Note>,
    pub revealed: bool,
    pub console_open: bool,
    pub note_draft: String,
    pub debrief: Option<Result<ClassDebrief, String>>,
    pub host: Option<Host>,
    pub client: Option<Client>,
    /// The client's link state and the last refusal, for the team PC's banner.
    pub link: Option<bool>,
    pub refused: Option<crate::i18n::Msg>,
    sent: usize,
    status_at: f64,
    pub error: Option<String>,
}

impl Class {
    pub fn team_name(&self) -> &str {
        self.start.teams.get(self.active).map(String::as_str).unwrap_or("")
    }
    fn class_file(&self, case: &ActiveCase) -> ClassFile {
        ClassFile {
            format: core::CLASS_FORMAT,
            code: self.start.code.clone(),
            scenario_id: case.scenario.id.clone(),
            scenario_hash: case.hash().to_string(),
            seed: self.seed,
            teams: self.start.teams.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// What the console asks for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum ClassIntent {
    Console(Command),
    SwitchTeam(usize),
    /// Pin the draft note to the active team's current sim time.
    PinNote,
    ToggleConsole,
    OpenDebrief,
    CloseDebrief,
}

/// Install classroom mode (only when the app was started with one).
pub struct ClassroomPlugin(pub ClassStart);

impl Plugin for ClassroomPlugin {
    fn build(&self, app: &mut App) {
        let start = self.0.clone();
        let seed = core::code::seed(&start.code).unwrap_or(1);
        let teams = start.teams.len();
        app.insert_resource(Class {
            start,
            seed,
            active: 0,
            parked: (0..teams).map(|_| None).collect(),
            notes: Vec::new(),
            revealed: self.0.show_reveal,
            console_open: self.0.show_console,
            note_draft: String::new(),
            debrief: None,
            host: None,
            client: None,
            link: None,
            refused: None,
            sent: 0,
            status_at: 0.0,
            error: None,
        })
        .add_message::<ClassIntent>()
        .add_systems(Startup, setup.after(super::case::init_options))
        .add_systems(
            Update,
            (keys.in_set(Step::Input), (first_open, intents, link).chain().in_set(Step::Apply)),
        )
        .add_systems(Last, keep_awake);
        view::plugin(app);
    }
}

/// The class seed and the team's name go into every case the app opens; records go to the
/// class folder; the projector gets a large UI scale.
fn setup(mut class: ResMut<Class>, mut opts: ResMut<CaseOptions>, mut settings: ResMut<Settings>) {
    opts.seed = class.seed;
    opts.trainee = String::new();
    opts.records = class.start.dir.clone();
    if !matches!(class.start.role, Role::Join { .. }) {
        settings.file.ui_scale = settings.file.ui_scale.max(1.5);
    }
    if let Err(e) = std::fs::create_dir_all(&class.start.dir) {
        class.error = Some(format!("{}: {e}", class.start.dir.display()));
    }
    // A class started again in its folder keeps its notes.
    let file = class.start.dir.join(core::CLASS_FILE);
    if file.exists() {
        match ClassFile::load(&file) {
            Ok(f) if f.code == class.start.code => class.notes = f.notes,
            Ok(_) => {}
            Err(e) => class.error = Some(e.to_string()),
        }
    }
}

/// When a case opens: name the team, put its record in the class folder, start the LAN link.
fn first_open(
    mut class: ResMut<Class>,
    case: Option<ResMut<ActiveCase>>,
    texts: Option<Res<Texts>>,
    mut out: MessageWriter<ClassIntent>,
) {
    let Some(mut case) = case else { return };
    if !case.is_added() {
        return;
    }
    if class.start.show_debrief && class.debrief.is_none() {
        out.write(ClassIntent::OpenDebrief);
    }
    let team = class.team_name().to_string();
    if matches!(class.start.role, Role::Host { .. }) {
        // The instructor's own copy of the case (for the projector) is nobody's record: it
        // stays out of the class folder's records, which the LAN teams fill.
        case.record_path = class.start.dir.join("presenter").join("presenter.record.json");
        case.record_written = true;
    } else {
        case.run.meta.team = Some(team.clone());
        let path = core::record_path(&class.start.dir, &team);
        let (scenario, hash, seed) = (case.scenario.clone(), case.hash().to_string(), class.seed);
        let mut target = path.clone();
        match resume(&scenario, &hash, seed, &path) {
            Resume::Fresh => {}
            Resume::Resumed(p) => case.run = p.run,
            Resume::Foreign(e) => {
                class.error = Some(e);
                // Never over the file that is there: this run's record goes aside.
                let name = path.file_name().unwrap_or_default();
                target = class.start.dir.join("conflict").join(name);
            }
        }
        case.record_path = target;
        case.record_written = true;
    }
    let locale = texts.map(|t| t.lang.clone()).unwrap_or_default();
    if let Err(e) = class.class_file(&case).save(&class.start.dir.join(core::CLASS_FILE)) {
        class.error = Some(e.to_string());
    }
    match class.start.role.clone() {
        Role::Host { bind } if class.host.is_none() => {
            let hc = HostClass {
                scenario: case.scenario.clone(),
                scenario_hash: case.hash().to_string(),
                code: class.start.code.clone(),
                teams: class.start.teams.clone(),
                locale,
                dir: Some(class.start.dir.clone()),
            };
            match Host::start(bind, hc) {
                Ok(h) => class.host = Some(h),
                Err(e) => class.error = Some(e.to_string()),
            }
        }
        Role::Join { host } if class.client.is_none() => {
            // A resumed session passes what it already did; the host keeps what it has.
            let actions = case.run.recorded_actions();
            class.sent = actions.len();
            class.client = Some(Client::start(Join {
                host,
                code: class.start.code.clone(),
                team,
                scenario_hash: case.hash().to_string(),
                actions,
                commands_seen: 0,
            }));
        }
        _ => {}
    }
}

fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    typing: Res<TypingFocus>,
    mut out: MessageWriter<ClassIntent>,
) {
    let Some(keys) = keys else { return };
    if !typing.0 && keys.just_pressed(KeyCode::F2) {
        out.write(ClassIntent::ToggleConsole);
    }
}

/// Carry out a console command on the open case (this machine's team).
fn run_command(
    cmd: &Command,
    class: &mut Class,
    case: Option<&mut ActiveCase>,
    clock: &mut SimClock,
) {
    match cmd {
        Command::Pause => clock.paused = true,
        Command::Resume => clock.paused = false,
        Command::SetSpeed(x) => {
            clock.speed =
                super::SPEEDS.iter().position(|s| s >= x).unwrap_or(super::SPEEDS.len() - 1)
        }
        Command::Reveal(on) => class.revealed = *on,
        Command::NextInject => {
            if let Some(c) = case
                && let Some(at) = core::next_inject_time(&c.run)
            {
                c.run.advance_to(at);
            }
        }
        Command::FireInject(id) => {
            if let Some(c) = case {
                let _ = c.run.fire_inject(id, Some(super::case::wall_clock_now()));
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn intents(
    mut intents: MessageReader<ClassIntent>,
    mut class: ResMut<Class>,
    mut case: Option<ResMut<ActiveCase>>,
    mut clock: ResMut<SimClock>,
    mut next: ResMut<NextState<Screen>>,
    texts: Option<Res<Texts>>,
) {
    let locale = texts.map(|t| t.lang.clone()).unwrap_or_default();
    for intent in intents.read() {
        match intent {
            ClassIntent::ToggleConsole => class.console_open = !class.console_open,
            ClassIntent::Console(cmd) => {
                let before = case.as_ref().map(|c| c.run.actions().len());
                run_command(cmd, &mut class, case.as_deref_mut(), &mut clock);
                if let Some(h) = &class.host {
                    h.command(cmd.clone());
                }
                if let Some(c) = case.as_mut()
                    && before != Some(c.run.actions().len())
                    && let Err(e) = c.save(&locale)
                {
                    class.error = Some(e);
                }
            }
            ClassIntent::SwitchTeam(i) => {
                let (i, Some(c)) = (*i, case.as_mut()) else { continue };
                if i == class.active || i >= class.start.teams.len() {
                    continue;
                }
                if !c.run.actions().is_empty() {
                    let _ = c.save(&locale);
                }
                let path = core::record_path(&class.start.dir, &class.start.teams[i]);
                let incoming = match class.parked[i].take() {
                    Some(p) => p,
                    None => match resume(&c.scenario, c.hash(), class.seed, &path) {
                        Resume::Resumed(p) => *p,
                        Resume::Fresh => {
                            let mut meta = c.run.meta.clone();
                            meta.team = None;
                            Parked { run: Run::new(c.scenario.clone(), class.seed, meta) }
                        }
                        Resume::Foreign(e) => {
                            class.error = Some(e);
                            continue;
                        }
                    },
                };
                let out = Parked { run: std::mem::replace(&mut c.run, incoming.run) };
                let a = class.active;
                class.parked[a] = Some(out);
                class.active = i;
                let team = class.team_name().to_string();
                c.run.meta.team = Some(team.clone());
                c.record_path = core::record_path(&class.start.dir, &team);
                c.record_written = true;
                c.refused = None;
                c.expert = None;
                clock.paused = true;
                let s = &c.run;
                next.set(if s.is_over() {
                    Screen::Debrief
                } else if s.trial().open {
                    Screen::Trial
                } else if s.actions().is_empty() && s.now() == 0 {
                    Screen::Briefing
                } else {
                    Screen::Operations
                });
            }
            ClassIntent::PinNote => {
                let text = class.note_draft.trim().to_string();
                if text.is_empty() {
                    continue;
                }
                let Some(c) = &case else { continue };
                let at = c.run.now().max(0);
                let team = Some(class.team_name().to_string());
                class.notes.push(Note { at, team, text });
                class.notes.sort_by_key(|n| n.at);
                class.note_draft.clear();
                if let Err(e) = class.class_file(c).save(&class.start.dir.join(core::CLASS_FILE)) {
                    class.error = Some(e.to_string());
                }
            }
            ClassIntent::OpenDebrief => {
                let Some(c) = case.as_mut() else { continue };
                if !c.run.actions().is_empty() {
                    let _ = c.save(&locale);
                }
                let built = load_dir(&class.start.dir).map_err(|e| e.to_string()).and_then(
                    |(records, _)| {
                        ClassDebrief::build(
                            c.scenario.clone(),
                            c.hash(),
                            &records,
                            class.notes.clone(),
                        )
                        .map_err(|e| e.to_string())
                    },
                );
                class.debrief = Some(built);
            }
            ClassIntent::CloseDebrief => class.debrief = None,
        }
    }
}

/// A team PC's link: new actions and the status go out, the console's commands come in.
fn link(
    mut class: ResMut<Class>,
    mut case: Option<ResMut<ActiveCase>>,
    mut clock: ResMut<SimClock>,
    time: Res<Time<Real>>,
    texts: Option<Res<Texts>>,
) {
    let Some(client) = class.client.take() else { return };
    let locale = texts.map(|t| t.lang.clone()).unwrap_or_default();
    for ev in client.poll() {
        match ev {
            ClientEvent::Connected { .. } => class.link = Some(true),
            ClientEvent::Disconnected => class.link = Some(false),
            ClientEvent::Refused(r) => {
                use crate::classroom::net::Refusal;
                use crate::i18n::{Arg, Msg};
                class.refused = Some(match r {
                    Refusal::WrongCode => Msg::new("class-refused-code"),
                    Refusal::OtherCase => Msg::new("class-refused-case"),
                    Refusal::UnknownTeam { teams } => {
                        Msg::new("class-refused-team").arg("teams", Arg::Text(teams.join(", ")))
                    }
                });
            }
            ClientEvent::Command(c) => {
                run_command(&c.cmd, &mut class, case.as_deref_mut(), &mut clock);
                if let Some(c) = case.as_mut()
                    && let Err(e) = c.save(&locale)
                {
                    class.error = Some(e);
                }
            }
        }
    }
    if let Some(c) = &case {
        let acts = c.run.recorded_actions();
        for a in acts.iter().skip(class.sent) {
            client.action(a.clone());
        }
        class.sent = acts.len();
        let now = time.elapsed_secs_f64();
        let gap = now - class.status_at;
        if gap > 0.5 || (c.is_changed() && gap > 0.1) {
            class.status_at = now;
            client.status(TeamStatus::of(&c.run, clock.paused));
        }
    }
    class.client = Some(client);
}

/// On a LAN the other side speaks at any time: while the clock is stopped, the window still
/// wakes four times a second to hear it (the live board, a command from the console).
fn keep_awake(
    class: Res<Class>,
    clock: Res<SimClock>,
    settings: Option<ResMut<bevy::winit::WinitSettings>>,
) {
    use bevy::winit::UpdateMode;
    let lan = class.host.is_some() || class.client.is_some();
    let (Some(mut settings), true, false) = (settings, lan, clock.running()) else { return };
    let want = UpdateMode::reactive(std::time::Duration::from_millis(250));
    if settings.focused_mode != want || settings.unfocused_mode != want {
        settings.focused_mode = want;
        settings.unfocused_mode = want;
    }
}

enum Resume {
    /// No record yet: a new session.
    Fresh,
    Resumed(Box<Parked>),
    /// A record that is not this class's: it is left alone and the team cannot play here.
    Foreign(String),
}

/// A team's record already in the class folder (the class was started again): its actions are
/// played again on the class seed, so the team goes on where it was and nothing is overwritten.
fn resume(
    scenario: &std::sync::Arc<crate::scenario::Scenario>,
    hash: &str,
    seed: u64,
    path: &std::path::Path,
) -> Resume {
    if !path.exists() {
        return Resume::Fresh;
    }
    let rec = match crate::record::Record::load(path) {
        Ok(r) => r,
        Err(e) => return Resume::Foreign(e.to_string()),
    };
    if rec.seed != seed || rec.scenario_hash != hash {
        return Resume::Foreign(format!(
            "{}: a record of another class or case; it is kept as it is",
            path.display()
        ));
    }
    let mut run = crate::run::replay(scenario.clone(), &rec, crate::run::OnRefused::Skip).run;
    run.meta.keeps_time = true;
    if rec.outcome.is_some() {
        run.finish();
    }
    Resume::Resumed(Box::new(Parked { run }))
}
