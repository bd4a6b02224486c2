/**
 * One check of a learner's file, from source to verdict. {@code ExerciseCheck} compiles the file
 * with its spec in-process ({@code javax.tools}) and rejects shortcuts ({@code ShortcutInspector}:
 * dsa-lab's own classes, forbidden JDK APIs, reflection); then the spec runs through the JUnit
 * Platform Launcher (Jupiter and jqwik) in a forked JVM with heap, stack and processor-time limits
 * ({@code IsolatedRun} on this side, {@code ForkedCheck} in the fork: the checker's own JVM never
 * runs learner code), followed by the complexity gate (package {@code gate}) and the stress tests.
 * {@code OutcomeText} turns the {@code Outcome} into plain words (jqwik's shrunk sample, expected and
 * actual, the learner's own stack frames), and {@code FailureReplay} replays a failing sample beside
 * the reference solution.
 */
package io.github.dsalab.exercises.checker;
