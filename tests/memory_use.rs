//! Memory held by a mounted 1e5-leaf treemap, counted by a global allocator: the peak while the
//! data is parsed, validated, laid out and drawn, and what stays allocated afterwards. Byte
//! counts are deterministic for a build, so they are held to a budget (64-bit natively; the
//! browser's figures, wasm linear memory plus JS heap, come from `node bench/memory.mjs`).
//! Native only: the wasm build has its own allocator (talc).
#![cfg(not(target_arch = "wasm32"))]
use cluster_widgets::format::GroupedFormat;
use cluster_widgets::model::parse_treemap;
use cluster_widgets::text::ApproxMeasure;
use cluster_widgets::widget::TreemapWidget;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// bench/big-tree.js's tree: 100 groups × 10 subgroups × N leaves named "leaf i".
fn big_tree(leaves: usize) -> String {
    let per_sub = (leaves / 1000).max(1);
    let mut made = 0;
    let mut seed: u64 = 42;
    let mut groups = Vec::new();
    for g in 0..100 {
        let mut subs = Vec::new();
        for s in 0..10 {
            let mut children = Vec::new();
            for _ in 0..per_sub {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                children.push(format!(r#"{{"name":"leaf {made}","value":{}}}"#, 1 + seed % 1000));
                made += 1;
            }
            subs.push(format!(r#"{{"name":"group {g}.{s}","children":[{}]}}"#, children.join(",")));
        }
        groups.push(format!(r#"{{"name":"group {g}","children":[{}]}}"#, subs.join(",")));
    }
    format!(r#"{{"title":"{leaves} leaves","tree":{{"name":"root","children":[{}]}}}}"#, groups.join(","))
}

fn mb(b: usize) -> String {
    format!("{:.1} MB", b as f64 / 1048576.0)
}

#[test]
fn mounted_treemap_memory() {
    let leaves = 100_000;
    let text = big_tree(leaves);
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let spec = parse_treemap(&text).unwrap();
    let parsed = NOW.load(Relaxed) - base;
    let parse_peak = PEAK.load(Relaxed) - base;
    let mut widget = TreemapWidget::new(spec, GroupedFormat, ApproxMeasure, true);
    widget.resize(960.0, 600.0);
    let _ = widget.render();
    let held = NOW.load(Relaxed) - base;
    let peak = PEAK.load(Relaxed) - base;
    println!("text {}; parse peak {} then {} held; mounted: peak {} ({} B/leaf), held {} ({} B/leaf)",
        mb(text.len()), mb(parse_peak), mb(parsed), mb(peak), peak / leaves, mb(held), held / leaves);
    // 360 and 258 B/leaf at this writing (before exact-size document vectors, a reserved node
    // arena and scene cells grown as drawn: 658 and 405); the budget leaves a tenth for change.
    assert!(peak / leaves <= 400, "peak {} B/leaf", peak / leaves);
    assert!(held / leaves <= 285, "held {} B/leaf", held / leaves);
}

