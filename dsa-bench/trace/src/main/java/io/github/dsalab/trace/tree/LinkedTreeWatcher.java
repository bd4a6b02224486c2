package io.github.dsalab.trace.tree;

import io.github.dsalab.trace.ArrayWatcher;
import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Records any code that works on a tree of linked nodes (public fields {@code key}, {@code left},
 * {@code right}, keys {@link TracedValue}s) through a comparator: validating it, finding a lowest
 * common ancestor, deleting a key. Each comparison is a step that names the two keys compared and
 * highlights the nodes whose own key objects were compared (a query key, even an equal one, is
 * another object); the shape is read from the nodes at every step, so a relinking shows as
 * it happens. What the code reads without comparing (a child link, a null test) is out of sight.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per comparison</th><td>{@code O(n)} to read the shape into the step</td></tr>
 *   <tr><th>longest run</th><td>{@value ArrayWatcher#MAX_COMPARISONS} comparisons, then the trace stops</td></tr>
 * </table>
 *
 * <pre>{@code
 * Trace trace = LinkedTreeWatcher.watch("validate-search-tree", "Validate a search tree", root,
 *     "isSearchTree", order -> "returned " + ValidateSearchTree.isSearchTree(root, order), false, List.of());
 * }</pre>
 */
public final class LinkedTreeWatcher {
  private LinkedTreeWatcher() {}

  /**
   * Runs {@code code} with a tracing comparator and records each comparison.
   *
   * @param algorithm the algorithm's name
   * @param title the page heading
   * @param root the tree's root node, or null for the empty tree
   * @param operation what the code does, for the step texts ({@code "delete 5"})
   * @param code calls the code with the comparator and returns what it returned: a node (the new
   *     root) when {@code returnsRoot}, else any value, shown as text
   * @param returnsRoot whether the code returns the tree's new root, drawn in the last step
   * @param notes what a learner should know to read the trace
   * @return the trace; its last step is what the code returned, or what it threw
   * @throws NullPointerException if an argument other than {@code root} is null
   * @throws IllegalArgumentException if a node lacks the public fields
   */
  public static Trace watch(String algorithm, String title, Object root, String operation,
      Function<Comparator<TracedValue>, Object> code, boolean returnsRoot, List<String> notes) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(operation, "operation");
    List<Step> steps = new ArrayList<>();
    List<String> path = new ArrayList<>();
    long[] comparisons = {0};
    Nodes start = Nodes.ofLinked(root);
    steps.add(new Step("start", operation, state(operation, start, path, "", 0)));
    Comparator<TracedValue> order = (a, b) -> {
      if (++comparisons[0] > ArrayWatcher.MAX_COMPARISONS) {
        throw new IllegalStateException("stopped after " + ArrayWatcher.MAX_COMPARISONS
            + " comparisons (a loop that never ends?)");
      }
      Nodes shape = Nodes.ofLinked(root);
      String current = "";
      for (TracedValue key : new TracedValue[] {a, b}) {
        if (inTree(shape, key)) {
          current = key.label();
          if (!path.contains(key.label())) {
            path.add(key.label());
          }
        }
      }
      int sign = Integer.signum(Integer.compare(a.value(), b.value()));
      String effect = a.label() + (sign < 0 ? " < " : sign > 0 ? " > " : " = ") + b.label();
      steps.add(new Step(operation + ": compare " + a.label() + " with " + b.label(), effect,
          state(operation, shape, path, current, comparisons[0])));
      return sign;
    };
    String ending;
    Nodes last;
    try {
      Object answer = code.apply(order);
      last = returnsRoot ? Nodes.ofLinked(answer) : Nodes.ofLinked(root);
      ending = "returned " + (returnsRoot ? (answer == null ? "the empty tree" : "a tree of " + last.size() + " keys, "
          + "in order " + inOrder(last)) : String.valueOf(answer));
    } catch (RuntimeException | StackOverflowError thrown) {
      last = Nodes.ofLinked(root);
      ending = thrown instanceof IllegalStateException && thrown.getMessage() != null
          && thrown.getMessage().startsWith("stopped after") ? thrown.getMessage() : "threw " + thrown;
    }
    steps.add(new Step(ending, "", state(operation, last, path, "", comparisons[0])));
    return new Trace(algorithm, title, Family.TREE, operation + " on the tree " + inOrder(start) + " (in order)", notes,
        JsonObject.create(), steps, ending);
  }

  /** Whether {@code key} is a node's own key object: a query key equal to it is not, and is not highlighted. */
  private static boolean inTree(Nodes shape, TracedValue key) {
    for (int node = 0; node < shape.size(); node++) {
      if (shape.key(node) == key) {
        return true;
      }
    }
    return false;
  }

  /** The keys in order, by an explicit stack: a learner's tree may be deep. */
  private static List<String> inOrder(Nodes shape) {
    List<String> keys = new ArrayList<>();
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    int node = shape.size() == 0 ? -1 : 0;
    while (node >= 0 || !stack.isEmpty()) {
      while (node >= 0) {
        stack.push(node);
        node = shape.left(node);
      }
      node = stack.pop();
      keys.add(shape.key(node).label());
      node = shape.right(node);
    }
    return keys;
  }

  private static TreeState state(String operation, Nodes tree, List<String> path, String current, long comparisons) {
    return TreeState.of(operation, tree, path, current, List.of(), comparisons);
  }
}
