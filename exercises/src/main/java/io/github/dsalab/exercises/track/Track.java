package io.github.dsalab.exercises.track;

import io.github.dsalab.exercises.support.InputFamily;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exercise track: the exercises in order, read from the manifest
 * {@code exercises/track.properties}, and where each exercise's files live in a checkout.
 *
 * <p>Layout under {@code exercises/}: {@code stubs/} (the untouched stubs), {@code specs/} (the
 * tests), {@code solutions/} (reference solutions), and {@code workspace/} (the learner's copies,
 * made from the stubs on first use).
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code load}</td><td>{@code O(size of the manifest)}</td></tr>
 *   <tr><td>{@code find}</td><td>{@code O(exercises)}</td></tr>
 *   <tr><td>{@code suggestions}</td><td>{@code O(exercises × name length²)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Track track = Track.load(Path.of("."));
 * Exercise first = track.exercises().get(0);
 * Path file = track.workspaceFile(first);
 * }</pre>
 */
public final class Track {
  /** The manifest format this checker reads ({@code format = 1}). */
  static final int FORMAT = 1;
  /** The keys an exercise may have, besides {@code hint.N} and the gate's own {@code gate.*}. */
  private static final List<String> EXERCISE_KEYS = List.of("title", "class", "level", "complexity", "gate",
      "forbidden");

  private final Path root;
  private final List<Exercise> exercises;
  private final Map<String, List<String>> forbidden;

  private Track(Path root, List<Exercise> exercises, Map<String, List<String>> forbidden) {
    this.root = root;
    this.exercises = exercises;
    this.forbidden = forbidden;
  }

  /**
   * Reads the manifest of the checkout at {@code root}.
   *
   * @param root the checkout's top folder (the one holding {@code exercises/})
   * @return the track
   * @throws NullPointerException if {@code root} is null
   * @throws UncheckedIOException if the manifest cannot be read
   * @throws IllegalArgumentException if the manifest is malformed; the message says where
   */
  public static Track load(Path root) {
    Objects.requireNonNull(root, "root");
    Path manifest = root.resolve("exercises").resolve("track.properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
    Manifest file = new Manifest(manifest, properties);
    file.checkFormat();
    List<Exercise> exercises = new ArrayList<>();
    Map<String, List<String>> forbidden = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String name : split(file.required("track"))) {
      if (!seen.add(name)) {
        throw file.error("track", "exercise " + name + " is listed twice");
      }
      try {
        exercises.add(parse(properties, name, exercises.size() + 1));
      } catch (IllegalArgumentException e) {
        if (e.getMessage().startsWith(manifest.toString())) {
          throw e;
        }
        throw file.error(name + ".class", e.getMessage().replace("track.properties: ", ""));
      }
      forbidden.put(name, List.copyOf(split(properties.getProperty(name + ".forbidden", ""))));
    }
    file.checkKeys(seen);
    return new Track(root.toAbsolutePath().normalize(), Collections.unmodifiableList(exercises),
        Collections.unmodifiableMap(forbidden));
  }

  /**
   * The manifest's text, for messages that name a line, and the checks of its keys.
   */
  private static final class Manifest {
    final Path path;
    final Properties properties;
    final List<String> lines;

    Manifest(Path path, Properties properties) {
      this.path = path;
      this.properties = properties;
      try {
        this.lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }

    /** The line (from 1) where {@code key} is set, or 0. */
    int lineOf(String key) {
      Pattern pattern = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
      boolean continuation = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (!continuation && pattern.matcher(line + " ").find()) {
          return i + 1;
        }
        boolean comment = !continuation && (line.strip().startsWith("#") || line.strip().startsWith("!"));
        continuation = !comment && line.endsWith("\\");
      }
      return 0;
    }

