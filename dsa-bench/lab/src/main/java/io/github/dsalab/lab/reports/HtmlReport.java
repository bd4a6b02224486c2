package io.github.dsalab.lab.reports;

import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.Consistency;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.LabResults;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.results.Series;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the lab's report: one self-contained HTML file (charts embedded as PNG data URIs, no
 * scripts, no external files) with the results table and, per algorithm, a log-log chart of its
 * counts on every input shape (and of its timings, when timed), after a card per topic with all its
 * algorithms on one chart. Count charts of one topic share their axes.
 */
public final class HtmlReport {
  /** The report's file name inside the output folder. */
  static final String FILE_NAME = "index.html";
  /** Marks each per-algorithm chart, so tests (and readers of the source) can find them. */
  static final String CHART_CLASS = "algorithm-chart";

  private HtmlReport() {}

  /** Writes the report into {@code folder} (created if needed) and returns the file. */
  public static Path write(LabResults results, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE_NAME);
    Files.writeString(file, render(results), StandardCharsets.UTF_8);
    return file;
  }

  static String render(LabResults results) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>dsa-lab complexity report</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1250px}\n")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .7em;border-bottom:1px solid #ddd;text-align:left}\n")
        .append("th{background:#f4f4f4}.ok{color:#17752b}.warn{color:#a66a00}.bad{color:#b3261e}\n")
        .append(".card{border:1px solid #ddd;border-radius:6px;padding:1em;margin:1.2em 0}\n")
        .append(".charts img{margin-right:1em;max-width:100%}\ncode{background:#f4f4f4;padding:0 .2em}\n")
        .append("pre.table{overflow-x:auto}pre.notes{white-space:pre-wrap;overflow-wrap:anywhere}\n")
        .append("</style>\n</head>\n<body>\n<h1>dsa-lab: how each algorithm grows</h1>\n")
        .append("<p>Operation counts are exact and decide each verdict; JMH timings corroborate them.")
        .append(" Every fit compares the classes O(1) … O(n!) by BIC; when the runner-up is within 2 BIC")
        .append(" points the verdict is <em>ambiguous</em>. Inputs come from seed <code>")
        .append(results.seed()).append("</code>.</p>\n");
    html.append("<p>Count suite: ").append(Progress.duration(results.countSeconds()));
    if (!results.timingSettings().isEmpty()) {
      html.append("; timing pass: ").append(Progress.duration(results.timingSeconds())).append(" (")
          .append(escape(results.timingSettings())).append(")");
    } else {
      html.append("; no timing pass (counts only)");
    }
    html.append(".</p>\n");
    for (String note : results.notes()) {
      html.append("<p class=\"warn\">").append(escape(note)).append("</p>\n");
    }
    // The table keeps its columns (and scrolls sideways on a narrow window); the notes under it wrap.
    TerminalTable.Parts table = TerminalTable.parts(results.rows(), Styling.PLAIN);
    html.append("<h2>Results</h2>\n<pre class=\"table\">").append(escape(table.table())).append("</pre>\n")
        .append("<pre class=\"notes\">").append(escape(table.notes())).append("</pre>\n");

    Map<String, Map<String, List<LabRow>>> byTopic = new LinkedHashMap<>();
    for (LabRow row : results.rows()) {
      byTopic.computeIfAbsent(row.experiment().topic(), t -> new LinkedHashMap<>())
          .computeIfAbsent(row.experiment().algorithm(), a -> new ArrayList<>()).add(row);
    }
    // Cards are rendered in parallel (PNG encoding is most of the report's cost), then joined in order.
    List<java.util.concurrent.Callable<String>> cards = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<LabRow>>> topic : byTopic.entrySet()) {
      List<Series> counted = new ArrayList<>();
      List<Series> timed = new ArrayList<>();
      topic.getValue().values().forEach(rows -> rows.forEach(row -> {
        counted.add(row.counts());
        if (row.timings() != null) {
          timed.add(row.timings());
        }
        if (row.baselineTimings() != null) {
          timed.add(row.baselineTimings());
        }
      }));
      Charts.Range countRange = Charts.Range.covering(counted);
      Charts.Range timeRange = Charts.Range.covering(timed);
      boolean firstOfTopic = true;
      if (topic.getValue().size() > 1) {
        headings.add("<h2>" + escape(topic.getKey()) + "</h2>\n");
        firstOfTopic = false;
        String name = topic.getKey();
        Map<String, List<LabRow>> algorithms = topic.getValue();
        cards.add(() -> topicCard(name, algorithms, countRange, timeRange));
      }
      for (Map.Entry<String, List<LabRow>> algorithm : topic.getValue().entrySet()) {
        headings.add(firstOfTopic ? "<h2>" + escape(topic.getKey()) + "</h2>\n" : "");
        firstOfTopic = false;
        cards.add(() -> {
          StringBuilder card = new StringBuilder();
          appendAlgorithm(card, algorithm.getKey(), algorithm.getValue(), countRange, timeRange);
          return card.toString();
        });
      }
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    try {
      List<java.util.concurrent.Future<String>> rendered = pool.invokeAll(cards);
      for (int i = 0; i < rendered.size(); i++) {
        html.append(headings.get(i)).append(rendered.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while drawing the charts", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("could not draw a chart: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    html.append("<h2>How to read this</h2>\n<ul>\n")
        .append("<li>Points are medians per size, error bars the median absolute deviation (0 for exact counts).</li>\n")
        .append("<li>The solid line is the best-fitting class, the dashed line the runner-up; on log-log axes")
        .append(" O(n<sup>k</sup>) is a straight line of slope k, so O(n²) climbs twice as steeply as O(n).</li>\n")
        .append("<li>Charts of one topic share their axes: compare them side by side.</li>\n")
        .append("<li>The third chart divides each time by the exact count at the same n: the cost of one operation")
        .append(" against the size of the data, with this machine's cache sizes as dashed lines. A timing that grows")
        .append(" faster than the counts still agrees with them when that cost is constant, steps up only where the")
        .append(" data leaves a cache, or follows this machine's measured memory latency; otherwise it reads")
        .append(" <em>no single class fits</em>, with the measured figures.</li>\n")
        .append("<li>The timing chart shows the JDK's (or JGraphT's) time for the same work at the same sizes beside")
        .append(" ours.</li>\n")
        .append("</ul>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * The topic's algorithms together on the topic's axes: each algorithm's count on random input (or
   * its first shape), so {@code n²} against {@code n log n} is seen at once, and every timed row.
   */
  private static String topicCard(String topic, Map<String, List<LabRow>> algorithms, Charts.Range countRange,
      Charts.Range timeRange) throws IOException {
    List<Charts.Curve> counts = new ArrayList<>();
    List<Charts.Curve> times = new ArrayList<>();
    java.util.Set<String> baselines = new java.util.HashSet<>();
    String xTitle = "n";
    for (Map.Entry<String, List<LabRow>> algorithm : algorithms.entrySet()) {
      LabRow shown = algorithm.getValue().stream()
          .filter(row -> row.experiment().shape() == InputShape.RANDOM).findFirst()
          .orElse(algorithm.getValue().get(0));
      counts.add(new Charts.Curve(algorithm.getKey() + " / " + shown.experiment().shape().label(), shown.counts()));
      xTitle = shown.experiment().twoSizes() ? "V + E" : "n";
      if (shown.timings() != null) {
        times.add(new Charts.Curve(shown.experiment().key(), shown.timings()));
        if (shown.baselineTimings() != null && baselines.add(shown.experiment().timing().baselineName())) {
          times.add(new Charts.Curve(shown.experiment().timing().baselineName() + " / "
              + shown.experiment().shape().label(), shown.baselineTimings()));
        }
      }
    }
    StringBuilder card = new StringBuilder("<div class=\"card\">\n<h3>all of " + escape(topic)
        + " together</h3>\n<div class=\"charts\">");
    card.append("<img class=\"topic-chart\" alt=\"").append(escape(topic + ": every algorithm's count"))
        .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT).append("\" src=\"")
        .append(Charts.pngDataUri(Charts.chart(topic + ": operation counts", xTitle, "count", counts, countRange)))
        .append("\">");
    if (!times.isEmpty()) {
      card.append("<img class=\"topic-chart\" alt=\"").append(escape(topic + ": every timed algorithm"))
          .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT).append("\" src=\"")
          .append(Charts.pngDataUri(Charts.chart(topic + ": JMH time", xTitle, "ns per call", times, timeRange)))
          .append("\">");
    }
    return card.append("</div>\n</div>\n").toString();
  }

  private static void appendAlgorithm(StringBuilder html, String algorithm, List<LabRow> rows,
      Charts.Range countRange, Charts.Range timeRange) throws IOException {
    CountExperiment first = rows.get(0).experiment();
    html.append("<div class=\"card\">\n<h3>").append(escape(algorithm)).append("</h3>\n<div class=\"charts\">");
    List<Charts.Curve> countCurves = new ArrayList<>();
    List<Charts.Curve> timeCurves = new ArrayList<>();
    for (LabRow row : rows) {
      countCurves.add(new Charts.Curve(row.experiment().shape().label(), row.counts()));
      if (row.timings() != null) {
        timeCurves.add(new Charts.Curve(row.experiment().shape().label(), row.timings()));
      }
      if (row.baselineTimings() != null) {
        timeCurves.add(new Charts.Curve(row.experiment().timing().baselineName() + " / "
            + row.experiment().shape().label(), row.baselineTimings()));
      }
    }
    String xTitle = first.twoSizes() ? "V + E" : "n";
    html.append("<img class=\"").append(CHART_CLASS).append("\" alt=\"")
        .append(escape(algorithm + ": " + first.counted() + " against " + xTitle))
        .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
        .append("\" src=\"")
        .append(Charts.pngDataUri(Charts.chart(algorithm + ": " + first.counted(), xTitle,
            first.counted(), countCurves, countRange)))
        .append("\">");
    if (!timeCurves.isEmpty()) {
      html.append("<img class=\"timing-chart\" alt=\"").append(escape(algorithm + ": time per operation"))
          .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
          .append("\" src=\"")
          .append(Charts.pngDataUri(Charts.chart(algorithm + ": JMH time", xTitle, "ns per call",
              timeCurves, timeRange)))
          .append("\">");
    }
    List<Charts.CostCurve> costCurves = new ArrayList<>();
    for (LabRow row : rows) {
      // A row without data (first true searches a range of numbers) has no working set to plot against.
      if (!row.consistency().costs().points().isEmpty()
          && row.consistency().costs().points().stream().allMatch(point -> point.workingSetBytes() > 0)) {
        costCurves.add(new Charts.CostCurve(row.experiment().shape().label(), row.consistency().costs()));
      }
    }
    if (!costCurves.isEmpty()) {
      String operation = costCurves.get(0).costs().operation();
      html.append("<img class=\"cost-chart\" alt=\"").append(escape(algorithm + ": ns per " + operation
              + " against the working set, cache sizes marked"))
          .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
          .append("\" src=\"")
          .append(Charts.pngDataUri(Charts.costChart(algorithm + ": time ÷ count", operation, costCurves)))
          .append("\">");
    }
    html.append("</div>\n<table>\n<tr><th>shape</th><th>expected</th><th>count verdict</th><th>runner-up</th>")
        .append("<th>exponent (95% CI)</th><th>leading coefficient</th><th>R²</th><th>timing verdict</th>")
        .append("<th>ours/baseline</th><th>why</th></tr>\n");
    for (LabRow row : rows) {
      CountExperiment experiment = row.experiment();
      FitView fit = row.counts().fit();
      String css = fit.confirms(experiment.expected()) ? "ok" : fit.admits(experiment.expected()) ? "warn" : "bad";
      html.append("<tr><td>").append(escape(experiment.shape().label())).append("</td><td>")
          .append(escape(experiment.expected().displayName())).append("</td><td class=\"").append(css).append("\">")
          .append(escape(fit.verdict())).append("</td><td>").append(escape(fit.runnerUp().displayName())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", fit.exponent(), fit.exponentLow(), fit.exponentHigh()))
          .append("</td><td>").append(String.format(Locale.ROOT, "%.4g", fit.coefficient()))
          .append("</td><td>").append(String.format(Locale.ROOT, "%.5f", fit.rSquared())).append("</td><td>");
      if (row.timings() == null) {
        html.append("-");
      } else if (row.consistency().state() == Consistency.State.INCONSISTENT) {
        html.append("<span class=\"warn\">").append(escape(TerminalTable.noSingleClass(row.timings().fit())))
            .append("</span><br><small>").append(escape(TerminalTable.misfit(row.timings().fit()).strip()))
            .append(" the cost per operation does not connect it to the counts; measured: ")
            .append(escape(row.consistency().reason())).append("</small>");
      } else if (row.consistency().state() == Consistency.State.EXPLAINED_BY_COST) {
        html.append("<span class=\"ok\">").append(escape(TerminalTable.timingVerdict(row))).append("</span><br><small>")
            .append(escape(TerminalTable.grows(row.timings().fit()) + TerminalTable.misfit(row.timings().fit())))
            .append("; ").append(escape(row.consistency().reason())).append("</small>");
      } else {
        html.append("<span class=\"ok\">").append(escape(row.timings().fit().verdict())).append("</span>");
      }
      html.append("</td><td>");
      if (!Double.isNaN(row.baselineRatio()) && experiment.timing() != null) {
        html.append(String.format(Locale.ROOT, "%.2f", row.baselineRatio())).append(" vs ")
            .append(escape(experiment.timing().baselineName()));
      }
      html.append("</td><td>").append(escape(experiment.why())).append("</td></tr>\n");
    }
    html.append("</table>\n</div>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
