package io.github.dsalab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.graph.GraphState;
import io.github.dsalab.trace.sort.ArrayState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of page, loaded from disk in HtmlUnit (a JavaScript-capable browser in Java): it
 * runs without a script error, shows step 0, steps forward and back with the buttons and the
 * keyboard, jumps to either end, and draws what the step's state says.
 */
class TracePageTest {
  @TempDir Path folder;
  /** One browser for all tests: starting HtmlUnit costs more than loading a page. */
  private static WebClient browser;
  private static final List<String> scriptErrors = new ArrayList<>();

  @BeforeAll
  static void openBrowser() {
    browser = new WebClient(BrowserVersion.CHROME);
    browser.getOptions().setThrowExceptionOnScriptError(true);
    browser.getOptions().setCssEnabled(true);
    browser.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
      @Override
      public void scriptException(HtmlPage page, org.htmlunit.ScriptException exception) {
        scriptErrors.add(exception.getMessage());
      }
    });
  }

  @BeforeEach
  void forgetErrors() {
    scriptErrors.clear();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  static Stream<String> names() {
    return TraceCatalogue.names().stream();
  }

  private HtmlPage open(Path file) throws IOException {
    HtmlPage page = browser.getPage(file.toUri().toURL());
    browser.waitForBackgroundJavaScript(200);
    return page;
  }

  private static String text(HtmlPage page, String id) {
    return page.getElementById(id).getTextContent().trim();
  }

  private static String stepText(HtmlPage page) {
    return page.querySelector("#step-text-0 .text").getTextContent();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyPageStepsForwardAndBackWithTheButtonsAndTheKeyboard(String name) throws IOException {
    Trace trace = TraceCatalogue.trace(name, TraceRequest.defaults());
    HtmlPage page = open(TracePage.write(trace, folder.resolve(name + ".html")));
    int last = trace.steps().size() - 1;
    assertEquals(trace.title(), text(page, "title"));
    assertEquals("Step 0 of " + last, text(page, "counter"));
    assertEquals(trace.steps().get(0).text(), stepText(page));

    page.getElementById("forward").click();
    assertEquals("Step 1 of " + last, text(page, "counter"));
    assertEquals(trace.steps().get(1).text(), stepText(page));

    page.getElementById("last").click();
    assertEquals("Step " + last + " of " + last, text(page, "counter"));
    assertEquals(trace.steps().get(last).text(), stepText(page));
    assertTrue(page.getElementById("forward").hasAttribute("disabled"), "no step after the last");

    page.getElementById("back").click();
    assertEquals(trace.steps().get(last - 1).text(), stepText(page));
    page.getElementById("first").click();
    assertEquals("Step 0 of " + last, text(page, "counter"));
    assertTrue(page.getElementById("back").hasAttribute("disabled"), "no step before the first");
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void theArrowKeysStepAndSpacePlays() throws Exception {
    Trace trace = TraceCatalogue.trace("insertion-sort", TraceRequest.defaults());
    HtmlPage page = open(TracePage.write(trace, folder.resolve("keys.html")));
    // Keys go to the focused element and bubble up to the document, where the page listens.
    HtmlElement focus = (HtmlElement) page.getElementById("title");
    focus.type(KeyArrow.RIGHT.code);
    focus.type(KeyArrow.RIGHT.code);
    assertEquals("Step 2 of " + (trace.steps().size() - 1), text(page, "counter"));
    focus.type(KeyArrow.LEFT.code);
    assertEquals(trace.steps().get(1).text(), stepText(page));
    focus.type(' ');
    browser.waitForBackgroundJavaScript(1_200);
    focus.type(' ');
    int reached = Integer.parseInt(page.getBody().getAttribute("data-step"));
    assertTrue(reached > 1, "playing at 4 steps a second moved on from step 1, to step " + reached);
    assertEquals(List.of(), scriptErrors);
  }

  /** The key codes HtmlUnit types for the arrow keys. */
  private enum KeyArrow {
    LEFT(org.htmlunit.javascript.host.event.KeyboardEvent.DOM_VK_LEFT),
    RIGHT(org.htmlunit.javascript.host.event.KeyboardEvent.DOM_VK_RIGHT);

    final int code;

    KeyArrow(int code) {
      this.code = code;
    }
  }

  @Test
  void aSortPageDrawsOneBarPerElementAndHighlightsTheComparedPair() throws IOException {
    Trace trace = TraceCatalogue.trace("bubble-sort", new TraceRequest(java.util.OptionalInt.empty(),
        InputShape.RANDOM, 42, new int[] {5, 2, 9, 1}, java.util.Optional.empty()));
    HtmlPage page = open(TracePage.write(trace, folder.resolve("bubble.html")));
    assertEquals(4, page.querySelectorAll("rect.bar").size());
    page.getElementById("forward").click();
    ArrayState state = (ArrayState) trace.steps().get(1).state();
    assertEquals(state.compared().size(), page.querySelectorAll("rect.bar.compared").size());
    List<String> labels = new ArrayList<>();
    page.querySelectorAll("rect.bar").forEach(bar -> labels.add(((DomElement) bar).getAttribute("data-label")));
    assertEquals(state.labels(), labels, "the bars show the array after the step");
    assertEquals(String.valueOf(state.comparisons()), page.querySelector("dd[data-count=comparisons]").getTextContent());
  }

  @Test
  void aGraphPageColoursTheVerticesByTheStepsStatus() throws IOException {
    Trace trace = TraceCatalogue.trace("breadth-first-search", TraceRequest.defaults());
    HtmlPage page = open(TracePage.write(trace, folder.resolve("bfs.html")));
    page.getElementById("last").click();
    GraphState state = (GraphState) trace.finalState();
    for (int v = 0; v < state.status().size(); v++) {
      DomElement circle = (DomElement) page.querySelector("circle[data-vertex=\"" + v + "\"]");
      assertTrue(circle.getAttribute("class").contains(state.status().get(v)), "vertex " + v);
    }
    assertEquals(trace.scene().toString().split("\"from\"").length - 1, page.querySelectorAll(".edge").size());
  }

  @Test
  void aReplayPageOpensAtTheFirstDifferenceWithBothRunsSideBySide() throws IOException {
    Trace mine = io.github.dsalab.trace.sort.SortTracer.trace("bubble-sort", "Bubble sort",
        io.github.dsalab.sort.SortAlgorithm.SELECTION::sort, new int[] {3, 1, 2}, List.of());
    Trace reference = io.github.dsalab.trace.sort.SortTracer.trace("bubble-sort", "Bubble sort",
        io.github.dsalab.sort.SortAlgorithm.BUBBLE::sort, new int[] {3, 1, 2}, List.of());
    Replay replay = Replay.of(mine, reference);
    HtmlPage page = open(TracePage.write(replay, folder.resolve("replay.html")));
    assertEquals(replay.difference(), text(page, "banner"));
    assertEquals(String.valueOf(replay.firstDifference()), page.getBody().getAttribute("data-step"));
    assertEquals(mine.steps().get(replay.firstDifference()).text(),
        page.querySelector("#step-text-0 .text").getTextContent());
    assertEquals(reference.steps().get(replay.firstDifference()).text(),
        page.querySelector("#step-text-1 .text").getTextContent());
    assertTrue(page.getElementById("step-text-0").getAttribute("class").contains("differs"));
    page.getElementById("forward").click();
    assertFalse(page.getElementById("step-text-0").getAttribute("class").contains("differs"));
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void replayPagesOfHeapsAndSearchesRunWithoutAScriptError() throws IOException {
    int[] input = {9, 4, 7, 1, 8, 2, 6};
    Replay heaps = Replay.of(
        io.github.dsalab.trace.heap.HeapTracer.inArray("heapify", "Heapify", "heapify",
            io.github.dsalab.sort.SortAlgorithm.HEAP::sort, input, List.of()),
        io.github.dsalab.trace.heap.HeapTracer.inArray("heapify", "Heapify", "heapify",
            io.github.dsalab.sort.SortAlgorithm.SELECTION::sort, input, List.of()));
    io.github.dsalab.trace.search.IndexSearch linear = new io.github.dsalab.trace.search.IndexSearch() {
      @Override
      public <T> int indexOf(T[] sorted, T key, java.util.Comparator<? super T> order) {
        for (int i = 0; i < sorted.length; i++) {
          if (order.compare(sorted[i], key) == 0) {
            return i;
          }
        }
        return -1;
      }
    };
    int[] sorted = {1, 3, 5, 7, 9};
    Replay searches = Replay.of(
        io.github.dsalab.trace.search.SearchTracer.traceIndexOf("binary-search", "Binary search", linear, sorted,
            new int[] {7}, List.of()),
        io.github.dsalab.trace.search.SearchTracer.traceIndexOf("binary-search", "Binary search",
            io.github.dsalab.search.BinarySearch::indexOf, sorted, new int[] {7}, List.of()));
    for (Replay replay : List.of(heaps, searches)) {
      HtmlPage page = open(TracePage.write(replay, folder.resolve(replay.yours().family().label() + "-replay.html")));
      assertEquals(replay.difference(), text(page, "banner"));
      page.getElementById("last").click();
      page.getElementById("first").click();
    }
    assertEquals("step 1: yours — indexOf(7): compare a[0]=1 with 7; the reference — indexOf(7): compare a[2]=5 with 7",
        searches.difference());
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void aGraphReplayShowsBothRunsArcReadsStepByStepAndBowsAnArcThatSkipsALayer() throws IOException {
    // 0 → 1 skips the layer of 2 (0 → 2 → 1): drawn straight, it would run through vertex 2.
    io.github.dsalab.graph.Graph graph = io.github.dsalab.graph.Graph.builder(4).directed()
        .addEdge(0, 1).addEdge(0, 2).addEdge(2, 1).addEdge(1, 3).build();
    Trace yours = io.github.dsalab.trace.graph.GraphTracer.arcReads("bfs", "Search", graph, "g", 0,
        view -> "returned " + new io.github.dsalab.graph.BreadthFirstSearch(view, 0).visitOrder(), List.of());
    Trace reference = io.github.dsalab.trace.graph.GraphTracer.arcReads("bfs", "Search", graph, "g", 0,
        view -> "returned " + new io.github.dsalab.graph.DepthFirstSearch(view).preorder(), List.of());
    Replay replay = Replay.of(yours, reference);
    HtmlPage page = open(TracePage.write(replay, folder.resolve("graph-replay.html")));
    int first = replay.firstDifference();
    assertEquals(replay.difference(), text(page, "banner"));
    assertEquals(String.valueOf(first), page.getBody().getAttribute("data-step"));
    assertEquals(yours.steps().get(first).text(), page.querySelector("#step-text-0 .text").getTextContent());
    assertEquals(reference.steps().get(first).text(), page.querySelector("#step-text-1 .text").getTextContent());
    assertEquals(2, page.querySelectorAll("path.edge").size(), "0 → 1 bowed aside, in both pictures");
    assertEquals(8, page.querySelectorAll(".edge").size());
    List<String> panels = page.querySelectorAll(".panel h2").stream().map(h -> h.getTextContent().trim()).toList();
    assertTrue(panels.contains("Lists read (in the order first read)") && panels.contains("Vertices reached (in order)"),
        "the panels name what reads show: " + panels);
    assertTrue(text(page, "legend").contains("reached: the head of a read"), text(page, "legend"));
    page.getElementById("back").click();
    GraphState state = (GraphState) yours.steps().get(first - 1).state();
    for (int v = 0; v < state.status().size(); v++) {
      DomElement circle = (DomElement) page.querySelector("#picture-0 circle[data-vertex=\"" + v + "\"]");
      assertTrue(circle.getAttribute("class").contains(state.status().get(v)), "vertex " + v + " at step " + (first - 1));
    }
    page.getElementById("last").click();
    assertEquals(yours.steps().get(yours.steps().size() - 1).text(), page.querySelector("#step-text-0 .text")
        .getTextContent());
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void aTreeReplayOfComparisonsOnLinkedNodesStepsWithoutAScriptError() throws IOException {
    TracedValue five = new TracedValue(5, 0, "5");
    TracedValue three = new TracedValue(3, 1, "3");
    TracedValue query = new TracedValue(3, 2, "3");
    io.github.dsalab.trace.tree.LinkedNode root =
        new io.github.dsalab.trace.tree.LinkedNode(five);
    root.left = new io.github.dsalab.trace.tree.LinkedNode(three);
    Replay replay = Replay.of(
        io.github.dsalab.trace.tree.LinkedTreeWatcher.watch("t", "Tree", root, "find 3",
            order -> order.compare(query, five) < 0 ? "went left" : "went right", false, List.of()),
        io.github.dsalab.trace.tree.LinkedTreeWatcher.watch("t", "Tree", root, "find 3",
            order -> order.compare(query, five) < 0 && order.compare(query, three) == 0 ? "found" : "absent", false,
            List.of()));
    HtmlPage page = open(TracePage.write(replay, folder.resolve("tree-replay.html")));
    assertEquals("step 2: yours stopped (returned went left) where the reference went on — find 3: compare 3 with 3: "
        + "3 = 3", text(page, "banner"));
    assertEquals("find 3: compare 3 with 3: 3 = 3", page.querySelector("#step-text-1 .text").getTextContent());
    page.getElementById("back").click();
    assertEquals("find 3: compare 3 with 5: 3 < 5", page.querySelector("#step-text-0 .text").getTextContent());
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void aLinkToAStepOpensItEvenOnAnOpenPage() throws IOException {
    Trace trace = TraceCatalogue.trace("heapify", TraceRequest.defaults());
    HtmlPage page = open(TracePage.write(trace, folder.resolve("heapify.html")));
    int last = trace.steps().size() - 1;
    page.executeJavaScript("location.hash = '#step=3'");
    browser.waitForBackgroundJavaScript(200);
    assertEquals("Step 3 of " + last, text(page, "counter"));
    assertEquals(trace.steps().get(3).text(), stepText(page));
    assertEquals(List.of(), scriptErrors);
  }

  @Test
  void thePageNeedsNoNetworkAndEscapesItsData() throws IOException {
    Trace trace = TraceCatalogue.trace("heap-sort", TraceRequest.defaults());
    String html = TracePage.render(trace);
    assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "no link to the network");
    assertFalse(html.contains("<link") || html.contains("src=\""), "no external script or stylesheet");
    Path file = TracePage.write(trace, folder.resolve("sub/dir/heap.html"));
    assertTrue(Files.size(file) > 1000);
  }
}
