package io.github.dsalab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in a real Chromium, driven by Selenium through the system's chromedriver: every page
 * kind loads without a console error, steps with the keyboard, and a screenshot of each is kept
 * in {@code target/screenshots/} to look at. Runs in the {@code browser} profile only
 * ({@code mvn verify -Pbrowser}, which {@code .ci/run} uses), since it needs Debian's chromium
 * and chromium-driver.
 */
class PagesInChromiumTest {
  private static ChromeDriver chrome;
  private static final Path PAGES = Path.of("target", "chromium-pages");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void startChromium() throws IOException {
    chrome = HeadlessChromium.start();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopChromium() {
    if (chrome != null) {
      chrome.quit();
    }
  }

  private static String counter() {
    return chrome.findElement(By.id("counter")).getText();
  }

  @Test
  void everyPageRunsStepsWithTheKeyboardAndLeavesAScreenshot() throws IOException {
    for (String name : TraceCatalogue.names()) {
      Trace trace = TraceCatalogue.trace(name, TraceRequest.defaults());
      Path page = TracePage.write(trace, PAGES.resolve(name + ".html"));
      chrome.get(page.toUri().toString());
      int last = trace.steps().size() - 1;
      assertEquals("Step 0 of " + last, counter(), name);
      chrome.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_LEFT);
      assertEquals("Step 1 of " + last, counter(), name);
      assertEquals(trace.steps().get(1).text(), chrome.findElement(By.cssSelector("#step-text-0 .text")).getText(), name);
      chrome.findElement(By.tagName("body")).sendKeys(Keys.END);
      assertEquals("Step " + last + " of " + last, counter(), name);
      // A screenshot in the middle of the run, where the most is going on.
      chrome.get(page.toUri() + "#step=" + last / 2);
      assertEquals("Step " + last / 2 + " of " + last, counter(), name + ": the link to a step opens it");
      byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
      assertTrue(png.length > 10_000, "the screenshot of " + name + " shows something");
      assertEquals(List.of(), HeadlessChromium.errors(chrome), name);
    }
  }

  @Test
  void replayPagesOfASortAndAGraphOpenAtTheirFirstDifference() throws IOException {
    Trace yours = io.github.dsalab.trace.sort.SortTracer.trace("insertion-sort", "Insertion sort",
        io.github.dsalab.sort.SortAlgorithm.SELECTION::sort, new int[] {4, 2, 4, 1, 2}, List.of());
    Trace reference = io.github.dsalab.trace.sort.SortTracer.trace("insertion-sort", "Insertion sort",
        io.github.dsalab.sort.SortAlgorithm.INSERTION::sort, new int[] {4, 2, 4, 1, 2}, List.of());
    io.github.dsalab.graph.Graph graph = io.github.dsalab.graph.Graph.builder(5).directed()
        .addEdge(0, 1).addEdge(0, 2).addEdge(2, 1).addEdge(1, 3).addEdge(2, 4).build();
    Replay graphs = Replay.of(
        io.github.dsalab.trace.graph.GraphTracer.arcReads("bfs", "Search", graph, "g", 0,
            view -> "returned " + new io.github.dsalab.graph.BreadthFirstSearch(view, 0).visitOrder(), List.of()),
        io.github.dsalab.trace.graph.GraphTracer.arcReads("bfs", "Search", graph, "g", 0,
            view -> "returned " + new io.github.dsalab.graph.DepthFirstSearch(view).preorder(), List.of()));
    for (Replay replay : List.of(Replay.of(yours, reference), graphs)) {
      String name = replay.yours().family().label() + "-replay";
      Path page = TracePage.write(replay, PAGES.resolve(name + ".html"));
      chrome.get(page.toUri().toString());
      assertEquals(replay.difference(), chrome.findElement(By.id("banner")).getText());
      assertEquals(String.valueOf(replay.firstDifference()), chrome.findElement(By.tagName("body"))
          .getDomAttribute("data-step"));
      Files.write(SCREENSHOTS.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
      assertEquals(List.of(), HeadlessChromium.errors(chrome), name);
    }
  }
}
