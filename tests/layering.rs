//! The core (model, tree, layout, text, number formatting) must stay pure Rust: it compiles
//! and tests natively without wasm-bindgen, web-sys, js-sys or plotters. This check fails if a
//! core file starts naming one of them.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use std::path::Path;

const CORE: &[&str] = &["src/model", "src/tree.rs", "src/layout", "src/gauge", "src/interact", "src/text.rs", "src/format.rs"];
const FORBIDDEN: &[&str] = &["wasm_bindgen", "web_sys", "js_sys", "plotters", "crate::web", "crate::draw", "crate::scene", "crate::render"];

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("readable dir").flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The widgets hold scenes (their cache) and the reports describe them, but neither draws nor
/// knows the browser.
#[test]
fn widgets_do_not_depend_on_the_browser_or_drawing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/widget"), &mut files);
    rust_files(&root.join("src/report"), &mut files);
    assert!(files.len() >= 5, "found the widget files: {files:?}");
    let forbidden = ["wasm_bindgen", "web_sys", "js_sys", "plotters", "crate::web", "crate::draw", "crate::render"];
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with("//")) {
            for name in forbidden {
                assert!(!line.contains(name), "{}:{}: widget code names {name}: {line}", file.display(), n + 1);
            }
        }
    }
}

#[test]
fn core_does_not_depend_on_the_browser_or_plotters() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in CORE {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() >= 10, "found the core files: {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        // Code only: comments may name other layers when they explain a design choice.
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with("//")) {
            for name in FORBIDDEN {
                assert!(!line.contains(name), "{}:{}: core code names {name}: {line}", file.display(), n + 1);
            }
        }
    }
}
