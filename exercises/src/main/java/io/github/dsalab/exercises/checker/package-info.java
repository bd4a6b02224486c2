/**
 * The exercise checker behind {@code ./lab list|check|hint|solution|reset|watch}.
 *
 * <p>A check compiles the learner's file with its spec in-process ({@code javax.tools}), rejects
 * shortcuts ({@code ShortcutInspector}: dsa-lab's own classes,
 * forbidden JDK APIs, reflection), then runs the spec through the JUnit Platform Launcher (Jupiter
 * and jqwik) in a forked JVM with heap, stack and time limits
 * ({@code IsolatedRun} and {@code ForkedCheck}: the checker's own JVM never runs learner
 * code), turns a failure into plain words (jqwik's shrunk sample, expected and actual, the
 * learner's own stack frames), and, once the tests pass, runs the complexity gate: the spec's workload counted over
 * growing n and fitted by the complexity lab's {@code ComplexityFitter}. Progress is kept in
 * {@code .dsa-progress} at the top of the checkout.
 */
package io.github.dsalab.exercises.checker;
