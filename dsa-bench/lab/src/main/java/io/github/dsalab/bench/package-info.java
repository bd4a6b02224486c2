/**
 * The complexity lab ({@code ./lab}): counts the operations of every dsa-core algorithm on every
 * input shape, fits each series to a complexity class with {@code io.github.dsalab.complexity},
 * corroborates the counts with a short JMH timing pass over the {@code *Benchmark} classes, and
 * prints a table and writes an HTML report and JSON.
 *
 * <p>{@link io.github.dsalab.bench.Lab} is the entry point; the rest of the package is the lab's
 * machinery and is package-private.
 */
package io.github.dsalab.bench;
