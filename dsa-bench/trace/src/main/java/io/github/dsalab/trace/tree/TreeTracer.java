package io.github.dsalab.trace.tree;

import io.github.dsalab.trace.ArrayWatcher;
import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import io.github.dsalab.tree.TreeShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Records puts and gets on dsa-core's {@link BinarySearchTree} or {@link AvlTree}, from outside:
 * a tracing comparator sees each key the search walks past, and {@link TreeShape} shows the tree
 * after each step. A rotation is seen as a parent and child that changed places: the child is
 * "lifted" above its former parent.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per comparison</th><td>{@code O(n)} to copy the shape</td></tr>
 * </table>
 *
 * <pre>{@code
 * Trace trace = TreeTracer.putThenGet("avl-tree", "AVL tree", true, new int[] {1, 2, 3}, new int[] {3}, List.of());
 * // the put of 3 ends with "2 lifted above 1": the AVL tree rotated left at 1
 * }</pre>
 */
public final class TreeTracer {
  private TreeTracer() {}

  /**
   * Puts {@code keys} into a new tree in order, then gets {@code lookups}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param avl true for an {@link AvlTree}, false for a plain {@link BinarySearchTree}
   * @param keys the keys to put, in order
   * @param lookups the keys to get afterwards
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   */
  public static Trace putThenGet(String algorithm, String title, boolean avl, int[] keys, int[] lookups,
      List<String> notes) {
    Recorder recorder = new Recorder();
    NavigableMap<TracedValue, Integer> tree;
    if (avl) {
      AvlTree<TracedValue, Integer> avlTree = new AvlTree<>(recorder);
      recorder.shape = () -> Nodes.of(TreeShape.of(avlTree));
      tree = avlTree;
    } else {
      BinarySearchTree<TracedValue, Integer> plain = new BinarySearchTree<>(recorder);
      recorder.shape = () -> Nodes.of(TreeShape.of(plain));
      tree = plain;
    }
    return record(algorithm, title, keys, lookups, notes, recorder, key -> tree.put(key, 0) != null,
        key -> tree.get(key) != null);
  }

  /**
   * A learner's search tree of linked nodes, as the tree exercises write it: {@code insert}
   * returns the root of the tree with the key, {@code contains} searches; nodes have public
   * fields {@code key}, {@code left} and {@code right}.
   */
  public interface LinkedTree {
    /**
     * Inserts a key.
     *
     * @param root the root, or null for an empty tree
     * @param key the key
     * @param order the order of the keys
     * @return the root of the tree with the key
     */
    Object insert(Object root, TracedValue key, Comparator<TracedValue> order);

    /**
     * Searches for a key.
     *
     * @param root the root, or null for an empty tree
     * @param key the key
     * @param order the order of the keys
     * @return whether the key is in the tree
     */
    boolean contains(Object root, TracedValue key, Comparator<TracedValue> order);
  }

  /**
   * Inserts {@code keys} into an empty linked tree in order, then searches for {@code lookups}.
   *
   * @param algorithm the algorithm's name
   * @param title the page heading
   * @param tree the learner's (or the reference's) insert and contains
   * @param keys the keys to insert, in order
   * @param lookups the keys to search for afterwards
   * @param notes what a learner should know to read the trace
   * @return the trace
   */
  public static Trace insertThenContains(String algorithm, String title, LinkedTree tree, int[] keys, int[] lookups,
      List<String> notes) {
    Recorder recorder = new Recorder();
    Object[] root = new Object[1];
    recorder.shape = () -> Nodes.ofLinked(root[0]);
    return record(algorithm, title, keys, lookups, notes, recorder, key -> {
      int before = Nodes.ofLinked(root[0]).size();
      root[0] = tree.insert(root[0], key, recorder);
      return Nodes.ofLinked(root[0]).size() == before;
    }, key -> tree.contains(root[0], key, recorder));
  }

