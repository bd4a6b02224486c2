/**
 * What one counted operation costs in time, measured: the timing of a row divided by its exact
 * count at the same size ({@link io.github.dsalab.lab.costs.OperationCost}), set against the size
 * of the data and this machine's caches as the operating system reports them
 * ({@link io.github.dsalab.lab.costs.CacheSizes}) and against the latency of a random memory read
 * at each size, measured on the spot ({@link io.github.dsalab.lab.costs.MemoryLatency},
 * {@link io.github.dsalab.lab.costs.LatencyCurve}), and read as one plain sentence
 * ({@link io.github.dsalab.lab.costs.CostProfile}): "each comparison costs ~3 ns while the data
 * fits in L2 and ~40 ns once it spills to memory".
 *
 * <p>Uses nothing else of the lab.
 */
package io.github.dsalab.lab.costs;
