package io.github.dsalab.exercises.checker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.track.Exercise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one spec class through the JUnit Platform (Jupiter and jqwik) and collects its failures. */
public final class SpecRunner {
  private SpecRunner() {}

  /** What a run of a spec found. */
  static final class Report {
    final int testsRun;
    final List<TestFailure> failures;
    final boolean timedOut;
    final String runningTest;

    Report(int testsRun, List<TestFailure> failures, boolean timedOut, String runningTest) {
      this.testsRun = testsRun;
      this.failures = failures;
      this.timedOut = timedOut;
      this.runningTest = runningTest;
    }
  }

  /** Which of a spec's tests to run: the stress tests run last, after the complexity gate. */
  enum Phase {
    /** Every test not tagged {@link Stress#TAG}. */
    REGULAR,
    /** Only the tests tagged {@link Stress#TAG}: large inputs that a too-slow solution cannot finish. */
    STRESS;

    PostDiscoveryFilter filter() {
      return this == REGULAR ? TagFilter.excludeTags(Stress.TAG) : TagFilter.includeTags(Stress.TAG);
    }
  }

  /**
   * Runs the spec's tests of one phase on the calling thread (the forked JVM's learner thread;
   * the checker enforces the time limit by ending that JVM).
   *
   * @param running told the display name of each test as it starts
   */
  static Report run(Class<?> spec, Exercise exercise, Phase phase, Map<String, String> configuration,
      Consumer<String> running) {
    Collector collector = new Collector(exercise, running);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(spec))
        .filters(phase.filter())
        .configurationParameters(configuration)
        .build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, collector);
    synchronized (collector) {
      return new Report(collector.testsRun.get(), new ArrayList<>(collector.failures), false, collector.running);
    }
  }

  /** Listens to the run; jqwik publishes the shrunk sample of a failed property as a report entry. */
  private static final class Collector implements TestExecutionListener {
    final AtomicInteger testsRun = new AtomicInteger();
    final List<TestFailure> failures = Collections.synchronizedList(new ArrayList<>());
    final Map<String, StringBuilder> reports = new HashMap<>();
    volatile String running = "";
    private final Exercise exercise;
    private final Consumer<String> listener;

    Collector(Exercise exercise, Consumer<String> listener) {
      this.exercise = exercise;
      this.listener = listener;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        running = test.getDisplayName();
        listener.accept(running);
      }
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
      StringBuilder text = reports.computeIfAbsent(test.getUniqueId(), id -> new StringBuilder());
      entry.getKeyValuePairs().forEach((key, value) -> text.append(value).append('\n'));
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (test.isTest()) {
        testsRun.incrementAndGet();
      }
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        Throwable cause = result.getThrowable().orElseGet(() -> new AssertionError("aborted"));
        StringBuilder report = reports.get(test.getUniqueId());
        failures.add(new TestFailure(test.getDisplayName(),
            report == null ? Optional.empty() : shrunkSample(report.toString()),
            TestFailure.Cause.of(exercise, cause)));
      }
    }
  }

  /**
   * Picks the sample block out of jqwik's failure report: the lines under "Shrunk Sample" (or
   * "Sample" when nothing could be shrunk), up to the next blank line.
   */
  public static Optional<String> shrunkSample(String report) {
    String[] lines = report.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("Shrunk Sample") || line.equals("Sample")) {
        StringBuilder sample = new StringBuilder();
        int j = i + 1;
        if (j < lines.length && lines[j].strip().startsWith("---")) {
          j++;
        }
        for (; j < lines.length && !lines[j].isBlank(); j++) {
          sample.append(lines[j].strip()).append('\n');
        }
        return sample.length() == 0 ? Optional.empty() : Optional.of(sample.toString().strip());
      }
    }
    return Optional.empty();
  }
}
