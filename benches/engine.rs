//! Engine benchmarks: parse + validate of the bundled cases, and whole playthroughs.
//!
//! `cargo bench --bench engine` (release profile). Prints the median of repeated batches; no
//! timing is asserted anywhere.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use goldenhour::i18n::Catalog;
use goldenhour::run;
use goldenhour::scenario::validate::check_text;

/// The same allocator as the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Run `f` in batches for about `budget`, return the median time per call.
fn measure(budget: Duration, mut f: impl FnMut()) -> Duration {
    // Warm up and size a batch to ~10 ms.
    let mut n = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        if t.elapsed() > Duration::from_millis(10) || n > 1 << 20 {
            break;
        }
        n *= 2;
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < budget || samples.len() < 5 {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        samples.push(t.elapsed() / n);
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = Catalog::load(&root.join("locales")).expect("locales load");
    let files = goldenhour::data::ron_files(&root.join("scenarios")).expect("scenarios folder");
    let texts: Vec<(std::path::PathBuf, String)> =
        files.iter().map(|f| (f.clone(), std::fs::read_to_string(f).expect("readable"))).collect();

    let all = measure(Duration::from_secs(2), || {
        for (p, t) in &texts {
            black_box(check_text(p, t, Some(&catalog)));
        }
    });
    println!("parse + validate, all {} bundled cases: {:>10.3?} per pass", texts.len(), all);

    for (p, t) in &texts {
        let (Some(sc), _) = check_text(p, t, Some(&catalog)) else { continue };
        let sc = Arc::new(sc);
        for (name, line) in sc.lines.clone() {
            let mut seed = 0u64;
            let per = measure(Duration::from_secs(1), || {
                seed += 1;
                let s = run::play_session(sc.clone(), seed, &line);
                black_box(s.outcome().map(|o| o.score));
            });
            println!(
                "playthrough {:<24} line {:<10} {:>10.1?}  ({:>8.0} per second on one core)",
                sc.id,
                name,
                per,
                1.0 / per.as_secs_f64()
            );
        }
    }
}
