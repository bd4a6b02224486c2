/**
 * Traces of a learner's exercise solutions, and their replays beside the reference solution on
 * the input the checker found failing: the tracers of the other packages, applied through
 * reflection to the exercise's method. Sorts, searches and heaps are watched through the
 * comparator or predicate they are given, the tree exercises through the comparator on the
 * exercises' own nodes, the graph exercises through a view of the graph that reports every arc
 * read ({@link io.github.dsalab.trace.exercise.ExerciseReplay} dispatches; one class per family
 * reads its samples).
 */
package io.github.dsalab.trace.exercise;
