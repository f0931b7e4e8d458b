//! Binary: recursively splits the siblings into two groups of about equal value, cutting the
//! longer side, which gives balanced, fairly square cells in input order (d3's
//! `treemapBinary`). An explicit stack replaces d3's recursion, so skewed values cannot
//! exhaust the call stack.

use super::{Job, Rect};

pub fn binary(job: &Job, area: Rect, out: &mut [Rect]) {
    let values = job.values;
    let n = values.len();
    if n == 0 {
        return;
    }
    // sums[i] = total of values[..i], so any run's total is a difference of two prefix sums.
    let mut sums = Vec::with_capacity(n + 1);
    let mut acc = 0.0;
    sums.push(0.0);
    for v in values {
        acc += v;
        sums.push(acc);
    }
    let mut stack = vec![(0usize, n, area)];
    while let Some((i, j, r)) = stack.pop() {
        if i + 1 >= j {
            out[i] = r;
            continue;
        }
        // Binary search for the first k whose prefix sum reaches half of this run's value,
        // then step back one if that lands closer to the middle.
        // Run totals come from prefix-sum differences (not `value - left` as in d3), so a run
        // of zeros totals exactly zero and gets exactly no extent.
        let offset = sums[i];
        let value = sums[j] - offset;
        let target = value / 2.0 + offset;
        let (mut k, mut hi) = (i + 1, j - 1);
        while k < hi {
            let mid = (k + hi) / 2;
            if sums[mid] < target {
                k = mid + 1;
            } else {
                hi = mid;
            }
        }
        if target - sums[k - 1] < sums[k] - target && i + 1 < k {
            k -= 1;
        }
        let left = sums[k] - offset;
        let right = sums[j] - sums[k];
        // The weighted mean below is exact at the ends only if written out: an empty side must
        // get exactly zero extent, not an ulp of it.
        let split = |a: f64, b: f64| match (left > 0.0, right > 0.0) {
            (false, _) => a,
            (_, false) => b,
            _ => (a * right + b * left) / value,
        };
        if r.width() > r.height() {
            let xk = split(r.x0, r.x1);
            stack.push((k, j, Rect::new(xk, r.y0, r.x1, r.y1)));
            stack.push((i, k, Rect::new(r.x0, r.y0, xk, r.y1)));
        } else {
            let yk = split(r.y0, r.y1);
            stack.push((k, j, Rect::new(r.x0, yk, r.x1, r.y1)));
            stack.push((i, k, Rect::new(r.x0, r.y0, r.x1, yk)));
        }
    }
}
