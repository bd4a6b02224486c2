package io.github.dsalab.lab.counts;

import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.CountExperiment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every experiment the lab knows, topic by topic, in the order the table shows them. Names on the
 * command line match ignoring case, spaces and dashes: {@code insertion-sort}, {@code "insertion sort"}
 * and {@code InsertionSort} are the same algorithm.
 */
public final class Catalogue {
  private Catalogue() {}

  /** Every experiment, topic by topic. */
  public static List<CountExperiment> all() {
    List<CountExperiment> all = new ArrayList<>();
    all.addAll(SortCounts.experiments());
    all.addAll(SearchCounts.experiments());
    all.addAll(TreeCounts.experiments());
    all.addAll(HeapCounts.experiments());
    all.addAll(GraphCounts.experiments());
    return all;
  }

  public static List<String> topics(List<CountExperiment> experiments) {
    return experiments.stream().map(CountExperiment::topic).distinct().collect(Collectors.toList());
  }

  public static List<String> algorithmNames(List<CountExperiment> experiments) {
    return experiments.stream().map(e -> slug(e.algorithm())).distinct().collect(Collectors.toList());
  }

  public static List<String> shapeNames() {
    return Arrays.stream(InputShape.values()).map(InputShape::label).collect(Collectors.toList());
  }

  /** The command-line spelling of a name: {@code topological sort (Kahn)} as {@code topological-sort-kahn}. */
  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** The form names are compared in: lower case, letters and digits only. */
  public static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The text of {@code ./lab --list}. */
  public static String describe() {
    List<CountExperiment> all = all();
    StringBuilder text = new StringBuilder();
    String topic = null;
    String algorithm = null;
    for (CountExperiment experiment : all) {
      if (!experiment.topic().equals(topic)) {
        topic = experiment.topic();
        text.append(System.lineSeparator()).append("topic ").append(topic).append(System.lineSeparator());
        algorithm = null;
      }
      if (!experiment.algorithm().equals(algorithm)) {
        algorithm = experiment.algorithm();
        text.append("  ").append(slug(algorithm)).append(" (counts ").append(experiment.counted()).append(")")
            .append(experiment.timing() == null ? "" : ", timed as workload " + experiment.timing().workload()
                + (experiment.timing().baseline() == null ? "" : " vs " + experiment.timing().baselineName()))
            .append(System.lineSeparator());
      }
      text.append(String.format(Locale.ROOT, "    %-13s expected %-11s %s%n",
          experiment.shape().label(), experiment.expected(), experiment.why()));
    }
    text.append(System.lineSeparator()).append("shapes: ");
    for (InputShape shape : InputShape.values()) {
      text.append(System.lineSeparator()).append("  ").append(String.format(Locale.ROOT, "%-13s", shape.label()))
          .append(' ').append(shape.description());
    }
    return text.append(System.lineSeparator()).toString();
  }
}
