package io.github.dsalab.exercises.track;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of the track, as the manifest {@code exercises/track.properties} describes it.
 *
 * @param number the position in the track, from 1
 * @param name the short name used on the command line, e.g. {@code binary-search}
 * @param title a one-line title
 * @param topic the topic, which is also the package and folder, e.g. {@code search}
 * @param simpleClassName the class the learner completes, e.g. {@code BinarySearch}
 * @param level the difficulty, 1 (warm-up) to 3 (hard)
 * @param complexity the expected cost, e.g. {@code O(log n)}
 * @param gate the complexity gate, if this exercise has one
 * @param hints the hints, revealed one at a time in this order
 */
public record Exercise(int number, String name, String title, String topic, String simpleClassName,
    int level, String complexity, Optional<GateSpec> gate, List<String> hints) {

  /** The package every exercise topic lives under. */
  public static final String BASE_PACKAGE = "io.github.dsalab.exercises";

  /**
   * Checks the fields and copies the hints.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the level is not between 1 and 3 or there are fewer than
   *     two hints
   */
  public Exercise {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(simpleClassName, "simpleClassName");
    Objects.requireNonNull(complexity, "complexity");
    Objects.requireNonNull(gate, "gate");
    hints = List.copyOf(hints);
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException(name + ": level " + level + " is not between 1 and 3");
    }
    if (hints.size() < 2) {
      throw new IllegalArgumentException(name + ": has " + hints.size() + " hints, needs at least 2");
    }
  }

  /**
   * Returns the fully qualified name of the learner's class.
   *
   * @return e.g. {@code io.github.dsalab.exercises.search.BinarySearch}
   */
  public String className() {
    return BASE_PACKAGE + "." + topic + "." + simpleClassName;
  }

  /**
   * Returns the fully qualified name of the spec (the exercise's tests).
   *
   * @return the class name followed by {@code Spec}
   */
  public String specClassName() {
    return className() + "Spec";
  }

  /**
   * Returns the path of the learner's file relative to a tree root such as {@code stubs/}.
   *
   * @return e.g. {@code search/BinarySearch.java}
   */
  public String relativeFile() {
    return topic + "/" + simpleClassName + ".java";
  }
}
