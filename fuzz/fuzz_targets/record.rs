//! A record file's bytes deserialized into `Record`, as `Record::load` does (same serde_json call),
//! then written back and read again: what loads must round-trip.
#![no_main]

use goldenhour::record::Record;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rec) = serde_json::from_slice::<Record>(data) {
        let json = rec.to_json();
        let back: Record = serde_json::from_str(&json).expect("a record's own JSON reads back");
        // Floats in the outcome may not round-trip bit for bit; the JSON must.
        assert_eq!(back.to_json(), json);
    }
});
