package io.github.dsalab.lab.cli;

import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.lab.counts.CountSuite;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.lab.reports.HtmlReport;
import io.github.dsalab.lab.reports.JsonReport;
import io.github.dsalab.lab.reports.Styling;
import io.github.dsalab.lab.reports.TerminalTable;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.LabResults;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.timing.TimingFailedException;
import io.github.dsalab.lab.timing.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The complexity lab's command line ({@code ./lab}): counts the operations of every dsa-core
 * algorithm on every input shape, fits each series to a complexity class, corroborates the counts
 * with a short JMH timing pass, and prints a table and writes an HTML report.
 *
 * <p>Exit codes: 0 done; 1 the run failed (for instance JMH returned no results); 2 a usage error
 * (unknown option, algorithm, topic or shape; a malformed {@code fit} file).
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    sortOptions = false,
    usageHelpWidth = 120,
    subcommands = {FitCommand.class, RatioCommand.class, TraceCommand.class},
    description = {
        "Measures how every dsa-core algorithm grows: exact operation counts (the verdict), then a short"
            + " JMH timing pass (the corroboration), each fitted to O(1) ... O(n!).",
        "Prints a table and writes an HTML report with one log-log chart per algorithm.",
        "The commands below: fit, ratios and trace are the lab's; the others are the exercise track's (./lab COMMAND --help)."},
    footer = {"", "Examples:",
        "  ./lab                                   counts, then timings (about 3 minutes)",
        "  ./lab --counts-only                     counts only (seconds)",
        "  ./lab --thorough                        every shape timed, 2 forks (about 10 minutes)",
        "  ./lab --topics sort --shapes random,reversed",
        "  ./lab --algorithms insertion-sort --sizes 64,128,256,512,1024",
        "  ./lab fit measurements.csv              fit your own n,value samples",
        "  ./lab ratios                            dsa-core against the JDK, paired JMH forks",
        "  ./lab trace merge-sort --n 48           watch an algorithm run, step by step"})
public final class Lab implements Callable<Integer> {
  /**
   * The timing pass's default share of the 3-minute default run, in seconds. At 120 s three quiet
   * runs took 2:07–2:13 in all, and two of sixteen timing verdicts changed between them (each time
   * between "agrees" and "no single class fits"); the rest of the three minutes buys longer, less
   * noisy iterations.
   */
  static final int DEFAULT_TIME_BUDGET = 150;
  static final int THOROUGH_FORKS = 2;
  static final int THOROUGH_TIME_BUDGET = 480;

  @Spec
  CommandSpec spec;

  @Option(names = "--algorithms", split = ",", paramLabel = "NAME",
      description = "Only these algorithms (see --list), e.g. quick-sort,binary-search.")
  List<String> algorithms = new ArrayList<>();

  @Option(names = "--topics", split = ",", paramLabel = "TOPIC",
      description = "Only these topics: ${COMPLETION-CANDIDATES}.", completionCandidates = TopicNames.class)
  List<String> topics = new ArrayList<>();

