//! The open case: its scenario, the running `Session`, the trainee's actions (applied only when
//! the rules allow them), screen moves, and the record written after every action.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use crate::i18n::Msg;
use crate::record::{Record, write_atomic, write_new};
use crate::run::{Meta, OnRefused, Replayed, Run, play_session, replay};
use crate::scenario::{Action, Scenario};
use crate::sim::Session;
/// Wall-clock time as records carry it (the core's, here for the app's modules).
pub use crate::time::wall_clock_now;

pub use crate::record::Mode;

use super::{Intent, Library, Paths, Screen, Settings, StartOptions, Step};

/// The seed every team gets unless the instructor picks another: same seed, same case.
pub const SEED_DEFAULT: u64 = 1;

/// A case being played. Present as a resource only while a case is open.
#[derive(Resource)]
pub struct ActiveCase {
    pub path: PathBuf,
    /// The session and its record's metadata (hash of the case file, mode, trainee or team,
    /// class code, wall time of every action).
    pub run: Run,
    /// Where the record is written after every action. Until the first save this is the
    /// folder and the start of the name only: the first save picks a name no file has
    /// (`<case>-<trainee>-<UTC time>-<n>.json`) and sets it here.
    pub record_path: PathBuf,
    /// The record file exists and `record_path` names it (or `record_path` is a fixed file
    /// chosen by the caller, as a classroom's team records are): saves then replace it.
    pub record_written: bool,
    /// Opened to look at only (a resumed session whose case file has changed since): actions
    /// are refused, the clock stays stopped, nothing is written.
    pub read_only: bool,
    /// The last refused action and why (shown until the next action).
    pub refused: Option<Msg>,
    /// The scenario's `expert` line played with the same seed, for the debrief.
    pub expert: Option<Session>,
    /// The instructor's key, when this machine witnesses the run (a classroom's presenter
    /// machine): every record written is signed.
    pub witness: Option<Arc<crate::witness::HostKey>>,
    /// The trainee's notes pad, kept beside the record (`<record>.notes.txt`) as it is typed,
    /// and read back when the session is resumed.
    pub notes: String,
}

impl ActiveCase {
    /// A new session with the options' seed (in exam mode, the class code's).
    pub fn new(path: PathBuf, scenario: Arc<Scenario>, hash: String, opts: &CaseOptions) -> Self {
        let seed = opts.start().unwrap_or(opts.seed);
        let stamp = wall_clock_now().replace([':', '-'], "");
        let who = sanitize(if opts.trainee.trim().is_empty() { "trainee" } else { &opts.trainee });
        let record_path = opts.records.join(format!("{}-{who}-{stamp}", scenario.id));
        let meta = Meta {
            scenario_hash: hash,
            locale: String::new(),
            trainee: Some(opts.trainee.trim().to_string()).filter(|t| !t.is_empty()),
            team: None,
            mode: opts.mode,
            class_code: if opts.mode == Mode::Exam { opts.class_code.clone() } else { None },
            keeps_time: true,
            abandoned: None,
        };
        ActiveCase {
            path,
            run: Run::new(scenario, seed, meta),
            record_path,
            record_written: false,
            read_only: false,
            witness: None,
            refused: None,
            expert: None,
            notes: String::new(),
        }
    }

    /// Mark every instructor's message that is waiting (an inject with a single choice, such as
    /// a lesson's "Continue") as read, by taking its one choice. A message is guidance, not a
    /// decision: doing what it asks, running the clock or skipping on moves past it. Decisions
    /// (two choices or more) keep waiting. Returns whether anything was taken.
    pub fn acknowledge_messages(&mut self) -> bool {
        if self.read_only {
            return false;
        }
        let waiting: Vec<Action> = self
            .run
            .awaiting_choice()
            .iter()
            .filter(|inj| is_message(inj))
            .map(|inj| Action::Choose { inject: inj.id.clone(), choice: inj.choices[0].id.clone() })
            .collect();
        let mut any = false;
        for a in waiting {
            any |= self.run.act_now(&a, Some(wall_clock_now())).is_ok();
        }
        any
    }

