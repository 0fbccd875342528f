//! An actions file's text through `actions::parse`, as `play --actions` reads it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match goldenhour::actions::parse(text) {
        Ok(list) => assert!(list.iter().all(|a| a.at.0 >= 0), "a negative time got through"),
        Err(e) => assert!(e.line >= 1 && e.col >= 1, "an error without a position: {e}"),
    }
});
