package io.github.dsalab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

  @Test
  void writesFieldsInOrderWithArraysListsAndNestedObjects() {
    String json = JsonObject.create().put("n", 3).put("xs", new int[] {2, 5}).put("d", new double[] {1.5, 2})
        .put("names", List.of("a", "b")).put("inner", JsonObject.create().put("ok", true)).put("none", null)
        .toString();
    assertEquals("{\"n\":3,\"xs\":[2,5],\"d\":[1.5,2],\"names\":[\"a\",\"b\"],\"inner\":{\"ok\":true},\"none\":null}", json);
  }

  @Test
  void textCannotCloseTheScriptElementItIsEmbeddedIn() {
    String json = JsonObject.create().put("text", "</script><b>\"x\" & y\n").toString();
    assertEquals("{\"text\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\" \\u0026 y\\n\"}", json);
  }

  @Test
  void infinityIsWrittenAsNullAndOtherTypesAreRefused() {
    assertEquals("{\"d\":null}", JsonObject.create().put("d", Double.POSITIVE_INFINITY).toString());
    assertThrows(IllegalArgumentException.class, () -> JsonObject.create().put("x", new Object()));
    assertThrows(NullPointerException.class, () -> JsonObject.create().put(null, 1));
  }
}
