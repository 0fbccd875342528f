#!/usr/bin/env bash
# Run every fuzz target for N seconds (default 60): ./fuzz/run.sh [N] [target...]
# Each target first replays its kept inputs (fuzz/regressions/<target>/); N=0 only replays.
#
# Needs cargo-fuzz (installed from crates.io if missing). The project builds with stable Rust:
# libFuzzer's instrumentation needs nightly flags, so they are unlocked on the stable compiler with
# RUSTC_BOOTSTRAP=1 (set FUZZ_TOOLCHAIN=nightly to use a nightly toolchain instead).
# Crashes are copied to fuzz/regressions/<target>/ and the script exits 1.
set -euo pipefail

secs="${1:-60}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(scenario ftl actions record play)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

toolchain=()
if [ -n "${FUZZ_TOOLCHAIN:-}" ]; then
    toolchain=("+$FUZZ_TOOLCHAIN")
else
    export RUSTC_BOOTSTRAP=1
fi
# Builds go beside the main crate's, not into the source tree.
target_dir="${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-$root/target}/fuzz}"
# AddressSanitizer adds nothing for safe Rust and halves the speed; FUZZ_SANITIZER=address for it.
sanitizer="${FUZZ_SANITIZER:-none}"

seed() {
    # seed <target> <files...>: copy seed inputs into the target's working corpus.
    local dir="$here/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"
    done
    return 0
}
seed scenario "$root"/scenarios/*.ron "$root"/tests/fixtures/*.ron "$root"/tests/corpus/*.ron
seed actions "$root"/tests/corpus/actions-*.ron
seed ftl "$root"/locales/*/*.ftl "$root"/tests/corpus/*.ftl
seed record "$root"/tests/golden/*.json "$root"/tests/corpus/*.json
mkdir -p "$here/corpus/play"
# A small actions seed for the engine: the reference lines of the bundled case.
awk '/^        "expert": \[/,/^        \],/' "$root"/scenarios/frank-lao-cards.ron \
    | sed '1s/.*/[/; $s/.*/]/' > "$here/corpus/actions/seed-expert-line.ron" || true

failed=0
cd "$here"
mkdir -p "$here/artifacts"
for t in "${targets[@]}"; do
    # Inputs that once failed must replay clean before new fuzzing starts.
    kept=()
    if [ -d "$here/regressions/$t" ]; then
        while IFS= read -r -d '' f; do kept+=("$f"); done \
            < <(find "$here/regressions/$t" -type f -print0 | sort -z)
    fi
    if [ "${#kept[@]}" -gt 0 ]; then
        echo "== replay ${#kept[@]} kept input(s) of $t"
        if ! cargo "${toolchain[@]}" fuzz run "$t" --sanitizer "$sanitizer" --target-dir "$target_dir" \
            "${kept[@]}" -- -runs=1 >"$here/artifacts/$t.replay.log" 2>&1; then
            grep -E "panicked|SUMMARY|Running:" "$here/artifacts/$t.replay.log" | tail -20 || true
            echo "!! $t: a kept input under fuzz/regressions/$t/ fails again"
            failed=1
        fi
    fi
    [ "$secs" -gt 0 ] || continue
    echo "== fuzz $t for ${secs}s"
    mkdir -p "$here/artifacts/$t"
    if ! cargo "${toolchain[@]}" fuzz run "$t" --sanitizer "$sanitizer" --target-dir "$target_dir" \
        "$here/corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=4096 -max_len=262144 \
        -artifact_prefix="$here/artifacts/$t/" 2>&1 | tee "$here/artifacts/$t.log" | grep -E "^(#[0-9]+ +DONE|==|SUMMARY|thread|Done)|panicked|crash-|timeout-|oom-"; then
        :
    fi
    # Every failing input libFuzzer wrote (`ls` of the three patterns fails when any one of them
    # matches nothing, which let a crash pass: list them with nullglob instead).
    shopt -s nullglob
    found=("$here/artifacts/$t"/crash-* "$here/artifacts/$t"/timeout-* "$here/artifacts/$t"/oom-*)
    shopt -u nullglob
    if [ "${#found[@]}" -gt 0 ]; then
        mkdir -p "$here/regressions/$t"
        cp "${found[@]}" "$here/regressions/$t/"
        echo "!! $t: failing inputs saved to fuzz/regressions/$t/"
        # On a CI machine the files go with it: print each (up to 64 KiB) so it can be recovered
        # from the log with `base64 -d`.
        for f in "${found[@]}"; do
            [ -f "$f" ] && [ "$(wc -c <"$f")" -le 65536 ] || continue
            echo "-- base64 of fuzz/regressions/$t/$(basename "$f"):"
            base64 -w 100 "$f"
        done
        failed=1
    fi
done
exit "$failed"