    IllegalArgumentException error(String key, String problem) {
      int line = lineOf(key);
      return new IllegalArgumentException(path + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    String required(String key) {
      String value = properties.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(path + ": missing " + key);
      }
      return value.strip();
    }

    void checkFormat() {
      String value = required("format");
      int format;
      try {
        format = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw error("format", "format must be a whole number, got " + value);
      }
      if (format != FORMAT) {
        throw error("format", "format " + format + " is not the one this checker reads (" + FORMAT
            + (format > FORMAT ? "): update dsa-lab" : ")"));
      }
    }

    /** Rejects a key that nothing reads (a typo such as {@code hnt.3}), with "did you mean". */
    void checkKeys(Set<String> names) {
      for (String key : new TreeSet<>(properties.stringPropertyNames())) {
        if (key.equals("format") || key.equals("track")) {
          continue;
        }
        int dot = key.indexOf('.');
        String name = dot < 0 ? key : key.substring(0, dot);
        String rest = dot < 0 ? "" : key.substring(dot + 1);
        if (!names.contains(name)) {
          List<String> close = Suggestions.closest(name, new ArrayList<>(names));
          throw error(key, "unknown key " + key + ": no exercise " + name + " is in the track"
              + (close.isEmpty() ? "" : "; did you mean " + close.get(0) + rest(rest) + "?"));
        }
        if (EXERCISE_KEYS.contains(rest) || rest.startsWith("gate.") && rest.length() > 5) {
          continue;
        }
        if (rest.matches("hint\\.[1-9][0-9]*")) {
          int number = Integer.parseInt(rest.substring(5));
          if (number > 1 && properties.getProperty(name + ".hint." + (number - 1)) == null) {
            throw error(key, key + " has no " + name + ".hint." + (number - 1) + " before it: hints are numbered from 1 without gaps");
          }
          continue;
        }
        List<String> known = new ArrayList<>(EXERCISE_KEYS);
        for (int i = 1; i <= 9; i++) {
          known.add("hint." + i);
        }
        known.addAll(List.of("gate.sizes", "gate.counts", "gate.input"));
        List<String> close = Suggestions.closest(rest, known);
        throw error(key, "unknown key " + key + (close.isEmpty() ? "; an exercise's keys are "
            + String.join(", ", EXERCISE_KEYS) + ", hint.N and gate.*" : "; did you mean " + name + "." + close.get(0) + "?"));
      }
    }

    private static String rest(String rest) {
      return rest.isEmpty() ? "" : "." + rest;
    }
  }

