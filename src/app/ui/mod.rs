//! The view: one egui pass per frame draws the current screen from the resources and sends the
//! trainee's choices as [`Intent`]s. Nothing here changes the session.

use std::collections::BTreeSet;

use bevy::prelude::*;
use bevy_egui::egui::{self, Id, LayerId, RichText, UiBuilder};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::case::CaseOptions;
use super::egui_setup::palette;
use super::input::TypingFocus;
use super::{
    ActiveCase, Intent, Library, RecordSaved, ReloadProblems, Screen, Settings, SimClock, Texts,
};

pub use resume::resume_ui;
pub(crate) use widgets::money_in;

mod briefing;
mod channels;
pub(crate) mod debrief;
mod drafting;
mod evidence;
mod feed;
mod guidance;
mod help;
mod library;
mod map;
mod measures;
mod notes;
mod operations;
mod resume;
mod statements;
mod suspects;
mod trial;
mod warnings;
mod widgets;

/// View-only state: what is selected, drafts being filled in, open menus.
#[derive(Resource, Debug, Clone, Default)]
pub struct UiState {
    pub menu_open: bool,
    /// The help page (F1): keys and glossary.
    pub help_open: bool,
    /// Library: the highlighted case.
    pub selected_case: Option<usize>,
    pub seed_text: String,
    /// Library, exam mode: the class code as typed.
    pub class_code_text: String,
    /// Debrief: the folder the record is exported to, as typed (empty: the default folder).
    pub export_dir_text: String,
    /// The record could not be written: the other folder to write it to, as typed.
    pub record_dir_text: String,
    /// Operations: the account selected on the map.
    pub selected_account: Option<String>,
    pub tab: OpsTab,
    pub freeze_grounds: BTreeSet<String>,
    pub draft: RequestDraft,
    /// Analysis: the account whose statement is being read.
    pub statement: Option<String>,
    /// Evidence: the item whose provenance is shown.
    pub selected_item: Option<String>,
    /// Notes: the pad's text as typed (taken from the case when the tab first opens).
    pub notes_text: Option<String>,
    /// Last "saved" notice shown (compared with `RecordSaved::count`).
    pub seen_saves: u32,
    pub save_notice_until: f64,
    pub seen_reloads: u32,
    pub reload_notice_until: f64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OpsTab {
    #[default]
    Measures,
    Channels,
    Evidence,
    /// Statements and links (cases with an `analysis` section).
    Analysis,
    /// The case's tasks (victim care).
    Tasks,
    /// The trainee's notes pad.
    Notes,
}

/// A request being drafted in the channels panel.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestDraft {
    pub channel: Option<String>,
    pub service: Option<String>,
    pub target: Option<crate::scenario::Target>,
    pub elements: BTreeSet<String>,
    /// Where the channel reads drafts: the facts stated, the basis cited, the items attached.
    pub facts: BTreeSet<String>,
    pub basis: Option<String>,
    pub attach: BTreeSet<String>,
}

/// `GOLDENHOUR_DIAGNOSTICS=1`: log the time the view takes to build a frame (CPU, without
/// rendering), averaged over 60 frames.
#[derive(Default)]
struct UiTiming {
    enabled: Option<bool>,
    total: std::time::Duration,
    frames: u32,
}

impl UiTiming {
    fn note(&mut self, took: std::time::Duration) {
        let on = *self
            .enabled
            .get_or_insert_with(|| std::env::var_os("GOLDENHOUR_DIAGNOSTICS").is_some());
        if !on {
            return;
        }
        self.total += took;
        self.frames += 1;
        if self.frames == 60 {
            info!(
                "ui pass: {:.2} ms per frame (average of 60)",
                self.total.as_secs_f64() * 1000.0 / 60.0
            );
            *self = UiTiming { enabled: Some(true), ..Default::default() };
        }
    }
}

/// Everything a screen reads, borrowed for one frame.
pub struct View<'a> {
    pub texts: &'a Texts,
    pub screen: Screen,
    pub case: Option<&'a ActiveCase>,
    pub library: &'a Library,
    pub clock: &'a SimClock,
    pub settings: &'a Settings,
    pub problems: &'a ReloadProblems,
    pub saved: &'a RecordSaved,
    pub options: &'a CaseOptions,
    /// The user's own case folder, shown in the library.
    pub user_scenarios: Option<&'a std::path::Path>,
    /// Seconds since start (egui's clock), for notices that fade.
    pub time: f64,
}

