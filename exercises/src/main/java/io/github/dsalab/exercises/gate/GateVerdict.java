package io.github.dsalab.exercises.gate;

import io.github.dsalab.exercises.support.InputFamily;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the complexity gate decided, with what it measured so the learner can check it.
 *
 * @param kind pass, pass with a warning, or fail
 * @param measured the class the counts were fitted to on the deciding family, in words (e.g.
 *     {@code O(n)} or {@code O(n) or O(n log n)})
 * @param message one or two sentences for the learner
 * @param table the measured counts, one line per n (learner, reference, factor)
 * @param families what each family measured, in the manifest's order
 * @param page the HTML chart of the counts, once written
 */
public record GateVerdict(Kind kind, String measured, String message, String table,
    List<FamilyResult> families, Optional<Path> page) {
  public enum Kind { PASS, WARN, FAIL }

  public GateVerdict {
    Objects.requireNonNull(kind, "kind");
    families = List.copyOf(families);
    Objects.requireNonNull(page, "page");
  }

  /** A verdict without per-family data (a gate that could not measure). */
  public GateVerdict(Kind kind, String measured, String message, String table) {
    this(kind, measured, message, table, List.of(), Optional.empty());
  }

  /** This verdict, linking the chart at {@code file}. */
  GateVerdict withPage(Path file) {
    return new GateVerdict(kind, measured, message, table, families, Optional.of(file));
  }

  /** The family whose result decided the verdict, if the gate measured any. */
  Optional<FamilyResult> deciding() {
    return families.stream().filter(FamilyResult::deciding).findFirst();
  }

  /**
   * One family's measurement.
   *
   * @param family the input family
   * @param kind the verdict on this family alone
   * @param measured the fitted class, in words
   * @param points the learner's and the reference's count at each size
   * @param deciding whether this family decided the gate's verdict (the worst one)
   */
  record FamilyResult(InputFamily family, Kind kind, String measured, List<Point> points, boolean deciding) {
    FamilyResult {
      Objects.requireNonNull(family, "family");
      points = List.copyOf(points);
    }
  }

  /**
   * The counts at one size.
   *
   * @param n the size
   * @param learner the learner's count
   * @param reference the reference solution's count on the same input
   */
  record Point(int n, long learner, long reference) {
    /** How many times the reference's count the learner's is. */
    double factor() {
      return reference == 0 ? Double.POSITIVE_INFINITY : (double) learner / reference;
    }
  }
}
