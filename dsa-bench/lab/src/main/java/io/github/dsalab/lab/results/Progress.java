package io.github.dsalab.lab.results;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the learner on stderr what is being measured, how far along the run is and how long is
 * left. On a terminal the line is redrawn in place; when stderr is a file or a pipe, every step gets
 * its own line so a log stays readable.
 */
public final class Progress {
  private final PrintStream out;
  private final boolean redraw;
  private final boolean enabled;
  private String phase = "";
  private long phaseStart;
  private double totalWork;
  private double doneWork;
  private int widthDrawn;
  private long lastPrinted;

  Progress(PrintStream out, boolean redraw, boolean enabled) {
    this.out = Objects.requireNonNull(out, "out");
    this.redraw = redraw;
    this.enabled = enabled;
  }

  /** A progress reporter for stderr, redrawing in place only when a console is attached. */
  public static Progress toStandardError(boolean enabled) {
    return new Progress(System.err, System.console() != null, enabled);
  }

  /** A reporter that prints nothing (for tests and {@code --quiet}). */
  public static Progress silent() {
    return new Progress(System.err, false, false);
  }

  /** Starts a phase of {@code totalWork} units (any unit the caller estimates cost in). */
  public void startPhase(String name, double work) {
    finishLine();
    phase = name;
    totalWork = Math.max(work, 1e-9);
    doneWork = 0;
    phaseStart = System.nanoTime();
    lastPrinted = 0;
  }

  /**
   * Reports that the step {@code what} starts, after {@code doneWork} units of the phase's total.
   * Time left is extrapolated from the pace so far, or taken from {@code plannedSecondsLeft} when the
   * caller knows it better (a JMH run whose iteration times are fixed); pass a negative value to
   * extrapolate.
   */
  public void step(String what, double done, double plannedSecondsLeft) {
    step(what, done, plannedSecondsLeft, false);
  }

  /** As {@link #step(String, double, double)}; {@code forced} prints even a rapid step. */
  public void step(String what, double done, double plannedSecondsLeft, boolean forced) {
    doneWork = Math.min(done, totalWork);
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    // A log gets a line per second at most; a terminal is redrawn up to ten times a second.
    long interval = redraw ? 100_000_000L : 1_000_000_000L;
    if (lastPrinted != 0 && now - lastPrinted < interval && !forced) {
      return;
    }
    lastPrinted = now;
    double fraction = doneWork / totalWork;
    double elapsed = (System.nanoTime() - phaseStart) / 1e9;
    double left = plannedSecondsLeft >= 0
        ? plannedSecondsLeft
        : fraction > 0.02 ? elapsed * (1 - fraction) / fraction : Double.NaN;
    String line = String.format(Locale.ROOT, "[%s %3.0f%%] %s  (%s left)",
        phase, 100 * fraction, what, Double.isNaN(left) ? "?" : duration(left));
    if (redraw) {
      int pad = Math.max(0, widthDrawn - line.length());
      out.print("\r" + line + " ".repeat(pad));
      widthDrawn = line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Prints a message on its own line (a warning, a phase summary). */
  public void note(String message) {
    if (!enabled) {
      return;
    }
    finishLine();
    out.println(message);
    out.flush();
  }

  /** Ends the phase, printing how long it took. */
  public void endPhase() {
    if (!enabled) {
      return;
    }
    double elapsed = (System.nanoTime() - phaseStart) / 1e9;
    finishLine();
    out.println(String.format(Locale.ROOT, "[%s done] in %s", phase, duration(elapsed)));
    out.flush();
  }

  private void finishLine() {
    if (redraw && widthDrawn > 0) {
      out.print("\r" + " ".repeat(widthDrawn) + "\r");
      widthDrawn = 0;
    }
  }

  /** {@code 75.2} seconds as {@code 1m15s}; below a minute as {@code 9.5s}. */
  public static String duration(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    long whole = Math.round(seconds);
    return (whole / 60) + "m" + String.format(Locale.ROOT, "%02d", whole % 60) + "s";
  }
}
