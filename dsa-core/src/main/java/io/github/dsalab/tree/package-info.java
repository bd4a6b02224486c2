/**
 * Binary search trees that are real {@link java.util.NavigableMap}s: {@link
 * io.github.dsalab.tree.BinarySearchTree}, the unbalanced textbook tree whose height depends on the
 * order of the keys, and {@link io.github.dsalab.tree.AvlTree}, the same tree kept within
 * {@code 1.44 log₂(n + 2)} levels by rotations.
 *
 * <p>Both share one implementation of the map contract (views, iterators, navigation) and differ
 * only in the walk back to the root after an insertion or deletion, which is where the AVL tree
 * rebalances. Both add what a learner wants to look at: {@code height()}, the four traversals
 * ({@code preorder}, {@code inorder}, {@code postorder}, {@code levelOrder}), and order statistics
 * ({@code rank}, {@code select}) in {@code O(height)} through subtree sizes cached in every node.
 * Nothing recurses along the height, so even a degenerate tree never overflows the call stack.
 */
package io.github.dsalab.tree;
