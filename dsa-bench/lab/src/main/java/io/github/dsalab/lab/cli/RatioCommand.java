package io.github.dsalab.lab.cli;

import io.github.dsalab.lab.ratios.HeadlinePair;
import io.github.dsalab.lab.ratios.Machine;
import io.github.dsalab.lab.ratios.PairMeasurement;
import io.github.dsalab.lab.ratios.PairedForks;
import io.github.dsalab.lab.ratios.RatioRunException;
import io.github.dsalab.lab.ratios.RatioTable;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./lab ratios}: times every headline pair, dsa-core against the JDK or JGraphT, in paired
 * JMH forks (ours, baseline, baseline, ours, ...), and prints ours, the baseline, the median ratio
 * with its range over the rounds, the goal and the allocation per operation of both.
 */
@Command(
    name = "ratios",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 120,
    description = {
        "Times dsa-core against its baseline on the headline pairs and prints the ratio ours / baseline.",
        "Forks alternate ours and the baseline (ABBA), so machine drift lands on both; each round gives"
            + " one ratio, and the table shows their median with the range of the rounds, a"
            + " distribution-free confidence interval for the median. Allocation per operation comes"
            + " from JMH's GC profiler.",
        "The defaults run 50 forks (7 pairs, 3 or 5 rounds, 2 sides) of 8 iterations of at least one call"
            + " each: twelve minutes or more on an idle machine, far longer on a busy one."},
    footer = {"", "Examples:",
        "  ./lab ratios                                  every pair, 3 or 5 rounds each",
        "  ./lab ratios --pairs quick-sort-objects,avl-tree --forks 5",
        "  ./lab ratios --pairs binary-search --n 250000 --iterations 5 --time 2"})
public final class RatioCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--pairs", split = ",", paramLabel = "PAIR",
      description = "Only these pairs: ${COMPLETION-CANDIDATES} (default: all).",
      completionCandidates = PairNames.class)
  List<String> pairs = new ArrayList<>();

  @Option(names = "--n", paramLabel = "N",
      description = "The size parameter for every pair chosen (default: each pair's own, 1000000; bfs 125000).")
  Integer size;

  @Option(names = "--forks", paramLabel = "K",
      description = "Paired rounds, i.e. forks per side, at least 2, for every pair chosen (default: 3;"
          + " 5 for avl-tree and binary-heap, whose forks wait on memory and swing most).")
  Integer forks;

  @Option(names = "--warmup-iterations", paramLabel = "W", defaultValue = "5",
      description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE}). On a busy machine a call at"
          + " n = 10^6 takes seconds, and a short warm-up may time our code before the JIT has compiled it,"
          + " while the JDK's TreeMap and PriorityQueue arrive warm from the JVM's own use.")
  int warmupIterations;

  @Option(names = "--iterations", paramLabel = "I", defaultValue = "3",
      description = "Measured iterations per fork (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "1",
      description = "Seconds per iteration (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  /** The pair names, for the help text. */
  static final class PairNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    PairNames() {
      super(Arrays.stream(HeadlinePair.values()).map(HeadlinePair::slug).toList());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<HeadlinePair> chosen = chosenPairs();
    List<PairedForks> plans = new ArrayList<>();
    try {
      for (HeadlinePair pair : chosen) {
        plans.add(new PairedForks(forks != null ? forks : pair.defaultRounds(), warmupIterations, iterations,
            seconds));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (size != null && size < 1000) {
      throw new ParameterException(spec.commandLine(), "--n is " + size + ", must be at least 1000");
    }
    double loadBefore = Machine.loadAverage();
    String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    List<PairMeasurement> measured = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      HeadlinePair pair = chosen.get(i);
      int n = size != null ? size : pair.defaultSize();
      try {
        measured.add(plans.get(i).measure(pair, n, line -> {
          if (!quiet) {
            err.println(line);
            err.flush();
          }
        }));
      } catch (RatioRunException e) {
        err.println("ratios: " + e.getMessage());
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
      }
    }
    double loadAfter = Machine.loadAverage();
    out.printf(Locale.ROOT, "./lab ratios, %s; %s%n", started, Machine.describe());
    out.printf(Locale.ROOT, "JMH: %s; one fork per side each, ABBA order; %d x %d s warm-up,"
        + " %d x %d s measured; load average %.2f before, %.2f after%n%n", roundsText(chosen), warmupIterations,
        seconds, iterations, seconds, loadBefore, loadAfter);
    out.print(RatioTable.render(measured));
    out.println();
    out.println("ratio = ours / baseline, lower is better for ours; median over the rounds, range = lowest-highest"
        + " round (a confidence interval for the median, at the level shown).");
    out.println("median: the goal judged on the median ratio; all rounds: met if every round meets it, not met if"
        + " none does, unclear otherwise.");
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** "3 paired rounds", or "3 paired rounds, 5 for avl-tree and binary-heap" under the defaults. */
  private String roundsText(List<HeadlinePair> chosen) {
    if (forks != null) {
      return forks + " paired rounds";
    }
    int common = chosen.stream().mapToInt(HeadlinePair::defaultRounds).min().orElse(3);
    java.util.Map<Integer, List<String>> others = new java.util.TreeMap<>();
    for (HeadlinePair pair : chosen) {
      if (pair.defaultRounds() != common) {
        others.computeIfAbsent(pair.defaultRounds(), k -> new ArrayList<>()).add(pair.slug());
      }
    }
    StringBuilder text = new StringBuilder(common + " paired rounds");
    others.forEach((rounds, slugs) -> text.append(", ").append(rounds).append(" for ")
        .append(slugs.size() == 1 ? slugs.get(0)
            : String.join(", ", slugs.subList(0, slugs.size() - 1)) + " and " + slugs.get(slugs.size() - 1)));
    return text.toString();
  }

  private List<HeadlinePair> chosenPairs() {
    if (pairs.isEmpty()) {
      return List.of(HeadlinePair.values());
    }
    Set<HeadlinePair> chosen = new LinkedHashSet<>();
    for (String name : pairs) {
      Optional<HeadlinePair> pair = HeadlinePair.bySlug(name);
      if (pair.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "Unknown pair '" + name + "'. Valid pairs: "
            + Arrays.stream(HeadlinePair.values()).map(HeadlinePair::slug).collect(Collectors.joining(", ")));
      }
      chosen.add(pair.get());
    }
    return new ArrayList<>(chosen);
  }
}
