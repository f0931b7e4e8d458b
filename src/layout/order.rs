//! A stable sort of node indices by a comparison, for sibling order and label grouping.
//!
//! Why not `slice::sort_by`: std's driftsort is instantiated per call site with its small-sort
//! networks (about 9 KB of wasm for two uses), and the wasm size is a budget (README, "Sizes").
//! This bottom-up merge sort is one non-generic function: O(n log n) time, n extra indices.

/// Sorts `items` so that `before(a, b)` holds for every earlier `a` and later `b` where it
/// decides; items it does not order keep their order (stable).
pub fn stable_sort(items: &mut [usize], before: &dyn Fn(usize, usize) -> bool) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut from = items.to_vec();
    let mut to = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in to.iter_mut().take(end).skip(start) {
                // Take from the right run only when it must come first: equal items keep order.
                let right = j < end && (i >= mid || before(from[j], from[i]));
                if right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    items.copy_from_slice(&from);
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is native-only
mod tests {
    use super::stable_sort;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..200)) {
            let mut ours: Vec<usize> = (0..keys.len()).collect();
            stable_sort(&mut ours, &|a, b| keys[a] > keys[b]);
            let mut theirs: Vec<usize> = (0..keys.len()).collect();
            theirs.sort_by(|&a, &b| keys[b].cmp(&keys[a]));
            prop_assert_eq!(ours, theirs);
        }
    }
}
