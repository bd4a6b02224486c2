package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.gate.ComplexityGate;
import io.github.dsalab.exercises.gate.GateProgress;
import io.github.dsalab.exercises.gate.GateReport;
import io.github.dsalab.exercises.gate.GateVerdict;
import io.github.dsalab.exercises.gate.SpecLoader;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.GateSpec;
import io.github.dsalab.exercises.track.Track;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The forked JVM's side of a check: the only place learner code runs. The checker
 * ({@link IsolatedRun}) starts it, sends one request line on standard input (a nonce and the
 * jobs: compiled classes of one exercise each), and reads its reports on standard output.
 *
 * <p>Every report line starts with the nonce, which only this JVM's main method ever held, so the
 * learner's code cannot forge a result by printing: {@code System.out} is sent to standard error
 * before any learner class is loaded, and lines without the nonce are ignored. Reports, in order:
 * {@code job i}, {@code phase tests|gate|stress}, {@code test <name>}, {@code gate <where>},
 * {@code result i <Outcome>}, and finally {@code done}. A shutdown hook reports
 * {@code exit <frames>} when the learner's code calls {@code System.exit}.
 *
 * <p>Learner code runs on a thread with a fixed stack of {@link #STACK_BYTES}. Every spec class
 * is loaded afresh per phase and per gate measurement (a new class loader over the compiled
 * folder), so no static state survives from the tests into the gate or from one gate size to the
 * next.
 */
final class ForkedCheck {
  /**
   * The learner thread's stack: 2 MiB, twice the JVM's default, so the test framework's frames
   * below the learner's code leave it the whole default; recursion deep in the hundred thousands
   * still overflows, and is reported as such.
   */
  static final long STACK_BYTES = 2L << 20;

  /**
   * jqwik logs its after-failure strategy at INFO and a bounded shrinking's end at WARNING, which
   * would pass for the learner's output: only its errors are let through.
   */
  private static final java.util.logging.Logger JQWIK_LOG = java.util.logging.Logger.getLogger("net.jqwik");


  /** One exercise to check in the forked JVM. */
  record Job(String exercise, String classes, Optional<String> reference, ExerciseCheck.Depth depth,
      long testLimitMillis, long gateLimitMillis, List<String> configuration) {
    Job {
      configuration = List.copyOf(configuration);
    }
  }

  /** What the checker sends: the nonce that marks reports, the checkout, and the jobs in order. */
  record Request(String nonce, String root, List<Job> jobs) {
    Request {
      jobs = List.copyOf(jobs);
    }
  }

  /** What the shutdown hook reports when the learner's code ends the JVM with {@code System.exit}. */
  record Exit(List<String> learnerFrames) {
    Exit {
      learnerFrames = List.copyOf(learnerFrames);
    }
  }

  private final OutputStream channel;
  private final String nonce;
  private volatile boolean finished;
  private volatile Exercise exercise;

  private ForkedCheck(OutputStream channel, String nonce) {
    this.channel = channel;
    this.nonce = nonce;
  }

  /**
   * Runs the jobs of the request read from standard input.
   *
   * @param args none
   */
  public static void main(String[] args) {
    OutputStream channel = new FileOutputStream(FileDescriptor.out);
    JQWIK_LOG.setLevel(java.util.logging.Level.SEVERE);
    // Loading the test engines while the checker still compiles saves most of a second.
    LauncherFactory.create();
    String line;
    try {
      line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      line = null;
    }
    if (line == null) {
      // The checker did not need this JVM after all (the file did not compile).
      Runtime.getRuntime().halt(0);
      return;
    }
    Request request = RecordCodec.decode(line, Request.class);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    System.setIn(InputStream.nullInputStream());
    ForkedCheck fork = new ForkedCheck(channel, request.nonce());
    GateProgress.listen(fork::gateAt);
    Runtime.getRuntime().addShutdownHook(new Thread(fork::exiting, "exit report"));
    try {
      Track track = Track.load(Paths.get(request.root()));
      for (int i = 0; i < request.jobs().size(); i++) {
        Job job = request.jobs().get(i);
        fork.send("job", Integer.toString(i));
        Outcome outcome = fork.runOnLearnerThread(track, job);
        fork.send("result", i + " " + RecordCodec.encode(outcome));
      }
    } catch (RuntimeException | Error e) {
      // The checker's own failure: one line to the checker, no stack trace on the learner's screen.
      fork.finished = true;
      fork.send("internal", e.getClass().getSimpleName() + ": " + e.getMessage());
      Runtime.getRuntime().halt(3);
    }
    fork.finished = true;
    fork.send("done", "");
    System.exit(0);
  }

  /**
   * Tells the checker where the gate is, e.g. {@code sorted input, n = 4096}, so that a loop, an
   * overflow or an exit can be reported with the size that was running.
   */
  private void gateAt(String where) {
    gateWhere = where;
    send("gate", where);
  }

  private volatile String gateWhere = "";

  private void send(String kind, String payload) {
    byte[] line = (nonce + " " + kind + " " + payload.replaceAll("\\R", " ") + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        channel.write(line);
        channel.flush();
      } catch (IOException e) {
        // The checker has gone: nobody is left to report to.
        Runtime.getRuntime().halt(4);
      }
    }
  }

  /** The shutdown hook: if a job was running, the learner's code called {@code System.exit}. */
  private void exiting() {
    if (finished) {
      return;
    }
    List<String> frames = new ArrayList<>();
    Exercise running = exercise;
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      if (running != null && frames.isEmpty()) {
        frames.addAll(TestFailure.Cause.learnerFrames(running, thread.getValue()));
      }
    }
    send("exit", RecordCodec.encode(new Exit(frames)));
  }

  private Outcome runOnLearnerThread(Track track, Job job) {
    Outcome[] outcome = new Outcome[1];
    Throwable[] internal = new Throwable[1];
    Thread learner = new Thread(null, () -> {
      try {
        outcome[0] = run(track, job);
      } catch (RuntimeException | Error e) {
        internal[0] = e;
      }
    }, "learner", STACK_BYTES);
    learner.start();
    try {
      learner.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (internal[0] != null) {
      throw new IllegalStateException(String.valueOf(internal[0]), internal[0]);
    }
    return outcome[0];
  }

  private Outcome run(Track track, Job job) {
    Exercise exercise = track.find(job.exercise())
        .orElseThrow(() -> new IllegalArgumentException("no exercise " + job.exercise()));
    this.exercise = exercise;
    Map<String, String> configuration = new LinkedHashMap<>();
    for (String entry : job.configuration()) {
      int equals = entry.indexOf('=');
      configuration.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
    List<URLClassLoader> loaders = new ArrayList<>();
    try {
      SpecLoader learner = fresh(Paths.get(job.classes()), exercise, loaders);
      SpecLoader reference = job.reference().isPresent()
          ? fresh(Paths.get(job.reference().get()), exercise, loaders) : learner;
      send("phase", "tests");
      SpecRunner.Report report = SpecRunner.run(learner.load(), exercise, SpecRunner.Phase.REGULAR,
          configuration, name -> send("test", name));
      Optional<Outcome> failed = failure(report);
      if (failed.isPresent()) {
        return failed.get();
      }
      Optional<GateVerdict> verdict = Optional.empty();
      if (exercise.gate().isPresent()) {
        send("phase", "gate");
        gateWhere = "";
        Gate gate = gate(track.root(), exercise, learner, reference, job.reference(),
            Duration.ofMillis(job.gateLimitMillis()), report.testsRun);
        if (gate.stopped.isPresent()) {
          return gate.stopped.get();
        }
        verdict = gate.verdict;
        if (verdict.orElseThrow().kind() == GateVerdict.Kind.FAIL) {
          return new Outcome(Outcome.Status.TOO_SLOW, "", report.testsRun, List.of(), "", verdict);
        }
      }
      int testsRun = report.testsRun;
      if (job.depth() == ExerciseCheck.Depth.FULL) {
        send("phase", "stress");
        SpecRunner.Report stress = SpecRunner.run(learner.load(), exercise, SpecRunner.Phase.STRESS,
            configuration, name -> send("test", name));
        failed = failure(stress);
        if (failed.isPresent()) {
          return failed.get();
        }
        testsRun += stress.testsRun;
      }
      return new Outcome(Outcome.Status.PASSED, "", testsRun, List.of(), "", verdict);
    } finally {
      for (URLClassLoader loader : loaders) {
        try {
          loader.close();
        } catch (IOException e) {
          // Nothing to release then.
        }
      }
    }
  }

  /** The gate's verdict, or the outcome that stopped it (an overflow, an exception). */
  private static final class Gate {
    Optional<GateVerdict> verdict = Optional.empty();
    Optional<Outcome> stopped = Optional.empty();
  }

  private Gate gate(Path root, Exercise exercise, SpecLoader learner, SpecLoader reference,
      Optional<String> referenceKey, Duration limit, int testsRun) {
    GateSpec spec = exercise.gate().orElseThrow();
    Gate gate = new Gate();
    try {
      // The chart of the learner's and the reference's counts, linked from the verdict.
      gate.verdict = Optional.of(GateReport.write(root.resolve("exercises/target/gate"), exercise, spec,
          ComplexityGate.measure(learner, reference, referenceKey, spec, limit)));
    } catch (ComplexityGate.TooSlow e) {
      gate.verdict = Optional.of(new GateVerdict(GateVerdict.Kind.FAIL, "too slow to measure", "correct, but "
          + e.getMessage() + " (" + spec.input() + "), where " + spec.expected() + " is expected.", ""));
    } catch (ExecutionException e) {
      gate.stopped = Optional.of(gateFailure(exercise, e.getCause() == null ? e : e.getCause(), testsRun));
    } catch (RuntimeException | StackOverflowError e) {
      gate.stopped = Optional.of(gateFailure(exercise, e, testsRun));
    }
    return gate;
  }

  /** An exception or an overflow during the gate, reported with the size that was running. */
  private Outcome gateFailure(Exercise exercise, Throwable thrown, int testsRun) {
    String where = gateWhere.isEmpty() ? IsolatedRun.GATE : IsolatedRun.GATE + ", " + gateWhere;
    TestFailure.Cause cause = TestFailure.Cause.of(exercise, thrown);
    if (cause.kind() == TestFailure.Kind.STACK_OVERFLOW) {
      return new Outcome(Outcome.Status.STACK_OVERFLOW, "", testsRun,
          List.of(new TestFailure(where, Optional.empty(), cause)), where, Optional.empty());
    }
    if (cause.learnerFrames().isEmpty()) {
      // Not thrown by the learner's code: the gate could not make sense of what it measured
      // (no counted operation, a count that is not a number).
      cause = new TestFailure.Cause(TestFailure.Kind.ASSERTION, thrown.getClass().getName(),
          "the complexity gate could not measure your code: " + thrown.getMessage()
              + ". Does your code do its work through the counted operations the statement names, every time"
              + " it is called (no results kept in static fields between calls)?", "", "", List.of());
    }
    return new Outcome(Outcome.Status.FAILING, "", testsRun,
        List.of(new TestFailure(where, Optional.empty(), cause)), where, Optional.empty());
  }

  private static Optional<Outcome> failure(SpecRunner.Report report) {
    if (report.failures.isEmpty()) {
      return Optional.empty();
    }
    List<TestFailure> overflows = new ArrayList<>();
    for (TestFailure failure : report.failures) {
      if (failure.cause().kind() == TestFailure.Kind.STACK_OVERFLOW) {
        overflows.add(failure);
      }
    }
    if (!overflows.isEmpty()) {
      return Optional.of(new Outcome(Outcome.Status.STACK_OVERFLOW, "", report.testsRun, overflows,
          overflows.get(0).testName(), Optional.empty()));
    }
    boolean todo = report.failures.stream().allMatch(f -> f.cause().kind() == TestFailure.Kind.TODO);
    return Optional.of(new Outcome(todo ? Outcome.Status.NOT_STARTED : Outcome.Status.FAILING, "",
        report.testsRun, report.failures, "", Optional.empty()));
  }

  /** Loads the spec from {@code classes} in a new class loader on every call. */
  private static SpecLoader fresh(Path classes, Exercise exercise, List<URLClassLoader> loaders) {
    URL[] urls;
    try {
      urls = new URL[] {classes.toUri().toURL()};
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
    return () -> {
      URLClassLoader loader = new URLClassLoader(urls, ForkedCheck.class.getClassLoader());
      synchronized (loaders) {
        loaders.add(loader);
      }
      try {
        Class<?> spec = Class.forName(exercise.specClassName(), false, loader);
        Thread.currentThread().setContextClassLoader(loader);
        return spec;
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(classes + " holds no " + exercise.specClassName(), e);
      }
    };
  }
}
