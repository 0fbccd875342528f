//! Languages: switching at runtime, the bilingual drill, Vietnamese on screen and the bundled
//! font it needs first.

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use goldenhour::app::{Intent, Texts, UiState, app_ui};

use crate::harness::*;

#[test]
fn language_switches_at_runtime_with_bilingual_drill() -> TestResult {
    let sandbox = scratch("lang");
    let mut app = app(&repo(), &sandbox, "zh-CN", None);
    assert_eq!(app.world().resource::<Texts>().t("ui-app-title"), "黄金一小时");
    send(&mut app, Intent::SetLanguage("en-US".into()));
    let t = app.world().resource::<Texts>();
    assert_eq!(t.lang, "en-US");
    assert_eq!(t.t("ui-app-title"), "Golden Hour");
    assert_eq!(t.second(), None);
    send(&mut app, Intent::ToggleBilingual);
    let t = app.world().resource::<Texts>();
    assert_eq!(t.second().as_deref(), Some("zh-CN"));
    assert_eq!(t.t_second("ui-app-title").as_deref(), Some("黄金一小时"));
    // An unknown language is ignored.
    send(&mut app, Intent::SetLanguage("xx-XX".into()));
    assert_eq!(app.world().resource::<Texts>().lang, "en-US");
    // Every UI message exists in both languages.
    let t = app.world().resource::<Texts>();
    let cat = t.catalog().ok_or("catalog")?;
    for id in cat.locale("en-US").ok_or("en")?.defined.keys().filter(|k| k.starts_with("ui-")) {
        assert!(cat.has("zh-CN", id), "{id} missing in zh-CN");
    }
    for id in cat.locale("zh-CN").ok_or("zh")?.defined.keys().filter(|k| k.starts_with("ui-")) {
        assert!(cat.has("en-US", id), "{id} missing in en-US");
    }
    Ok(())
}

#[test]
fn vietnamese_starts_and_pairs_with_chinese_in_the_drill() -> TestResult {
    let sandbox = scratch("lang-vi");
    let mut app = app(&repo(), &sandbox, "vi-VN", None);
    let t = app.world().resource::<Texts>();
    assert_eq!(t.lang, "vi-VN");
    assert_eq!(t.t("ui-open-case"), "Mở hồ sơ vụ án");
    assert!(t.languages().iter().any(|l| l == "vi-VN"));
    send(&mut app, Intent::ToggleBilingual);
    // Chinese under Vietnamese; English under Chinese.
    assert_eq!(app.world().resource::<Texts>().second().as_deref(), Some("zh-CN"));
    send(&mut app, Intent::SetLanguage("zh-CN".into()));
    assert_eq!(app.world().resource::<Texts>().second().as_deref(), Some("en-US"));
    send(&mut app, Intent::SetLanguage("vi-VN".into()));
    let t = app.world().resource::<Texts>();
    assert_eq!(t.t_second("ui-app-title").as_deref(), Some("黄金一小时"));
    assert!(t.catalog().ok_or("catalog")?.missing().is_empty());
    Ok(())
}

/// The library in Vietnamese, driven by its Vietnamese labels.
#[test]
fn library_renders_in_vietnamese() -> TestResult {
    let sandbox = scratch("kittest-vi");
    let app = app(&repo(), &sandbox, "vi-VN", None);
    let mut st = UiState::default();
    let view = view(&app);
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui(|ui| {
            app_ui(ui, &view, &mut st, &mut out);
        });
        harness.run();
        harness.get_by_label("Thư viện vụ án");
        // The language switch and the case's language list.
        assert!(harness.query_all_by_label("Tiếng Việt").count() >= 2);
        harness.get_by_label("Mở hồ sơ vụ án").click();
        harness.run();
    }
    assert!(out.contains(&Intent::OpenCase(0)), "{out:?}");
    Ok(())
}

/// Vietnamese switches proportional text to the bundled font (every Vietnamese letter in one
/// design); other languages keep egui's Latin font first. The font's coverage of every
/// locale is checked in `tests/core/locales.rs`.
#[test]
fn vietnamese_puts_the_bundled_font_first() {
    use egui::FontFamily;
    use goldenhour::app::{CJK_FONT_NAME, fonts, needs_extended_latin};

    assert!(needs_extended_latin("vi-VN") && needs_extended_latin("vi"));
    assert!(!needs_extended_latin("en-US") && !needs_extended_latin("zh-CN"));
    let vi = fonts(true);
    assert_eq!(vi.families[&FontFamily::Proportional][0], CJK_FONT_NAME);
    assert_ne!(vi.families[&FontFamily::Monospace][0], CJK_FONT_NAME);
    let other = fonts(false);
    assert_ne!(other.families[&FontFamily::Proportional][0], CJK_FONT_NAME);
    assert!(other.families[&FontFamily::Proportional].iter().any(|f| f == CJK_FONT_NAME));
}
