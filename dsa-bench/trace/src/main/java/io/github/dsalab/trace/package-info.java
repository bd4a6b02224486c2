/**
 * Step-by-step traces of algorithms, observed from outside, and the self-contained HTML page that
 * plays them back.
 *
 * <p>A {@link io.github.dsalab.trace.Trace} is a list of {@link io.github.dsalab.trace.Step}s,
 * each a line of text and the state after it. The tracers of the sub-packages record traces the
 * way the lab counts operations: through a tracing comparator, a graph view or a read-only shape
 * view, with no tracing code inside the algorithm, so they can trace dsa-core and a learner's own
 * code alike. {@link io.github.dsalab.trace.Replay} lines up two traces of the same input (yours
 * and the reference's) and finds the first step where they part, and
 * {@link io.github.dsalab.trace.TracePage} writes either as one HTML file that opens from disk.
 */
package io.github.dsalab.trace;
