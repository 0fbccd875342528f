//! A scenario file's text through parse and the full check (`check_text`), as `validate` runs it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // `validate` rejects non-UTF-8 before parsing; lossy text still reaches every parser path.
    let text = String::from_utf8_lossy(data);
    let (_, diags) = goldenhour::scenario::validate::check_text(Path::new("fuzz.ron"), &text, None);
    for d in &diags {
        assert!(d.line >= 1 && d.col >= 1, "a diagnostic without a position: {d}");
        let _ = d.to_string();
    }
});
