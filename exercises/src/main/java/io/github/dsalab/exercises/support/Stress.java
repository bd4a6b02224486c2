package io.github.dsalab.exercises.support;

/**
 * The tag of an exercise's stress tests: the ones with inputs so large that a correct but
 * too-slow solution cannot finish them. The checker runs them last, after the complexity gate,
 * so a slow solution hears "correct, but measured O(n) where O(log n) is expected" rather than
 * a bare timeout. Tag a JUnit test with {@code @org.junit.jupiter.api.Tag(Stress.TAG)} and a
 * jqwik property with {@code @net.jqwik.api.Tag(Stress.TAG)}.
 *
 * <pre>{@code
 * @Test
 * @Tag(Stress.TAG)
 * void handlesTheLargestLong() { ... }
 * }</pre>
 */
public final class Stress {
  /** The tag name. */
  public static final String TAG = "stress";

  private Stress() {}
}
