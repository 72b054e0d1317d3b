//! Grouping passages: average-link agglomerative clustering, cut where the
//! silhouette is best.
//!
//! In: unit vectors and a seed. Out: a group number per vector (groups
//! numbered by first member). Up to `SAMPLE` vectors are clustered exactly
//! (nearest-neighbour chain, O(n²)); a larger input is clustered on a seeded
//! sample, and every other vector joins the group whose centre it is nearest.

use crate::rng::Rng;
use crate::text::sparse::{Sparse, dot, dot_dense};
use crate::union_find::UnionFind;

/// Most groups tried.
pub const MAX_GROUPS: usize = 40;
/// At most this many vectors are clustered exactly.
const SAMPLE: usize = 800;

/// One merge of the dendrogram: two clusters (by representative index) and
/// the distance between them.
struct Merge {
    a: usize,
    b: usize,
    distance: f32,
}

/// Average-link clustering by the nearest-neighbour chain: every merge, in
/// no particular order (sort by distance for the dendrogram).
fn average_link(similarity: &[Vec<f32>]) -> Vec<Merge> {
    let n = similarity.len();
    let mut distance: Vec<Vec<f32>> = similarity
        .iter()
        .map(|row| row.iter().map(|s| 1.0 - s).collect())
        .collect();
    let mut size = vec![1usize; n];
    let mut active = vec![true; n];
    let mut merges = Vec::with_capacity(n.saturating_sub(1));
    let mut chain: Vec<usize> = Vec::new();
    let mut remaining = n;
    while remaining > 1 {
        if chain.is_empty() {
            chain.push((0..n).find(|&i| active[i]).unwrap_or(0));
        }
        let top = *chain.last().unwrap_or(&0);
        let previous = chain.len().checked_sub(2).map(|i| chain[i]);
        // The nearest active cluster; ties prefer the previous chain link.
        let mut nearest = previous.unwrap_or(usize::MAX);
        let mut best = previous.map_or(f32::INFINITY, |p| distance[top][p]);
        for j in (0..n).filter(|&j| active[j] && j != top) {
            if distance[top][j] < best {
                best = distance[top][j];
                nearest = j;
            }
        }
        if Some(nearest) == previous {
            chain.pop();
            chain.pop();
            let (a, b) = (top.min(nearest), top.max(nearest));
            merges.push(Merge {
                a,
                b,
                distance: best,
            });
            // Lance-Williams update for average linkage; `a` stands for both.
            for k in (0..n).filter(|&k| active[k] && k != a && k != b) {
                let d = (size[a] as f32 * distance[a][k] + size[b] as f32 * distance[b][k])
                    / (size[a] + size[b]) as f32;
                distance[a][k] = d;
                distance[k][a] = d;
            }
            size[a] += size[b];
            active[b] = false;
            remaining -= 1;
        } else {
            chain.push(nearest);
        }
    }
    merges.sort_by(|x, y| {
        x.distance
            .total_cmp(&y.distance)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    merges
}

/// The groups left after the first `n - k` merges.
fn cut(merges: &[Merge], n: usize, k: usize) -> Vec<usize> {
    let mut sets = UnionFind::new(n);
    for merge in merges.iter().take(n.saturating_sub(k)) {
        let (ra, rb) = (sets.find(merge.a), sets.find(merge.b));
        sets.join(ra.min(rb), ra.max(rb));
    }
    let roots: Vec<usize> = (0..n).map(|i| sets.find(i)).collect();
    renumber(&roots)
}

/// Mean silhouette of a grouping, from a matrix of pairwise similarities.
fn silhouette(similarity: &[Vec<f32>], groups: &[usize]) -> f32 {
    let n = groups.len();
    let k = groups.iter().max().map_or(0, |m| m + 1);
    let mut total = 0.0;
    for i in 0..n {
        let mut sums = vec![0.0f32; k];
        let mut sizes = vec![0usize; k];
        for j in (0..n).filter(|&j| j != i) {
            sums[groups[j]] += 1.0 - similarity[i][j];
            sizes[groups[j]] += 1;
        }
        let own = groups[i];
        if sizes[own] == 0 {
            continue; // a group of one scores 0
        }
        let within = sums[own] / sizes[own] as f32;
        let between = (0..k)
            .filter(|&g| g != own && sizes[g] > 0)
            .map(|g| sums[g] / sizes[g] as f32)
            .fold(f32::INFINITY, f32::min);
        if between.is_finite() {
            total += (between - within) / within.max(between).max(f32::EPSILON);
        }
    }
    total / n.max(1) as f32
}

/// Numbers groups by their first member.
fn renumber(groups: &[usize]) -> Vec<usize> {
    let mut map: Vec<Option<usize>> = vec![None; groups.iter().max().map_or(0, |m| m + 1)];
    let mut next = 0;
    groups
        .iter()
        .map(|&g| {
            *map[g].get_or_insert_with(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Groups the vectors, choosing the number of groups (2 to `MAX_GROUPS`)
/// with the best silhouette.
pub fn group(vectors: &[Sparse], dimensions: usize, seed: u64) -> Vec<usize> {
    let n = vectors.len();
    if n < 4 {
        return vec![0; n];
    }
    let mut order: Vec<usize> = (0..n).collect();
    Rng::new(seed).shuffle(&mut order);
    order.truncate(SAMPLE);
    order.sort_unstable();
    let sample: Vec<&Sparse> = order.iter().map(|&i| &vectors[i]).collect();
    let similarity: Vec<Vec<f32>> = sample
        .iter()
        .map(|a| sample.iter().map(|b| dot(a, b)).collect())
        .collect();
    let merges = average_link(&similarity);
    let most = MAX_GROUPS.min(sample.len() / 2);
    let sample_groups = (2..=most)
        .map(|k| cut(&merges, sample.len(), k))
        .map(|groups| (silhouette(&similarity, &groups), groups))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or_else(|| vec![0; sample.len()], |(_, groups)| groups);
    if sample.len() == n {
        return sample_groups;
    }
    // Every vector joins the group whose centre is nearest.
    let k = sample_groups.iter().max().map_or(0, |m| m + 1);
    let mut centres = vec![vec![0.0f32; dimensions]; k];
    for (v, &g) in sample.iter().zip(&sample_groups) {
        v.iter().for_each(|&(id, w)| centres[g][id as usize] += w);
    }
    let assigned: Vec<usize> = vectors
        .iter()
        .map(|v| {
            (0..k)
                .max_by(|&a, &b| {
                    dot_dense(v, &centres[a])
                        .total_cmp(&dot_dense(v, &centres[b]))
                        .then(b.cmp(&a))
                })
                .unwrap_or(0)
        })
        .collect();
    renumber(&assigned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::themes::space::Space;

    #[test]
    fn separate_topics_fall_into_separate_groups() {
        let texts = [
            "The dragon guarded gold in the mountain cave.",
            "A dragon slept on gold deep in the mountain.",
            "The mountain dragon breathed fire over the gold.",
            "The king built a castle by the river.",
            "A castle rose where the king ruled the river lands.",
            "The king's castle stood on the river bank.",
            "Bees make honey from flowers in the meadow.",
            "The meadow flowers give bees their honey.",
            "Honey bees visit every flower in the meadow.",
        ];
        let space = Space::new(texts);
        let groups = group(&space.vectors, space.stems.len(), 7);
        assert_eq!(groups, vec![0, 0, 0, 1, 1, 1, 2, 2, 2]);
    }

    #[test]
    fn tiny_inputs_are_one_group() {
        let space = Space::new(["One text.", "Another text."]);
        assert_eq!(group(&space.vectors, space.stems.len(), 1), vec![0, 0]);
    }
}
