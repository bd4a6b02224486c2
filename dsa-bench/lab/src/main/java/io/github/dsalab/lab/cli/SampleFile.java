package io.github.dsalab.lab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads measurements taken elsewhere for {@code ./lab fit FILE}: one sample per line, either
 * {@code n,value} or {@code n,m,value} (two sizes, such as V and E of a graph). The same n may
 * repeat (replicates); {@code #} starts a comment; blank lines are skipped, and so is a header line
 * before the first sample (every field a name, as in {@code n,time}). Every malformed line is
 * reported with the file name and its line number, not just the first.
 */
public final class SampleFile {
  /** At most this many problems are listed; a file that is wrong everywhere is one message. */
  static final int MAX_REPORTED_PROBLEMS = 20;

  private SampleFile() {}

  /** One measurement: {@code value} at size {@code n} (and second size {@code m}, or 0). */
  record Sample(double n, double m, double value) {}

  /** The samples of a file, all with one size ({@code n,value}) or all with two ({@code n,m,value}). */
  record Samples(String source, boolean twoSizes, List<Sample> samples) {}

  /** Thrown when lines of the file are malformed; the message lists {@code file:line: problem}. */
  static final class MalformedSamplesException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    MalformedSamplesException(List<String> problems) {
      super(String.join(System.lineSeparator(), problems));
      this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: what is wrong}. */
    List<String> problems() {
      return problems;
    }
  }

  /** A header line: no field is a number, as in {@code n,time} or {@code V,E,arcs}. */
  private static boolean isHeader(String[] fields) {
    for (String field : fields) {
      try {
        Double.parseDouble(field.strip());
        return false;
      } catch (NumberFormatException e) {
        // not a number: may be a column name
      }
    }
    return true;
  }

  /**
   * Parses the samples of {@code reader}, naming the file {@code source} in any error.
   *
   * @throws MalformedSamplesException when any line is malformed or there is no sample at all
   * @throws IOException when the reader fails
   */
  static Samples parse(String source, Reader reader) throws IOException, MalformedSamplesException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reader, "reader");
    List<Sample> samples = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int columns = 0;
    int firstDataLine = 0;
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (data.isEmpty()) {
        continue;
      }
      String where = source + ":" + number + ": ";
      String[] fields = data.split(",", -1);
      if (fields.length != 2 && fields.length != 3) {
        problems.add(where + "expected 'n,value' or 'n,m,value', found " + fields.length
            + " field" + (fields.length == 1 ? "" : "s") + " in '" + data + "'");
        continue;
      }
      if (columns == 0 && isHeader(fields)) {
        continue; // a first line such as "n,time" names the columns
      }
      if (columns == 0) {
        columns = fields.length;
        firstDataLine = number;
      } else if (fields.length != columns) {
        problems.add(where + "has " + fields.length + " fields but line " + firstDataLine + " has "
            + columns + "; use 'n,value' or 'n,m,value' throughout the file");
        continue;
      }
      double[] numbers = new double[fields.length];
      boolean ok = true;
      for (int i = 0; i < fields.length && ok; i++) {
        String name = fields.length == 2 ? (i == 0 ? "n" : "value") : (i == 0 ? "n" : i == 1 ? "m" : "value");
        String field = fields[i].strip();
        try {
          numbers[i] = Double.parseDouble(field);
        } catch (NumberFormatException e) {
          problems.add(where + name + " '" + field + "' is not a number"
              + (samples.isEmpty() && i == 0 ? " (a header line may name the columns only before the first sample)" : ""));
          ok = false;
          continue;
        }
        boolean isSize = i < fields.length - 1;
        boolean valid = isSize
            ? numbers[i] >= 1 && numbers[i] <= Integer.MAX_VALUE && numbers[i] == Math.rint(numbers[i])
            : Double.isFinite(numbers[i]) && numbers[i] >= 0;
        if (!valid) {
          problems.add(where + name + " is " + field + ", must be "
              + (isSize ? "a whole number from 1 to " + Integer.MAX_VALUE : "a finite number >= 0"));
          ok = false;
        }
      }
      if (ok) {
        samples.add(columns == 2
            ? new Sample(numbers[0], 0, numbers[1])
            : new Sample(numbers[0], numbers[1], numbers[2]));
      }
    }
    if (samples.isEmpty() && problems.isEmpty()) {
      problems.add(source + ": no samples found; expected lines 'n,value' or 'n,m,value'");
    }
    if (!problems.isEmpty()) {
      List<String> reported = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS)));
      if (problems.size() > MAX_REPORTED_PROBLEMS) {
        reported.add(source + ": ... and " + (problems.size() - MAX_REPORTED_PROBLEMS) + " more malformed lines");
      }
      throw new MalformedSamplesException(reported);
    }
    return new Samples(source, columns == 3, List.copyOf(samples));
  }
}
