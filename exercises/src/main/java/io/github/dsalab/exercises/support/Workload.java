package io.github.dsalab.exercises.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of an exercise spec that the complexity gate calls: a {@code static long}
 * method taking the input size {@code n}, which builds an input of that size (from a fixed
 * seed), runs the learner's code on it through a counting wrapper and returns the count.
 *
 * <pre>{@code
 * @Workload
 * static long comparisons(int n) { ... return comparator.count(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Workload {}
