package io.github.dsalab.graph;

import java.io.IOException;
import java.util.Objects;

/**
 * A graph file that does not follow the format {@link GraphReader} reads, with the file name and
 * the line number where the problem is, so that the message reads like a compiler's:
 * {@code roads.txt:7: vertex 12 is not between 0 and 9}.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every accessor</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * try { graph = GraphReader.read(path); }
 * catch (GraphFormatException e) { editor.jumpTo(e.fileName(), e.lineNumber()); }
 * // e.getMessage() is "name:line: detail"
 * }</pre>
 */
public final class GraphFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file the problem is in. */
  private final String fileName;

  /** The line the problem is on, counting from 1. */
  private final int lineNumber;

  /** What is wrong, without the file name and line number. */
  private final String detail;

  /**
   * Creates the exception for a problem on one line of a file.
   *
   * @param fileName the name of the file, as the reader was given it
   * @param lineNumber the line, counting from 1
   * @param detail what is wrong there
   * @throws NullPointerException if {@code fileName} or {@code detail} is null
   */
  public GraphFormatException(String fileName, int lineNumber, String detail) {
    super(
        Objects.requireNonNull(fileName, "fileName")
            + ":"
            + lineNumber
            + ": "
            + Objects.requireNonNull(detail, "detail"));
    this.fileName = fileName;
    this.lineNumber = lineNumber;
    this.detail = detail;
  }

  /**
   * Returns the name of the file the problem is in.
   *
   * @return the file name, as the reader was given it
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the line the problem is on.
   *
   * @return the line number, counting from 1
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns what is wrong, without the file name and line number.
   *
   * @return the detail message
   */
  public String detail() {
    return detail;
  }
}
