package io.github.dsalab.lab.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The lab's report in a real Chromium, driven by Selenium through the system's chromedriver: the
 * charts load, the notes under the table wrap inside the page, nothing logs an error, and a
 * screenshot is kept in {@code target/screenshots/lab-report.png} to look at. Runs in the
 * {@code browser} profile only ({@code mvn verify -Pbrowser}, which {@code .ci/run} uses).
 */
class ReportInChromiumTest {
  private static ChromeDriver chrome;

  @BeforeAll
  static void startChromium() {
    chrome = HeadlessChromium.start();
  }

  @AfterAll
  static void stopChromium() {
    if (chrome != null) {
      chrome.quit();
    }
  }

  @Test
  void theReportFitsTheWindowAndEveryChartLoads() throws Exception {
    Path file = HtmlReport.write(SampleResults.withTimings(), Path.of("target", "chromium-report"));
    chrome.get(file.toUri().toString());
    Object charts = chrome.executeScript("return Array.from(document.images)"
        + ".filter(i => i.complete && i.naturalWidth >= 400).length + ' of ' + document.images.length");
    String[] loaded = String.valueOf(charts).split(" of ");
    assertEquals(loaded[1], loaded[0], "charts loaded: " + charts);
    assertTrue(Integer.parseInt(loaded[1]) >= 6, "charts: " + charts);
    // The notes wrap: no line of them reaches past the page's right edge.
    Object overflow = chrome.executeScript("const notes = document.querySelector('pre.notes');"
        + " return notes.scrollWidth - notes.clientWidth;");
    assertTrue(((Number) overflow).longValue() <= 1, "the notes run past their box by " + overflow + " px");
    Object pageOverflow = chrome.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(((Number) pageOverflow).longValue() <= 1, "the page scrolls sideways by " + pageOverflow + " px");

    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
    Files.write(screenshots.resolve("lab-report.png"), png);
    assertTrue(png.length > 10_000, "the screenshot shows something");
    chrome.executeScript("document.querySelector('pre.notes').scrollIntoView();");
    Files.write(screenshots.resolve("lab-report-notes.png"), chrome.getScreenshotAs(OutputType.BYTES));
    assertEquals(List.of(), HeadlessChromium.errors(chrome));
  }
}
