package io.github.dsalab.lab.reports;

import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.LabResults;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Point;
import io.github.dsalab.lab.results.Series;
import java.util.List;
import java.util.Locale;

/**
 * The lab's results as JSON, for scripts and CI: one object per row with the expected class, both
 * verdicts, the exponent interval, the per-size medians and MADs, and the baseline ratio. Written by
 * hand (the format is small and flat) so the lab needs no JSON library.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(LabResults results) {
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"seed\": ").append(results.seed())
        .append(",\n  \"countSeconds\": ").append(number(results.countSeconds()))
        .append(",\n  \"timingSeconds\": ").append(number(results.timingSeconds()))
        .append(",\n  \"timingSettings\": ").append(string(results.timingSettings()))
        .append(",\n  \"notes\": [");
    appendStrings(json, results.notes());
    json.append("],\n  \"rows\": [");
    List<LabRow> rows = results.rows();
    for (int i = 0; i < rows.size(); i++) {
      LabRow row = rows.get(i);
      CountExperiment experiment = row.experiment();
      json.append(i == 0 ? "\n" : ",\n").append("    {")
          .append("\"topic\": ").append(string(experiment.topic()))
          .append(", \"algorithm\": ").append(string(experiment.algorithm()))
          .append(", \"shape\": ").append(string(experiment.shape().label()))
          .append(", \"expected\": ").append(string(experiment.expected().displayName()))
          .append(", \"expectedConfirmed\": ").append(row.countConfirmsExpected())
          .append(",\n      \"counts\": ");
      appendSeries(json, row.counts());
      json.append(",\n      \"timings\": ");
      if (row.timings() == null) {
        json.append("null");
      } else {
        appendSeries(json, row.timings());
      }
      json.append(",\n      \"timingVerdict\": ").append(row.timings() == null ? "null"
          : string(TerminalTable.timingVerdict(row)));
      json.append(",\n      \"baselineTimings\": ");
      if (row.baselineTimings() == null) {
        json.append("null");
      } else {
        appendSeries(json, row.baselineTimings());
      }
      json.append(",\n      \"consistency\": ").append(string(row.consistency().state().name().toLowerCase(Locale.ROOT)))
          .append(", \"reason\": ").append(string(row.consistency().reason()))
          .append(", \"costExplanation\": ")
          .append(string(row.consistency().costs().explanation().name().toLowerCase(Locale.ROOT)))
          .append(", \"nanosecondsPerOperation\": [");
      List<OperationCost> costs = row.consistency().costs().points();
      for (int c = 0; c < costs.size(); c++) {
        OperationCost cost = costs.get(c);
        json.append(c == 0 ? "" : ", ").append("{\"n\": ").append(cost.n())
            .append(", \"workingSetBytes\": ").append(cost.workingSetBytes())
            .append(", \"operations\": ").append(cost.operations())
            .append(", \"ns\": ").append(number(cost.nanosecondsPerOperation()))
            .append(", \"gcShare\": ").append(number(cost.gcShare())).append('}');
      }
      json.append(']')
          .append(", \"baseline\": ")
          .append(experiment.timing() == null || experiment.timing().baselineName() == null
              ? "null" : string(experiment.timing().baselineName()))
          .append(", \"baselineRatio\": ").append(number(row.baselineRatio()))
          .append('}');
    }
    json.append("\n  ]\n}\n");
    return json.toString();
  }

  private static void appendSeries(StringBuilder json, Series series) {
    FitView fit = series.fit();
    json.append("{\"unit\": ").append(string(series.unit()))
        .append(", \"verdict\": ").append(string(fit.verdict()))
        .append(", \"best\": ").append(string(fit.best().displayName()))
        .append(", \"runnerUp\": ").append(string(fit.runnerUp().displayName()))
        .append(", \"ambiguous\": ").append(fit.ambiguous())
        .append(", \"exponent\": ").append(number(fit.exponent()))
        .append(", \"exponentLow\": ").append(number(fit.exponentLow()))
        .append(", \"exponentHigh\": ").append(number(fit.exponentHigh()))
        .append(", \"coefficient\": ").append(number(fit.coefficient()))
        .append(", \"rSquared\": ").append(number(fit.rSquared()))
        .append(",\n        \"points\": [");
    List<Point> points = series.points();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      json.append(i == 0 ? "" : ", ").append("{\"n\": ").append(number(p.n()));
      if (p.m() != 0) {
        json.append(", \"m\": ").append(number(p.m()));
      }
      json.append(", \"median\": ").append(number(p.median()))
          .append(", \"mad\": ").append(number(p.mad()))
          .append(", \"samples\": ").append(p.samples()).append('}');
    }
    json.append("]}");
  }

  private static void appendStrings(StringBuilder json, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "" : ", ").append(string(values.get(i)));
    }
  }

  /** A JSON number; NaN and infinities, which JSON cannot express, become {@code null}. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A JSON string literal with the required escapes. */
  static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