    /// The case being played (the run's).
    pub fn scenario(&self) -> &Arc<Scenario> {
        self.run.scenario()
    }

    /// SHA-256 of the case file the session was built from.
    pub fn hash(&self) -> &str {
        &self.run.meta.scenario_hash
    }

    pub fn mode(&self) -> Mode {
        self.run.meta.mode
    }

    /// Rebuild an unfinished session from its record: the same scenario, seed, mode and trainee,
    /// the recorded actions replayed at their times, and the clock run on to the recorded sim
    /// time, so the session is where it was when the record was last written. The record file
    /// at `record_path` goes on being written.
    ///
    /// A replay the rules refuse means the record does not belong to this case file: the
    /// refusal comes back as the error (which action, and why). With `read_only` (a case file
    /// that changed since), refused actions are skipped and returned instead, and nothing will
    /// be written.
    pub fn resume(
        path: PathBuf,
        scenario: Arc<Scenario>,
        hash: String,
        record: &Record,
        record_path: PathBuf,
        read_only: bool,
    ) -> Result<(ActiveCase, Vec<Msg>), Vec<Msg>> {
        let policy = if read_only { OnRefused::Skip } else { OnRefused::Stop };
        let Replayed { mut run, refused, .. } = replay(scenario, record, policy);
        let mut dropped = Vec::new();
        for r in &refused {
            dropped.push(
                Msg::new("ui-unfinished-refused")
                    .arg("n", crate::i18n::Arg::Num(r.index as i64 + 1))
                    .arg("at", crate::i18n::Arg::Time(r.action.at)),
            );
            dropped.push(run.explain(&r.error));
        }
        if !read_only && !dropped.is_empty() {
            return Err(dropped);
        }
        run.meta.scenario_hash = hash;
        run.meta.keeps_time = true;
        let last = record.actions.last().map(|a| a.at).unwrap_or(0);
        run.advance_to(record.sim_time.unwrap_or(last).max(last));
        let notes = std::fs::read_to_string(notes_path(&record_path)).unwrap_or_default();
        let case = ActiveCase {
            path,
            run,
            record_path,
            record_written: true,
            read_only,
            refused: None,
            expert: None,
            witness: None,
            notes,
        };
        Ok((case, dropped))
    }

    /// Apply an action now. Refused actions change nothing and say why.
    pub fn act(&mut self, action: &Action) -> Result<(), Msg> {
        if self.read_only {
            let m = Msg::new("ui-read-only-refused");
            self.refused = Some(m.clone());
            return Err(m);
        }
        match self.run.act_now(action, Some(wall_clock_now())) {
            Ok(_) => {
                self.refused = None;
                Ok(())
            }
            Err(e) => {
                let m = self.run.explain(&e);
                self.refused = Some(m.clone());
                Err(m)
            }
        }
    }

    /// The record of this run so far, in `locale`.
    pub fn record(&self, locale: &str) -> Record {
        let mut r = self.run.to_record();
        r.locale = locale.to_string();
        if let Some(k) = &self.witness {
            k.sign(&mut r);
        }
        r
    }

