package io.github.dsalab.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a {@link Trace} (or a {@link Replay}) as one self-contained HTML page: the steps as
 * JSON, the drawing code and the styles inline, no network, so the file opens from disk in any
 * browser. The page steps forward and back, plays at a chosen speed, jumps to either end, and
 * answers the keyboard (arrows, space, Home, End).
 *
 * <p>Cost: linear in the size of the trace.
 *
 * <pre>{@code
 * Path page = TracePage.write(trace, Path.of("trace-report/merge-sort.html"));
 * }</pre>
 */
public final class TracePage {
  private static final String TEMPLATE = "trace-page.html";

  private TracePage() {}

  /**
   * Returns the page of a trace.
   *
   * @param trace the trace to play back
   * @return the HTML text
   * @throws NullPointerException if {@code trace} is null
   */
  public static String render(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    return fill(trace.title(), JsonObject.create().put("mode", "single").put("trace", trace.toJson()));
  }

  /**
   * Returns the page of a replay: both runs side by side, opened at the first difference.
   *
   * @param replay the replay to play back
   * @return the HTML text
   * @throws NullPointerException if {@code replay} is null
   */
  public static String render(Replay replay) {
    Objects.requireNonNull(replay, "replay");
    return fill(replay.yours().title() + " replayed", replay.toJson());
  }

  /**
   * Writes the page of a trace, creating the parent folders if needed.
   *
   * @param trace the trace
   * @param file where to write
   * @return the absolute path of the file written
   * @throws IOException if the file cannot be written
   */
  public static Path write(Trace trace, Path file) throws IOException {
    return save(render(trace), file);
  }

  /**
   * Writes the page of a replay, creating the parent folders if needed.
   *
   * @param replay the replay
   * @param file where to write
   * @return the absolute path of the file written
   * @throws IOException if the file cannot be written
   */
  public static Path write(Replay replay, Path file) throws IOException {
    return save(render(replay), file);
  }

  private static Path save(String html, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    Files.writeString(absolute, html, StandardCharsets.UTF_8);
    return absolute;
  }

  private static String fill(String title, JsonObject data) {
    return template().replace("@TITLE@", escape(title)).replace("@DATA@", data.toString());
  }

  private static String template() {
    try (InputStream in = TracePage.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the page template " + TEMPLATE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
