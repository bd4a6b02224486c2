/**
 * Traces of binary searches: each probe, and the window of positions the probes have not ruled
 * out yet, shrinking from the whole array to the answer.
 */
package io.github.dsalab.trace.search;
