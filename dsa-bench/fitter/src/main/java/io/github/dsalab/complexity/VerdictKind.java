package io.github.dsalab.complexity;

/**
 * The three answers a {@link Verdict} can give: a class stated with confidence, two classes the
 * data cannot separate, or no class at all because none fits within the measurements' own noise.
 *
 * <pre>{@code
 * switch (verdict.kind()) {
 *   case CONFIDENT -> report(verdict.best());
 *   case AMBIGUOUS, NO_SINGLE_CLASS -> report(verdict.toString());
 * }
 * }</pre>
 */
public enum VerdictKind {
  /** One class, stated with confidence: it fits within the noise and beats every rival. */
  CONFIDENT,
  /** Two classes both fit and the data cannot tell them apart: "ambiguous: X or Y". */
  AMBIGUOUS,
  /**
   * The best class misfits by more than the replicates' noise allows, even with a step and its
   * usual lower-order term: "no single class fits: grows like n^1.52 here".
   */
  NO_SINGLE_CLASS
}
