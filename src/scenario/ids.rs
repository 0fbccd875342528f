//! The case's string ids compiled once into index tables: each lookup by id is one probe, and an
//! id the case does not have is `None`, never a silent index 0. Built on first use and kept with
//! the scenario, so every session of a case shares one set of tables.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::Scenario;

/// Id → index in the scenario's lists, for everything actions and conditions name.
#[derive(Debug, Default)]
pub struct Ids {
    accounts: FxHashMap<String, usize>,
    suspects: FxHashMap<String, usize>,
    items: FxHashMap<String, usize>,
    injects: FxHashMap<String, usize>,
    channels: FxHashMap<String, usize>,
}

/// The first position of each id (validation rejects duplicates; the first one is what a
/// linear search found).
fn table<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> FxHashMap<String, usize> {
    let mut m = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
    for (i, id) in ids.enumerate() {
        m.entry(id.to_string()).or_insert(i);
    }
    m
}

impl Ids {
    fn new(sc: &Scenario) -> Ids {
        Ids {
            accounts: table(sc.accounts.iter().map(|a| a.id.as_str())),
            suspects: table(sc.suspects.iter().map(|s| s.id.as_str())),
            items: table(sc.evidence.iter().map(|e| e.id.as_str())),
            injects: table(sc.injects.iter().map(|i| i.id.as_str())),
            channels: table(sc.channels.iter().map(|c| c.id.as_str())),
        }
    }
    pub fn account(&self, id: &str) -> Option<usize> {
        self.accounts.get(id).copied()
    }
    pub fn suspect(&self, id: &str) -> Option<usize> {
        self.suspects.get(id).copied()
    }
    pub fn item(&self, id: &str) -> Option<usize> {
        self.items.get(id).copied()
    }
    pub fn inject(&self, id: &str) -> Option<usize> {
        self.injects.get(id).copied()
    }
    pub fn channel(&self, id: &str) -> Option<usize> {
        self.channels.get(id).copied()
    }
}

/// Where a scenario keeps its [`Ids`]. A clone starts empty, so a scenario copied and then
/// edited (hot reload, tests) never answers with the original's tables.
#[derive(Debug, Default)]
pub struct IdsCache(OnceLock<Ids>);

impl Clone for IdsCache {
    fn clone(&self) -> Self {
        IdsCache::default()
    }
}

impl Scenario {
    /// The id tables, built on first use. Edit a scenario's lists only before its first use
    /// (parse, then edit, then play), or on a clone.
    pub fn ids(&self) -> &Ids {
        self.ids.0.get_or_init(|| Ids::new(self))
    }
}
