/**
 * Traces of sorts: every comparison, and the moves the sort made before the next one, seen by
 * watching the array from a tracing comparator.
 */
package io.github.dsalab.trace.sort;
