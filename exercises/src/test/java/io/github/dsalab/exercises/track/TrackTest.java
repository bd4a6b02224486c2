package io.github.dsalab.exercises.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest is read strictly (a format version, no unknown key, errors with file and line),
 * and it agrees with the statements: every forbidden API is named in the stub's statement, and
 * every "Do not use" sentence of a statement is in the manifest.
 */
class TrackTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Track TRACK = Track.load(ROOT);
  /** A sentence of a statement that forbids something: from "Do not use" or "Do not call" to its period. */
  private static final Pattern DO_NOT = Pattern.compile("Do not (?:use|call)\\s+(.*?)(?:\\.\\s|\\.$|:)", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\\{@(?:code|link)\\s+([\\w.#]+)\\}");

  @TempDir
  Path root;

  /** The statement: the stub's class Javadoc, without the leading stars. */
  private static String statement(Exercise exercise) throws IOException {
    String source = Files.readString(TRACK.stubFile(exercise), StandardCharsets.UTF_8);
    String doc = source.substring(source.indexOf("/**"), source.indexOf("*/", source.indexOf("/**")));
    return doc.replaceAll("(?m)^\\s*\\*\\s?", "").replaceAll("\\s+", " ");
  }

  /** {@code java.util.Arrays.sort} is written {@code Arrays.sort} in a statement; a type by its simple name. */
  private static String shortName(String entry) {
    String[] parts = entry.split("\\.");
    boolean member = Character.isLowerCase(parts[parts.length - 1].charAt(0));
    return member ? parts[parts.length - 2] + "." + parts[parts.length - 1] : parts[parts.length - 1];
  }

  @Test
  void everyForbiddenApiIsNamedInItsStatement() throws IOException {
    for (Exercise exercise : TRACK.exercises()) {
      String statement = statement(exercise);
      for (String entry : TRACK.forbidden(exercise)) {
        assertTrue(statement.contains("{@code " + shortName(entry) + "}") || statement.contains("{@link " + entry + "}"),
            exercise.name() + ": the statement does not name " + shortName(entry) + " that the manifest forbids");
      }
    }
  }

  @Test
  void everyDoNotUseSentenceIsInTheManifest() throws IOException {
    int sentences = 0;
    for (Exercise exercise : TRACK.exercises()) {
      Matcher sentence = DO_NOT.matcher(statement(exercise));
      while (sentence.find()) {
        sentences++;
        Matcher code = CODE.matcher(sentence.group(1));
        List<String> named = new ArrayList<>();
        while (code.find()) {
          named.add(code.group(1));
        }
        assertTrue(!named.isEmpty(), exercise.name() + ": \"Do not use " + sentence.group(1)
            + "\" names no API in {@code ...}, so the checker cannot enforce it");
        for (String api : named) {
          assertTrue(TRACK.forbidden(exercise).stream().anyMatch(entry -> shortName(entry).equals(api) || entry.equals(api)),
              exercise.name() + ": the statement forbids " + api + " but " + exercise.name() + ".forbidden does not list it");
        }
      }
    }
    assertTrue(sentences >= 10, "the statements forbid something in " + sentences + " places");
  }

  private Track load(String manifest) throws IOException {
    Files.createDirectories(root.resolve("exercises"));
    Files.writeString(root.resolve("exercises/track.properties"), manifest, StandardCharsets.UTF_8);
    return Track.load(root);
  }

  private static final String ONE = "format = 1\n"
      + "track = first\n"
      + "first.title = First\n"
      + "first.class = search.First\n"
      + "first.level = 1\n"
      + "first.complexity = O(1)\n"
      + "first.hint.1 = one\n"
      + "first.hint.2 = two\n";

  @Test
  void aWellFormedManifestLoads() throws IOException {
    Track track = load(ONE + "first.forbidden = java.util.Arrays.sort, java.util.PriorityQueue\n");
    Exercise first = track.exercises().get(0);
    assertEquals(List.of("java.util.Arrays.sort", "java.util.PriorityQueue"), track.forbidden(first));
  }

  @Test
  void aMisspeltKeyIsRejectedWithItsLineAndTheKeyItWasMeantToBe() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(ONE + "first.hnt.3 = three\n"));
    assertEquals(root.resolve("exercises/track.properties") + ":9: unknown key first.hnt.3; did you mean first.hint.3?",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(ONE + "frist.level = 2\n"));
    assertTrue(e.getMessage().endsWith(":9: unknown key frist.level: no exercise frist is in the track; did you mean first.level?"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(ONE + "first.forbiden = java.util.Arrays.sort\n"));
    assertTrue(e.getMessage().endsWith("did you mean first.forbidden?"), e.getMessage());
  }

  @Test
  void aGapInTheHintsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(ONE + "first.hint.4 = four\n"));
    assertTrue(e.getMessage().endsWith(":9: first.hint.4 has no first.hint.3 before it: hints are numbered from 1 without gaps"),
        e.getMessage());
  }

  @Test
  void theFormatVersionIsRequiredAndChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(ONE.replace("format = 1\n", "")));
    assertEquals(root.resolve("exercises/track.properties") + ": missing format", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(ONE.replace("format = 1", "format = 2")));
    assertEquals(root.resolve("exercises/track.properties") + ":1: format 2 is not the one this checker reads (1): update dsa-lab",
        e.getMessage());
  }

  @Test
  void theRealManifestHasItsFormatAndNoUnknownKey() {
    assertEquals(40, TRACK.exercises().size());
  }
}