  /** Runs the puts, then the gets; {@code put} says whether the key was there already. */
  private static Trace record(String algorithm, String title, int[] keys, int[] lookups, List<String> notes,
      Recorder recorder, Predicate<TracedValue> put, Predicate<TracedValue> get) {
    TracedValue[] tagged = TracedValue.tag(keys);
    TracedValue[] items = Arrays.copyOf(tagged, keys.length + lookups.length);
    for (int j = 0; j < lookups.length; j++) {
      items[keys.length + j] = new TracedValue(lookups[j], keys.length + j, Integer.toString(lookups[j]));
    }
    recorder.steps.add(new Step("start", "", recorder.state("", recorder.shape.get(), "", List.of())));
    String failure = null;
    List<String> found = new ArrayList<>();
    try {
      for (int i = 0; i < keys.length; i++) {
        TracedValue key = items[i];
        recorder.begin("put " + key.label(), key);
        Nodes before = recorder.shape.get();
        boolean replaced = put.test(key);
        recorder.endPut(before, replaced);
      }
      for (int i = keys.length; i < items.length; i++) {
        TracedValue key = items[i];
        recorder.begin("get " + key.label(), key);
        String answer = get.test(key) ? "found" : "absent";
        found.add(key.value() + " " + answer);
        recorder.steps.add(new Step("get " + key.label(), answer + " after " + recorder.path.size() + " comparisons",
            recorder.state("get " + key.label(), recorder.shape.get(), "", List.of())));
      }
    } catch (RuntimeException | StackOverflowError thrown) {
      failure = "threw " + thrown;
      recorder.steps.add(new Step("stopped", failure, recorder.state("", recorder.shape.get(), "", List.of())));
    }
    Nodes last = recorder.shape.get();
    String result = failure != null ? failure : "height " + last.height() + " with " + last.size() + " keys"
        + (found.isEmpty() ? "" : "; " + String.join(", ", found));
    return new Trace(algorithm, title, Family.TREE, "put " + Arrays.toString(keys)
        + (lookups.length == 0 ? "" : ", then get " + Arrays.toString(lookups)), notes, JsonObject.create(),
        recorder.steps, result);
  }

  /** The tracing comparator: one step per comparison of the operation's key with a node's key. */
  private static final class Recorder implements Comparator<TracedValue> {
    final List<Step> steps = new ArrayList<>();
    final List<String> path = new ArrayList<>();
    Supplier<Nodes> shape;
    private String operation = "";
    private TracedValue key;
    private String lastDirection = "";
    private String lastNode = "";
    private int lastNodeId = -1;
    private long comparisons;

    void begin(String operation, TracedValue key) {
      this.operation = operation;
      this.key = key;
      path.clear();
      lastDirection = "";
      lastNode = "";
      lastNodeId = -1;
    }

    @Override
    public int compare(TracedValue a, TracedValue b) {
      if (++comparisons > ArrayWatcher.MAX_COMPARISONS) {
        throw new IllegalStateException("stopped after " + ArrayWatcher.MAX_COMPARISONS
            + " comparisons (a loop that never ends?)");
      }
      if (a.id() == b.id()) {
        // TreeMap's habit, kept by dsa-core: the first put compares the key with itself, to fail
        // early on a key the order cannot compare.
        steps.add(new Step(operation + ": compare " + a.label() + " with itself", "the tree is empty: this only checks "
            + "that the key can be compared", state(operation, shape.get(), "", List.of())));
        return 0;
      }
      boolean keyFirst = a.id() == key.id();
      TracedValue node = keyFirst ? b : a;
      int sign = Integer.signum(Integer.compare(key.value(), node.value()));
      path.add(node.label());
      lastNode = node.label();
      lastNodeId = node.id();
      lastDirection = sign < 0 ? "left" : sign > 0 ? "right" : "here";
      String effect = sign < 0 ? key.label() + " < " + node.label() + ": go left"
          : sign > 0 ? key.label() + " > " + node.label() + ": go right" : "equal: found " + node.label();
      steps.add(new Step(operation + ": compare with " + node.label(), effect,
          state(operation, shape.get(), node.label(), List.of())));
      return keyFirst ? sign : -sign;
    }

