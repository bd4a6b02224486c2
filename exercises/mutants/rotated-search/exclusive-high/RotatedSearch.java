// verdict: failing
// mistake: Starts high at length (exclusive) but treats it as inclusive, reading one past the end.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** Reference solution of the rotated search exercise (the statement is in the stub). */
public final class RotatedSearch {
  private RotatedSearch() {}

  /**
   * Finds {@code key} in a rotated ascending array of distinct elements.
   *
   * @param rotated a rotation of an ascending array of distinct elements
   * @param key the element to find
   * @param order the order of the array before rotation
   * @param <T> the type of elements
   * @return the index of {@code key}, or empty if it is absent
   */
  public static <T> OptionalInt indexOf(T[] rotated, T key, Comparator<? super T> order) {
    int low = 0;
    int high = rotated.length;
    // Invariant: if key is present, it is in [low, high].
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(rotated[middle], key);
      if (c == 0) {
        return OptionalInt.of(middle);
      }
      // One of [low, middle] and [middle, high] is sorted; the key is inside it or in the other.
      if (order.compare(rotated[low], rotated[middle]) <= 0) {
        if (order.compare(rotated[low], key) <= 0 && c > 0) {
          high = middle - 1;
        } else {
          low = middle + 1;
        }
      } else {
        if (c < 0 && order.compare(key, rotated[high]) <= 0) {
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
    }
    return OptionalInt.empty();
  }
}
