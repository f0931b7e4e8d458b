//! Documented limits on input, so that huge or hostile input gets a clear error instead of
//! exhausting memory or the stack. The README's data-format reference lists the same numbers.

/// Largest accepted JSON text, in bytes (16 MiB).
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;
/// Most nodes (groups and leaves together) in one treemap.
pub const MAX_NODES: usize = 500_000;
/// Deepest nesting of the hierarchy: the root is depth 0, so a tree may have this many levels
/// below its root. The parser's own nesting limit (`json::MAX_NESTING`, 128 JSON levels) sits above this.
pub const MAX_DEPTH: usize = 50;
/// Longest accepted string field, in bytes.
pub const MAX_STRING_BYTES: usize = 64 * 1024;
/// At most this many problems are listed; the rest are counted.
pub const MAX_PROBLEMS_LISTED: usize = 50;
