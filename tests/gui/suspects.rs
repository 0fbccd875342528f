//! The suspects under the channels: who is known and where, and the application to the
//! procuratorate for approval to arrest, which a Red notice rests on.

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use goldenhour::app::{Intent, OpsTab, Screen, UiState, app_ui};
use goldenhour::scenario::Action;

use crate::harness::*;

#[test]
fn the_suspects_show_their_state_and_an_arrest_is_applied_for_once_identified() -> TestResult {
    let sandbox = scratch("suspects");
    let mut app = app(&repo(), &sandbox, "en-US", None);
    let i = {
        let lib = app.world().resource::<goldenhour::app::Library>();
        (lib.entries.iter())
            .position(|e| e.scenario.as_ref().is_ok_and(|s| s.id == "myawaddy-compound"))
            .ok_or("the Myawaddy case is bundled")?
    };
    send(&mut app, Intent::OpenCase(i));
    send(&mut app, Intent::Go(Screen::Operations));
    // Play the expert line up to its first application for an arrest: by then a suspect is
    // identified and the case filed.
    {
        let mut c = app.world_mut().resource_mut::<goldenhour::app::ActiveCase>();
        let line = c.scenario().lines["expert"].clone();
        for a in line.iter().take_while(|a| !matches!(a.act, Action::SeekArrest { .. })) {
            c.run.advance_to(a.at.0);
            if a.when.as_ref().is_none_or(|w| c.run.session().holds(w)) {
                c.run.act(a.at.0, &a.act, None).map_err(|e| format!("{:?}: {e}", a.act))?;
            }
        }
    }
    answer_decisions(&mut app);
    let (unknown, known) = {
        let c = case(&app);
        assert!(c.scenario().measures.arrest.is_some(), "the case has the arrest procedure");
        let unknown = c.run.suspects().filter(|(_, st)| !st.identified).count();
        // The first suspect the rules let the trainee put forward now (identified, case filed).
        let known = (c.run.suspects())
            .map(|(s, _)| s.id.clone())
            .find(|id| c.run.check(&Action::SeekArrest { suspect: id.clone() }).is_ok());
        (unknown, known)
    };
    let mut st = UiState { tab: OpsTab::Channels, ..Default::default() };
    let view = view(&app);
    let mut out = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 2400.0)).build_ui(|ui| {
            app_ui(ui, &view, &mut st, &mut out);
        });
        harness.run();
        harness.get_by_label("Suspects");
        assert_eq!(harness.query_all_by_label("not identified yet").count(), unknown);
        let buttons: Vec<_> = harness.query_all_by_label("Apply for arrest approval").collect();
        assert!(!buttons.is_empty(), "one button per suspect not yet approved");
        // Nobody unidentified can be put forward for arrest: those buttons are disabled.
        let disabled = buttons.iter().filter(|b| b.accesskit_node().is_disabled()).count();
        assert!(disabled >= unknown, "{disabled} disabled, {unknown} unidentified");
        assert_eq!(disabled < buttons.len(), known.is_some(), "enabled only where allowed");
        if known.is_some() {
            let enabled = buttons.iter().find(|b| !b.accesskit_node().is_disabled());
            enabled.ok_or("an identified suspect's button is enabled")?.click();
            harness.run();
        }
    }
    match known {
        Some(id) => assert_eq!(
            out,
            vec![Intent::Act(Action::SeekArrest { suspect: id })],
            "the click applies for the identified suspect"
        ),
        None => return Err("the expert line had identified nobody to put forward".into()),
    }
    Ok(())
}
