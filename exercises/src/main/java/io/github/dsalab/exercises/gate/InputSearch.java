package io.github.dsalab.exercises.gate;

import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SearchWorkload;
import io.github.dsalab.exercises.track.GateSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;

/**
 * The gate's search for bad inputs, for comparison-based exercises: a seeded hill climb that
 * starts from a test bed of classic hard inputs, then mutates the worst one found (swapping two
 * elements, copying one onto another, reversing a stretch) and keeps every change that does not
 * lower the learner's count, so that an
 * adversarial pivot pattern or a pathological run of duplicates is found even when no input
 * family covers it. It climbs at doubling sizes up to the gate's search size; at the largest it
 * compares the learner's count on the worst input found with the reference solution's count on
 * the same input, and fails above {@link #MARGIN}.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>step</th><th>time</th></tr>
 *   <tr><td>{@code run}</td><td>at most {@link #BUDGET} of climbing, plus a few runs of each side</td></tr>
 * </table>
 *
 * <pre>{@code
 * InputSearch.Result result = InputSearch.run(learner, reference, gate, deadline);
 * if (result.failed()) { ... result.message(gate) ... }
 * }</pre>
 */
public final class InputSearch {
  /**
   * How many inputs the climb tries at the largest size; each smaller size gets a third of it.
   * A count rather than a time keeps the search's findings the same on a busy machine as on an
   * idle one; 300 tries at n = 256 take about 60 ms of a quadratic learner's time on this
   * machine's cores, idle.
   */
  static final int TRIES = 300;
  /** A safety cap on the whole search, should the learner's code be very slow on some input. */
  static final Duration BUDGET = Duration.ofSeconds(2);
  /**
   * How many times the reference's count on the found input the learner's may be. Correct
   * solutions written differently from the reference stay under 2× (merge sorts, heap sorts,
   * random-pivot quick sorts against each other); a predictable pivot reaches 5× to 20× at n = 256.
   */
  static final double MARGIN = 4;
  /** The ratio from which a smaller input is worth showing as an example. */
  static final double SHOWN = 1.5;
  /** The smallest size climbed. */
  static final int SMALLEST = 16;
  /** Runs of each side on the found input; the median counts (randomised code varies). */
  static final int REPEATS = 3;

  private InputSearch() {}

  /**
   * The worst input found at one size.
   *
   * @param input the input
   * @param learner the learner's median count on it
   * @param reference the reference's median count on it
   * @param steps how many inputs were tried
   */
  record Found(Integer[] input, long learner, long reference, int steps) {
    double ratio() {
      return (double) learner / Math.max(1, reference);
    }
  }

  /**
   * The search's outcome: the worst input found at each size climbed, smallest first.
   *
   * @param found one entry per size
   */
  public record Result(List<Found> found) {
    Found largest() {
      return found.get(found.size() - 1);
    }

    public boolean failed() {
      return largest().ratio() > MARGIN;
    }

    /** The smallest input whose ratio is already worth showing, if any. */
    Optional<Found> smallestExample() {
      return found.stream().filter(f -> f.ratio() >= SHOWN).findFirst();
    }

    public String lines() {
      StringBuilder text = new StringBuilder("search for bad inputs (hill climbing on your count):\n");
      for (Found f : found) {
        text.append(String.format(Locale.ROOT, "%11s  %,15d  %,15d  %7.2f×  (%,d inputs tried)%n",
            "n = " + f.input().length, f.learner(), f.reference(), f.ratio(), f.steps()));
      }
      smallestExample().ifPresent(f -> text.append("worst input found at the smallest n (").append(f.input().length)
          .append("): ").append(Arrays.toString(f.input())).append('\n'));
      return text.toString();
    }

    public String message(GateSpec gate) {
      Found worst = largest();
      return String.format(Locale.ROOT, "correct, but a search for bad inputs found an input of size %,d on "
          + "which your code makes %,d %s, %.1f× the reference solution's %,d on the same input (at most %.0f× is "
          + "allowed). Some inputs drive your code to its worst case, which the exercise rules out; the smallest "
          + "such input found is below.", worst.input().length, worst.learner(), gate.counts(), worst.ratio(),
          worst.reference(), MARGIN);
    }
  }

  public static Result run(SpecLoader learner, SpecLoader reference, GateSpec gate, long deadline)
      throws ExecutionException {
    int largest = gate.searchSize().orElseThrow();
    List<Integer> sizes = new ArrayList<>();
    for (int n = Math.min(SMALLEST, largest); n < largest; n *= 2) {
      sizes.add(n);
    }
    sizes.add(largest);
    Optional<Result> result = TimeLimit.run("gate search", ComplexityGate.remaining(deadline),
        InputSearch.class.getClassLoader(), () -> {
          List<Found> found = new ArrayList<>();
          long end = System.nanoTime() + BUDGET.toNanos();
          for (int n : sizes) {
            // The largest size decides, so it gets the most tries.
            GateProgress.at("searching for a bad input, n = " + n);
            found.add(climb(workload(learner.load()), workload(reference.load()), n,
                n == largest ? TRIES : TRIES / 3, end));
          }
          return new Result(found);
        });
    return result.orElseThrow(() -> new IllegalStateException("the search for bad inputs did not finish in time"));
  }