impl View<'_> {
    /// An exam is running: explanations that would give the answer away are held back until
    /// the debrief (the list is in the README's app section).
    pub fn exam(&self) -> bool {
        self.case.is_some_and(|c| c.mode() == super::Mode::Exam)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UiState>()
        .add_systems(Update, view_intents)
        .add_systems(EguiPrimaryContextPass, draw.after(super::egui_setup::Ready))
        .add_systems(EguiPrimaryContextPass, resume::draw.after(draw));
}

fn view_intents(
    mut intents: MessageReader<Intent>,
    mut st: ResMut<UiState>,
    screen: Res<State<Screen>>,
) {
    for intent in intents.read() {
        match intent {
            Intent::ToggleMenu => st.menu_open = !st.menu_open,
            Intent::ToggleHelp => st.help_open = !st.help_open,
            Intent::CloseCase | Intent::OpenCase(_) | Intent::Resume { .. } => {
                let keep = (st.selected_case, st.seed_text.clone(), st.class_code_text.clone());
                *st = UiState::default();
                (st.selected_case, st.seed_text, st.class_code_text) = keep;
            }
            _ => {}
        }
    }
    if screen.is_changed() {
        st.menu_open = false;
    }
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    texts: Option<Res<Texts>>,
    screen: Res<State<Screen>>,
    case: Option<Res<ActiveCase>>,
    library: Res<Library>,
    clock: Res<SimClock>,
    settings: Res<Settings>,
    problems: Res<ReloadProblems>,
    saved: Res<RecordSaved>,
    options: Res<CaseOptions>,
    paths: Res<super::Paths>,
    mut st: ResMut<UiState>,
    mut typing: ResMut<TypingFocus>,
    mut intents: MessageWriter<Intent>,
    mut timing: Local<UiTiming>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(texts) = texts else { return Ok(()) };
    // The app sleeps between inputs. When the logic changed something (a reload, the clock, a
    // new screen), draw one more frame: panels settle their size and new glyphs reach the atlas.
    let logic_changed = texts.is_changed()
        || problems.is_changed()
        || library.is_changed()
        || settings.is_changed()
        || screen.is_changed()
        || saved.is_changed()
        || case.as_ref().is_some_and(|c| c.is_changed());
    if logic_changed {
        ctx.request_repaint();
    }
    let view = View {
        texts: &texts,
        screen: *screen.get(),
        case: case.as_deref(),
        library: &library,
        clock: &clock,
        settings: &settings,
        problems: &problems,
        saved: &saved,
        options: &options,
        user_scenarios: paths.user_scenarios.as_deref(),
        time: ctx.input(|i| i.time),
    };
    // Our shortcuts win over egui's "Space clicks the focused button" (else Space after
    // clicking Run would toggle twice); text fields keep their keys.
    let typing_now = ctx.text_edit_focused();
    if !typing_now {
        let shortcut = ctx.input(|i| {
            [egui::Key::Space, egui::Key::N, egui::Key::Plus, egui::Key::Minus, egui::Key::Equals]
                .iter()
                .any(|k| i.key_pressed(*k))
        });
        if shortcut {
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        Id::new("goldenhour-root"),
        UiBuilder::new().layer_id(LayerId::background()).max_rect(ctx.content_rect()),
    );
    let mut out = Vec::new();
    let started = std::time::Instant::now();
    app_ui(&mut root, &view, &mut st, &mut out);
    timing.note(started.elapsed());
    let wants = ctx.text_edit_focused();
    if typing.0 != wants {
        typing.0 = wants;
    }
    intents.write_batch(out);
    Ok(())
}

/// The whole window: top bar, the screen, and overlays (menu, reload errors, notices).
pub fn app_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    egui::Panel::top("top-bar")
        .frame(egui::Frame::new().fill(palette::BG).inner_margin(egui::Margin::symmetric(14, 8)))
        .show(ui, |ui| top_bar_ui(ui, v, st, out));

    if v.problems.any() {
        egui::Panel::bottom("reload-problems")
            .frame(
                egui::Frame::new()
                    .fill(palette::BAD.gamma_multiply(0.25))
                    .inner_margin(egui::Margin::symmetric(14, 8)),
            )
            .show(ui, |ui| problems_ui(ui, v));
    }

    match (v.screen, v.case) {
        (Screen::Library, _) | (_, None) => library::library_ui(ui, v, st, out),
        (Screen::Briefing, Some(case)) => briefing::briefing_ui(ui, v, case, out),
        (Screen::Operations, Some(case)) => operations::operations_ui(ui, v, case, st, out),
        (Screen::Trial, Some(case)) => trial::trial_ui(ui, v, case, out),
        (Screen::Debrief, Some(case)) => debrief::debrief_ui(ui, v, case, st, out),
    }

    if st.menu_open {
        menu_ui(ui.ctx(), v, st, out);
    }
    if st.help_open {
        help::help_ui(ui.ctx(), v, st);
    }
    if let Some(e) = &v.saved.unwritten {
        record_unwritten_ui(ui.ctx(), v, e, st, out);
    }
    notices_ui(ui.ctx(), v, st);
}

