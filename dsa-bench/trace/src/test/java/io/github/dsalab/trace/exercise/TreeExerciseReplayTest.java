package io.github.dsalab.trace.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.tree.TreeState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree exercises that compare keys, replayed comparison by comparison with bugs planted in
 * their reference solutions. The trees are small enough to follow by hand; the expected lines
 * were worked out that way.
 */
class TreeExerciseReplayTest {
  @TempDir static Path work;

  @Test
  void anAncestorSearchThatFollowsAAloneIsCaughtRightAfterBBranchesOff() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "tree", "LowestCommonAncestor",
        "if (ca < 0 && cb < 0) {", "if (ca < 0) {");
    // 5 (3 (1, 4), 8): at 3, a = 1 goes left but b = 4 goes right, so 3 is the answer (step 4 decides it).
    Replay replay = SolutionVariants.replay("lowest-common-ancestor", classes, "keys: [5, 3, 8, 1, 4]\ni: 3\nj: 4",
        "lowest-common-ancestor");
    assertEquals("lowestCommonAncestor(1, 4): compare 4 with 3", replay.reference().steps().get(4).event());
    assertEquals(5, replay.firstDifference(), replay.difference());
    assertEquals("step 5: the reference stopped (returned 3) where yours went on — lowestCommonAncestor(1, 4): "
        + "compare 1 with 1: 1 = 1", replay.difference());
    assertEquals(List.of("5", "3", "1"), ((TreeState) replay.yours().steps().get(5).state()).path());
  }

  @Test
  void aValidationThatAcceptsEqualNeighboursIsCaughtRightAfterComparingThem() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "tree", "ValidateSearchTree",
        "order.compare(previous.key, node.key) >= 0", "order.compare(previous.key, node.key) > 0");
    // The tree of [5, 3, 8] with its second node in preorder (3) changed to 5: 5₁ (5₂, 8).
    Replay replay = SolutionVariants.replay("validate-search-tree", classes,
        "keys: [5, 3, 8]\nchangedKey: 5\nposition: 1", "validate-search-tree");
    assertEquals("isSearchTree: compare 5₂ with 5₁", replay.reference().steps().get(1).event());
    assertEquals(2, replay.firstDifference(), replay.difference());
    assertEquals("step 2: the reference stopped (returned false) where yours went on — isSearchTree: compare 5₁ "
        + "with 8: 5₁ < 8", replay.difference());
    assertEquals("returned true", replay.yours().result());
  }
}
