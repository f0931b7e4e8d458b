#![no_main]
//! Fuzz target: see check_interaction in ../checks.rs for what it asserts.
include!("../checks.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check_interaction(data));
