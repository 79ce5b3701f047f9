//! Fuzzes the .odt reader: any bytes must give documents or problems, never a panic or a hang.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = geodash::core::readers::read_named_bytes("fuzzed.odt", data);
});
