package io.github.dsalab.exercises.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A kind of input the complexity gate measures an exercise on. A gate measures every family its
 * exercise lists in {@code track.properties} ({@code <name>.gate.families}) and judges the worst,
 * because a solution can be fast on shuffled input and quadratic on sorted input, or fast on a
 * sparse graph and slow on a dense one.
 *
 * <p>Each family has a manifest key (e.g. {@code few-distinct}) and the words the gate uses in a
 * verdict ("on input with few distinct values measured ...").
 *
 * <pre>{@code
 * InputFamily family = InputFamily.fromKey("few-distinct");   // FEW_DISTINCT
 * String words = family.description();                       // "input with few distinct values"
 * Integer[] values = Inputs.array(family, 1024);
 * }</pre>
 */
public enum InputFamily {
  /** Whatever the exercise naturally takes, when the shape of the input does not matter. */
  TYPICAL("typical", "the usual input"),
  /** Random values, fixed by {@link Inputs#SEED}. */
  RANDOM("random", "random input"),
  /** The distinct values {@code 0 .. n-1} in a random order. */
  SHUFFLED("shuffled", "shuffled input"),
  /** Distinct values in ascending order. */
  SORTED("sorted", "sorted input"),
  /** Distinct values in descending order. */
  REVERSED("reversed", "reversed input"),
  /** Only a handful of distinct values (see {@link Inputs#array}). */
  FEW_DISTINCT("few-distinct", "input with few distinct values"),
  /** Every value the same. */
  ALL_EQUAL("all-equal", "input of equal values"),
  /** Sorted, with long runs of equal keys, and the searches aimed at those runs. */
  EQUAL_RUNS("equal-runs", "sorted input with long runs of equal keys"),
  /**
   * An input built against the code under test by an adversary that watches its comparisons
   * (M. D. McIlroy, "A Killer Adversary for Quicksort", 1999): quadratic for any pivot choice
   * that does not use randomness the input cannot see.
   */
  ADVERSARY("adversary", "an adversary's input built against your pivot choices"),
  /** A sorted array rotated by a third of its length. */
  ROTATED("rotated", "a rotated sorted array"),
  /** Two sorted lists whose elements alternate. */
  INTERLEAVED("interleaved", "interleaved lists"),
  /** Two sorted lists, all of one below all of the other. */
  ONE_AFTER_OTHER("one-after-other", "lists where one ends before the other starts"),
  /** A long list and a short one. */
  UNEVEN("uneven", "a long list and a short one"),
  /** A graph with a few times as many edges as vertices. */
  SPARSE("sparse", "a sparse graph (E a small multiple of V)"),
  /** A graph with about {@code V·√V / 2} edges. */
  DENSE("dense", "a dense graph (E about V·√V / 2)"),
  /** One long path: the deepest a search can go. */
  PATH("path", "a graph that is one long path"),
  /** A grid of open cells. */
  OPEN_GRID("open", "an open grid"),
  /** A grid whose walls force one winding path. */
  MAZE("maze", "a winding maze"),
  /** A perfectly balanced search tree. */
  BALANCED("balanced", "a balanced tree"),
  /** A search tree built by inserting shuffled keys (height about 2.99 log n on average). */
  RANDOM_TREE("random-tree", "a tree built from shuffled keys"),
  /** A search tree that is one chain of right children. */
  CHAIN("chain", "a chain-shaped tree");

  private final String key;
  private final String description;

  InputFamily(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /**
   * Returns the name the manifest uses.
   *
   * @return e.g. {@code few-distinct}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the family in words, to follow "on" in a verdict.
   *
   * @return e.g. {@code sorted input}
   */
  public String description() {
    return description;
  }

  /**
   * Finds the family the manifest names.
   *
   * @param key e.g. {@code sorted}
   * @return the family
   * @throws IllegalArgumentException if no family has that key; the message lists the valid ones
   */
  public static InputFamily fromKey(String key) {
    for (InputFamily family : values()) {
      if (family.key.equals(key.strip())) {
        return family;
      }
    }
    throw new IllegalArgumentException("unknown input family \"" + key + "\"; valid: "
        + Arrays.stream(values()).map(InputFamily::key).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return key.toLowerCase(Locale.ROOT);
  }
}
