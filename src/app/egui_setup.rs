//! egui setup: the bundled Chinese font (which also carries the Latin letters Vietnamese needs),
//! a calm dark theme readable on a projector, and the UI scale setting (100–200 %).

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Stroke, TextStyle,
};
use bevy_egui::{EguiContexts, EguiInput, EguiPreUpdateSet, EguiPrimaryContextPass};

use super::{Settings, Texts};

/// Noto Sans CJK SC, subset by `assets/fonts/subset.py` (OFL, see `assets/fonts/OFL.txt`).
const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// The app's colours, in one place.
pub mod palette {
    use bevy_egui::egui::Color32;

    pub const BG: Color32 = Color32::from_rgb(0x14, 0x17, 0x1c);
    pub const PANEL: Color32 = Color32::from_rgb(0x1a, 0x1e, 0x25);
    pub const CARD: Color32 = Color32::from_rgb(0x22, 0x27, 0x30);
    pub const CARD_HI: Color32 = Color32::from_rgb(0x2b, 0x31, 0x3c);
    pub const LINE: Color32 = Color32::from_rgb(0x3a, 0x41, 0x4d);
    pub const TEXT: Color32 = Color32::from_rgb(0xe6, 0xe8, 0xec);
    pub const DIM: Color32 = Color32::from_rgb(0x9a, 0xa3, 0xb2);
    pub const FAINT: Color32 = Color32::from_rgb(0x6b, 0x74, 0x82);
    /// The golden hour: the accent.
    pub const GOLD: Color32 = Color32::from_rgb(0xe8, 0xb0, 0x4b);
    pub const GOOD: Color32 = Color32::from_rgb(0x5c, 0xc2, 0x8a);
    pub const WARN: Color32 = Color32::from_rgb(0xe8, 0x8b, 0x3c);
    pub const BAD: Color32 = Color32::from_rgb(0xe0, 0x5d, 0x5d);
    pub const INFO: Color32 = Color32::from_rgb(0x6a, 0xa7, 0xe8);
    pub const FREEZE: Color32 = Color32::from_rgb(0x7f, 0xc8, 0xe8);
    /// The victim's own account on the map: violet, apart from the held-or-frozen blue.
    pub const VICTIM: Color32 = Color32::from_rgb(0xb3, 0x8e, 0xf0);
}

/// Fonts, theme and scale are in place: screens draw after this.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ready;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (setup_once, apply_fonts, apply_scale).chain().in_set(Ready),
    )
    .add_systems(
        PreUpdate,
        quiet_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
}

/// bevy_egui 0.42 sends `ModifiersChanged` every frame even when nothing changed; egui treats
/// any event as a reason to repaint at once, so an idle window would redraw continuously. Keep
/// the event only when the modifiers really changed.
fn quiet_modifiers(mut inputs: Query<&mut EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) if *last == Some(*m) => false,
            egui::Event::ModifiersChanged(m) => {
                *last = Some(*m);
                true
            }
            _ => true,
        });
    }
}

fn setup_once(mut contexts: EguiContexts, mut done: Local<bool>) -> Result {
    if *done {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    style(ctx);
    // The UI scale is a setting; egui's own Ctrl +/- zoom would fight it.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    *done = true;
    Ok(())
}

fn apply_scale(mut contexts: EguiContexts, settings: Res<Settings>) -> Result {
    let ctx = contexts.ctx_mut()?;
    let want = settings.ui_scale();
    if (ctx.zoom_factor() - want).abs() > 0.001 {
        ctx.set_zoom_factor(want);
    }
    Ok(())
}

/// Sets the fonts for the languages on screen, again whenever they change (the main language, or
/// the second one of the bilingual drill).
fn apply_fonts(
    mut contexts: EguiContexts,
    texts: Option<Res<Texts>>,
    mut current: Local<Option<bool>>,
) -> Result {
    let wide = texts.is_some_and(|t| {
        std::iter::once(t.lang.clone()).chain(t.second()).any(|l| needs_extended_latin(&l))
    });
    if *current != Some(wide) {
        contexts.ctx_mut()?.set_fonts(fonts(wide));
        *current = Some(wide);
    }
    Ok(())
}

/// Languages written in Latin letters that egui's default proportional font (Ubuntu Light) lacks:
/// it has no Latin Extended Additional block, so Vietnamese `ạ ả ấ ầ ẩ ẫ ậ ế ệ ộ ở ự …` would come
/// from another font than the letters around them. For these the bundled Noto Sans CJK SC subset,
/// which has every Vietnamese letter, draws all Latin text.
pub fn needs_extended_latin(lang: &str) -> bool {
    lang.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case("vi"))
}

