package io.github.dsalab.exercises.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomNodeList;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.DefaultJavaScriptErrorListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's chart page loads as a page: no script errors, both curves on every family's chart. */
class GateReportTest {
  private static GateVerdict failingVerdict() {
    List<GateVerdict.Point> quadratic = new ArrayList<>();
    List<GateVerdict.Point> linear = new ArrayList<>();
    for (int n = 16; n <= 4096; n *= 2) {
      quadratic.add(new GateVerdict.Point(n, (long) n * (n - 1) / 2, 3L * n));
      linear.add(new GateVerdict.Point(n, n - 1, n - 1));
    }
    return new GateVerdict(GateVerdict.Kind.FAIL, "O(n²)",
        "correct, but on sorted input measured O(n²) where O(n) is expected <&> (counting comparisons).", "table",
        List.of(new GateVerdict.FamilyResult(InputFamily.SHUFFLED, GateVerdict.Kind.PASS, "O(n)", linear, false),
            new GateVerdict.FamilyResult(InputFamily.SORTED, GateVerdict.Kind.FAIL, "O(n²)", quadratic, true)),
        Optional.empty());
  }

  private static Exercise exercise() {
    Track track = Track.load(Path.of("..").toAbsolutePath().normalize());
    return track.find("insertion-sort").orElseThrow();
  }

  @Test
  void writesThePageAndLinksItFromTheVerdict(@TempDir Path folder) throws Exception {
    Exercise exercise = exercise();
    GateVerdict verdict = GateReport.write(folder, exercise, exercise.gate().orElseThrow(), failingVerdict());
    assertEquals(Optional.of(folder.resolve("insertion-sort.html").toAbsolutePath()), verdict.page());
    String html = Files.readString(verdict.page().orElseThrow());
    assertTrue(html.contains("&lt;&amp;&gt;"), "the message is escaped");
    assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/2000/svg"),
        "the page fetches nothing from the network");
  }

  @Test
  void loadsWithoutScriptErrorsAndShowsBothCurvesOnEveryChart(@TempDir Path folder) throws Exception {
    Exercise exercise = exercise();
    GateVerdict verdict = GateReport.write(folder, exercise, exercise.gate().orElseThrow(), failingVerdict());
    List<String> errors = new ArrayList<>();
    try (WebClient browser = new WebClient(BrowserVersion.CHROME)) {
      browser.getOptions().setJavaScriptEnabled(true);
      browser.getOptions().setThrowExceptionOnScriptError(true);
      browser.setJavaScriptErrorListener(new DefaultJavaScriptErrorListener() {
        @Override
        public void scriptException(HtmlPage page, ScriptException exception) {
          errors.add(exception.getMessage());
        }
      });
      HtmlPage page = browser.getPage(verdict.page().orElseThrow().toUri().toURL());
      assertEquals(List.of(), errors);
      assertEquals("insertion-sort: complexity gate", page.getTitleText());
      DomNodeList<DomNode> charts = page.querySelectorAll("svg");
      assertEquals(2, charts.size(), "one chart per family");
      for (DomNode chart : charts) {
        for (String series : List.of("learner", "reference")) {
          DomNodeList<DomNode> lines = chart.querySelectorAll("polyline." + series);
          assertEquals(1, lines.size(), series + " curve");
          String points = ((DomElement) lines.get(0)).getAttribute("points");
          assertEquals(9, points.split(" ").length, series + " has a point per n");
          assertEquals(9, chart.querySelectorAll("circle." + series + "-point").size(), series + " points");
        }
      }
      DomElement deciding = page.getElementById("sorted");
      assertTrue(deciding.getAttribute("class").contains("deciding"), "the failing family is marked");
      assertTrue(page.asNormalizedText().contains("O(n²)"));
    }
  }
}
