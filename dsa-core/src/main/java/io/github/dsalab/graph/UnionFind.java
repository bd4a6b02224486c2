package io.github.dsalab.graph;

/**
 * Union-find (disjoint sets) over the elements {@code 0} to {@code n - 1}: starts with every
 * element alone, merges sets, and tells which set an element is in. Kruskal's spanning tree
 * algorithm uses it to ask "would this edge close a cycle?".
 *
 * <p>Each set is a tree whose root names it. <em>Union by rank</em> hangs the shallower tree
 * under the deeper one, so trees stay {@code O(log n)} deep; <em>path compression</em> makes
 * every element met by {@code find} point straight at the root, which flattens trees further.
 * Together they make any sequence of {@code m} operations cost {@code O(m α(n))}, where the
 * inverse Ackermann function {@code α(n)} is at most 4 for any {@code n} that fits in memory.
 * {@code find} is a loop, not a recursion.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>amortized</th><th>worst single call</th></tr>
 *   <tr><td>{@code find}, {@code union}, {@code connected}</td><td>{@code O(α(n))}</td><td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code count}, {@code elementCount}</td><td>{@code O(1)}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>space</td><td colspan="2">5 bytes per element</td></tr>
 * </table>
 *
 * <pre>{@code
 * UnionFind sets = new UnionFind(5);
 * sets.union(0, 1); sets.union(3, 4);
 * boolean same = sets.connected(1, 0); // true; sets.count() is 3
 * }</pre>
 */
public final class UnionFind {
  private final int[] parent; // a root is its own parent
  private final byte[] rank; // an upper bound on the height of a root's tree; under 32
  private int count;

  /**
   * Creates {@code n} sets of one element each.
   *
   * @param n the number of elements, zero or more
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public UnionFind(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("element count " + n + " is negative");
    }
    parent = new int[n];
    rank = new byte[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    count = n;
  }

  /**
   * Returns the root of the set holding {@code p}, and makes every element on the way point to
   * it.
   *
   * @param p an element
   * @return the element that names the set of {@code p}
   * @throws IllegalArgumentException if {@code p} is not an element
   */
  public int find(int p) {
    check(p);
    int root = p;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[p] != root) {
      int next = parent[p];
      parent[p] = root;
      p = next;
    }
    return root;
  }

  /**
   * Merges the sets holding {@code p} and {@code q}.
   *
   * @param p an element
   * @param q an element
   * @return true if they were in different sets, false if already together
   * @throws IllegalArgumentException if {@code p} or {@code q} is not an element
   */
  public boolean union(int p, int q) {
    int rootP = find(p);
    int rootQ = find(q);
    if (rootP == rootQ) {
      return false;
    }
    if (rank[rootP] < rank[rootQ]) {
      parent[rootP] = rootQ;
    } else if (rank[rootP] > rank[rootQ]) {
      parent[rootQ] = rootP;
    } else {
      parent[rootQ] = rootP;
      rank[rootP]++;
    }
    count--;
    return true;
  }

  /**
   * Tells whether {@code p} and {@code q} are in the same set.
   *
   * @param p an element
   * @param q an element
   * @return true if they are
   * @throws IllegalArgumentException if {@code p} or {@code q} is not an element
   */
  public boolean connected(int p, int q) {
    return find(p) == find(q);
  }

  /**
   * Returns the number of disjoint sets.
   *
   * @return from {@code n} at the start down to 1 (0 if there are no elements)
   */
  public int count() {
    return count;
  }

  /**
   * Returns the number of elements {@code n}.
   *
   * @return {@code n}
   */
  public int elementCount() {
    return parent.length;
  }

  private void check(int p) {
    if (p < 0 || p >= parent.length) {
      throw new IllegalArgumentException(
          parent.length == 0
              ? "element " + p + " does not exist: there are no elements"
              : "element " + p + " is not between 0 and " + (parent.length - 1));
    }
  }

  /**
   * The rank invariants: a child's rank is below its parent's, a root of rank {@code r} holds at
   * least {@code 2^r} elements, and the roots number {@link #count()}.
   */
  boolean isValid() {
    int n = parent.length;
    int[] size = new int[n];
    int roots = 0;
    for (int i = 0; i < n; i++) {
      int p = parent[i];
      if (p < 0 || p >= n || (p != i && rank[p] <= rank[i])) {
        return false;
      }
      int root = i;
      while (parent[root] != root) {
        root = parent[root];
      }
      size[root]++;
      if (root == i) {
        roots++;
      }
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] == i && size[i] < (1L << rank[i])) {
        return false;
      }
    }
    return roots == count;
  }
}
