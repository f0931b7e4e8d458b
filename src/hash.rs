//! The hash map every layer uses.

/// A `HashMap` with foldhash's fixed-seed hasher.
///
/// Why not std's default: `RandomState` seeds SipHash through a thread-local, which ships SipHash,
/// the thread-local's panic path and its messages in the wasm (~1.5 KB). Keys here are the page's
/// own data (ids, names, fonts), so flooding resistance buys nothing; foldhash is also faster.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
