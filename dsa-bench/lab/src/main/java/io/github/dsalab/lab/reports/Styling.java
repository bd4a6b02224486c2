package io.github.dsalab.lab.reports;

/**
 * How a text renderer marks a cell on a terminal: the command line passes one that speaks its
 * terminal's colours, the HTML report and tests pass {@link #PLAIN}. Renderers say what a cell
 * means ({@link Emphasis}), never which escape codes show it, so they need no terminal library.
 *
 * <pre>{@code
 * String table = TerminalTable.render(rows, Styling.PLAIN);
 * Styling loud = (emphasis, text) -> emphasis == Styling.Emphasis.BAD ? text.toUpperCase() : text;
 * }</pre>
 */
@FunctionalInterface
public interface Styling {
  /** What a marked piece of text means to the reader. */
  enum Emphasis {
    /** A column heading. */
    HEADING,
    /** Agrees with theory (a confirmed verdict, a consistent timing). */
    GOOD,
    /** Not clear, or worth a second look (an ambiguous verdict, an inconsistent timing). */
    DOUBTFUL,
    /** Contradicts theory. */
    BAD
  }

  /** No marks at all: the text as it is. */
  Styling PLAIN = (emphasis, text) -> text;

  /**
   * Returns {@code text} marked for {@code emphasis}; the visible characters must stay
   * {@code text}, so that columns line up.
   *
   * @param emphasis what the text means
   * @param text the text, never empty
   * @return the marked text
   */
  String style(Emphasis emphasis, String text);
}
