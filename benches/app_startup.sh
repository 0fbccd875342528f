#!/usr/bin/env bash
# The desktop app's time to first frame and peak memory, on the window smoke test's path:
# Xvfb + Mesa's software Vulkan, `goldenhour --lang L --screenshot-after 1 FILE`.
#
#   benches/app_startup.sh [RUNS] [BINARY]      (defaults: 5 runs, target/release/goldenhour)
#
# Per language (the CJK font is loaded in every one; zh-CN and vi-VN draw with it) it prints
# the median of RUNS cold-ish starts:
#   first frame  the app's own log line: ms from the start of `app::run` until the first frame
#                is drawn and read back from the GPU (`src/app/screenshot.rs`);
#   wall         the whole process, exec to exit (`/usr/bin/time`), including the PNG write;
#   peak RSS     maximum resident set size (`/usr/bin/time -v`).
# Needs Xvfb, mesa-vulkan-drivers and GNU time (`apt-get install xvfb mesa-vulkan-drivers time`).
# Build first: `cargo build --release` (or pass target/debug/goldenhour).
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${2:-$root/target/release/goldenhour}"
[ -x "$bin" ] || { echo "no binary at $bin: cargo build --release first" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb not found (apt-get install xvfb)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d)"
display=""
for n in $(seq 150 199); do
    [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1.5

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else print v[int((NR + 1) / 2)] }'; }

# One untimed start first, so every language is measured with the binary in the page cache.
(cd "$root" && DISPLAY="$display" XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" WAYLAND_DISPLAY='' "$bin" --screenshot-after 1 "$work/shot.png" \
    >/dev/null 2>&1) || true

echo "binary: $bin ($(du -h "$bin" | cut -f1)); $runs runs per language; $(nproc) cores"
printf '%-7s %14s %10s %12s\n' lang "first frame" wall "peak RSS"
for lang in zh-CN vi-VN en-US; do
    : >"$work/ff" ; : >"$work/wall" ; : >"$work/rss"
    for i in $(seq "$runs"); do
        (cd "$root" && DISPLAY="$display" XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/config" \
            XDG_DATA_HOME="$work/data" WAYLAND_DISPLAY='' NO_COLOR=1 \
            /usr/bin/time -v -o "$work/time.txt" \
            "$bin" --lang "$lang" --screenshot-after 1 "$work/shot.png" >"$work/log.txt" 2>&1) \
            || { echo "run $i ($lang) failed:" >&2; tail -20 "$work/log.txt" >&2; exit 1; }
        grep -o 'read back [0-9]* ms' "$work/log.txt" | grep -o '[0-9]*' >>"$work/ff" || true
        awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
            for (k = 1; k <= n; k++) s = s * 60 + t[k]; printf "%d\n", s * 1000 }' \
            "$work/time.txt" >>"$work/wall"
        awk -F': ' '/Maximum resident set size/ { printf "%d\n", $2 / 1024 }' \
            "$work/time.txt" >>"$work/rss"
    done
    printf '%-7s %11s ms %7s ms %9s MB\n' "$lang" "$(median <"$work/ff")" \
        "$(median <"$work/wall")" "$(median <"$work/rss")"
done
