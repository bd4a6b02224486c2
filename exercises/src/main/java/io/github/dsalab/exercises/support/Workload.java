package io.github.dsalab.exercises.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an exercise spec that the complexity gate calls: it builds an input of size
 * {@code n} of the given {@link InputFamily families} (from a fixed seed), runs the code under
 * test on it through a counting wrapper and returns the count.
 *
 * <p>The method is {@code static long name(int n)} when it serves one family, or
 * {@code static long name(InputFamily family, int n)} when it serves several. Together, a spec's
 * workloads serve exactly the families its exercise lists in {@code track.properties}, each once.
 *
 * <pre>{@code
 * @Workload({InputFamily.SHUFFLED, InputFamily.SORTED})
 * static long comparisons(InputFamily family, int n) { ... return comparator.count(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Workload {
  /**
   * Returns the input families this workload measures.
   *
   * @return at least one family
   */
  InputFamily[] value();
}
