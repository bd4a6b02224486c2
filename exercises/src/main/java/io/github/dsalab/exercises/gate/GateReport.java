package io.github.dsalab.exercises.gate;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.GateSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a complexity gate's verdict as a small self-contained HTML page: for each input family,
 * the learner's counts and the reference solution's on one log-log chart (inline SVG, no script,
 * nothing fetched from the network), with the table of counts and factors beneath. On a log-log
 * chart a class is a straight line whose slope is its exponent, so a steeper learner line is a
 * worse class and a parallel one a constant factor.
 *
 * <pre>{@code
 * GateVerdict verdict = ComplexityGate.measure(learner, reference, gate, limit);
 * verdict = GateReport.write(Path.of("exercises/target/gate"), exercise, gate, verdict);
 * verdict.page();   // Optional[exercises/target/gate/merge-sort.html]
 * }</pre>
 */
public final class GateReport {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 320;
  private static final int LEFT = 78;
  private static final int RIGHT = 20;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;

  private GateReport() {}

  /**
   * Writes {@code <folder>/<exercise>.html} and returns the verdict linking it; a verdict without
   * family data comes back unchanged.
   *
   * @throws UncheckedIOException if the page cannot be written
   */
  public static GateVerdict write(Path folder, Exercise exercise, GateSpec gate, GateVerdict verdict) {
    if (verdict.families().isEmpty()) {
      return verdict;
    }
    Path file = folder.resolve(exercise.name() + ".html").toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
      // Written beside and moved into place, so two checks of one exercise at once never leave a
      // page that mixes both.
      Path partial = Files.createTempFile(folder, exercise.name() + "-", ".partial");
      Files.writeString(partial, page(exercise.name(), gate, verdict), StandardCharsets.UTF_8);
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gate's chart " + file, e);
    }
    return verdict.withPage(file);
  }

  static String page(String name, GateSpec gate, GateVerdict verdict) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(name)).append(": complexity gate</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:64em;color:#222}\n")
        .append(".verdict{padding:.6em 1em;border-radius:6px}\n.PASS{background:#e6f4ea}.WARN{background:#fef7e0}")
        .append(".FAIL{background:#fce8e6}\nsection{margin:2em 0}\n.deciding h2::after{content:' (decides the verdict)';")
        .append("font-weight:normal;font-size:70%}\n")
        .append("table{border-collapse:collapse}td,th{padding:.15em .8em;text-align:right}th{border-bottom:1px solid #999}\n")
        .append("svg text{font-size:12px;fill:#333}.axis{stroke:#999}.grid{stroke:#eee}\n")
        .append(".learner{stroke:#c5221f;fill:none;stroke-width:2.5}.learner-point{fill:#c5221f}\n")
        .append(".reference{stroke:#1a73e8;fill:none;stroke-width:2;stroke-dasharray:6 4}.reference-point{fill:#1a73e8}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(name)).append(": complexity gate</h1>\n")
        .append("<p class=\"verdict ").append(verdict.kind()).append("\">").append(escape(verdict.message()))
        .append("</p>\n<p>Counting ").append(escape(gate.counts())).append(", expected ")
        .append(escape(gate.expected())).append(". Each chart is log-log: a straight line's slope is its exponent."
            + " <span style=\"color:#c5221f\">Solid red: your code</span>;"
            + " <span style=\"color:#1a73e8\">dashed blue: the reference solution</span>, on the same inputs.</p>\n");
    // The family that decided comes first: that is the chart the learner came to see.
    List<GateVerdict.FamilyResult> families = new java.util.ArrayList<>(verdict.families());
    families.sort(java.util.Comparator.comparing(family -> !family.deciding()));
    for (GateVerdict.FamilyResult family : families) {
      html.append("<section class=\"family").append(family.deciding() ? " deciding" : "").append("\" id=\"")
          .append(family.family().key()).append("\">\n<h2>").append(family.kind() == GateVerdict.Kind.PASS ? "✓ "
              : family.kind() == GateVerdict.Kind.WARN ? "! " : "✗ ").append("on ")
          .append(escape(family.family().description())).append(": ").append(escape(family.measured()))
          .append("</h2>\n");
      chart(html, family.points());
      html.append("<table>\n<tr><th>n</th><th>yours</th><th>reference</th><th>factor</th></tr>\n");
      for (GateVerdict.Point point : family.points()) {
        html.append(String.format(Locale.ROOT, "<tr><td>%,d</td><td>%,d</td><td>%,d</td><td>%.2f×</td></tr>%n",
            point.n(), point.learner(), point.reference(), point.factor()));
      }
      html.append("</table>\n</section>\n");
    }
    html.append("<pre>").append(escape(verdict.table())).append("</pre>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void chart(StringBuilder html, List<GateVerdict.Point> points) {
    double minX = Math.log(points.get(0).n());
    double maxX = Math.log(points.get(points.size() - 1).n());
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (GateVerdict.Point point : points) {
      for (long count : new long[] {point.learner(), point.reference()}) {
        double y = Math.log10(Math.max(1, count));
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    minY = Math.floor(minY);
    maxY = Math.max(minY + 1, Math.ceil(maxY));
    Scale scale = new Scale(minX, Math.max(maxX, minX + 1e-9), minY, maxY);
    html.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"log-log chart of counts against n\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    for (int decade = (int) minY; decade <= (int) maxY; decade++) {
      double y = scale.y(decade);
      html.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4,
          decade < 4 ? String.format(Locale.ROOT, "%,d", (long) Math.pow(10, decade)) : "10^" + decade));
    }
    for (GateVerdict.Point point : points) {
      double x = scale.x(Math.log(point.n()));
      html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x, HEIGHT - BOTTOM + 16, shortNumber(point.n())));
    }
    html.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
        + "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", LEFT, TOP, LEFT, HEIGHT - BOTTOM,
        LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
    html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">n</text>%n",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8));
    series(html, points, scale, true);
    series(html, points, scale, false);
    html.append("</svg>\n");
  }

  private static void series(StringBuilder html, List<GateVerdict.Point> points, Scale scale, boolean learner) {
    String name = learner ? "learner" : "reference";
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (GateVerdict.Point point : points) {
      long count = learner ? point.learner() : point.reference();
      double x = scale.x(Math.log(point.n()));
      double y = scale.y(Math.log10(Math.max(1, count)));
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      dots.append(String.format(Locale.ROOT, "<circle class=\"%s-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>"
          + "%s, n = %,d: %,d</title></circle>", name, x, y, learner ? "yours" : "reference", point.n(), count));
    }
    html.append("<g class=\"series\" data-series=\"").append(name).append("\"><polyline class=\"").append(name)
        .append("\" points=\"").append(line.toString().strip()).append("\"/>").append(dots).append("</g>\n");
  }

  private static String shortNumber(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0 || n >= 10_000_000) {
      return n / 1_000_000 + "M";
    }
    if (n >= 10_000) {
      return n / 1000 + "k";
    }
    return Long.toString(n);
  }

  /** Maps log n and log count to pixels. */
  private static final class Scale {
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    Scale(double minX, double maxX, double minY, double maxY) {
      this.minX = minX;
      this.maxX = maxX;
      this.minY = minY;
      this.maxY = maxY;
    }

    double x(double logN) {
      return LEFT + (logN - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double logCount) {
      return HEIGHT - BOTTOM - (logCount - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
