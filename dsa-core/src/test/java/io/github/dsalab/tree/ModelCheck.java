package io.github.dsalab.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * A tree and a {@link TreeMap} driven side by side by a jqwik action chain: every action picks a
 * view (a chain of {@code subMap/headMap/tailMap/descendingMap} steps, possibly out of range), runs
 * one operation on the same view of both, and demands the same result or the same exception.
 */
final class ModelCheck {
  final TreeMap<Integer, String> model;
  final AbstractBinaryTreeMap<Integer, String> tree;

  ModelCheck(TreeMap<Integer, String> model, AbstractBinaryTreeMap<Integer, String> tree) {
    this.model = model;
    this.tree = tree;
  }

  @Override
  public String toString() {
    return "model " + model + ", tree " + tree;
  }

  /** One step from a map to one of its views. */
  record Step(String name, Function<NavigableMap<Integer, String>, NavigableMap<Integer, String>> view) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One operation, applied to a view of each map; results must be plain snapshots. */
  record Operation(String name, Function<NavigableMap<Integer, String>, Object> run) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** What running something produced: a value, or the class of what it threw. */
  record Outcome(Object value, Class<?> thrown) {
    static Outcome of(List<Step> path, Operation operation, NavigableMap<Integer, String> map) {
      try {
        NavigableMap<Integer, String> view = map;
        for (Step step : path) {
          view = step.view().apply(view);
        }
        return new Outcome(operation.run().apply(view), null);
      } catch (RuntimeException e) {
        return new Outcome(null, e.getClass());
      }
    }
  }

  void run(List<Step> path, Operation operation) {
    Outcome expected = Outcome.of(path, operation, model);
    Outcome actual = Outcome.of(path, operation, tree);
    assertEquals(expected, actual, () -> path + "." + operation + " on " + model);
  }

  /** Checked after every action: same contents, same rendering, and the tree's own invariants. */
  void checkInvariants(Predicate<AbstractBinaryTreeMap<Integer, String>> shapeBound) {
    assertTrue(tree.check(), () -> "invariants broken: preorder " + tree.preorder());
    assertTrue(shapeBound.test(tree), () -> "height " + tree.height() + " for size " + tree.size());
    assertEquals(model, tree);
    assertEquals(tree, model);
    assertEquals(model.hashCode(), tree.hashCode());
    assertEquals(model.toString(), tree.toString());
    assertEquals(new ArrayList<>(model.keySet()), tree.inorder());
    assertEquals(model.size(), tree.size());
  }

  static Action.Independent<ModelCheck> action() {
    return () -> Combinators.combine(paths(), operations())
        .as((path, operation) -> Transformer.mutate(
            path + "." + operation, (ModelCheck check) -> check.run(path, operation)));
  }

  // ---------------------------------------------------------------- generators

  private static Arbitrary<Integer> keys() {
    return Arbitraries.integers().between(-3, 24);
  }

  private static Arbitrary<String> values() {
    return Arbitraries.of("a", "b", "c", "d").injectNull(0.1);
  }

