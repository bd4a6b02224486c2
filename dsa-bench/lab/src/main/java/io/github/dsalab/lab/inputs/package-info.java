/**
 * What the lab feeds the algorithms: input shapes, the arrays of each shape, the named seeds of
 * {@code seeds/seeds.properties}, size lists, and the graph generator behind the sample graphs and
 * the graph benchmark. Everything here is reproducible from a seed.
 *
 * <p>May use dsa-core only (McIlroy's quicksort adversary is dsa-core's
 * {@code io.github.dsalab.sort.QuicksortAdversary}).
 */
package io.github.dsalab.lab.inputs;
