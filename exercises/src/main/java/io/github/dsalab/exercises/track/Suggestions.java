package io.github.dsalab.exercises.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** "Did you mean": names within a small edit distance of a typo, or sharing one of its words. */
final class Suggestions {
  private Suggestions() {}

  static List<String> closest(String typo, List<String> names) {
    // Close spellings first; only when there are none, names that start alike or share a word.
    List<String> matches = new ArrayList<>();
    for (String name : names) {
      if (distance(typo, name) <= Math.max(2, name.length() / 4)) {
        matches.add(name);
      }
    }
    if (matches.isEmpty()) {
      for (String name : names) {
        if (startsAlike(typo, name) || sharesWord(typo, name)) {
          matches.add(name);
        }
      }
    }
    return matches.stream().sorted(Comparator.comparingInt(name -> distance(typo, name)))
        .limit(3).collect(Collectors.toList());
  }

  /** A short typo such as "bnary" for the start of "binary-search". */
  private static boolean startsAlike(String typo, String name) {
    for (String word : name.split("-")) {
      if (typo.length() >= 4 && distance(typo, word.substring(0, Math.min(word.length(), typo.length() + 1))) <= 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesWord(String typo, String name) {
    for (String word : typo.split("-")) {
      if (word.length() >= 4 && name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance with two rolling rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
