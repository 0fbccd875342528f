//! `--screenshot-after N FILE`: render N frames, save the window as a PNG, exit 0 (CI smoke test).
//! Logs how long after start the frame was read back: with N = 1, the time to the first frame
//! (`benches/app_startup.sh`).

use std::path::PathBuf;
use std::time::Instant;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::WinitSettings;

/// Counts frames, then captures the primary window once and quits when the file is written.
pub(super) struct ScreenshotPlugin {
    pub frames: u32,
    pub file: PathBuf,
    /// When the app started, for the time-to-frame log line.
    pub started: Instant,
}

#[derive(Resource)]
struct Pending {
    frames_left: u32,
    file: PathBuf,
    requested: bool,
    started: Instant,
    frames: u32,
}

impl Plugin for ScreenshotPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Pending {
            frames_left: self.frames.max(1),
            file: self.file.clone(),
            requested: false,
            started: self.started,
            frames: self.frames.max(1),
        })
        .add_systems(Last, count_and_capture);
    }
}

fn count_and_capture(
    mut pending: ResMut<Pending>,
    mut settings: ResMut<WinitSettings>,
    mut commands: Commands,
) {
    // Frames must keep coming while we count, whatever the idle policy says.
    *settings = WinitSettings::continuous();
    if pending.requested {
        return;
    }
    if pending.frames_left > 0 {
        pending.frames_left -= 1;
        return;
    }
    pending.requested = true;
    let file = pending.file.clone();
    let (started, frames) = (pending.started, pending.frames);
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
            info!(
                "frame {frames} drawn and read back {:.0} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
            let saved = captured
                .image
                .clone()
                .try_into_dynamic()
                .map_err(|e| e.to_string())
                .and_then(|img| img.to_rgb8().save(&file).map_err(|e| e.to_string()));
            match saved {
                Ok(()) => {
                    info!("screenshot saved to {}", file.display());
                    exit.write(AppExit::Success);
                }
                Err(e) => {
                    error!("cannot save the screenshot to {}: {e}", file.display());
                    exit.write(AppExit::error());
                }
            }
        },
    );
}
