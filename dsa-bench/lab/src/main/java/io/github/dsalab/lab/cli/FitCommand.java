package io.github.dsalab.lab.cli;

import io.github.dsalab.lab.reports.JsonReport;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.Fits;
import io.github.dsalab.lab.results.Point;
import io.github.dsalab.lab.results.Series;
import io.github.dsalab.lab.results.TwoSizeFits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code ./lab fit FILE}: fits measurements taken elsewhere (a CSV of {@code n,value} or
 * {@code n,m,value} lines) and prints the same verdict block the lab prints for its own rows.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
        "Fit your own measurements to a complexity class.",
        "FILE holds one sample per line: 'n,value' (or 'n,m,value' for two sizes such as V,E)."
            + " The same n may repeat (replicates: the fit uses their median and MAD)."
            + " '#' starts a comment; blank lines and a header line such as 'n,time' are skipped."})
public final class FitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file of samples.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SampleFile.Samples samples;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      samples = SampleFile.parse(file.toString(), reader);
    } catch (NoSuchFileException e) {
      err.println("fit: no such file: " + file);
      return CommandLine.ExitCode.USAGE;
    } catch (IOException e) {
      err.println("fit: cannot read " + file + ": " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    } catch (SampleFile.MalformedSamplesException e) {
      err.println("fit: malformed samples:");
      for (String problem : e.problems()) {
        err.println("  " + problem);
      }
      return CommandLine.ExitCode.USAGE;
    }
    Series series;
    try {
      series = fit(samples);
    } catch (IllegalArgumentException e) {
      err.println("fit: " + file + ": " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    out.print(verdictBlock(file.toString(), samples, series));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  static Series fit(SampleFile.Samples samples) {
    List<SampleFile.Sample> list = samples.samples();
    double[] values = list.stream().mapToDouble(SampleFile.Sample::value).toArray();
    if (samples.twoSizes()) {
      return TwoSizeFits.fit("value", list.stream()
          .map(s -> new CountExperiment.Size((int) Math.round(s.n()), (int) Math.round(s.m()))).toList(), values);
    }
    long[] sizes = list.stream().mapToLong(s -> Math.round(s.n())).toArray();
    return Fits.oneSize("value", sizes, values);
  }

  /** The verdict block: the same fields the lab's table and report show for each row. */
  static String verdictBlock(String source, SampleFile.Samples samples, Series series) {
    FitView fit = series.fit();
    StringBuilder text = new StringBuilder();
    String nl = System.lineSeparator();
    text.append(source).append(": ").append(samples.samples().size()).append(" samples at ")
        .append(series.points().size()).append(" sizes").append(nl);
    text.append(String.format(Locale.ROOT, "  %-12s %-14s %-14s %s%n", samples.twoSizes() ? "n, m" : "n",
        "median", "MAD", "samples"));
    for (Point p : series.points()) {
      String size = samples.twoSizes()
          ? JsonReport.number(p.n()) + ", " + JsonReport.number(p.m())
          : JsonReport.number(p.n());
      text.append(String.format(Locale.ROOT, "  %-12s %-14.6g %-14.6g %d%n", size, p.median(), p.mad(), p.samples()));
    }
    text.append(nl)
        .append("verdict      ").append(fit.verdict()).append(nl)
        .append("runner-up    ").append(fit.runnerUp()).append(nl)
        .append(String.format(Locale.ROOT, "exponent     %.3f (95%% CI %.3f to %.3f)%n",
            fit.exponent(), fit.exponentLow(), fit.exponentHigh()))
        .append(String.format(Locale.ROOT, "coefficient  %.4g (leading term of %s)%n", fit.coefficient(), fit.best()))
        .append(String.format(Locale.ROOT, "R²           %.5f%n", fit.rSquared()));
    return text.toString();
  }
}
