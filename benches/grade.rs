//! Grading benchmark: a class of 40 records of the bundled case (reference lines, many seeds),
//! verified by replay, with and without the exports.
//!
//! `cargo bench --bench grade` (release profile). Prints the median time for the whole class; no
//! timing is asserted anywhere.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use goldenhour::grade::{self, Library, export, report, summary};
use goldenhour::i18n::Catalog;
use goldenhour::record::{Mode, Record, RecordedAction};
use goldenhour::scenario::content_hash;

/// The same allocator as the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Run `f` repeatedly for about `budget` (at least 5 times), return the median.
fn measure(budget: Duration, mut f: impl FnMut()) -> Duration {
    f();
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < budget || samples.len() < 5 {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales load");
    let case = root.join("scenarios/frank-lao-cards.ron");
    let text = std::fs::read_to_string(&case).expect("the bundled case");
    let sc = Arc::new(goldenhour::scenario::parse(&text).expect("parses"));
    let hash = content_hash(text.as_bytes());

    // 40 records: the reference lines over seeds 1..
    let dir = std::env::temp_dir().join(format!("goldenhour-bench-grade-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let lines: Vec<_> = sc.lines.iter().collect();
    let mut files: Vec<PathBuf> = Vec::new();
    for i in 0..40u64 {
        let (name, line) = lines[i as usize % lines.len()];
        let s = goldenhour::run::play_session(sc.clone(), i + 1, line);
        let rec = Record {
            format: goldenhour::record::FORMAT,
            app_version: env!("CARGO_PKG_VERSION").into(),
            scenario_id: sc.id.clone(),
            scenario_hash: hash.clone(),
            seed: i + 1,
            locale: if i % 2 == 0 { "zh-CN".into() } else { "en-US".into() },
            trainee: Some(format!("t-{i:03}")),
            team: None,
            mode: Mode::Practice,
            class_code: None,
            sim_time: None,
            abandoned: None,
            actions: s
                .actions()
                .iter()
                .map(|a| RecordedAction {
                    at: a.at.0,
                    wall: None,
                    arrived: None,
                    act: a.act.clone(),
                })
                .collect(),
            outcome: s.outcome().cloned(),
            witness: None,
        };
        let p = dir.join(format!("{i:02}-{name}.json"));
        rec.save(&p).expect("record written");
        files.push(p);
    }

    let lib = Library::load(&[root.join("scenarios")], Some(&catalog));
    let verify = measure(Duration::from_secs(3), || {
        let g = grade::grade_all(&files, &lib, &grade::Trust::default());
        assert!(g.iter().all(|g| g.verified().is_some()));
        black_box(g);
    });
    println!("grade 40 records (read + replay + compare):          {verify:>10.1?}");

    let full = measure(Duration::from_secs(5), || {
        let lib = Library::load(&[root.join("scenarios")], Some(&catalog));
        let g = grade::grade_all(&files, &lib, &grade::Trust::default());
        let s = summary::summarize(&g);
        let book = export::Gradebook::new(&g, None);
        let opts = export::CsvOptions { criteria: true };
        black_box(export::gradebook_csv(&book, &catalog, "en-US", opts));
        black_box(serde_json::to_string_pretty(&export::xapi_statements(&g, &catalog)).ok());
        for x in &g {
            if let Some((rec, rep)) = x.verified() {
                black_box(report::html(rec, rep, &catalog, &rec.locale));
            }
        }
        black_box(summary::text(&s, &catalog, "en-US"));
    });
    println!("the same with case loading, CSV, xAPI, 40 HTML reports: {full:>10.1?}");
    let _ = std::fs::remove_dir_all(&dir);
}
