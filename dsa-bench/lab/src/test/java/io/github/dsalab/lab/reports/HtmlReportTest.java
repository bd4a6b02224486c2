package io.github.dsalab.lab.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.lab.counts.CountSuite;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.LabResults;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report: one self-contained HTML file with one chart per algorithm. */
class HtmlReportTest {
  private static CountExperiment toy(String algorithm, InputShape shape, ComplexityClass expected,
      CountExperiment.Counter counter) {
    return new CountExperiment("toys", algorithm, shape, expected, "steps", "a toy",
        CountExperiment.oneSize(Sizes.doubling(16, 9)), counter, null);
  }

  static LabResults toyResults() {
    List<CountExperiment> experiments = List.of(
        toy("pairs", InputShape.RANDOM, ComplexityClass.QUADRATIC, (n, m) -> (long) n * (n - 1) / 2),
        toy("pairs", InputShape.SORTED, ComplexityClass.QUADRATIC, (n, m) -> (long) n * n),
        toy("scan", InputShape.RANDOM, ComplexityClass.LINEAR, (n, m) -> 3L * n + 7));
    List<LabRow> rows = CountSuite.run(experiments, 1, Progress.silent());
    return new LabResults(rows, 42, "", 0.5, 0, List.of("a note & <markup>"));
  }

  @Test
  void writesOneSelfContainedFileWithOneChartPerAlgorithm(@TempDir Path folder) throws Exception {
    Path file = HtmlReport.write(toyResults(), folder.resolve("report"));
    assertTrue(Files.isRegularFile(file));
    String html = Files.readString(file);
    Matcher charts = Pattern.compile("<img class=\"" + HtmlReport.CHART_CLASS + "\"[^>]*src=\"data:image/png;base64,")
        .matcher(html);
    int count = 0;
    while (charts.find()) {
      count++;
    }
    assertEquals(2, count, "one chart per algorithm (pairs, scan)");
    assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<script"),
        "no external resources");
    assertTrue(html.contains("a note &amp; &lt;markup&gt;"), "notes are escaped");
    assertTrue(html.contains("<pre class=\"table\">") && html.contains("<pre class=\"notes\">")
        && html.contains("pre.notes{white-space:pre-wrap"), "the table keeps its columns, the notes under it wrap");
    assertTrue(html.contains("O(n²) ✓"), "the results table is in the report");
  }

  @Test
  void jsonEscapesAndNumbers() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonReport.string("a\"b\\c\nd\u0001"));
    assertEquals("null", JsonReport.number(Double.NaN));
    assertEquals("12", JsonReport.number(12.0));
    assertEquals("0.5", JsonReport.number(0.5));
  }

  @Test
  void terminalTableMarksAgreementAndShowsEveryRow() {
    String table = TerminalTable.render(toyResults().rows(), Styling.PLAIN);
    assertTrue(table.contains("pairs"), table);
    assertTrue(table.contains("O(n) ✓"), table);
    assertEquals(3, table.lines().filter(line -> line.contains("✓")).count() - 1, table);
  }
}