/// The font families. By default egui's fonts come first (Latin), then the CJK font for the rest;
/// with `extended_latin` the CJK font (Latin, Vietnamese and Chinese in one design) comes first
/// for proportional text. Monospace (clocks and keys: digits and ASCII) keeps Hack first.
pub fn fonts(extended_latin: bool) -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(CJK_FONT_NAME.to_owned(), Arc::new(FontData::from_static(CJK_FONT)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        if extended_latin && family == FontFamily::Proportional {
            list.insert(0, CJK_FONT_NAME.to_owned());
        } else {
            list.push(CJK_FONT_NAME.to_owned());
        }
    }
    // The bundled font alone, for checks that it covers a locale's text.
    fonts.families.insert(FontFamily::Name(CJK_FONT_NAME.into()), vec![CJK_FONT_NAME.to_owned()]);
    fonts
}

/// The name the bundled CJK font has in egui's font definitions (and its own family's name).
pub const CJK_FONT_NAME: &str = "noto-sans-sc";

/// The theme: dark, low-glare, generous type sizes and spacing.
pub fn style(ctx: &egui::Context) {
    use palette::*;
    ctx.set_theme(egui::Theme::Dark);
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(12.5)),
            (TextStyle::Body, FontId::proportional(15.5)),
            (TextStyle::Button, FontId::proportional(15.5)),
            (TextStyle::Heading, FontId::proportional(22.0)),
            (TextStyle::Monospace, FontId::monospace(14.5)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        style.spacing.scroll.bar_width = 8.0;
        // Check boxes and radio buttons big enough to see and hit on a projector.
        style.spacing.icon_width = 20.0;
        style.spacing.icon_width_inner = 12.0;

        let v = &mut style.visuals;
        v.dark_mode = true;
        v.override_text_color = None;
        v.panel_fill = PANEL;
        v.window_fill = CARD;
        v.extreme_bg_color = BG;
        v.faint_bg_color = CARD;
        v.window_stroke = Stroke::new(1.0, LINE);
        v.window_corner_radius = CornerRadius::same(10);
        v.menu_corner_radius = CornerRadius::same(8);
        v.hyperlink_color = INFO;
        v.selection.bg_fill = GOLD.gamma_multiply(0.45);
        v.selection.stroke = Stroke::new(1.0, GOLD);
        v.warn_fg_color = WARN;
        v.error_fg_color = BAD;

        let w = &mut v.widgets;
        w.noninteractive.bg_fill = PANEL;
        w.noninteractive.bg_stroke = Stroke::new(1.0, LINE);
        w.noninteractive.fg_stroke = Stroke::new(1.0, TEXT);
        w.inactive.bg_fill = CARD_HI;
        w.inactive.weak_bg_fill = CARD_HI;
        w.inactive.fg_stroke = Stroke::new(1.0, TEXT);
        // An outline, so an empty check box reads as a box and not as a grey dot.
        w.inactive.bg_stroke = Stroke::new(1.0, DIM.gamma_multiply(0.6));
        w.inactive.corner_radius = CornerRadius::same(6);
        w.hovered.bg_fill = Color32::from_rgb(0x36, 0x3e, 0x4b);
        w.hovered.weak_bg_fill = Color32::from_rgb(0x36, 0x3e, 0x4b);
        w.hovered.bg_stroke = Stroke::new(1.0, GOLD.gamma_multiply(0.7));
        w.hovered.corner_radius = CornerRadius::same(6);
        w.active.bg_fill = GOLD.gamma_multiply(0.6);
        w.active.weak_bg_fill = GOLD.gamma_multiply(0.6);
        w.active.corner_radius = CornerRadius::same(6);
        w.open.corner_radius = CornerRadius::same(6);
    });
}
