package io.github.dsalab.exercises.gate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs learner code on its own daemon thread and gives up on it after a time limit.
 *
 * <p>A thread stuck in an infinite loop cannot be stopped safely. It is interrupted, then, where
 * the JDK still allows it (up to Java 19), stopped; otherwise it is abandoned: being a daemon it
 * dies with the JVM, and the command line checker exits right after reporting the timeout
 * ({@code watch} runs every check in a fresh JVM for the same reason).
 */
final class TimeLimit {
  private TimeLimit() {}

  /**
   * Stops a runaway thread through reflection (Thread.stop is deprecated, and throws from Java 20
   * on, where the thread is simply left to die with the JVM).
   */
  private static void stop(Thread worker) {
    try {
      Thread.class.getMethod("stop").invoke(worker);
    } catch (ReflectiveOperationException | UnsupportedOperationException e) {
      // Not available on this JDK: the daemon thread is abandoned.
    }
  }

  static <T> Optional<T> run(String name, Duration limit, ClassLoader contextLoader, Callable<T> task)
      throws ExecutionException {
    FutureTask<T> future = new FutureTask<>(task);
    Thread worker = new Thread(future, name);
    worker.setDaemon(true);
    worker.setContextClassLoader(contextLoader);
    worker.start();
    try {
      return Optional.ofNullable(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      worker.interrupt();
      stop(worker);
      return Optional.empty();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
