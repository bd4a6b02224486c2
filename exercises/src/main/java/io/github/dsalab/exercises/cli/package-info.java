/**
 * The learner's commands: {@code ./lab list|check|hint|solution|reset|watch} (picocli), the
 * learner's progress ({@code .dsa-progress} at the top of the checkout) and the session that finds
 * an exercise by name or number. A check itself is the {@code checker} package's work; this one
 * only turns its outcome into the exit code and the next step to take.
 */
package io.github.dsalab.exercises.cli;
