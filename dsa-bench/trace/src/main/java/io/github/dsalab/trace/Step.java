package io.github.dsalab.trace;

import java.util.Objects;

/**
 * One step of a trace: what the algorithm did, what followed from it, and the state after both.
 *
 * <p>The {@code event} is what was observed from outside (a comparison, a probe, an arc scanned),
 * written so that two runs doing the same thing produce the same text, e.g.
 * {@code "compare a[3]=9 with a[7]=2"}; the {@code effect} is what changed until the next event
 * ({@code "swap"}, {@code "5 discovered at distance 2"}), or empty. {@link #text()} joins them
 * into the step's one line.
 *
 * <pre>{@code
 * Step step = new Step("compare a[3]=9 with a[7]=2", "swap a[3] and a[7]", state);
 * step.text(); // "compare a[3]=9 with a[7]=2: swap a[3] and a[7]"
 * }</pre>
 *
 * @param event what the algorithm was seen doing
 * @param effect what changed because of it, or empty
 * @param state the state after the event and its effect
 */
public record Step(String event, String effect, TraceState state) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Step {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(state, "state");
  }

  /**
   * Returns the step's line of text: the event, then its effect after a colon.
   *
   * @return one line
   */
  public String text() {
    return effect.isEmpty() ? event : event + ": " + effect;
  }
}
