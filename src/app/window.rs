//! The window: Bevy's plugins, the camera egui draws with, fullscreen, quitting, and how often
//! frames are drawn (only on input or a file edit while nothing moves; continuously while the
//! clock runs).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::prelude::*;
use bevy::window::{
    ClosingWindow, MonitorSelection, PrimaryWindow, RequestRedraw, WindowCloseRequested,
    WindowMode, WindowResized, WindowResolution,
};
use bevy::winit::{EventLoopProxyWrapper, UpdateMode, WinitSettings, WinitUserEvent};

use super::hot_reload::fingerprint;
use super::{ActiveCase, Intent, Paths, SimClock, Texts};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Golden Hour".into(),
            resolution: WindowResolution::new(1440, 900),
            resize_constraints: WindowResizeConstraints {
                min_width: 640.0,
                min_height: 420.0,
                ..default()
            },
            ..default()
        }),
        // Closing is ours (`close_unless_unwritten`): not while a record waits to be written.
        close_when_requested: false,
        ..default()
    }))
    .insert_resource(ClearColor(Color::srgb(0.08, 0.09, 0.11)))
    .insert_resource(idle_settings())
    .add_systems(Startup, (spawn_camera, spawn_file_waker))
    .add_systems(
        Update,
        (
            fit_to_monitor,
            window_intents,
            close_unless_unwritten,
            redraw_mode,
            window_title,
            share_open_case,
            redraw_after_resize,
        ),
    );
    // `GOLDENHOUR_DIAGNOSTICS=1`: log frame time and FPS every second (for measuring).
    if std::env::var_os("GOLDENHOUR_DIAGNOSTICS").is_some() {
        app.add_plugins((
            bevy::diagnostic::FrameTimeDiagnosticsPlugin::default(),
            bevy::diagnostic::LogDiagnosticsPlugin::default(),
        ));
    }
}

/// Bevy's close-on-request, except while the open case's record cannot be written: then the
/// window stays, with the notice that offers another folder (nothing played is lost by closing).
fn close_unless_unwritten(
    mut commands: Commands,
    mut requests: MessageReader<WindowCloseRequested>,
    closing: Query<Entity, With<ClosingWindow>>,
    saved: Res<super::RecordSaved>,
) {
    // Marked on the last frame: despawn now (as Bevy's own system does).
    for window in closing.iter() {
        commands.entity(window).despawn();
    }
    for r in requests.read() {
        if saved.unwritten.is_none() {
            commands.entity(r.window).try_insert(ClosingWindow);
        }
    }
}

/// A screen smaller than the window's 1440×900 (a 1280×720 projector) gets a window that fits
/// it, at its top left, instead of one whose panels run off the screen. Once, when the
/// primary monitor is known.
fn fit_to_monitor(
    monitors: Query<&bevy::window::Monitor, With<bevy::window::PrimaryMonitor>>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
    mut done: Local<bool>,
) {
    if *done {
        return;
    }
    let (Ok(m), Ok(mut w)) = (monitors.single(), windows.single_mut()) else { return };
    *done = true;
    let (ww, wh) = (w.resolution.physical_width(), w.resolution.physical_height());
    let (mw, mh) = (m.physical_width, m.physical_height);
    if mw == 0 || mh == 0 || (ww <= mw && wh <= mh) {
        return;
    }
    w.resolution.set_physical_resolution(ww.min(mw), wh.min(mh));
    w.position = bevy::window::WindowPosition::At(m.physical_position);
}

/// While nothing moves: draw only on input, or when the file waker sees an edited file.
fn idle_settings() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(Duration::from_secs(60)),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
    }
}

/// The open case's file, shared with the waker thread.
#[derive(Resource, Clone, Default)]
struct WakerCase(Arc<Mutex<Option<PathBuf>>>);

/// A thread that looks at the watched files' modification times every second and wakes the
/// event loop only when one changed, so an idle window costs nothing and hot reload still works.
fn spawn_file_waker(
    mut commands: Commands,
    paths: Res<Paths>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
) {
    let Some(proxy) = proxy else { return };
    let proxy = (*proxy).clone();
    let shared = WakerCase::default();
    commands.insert_resource(shared.clone());
    let paths = paths.clone();
    let spawned = std::thread::Builder::new().name("file-waker".into()).spawn(move || {
        let open = || shared.0.lock().ok().and_then(|g| g.clone());
        let mut last = fingerprint(&paths, open().as_deref());
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let now = fingerprint(&paths, open().as_deref());
            if now != last {
                last = now;
                if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                    return; // the window is gone
                }
            }
        }
    });
    if let Err(e) = spawned {
        warn!("hot reload waker not started: {e}");
    }
}

fn share_open_case(case: Option<Res<ActiveCase>>, waker: Option<Res<WakerCase>>) {
    let Some(waker) = waker else { return };
    let path = case.map(|c| c.path.clone());
    if let Ok(mut g) = waker.0.lock()
        && *g != path
    {
        *g = path;
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

fn window_intents(
    mut intents: MessageReader<Intent>,
    mut window: Query<&mut Window, With<PrimaryWindow>>,
    mut exit: MessageWriter<AppExit>,
    saved: Res<super::RecordSaved>,
) {
    for intent in intents.read() {
        match intent {
            Intent::ToggleFullscreen => {
                if let Ok(mut w) = window.single_mut() {
                    w.mode = match w.mode {
                        WindowMode::Windowed => {
                            WindowMode::BorderlessFullscreen(MonitorSelection::Current)
                        }
                        _ => WindowMode::Windowed,
                    };
                }
            }
            // Not while a record is waiting to be written: its notice stays up.
            Intent::Quit if saved.unwritten.is_none() => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}

/// Continuous frames only while the sim clock runs; otherwise reactive.
fn redraw_mode(clock: Res<SimClock>, mut settings: ResMut<WinitSettings>) {
    let want = if clock.running() { WinitSettings::continuous() } else { idle_settings() };
    if settings.focused_mode != want.focused_mode || settings.unfocused_mode != want.unfocused_mode
    {
        *settings = want;
    }
}

/// egui sees a new window size one frame late: after a resize, draw two more frames even when
/// idle, so the layout fits the new size.
fn redraw_after_resize(
    mut resized: MessageReader<WindowResized>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut left: Local<u8>,
) {
    if resized.read().count() > 0 {
        *left = 2;
    }
    if *left > 0 {
        *left -= 1;
        redraw.write(RequestRedraw);
    }
}

fn window_title(texts: Res<Texts>, mut window: Query<&mut Window, With<PrimaryWindow>>) {
    if !texts.is_changed() {
        return;
    }
    if let Ok(mut w) = window.single_mut() {
        let title = texts.t("ui-app-title");
        if w.title != title {
            w.title = title;
        }
    }
}
