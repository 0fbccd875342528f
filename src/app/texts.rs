//! Every word on screen: the shared Fluent catalog, the current language, and the bilingual drill
//! (a second language under each line). Switchable at runtime from any screen.

use std::sync::Arc;

use bevy::prelude::*;

use crate::i18n::{Catalog, DEFAULT_LANG, Msg, system_language};

use super::{Intent, Paths, ReloadProblems, Settings, StartOptions};

/// The catalog and the languages to show it in.
#[derive(Resource, Clone)]
pub struct Texts {
    catalog: Option<Arc<Catalog>>,
    /// The main language.
    pub lang: String,
    /// Also show the other language under each line.
    pub bilingual: bool,
}

impl Texts {
    pub fn new(catalog: Option<Arc<Catalog>>, lang: String, bilingual: bool) -> Texts {
        Texts { catalog, lang, bilingual }
    }

    pub fn catalog(&self) -> Option<&Catalog> {
        self.catalog.as_deref()
    }

    pub fn set_catalog(&mut self, catalog: Arc<Catalog>) {
        self.catalog = Some(catalog);
    }

    /// A UI word in the main language.
    pub fn t(&self, id: &str) -> String {
        self.t_in(&self.lang, id)
    }

    /// A message (with arguments) in the main language.
    pub fn msg(&self, msg: &Msg) -> String {
        self.msg_in(&self.lang, msg)
    }

    pub fn t_in(&self, lang: &str, id: &str) -> String {
        match &self.catalog {
            Some(c) => c.text(lang, id),
            None => String::from("…"),
        }
    }

    pub fn msg_in(&self, lang: &str, msg: &Msg) -> String {
        match &self.catalog {
            Some(c) => c.render(lang, msg),
            None => String::from("…"),
        }
    }

    /// A span of time in the main language (`2天4小时`, `2d 4h`).
    pub fn span(&self, secs: crate::time::Secs) -> String {
        match &self.catalog {
            Some(c) => c.span(&self.lang, secs),
            None => crate::time::format_span(secs),
        }
    }

    /// A point in sim time in the main language (`T+00:12:30`, `+3天 04:00`).
    pub fn clock(&self, secs: crate::time::Secs) -> String {
        match &self.catalog {
            Some(c) => c.clock(&self.lang, secs),
            None => crate::time::format_clock(secs),
        }
    }

    /// The second language of the bilingual drill, when it is on: Chinese under any other
    /// language (the academy's working language), English under Chinese, else any other.
    pub fn second(&self) -> Option<String> {
        if !self.bilingual {
            return None;
        }
        let langs = self.languages();
        let prefer = if self.lang == DEFAULT_LANG { "en-US" } else { DEFAULT_LANG };
        if langs.iter().any(|l| l == prefer) {
            return Some(prefer.to_string());
        }
        langs.into_iter().find(|l| *l != self.lang)
    }

    /// The message in the second language, when the drill is on.
    pub fn msg_second(&self, msg: &Msg) -> Option<String> {
        self.second().map(|l| self.msg_in(&l, msg))
    }

    pub fn t_second(&self, id: &str) -> Option<String> {
        self.second().map(|l| self.t_in(&l, id))
    }

    /// Languages the catalog has, in a stable order.
    pub fn languages(&self) -> Vec<String> {
        match &self.catalog {
            Some(c) => c.languages().into_iter().map(str::to_string).collect(),
            None => vec![DEFAULT_LANG.to_string()],
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, load).add_systems(Update, language_intents);
}

/// Load the catalog (a Startup system: the library's scan runs after it).
pub(super) fn load(
    mut commands: Commands,
    paths: Res<Paths>,
    start: Res<StartOptions>,
    settings: Res<Settings>,
    mut problems: ResMut<ReloadProblems>,
) {
    let catalog = match Catalog::load_layers(&paths.locale_dirs()) {
        Ok(c) => Some(Arc::new(c)),
        Err(e) => {
            error!("{e}");
            problems.set_locales(Some(e.to_string()));
            None
        }
    };
    let available: Vec<&str> = catalog.as_deref().map(Catalog::languages).unwrap_or_default();
    let lang = match &start.lang {
        Some(l) if available.contains(&l.as_str()) => l.clone(),
        Some(l) => {
            warn!("language `{l}` has no locale folder; using the system's");
            system_language(&available)
        }
        None => system_language(&available),
    };
    commands.insert_resource(Texts::new(catalog, lang, settings.file.bilingual));
}

fn language_intents(mut intents: MessageReader<Intent>, mut texts: ResMut<Texts>) {
    for intent in intents.read() {
        match intent {
            Intent::SetLanguage(l) if texts.languages().contains(l) && texts.lang != *l => {
                texts.lang = l.clone();
            }
            Intent::ToggleBilingual => texts.bilingual = !texts.bilingual,
            _ => {}
        }
    }
}
