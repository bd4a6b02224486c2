package io.github.dsalab.lab.ratios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints measured pairs as a plain-text table: per pair ours, the baseline, the median ratio with
 * its range over the rounds (and how confident that range is), the goal, the verdict and the
 * allocation per step of both sides.
 */
public final class RatioTable {
  private static final String[] HEADERS = {
      "pair", "n", "ours", "baseline", "ratio", "range (CI)", "goal", "median", "all rounds", "alloc ours / base"};

  private RatioTable() {}

  /**
   * Renders the table.
   *
   * @param measurements the pairs, in the order to print
   * @return the table, one line per pair after a header line and a rule, each line ending in a newline
   */
  public static String render(List<PairMeasurement> measurements) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (PairMeasurement m : measurements) {
      rows.add(row(m));
    }
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(out, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
          rule[c] = "-".repeat(widths[c]);
        }
        appendRow(out, rule, widths);
      }
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      // Numbers read best right-aligned; the pair's name and the words left-aligned.
      boolean left = c == 0 || c == 7 || c == 8;
      String cell = cells[c];
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(left ? cell + pad : pad + cell);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String[] row(PairMeasurement m) {
    return new String[] {
        m.pair().title(),
        Integer.toString(m.size()),
        score(m.oursMedian(), m.scoreUnit()),
        score(m.baselineMedian(), m.scoreUnit()),
        String.format(Locale.ROOT, "%.3f", m.medianRatio()),
        String.format(Locale.ROOT, "%.3f-%.3f (%d%%, %d rounds)", m.lowRatio(), m.highRatio(),
            Math.round(100 * m.confidence()), m.ours().size()),
        String.format(Locale.ROOT, "<= %.2f", m.pair().goal()),
        m.medianMeetsGoal() ? "met" : "not met",
        m.verdict().label(),
        allocation(m)};
  }

  private static String score(double value, String unit) {
    return String.format(Locale.ROOT, "%.4g %s", value, unit);
  }

  private static String allocation(PairMeasurement m) {
    if (Double.isNaN(m.oursBytesPerStep()) || Double.isNaN(m.baselineBytesPerStep())) {
      return "not measured";
    }
    return String.format(Locale.ROOT, "%.1f / %.1f B per %s", m.oursBytesPerStep(), m.baselineBytesPerStep(),
        m.pair().unit());
  }
}
