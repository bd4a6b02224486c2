package io.github.dsalab.graph;

/**
 * One weighted edge, as the algorithms that return sets of edges (such as
 * {@link KruskalMinimumSpanningTree}) hand them out. In an undirected graph {@code from} and
 * {@code to} are just the two ends.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every accessor</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * WeightedEdge road = new WeightedEdge(0, 3, 12.5);
 * int other = road.from() == 0 ? road.to() : road.from();
 * double km = road.weight();
 * }</pre>
 *
 * @param from one end, the tail if the graph is directed
 * @param to the other end, the head if the graph is directed
 * @param weight the weight
 */
public record WeightedEdge(int from, int to, double weight) {}
