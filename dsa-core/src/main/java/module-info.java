/**
 * dsa-core: searching, sorting, trees, heaps and graphs, written to be read and fast enough to use.
 * It has no runtime dependencies.
 */
module io.github.dsalab.core {
  exports io.github.dsalab.counting;
  exports io.github.dsalab.graph;
  exports io.github.dsalab.heap;
  exports io.github.dsalab.search;
  exports io.github.dsalab.sort;
  exports io.github.dsalab.tree;
}
