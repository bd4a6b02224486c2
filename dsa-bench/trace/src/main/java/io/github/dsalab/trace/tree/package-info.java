/**
 * Traces of binary search trees: the search path of each put and get, and the AVL rotations,
 * watched through a tracing comparator and the tree's read-only shape view
 * ({@link io.github.dsalab.tree.TreeShape}); and any code on linked nodes (a learner's
 * validation, ancestor search or delete), comparison by comparison, its shape read from the nodes.
 */
package io.github.dsalab.trace.tree;
