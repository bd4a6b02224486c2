package io.github.dsalab.exercises.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a comparison-based exercise's spec that the gate's search for bad inputs
 * calls: {@code static long name(Integer[] values)} runs the code under test on (a copy of)
 * {@code values} through a counting comparator and returns the count. The search mutates inputs
 * of a fixed size to raise that count, then compares it with the reference solution's count on
 * the same input.
 *
 * <pre>{@code
 * @SearchWorkload
 * static long comparisons(Integer[] values) { ... return comparator.count(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SearchWorkload {}
