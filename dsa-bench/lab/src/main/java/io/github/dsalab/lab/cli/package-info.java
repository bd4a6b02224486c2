/**
 * The lab's command line ({@code ./lab}): {@link io.github.dsalab.lab.cli.Lab} (the run and its
 * options), {@code ./lab fit FILE} with its sample-file parser, the exercise commands it lists in
 * its help (run by the exercise checker's jar), and the build's version.
 *
 * <p>May use every other package of the lab. It is the only package that imports picocli: the
 * renderers get their terminal colours from here as a {@link io.github.dsalab.lab.reports.Styling}.
 */
package io.github.dsalab.lab.cli;
