//! A Fluent file through `Locale::from_sources`, as `Catalog::load` reads each .ftl.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // One file, and the same text as a second file of the same locale (duplicate ids).
    let one = vec![(PathBuf::from("a.ftl"), text.to_string())];
    if let Err(e) = goldenhour::i18n::Locale::from_sources("en-US", one) {
        let _ = e.to_string();
        return;
    }
    let two = vec![
        (PathBuf::from("a.ftl"), text.to_string()),
        (PathBuf::from("b.ftl"), text.to_string()),
    ];
    let _ = goldenhour::i18n::Locale::from_sources("zh-CN", two).map_err(|e| e.to_string());
});
