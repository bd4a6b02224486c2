package io.github.dsalab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./lab fit FILE}: what a samples file may hold, and how its mistakes are reported. */
class SampleFileTest {
  private static SampleFile.Samples parse(String text) throws Exception {
    return SampleFile.parse("data.csv", new StringReader(text));
  }

  private static List<String> problems(String text) {
    SampleFile.MalformedSamplesException e =
        assertThrows(SampleFile.MalformedSamplesException.class, () -> parse(text));
    return e.problems();
  }

  @Test
  void readsPairsWithCommentsBlankLinesAndRepeatedSizes() throws Exception {
    SampleFile.Samples samples = parse("# n,value\n\n10, 100\n10,110  # replicate\n20,400\n");
    assertFalse(samples.twoSizes());
    assertEquals(List.of(new SampleFile.Sample(10, 0, 100), new SampleFile.Sample(10, 0, 110),
        new SampleFile.Sample(20, 0, 400)), samples.samples());
  }

  @Test
  void readsTriplesAsTwoSizes() throws Exception {
    SampleFile.Samples samples = parse("100,400,500\n200,400,600\n");
    assertTrue(samples.twoSizes());
    assertEquals(new SampleFile.Sample(200, 400, 600), samples.samples().get(1));
  }

  @Test
  void reportsEveryMalformedLineWithFileAndLineNumber() {
    List<String> problems = problems("10,100\n# fine\n20,abc\n30\n40,-1\n0,5\n1,2,3,4\n2.5,7\n");
    assertEquals(List.of(
        "data.csv:3: value 'abc' is not a number",
        "data.csv:4: expected 'n,value' or 'n,m,value', found 1 field in '30'",
        "data.csv:5: value is -1, must be a finite number >= 0",
        "data.csv:6: n is 0, must be a whole number from 1 to 2147483647",
        "data.csv:7: expected 'n,value' or 'n,m,value', found 4 fields in '1,2,3,4'",
        "data.csv:8: n is 2.5, must be a whole number from 1 to 2147483647"), problems);
  }

  @Test
  void mixingPairsAndTriplesNamesBothLines() {
    assertEquals(List.of("data.csv:3: has 3 fields but line 1 has 2; use 'n,value' or 'n,m,value'"
        + " throughout the file"), problems("10,100\n20,200\n30,5,300\n"));
  }

  @Test
  void aHeaderLineBeforeTheFirstSampleIsSkipped() throws Exception {
    assertEquals(List.of(new SampleFile.Sample(1, 0, 2), new SampleFile.Sample(4, 0, 8)),
        parse("n,time\n1,2\n4,8\n").samples());
    SampleFile.Samples graph = parse("# measured on random graphs\nV, E, arcs\n10,40,50\n");
    assertTrue(graph.twoSizes());
    assertEquals(List.of(new SampleFile.Sample(10, 40, 50)), graph.samples());
  }

  @Test
  void aHeaderAfterTheFirstSampleOrAHalfNumericFirstLineIsStillAnError() {
    assertEquals(List.of("data.csv:2: n 'n' is not a number"), problems("1,2\nn,time\n"));
    assertEquals(List.of("data.csv:1: value 'time' is not a number"), problems("16,time\n32,5\n"));
  }

  @Test
  void aFileWithOnlyAHeaderHasNoSamples() {
    assertEquals(List.of("data.csv: no samples found; expected lines 'n,value' or 'n,m,value'"),
        problems("n,time\n"));
  }

  @Test
  void anEmptyFileIsMalformed() {
    assertEquals(List.of("data.csv: no samples found; expected lines 'n,value' or 'n,m,value'"),
        problems("# only a comment\n\n"));
  }

  @Test
  void fitCommandExitsWithTwoAndPrintsLineNumbers(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("times.csv");
    Files.writeString(file, "16,1\n32,x\n");
    StringWriter err = new StringWriter();
    CommandLine commandLine = Lab.commandLine();
    commandLine.setErr(new PrintWriter(err));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    assertEquals(2, commandLine.execute("fit", file.toString()));
    assertTrue(err.toString().contains(file + ":2: value 'x' is not a number"), err.toString());
  }

  @Test
  void fitCommandPrintsTheVerdictBlock(@TempDir Path folder) throws IOException {
    StringBuilder csv = new StringBuilder("# quadratic with replicates\n");
    for (int n = 16; n <= 4096; n *= 2) {
      csv.append(n).append(',').append(3.0 * n * n + 50).append('\n');
      csv.append(n).append(',').append(3.1 * n * n + 50).append('\n');
    }
    Path file = folder.resolve("quadratic.csv");
    Files.writeString(file, csv);
    StringWriter out = new StringWriter();
    CommandLine commandLine = Lab.commandLine();
    commandLine.setOut(new PrintWriter(out));
    assertEquals(0, commandLine.execute("fit", file.toString()));
    String block = out.toString();
    assertTrue(block.contains("18 samples at 9 sizes"), block);
    assertTrue(block.contains("verdict      O(n²)"), block);
    assertTrue(block.matches("(?s).*exponent     (1\\.9[5-9]|2\\.0[0-5]).*"), block);
  }

  @Test
  void fitCommandOnAMissingFileExitsWithTwo() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Lab.commandLine();
    commandLine.setErr(new PrintWriter(err));
    assertEquals(2, commandLine.execute("fit", "no/such/file.csv"));
    assertTrue(err.toString().contains("no such file"), err.toString());
  }
}
