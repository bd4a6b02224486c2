/**
 * Traces of a learner's exercise solutions, and their replays beside the reference solution on
 * the input the checker found failing: the tracers of the other packages, applied through
 * reflection to the exercise's method ({@code sort}, {@code indexOf}, {@code heapify}).
 */
package io.github.dsalab.trace.exercise;
