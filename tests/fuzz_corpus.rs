//! Replays the committed fuzz corpus (fuzz/corpus/<target>/: seeds from the examples, tricky JSON
//! and every input the fuzzers kept or found) through the fuzz targets' own checks, on stable,
//! so findings stay fixed in CI. `make fuzz` grows the corpus with libFuzzer on nightly.
#![cfg(not(target_arch = "wasm32"))]

include!("../fuzz/checks.rs");

fn replay(target: &str, check: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory").flatten() {
        let data = std::fs::read(entry.path()).expect("readable");
        let name = entry.file_name();
        let result = std::panic::catch_unwind(|| check(&data));
        assert!(result.is_ok(), "{target}: {name:?} breaks an invariant");
        n += 1;
    }
    assert!(n >= 8, "{target}: only {n} inputs in the corpus");
}

#[test]
fn treemap_corpus() {
    replay("treemap", check_treemap);
}

#[test]
fn gauges_corpus() {
    replay("gauges", check_gauges);
}

#[test]
fn interaction_corpus() {
    replay("interaction", check_interaction);
}
