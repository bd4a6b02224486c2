/**
 * Traces of binary search trees: the search path of each put and get, and the AVL rotations,
 * watched through a tracing comparator and the tree's read-only shape view
 * ({@link io.github.dsalab.tree.TreeShape}).
 */
package io.github.dsalab.trace.tree;
