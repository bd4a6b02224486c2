package io.github.dsalab.trace;

import java.util.Locale;

/** The families of algorithms a trace can show; each has its own state type and its own drawing. */
public enum Family {
  /** Sorts: the array as bars ({@code io.github.dsalab.trace.sort.ArrayState}). */
  SORT,
  /** Binary search and {@code firstTrue}: the shrinking window. */
  SEARCH,
  /** Binary search trees: the tree, the search path, the rotations. */
  TREE,
  /** Binary heaps: the array and the tree side by side. */
  HEAP,
  /** Graph searches: vertices, edges, colours, distances. */
  GRAPH;

  /**
   * Returns the name the page uses for this family: {@code "sort"}.
   *
   * @return the lower-case name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