    /// Write the record atomically; the folder is created if needed. The first write creates
    /// a file under a name no other file has; later ones replace it (temp file + rename).
    /// A read-only session writes nothing.
    pub fn save(&mut self, locale: &str) -> Result<PathBuf, String> {
        if self.read_only {
            return Err(format!("{}: read-only", self.record_path.display()));
        }
        let bytes = self.record(locale).to_json();
        if self.record_written
            && let Some(dir) = self.record_path.parent().filter(|d| !d.as_os_str().is_empty())
        {
            // A fixed file (a classroom's) in a folder that is not there yet, or was removed.
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        if !self.record_written {
            let dir = self.record_path.parent().unwrap_or(Path::new(".")).to_path_buf();
            let stem = self
                .record_path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            self.record_path =
                write_new(&dir, &stem, bytes.as_bytes()).map_err(|e| e.to_string())?;
            self.record_written = true;
            return Ok(self.record_path.clone());
        }
        write_atomic(&self.record_path, bytes.as_bytes()).map_err(|e| e.to_string())?;
        Ok(self.record_path.clone())
    }

    /// Keep the notes pad's text and write it beside the record (writing the record first if
    /// it has no file yet, so the notes have a name to go by). A read-only session keeps them
    /// in memory only.
    pub fn save_notes(&mut self, text: &str, locale: &str) -> Result<PathBuf, String> {
        self.notes = text.to_string();
        if self.read_only {
            return Err(format!("{}: read-only", self.record_path.display()));
        }
        if !self.record_written {
            self.save(locale)?;
        }
        let path = notes_path(&self.record_path);
        write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
        Ok(path)
    }

    /// Write the record as a new file in `dir` (the trainee chose another folder after a write
    /// failed there): a name no file has there, from the record's own, and the record goes on
    /// being written to it.
    pub fn move_record(&mut self, dir: &Path, locale: &str) -> Result<PathBuf, String> {
        if self.read_only {
            return Err(format!("{}: read-only", self.record_path.display()));
        }
        let name = if self.record_written {
            self.record_path.file_stem()
        } else {
            self.record_path.file_name()
        };
        let stem = name.map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = self.record(locale).to_json();
        self.record_path = write_new(dir, &stem, bytes.as_bytes()).map_err(|e| e.to_string())?;
        self.record_written = true;
        Ok(self.record_path.clone())
    }

    /// Rebuild the session on an edited scenario: same seed, the same actions replayed, the
    /// clock run back to where it was. Actions the new rules refuse are dropped and returned.
    pub fn rebuild(&mut self, scenario: Arc<Scenario>, hash: String) -> Vec<Msg> {
        let dropped = self.run.rebuild(scenario, &hash);
        self.expert = None;
        dropped.iter().map(|r| self.run.explain(&r.error)).collect()
    }

    /// The expert line, played with this session's seed (computed once).
    pub fn expert(&mut self) -> Option<&Session> {
        if self.expert.is_none() {
            let line = self.scenario().lines.get("expert")?;
            self.expert = Some(play_session(self.scenario().clone(), self.run.seed(), line));
        }
        self.expert.as_ref()
    }
}

/// An inject that only tells the trainee something and waits for "Continue" (one choice):
/// shown as the instructor's guidance, not as a decision.
pub fn is_message(inject: &crate::scenario::Inject) -> bool {
    inject.choices.len() == 1
}

/// How the next case is opened: chosen on the library screen.
#[derive(Resource, Debug, Clone)]
pub struct CaseOptions {
    pub mode: Mode,
    /// Practice: any seed the trainee likes.
    pub seed: u64,
    /// Exam: the instructor's class code (normalized), once a valid one is entered.
    pub class_code: Option<String>,
    pub trainee: String,
    pub records: PathBuf,
}

impl CaseOptions {
    /// The seed a case opens with, or why it cannot open yet (a message id): an exam needs a
    /// trainee id and the instructor's class code, whose seed it plays.
    pub fn start(&self) -> Result<u64, &'static str> {
        if self.mode != Mode::Exam {
            return Ok(self.seed);
        }
        if self.trainee.trim().is_empty() {
            return Err("ui-exam-needs-trainee");
        }
        match self.class_code.as_deref().map(crate::classcode::to_seed) {
            Some(Ok(seed)) => Ok(seed),
            _ => Err("ui-exam-needs-class-code"),
        }
    }
}

