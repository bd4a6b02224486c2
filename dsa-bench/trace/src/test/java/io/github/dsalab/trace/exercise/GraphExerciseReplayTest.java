package io.github.dsalab.trace.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.graph.GraphState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph exercises replayed arc by arc, with bugs planted in their reference solutions: the
 * first difference is the first arc read (or the answer) where the bug shows from outside. The
 * expected lines were worked out by hand from each graph's adjacency lists.
 */
class GraphExerciseReplayTest {
  @TempDir static Path work;

  @Test
  void aBipartiteCheckThatColoursOnlyTheFirstComponentStopsWhereTheReferenceStartsTheNext() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "graph", "BipartiteCheck",
        "for (int start = 0; start < n; start++)", "for (int start = 0; start < Math.min(n, 1); start++)");
    // 0 – 1, then a triangle 3 – 4 – 2 – 3: vertex 2's list is [4, 3].
    Replay replay = SolutionVariants.replay("bipartite-check", classes, "n: 5\nendpoints: [0, 1, 3, 4, 4, 2, 2, 3]",
        "bipartite-check");
    // The component of 0 has two arcs (0 → 1, 1 → 0): steps 1 and 2; step 3 starts the next component.
    assertEquals(3, replay.firstDifference(), replay.difference());
    assertEquals("step 3: yours stopped (returned true) where the reference went on — read 2 → 4: "
        + "4 reached for the first time; 1 of 2 arcs of 2 read", replay.difference());
    assertEquals("returned false", replay.reference().result());
  }

  @Test
  void aScheduleThatCountsOutgoingArcsWithoutReadingThemIsCaughtAtTheFirstRead() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "graph", "CourseSchedule",
        "waitingFor[prerequisites.neighbour(u, i)]++;", "waitingFor[u]++;");
    Replay replay = SolutionVariants.replay("course-schedule", classes, "n: 4\nendpoints: [0, 1, 1, 2, 3, 2]",
        "course-schedule");
    // The reference's counting pass reads 0 → 1 first; the bug counts without reading any arc.
    assertEquals(1, replay.firstDifference(), replay.difference());
    assertEquals("step 1: yours stopped (returned Optional.empty) where the reference went on — read 0 → 1: "
        + "1 reached for the first time; 1 of 1 arcs of 0 read", replay.difference());
  }

  @Test
  void aDijkstraThatNeverImprovesADistanceReadsTheSameArcsAndPartsAtItsAnswer() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "graph", "ShortestPaths",
        "if (through < distance[w]) {", "if (through < distance[w] && distance[w] == Double.POSITIVE_INFINITY) {");
    // 0 → 1 (5), 0 → 2 (1), 2 → 1 (1), 1 → 3 (1): both read these four arcs, in this order.
    Replay replay = SolutionVariants.replay("dijkstra", classes,
        "n: 4\ntriples: [0, 1, 5, 0, 2, 1, 2, 1, 1, 1, 3, 1]\nsource: 0", "dijkstra");
    assertEquals(5, replay.firstDifference(), replay.difference());
    assertEquals("step 5: yours — returned [0, 5, 1, 6]; the reference — returned [0, 2, 1, 3]", replay.difference());
    assertEquals("read 2 → 1 (weight 1)", replay.yours().steps().get(3).event());
  }

  @Test
  void aCorrectSolutionAgreesAndItsPictureReachesEveryVertexOfTheComponent() throws Exception {
    Class<?>[] classes = SolutionVariants.referenceAndBugged(work, "graph", "ConnectedComponents",
        "int components = 0;", "int components = 0;");
    Replay replay = SolutionVariants.replay("connected-components", classes, "n: 6\nendpoints: [0, 3, 1, 4, 4, 5]",
        "connected-components-correct");
    assertEquals(-1, replay.firstDifference(), replay.difference());
    assertEquals("returned [0, 1, 2, 0, 1, 1]", replay.yours().result());
    GraphState last = (GraphState) replay.yours().finalState();
    // Vertex 2 has no arc: no read reaches it, so the picture cannot show it reached.
    assertEquals(List.of(0, 3, 1, 4, 5), last.output());
    assertEquals(List.of("done", "done", "unseen", "done", "done", "done"), last.status());
    assertTrue(ExerciseReplay.replay("connected-components", classes[1], classes[0], "endpoints: [0, 1]").isEmpty(),
        "a sample without n");
  }
}
