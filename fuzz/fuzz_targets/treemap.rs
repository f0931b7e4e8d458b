#![no_main]
//! Fuzz target: see check_treemap in ../checks.rs for what it asserts.
include!("../checks.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check_treemap(data));
