//! Settings remembered between runs: UI scale (projector), bilingual drill, trainee id.
//! Stored as a small RON file in the per-user config folder.

use std::path::Path;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Intent, Paths};

/// The smallest and largest UI scale offered (100–200 %).
pub const SCALE_RANGE: (f32, f32) = (1.0, 2.0);

/// What is saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsFile {
    pub ui_scale: f32,
    pub bilingual: bool,
    pub trainee: String,
}

impl Default for SettingsFile {
    fn default() -> Self {
        SettingsFile { ui_scale: 1.0, bilingual: false, trainee: String::new() }
    }
}

/// The live settings; written back to disk whenever they change.
#[derive(Resource, Debug, Clone, Default)]
pub struct Settings {
    pub file: SettingsFile,
}

impl Settings {
    pub fn ui_scale(&self) -> f32 {
        clamp_scale(self.file.ui_scale)
    }
}

pub fn clamp_scale(s: f32) -> f32 {
    if s.is_finite() { s.clamp(SCALE_RANGE.0, SCALE_RANGE.1) } else { 1.0 }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreStartup, load)
        .add_systems(Update, (settings_intents, save_on_change).chain());
}

fn load(mut commands: Commands, paths: Res<Paths>) {
    let file = paths.settings_file.as_deref().map(read).unwrap_or_default();
    commands.insert_resource(Settings { file });
}

fn read(path: &Path) -> SettingsFile {
    let Ok(text) = std::fs::read_to_string(path) else {
        return SettingsFile::default();
    };
    match ron::from_str::<SettingsFile>(&text) {
        Ok(mut s) => {
            s.ui_scale = clamp_scale(s.ui_scale);
            s
        }
        Err(e) => {
            warn!("ignoring {}: {e}", path.display());
            SettingsFile::default()
        }
    }
}

fn settings_intents(mut intents: MessageReader<Intent>, mut settings: ResMut<Settings>) {
    for intent in intents.read() {
        match intent {
            Intent::SetUiScale(s) => settings.file.ui_scale = clamp_scale(*s),
            Intent::ToggleBilingual => settings.file.bilingual = !settings.file.bilingual,
            Intent::SetTrainee(t) => settings.file.trainee = t.clone(),
            _ => {}
        }
    }
}

fn save_on_change(settings: Res<Settings>, paths: Res<Paths>) {
    if !settings.is_changed() || settings.is_added() {
        return;
    }
    let Some(path) = paths.settings_file.as_deref() else {
        return;
    };
    if let Err(e) = write(path, &settings.file) {
        warn!("cannot save settings to {}: {e}", path.display());
    }
}

fn write(path: &Path, file: &SettingsFile) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(file, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    let tmp = path.with_extension("ron.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}
