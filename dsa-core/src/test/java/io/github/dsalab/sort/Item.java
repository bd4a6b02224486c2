package io.github.dsalab.sort;

import java.util.Comparator;

/** A key with an identity, to see whether a sort keeps equal keys in their original order. */
record Item(int key, int id) {
  static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

  static Item[] of(int[] keys) {
    Item[] items = new Item[keys.length];
    for (int i = 0; i < keys.length; i++) {
      items[i] = new Item(keys[i], i);
    }
    return items;
  }

  static int[] keys(Item[] items) {
    int[] keys = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      keys[i] = items[i].key();
    }
    return keys;
  }

  /**
   * True if {@code items} holds exactly the objects of {@code original} (made by {@link #of}), each
   * once: nothing lost, nothing duplicated.
   */
  static boolean isPermutationOf(Item[] items, Item[] original) {
    if (items.length != original.length) {
      return false;
    }
    boolean[] seen = new boolean[items.length];
    for (Item item : items) {
      if (item == null || item.id() < 0 || item.id() >= items.length || seen[item.id()]
          || item != original[item.id()]) {
        return false;
      }
      seen[item.id()] = true;
    }
    return true;
  }
}