/// The last time the record was saved by hand, for the "saved" notice.
#[derive(Resource, Debug, Clone, Default)]
pub struct RecordSaved {
    pub path: Option<PathBuf>,
    pub error: Option<String>,
    /// The record of the open case could not be written (a full disk, a folder gone or not
    /// writable): why. While set, the clock stays stopped and a notice on screen offers to try
    /// again or to write to another folder. The run stays in memory, so nothing played is lost.
    pub unwritten: Option<String>,
    /// Bumped on every save, so the view can show a fresh notice.
    pub count: u32,
    /// The last export of the record (the debrief's "Export record"): where it went, or why not.
    pub exported: Option<Result<PathBuf, String>>,
    /// The last HTML report written and opened (the debrief's "Open report"), or why not.
    pub report: Option<Result<PathBuf, String>>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<RecordSaved>()
        .add_systems(Startup, init_options)
        .add_systems(PostStartup, open_start_case)
        .add_systems(Update, case_intents.in_set(Step::Apply).before(super::clock::clock_intents))
        .add_systems(Update, (follow_session, keep_sim_time).in_set(Step::Follow))
        .add_systems(OnEnter(Screen::Debrief), (save_outcome, play_expert_line));
}

pub(super) fn init_options(mut commands: Commands, paths: Res<Paths>, settings: Res<Settings>) {
    commands.insert_resource(CaseOptions {
        mode: Mode::Practice,
        seed: SEED_DEFAULT,
        class_code: None,
        trainee: settings.file.trainee.clone(),
        records: paths.records.clone(),
    });
}

/// `--scenario PATH`: open it straight at its briefing.
fn open_start_case(
    mut commands: Commands,
    start: Res<StartOptions>,
    opts: Res<CaseOptions>,
    mut library: ResMut<Library>,
    mut next: ResMut<NextState<Screen>>,
    mut problems: ResMut<super::ReloadProblems>,
    texts: Option<Res<super::Texts>>,
) {
    let Some(path) = start.scenario.clone() else {
        return;
    };
    if library.position(&path).is_none() {
        let scenario = super::library::load_case(&path, texts.as_deref()).map(Arc::new);
        library.entries.push(super::CaseEntry { path: path.clone(), bundled: false, scenario });
    }
    if let Some(i) = library.position(&path)
        && !open(&mut commands, &library, i, &opts, &mut next)
        && let Some(Err(e)) = library.entries.get(i).map(|e| &e.scenario)
    {
        problems.case = Some(e.clone());
    }
}

fn open(
    commands: &mut Commands,
    library: &Library,
    index: usize,
    opts: &CaseOptions,
    next: &mut NextState<Screen>,
) -> bool {
    let Some(entry) = library.entries.get(index) else {
        return false;
    };
    let Ok(scenario) = &entry.scenario else {
        return false;
    };
    if opts.start().is_err() {
        return false;
    }
    let hash = file_hash(&entry.path).unwrap_or_default();
    commands.insert_resource(ActiveCase::new(entry.path.clone(), scenario.clone(), hash, opts));
    next.set(Screen::Briefing);
    true
}

pub fn file_hash(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| crate::scenario::content_hash(&b))
}

