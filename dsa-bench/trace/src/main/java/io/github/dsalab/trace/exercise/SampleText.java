package io.github.dsalab.trace.exercise;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failing input as the checker reports it: jqwik's shrunk sample, one {@code name: value} line
 * per parameter of the property ({@code n: 4}, {@code endpoints: [0, 1, 2, 3]}). Only whole
 * numbers and lists of them are read; other lines are kept as text and ignored.
 *
 * <p>Cost: {@code O(length of the text)} to read.
 *
 * <pre>{@code
 * SampleText sample = SampleText.parse("n: 4\nendpoints: [0, 1, 2, 3]");
 * sample.number("n");        // OptionalInt[4]
 * sample.list("endpoints");  // Optional[[0, 1, 2, 3]]
 * }</pre>
 */
final class SampleText {
  private static final Pattern LINE = Pattern.compile("(?m)^\\s*([A-Za-z_$][\\w$]*)\\s*[:=]\\s*(.*?)\\s*$");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");
  private static final Pattern LIST = Pattern.compile("\\[([-0-9, ]*)]");

  private final Map<String, String> values;
  private final String text;

  private SampleText(Map<String, String> values, String text) {
    this.values = values;
    this.text = text;
  }

  /** Reads the {@code name: value} lines of {@code text}; the first line of a name wins. */
  static SampleText parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      values.putIfAbsent(line.group(1), line.group(2));
    }
    return new SampleText(values, text);
  }

  /** The whole number called {@code name}, if the sample has one. */
  OptionalInt number(String name) {
    String value = values.get(name);
    if (value == null || !NUMBER.matcher(value).matches()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value));
    } catch (NumberFormatException tooLarge) {
      return OptionalInt.empty();
    }
  }

  /** The list of whole numbers called {@code name}, if the sample has one. */
  Optional<int[]> list(String name) {
    String value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    Matcher list = LIST.matcher(value);
    return list.matches() ? Optional.of(numbers(list.group(1))) : Optional.empty();
  }

  /** The first list of whole numbers anywhere in the sample, whatever its name. */
  Optional<int[]> firstList() {
    Matcher list = LIST.matcher(text);
    return list.find() ? Optional.of(numbers(list.group(1))) : Optional.empty();
  }

  private static int[] numbers(String inside) {
    String trimmed = inside.trim();
    if (trimmed.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(trimmed.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
  }
}
