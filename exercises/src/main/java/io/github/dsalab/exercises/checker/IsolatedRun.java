package io.github.dsalab.exercises.checker;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One forked JVM that runs learner code for the checker ({@link ForkedCheck} is its main class),
 * with the limits below, and the checker's reading of what it reports.
 *
 * <p>The JVM is started as soon as a check begins, so that it loads the test engines while the
 * checker compiles; {@link #run} then sends it the jobs. The checker enforces the time limits by
 * ending the process ({@code destroyForcibly}) and tells apart, for the job that was running when
 * the JVM ended without its result: the time limit (the checker ended it), a heap exhausted
 * ({@code -XX:+ExitOnOutOfMemoryError}), {@code System.exit} (the fork's shutdown hook says so),
 * and any other end ({@code Runtime.halt}, a crash).
 *
 * <table class="striped">
 *   <caption>Limits of the forked JVM</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>heap</td><td>{@value #HEAP_MEGABYTES} MiB</td><td>the largest stress input (a few
 *       million boxed integers) needs under 200 MiB; a runaway allocation reaches the limit in a
 *       fraction of a second</td></tr>
 *   <tr><td>thread stack</td><td>2 MiB ({@link ForkedCheck#STACK_BYTES})</td><td>see there</td></tr>
 *   <tr><td>tests, stress tests</td><td>the check's test limit per phase, in processor time (and
 *       {@value #WALL_PER_CPU} times as much wall time)</td><td>{@code --timeout}; processor time,
 *       so that a busy machine does not fail a correct answer</td></tr>
 *   <tr><td>gate</td><td>the gate's own limit plus {@link #GATE_GRACE_MILLIS}</td><td>the gate
 *       stops a slow measurement itself and says "too slow"; the checker only ends a gate that does
 *       not return</td></tr>
 * </table>
 */
public final class IsolatedRun implements AutoCloseable {
  /** The forked JVM's heap limit. */
  static final int HEAP_MEGABYTES = 512;
  /** How the learner is told where a stop happened in the gate. */
  static final String GATE = "the complexity gate";
  /** How often the checker reads the forked JVM's processor time while the tests run. */
  private static final long CPU_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  /**
   * The tests' wall-time limit as a multiple of their processor-time limit: code that sleeps or
   * waits uses no processor time, and is stopped by this one.
   */
  public static final long WALL_PER_CPU = 3;
  /** Whether this system tells a process's processor time; where it does not, the limit is wall time. */
  private static final boolean CPU_TIME_KNOWN = ProcessHandle.current().info().totalCpuDuration().isPresent();
  /** How long the gate may overrun its own limit before the checker ends it. */
  static final long GATE_GRACE_MILLIS = 10_000;
  /** Starting the JVM and loading a spec, on a busy machine. */
  private static final long START_MILLIS = 60_000;
  /** The marker the JVM prints (on standard output) when {@code ExitOnOutOfMemoryError} ends it. */
  private static final String OUT_OF_MEMORY_MARK = "Terminating due to java.lang.OutOfMemoryError";

  private final Process process;
  private final ClassDataArchive.Use archive;
  private final String nonce;
  private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
  private volatile boolean outOfMemory;

  private final Thread output;

  private IsolatedRun(Process process, ClassDataArchive.Use archive, String nonce, Consumer<String> learnerOutput) {
    this.process = process;
    this.archive = archive;
    this.nonce = nonce;
    Thread reader = new Thread(() -> read(process.getInputStream()), "fork reports");
    reader.setDaemon(true);
    reader.start();
    output = new Thread(() -> forward(process.getErrorStream(), learnerOutput), "fork output");
    output.setDaemon(true);
    output.start();
  }

  /**
   * Starts a forked JVM, which waits for its jobs.
   *
   * @param archive the class-data archive to share (made by the first forks when missing), or null
   * @param learnerOutput told each line the learner's code prints ({@code System.out} and
   *     {@code System.err} alike)
   */
  static IsolatedRun start(Path archive, Consumer<String> learnerOutput) {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.add("-Xmx" + HEAP_MEGABYTES + "m");
    command.add("-Xss" + (ForkedCheck.STACK_BYTES >> 10) + "k");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:-UsePerfData");
    ClassDataArchive.Use use = ClassDataArchive.use(archive);
    command.addAll(use.options);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(ClassDataArchive.forkClassPath());
    command.add(ForkedCheck.class.getName());
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    try {
      Process process = new ProcessBuilder(command).start();
      return new IsolatedRun(process, use, HexFormat.of().formatHex(random), learnerOutput);
    } catch (IOException e) {
      use.discard();
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  /**
   * Runs the jobs in this JVM, in order, until one of them ends it.
   *
   * @return the outcomes of the jobs that ran: all of them, or up to and including the one whose
   *     fault (a time limit, memory, an exit) ended the JVM
   */
  List<Outcome> run(Path root, List<ForkedCheck.Job> jobs) {
    String request = RecordCodec.encode(new ForkedCheck.Request(nonce, root.toString(), jobs));
    try {
      OutputStream in = process.getOutputStream();
      in.write((request + "\n").getBytes(StandardCharsets.UTF_8));
      in.close();
    } catch (IOException e) {
      // The JVM died before it read its jobs: reported below as an end without a result.
    }
    List<Outcome> outcomes = new ArrayList<>();
    Watch watch = new Watch();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
    // The tests' limit is processor time, so a busy machine does not make a correct answer time
    // out; the wall-time deadline (a multiple of it) still stops code that waits instead of working.
    long cpuStart = -1;
    long cpuLimit = 0;
    Optional<ForkedCheck.Exit> exit = Optional.empty();
    while (true) {
      Optional<String> line;
      try {
        long wait = Math.max(1, deadline - System.nanoTime());
        line = lines.poll(cpuStart < 0 ? wait : Math.min(wait, CPU_POLL_NANOS), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while checking", e);
      }
      if (line == null) {
        boolean overTime = System.nanoTime() - deadline >= 0 || cpuStart >= 0 && cpuNanos() - cpuStart >= cpuLimit;
        if (!overTime) {
          continue;
        }
        close();
        outcomes.add(watch.stopped(Outcome.Status.TIMED_OUT, List.of()));
        return outcomes;
      }
      if (line.isEmpty()) {
        return ended(outcomes, watch, exit);
      }
      String[] report = line.get().split(" ", 2);
      String kind = report[0];
      String payload = report.length > 1 ? report[1] : "";
      ForkedCheck.Job job = watch.job < 0 ? null : jobs.get(watch.job);
      switch (kind) {
        case "job":
          watch.job = Integer.parseInt(payload);
          watch.where = "";
          deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
          cpuStart = -1;
          break;
        case "phase":
          cpuStart = -1;
          watch.phase = payload;
          watch.where = payload.equals("gate") ? GATE : "";
          // The test limit starts with the first test, after the test engines found them (slow on
          // a busy machine); the gate's starts at once.
          long limit = payload.equals("gate") ? job.gateLimitMillis() + GATE_GRACE_MILLIS : START_MILLIS;
          deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limit);
          break;
        case "test":
          if (watch.where.isEmpty()) {
            cpuLimit = TimeUnit.MILLISECONDS.toNanos(job.testLimitMillis());
            if (CPU_TIME_KNOWN) {
              deadline = System.nanoTime() + WALL_PER_CPU * cpuLimit;
              cpuStart = cpuNanos();
            } else {
              deadline = System.nanoTime() + cpuLimit;
            }
          }
          watch.where = payload;
          break;
        case "gate":
          watch.where = GATE + ", " + payload;
          break;
        case "exit":
          exit = Optional.of(RecordCodec.decode(payload, ForkedCheck.Exit.class));
          break;
        case "result":
          String[] parts = payload.split(" ", 2);
          outcomes.add(RecordCodec.decode(parts[1], Outcome.class));
          watch.job = -1;
          cpuStart = -1;
          break;
        case "internal":
          close();
          throw new IllegalStateException("the forked check failed: " + payload);
        case "done":
          awaitExit();
          return outcomes;
        default:
          break;
      }
    }
  }

  /**
   * The processor time the forked JVM has used, all its threads together (the learner's code, the
   * test engine, the garbage collector); where the system cannot tell, the wall time instead.
   */
  private long cpuNanos() {
    Optional<Duration> used = process.toHandle().info().totalCpuDuration();
    if (used.isPresent()) {
      lastCpuNanos = used.get().toNanos();
    }
    // Unknown once the JVM has ended: its last reading stands, and the end is reported as such.
    return lastCpuNanos;
  }

  private long lastCpuNanos;

  /** The JVM ended without reporting the running job's result: say why. */
  private List<Outcome> ended(List<Outcome> outcomes, Watch watch, Optional<ForkedCheck.Exit> exit) {
    int status;
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      status = process.waitFor();
      flushOutput();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = -1;
    }
    if (watch.job < 0) {
      throw new IllegalStateException("the forked check ended (exit status " + status + ") between jobs");
    }
    if (outOfMemory) {
      outcomes.add(watch.stopped(Outcome.Status.OUT_OF_MEMORY, List.of()));
    } else {
      String how = exit.isPresent() ? "System.exit(" + status + ")" : "exit status " + status;
      List<String> frames = exit.map(ForkedCheck.Exit::learnerFrames).orElse(List.of());
      outcomes.add(watch.stopped(Outcome.Status.EXITED, List.of(new TestFailure(watch.where, Optional.empty(),
          new TestFailure.Cause(TestFailure.Kind.EXCEPTION, exit.isPresent() ? "System.exit" : "halt",
              how, "", "", frames)))));
    }
    return outcomes;
  }

  /** Where the running job is. */
  private static final class Watch {
    int job = -1;
    String phase = "";
    String where = "";

    Outcome stopped(Outcome.Status status, List<TestFailure> failures) {
      return new Outcome(status, "", 0, failures, where.isEmpty() ? "loading your class" : where, Optional.empty());
    }
  }

  private void read(InputStream stream) {
    String prefix = nonce + " ";
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int at = line.indexOf(prefix);
        if (at >= 0) {
          lines.add(Optional.of(line.substring(at + prefix.length())));
        } else if (line.startsWith(OUT_OF_MEMORY_MARK)) {
          outOfMemory = true;
        }
      }
    } catch (IOException e) {
      // The JVM is gone; the end is reported below.
    }
    lines.add(Optional.empty());
  }

  /** The learner's own output (its {@code System.out} and {@code System.err}, both on standard error). */
  private static void forward(InputStream stream, Consumer<String> learnerOutput) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        learnerOutput.accept(line);
      }
    } catch (IOException e) {
      // The JVM is gone.
    }
  }

  /** Waits a moment for the last lines the learner's code printed, so they come before the verdict. */
  private void flushOutput() {
    try {
      output.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets a finished JVM exit on its own: the first ones write the class-data archive as they exit. */
  private void awaitExit() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        close();
      } else if (process.exitValue() == 0) {
        archive.publish();
      }
      flushOutput();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

  /** Ends the forked JVM (it has already ended unless a limit was hit). */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      // A JVM ended by force may still be writing its archive when it is deleted; nothing maps it.
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    archive.discard();
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  private static String javaCommand() {
    Optional<String> current = ProcessHandle.current().info().command();
    if (current.isPresent() && Files.isExecutable(Paths.get(current.get()))) {
      return current.get();
    }
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The checker's own class path (the jar, or Maven's folders under surefire). */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    try {
      entries.add(Paths.get(ForkedCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (String entry : ExerciseCompiler.classPath().split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