#[allow(clippy::too_many_arguments)]
fn case_intents(
    mut commands: Commands,
    mut intents: MessageReader<Intent>,
    library: Res<Library>,
    mut opts: ResMut<CaseOptions>,
    mut case: Option<ResMut<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    texts: Option<Res<super::Texts>>,
    mut saved: ResMut<RecordSaved>,
    mut clock: ResMut<super::SimClock>,
) {
    let locale = texts.as_ref().map(|t| t.lang.clone()).unwrap_or_default();
    for intent in intents.read() {
        match intent {
            Intent::OpenCase(i) if *screen.get() == Screen::Library => {
                (saved.exported, saved.report) = (None, None);
                open(&mut commands, &library, *i, &opts, &mut next);
            }
            Intent::SetMode(m) => opts.mode = *m,
            Intent::SetSeed(seed) => opts.seed = *seed,
            Intent::SetTrainee(t) => opts.trainee = t.clone(),
            Intent::SetClassCode(code) => {
                opts.class_code = crate::classcode::normalize(code).ok();
            }
            Intent::CloseCase => {
                if let Some(c) = case.as_mut() {
                    // Keep what was done: the record is already on disk after every action. A
                    // record that cannot be written keeps the case open (and the notice up).
                    if !c.run.actions().is_empty()
                        && !c.read_only
                        && save_or_stop(c, &locale, &mut saved, &mut clock).is_err()
                    {
                        continue;
                    }
                }
                commands.remove_resource::<ActiveCase>();
                (saved.exported, saved.report, saved.unwritten) = (None, None, None);
                next.set(Screen::Library);
            }
            Intent::Go(to) => {
                let Some(c) = case.as_mut() else { continue };
                if !allowed_move(*screen.get(), *to, &c.run) {
                    continue;
                }
                if *to == Screen::Debrief && !c.run.is_over() {
                    c.run.finish();
                    if !c.read_only {
                        let _ = save_or_stop(c, &locale, &mut saved, &mut clock);
                    }
                }
                next.set(*to);
            }
            Intent::Act(action) => {
                let Some(c) = case.as_mut() else { continue };
                let before = c.run.actions().len();
                // Doing what the instructor's message asked moves past the message.
                if c.act(action).is_ok() && !matches!(action, Action::Choose { .. }) {
                    c.acknowledge_messages();
                }
                if c.run.actions().len() > before {
                    let _ = save_or_stop(c, &locale, &mut saved, &mut clock);
                }
            }
            // Running the clock or skipping on while only messages wait reads them: the
            // clock and "Next event" are never blocked by guidance.
            Intent::SkipToNextEvent | Intent::TogglePause | Intent::SetPaused(false)
                if *screen.get() == Screen::Operations =>
            {
                let Some(c) = case.as_mut() else { continue };
                if c.acknowledge_messages() {
                    let _ = save_or_stop(c, &locale, &mut saved, &mut clock);
                }
            }
            Intent::HearRuling => {
                if let Some(c) = case.as_mut() {
                    let verdict = c.scenario().trial.verdict.0;
                    c.run.advance_to(verdict);
                }
            }
            Intent::Save => {
                if let Some(c) = case.as_mut() {
                    if c.read_only {
                        continue;
                    }
                    match save_or_stop(c, &locale, &mut saved, &mut clock) {
                        Ok(p) => {
                            saved.path = Some(p);
                            saved.error = None;
                        }
                        Err(e) => saved.error = Some(e),
                    }
                    saved.count += 1;
                }
            }
            Intent::SetNotes(text) => {
                if let Some(c) = case.as_mut()
                    && let Err(e) = c.save_notes(text, &locale)
                {
                    saved.error = Some(e);
                }
            }
            Intent::RetryRecord => {
                if let Some(c) = case.as_mut() {
                    let _ = save_or_stop(c, &locale, &mut saved, &mut clock);
                }
            }
            Intent::MoveRecord(dir) => {
                let Some(c) = case.as_mut() else { continue };
                match c.move_record(dir, &locale) {
                    Ok(p) => {
                        // Later cases are written there too.
                        opts.records = dir.clone();
                        saved.unwritten = None;
                        saved.path = Some(p);
                        saved.error = None;
                        saved.count += 1;
                    }
                    Err(e) => record_unwritten(e, &mut saved, &mut clock),
                }
            }
            _ => {}
        }
    }
}

/// Where a record's notes pad is kept: beside it, `<record stem>.notes.txt`.
pub fn notes_path(record: &Path) -> PathBuf {
    record.with_extension("notes.txt")
}

