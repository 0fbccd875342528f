//! `explore` throughput: random playthroughs of the first case per second, on one core and on
//! every core, as `goldenhour explore` runs them (reference lines included).
//!
//! `cargo bench --bench explore`. Prints the best of a few repeats; no timing is asserted.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use goldenhour::explore::explore;
use goldenhour::scenario;

/// The same allocator as the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// CPU seconds this process has used (user + system), from /proc on Linux; 0 elsewhere. On a
/// shared machine the wall clock counts other programs' time too: CPU time does not.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    f.get(11).zip(f.get(12)).map(|(u, s)| (u + s) / 100.0).unwrap_or(0.0)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("scenarios/frank-lao-cards.ron")).expect("case");
    let sc = Arc::new(scenario::parse(&text).expect("the first case parses"));
    let runs = 20_000u64;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut threads = vec![1];
    if cores > 1 {
        threads.push(cores);
    }
    for t in threads {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(t).build().expect("pool");
        let (mut best, mut best_cpu) = (f64::INFINITY, f64::INFINITY);
        for rep in 0..3u64 {
            let (start, cpu) = (Instant::now(), cpu_seconds());
            let r = pool.install(|| explore(&sc, runs, rep + 1, &|_| {}));
            best = best.min(start.elapsed().as_secs_f64());
            best_cpu = best_cpu.min(cpu_seconds() - cpu);
            black_box(r);
        }
        println!(
            "explore frank-lao-cards, {runs} runs, {t} thread(s): {best:.3} s wall ({:.0} playthroughs per second); {best_cpu:.2} CPU-s ({:.0} per CPU-second)",
            runs as f64 / best,
            runs as f64 / best_cpu
        );
    }
}
