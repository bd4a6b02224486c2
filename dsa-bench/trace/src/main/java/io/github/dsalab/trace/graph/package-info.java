/**
 * Traces of graph searches (breadth-first, depth-first, Kahn's topological sort, Dijkstra's
 * shortest paths): each arc the algorithm reads, seen through a {@link
 * io.github.dsalab.trace.graph.TracingGraph} view, with the frontier, stack, times and distances
 * those reads imply, on a fixed layout of the graph.
 */
package io.github.dsalab.trace.graph;
