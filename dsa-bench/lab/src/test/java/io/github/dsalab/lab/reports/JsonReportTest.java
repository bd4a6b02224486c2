package io.github.dsalab.lab.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The JSON report, read back with a real JSON parser (Gson): it is well-formed, and every field a
 * script would read holds what the table shows.
 */
class JsonReportTest {
  @Test
  void everyRowParsesWithItsExpectedClassVerdictAndPoints() {
    JsonObject json = JsonParser.parseString(JsonReport.render(HtmlReportTest.toyResults())).getAsJsonObject();
    assertEquals(42, json.get("seed").getAsLong());
    assertEquals("", json.get("timingSettings").getAsString());
    assertEquals("a note & <markup>", json.getAsJsonArray("notes").get(0).getAsString());
    JsonArray rows = json.getAsJsonArray("rows");
    assertEquals(3, rows.size());
    JsonObject pairs = rows.get(0).getAsJsonObject();
    assertEquals("pairs", pairs.get("algorithm").getAsString());
    assertEquals("random", pairs.get("shape").getAsString());
    assertEquals("O(n²)", pairs.get("expected").getAsString());
    assertTrue(pairs.get("expectedConfirmed").getAsBoolean());
    assertTrue(pairs.get("timings").isJsonNull());
    assertTrue(pairs.get("baselineRatio").isJsonNull(), "NaN is written as null");
    assertEquals("not_timed", pairs.get("consistency").getAsString());
    JsonObject counts = pairs.getAsJsonObject("counts");
    assertEquals("O(n²)", counts.get("verdict").getAsString());
    assertEquals("O(n²)", counts.get("best").getAsString());
    assertEquals("steps", counts.get("unit").getAsString());
    JsonArray points = counts.getAsJsonArray("points");
    assertEquals(9, points.size());
    JsonObject first = points.get(0).getAsJsonObject();
    assertEquals(16, first.get("n").getAsInt());
    assertEquals(16 * 15 / 2, first.get("median").getAsLong(), "exact count n(n-1)/2 at n = 16");
    assertEquals(0, first.get("mad").getAsDouble());
    assertEquals("O(n)", rows.get(2).getAsJsonObject().getAsJsonObject("counts").get("verdict").getAsString());
  }
}
