package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.BinaryNode;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Trees;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LowestCommonAncestorSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();
  private static final BinaryNode<Integer> EXAMPLE = Trees.insertAll(List.of(6, 2, 8, 0, 4, 7, 9, 3, 5), ORDER);

  @Test
  void keysOnBothSidesMeetAtTheRoot() {
    assertEquals(6, LowestCommonAncestor.lowestCommonAncestor(EXAMPLE, 2, 8, ORDER));
  }

  @Test
  void aKeyCanBeItsOwnAncestor() {
    assertEquals(2, LowestCommonAncestor.lowestCommonAncestor(EXAMPLE, 2, 4, ORDER));
    assertEquals(5, LowestCommonAncestor.lowestCommonAncestor(EXAMPLE, 5, 5, ORDER));
  }

  @Test
  void findsDeeperAncestors() {
    assertEquals(4, LowestCommonAncestor.lowestCommonAncestor(EXAMPLE, 3, 5, ORDER));
    assertEquals(8, LowestCommonAncestor.lowestCommonAncestor(EXAMPLE, 9, 7, ORDER));
  }

  @Property(tries = 300)
  void matchesTheDeepestCommonNodeOfTheTwoPaths(@ForAll @NotEmpty @Size(max = 25) Set<@IntRange(min = 0, max = 40) Integer> keys,
      @ForAll @IntRange(min = 0, max = 24) int i, @ForAll @IntRange(min = 0, max = 24) int j) {
    List<Integer> list = new ArrayList<>(keys);
    BinaryNode<Integer> root = Trees.insertAll(list, ORDER);
    int a = list.get(i % list.size());
    int b = list.get(j % list.size());
    List<Integer> pathA = path(root, a);
    List<Integer> pathB = path(root, b);
    int common = 0;
    while (common < Math.min(pathA.size(), pathB.size()) && pathA.get(common).equals(pathB.get(common))) {
      common++;
    }
    assertEquals(pathA.get(common - 1), LowestCommonAncestor.lowestCommonAncestor(root, a, b, ORDER),
        "lowestCommonAncestor(" + root + ", " + a + ", " + b + ")");
  }

  private static List<Integer> path(BinaryNode<Integer> root, int key) {
    List<Integer> path = new ArrayList<>();
    for (BinaryNode<Integer> node = root; node != null; node = key < node.key ? node.left : node.right) {
      path.add(node.key);
      if (node.key == key) {
        break;
      }
    }
    return path;
  }

  /** Comparisons for 32 queries in a tree of each shape. */
  @Workload({InputFamily.BALANCED, InputFamily.RANDOM_TREE})
  static long comparisons(InputFamily family, int n) {
    BinaryNode<Integer> root = Trees.searchTree(family, n);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      int a = (int) (2L * n * i / 32);
      int b = (int) (2L * ((long) n * i / 32 + n / 64)) % (2 * n);
      LowestCommonAncestor.lowestCommonAncestor(root, a, b, order);
    }
    return order.count();
  }
}