  @Option(names = "--shapes", split = ",", paramLabel = "SHAPE",
      description = "Only these input shapes: ${COMPLETION-CANDIDATES}. The timing pass times the random"
          + " shape unless shapes are given (or --thorough).", completionCandidates = ShapeNames.class)
  List<String> shapes = new ArrayList<>();

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Count (and time) at these sizes instead of each algorithm's own doubling sizes;"
          + " at least 5. Graph rows keep their own grid of V and E.")
  List<Integer> sizes = new ArrayList<>();

  @Option(names = "--counts-only", description = "Skip the JMH timing pass.")
  boolean countsOnly;

  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIME_BUDGET,
      description = "Target wall time of the timing pass (default: ${DEFAULT-VALUE}); iterations are"
          + " shortened or lengthened to fit.")
  int timeBudget;

  @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
      description = "JMH forks per timed workload (default: ${DEFAULT-VALUE}; use 2 or more for"
          + " figures you quote).")
  int forks;

  @Option(names = "--thorough", description = "Time every input shape (not only random), with " + THOROUGH_FORKS
      + " forks per workload and a budget of " + THOROUGH_TIME_BUDGET + " s (about " + THOROUGH_TIME_BUDGET / 60
      + " minutes), unless --shapes, --forks or --time-budget say otherwise: replicates from separate JVMs,"
      + " for figures you quote.")
  boolean thorough;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "lab-report",
      description = "Folder for the report (index.html, results.json; default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--json", description = "Print the results as JSON on stdout instead of the table.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for the count suite (default: up to 2).")
  Integer threads;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Option(names = "--list", description = "List the algorithms, topics and shapes, then exit.")
  boolean list;

  /**
   * Runs the lab.
   *
   * @param args command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  /** The lab's command line, ready to {@code execute}; exit code 2 on usage errors. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Lab());
    for (ExerciseCommand command : ExerciseCommand.values()) {
      commandLine.addSubcommand(command.commandName(), command.commandLine());
    }
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      out.print(Catalogue.describe());
      out.flush();
      return CommandLine.ExitCode.OK;
    }
    List<CountExperiment> selected = select();
    Progress progress = quiet ? Progress.silent() : Progress.toStandardError(true);
    List<String> notes = new ArrayList<>();

    long start = System.nanoTime();
    int threadCount = threads != null ? Math.max(1, threads) : Math.min(2, Runtime.getRuntime().availableProcessors());
    List<LabRow> rows = CountSuite.run(selected, threadCount, progress);
    double countSeconds = (System.nanoTime() - start) / 1e9;

    String timingSettings = "";
    double timingSeconds = 0;
    double waitedSeconds = 0;
    if (!countsOnly) {
      long timingStart = System.nanoTime();
      Timings.Outcome outcome;
      try {
        boolean forksGiven = spec.commandLine().getParseResult().hasMatchedOption("--forks");
        boolean budgetGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-budget");
        int timedForks = thorough && !forksGiven ? THOROUGH_FORKS : forks;
        int budget = thorough && !budgetGiven ? THOROUGH_TIME_BUDGET : timeBudget;
        outcome = Timings.run(rows, timedShapes(thorough), budget, timedForks, progress);
      } catch (TimingFailedException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println();
        err.println(Ansi.AUTO.string("@|bold,red Timing pass failed:|@ ") + e.getMessage());
        err.println("No table is printed: a table with empty timing columns would look like a measurement."
            + " Use --counts-only to see the counts alone.");
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
      }
      rows = outcome.rows();
      timingSettings = outcome.settings();
      notes.addAll(outcome.notes());
      waitedSeconds = outcome.waitedSeconds();
      timingSeconds = (System.nanoTime() - timingStart) / 1e9 - waitedSeconds;
    }

    LabResults results = new LabResults(rows, Seeds.labInputs(), timingSettings, countSeconds, timingSeconds, notes);
    Path report = HtmlReport.write(results, output);
    Path jsonFile = output.resolve("results.json");
    Files.writeString(jsonFile, JsonReport.render(results), StandardCharsets.UTF_8);
    if (json) {
      out.print(JsonReport.render(results));
    } else {
      out.println();
      out.print(TerminalTable.render(rows, terminalStyling(spec.commandLine().getColorScheme().ansi())));
      for (String note : notes) {
        out.println("note: " + note);
      }
      out.println();
      out.println("Report: " + report.toAbsolutePath().normalize());
      out.println("JSON:   " + jsonFile.toAbsolutePath().normalize());
      out.println(String.format(Locale.ROOT, "Wall time: %s (counts %s%s%s)",
          Progress.duration((System.nanoTime() - start) / 1e9), Progress.duration(countSeconds),
          countsOnly ? "" : ", timings " + Progress.duration(timingSeconds),
          waitedSeconds > 0 ? ", waiting for another JMH run " + Progress.duration(waitedSeconds) : ""));
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The experiments the options pick; unknown names are a usage error listing the valid ones. */
  List<CountExperiment> select() {
    List<CountExperiment> all = Catalogue.all();
    Set<String> topicFilter = validated("topic", topics, Catalogue.topics(all));
    Set<String> algorithmFilter = validated("algorithm", algorithms, Catalogue.algorithmNames(all));
    Set<String> shapeFilter = validated("shape", shapes, Catalogue.shapeNames());
    if (!sizes.isEmpty()) {
      if (sizes.stream().distinct().count() < 5) {
        throw new ParameterException(spec.commandLine(),
            "--sizes needs at least 5 distinct sizes to fit a class, got " + sizes);
      }
      if (sizes.stream().anyMatch(n -> n < 1)) {
        throw new ParameterException(spec.commandLine(), "--sizes must all be >= 1, got " + sizes);
      }
    }
    if (timeBudget < 1) {
      throw new ParameterException(spec.commandLine(), "--time-budget is " + timeBudget + ", must be >= 1 second");
    }
    if (forks < 1) {
      throw new ParameterException(spec.commandLine(), "--forks is " + forks + ", must be >= 1");
    }
    List<CountExperiment> selected = new ArrayList<>();
    for (CountExperiment experiment : all) {
      if ((topicFilter.isEmpty() || topicFilter.contains(Catalogue.normalise(experiment.topic())))
          && (algorithmFilter.isEmpty() || algorithmFilter.contains(Catalogue.normalise(experiment.algorithm())))
          && (shapeFilter.isEmpty() || shapeFilter.contains(Catalogue.normalise(experiment.shape().label())))) {
        selected.add(sizes.isEmpty() ? experiment : experiment.withSizes(sizes));
      }
    }
    if (selected.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "no experiment matches " + describeFilters() + "; see ./lab --list for what each algorithm is measured on");
    }
    return selected;
  }

  private Set<InputShape> timedShapes(boolean everyShape) {
    Set<InputShape> timed = new LinkedHashSet<>();
    if (shapes.isEmpty() && everyShape) {
      timed.addAll(List.of(InputShape.values()));
    } else if (shapes.isEmpty()) {
      timed.add(InputShape.RANDOM);
    } else {
      for (String shape : shapes) {
        timed.add(InputShape.fromLabel(shape));
      }
    }
    return timed;
  }

  private Set<String> validated(String kind, Collection<String> given, Collection<String> valid) {
    Map<String, String> byNormalised = new LinkedHashMap<>();
    for (String name : valid) {
      byNormalised.put(Catalogue.normalise(name), name);
    }
    Set<String> result = new LinkedHashSet<>();
    for (String name : given) {
      String key = Catalogue.normalise(name);
      if (!byNormalised.containsKey(key)) {
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
            "Unknown %s '%s'. Valid %ss: %s", kind, name, kind, String.join(", ", valid)));
      }
      result.add(key);
    }
    return result;
  }

  private String describeFilters() {
    List<String> parts = new ArrayList<>();
    if (!topics.isEmpty()) {
      parts.add("topics " + topics);
    }
    if (!algorithms.isEmpty()) {
      parts.add("algorithms " + algorithms);
    }
    if (!shapes.isEmpty()) {
      parts.add("shapes " + shapes);
    }
    return parts.stream().collect(Collectors.joining(" and "));
  }

  /** picocli's completion candidates (and help text) for {@code --topics}. */
  static final class TopicNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return new LinkedHashSet<>(Catalogue.topics(Catalogue.all())).iterator();
    }
  }

  /** picocli's completion candidates (and help text) for {@code --shapes}. */
  static final class ShapeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Catalogue.shapeNames().iterator();
    }
  }

  /** The table's marks in picocli's ANSI colours, when the terminal shows them. */
  static Styling terminalStyling(Ansi ansi) {
    return (emphasis, text) -> {
      String colour = switch (emphasis) {
        case HEADING -> "bold";
        case GOOD -> "green";
        case DOUBTFUL -> "yellow";
        case BAD -> "red";
      };
      // picocli's markup treats "@|" and "|@" specially; escape them so a cell is shown as it is.
      return ansi.string("@|" + colour + " " + text.replace("@|", "@ |").replace("|@", "| @") + "|@");
    };
  }
}