  /**
   * Hill-climbs at size n for {@code tries} inputs (or until {@code end}): first through a test bed of classic hard inputs for
   * sorting (after J. L. Bentley and M. D. McIlroy, "Engineering a Sort Function", 1993:
   * sawtooth, random, stagger, plateau and shuffle patterns over several spreads, each as is,
   * reversed, half reversed, sorted either way or dithered), in a seeded random order for a third
   * of the tries, then by mutating the worst found. Finally both sides are measured on the worst
   * input.
   */
  private static Found climb(Method learner, Method reference, int n, int tries, long end) {
    Random random = new Random(Inputs.SEED + n);
    Integer[] best = Inputs.shuffled(n);
    long bestCount = count(learner, best);
    int steps = 1;
    List<Integer[]> bed = testBed(n, random);
    for (Integer[] candidate : bed) {
      if (steps >= tries / 3 || System.nanoTime() > end) {
        break;
      }
      long count = count(learner, candidate);
      steps++;
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    while (steps < tries && System.nanoTime() < end) {
      Integer[] candidate = mutate(best, random);
      long count = count(learner, candidate);
      steps++;
      if (count >= bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return new Found(best, median(learner, best), median(reference, best), steps);
  }

  /** Bentley and McIlroy's test bed at size n, in a seeded random order. */
  static List<Integer[]> testBed(int n, Random random) {
    List<Integer[]> bed = new ArrayList<>();
    for (int spread = 2; spread < 2 * n; spread *= 4) {
      for (int pattern = 0; pattern < 5; pattern++) {
        Integer[] base = new Integer[n];
        for (int i = 0, j = 0, k = 1; i < n; i++) {
          switch (pattern) {
            case 0:
              base[i] = i % spread;
              break;
            case 1:
              base[i] = (i * spread + i) % n;
              break;
            case 2:
              base[i] = Math.min(i, spread);
              break;
            case 3:
              base[i] = random.nextInt(spread) == 0 ? (j += 2) : (k += 2);
              break;
            default:
              base[i] = random.nextInt(spread);
              break;
          }
        }
        for (int variant = 0; variant < 6; variant++) {
          Integer[] input = base.clone();
          switch (variant) {
            case 1:
              reverse(input, 0, n);
              break;
            case 2:
              reverse(input, 0, n / 2);
              break;
            case 3:
              Arrays.sort(input);
              break;
            case 4:
              Arrays.sort(input);
              reverse(input, 0, n);
              break;
            case 5:
              for (int i = 0; i < n; i++) {
                input[i] += i % 5;
              }
              break;
            default:
              break;
          }
          bed.add(input);
        }
      }
    }
    java.util.Collections.shuffle(bed, random);
    return bed;
  }

  private static void reverse(Integer[] values, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      Integer swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }


  private static Integer[] mutate(Integer[] input, Random random) {
    Integer[] next = input.clone();
    int n = next.length;
    int i = random.nextInt(n);
    int j = random.nextInt(n);
    switch (random.nextInt(3)) {
      case 0:
        Integer swap = next[i];
        next[i] = next[j];
        next[j] = swap;
        break;
      case 1:
        next[j] = next[i];
        break;
      default:
        reverse(next, Math.min(i, j), Math.max(i, j) + 1);
        break;
    }
    return next;
  }

  private static long median(Method workload, Integer[] input) {
    long[] counts = new long[REPEATS];
    for (int r = 0; r < REPEATS; r++) {
      counts[r] = count(workload, input);
    }
    Arrays.sort(counts);
    return counts[REPEATS / 2];
  }

  private static long count(Method workload, Integer[] input) {
    try {
      return (Long) workload.invoke(null, (Object) input.clone());
    } catch (InvocationTargetException e) {
      throw ComplexityGate.sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static Method workload(Class<?> spec) {
    for (Method method : spec.getDeclaredMethods()) {
      if (method.isAnnotationPresent(SearchWorkload.class)) {
        if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != long.class
            || method.getParameterCount() != 1 || method.getParameterTypes()[0] != Integer[].class) {
          throw new IllegalStateException(spec.getName() + "." + method.getName()
              + ": a @SearchWorkload method must be static long name(Integer[] values)");
        }
        method.setAccessible(true);
        return method;
      }
    }
    throw new IllegalStateException(spec.getName() + " has no @SearchWorkload method, but its gate searches");
  }
}
