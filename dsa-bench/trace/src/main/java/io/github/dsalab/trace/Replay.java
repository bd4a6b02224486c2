package io.github.dsalab.trace;

import java.util.List;
import java.util.Objects;

/**
 * Two traces of the same input, side by side — a learner's code and the reference solution —
 * and the first step where they part. Steps are compared in order: first what each run did (the
 * step's event: which elements it compared, which arc it read), then what followed from it (the
 * state after the step). When every step agrees, the runs are compared by their results.
 *
 * <pre>{@code
 * Replay replay = Replay.of(yourTrace, referenceTrace);
 * replay.firstDifference();     // 7
 * replay.difference();          // "step 7: yours — compare a[2]=4 with a[5]=1; the reference — compare a[2]=4 with a[3]=2"
 * }</pre>
 *
 * @param yours the learner's run
 * @param reference the reference solution's run on the same input
 * @param firstDifference the index of the first step that differs, or -1 if the runs agree
 * @param difference one line saying what differs there, for the page's banner and the checker's output
 */
public record Replay(Trace yours, Trace reference, int firstDifference, String difference) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Replay {
    Objects.requireNonNull(yours, "yours");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(difference, "difference");
  }

  /**
   * Lines up two traces and finds the first step where they differ.
   *
   * @param yours the learner's run
   * @param reference the reference run on the same input
   * @return the replay
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the traces are of different families
   */
  public static Replay of(Trace yours, Trace reference) {
    Objects.requireNonNull(yours, "yours");
    Objects.requireNonNull(reference, "reference");
    if (yours.family() != reference.family()) {
      throw new IllegalArgumentException("cannot line up a " + yours.family().label() + " trace with a "
          + reference.family().label() + " trace");
    }
    List<Step> a = yours.steps();
    List<Step> b = reference.steps();
    int common = Math.min(a.size(), b.size());
    for (int k = 0; k < common; k++) {
      Step mine = a.get(k);
      Step theirs = b.get(k);
      boolean lastOfOne = k == a.size() - 1 || k == b.size() - 1;
      if (lastOfOne && a.size() != b.size()) {
        break;
      }
      if (!mine.event().equals(theirs.event())) {
        return new Replay(yours, reference, k,
            "step " + k + ": yours — " + mine.event() + "; the reference — " + theirs.event());
      }
      if (!mine.effect().equals(theirs.effect()) || !sameState(mine.state(), theirs.state())) {
        String then = mine.effect().equals(theirs.effect())
            ? "the states after it differ"
            : "then yours: " + mine.effect() + "; the reference: " + theirs.effect();
        return new Replay(yours, reference, k, "step " + k + ": both — " + mine.event() + ", " + then);
      }
    }
    if (a.size() != b.size()) {
      int k = common - 1;
      boolean yoursShorter = a.size() < b.size();
      Step longer = (yoursShorter ? b : a).get(k);
      String text = yoursShorter
          ? "step " + k + ": yours stopped (" + yours.result() + ") where the reference went on — " + longer.text()
          : "step " + k + ": the reference stopped (" + reference.result() + ") where yours went on — " + longer.text();
      return new Replay(yours, reference, k, text);
    }
    if (!yours.result().equals(reference.result())) {
      return new Replay(yours, reference, a.size() - 1, "every step agrees, but the results differ: yours — "
          + yours.result() + "; the reference — " + reference.result());
    }
    return new Replay(yours, reference, -1, "your code and the reference agree at every one of "
        + (a.size() - 1) + " steps");
  }

  private static boolean sameState(TraceState mine, TraceState theirs) {
    return mine.toJson().toString().equals(theirs.toJson().toString());
  }

  /**
   * Returns the replay as the JSON object its page plays back.
   *
   * @return a new JSON object
   */
  public JsonObject toJson() {
    return JsonObject.create()
        .put("mode", "replay")
        .put("yours", yours.toJson())
        .put("reference", reference.toJson())
        .put("difference", JsonObject.create().put("step", firstDifference).put("text", difference));
  }
}
