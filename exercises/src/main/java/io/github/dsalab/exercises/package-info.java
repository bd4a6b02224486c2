/**
 * The dsa-lab practice track: exercises, hints and the checker.
 *
 * <p>The exercises themselves are not in this source tree: their stubs, specs and reference
 * solutions live in {@code exercises/stubs}, {@code exercises/specs} and
 * {@code exercises/solutions}, and the checker ({@link io.github.dsalab.exercises.cli.Checker})
 * compiles them at run time. {@link io.github.dsalab.exercises.support} holds the few types the
 * exercises share.
 */
package io.github.dsalab.exercises;
