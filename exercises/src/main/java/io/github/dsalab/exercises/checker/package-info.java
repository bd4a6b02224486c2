/**
 * The exercise checker behind {@code ./lab list|check|hint|solution|reset|watch}.
 *
 * <p>A check compiles the learner's file with its spec in-process ({@code javax.tools}), runs the
 * spec through the JUnit Platform Launcher (Jupiter and jqwik) on a time-limited thread, turns a
 * failure into plain words (jqwik's shrunk sample, expected and actual, the learner's own stack
 * frames), and, once the tests pass, runs the complexity gate: the spec's workload counted over
 * growing n and fitted by the complexity lab's {@code ComplexityFitter}. Progress is kept in
 * {@code .dsa-progress} at the top of the checkout.
 */
package io.github.dsalab.exercises.checker;
