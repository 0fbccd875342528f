//! Settings remembered between starts (`settings.ron` in the sandbox).

use goldenhour::app::{Intent, Settings};

use crate::harness::*;

#[test]
fn ui_scale_is_remembered_and_clamped() -> TestResult {
    let sandbox = scratch("settings");
    let mut app1 = app(&repo(), &sandbox, "en-US", None);
    send(&mut app1, Intent::SetUiScale(1.5));
    assert_eq!(app1.world().resource::<Settings>().ui_scale(), 1.5);
    let app2 = app(&repo(), &sandbox, "en-US", None);
    assert_eq!(app2.world().resource::<Settings>().ui_scale(), 1.5, "read back from settings.ron");
    send(&mut app1, Intent::SetUiScale(9.0));
    assert_eq!(app1.world().resource::<Settings>().ui_scale(), 2.0);
    Ok(())
}