/// The record cannot be written: a notice over everything (the clock is stopped meanwhile)
/// that says why, that nothing is lost, and offers to try again or to write to another folder.
fn record_unwritten_ui(
    ctx: &egui::Context,
    v: &View,
    error: &str,
    st: &mut UiState,
    out: &mut Vec<Intent>,
) {
    let t = v.texts;
    if st.record_dir_text.is_empty()
        && let Some(dir) = crate::app::default_export_dir()
    {
        st.record_dir_text = dir.display().to_string();
    }
    egui::Modal::new(Id::new("record-unwritten")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(RichText::new(format!("⚠ {}", t.t("ui-record-unwritten"))).color(palette::BAD));
        ui.add_space(4.0);
        let shown: String = error.chars().take(400).collect();
        ui.label(RichText::new(shown).monospace().color(palette::TEXT));
        ui.add_space(4.0);
        ui.label(t.t("ui-record-unwritten-kept"));
        ui.add_space(8.0);
        ui.label(RichText::new(t.t("ui-record-other-folder")).strong());
        ui.add(egui::TextEdit::singleline(&mut st.record_dir_text).desired_width(540.0));
        ui.horizontal(|ui| {
            let dir = st.record_dir_text.trim().to_string();
            let here = egui::Button::new(t.t("ui-record-write-here"));
            if ui.add_enabled(!dir.is_empty(), here).clicked() {
                out.push(Intent::MoveRecord(std::path::PathBuf::from(dir)));
            }
            if ui.button(t.t("ui-record-retry")).clicked() {
                out.push(Intent::RetryRecord);
            }
        });
    });
}

fn top_bar_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    // The right side (menu, languages) is laid out first; the case title gets what is left and
    // is shortened with an ellipsis in a small window.
    egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            ui.label(RichText::new("◆").color(palette::GOLD).size(20.0));
            ui.label(RichText::new(t.t("ui-app-title")).strong().size(18.0).color(palette::TEXT));
            if let Some(case) = v.case {
                ui.separator();
                ui.label(RichText::new(t.t(&case.scenario().title)).color(palette::DIM));
            }
        },
        |ui| {
            if ui
                .button(RichText::new(format!("☰ {}", t.t("ui-menu"))))
                .on_hover_text(t.t("ui-menu-hint"))
                .clicked()
            {
                st.menu_open = !st.menu_open;
            }
            language_switch_ui(ui, v, out);
            if let Some(case) = v.case {
                let mode = match case.mode() {
                    super::Mode::Exam => t.t("ui-mode-exam"),
                    _ => t.t("ui-mode-practice"),
                };
                ui.label(RichText::new(mode).small().color(palette::FAINT));
                if case.read_only {
                    ui.label(RichText::new(t.t("ui-read-only")).small().color(palette::WARN))
                        .on_hover_text(t.t("ui-read-only-hint"));
                }
            }
        },
    );
}

/// Language buttons and the bilingual drill, on every screen.
pub fn language_switch_ui(ui: &mut egui::Ui, v: &View, out: &mut Vec<Intent>) {
    let t = v.texts;
    let mut bilingual = t.bilingual;
    if ui
        .toggle_value(&mut bilingual, t.t("ui-bilingual"))
        .on_hover_text(t.t("ui-bilingual-hint"))
        .clicked()
    {
        out.push(Intent::ToggleBilingual);
    }
    for lang in t.languages().iter().rev() {
        let name = t.t_in(lang, "ui-language-name");
        if ui.selectable_label(*lang == t.lang, name).clicked() && *lang != t.lang {
            out.push(Intent::SetLanguage(lang.clone()));
        }
    }
}

