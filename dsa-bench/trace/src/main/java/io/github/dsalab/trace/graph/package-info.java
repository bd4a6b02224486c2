/**
 * Traces of graph searches (breadth-first, depth-first, Kahn's topological sort, Dijkstra's
 * shortest paths): each arc the algorithm reads, seen through a {@link
 * io.github.dsalab.trace.graph.TracingGraph} view, with the frontier, stack, times and distances
 * those reads imply, on a fixed layout of the graph; and, for code whose workings cannot be seen
 * (a learner's graph exercise), the arc reads alone and what they reach.
 */
package io.github.dsalab.trace.graph;
