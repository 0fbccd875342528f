//! The scenario's string ids compiled once into index tables: each lookup by id is one probe,
//! and an id the scenario does not have is `None`, never a silent index 0.

use std::collections::HashMap;

use crate::scenario::Scenario;

/// Id → index in the scenario's lists, for everything actions and conditions name.
#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    accounts: HashMap<String, usize>,
    suspects: HashMap<String, usize>,
    items: HashMap<String, usize>,
    injects: HashMap<String, usize>,
    channels: HashMap<String, usize>,
}

/// The first position of each id (validation rejects duplicates; the first one is what a
/// linear search found).
fn table<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for (i, id) in ids.enumerate() {
        m.entry(id.to_string()).or_insert(i);
    }
    m
}

impl Index {
    pub(super) fn new(sc: &Scenario) -> Index {
        Index {
            accounts: table(sc.accounts.iter().map(|a| a.id.as_str())),
            suspects: table(sc.suspects.iter().map(|s| s.id.as_str())),
            items: table(sc.evidence.iter().map(|e| e.id.as_str())),
            injects: table(sc.injects.iter().map(|i| i.id.as_str())),
            channels: table(sc.channels.iter().map(|c| c.id.as_str())),
        }
    }
    pub(super) fn account(&self, id: &str) -> Option<usize> {
        self.accounts.get(id).copied()
    }
    pub(super) fn suspect(&self, id: &str) -> Option<usize> {
        self.suspects.get(id).copied()
    }
    pub(super) fn item(&self, id: &str) -> Option<usize> {
        self.items.get(id).copied()
    }
    pub(super) fn inject(&self, id: &str) -> Option<usize> {
        self.injects.get(id).copied()
    }
    pub(super) fn channel(&self, id: &str) -> Option<usize> {
        self.channels.get(id).copied()
    }
}
