package io.github.dsalab.lab.cli;

import io.github.dsalab.graph.GraphFormatException;
import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.trace.InputShape;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TraceCatalogue;
import io.github.dsalab.trace.TracePage;
import io.github.dsalab.trace.TraceRequest;
import io.github.dsalab.trace.exercise.ExerciseReplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./lab trace ALGORITHM}: runs one dsa-core algorithm on a small input and writes a
 * self-contained HTML page that plays it step by step; prints the page's path.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 120,
    description = {
        "Watch an algorithm run: writes one HTML page (no network needed, opens from disk) that steps through"
            + " every comparison or arc the algorithm makes, forward and back, and prints its path."},
    footer = {"", "Examples:",
        "  ./lab trace merge-sort --n 48",
        "  ./lab trace insertion-sort --input 5,2,9,1",
        "  ./lab trace avl-tree --shape sorted",
        "  ./lab trace dijkstra-shortest-paths --graph seeds/graphs/tiny-weighted.txt",
        "  ./lab trace merge-sort --yours --input 3,1,2,1   your own merge sort, before ./lab check"})
public final class TraceCommand implements Callable<Integer> {
  /** A traced exercise input has at most 64 elements: a correct solution needs milliseconds. */
  private static final long YOUR_TIME_LIMIT_MILLIS = 10_000;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ALGORITHM", completionCandidates = TraceNames.class,
      description = "What to trace: ${COMPLETION-CANDIDATES} (names match ignoring case, spaces and dashes).")
  String algorithm;

  @Option(names = "--n", paramLabel = "N", description = "Input size, 1 to " + TraceRequest.MAX_N
      + " (default: the algorithm's, 10 to 48).")
  Integer n;

  @Option(names = "--shape", paramLabel = "SHAPE", description = "Input shape: random (default), sorted, reversed,"
      + " few-distinct.")
  String shape = "random";

  @Option(names = "--seed", paramLabel = "S", description = "Random seed of the input (default 42).")
  long seed = 42;

  @Option(names = "--input", paramLabel = "5,2,9,1", description = "Your own values instead of --n and --shape.")
  String input;

  @Option(names = "--graph", paramLabel = "FILE", description = "A graph file in the seeds/graphs format (default:"
      + " the family's seed graph).")
  Path graph;

  @Option(names = "--yours", description = "Trace your own solution of the exercise of that name"
      + " (exercises/workspace/...), before you check it: bubble-sort, selection-sort, insertion-sort, merge-sort,"
      + " quick-sort, heap-sort, binary-search, heapify, search-tree-basics.")
  boolean yours;

  @Option(names = "--output", paramLabel = "DIR", description = "Where the page goes (default: trace-report/).")
  Path output = Path.of("trace-report");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TraceRequest request = request();
    if (yours) {
      return traceYours(request, out, err);
    }
    String name = resolve(algorithm);
    Trace trace;
    try {
      trace = TraceCatalogue.trace(name, request);
    } catch (UncheckedIOException e) {
      err.println("trace: " + (e.getCause() instanceof GraphFormatException ? e.getCause().getMessage() : e.getMessage()));
      return CommandLine.ExitCode.USAGE;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return write(trace, name, out, err);
  }

  private int write(Trace trace, String fileName, PrintWriter out, PrintWriter err) {
    Path page;
    try {
      page = TracePage.write(trace, output.resolve(fileName + ".html"));
    } catch (IOException e) {
      err.println("trace: cannot write the page into " + output + ": " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
    out.println(trace.title() + ": " + (trace.steps().size() - 1) + " steps on " + trace.input());
    out.println("Result: " + trace.result());
    out.println("Page:   " + page.normalize());
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** {@code --yours}: the learner's current solution of an exercise, compiled from the workspace. */
  private int traceYours(TraceRequest request, PrintWriter out, PrintWriter err) {
    String exercise = null;
    for (String name : ExerciseReplay.exercises()) {
      if (Catalogue.normalise(name).equals(Catalogue.normalise(algorithm))) {
        exercise = name;
      }
    }
    if (exercise == null) {
      throw new ParameterException(spec.commandLine(), "Exercise '" + algorithm + "' cannot be traced. These can: "
          + String.join(", ", ExerciseReplay.exercises()));
    }
    Class<?> solution;
    try {
      solution = WorkspaceSolution.load(Path.of(System.getProperty("dsa.root", ".")), exercise);
    } catch (WorkspaceSolution.NotLoaded e) {
      err.println("trace: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    } catch (IOException e) {
      err.println("trace: cannot read your solution: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
    // A loop with no comparison in it would never reach the trace's step limit: give up after a while.
    String name = exercise;
    Trace[] trace = new Trace[1];
    Thread run = new Thread(() -> trace[0] = ExerciseReplay.trace(name, solution, request.values(12)), "your-solution");
    run.setDaemon(true);
    run.start();
    try {
      run.join(YOUR_TIME_LIMIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (trace[0] == null) {
      err.println("trace: your " + exercise + " ran for " + YOUR_TIME_LIMIT_MILLIS / 1000
          + " s without finishing (a loop that never ends?)");
      return CommandLine.ExitCode.SOFTWARE;
    }
    return write(trace[0], exercise + "-yours", out, err);
  }

  /** The catalogue name {@code given} stands for, or a usage error listing the valid ones. */
  private String resolve(String given) {
    for (String name : TraceCatalogue.names()) {
      if (Catalogue.normalise(name).equals(Catalogue.normalise(given))) {
        return name;
      }
    }
    throw new ParameterException(spec.commandLine(), "Unknown algorithm '" + given + "'. Valid algorithms: "
        + String.join(", ", TraceCatalogue.names()));
  }

  private TraceRequest request() {
    try {
      InputShape inputShape = InputShape.fromLabel(shape);
      int[] values = input == null ? null : TraceRequest.parseInput(input);
      if (graph != null && !Files.isRegularFile(graph)) {
        throw new IllegalArgumentException("--graph " + graph + ": no such file");
      }
      return new TraceRequest(n == null ? OptionalInt.empty() : OptionalInt.of(n), inputShape, seed, values,
          Optional.ofNullable(graph));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** picocli's completion candidates (and help text) for ALGORITHM. */
  static final class TraceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return TraceCatalogue.names().iterator();
    }
  }
}
