/**
 * The complexity gate: the learner's code measured on inputs of growing size, in every input
 * family the manifest lists, through counted operations, fitted by the complexity lab's
 * {@code ComplexityFitter} and judged on the worst family ({@code ComplexityGate}); a timing
 * against the reference for work no counter sees ({@code GateTiming}); a search for bad inputs
 * ({@code InputSearch}); and the page that charts the learner's counts beside the reference's
 * ({@code GateReport}). It runs inside the checker's forked JVM, never in the checker's own.
 */
package io.github.dsalab.exercises.gate;
