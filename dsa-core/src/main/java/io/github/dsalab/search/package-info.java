/**
 * Searching sorted data by halving: {@link io.github.dsalab.search.BinarySearch} finds a key in a
 * sorted array or list, the first position where a key could be inserted, and the first value for
 * which a monotone condition turns true ("binary search on the answer").
 *
 * <p>Each probe halves the candidates, so a search of n elements takes about {@code log2(n)}
 * probes: twenty for a million, forty for a trillion.
 */
package io.github.dsalab.search;