/// Write the record. When it cannot be written the clock stops and the on-screen notice stays
/// up (with a way to write elsewhere) until a write succeeds; the run stays in memory.
fn save_or_stop(
    c: &mut ActiveCase,
    locale: &str,
    saved: &mut RecordSaved,
    clock: &mut super::SimClock,
) -> Result<PathBuf, String> {
    match c.save(locale) {
        Ok(p) => {
            if saved.unwritten.is_some() {
                saved.unwritten = None;
                (saved.path, saved.error) = (Some(p.clone()), None);
                saved.count += 1;
            }
            Ok(p)
        }
        Err(e) => {
            record_unwritten(e.clone(), saved, clock);
            Err(e)
        }
    }
}

fn record_unwritten(e: String, saved: &mut RecordSaved, clock: &mut super::SimClock) {
    warn!("cannot write the record: {e}");
    saved.unwritten = Some(e);
    clock.paused = true;
}

/// The screens a trainee may move between by hand; the session moves them on by itself too.
fn allowed_move(from: Screen, to: Screen, session: &Session) -> bool {
    use Screen::*;
    match (from, to) {
        (Briefing, Operations) => !session.trial().open && !session.is_over(),
        (Operations, Briefing) | (Trial, Briefing) => true,
        (Briefing, Trial) => session.trial().open && !session.is_over(),
        (Trial, Debrief) => session.trial().decided || session.is_over(),
        (_, Debrief) => session.is_over(),
        _ => false,
    }
}

/// Move the screens on as the session does: trial when it opens, debrief when the case closes.
fn follow_session(
    case: Option<Res<ActiveCase>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut clock: ResMut<super::SimClock>,
) {
    let Some(case) = case else { return };
    let s = &case.run;
    match screen.get() {
        Screen::Operations | Screen::Trial if s.is_over() => {
            clock.paused = true;
            next.set(Screen::Debrief);
        }
        Screen::Operations if s.trial().open => {
            clock.paused = true;
            next.set(Screen::Trial);
        }
        _ => {}
    }
}

/// Keep the record's sim time up to date as the clock moves between actions (so a resumed
/// session starts where the clock was): written when the clock stops at a new time, and every
/// few seconds while it runs. Only once the record exists (after the first action).
fn keep_sim_time(
    case: Option<ResMut<ActiveCase>>,
    mut clock: ResMut<super::SimClock>,
    time: Res<Time>,
    texts: Option<Res<super::Texts>>,
    mut saved: ResMut<RecordSaved>,
    mut last: Local<Option<(crate::time::Secs, f64)>>,
) {
    let Some(mut case) = case else { return };
    let c = case.bypass_change_detection();
    // While a write has failed, the notice's buttons try again.
    if !c.record_written || c.read_only || c.run.is_over() || saved.unwritten.is_some() {
        return;
    }
    let now = c.run.now();
    let wall = time.elapsed_secs_f64();
    let due = match *last {
        Some((at, _)) if at == now => false,
        Some((_, when)) => clock.paused || wall - when >= 5.0,
        None => true,
    };
    if !due {
        return;
    }
    let locale = texts.as_ref().map(|t| t.lang.clone()).unwrap_or_default();
    if let Err(e) = c.save(&locale) {
        record_unwritten(e, &mut saved, &mut clock);
    }
    *last = Some((now, wall));
}

/// The case is closed: write the record with its outcome (whether the trainee moved on or the
/// clock ran to the end), so the finished run is on disk before anything else happens.
fn save_outcome(
    case: Option<ResMut<ActiveCase>>,
    texts: Option<Res<super::Texts>>,
    mut saved: ResMut<RecordSaved>,
    mut clock: ResMut<super::SimClock>,
) {
    let Some(mut case) = case else { return };
    if case.read_only || case.run.outcome().is_none() {
        return;
    }
    let locale = texts.as_ref().map(|t| t.lang.clone()).unwrap_or_default();
    let _ = save_or_stop(&mut case, &locale, &mut saved, &mut clock);
}

/// Play the expert line with the same seed once the case is over, for the debrief's comparison.
fn play_expert_line(case: Option<ResMut<ActiveCase>>) {
    if let Some(mut c) = case {
        c.expert();
    }
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .take(40)
        .collect()
}
