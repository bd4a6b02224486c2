package io.github.dsalab.lab.reports;

import io.github.dsalab.lab.costs.CacheLevel;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.results.Consistency;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.LabRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the lab's results as a plain-text table for the terminal, one row per algorithm and
 * input shape, with footnotes for timings that disagree with the counts. Colour (through the
 * caller's {@link Styling}) only marks agreement; the marks ✓ ~ ✗ carry the same meaning without it.
 */
public final class TerminalTable {
  private static final String[] HEADERS = {
      "algorithm", "shape", "expected", "count verdict", "timing verdict", "exponent ± CI", "ours/JDK"};

  private TerminalTable() {}

  /** The table of {@code rows}, with a legend and footnotes, marked by {@code styling}. */
  public static String render(List<LabRow> rows, Styling styling) {
    Parts parts = parts(rows, styling);
    return parts.table() + parts.notes();
  }

  /**
   * The table with its legend, and apart from it the notes under it (footnotes, then the cost per
   * operation): a page sets the table as it is and lets the notes' long lines wrap.
   *
   * @param table the rows, their rule and the legend, lines padded to columns
   * @param notes the numbered footnotes and the cost per operation of each timed row
   */
  record Parts(String table, String notes) {}

  /** {@link #render} in its two {@link Parts}. */
  static Parts parts(List<LabRow> rows, Styling styling) {
    List<String[]> cells = new ArrayList<>();
    List<Styling.Emphasis[]> colours = new ArrayList<>();
    List<String> footnotes = new ArrayList<>();
    for (LabRow row : rows) {
      CountExperiment experiment = row.experiment();
      FitView counts = row.counts().fit();
      String countMark;
      Styling.Emphasis countColour;
      if (counts.confirms(experiment.expected())) {
        countMark = " ✓";
        countColour = Styling.Emphasis.GOOD;
      } else if (counts.admits(experiment.expected())) {
        countMark = " ~";
        countColour = Styling.Emphasis.DOUBTFUL;
      } else {
        countMark = " ✗";
        countColour = Styling.Emphasis.BAD;
      }
      String timing;
      Styling.Emphasis timingColour = null;
      String ratio = "";
      if (row.timings() == null) {
        timing = "-";
      } else {
        FitView timed = row.timings().fit();
        if (row.consistency().state() == Consistency.State.INCONSISTENT) {
          footnotes.add(experiment.key() + ": " + grows(timed) + misfit(timed) + ", counts say " + counts.verdict()
              + ", and the cost per operation does not connect the two. Measured: "
              + row.consistency().reason() + ".");
          timing = noSingleClass(timed) + " [" + footnotes.size() + "]";
          timingColour = Styling.Emphasis.DOUBTFUL;
        } else if (row.consistency().state() == Consistency.State.EXPLAINED_BY_COST) {
          footnotes.add(experiment.key() + ": " + grows(timed) + misfit(timed) + ", counts say " + counts.verdict()
              + "; consistent through the measured cost: " + row.consistency().reason() + ".");
          timing = timingVerdict(row) + " [" + footnotes.size() + "]";
          timingColour = Styling.Emphasis.GOOD;
        } else {
          timing = timingVerdict(row);
          if (!timed.verdict().equals(counts.verdict())) {
            footnotes.add(experiment.key() + ": the timings alone read " + timed.verdict() + ", which admits the"
                + " counts' " + counts.verdict() + (row.consistency().reason().isEmpty() ? "."
                    : "; measured: " + row.consistency().reason() + "."));
            timing += " [" + footnotes.size() + "]";
          }
          timingColour = Styling.Emphasis.GOOD;
        }
        if (!Double.isNaN(row.baselineRatio())) {
          ratio = String.format(Locale.ROOT, "%.2f", row.baselineRatio());
        }
      }
      cells.add(new String[] {
          experiment.algorithm(), experiment.shape().label(), experiment.expected().displayName(),
          counts.verdict() + countMark, timing, exponent(counts), ratio});
      colours.add(new Styling.Emphasis[] {null, null, null, countColour, timingColour, null, null});
    }
    int[] widths = new int[HEADERS.length];
    for (int c = 0; c < HEADERS.length; c++) {
      widths[c] = HEADERS[c].length();
      for (String[] line : cells) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, HEADERS, new Styling.Emphasis[HEADERS.length], widths, styling, Styling.Emphasis.HEADING);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.append(rule).append(System.lineSeparator());
    String previousAlgorithm = null;
    for (int r = 0; r < cells.size(); r++) {
      String[] line = cells.get(r).clone();
      if (line[0].equals(previousAlgorithm)) {
        line[0] = "";
      } else {
        previousAlgorithm = line[0];
      }
      appendLine(out, line, colours.get(r), widths, styling, null);
    }
    out.append(System.lineSeparator())
        .append("✓ count verdict is the expected class   ~ ambiguous, expected class is one of the two"
            + "   ✗ differs from theory")
        .append(System.lineSeparator())
        .append("exponent: slope of log(count) against log(n) (graphs: against log V and log E) ± half its 95% interval;"
            + " ours/JDK: median time ratio at the largest timed size")
        .append(System.lineSeparator());
    StringBuilder notes = new StringBuilder();
    for (int i = 0; i < footnotes.size(); i++) {
      notes.append('[').append(i + 1).append("] ").append(footnotes.get(i)).append(System.lineSeparator());
    }
    notes.append(costs(rows));
    return new Parts(out.toString(), notes.toString());
  }

  /**
   * Per timed and counted row: nanoseconds per counted operation at each timed size, with the
   * working set and the cache level it fits in, then the profile's reading.
   */
  static String costs(List<LabRow> rows) {
    StringBuilder out = new StringBuilder();
    for (LabRow row : rows) {
      CostProfile costs = row.consistency().costs();
      if (costs.points().isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        out.append(System.lineSeparator()).append("cost per operation (time ÷ exact count at the same n; gc = share of")
            .append(" the time in garbage collection, JMH's GC profiler; ")
            .append(costs.caches().describe()).append("):").append(System.lineSeparator());
      }
      out.append("  ").append(row.experiment().key()).append(", ns per ").append(costs.operation()).append(':');
      for (OperationCost point : costs.points()) {
        out.append(String.format(Locale.ROOT, "  %,d (%s%s) %s", point.n(), point.workingSetBytes() == 0 ? "no data"
            : CacheLevel.bytesText(point.workingSetBytes()) + ", "
                + CostProfile.regionName(CostProfile.region(point, costs.caches()), costs.caches()),
            Double.isNaN(point.gcShare()) ? "" : String.format(Locale.ROOT, ", gc %.0f%%", 100 * point.gcShare()),
            significant(point.nanosecondsPerOperation())));
      }
      out.append(System.lineSeparator()).append("    ").append(costs.sentence()).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * A timing that the counts and the cost per operation do not explain has no class of the
   * algorithm's to name, whatever curve fits it best: only its measured growth is stated.
   */
  public static String noSingleClass(FitView timed) {
    return String.format(Locale.ROOT, "no single class fits: grows like n^%.2f here", timed.exponent());
  }

  /** How a timing that agrees with the counts says so: {@code agrees: O(n log n)}. */
  static final String AGREES = "agrees: ";

  /**
   * The timing verdict a row states, as the table, the page and the JSON show it:
   * {@code agrees: O(n log n)} when the timings admit the counts' class (alone, or as one of two
   * classes they cannot tell apart), or are the exact count times a measured cost per operation
   * that is constant or changes only as the data leaves a cache level or follows the machine's
   * measured memory latency; otherwise no class at all, only the measured growth. The table's footnotes give the
   * evidence (the timings' own fit, the cost per operation at each size).
   */
  public static String timingVerdict(LabRow row) {
    if (row.timings() == null) {
      return null;
    }
    return switch (row.consistency().state()) {
      case INCONSISTENT -> noSingleClass(row.timings().fit());
      // Time = exact count × a measured cost per operation that is constant, or changes only as the
      // data moves out through the memory hierarchy: the counts' class, by the timings' own evidence.
      case EXPLAINED_BY_COST -> AGREES + row.counts().fit().verdict();
      // The timings admit the counts' class (alone, or as one of two they cannot tell apart).
      default -> AGREES + row.counts().fit().verdict();
    };
  }

  /** {@code  (no class fits them alone: misfit at n = 16 (F = 14.2, p = 0.00001))}, or nothing when one does. */
  static String misfit(FitView timed) {
    return timed.fits() ? "" : " (no class fits them alone: " + timed.misfit() + ")";
  }

  /** {@code timings grow like n^1.52 here}. */
  public static String grows(FitView timed) {
    return String.format(Locale.ROOT, "timings grow like n^%.2f here", timed.exponent());
  }

  private static String significant(double value) {
    return value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2g", value);
  }

  public static String exponent(FitView fit) {
    return fit.exponentText();
  }

  private static void appendLine(StringBuilder out, String[] line, Styling.Emphasis[] colours, int[] widths,
      Styling styling, Styling.Emphasis style) {
    for (int c = 0; c < line.length; c++) {
      String text = line[c];
      String padded = c == line.length - 1 ? text : text + " ".repeat(widths[c] - text.length());
      Styling.Emphasis colour = style != null ? style : colours[c];
      if (colour != null && !text.isEmpty()) {
        padded = styling.style(colour, text) + " ".repeat(c == line.length - 1 ? 0 : widths[c] - text.length());
      }
      out.append(c == 0 ? "" : "  ").append(padded);
    }
    // Trailing spaces only make copied tables ragged.
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append(System.lineSeparator());
  }
}
