/**
 * The count experiments and their catalogue: per topic (sort, search, tree, heap, graph) which
 * dsa-core algorithm is counted on which input shape, the class theory expects (a
 * {@link io.github.dsalab.complexity.GrowthClass}, never a name), and the suite that counts them
 * all in parallel and fits each series.
 *
 * <p>May use {@code inputs}, {@code results}, dsa-core and the fitter; not the command line, the
 * timing pass or the renderers.
 */
package io.github.dsalab.lab.counts;