    void endPut(Nodes before, boolean replaced) {
      Nodes after = shape.get();
      List<String> lifted = new ArrayList<>();
      Map<Integer, Integer> parentBefore = parents(before);
      if (!replaced && lastNodeId >= 0) {
        // The tree as it was just after linking the new leaf, before any rotation.
        parentBefore.put(key.id(), lastNodeId);
      }
      Map<Integer, Integer> parentAfter = parents(after);
      for (Map.Entry<Integer, Integer> link : parentAfter.entrySet()) {
        Integer child = link.getKey();
        Integer parent = link.getValue();
        // A node whose new parent used to be below it was rotated down: its new parent was lifted.
        if (parent != null && !parent.equals(parentBefore.get(child)) && isBelow(parent, child, parentBefore)) {
          lifted.add(label(after, parent) + " lifted above " + label(after, child));
        }
      }
      String effect;
      if (replaced) {
        effect = "key present: value replaced";
      } else if (lastNode.isEmpty()) {
        effect = "the tree was empty: " + key.label() + " is the root";
      } else if (lifted.isEmpty()) {
        effect = placement(after);
      } else {
        // A rotation moved the new node since: where the search put it is what its comparisons said.
        effect = "inserted as the " + lastDirection + " child of " + lastNode;
      }
      if (!lifted.isEmpty()) {
        effect += "; rebalanced: " + String.join(", ", lifted)
            + (lifted.size() == 2 ? " (a double rotation)" : " (a rotation)");
      }
      List<String> liftedKeys = lifted.stream().map(text -> text.substring(0, text.indexOf(' '))).toList();
      steps.add(new Step(operation, effect, state(operation, after, key.label(), liftedKeys)));
    }

    /** Where the new key sits in {@code after}, as seen in the shape (not as the comparisons suggest). */
    private String placement(Nodes after) {
      for (int node = 0; node < after.size(); node++) {
        if (after.left(node) >= 0 && after.key(after.left(node)).id() == key.id()) {
          return "inserted as the left child of " + after.key(node).label();
        }
        if (after.right(node) >= 0 && after.key(after.right(node)).id() == key.id()) {
          return "inserted as the right child of " + after.key(node).label();
        }
      }
      return after.size() > 0 && after.key(0).id() == key.id() ? key.label() + " is the root"
          : key.label() + " is not in the tree after the insertion";
    }

    /** Whether {@code node} lies in the subtree of {@code ancestor}, following {@code parents}. */
    private static boolean isBelow(Integer node, Integer ancestor, Map<Integer, Integer> parents) {
      for (Integer up = parents.get(node); up != null; up = parents.get(up)) {
        if (up.equals(ancestor)) {
          return true;
        }
      }
      return false;
    }

    private static String label(Nodes shape, int id) {
      for (int node = 0; node < shape.size(); node++) {
        if (shape.key(node).id() == id) {
          return shape.key(node).label();
        }
      }
      throw new IllegalStateException("no node " + id);
    }

    /** Parent of each key, by element id (the root maps to null). */
    private static Map<Integer, Integer> parents(Nodes shape) {
      Map<Integer, Integer> parents = new HashMap<>();
      for (int node = 0; node < shape.size(); node++) {
        if (node == 0) {
          parents.put(shape.key(0).id(), null);
        }
        for (int child : new int[] {shape.left(node), shape.right(node)}) {
          if (child >= 0) {
            parents.put(shape.key(child).id(), shape.key(node).id());
          }
        }
      }
      return parents;
    }

    TreeState state(String operation, Nodes tree, String current, List<String> lifted) {
      return TreeState.of(operation, tree, path, current, lifted, comparisons);
    }
  }
}
