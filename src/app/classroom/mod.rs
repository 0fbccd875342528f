//! Classroom mode in the app: teams taking turns at the presenter machine (each with its own
//! session on the class code's seed), the instructor's console (F2), the hidden truth on the
//! projector when revealed, notes pinned to sim time, the class debrief, and the LAN links
//! (host on the instructor's machine, a client on each team PC) from `crate::classroom::net`.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::classroom::debrief::{ClassDebrief, load_dir};
use crate::classroom::net::{Client, ClientEvent, Host, HostClass, Join, TeamStatus};
use crate::classroom::{self as core, Classroom, Command, Note};

use super::case::wall_clock_now;
use super::{ActiveCase, CaseOptions, Screen, Settings, SimClock, Step, Texts, TypingFocus};

mod view;

pub use view::console_body_ui;

/// How the app was started in classroom mode.
#[derive(Debug, Clone)]
pub struct ClassStart {
    pub code: String,
    pub teams: Vec<String>,
    /// The class folder: `class.json` and every team's record.
    pub dir: PathBuf,
    pub role: Role,
    /// The instructor's key (host and presenter machines): the records this machine writes
    /// are signed, so `grade --trust` counts them as witnessed.
    pub key: Option<std::sync::Arc<crate::witness::HostKey>>,
    /// Open the console, the hidden truth or the class debrief at start.
    pub show_console: bool,
    pub show_reveal: bool,
    pub show_debrief: bool,
}

#[derive(Debug, Clone)]
pub enum Role {
    /// Teams take turns at this machine.
    Presenter,
    /// The instructor's machine: teams play on their own PCs and join over the LAN, each with
    /// its team's secret. In an exam each team is one trainee.
    Host {
        bind: std::net::SocketAddr,
        secrets: std::collections::BTreeMap<String, String>,
        exam: bool,
    },
    /// A team PC joining the host with its team's secret.
    Join { host: String, secret: String },
}

