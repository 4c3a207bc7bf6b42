package org.jixiao.corpus.load;

/**
 * Union–find over {@code 0..n-1} with path halving. Table recovery uses it twice, in PDF drawings and in
 * scanned images: rulings that cross belong to one table, and grid cells with no border between them belong
 * to one merged cell.
 */
public final class DisjointSets {

    private final int[] parent;

    public DisjointSets(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    public int size() {
        return parent.length;
    }

    /** The representative of {@code i}'s set. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
