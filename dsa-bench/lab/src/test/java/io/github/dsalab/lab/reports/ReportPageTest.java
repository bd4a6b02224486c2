package io.github.dsalab.lab.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlImage;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's report read as a page, in HtmlUnit: the results table and the notes under it, and
 * every chart a picture that decodes. (In a real Chromium: {@code ReportInChromiumTest}.)
 */
class ReportPageTest {
  @Test
  void theReportShowsTheTableItsNotesAndChartsThatDecode(@TempDir Path folder) throws Exception {
    Path file = HtmlReport.write(SampleResults.withTimings(), folder.resolve("report"));
    try (WebClient browser = new WebClient()) {
      HtmlPage page = browser.getPage(file.toUri().toURL());
      assertEquals("dsa-lab complexity report", page.getTitleText());

      String table = page.querySelector("pre.table").asNormalizedText();
      assertTrue(table.contains("agrees: O(n)"), table);
      assertTrue(table.contains("no single class fits: grows like"), table);
      String notes = page.querySelector("pre.notes").asNormalizedText();
      assertTrue(notes.contains("[1] toys/scan") || notes.contains("[1] "), notes);
      assertTrue(notes.contains("each step costs ~3 ns while the data fits in L2"), notes);
      assertTrue(notes.contains("no cache boundary explains that"), notes);

      List<DomElement> images = page.getElementsByTagName("img");
      assertTrue(images.size() >= 6, "charts: " + images.size());
      for (DomElement element : images) {
        HtmlImage image = (HtmlImage) element;
        String source = image.getSrcAttribute();
        assertTrue(source.startsWith("data:image/png;base64,"), source.substring(0, Math.min(40, source.length())));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
            Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1))));
        assertTrue(picture != null && picture.getWidth() >= 400 && picture.getHeight() >= 250,
            image.getAltAttribute());
        assertTrue(!image.getAltAttribute().isBlank(), "every chart says what it shows");
      }
    }
  }
}
