/**
 * The renderers: the terminal table, the self-contained HTML report with its XChart log-log
 * charts, and the JSON for scripts. They format results and write files; they do not measure or
 * fit anything.
 *
 * <p>May use {@code results}, {@code costs}, {@code inputs} and XChart. Terminal colour comes from
 * the caller as a {@link io.github.dsalab.lab.reports.Styling}, so no renderer imports the
 * command-line library.
 */
package io.github.dsalab.lab.reports;
