//! The case's string ids compiled once into index tables: each lookup by id is one probe, and an
//! id the case does not have is `None`, never a silent index 0. Built on first use and kept with
//! the scenario, so every session of a case shares one set of tables.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use super::Scenario;

/// Id → index in the scenario's lists, for everything actions and conditions name.
#[derive(Debug, Default)]
pub struct Ids {
    accounts: Table,
    suspects: Table,
    items: Table,
    injects: Table,
    channels: Table,
    /// Per account (by index), the laundering rules that move money out of it, in the case's
    /// order: the gang's next move is found without going through every rule.
    rules_from: Vec<Vec<usize>>,
}

/// Lists up to this long are searched in order: a few short comparisons cost less than
/// hashing (measured with callgrind on the bundled cases); longer ones are hashed.
const SCAN_UP_TO: usize = 16;

/// One list's ids: the first position of each (validation rejects duplicates; the first one is
/// what a search in order finds).
#[derive(Debug)]
enum Table {
    Scan(Vec<String>),
    Hash(FxHashMap<String, usize>),
}

impl Default for Table {
    fn default() -> Self {
        Table::Scan(Vec::new())
    }
}

impl Table {
    fn new<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Table {
        if ids.len() <= SCAN_UP_TO {
            return Table::Scan(ids.map(str::to_string).collect());
        }
        let mut m = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
        for (i, id) in ids.enumerate() {
            m.entry(id.to_string()).or_insert(i);
        }
        Table::Hash(m)
    }
    fn get(&self, id: &str) -> Option<usize> {
        match self {
            Table::Scan(v) => v.iter().position(|x| x == id),
            Table::Hash(m) => m.get(id).copied(),
        }
    }
}

impl Ids {
    fn new(sc: &Scenario) -> Ids {
        let accounts = Table::new(sc.accounts.iter().map(|a| a.id.as_str()));
        let mut rules_from = vec![Vec::new(); sc.accounts.len()];
        for (i, r) in sc.laundering.rules.iter().enumerate() {
            if let Some(a) = accounts.get(&r.from) {
                rules_from[a].push(i);
            }
        }
        Ids {
            rules_from,
            accounts,
            suspects: Table::new(sc.suspects.iter().map(|s| s.id.as_str())),
            items: Table::new(sc.evidence.iter().map(|e| e.id.as_str())),
            injects: Table::new(sc.injects.iter().map(|i| i.id.as_str())),
            channels: Table::new(sc.channels.iter().map(|c| c.id.as_str())),
        }
    }
    /// The laundering rules from the account at index `a`, in the case's order.
    pub fn rules_from(&self, a: usize) -> &[usize] {
        self.rules_from.get(a).map(Vec::as_slice).unwrap_or(&[])
    }
    pub fn account(&self, id: &str) -> Option<usize> {
        self.accounts.get(id)
    }
    pub fn suspect(&self, id: &str) -> Option<usize> {
        self.suspects.get(id)
    }
    pub fn item(&self, id: &str) -> Option<usize> {
        self.items.get(id)
    }
    pub fn inject(&self, id: &str) -> Option<usize> {
        self.injects.get(id)
    }
    pub fn channel(&self, id: &str) -> Option<usize> {
        self.channels.get(id)
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

/// Where a scenario keeps the par of each seed it was scored on (what its expert line achieves
/// per criterion; see `scoring::outcome`). Bounded; a clone starts empty like [`IdsCache`].
#[derive(Debug, Default)]
pub struct ParCache(Mutex<BTreeMap<u64, Arc<[f64]>>>);

/// Seeds a scenario keeps the par of; further ones are computed each time.
const PAR_SEEDS: usize = 4096;

impl Clone for ParCache {
    fn clone(&self) -> Self {
        ParCache::default()
    }
}

impl ParCache {
    pub fn get(&self, seed: u64) -> Option<Arc<[f64]>> {
        self.0.lock().ok()?.get(&seed).cloned()
    }

    pub fn put(&self, seed: u64, par: Arc<[f64]>) {
        if let Ok(mut m) = self.0.lock()
            && m.len() < PAR_SEEDS
        {
            m.insert(seed, par);
        }
    }
}

impl Scenario {
    /// The id tables, built on first use. Edit a scenario's lists only before its first use
    /// (parse, then edit, then play), or on a clone.
    pub fn ids(&self) -> &Ids {
        self.ids.0.get_or_init(|| Ids::new(self))
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn short_and_long_tables_find_the_first_position_and_nothing_else() {
        for n in [0, 3, super::SCAN_UP_TO, super::SCAN_UP_TO + 1, 500] {
            let ids: Vec<String> = (0..n).map(|i| format!("acc-{i}")).collect();
            let mut with_dup = ids.clone();
            with_dup.push("acc-0".into());
            let t = Table::new(with_dup.iter().map(String::as_str));
            assert_eq!(matches!(t, Table::Hash(_)), n + 1 > super::SCAN_UP_TO, "n = {n}");
            for (i, id) in ids.iter().enumerate() {
                assert_eq!(t.get(id), Some(i), "n = {n}");
            }
            assert_eq!(t.get("acc-x"), None);
            assert_eq!(t.get(""), None);
        }
    }
}