/// The class, for the presenter and the console: the core [`Classroom`] (every team's run, the
/// console's state, the notes, the class folder) and what only the app has (windows, links).
#[derive(Resource)]
pub struct Class {
    pub start: ClassStart,
    /// Built when the case opens (it needs the case). The run of the team at this machine is
    /// lent to the open case ([`ActiveCase::run`]) and comes back when another team takes over.
    pub room: Option<Classroom>,
    pub console_open: bool,
    pub note_draft: String,
    /// The console asked "reveal to the class?" and waits for the instructor's confirmation.
    pub reveal_confirm: bool,
    /// The instructor confirmed the class cannot see the screen: the console shows what the
    /// teams must not see yet (events to come, live scores). Off each time the console opens.
    pub console_private: bool,
    /// The console asked "can the class see this screen?" and waits for the answer.
    pub private_confirm: bool,
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
    /// The team at this machine.
    pub fn active(&self) -> usize {
        self.room.as_ref().map(Classroom::active).unwrap_or(0)
    }
    pub fn team_name(&self) -> &str {
        match &self.room {
            Some(r) => &r.active_team().name,
            None => self.start.teams.first().map(String::as_str).unwrap_or(""),
        }
    }
    /// Is the hidden truth on the projector?
    pub fn revealed(&self) -> bool {
        self.room.as_ref().map(|r| r.revealed).unwrap_or(self.start.show_reveal)
    }
    /// The instructor's notes, in sim-time order.
    pub fn notes(&self) -> &[Note] {
        self.room.as_ref().map(|r| r.notes.as_slice()).unwrap_or(&[])
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
        app.insert_resource(Class {
            start: self.0.clone(),
            room: None,
            console_open: self.0.show_console,
            note_draft: String::new(),
            reveal_confirm: false,
            console_private: false,
            private_confirm: false,
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
    opts.seed = core::code::seed(&class.start.code).unwrap_or(1);
    opts.trainee = String::new();
    opts.records = class.start.dir.clone();
    if !matches!(class.start.role, Role::Join { .. }) {
        settings.file.ui_scale = settings.file.ui_scale.max(1.5);
    }
    if let Err(e) = std::fs::create_dir_all(&class.start.dir) {
        class.error = Some(format!("{}: {e}", class.start.dir.display()));
    }
}

/// When a case opens: the class starts (again) in its folder, the team at this machine gets its
/// run (resumed from its record there, if any), and the LAN link starts.
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
    let locale = texts.map(|t| t.lang.clone()).unwrap_or_default();
    let start = class.start.clone();
    let mut room = match Classroom::resume(
        case.scenario().clone(),
        case.hash(),
        &start.code,
        &start.teams,
        &locale,
        start.dir.clone(),
    ) {
        Ok(r) => r,
        Err(e) => {
            class.error = Some(e.to_string());
            return;
        }
    };
    room.revealed = start.show_reveal;
    room.witness = start.key.clone();
    if matches!(start.role, Role::Host { .. }) {
        // The instructor's own copy of the case (for the projector) is nobody's record: it
        // stays out of the class folder's records, which the LAN teams fill.
        case.record_path = start.dir.join("presenter").join("presenter.record.json");
        case.record_written = true;
    } else {
        if !room.warnings.is_empty() {
            class.error = Some(room.warnings.join("\n"));
        }
        match room.lend_active() {
            Ok(run) => case.run = run,
            Err(e) => class.error = Some(e.to_string()),
        }
        if let Some(path) = room.record_path(room.active()) {
            case.record_path = path;
        }
        if matches!(start.role, Role::Presenter) {
            case.witness = start.key.clone();
        }
        case.record_written = true;
    }
    match start.role {
        Role::Host { bind, secrets, exam } if class.host.is_none() => {
            let hc = HostClass {
                scenario: case.scenario().clone(),
                scenario_hash: case.hash().to_string(),
                code: start.code.clone(),
                teams: start.teams.clone(),
                locale,
                dir: Some(start.dir.clone()),
                secrets,
                key: start.key.clone(),
                exam,
            };
            match Host::start(bind, hc) {
                Ok(h) => class.host = Some(h),
                Err(e) => class.error = Some(e.to_string()),
            }
        }
        Role::Join { host, secret } if class.client.is_none() => {
            // A resumed session passes what it already did; the host keeps what it has.
            let actions = case.run.recorded_actions();
            class.sent = actions.len();
            class.client = Some(Client::start(Join {
                host,
                code: start.code.clone(),
                team: room.active_team().name.clone(),
                secret,
                scenario_hash: case.hash().to_string(),
                actions,
                commands_seen: 0,
            }));
        }
        _ => {}
    }
    class.room = Some(room);
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

/// Carry out a console command: the class's console state and the open case (this machine's
/// team); the app's clock follows the console. Returns whether the case's log grew.
fn run_command(
    cmd: &Command,
    class: &mut Class,
    case: Option<&mut ActiveCase>,
    clock: &mut SimClock,
) -> bool {
    let Some(room) = class.room.as_mut() else { return false };
    let grew = match case {
        Some(c) => match room.command_playing(cmd, &mut c.run, Some(wall_clock_now())) {
            Ok(grew) => grew,
            Err(e) => {
                class.error = Some(e.to_string());
                false
            }
        },
        None => {
            room.command(cmd, Some(&[]));
            false
        }
    };
    match cmd {
        Command::Pause | Command::Resume => clock.paused = room.paused,
        Command::SetSpeed(_) => clock.speed = core::speed_index(room.speed),
        Command::NextInject | Command::FireInject(_) | Command::Reveal(_) => {}
    }
    grew
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
            ClassIntent::ToggleConsole => {
                class.console_open = !class.console_open;
                // Opened again, it starts in the state the class may see.
                class.console_private = false;
                class.private_confirm = false;
            }
            ClassIntent::Console(cmd) => {
                let grew = run_command(cmd, &mut class, case.as_deref_mut(), &mut clock);
                if let Some(h) = &class.host {
                    h.command(cmd.clone());
                }
                if grew
                    && let Some(c) = case.as_mut()
                    && let Err(e) = c.save(&locale)
                {
                    class.error = Some(e);
                }
            }
            ClassIntent::SwitchTeam(i) => {
                let (i, Some(c), Some(room)) = (*i, case.as_mut(), class.room.as_mut()) else {
                    continue;
                };
                if i == room.active() || i >= room.teams.len() {
                    continue;
                }
                if !c.run.actions().is_empty() {
                    let _ = c.save(&locale);
                }
                // The run at the machine goes back to its team; team `i`'s comes to the case.
                if let Err(e) = room.switch(i, &mut c.run) {
                    class.error = Some(e.to_string());
                    continue;
                }
                if let Some(path) = room.record_path(i) {
                    c.record_path = path;
                }
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
                let (Some(c), Some(room)) = (&case, class.room.as_mut()) else { continue };
                // At the sim time of the team at the machine.
                let (at, team) = (c.run.now().max(0), room.active());
                let saved = room.add_note(&text, Some(at), Some(team));
                class.note_draft.clear();
                if let Err(e) = saved {
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
                            c.scenario().clone(),
                            c.hash(),
                            &records,
                            class.notes().to_vec(),
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
                    Refusal::WrongSecret => Msg::new("class-refused-secret"),
                    Refusal::UnknownTeam { teams } => {
                        Msg::new("class-refused-team").arg("teams", Arg::Text(teams.join(", ")))
                    }
                });
            }
            ClientEvent::Command(c) => {
                // A command the team's run refuses is kept in `class.error`, not dropped.
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
