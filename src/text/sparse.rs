//! Sparse vectors: (feature id, weight) pairs sorted by id.
//!
//! In: vectors. Out: dot products, sums, unit-length copies.

/// A sparse vector, sorted by feature id.
pub type Sparse = Vec<(u32, f32)>;

/// How often each id occurs: (id, count), sorted by id.
pub fn counts(mut ids: Vec<u32>) -> Vec<(u32, u32)> {
    ids.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for id in ids {
        match out.last_mut() {
            Some((last, n)) if *last == id => *n += 1,
            _ => out.push((id, 1)),
        }
    }
    out
}

/// Dot product of two sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Dot product of a sparse vector with a dense one.
pub fn dot_dense(a: &[(u32, f32)], dense: &[f32]) -> f32 {
    a.iter().map(|&(id, w)| w * dense[id as usize]).sum()
}

/// The sum of two sparse vectors.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Sparse {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// Scales a vector to unit length (a zero vector stays zero).
pub fn normalised(mut vector: Sparse) -> Sparse {
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        vector.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    vector
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_sorted_by_id() {
        assert_eq!(counts(vec![3, 1, 3, 2, 3]), vec![(1, 1), (2, 1), (3, 3)]);
    }

    #[test]
    fn dot_add_and_normalise() {
        let a = vec![(1, 1.0), (3, 2.0)];
        let b = vec![(2, 5.0), (3, 4.0)];
        assert_eq!(dot(&a, &b), 8.0);
        assert_eq!(add(&a, &b), vec![(1, 1.0), (2, 5.0), (3, 6.0)]);
        assert_eq!(dot_dense(&a, &[0.0, 2.0, 0.0, 1.0]), 4.0);
        let unit = normalised(vec![(0, 3.0), (1, 4.0)]);
        assert_eq!(unit, vec![(0, 0.6), (1, 0.8)]);
        assert!(normalised(Vec::new()).is_empty());
    }
}
