//! Joining words into one string.

/// `parts` joined with `sep`, like `[S]::join`.
///
/// Why not `join`: std's `join` is instantiated once per element type with a 1 KB body each; this
/// loop is a tenth of that, and the wasm size is a budget (README, "Sizes").
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn joins_like_std() {
        assert_eq!(super::join(&["a", "b", "c"], ", "), ["a", "b", "c"].join(", "));
        assert_eq!(super::join(&[String::from("x")], " › "), "x");
        assert_eq!(super::join::<&str>(&[], "-"), "");
    }
}
