//! Golden Hour: a training simulator for cross-border telecom-fraud cases.
//!
//! The core (`scenario`, `sim`, `scoring`, `record`, `i18n`, `time`) imports no Bevy and no egui;
//! the CLI uses only the core, and the desktop app (`app`, feature `gui`) is a thin shell over it.

pub mod actions;
pub mod calibrate;
pub mod classcode;
pub mod classroom;
pub mod data;
pub mod explore;
pub mod grade;
pub mod i18n;
pub mod record;
pub mod run;
pub mod scenario;
pub mod scoring;
pub mod sim;
pub mod time;
pub mod witness;

#[cfg(feature = "gui")]
pub mod app;
