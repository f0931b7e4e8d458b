//! The native command line (see `native.rs`). It renders PNG with resvg and prints schemas from
//! native-only types, so for wasm32 (where `wasm-pack test` also builds binaries) it is empty.

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
