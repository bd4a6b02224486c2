package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.BinaryNode;
import io.github.dsalab.exercises.support.Trees;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TreeHeightSpec {
  @Test
  void countsLevels() {
    assertEquals(3, TreeHeight.height(Trees.insertAll(List.of(5, 3, 8, 4), Comparator.naturalOrder())));
  }

  @Test
  void theEmptyTreeHasHeightZeroAndALeafOne() {
    assertEquals(0, TreeHeight.height(null));
    assertEquals(1, TreeHeight.height(new BinaryNode<>(7)));
  }

  @Test
  void handlesATreeTwoHundredThousandLevelsDeep() {
    assertEquals(200_000, TreeHeight.height(Trees.rightChain(200_000)));
  }

  @Property(tries = 200)
  void matchesTheRecursiveDefinition(@ForAll @Size(max = 25) List<@IntRange(min = 0, max = 50) Integer> keys) {
    BinaryNode<Integer> root = Trees.insertAll(keys, Comparator.naturalOrder());
    assertEquals(recursiveHeight(root), TreeHeight.height(root), "height(" + root + ")");
  }

  private static int recursiveHeight(BinaryNode<Integer> node) {
    return node == null ? 0 : 1 + Math.max(recursiveHeight(node.left), recursiveHeight(node.right));
  }
}
