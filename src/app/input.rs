//! Keyboard shortcuts: Space pause/resume, +/- speed, N next event, Ctrl+S save, F1 help,
//! F11 fullscreen, Esc menu. Ignored while a text field has the keyboard.

use bevy::prelude::*;

use super::{Intent, Screen, Step};

/// Set by the view each frame: a text field is being typed in, so shortcuts stay quiet.
#[derive(Resource, Debug, Clone, Copy, Default)]
pub struct TypingFocus(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TypingFocus>().add_systems(Update, shortcuts.in_set(Step::Input));
}

/// The intents the keys pressed this frame stand for.
pub fn shortcuts_for(keys: &ButtonInput<KeyCode>, screen: Screen) -> Vec<Intent> {
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight, KeyCode::SuperLeft]);
    let mut out = Vec::new();
    let playing = screen == Screen::Operations;
    for key in keys.get_just_pressed() {
        let intent = match key {
            KeyCode::Space if playing => Intent::TogglePause,
            KeyCode::Equal | KeyCode::NumpadAdd if playing && !ctrl => Intent::Faster,
            KeyCode::Minus | KeyCode::NumpadSubtract if playing && !ctrl => Intent::Slower,
            KeyCode::KeyN if playing && !ctrl => Intent::SkipToNextEvent,
            KeyCode::KeyS if ctrl && screen != Screen::Library => Intent::Save,
            KeyCode::F1 => Intent::ToggleHelp,
            KeyCode::F11 => Intent::ToggleFullscreen,
            KeyCode::Escape => Intent::ToggleMenu,
            _ => continue,
        };
        out.push(intent);
    }
    out
}

fn shortcuts(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    typing: Res<TypingFocus>,
    screen: Res<State<Screen>>,
    mut intents: MessageWriter<Intent>,
) {
    let Some(keys) = keys else { return };
    if typing.0 {
        return;
    }
    intents.write_batch(shortcuts_for(&keys, *screen.get()));
}
