/**
 * Graphs over the vertices {@code 0..V-1} and the classic algorithms on them.
 *
 * <p><b>Representation.</b> {@link io.github.dsalab.graph.Graph} is the read-only interface every
 * algorithm uses: vertex and edge counts, direction, and adjacency lists read by position
 * ({@code degree(v)}, {@code neighbour(v, i)}) with no allocation.
 * {@link io.github.dsalab.graph.Graph#builder(int)} and
 * {@link io.github.dsalab.graph.WeightedGraph#builder(int)} build immutable graphs in compressed
 * sparse rows (4 bytes per arc and per vertex, plus 8 per arc for weights);
 * {@link io.github.dsalab.graph.GraphReader} reads them from text files.
 * {@link io.github.dsalab.graph.CountingGraph} wraps any graph and counts the arcs an algorithm
 * scans.
 *
 * <p><b>Algorithms.</b> Each is a class whose constructor runs it and whose queries are then
 * {@code O(1)}, as with a search object: {@link io.github.dsalab.graph.BreadthFirstSearch},
 * {@link io.github.dsalab.graph.DepthFirstSearch}, {@link io.github.dsalab.graph.TopologicalSort},
 * {@link io.github.dsalab.graph.ConnectedComponents},
 * {@link io.github.dsalab.graph.StronglyConnectedComponents},
 * {@link io.github.dsalab.graph.Bipartite}, {@link io.github.dsalab.graph.DijkstraShortestPaths}
 * and {@link io.github.dsalab.graph.KruskalMinimumSpanningTree} (with
 * {@link io.github.dsalab.graph.UnionFind}). None of them recurses: depth-first searches keep an
 * explicit stack, so a path of a million vertices is no problem.
 *
 * <p>Throughout, {@code V} is the number of vertices and {@code E} the number of edges.
 */
package io.github.dsalab.graph;
