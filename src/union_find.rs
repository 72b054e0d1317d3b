//! A union-find (disjoint sets) over `0..n`, with path halving.

#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of two representatives; `keep` stays representative.
    pub fn join(&mut self, keep: usize, gone: usize) {
        self.parent[gone] = keep;
    }
}

#[cfg(test)]
mod tests {
    use super::UnionFind;

    #[test]
    fn joined_sets_share_a_representative() {
        let mut sets = UnionFind::new(4);
        sets.join(0, 2);
        let (a, b) = (sets.find(3), sets.find(2));
        sets.join(a, b);
        assert_eq!(sets.find(0), sets.find(3));
        assert_ne!(sets.find(1), sets.find(0));
    }
}
