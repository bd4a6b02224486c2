package io.github.dsalab.trace.exercise;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.TracePage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The replay as a process of its own, for the exercise checker: learner code runs here, in a JVM
 * the checker can time out and whose {@code System.exit} harms nothing.
 *
 * <pre>
 * java -cp CLASSPATH io.github.dsalab.trace.exercise.ReplayMain EXERCISE CLASS YOURS.java REFERENCE.java SAMPLE-FILE PAGE.html [HELPER.java...]
 * </pre>
 *
 * <p>Helper sources (the exercises' {@code BinaryNode}) are compiled with each solution.
 *
 * <p>Prints two lines in UTF-8, {@code difference: ...} and {@code page: ...}, and exits 0; exits 3 if
 * the exercise or the sample cannot be replayed, 2 on a usage or compile error (the message on
 * standard error).
 */
public final class ReplayMain {
  private ReplayMain() {}

  /**
   * Runs one replay.
   *
   * @param args exercise name, class name, your source, the reference source, a file holding the
   *     failing sample, the page to write
   */
  public static void main(String[] args) {
    if (args.length < 6) {
      System.err.println("usage: ReplayMain EXERCISE CLASS YOURS.java REFERENCE.java SAMPLE-FILE PAGE.html");
      System.exit(2);
    }
    try {
      Path[] helpers = new Path[args.length - 6];
      for (int i = 6; i < args.length; i++) {
        helpers[i - 6] = Path.of(args[i]);
      }
      Class<?> yours = SolutionCompiler.load(Path.of(args[2]), args[1], helpers);
      Class<?> reference = SolutionCompiler.load(Path.of(args[3]), args[1], helpers);
      String sample = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8);
      Optional<Replay> replay = ExerciseReplay.replay(args[0], yours, reference, sample);
      if (replay.isEmpty()) {
        System.exit(3);
      }
      Path page = TracePage.write(replay.get(), Path.of(args[5]));
      // UTF-8 whatever the platform's default: step texts hold subscripts and arrows.
      PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
      out.println("difference: " + replay.get().difference());
      out.println("page: " + page.normalize());
      System.exit(0);
    } catch (SolutionCompiler.NotLoaded | IOException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
