package io.github.dsalab.graph;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A read-only {@code List<Integer>} over a prefix of an {@code int} array, optionally read
 * backwards. The search objects hand out their orders through it: O(1) to create, no copying,
 * and the caller cannot change the search's arrays through it.
 */
final class IntListView extends AbstractList<Integer> implements RandomAccess {
  private final int[] values;
  private final int size;
  private final boolean reversed;

  private IntListView(int[] values, int size, boolean reversed) {
    this.values = values;
    this.size = size;
    this.reversed = reversed;
  }

  /** A view of {@code values[0..size-1]}. */
  static IntListView of(int[] values, int size) {
    return new IntListView(values, size, false);
  }

  /** A view of {@code values[size-1]}, ..., {@code values[0]}. */
  static IntListView reversed(int[] values, int size) {
    return new IntListView(values, size, true);
  }

  @Override
  public Integer get(int index) {
    Objects.checkIndex(index, size);
    return values[reversed ? size - 1 - index : index];
  }

  @Override
  public int size() {
    return size;
  }
}