fn menu_ui(ctx: &egui::Context, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    // The title and Close stay in view; the rest scrolls in a small window (1280×720 at
    // 200 % leaves 360 points of height).
    let max_h = (ctx.content_rect().height() - 120.0).max(120.0);
    let width = (ctx.content_rect().width() - 60.0).clamp(240.0, 360.0);
    let resp = egui::Modal::new(Id::new("menu")).show(ctx, |ui| {
        ui.set_width(width);
        egui::Sides::new().show(
            ui,
            |ui| ui.heading(t.t("ui-menu")),
            |ui| {
                if ui.button(t.t("ui-close")).clicked() {
                    st.menu_open = false;
                }
            },
        );
        ui.separator();
        egui::ScrollArea::vertical().max_height(max_h).show(ui, |ui| menu_body_ui(ui, v, st, out));
    });
    // Esc is the menu shortcut (it toggles); here only a click outside closes it.
    if resp.backdrop_response.clicked() {
        st.menu_open = false;
    }
}

fn menu_body_ui(ui: &mut egui::Ui, v: &View, st: &mut UiState, out: &mut Vec<Intent>) {
    let t = v.texts;
    {
        // Help first: keys and glossary, never below the fold.
        if ui.button(format!("? {} (F1)", t.t("ui-help"))).clicked() {
            st.menu_open = false;
            st.help_open = true;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(t.t("ui-ui-scale")).strong());
        let mut pct = (v.settings.ui_scale() * 100.0).round() as u32;
        ui.horizontal_wrapped(|ui| {
            for p in [100u32, 125, 150, 175, 200] {
                if ui.selectable_value(&mut pct, p, format!("{p} %")).clicked() {
                    out.push(Intent::SetUiScale(p as f32 / 100.0));
                }
            }
        });
        ui.label(RichText::new(t.t("ui-ui-scale-hint")).small().color(palette::DIM));
        ui.add_space(8.0);
        ui.label(RichText::new(t.t("ui-language")).strong());
        ui.horizontal(|ui| language_switch_ui(ui, v, out));
        ui.add_space(8.0);
        ui.separator();
        let full = ui.button(t.t("ui-fullscreen"));
        if full.clicked() {
            out.push(Intent::ToggleFullscreen);
        }
        if v.case.is_some() {
            if ui.button(t.t("ui-save-record")).on_hover_text("Ctrl+S").clicked() {
                out.push(Intent::Save);
            }
            if ui.button(t.t("ui-close-case")).clicked() {
                out.push(Intent::CloseCase);
                st.menu_open = false;
            }
        }
        if ui.button(t.t("ui-quit")).clicked() {
            out.push(Intent::Quit);
        }
        ui.add_space(8.0);
        ui.separator();
        ui.label(RichText::new(t.t("ui-shortcuts")).strong());
        help::keys_ui(ui, t);
    }
}

fn problems_ui(ui: &mut egui::Ui, v: &View) {
    let t = v.texts;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("⚠ {}", t.t("ui-reload-failed"))).strong().color(palette::BAD),
        );
        ui.label(RichText::new(t.t("ui-reload-keeps-last")).color(palette::DIM));
    });
    for e in [&v.problems.locales, &v.problems.case].into_iter().flatten() {
        ui.label(RichText::new(e).monospace().color(palette::TEXT));
    }
}

fn notices_ui(ctx: &egui::Context, v: &View, st: &mut UiState) {
    let t = v.texts;
    if v.saved.count != st.seen_saves {
        st.seen_saves = v.saved.count;
        st.save_notice_until = v.time + 4.0;
    }
    if v.problems.reloads != st.seen_reloads {
        st.seen_reloads = v.problems.reloads;
        st.reload_notice_until = v.time + 3.0;
    }
    let mut lines: Vec<(String, egui::Color32)> = Vec::new();
    if v.time < st.save_notice_until {
        match (&v.saved.error, &v.saved.path) {
            (Some(e), _) => lines.push((format!("{}: {e}", t.t("ui-save-failed")), palette::BAD)),
            (None, Some(p)) => {
                lines.push((format!("{} {}", t.t("ui-saved-to"), p.display()), palette::GOOD));
            }
            _ => {}
        }
    }
    if v.time < st.reload_notice_until {
        lines.push((t.t("ui-reloaded"), palette::GOOD));
        for m in &v.problems.dropped {
            lines.push((t.msg(m), palette::WARN));
        }
    }
    if lines.is_empty() {
        return;
    }
    egui::Area::new(Id::new("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .order(egui::Order::Tooltip)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                for (text, color) in lines {
                    ui.label(RichText::new(text).color(color));
                }
            });
        });
    ctx.request_repaint_after(std::time::Duration::from_millis(500));
}