  /**
   * Finds the checkout that holds the current directory: the closest ancestor with
   * {@code exercises/track.properties}.
   *
   * @param start the folder to start from
   * @return the checkout root, if any
   */
  public static Optional<Path> findRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("exercises").resolve("track.properties"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Exercise parse(Properties properties, String name, int number) {
    String prefix = name + ".";
    String[] type = required(properties, prefix + "class").split("\\.");
    if (type.length != 2) {
      throw new IllegalArgumentException("track.properties: " + prefix + "class must be topic.ClassName, got "
          + String.join(".", type));
    }
    List<String> hints = new ArrayList<>();
    for (int i = 1; properties.getProperty(prefix + "hint." + i) != null; i++) {
      hints.add(properties.getProperty(prefix + "hint." + i).strip());
    }
    Optional<GateSpec> gate = Optional.empty();
    String expected = properties.getProperty(prefix + "gate");
    if (expected != null) {
      List<Integer> sizes = split(required(properties, prefix + "gate.sizes")).stream()
          .map(Integer::valueOf).collect(Collectors.toList());
      gate = Optional.of(gate(properties, prefix, expected.strip(), sizes));
    }
    return new Exercise(number, name, required(properties, prefix + "title"), type[0], type[1],
        Integer.parseInt(required(properties, prefix + "level")),
        required(properties, prefix + "complexity"), gate, hints);
  }

  /** Reads the rest of a gate: its input families, and the optional timing and search. */
  private static GateSpec gate(Properties properties, String prefix, String expected, List<Integer> sizes) {
    List<InputFamily> families = new ArrayList<>();
    for (String key : split(required(properties, prefix + "gate.families"))) {
      try {
        families.add(InputFamily.fromKey(key));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("track.properties: " + prefix + "gate.families: " + e.getMessage(), e);
      }
    }
    Optional<GateSpec.Timing> timing = Optional.empty();
    String timedFamily = properties.getProperty(prefix + "gate.timing.family");
    if (timedFamily != null) {
      timing = Optional.of(new GateSpec.Timing(InputFamily.fromKey(timedFamily),
          number(properties, prefix + "gate.timing.size")));
    }
    OptionalInt search = properties.getProperty(prefix + "gate.search") == null ? OptionalInt.empty()
        : OptionalInt.of(number(properties, prefix + "gate.search"));
    Map<InputFamily, List<Integer>> familySizes = new EnumMap<>(InputFamily.class);
    for (InputFamily family : families) {
      String own = properties.getProperty(prefix + "gate.sizes." + family.key());
      if (own != null) {
        familySizes.put(family, split(own).stream().map(Integer::valueOf).collect(Collectors.toList()));
      }
    }
    try {
      return new GateSpec(expected, sizes, required(properties, prefix + "gate.counts"),
          required(properties, prefix + "gate.input"), families, timing, search, familySizes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("track.properties: " + prefix + "gate: " + e.getMessage(), e);
    }
  }

  private static int number(Properties properties, String key) {
    String value = required(properties, key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("track.properties: " + key + " must be a whole number, got " + value, e);
    }
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("track.properties: missing " + key);
    }
    return value.strip();
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * Returns what the exercise's statement forbids ({@code <name>.forbidden}): fully qualified JDK
   * types and methods, such as {@code java.util.Arrays.sort}.
   *
   * @param exercise an exercise of this track
   * @return an unmodifiable list, empty when nothing is forbidden
   */
  public List<String> forbidden(Exercise exercise) {
    return forbidden.getOrDefault(exercise.name(), List.of());
  }

  /**
   * Returns the exercises in track order.
   *
   * @return an unmodifiable list
   */
  public List<Exercise> exercises() {
    return exercises;
  }

  /**
   * Returns the checkout root.
   *
   * @return an absolute path
   */
  public Path root() {
    return root;
  }

  /**
   * Finds an exercise by name (case-insensitive) or by its number in the track.
   *
   * @param name a name such as {@code binary-search}, or a number such as {@code 7}
   * @return the exercise, if there is one
   */
  public Optional<Exercise> find(String name) {
    for (Exercise exercise : exercises) {
      if (exercise.name().equalsIgnoreCase(name) || String.valueOf(exercise.number()).equals(name)) {
        return Optional.of(exercise);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the names closest to a mistyped one, best first.
   *
   * @param typo the name that matched nothing
   * @return up to three names at a small edit distance, or sharing a word with {@code typo}
   */
  public List<String> suggestions(String typo) {
    return Suggestions.closest(typo.toLowerCase(java.util.Locale.ROOT),
        exercises.stream().map(Exercise::name).collect(Collectors.toList()));
  }

  /**
   * Returns the untouched stub.
   *
   * @param exercise the exercise
   * @return {@code exercises/stubs/<topic>/<Class>.java}
   */
  public Path stubFile(Exercise exercise) {
    return tree("stubs").resolve(exercise.relativeFile());
  }

  /**
   * Returns the exercise's tests.
   *
   * @param exercise the exercise
   * @return {@code exercises/specs/<topic>/<Class>Spec.java}
   */
  public Path specFile(Exercise exercise) {
    return tree("specs").resolve(exercise.topic()).resolve(exercise.simpleClassName() + "Spec.java");
  }

  /**
   * Returns the reference solution.
   *
   * @param exercise the exercise
   * @return {@code exercises/solutions/<topic>/<Class>.java}
   */
  public Path solutionFile(Exercise exercise) {
    return tree("solutions").resolve(exercise.relativeFile());
  }

  /**
   * Returns the learner's copy (it may not exist yet).
   *
   * @param exercise the exercise
   * @return {@code exercises/workspace/<topic>/<Class>.java}
   */
  public Path workspaceFile(Exercise exercise) {
    return tree("workspace").resolve(exercise.relativeFile());
  }

  /**
   * Returns the learner's progress file.
   *
   * @return {@code .dsa-progress} in the checkout root (git-ignored)
   */
  public Path progressFile() {
    return root.resolve(".dsa-progress");
  }

  private Path tree(String name) {
    return root.resolve("exercises").resolve(name);
  }
}
