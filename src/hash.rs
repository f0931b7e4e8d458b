//! The hash map every layer uses.

/// A `HashMap` with rustc's FxHash.
///
/// Why not std's default: `RandomState` seeds SipHash through a thread-local, which ships SipHash,
/// the thread-local's panic path and its messages in the wasm (~1.5 KB); FxHash is a few dozen
/// bytes (foldhash, tried first, is 2 KB for its string path). Keys here are the page's own data
/// (ids, names, fonts), so flooding resistance buys nothing; FxHash is also faster.
pub type FastMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;

/// A `HashSet` with the same hasher.
pub type FastSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;
