//! Fuzzes the .zip reader: any bytes must give documents or problems, never a panic that escapes the reader or
//! a hang.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // libFuzzer's hook aborts on every panic, even one the reader catches on purpose (the PDF reader isolates
    // pdf-extract, which panics on some files). With the default hook back, only a panic that escapes counts.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let _ = geodash::core::readers::read_named_bytes("fuzzed.zip", data);
});
