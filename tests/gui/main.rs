//! Headless tests of the desktop app's logic (no window): screens, actions reaching the session,
//! the clock, hot reload keeping the last good case, language switching, settings, shortcuts;
//! and the egui view driven by label with egui_kittest. One test binary (`cargo test --test
//! gui`), one module per concern; `harness` holds what they share.

#![cfg(feature = "gui")]

mod aids;
mod case_screens;
mod classroom;
mod exam;
mod harness;
mod hot_reload;
mod investigation;
mod languages;
mod layout;
mod library;
mod records;
mod rendered_texts;
mod resume;
mod settings;
mod suspects;
mod tutorial;
mod window;
