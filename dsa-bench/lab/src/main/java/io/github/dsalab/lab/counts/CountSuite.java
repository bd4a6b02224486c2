package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.Fits;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.results.Series;
import io.github.dsalab.lab.results.TwoSizeFits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Runs count experiments and fits each one. Counts are deterministic, so the (experiment, size)
 * tasks run in parallel, biggest first, without changing any number.
 */
public final class CountSuite {
  private CountSuite() {}

  /** Counts every experiment at every size and fits the results, in the order given. */
  public static List<LabRow> run(List<CountExperiment> experiments, int threads, Progress progress) {
    record Task(int experiment, int size, double weight) {}
    List<Task> tasks = new ArrayList<>();
    double totalWeight = 0;
    for (int e = 0; e < experiments.size(); e++) {
      CountExperiment experiment = experiments.get(e);
      for (int s = 0; s < experiment.sizes().size(); s++) {
        double weight = weight(experiment, experiment.sizes().get(s));
        tasks.add(new Task(e, s, weight));
        totalWeight += weight;
      }
    }
    tasks.sort(Comparator.comparingDouble(Task::weight).reversed());
    long[][] counts = new long[experiments.size()][];
    for (int e = 0; e < experiments.size(); e++) {
      counts[e] = new long[experiments.get(e).sizes().size()];
    }
    progress.startPhase("counts", totalWeight);
    DoubleAdder done = new DoubleAdder();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "lab-counts");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(pool.submit(() -> {
          CountExperiment experiment = experiments.get(task.experiment());
          CountExperiment.Size size = experiment.sizes().get(task.size());
          synchronized (progress) {
            progress.step("counting " + experiment.key() + " " + describe(size), done.sum(), -1);
          }
          counts[task.experiment()][task.size()] = experiment.counter().count(size.n(), size.m());
          done.add(task.weight());
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("count suite interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    progress.endPhase();
    List<LabRow> rows = new ArrayList<>();
    for (int e = 0; e < experiments.size(); e++) {
      rows.add(LabRow.countsOnly(experiments.get(e), fit(experiments.get(e), counts[e])));
    }
    return rows;
  }

  /** Fits one experiment's counts (one per size). */
  static Series fit(CountExperiment experiment, long[] counts) {
    List<CountExperiment.Size> sizes = experiment.sizes();
    double[] values = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      values[i] = counts[i];
    }
    if (experiment.twoSizes()) {
      return TwoSizeFits.fit(experiment.counted(), sizes, values);
    }
    long[] n = sizes.stream().mapToLong(CountExperiment.Size::n).toArray();
    return Fits.oneSize(experiment.counted(), n, values);
  }

  /** Counts one experiment at every size (sequentially; used by tests). */
  static Series countAndFit(CountExperiment experiment) {
    long[] counts = experiment.sizes().stream()
        .mapToLong(size -> experiment.counter().count(size.n(), size.m())).toArray();
    return fit(experiment, counts);
  }

  private static double weight(CountExperiment experiment, CountExperiment.Size size) {
    double n = size.n();
    // Predicted work steers the progress bar and the largest-first order; small sizes still cost a bit.
    double predicted = experiment.expected() instanceof ComplexityClass expected ? expected.growth(n) : n + size.m();
    return predicted + 1000;
  }

  private static String describe(CountExperiment.Size size) {
    return size.m() == 0 ? "n=" + size.n() : "V=" + size.n() + " E=" + size.m();
  }
}