  private static Arbitrary<List<Step>> paths() {
    Arbitrary<Boolean> inclusive = Arbitraries.of(true, false);
    Arbitrary<Step> step = Arbitraries.oneOf(
        Combinators.combine(keys(), inclusive, keys(), inclusive).as((a, ai, b, bi) ->
            new Step("subMap(" + a + "," + ai + "," + b + "," + bi + ")", m -> m.subMap(a, ai, b, bi))),
        Combinators.combine(keys(), inclusive).as((a, ai) ->
            new Step("headMap(" + a + "," + ai + ")", m -> m.headMap(a, ai))),
        Combinators.combine(keys(), inclusive).as((a, ai) ->
            new Step("tailMap(" + a + "," + ai + ")", m -> m.tailMap(a, ai))),
        Combinators.combine(keys(), keys()).as((a, b) ->
            new Step("subMap(" + a + "," + b + ")", m -> (NavigableMap<Integer, String>) m.subMap(a, b))),
        keys().map(a -> new Step("headMap(" + a + ")", m -> (NavigableMap<Integer, String>) m.headMap(a))),
        keys().map(a -> new Step("tailMap(" + a + ")", m -> (NavigableMap<Integer, String>) m.tailMap(a))),
        Arbitraries.just(new Step("descendingMap()", NavigableMap::descendingMap)));
    // Mostly the whole map, so that puts build the tree up; sometimes views of views.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<Step>of())),
        net.jqwik.api.Tuple.of(4, step.list().ofMinSize(1).ofMaxSize(3)));
  }

  private static Operation op(String name, Function<NavigableMap<Integer, String>, Object> run) {
    return new Operation(name, run);
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Operation> operations() {
    Arbitrary<Integer> strides = Arbitraries.integers().between(1, 3);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Combinators.combine(keys(), values())
            .as((k, v) -> op("put(" + k + "," + v + ")", m -> m.put(k, v)))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(keys(), values())
            .as((k, v) -> op("putIfAbsent(" + k + "," + v + ")", m -> m.putIfAbsent(k, v)))),
        net.jqwik.api.Tuple.of(3, keys().map(k -> op("remove(" + k + ")", m -> m.remove(k)))),
        net.jqwik.api.Tuple.of(4, keys().map(ModelCheck::query)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(
            op("pollFirstEntry()", NavigableMap::pollFirstEntry),
            op("pollLastEntry()", NavigableMap::pollLastEntry),
            op("navigableKeySet().pollFirst()", m -> m.navigableKeySet().pollFirst()),
            op("descendingKeySet().pollFirst()", m -> m.descendingKeySet().pollFirst()),
            op("navigableKeySet().pollLast()", m -> m.navigableKeySet().pollLast()),
            op("clear()", m -> {
              m.clear();
              return m.size();
            }),
            op("firstKey()", NavigableMap::firstKey),
            op("lastKey()", NavigableMap::lastKey),
            op("firstEntry()", NavigableMap::firstEntry),
            op("lastEntry()", NavigableMap::lastEntry),
            op("rendering", ModelCheck::rendering),
            op("descendingIterator()", m -> list(m.navigableKeySet().descendingIterator())))),
        net.jqwik.api.Tuple.of(3, strides.map(s -> op("entry iterator remove every " + s,
            m -> removeEvery(s, m.entrySet().iterator())))),
        net.jqwik.api.Tuple.of(1, strides.map(s -> op("key iterator remove every " + s,
            m -> removeEvery(s, m.navigableKeySet().iterator())))),
        net.jqwik.api.Tuple.of(1, strides.map(s -> op("descending key iterator remove every " + s,
            m -> removeEvery(s, m.descendingKeySet().iterator())))),
        net.jqwik.api.Tuple.of(1, values().map(v -> op("values remove all " + v,
            m -> m.values().removeIf(x -> Objects.equals(x, v))))),
        net.jqwik.api.Tuple.of(2, Combinators.combine(strides, values()).as((s, v) ->
            op("setValue(" + v + ") every " + s, m -> setEvery(s, v, m)))),
        net.jqwik.api.Tuple.of(2, Combinators.combine(keys(), values()).as((k, v) ->
            op("entrySet remove/contains " + k + "=" + v, m -> List.of(
                m.entrySet().contains(Map.entry(k, "" + v)),
                m.entrySet().remove(new java.util.AbstractMap.SimpleEntry<>(k, v)))))),
        net.jqwik.api.Tuple.of(2, Combinators.combine(keys(), Arbitraries.of(true, false), keys())
            .as((a, inclusive, b) -> op("key set views " + a + "," + inclusive + "," + b,
                m -> keySetViews(m.navigableKeySet(), a, inclusive, b)))),
        net.jqwik.api.Tuple.of(1, keys().map(k -> op("keySet().remove(" + k + ")",
            m -> m.keySet().remove(k)))));
  }

  /** Every read-only lookup at one key, gathered into one list. */
  private static Operation query(Integer k) {
    return op("queries(" + k + ")", m -> {
      List<Object> answers = new ArrayList<>();
      answers.add(m.get(k));
      answers.add(m.containsKey(k));
      answers.add(m.containsValue("" + (char) ('a' + Math.floorMod(k, 4))));
      answers.add(m.lowerEntry(k));
      answers.add(m.floorEntry(k));
      answers.add(m.ceilingEntry(k));
      answers.add(m.higherEntry(k));
      answers.add(m.lowerKey(k));
      answers.add(m.floorKey(k));
      answers.add(m.ceilingKey(k));
      answers.add(m.higherKey(k));
      answers.add(m.size());
      answers.add(m.isEmpty());
      answers.add(m.comparator() == null ? "natural" : Integer.signum(m.comparator().compare(k, 7)));
      answers.add(m.navigableKeySet().contains(k));
      answers.add(m.navigableKeySet().ceiling(k));
      answers.add(m.descendingKeySet().ceiling(k));
      return answers;
    });
  }

  private static Object rendering(NavigableMap<Integer, String> m) {
    return List.of(
        m.toString(), m.hashCode(), m.keySet().toString(), m.values().toString(),
        m.entrySet().toString(), m.descendingMap().toString(), m.equals(new HashMap<>(m)),
        m.navigableKeySet().equals(new java.util.HashSet<>(m.keySet())),
        m.entrySet().hashCode());
  }

  private static List<Object> keySetViews(NavigableSet<Integer> keys, int a, boolean inclusive, int b) {
    List<Object> answers = new ArrayList<>();
    for (NavigableSet<Integer> set : List.of(keys, keys.descendingSet())) {
      answers.add(safely(() -> set.headSet(a, inclusive).toString()));
      answers.add(safely(() -> set.tailSet(a, inclusive).size()));
      answers.add(safely(() -> set.subSet(a, inclusive, b, !inclusive).toString()));
      answers.add(safely(() -> ((NavigableSet<Integer>) set.subSet(a, b)).descendingSet().toString()));
      answers.add(safely(() -> set.headSet(b).size()));
      answers.add(safely(() -> ((NavigableSet<Integer>) set.tailSet(b)).pollLast()));
      answers.add(safely(() -> set.isEmpty() ? "empty" : set.first() + ".." + set.last()));
      answers.add(safely(() -> set.lower(a) + " " + set.floor(a) + " " + set.higher(a)));
    }
    return answers;
  }

  private static Object safely(java.util.function.Supplier<Object> answer) {
    try {
      return answer.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private static List<Object> removeEvery(int stride, Iterator<?> iterator) {
    List<Object> removed = new ArrayList<>();
    for (int i = 0; iterator.hasNext(); i++) {
      Object next = iterator.next();
      if (i % stride == 0) {
        removed.add(snapshot(next));
        iterator.remove();
      }
    }
    return removed;
  }

  private static List<Object> setEvery(int stride, String value, NavigableMap<Integer, String> m) {
    List<Object> old = new ArrayList<>();
    int i = 0;
    for (Map.Entry<Integer, String> entry : m.entrySet()) {
      if (i++ % stride == 0) {
        old.add(entry.setValue(value));
      }
    }
    return old;
  }

  private static List<Object> list(Iterator<?> iterator) {
    List<Object> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return Collections.unmodifiableList(items);
  }

  /** TreeMap reuses entry objects when it deletes, so live entries must be copied at once. */
  private static Object snapshot(Object item) {
    return item instanceof Map.Entry<?, ?> entry
        ? new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue())
        : item;
  }
}
