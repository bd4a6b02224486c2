package io.github.dsalab.trace;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object built field by field, written in insertion order: the form in which a trace is
 * embedded in its page. Values may be strings, numbers, booleans, null, {@code int[]},
 * {@code double[]}, collections of values, other {@code JsonObject}s and {@link TraceState}s.
 * Infinite and NaN doubles, which JSON cannot hold, are written as null.
 *
 * <p>Cost: {@code put} is {@code O(1)}; {@link #toString()} is linear in the size of the output.
 *
 * <pre>{@code
 * String json = JsonObject.create().put("step", 3).put("values", new int[] {2, 5}).toString();
 * // {"step":3,"values":[2,5]}
 * }</pre>
 */
public final class JsonObject {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private JsonObject() {}

  /**
   * Returns a new empty object.
   *
   * @return an object with no fields
   */
  public static JsonObject create() {
    return new JsonObject();
  }

  /**
   * Sets a field, replacing any earlier value of the same name.
   *
   * @param name the field name
   * @param value the value, of one of the types listed in the class comment
   * @return this object
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code value} has a type JSON cannot hold
   */
  public JsonObject put(String name, Object value) {
    Objects.requireNonNull(name, "name");
    checkWritable(value);
    fields.put(name, value);
    return this;
  }

  private static void checkWritable(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof int[] || value instanceof double[] || value instanceof JsonObject
        || value instanceof TraceState) {
      return;
    }
    if (value instanceof Collection<?> values) {
      values.forEach(JsonObject::checkWritable);
      return;
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(this, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      quote(text, out);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      out.append(Double.isFinite(d) ? number(d) : "null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof int[] ints) {
      out.append('[');
      for (int i = 0; i < ints.length; i++) {
        out.append(i == 0 ? "" : ",").append(ints[i]);
      }
      out.append(']');
    } else if (value instanceof double[] doubles) {
      out.append('[');
      for (int i = 0; i < doubles.length; i++) {
        out.append(i == 0 ? "" : ",").append(Double.isFinite(doubles[i]) ? number(doubles[i]) : "null");
      }
      out.append(']');
    } else if (value instanceof Collection<?> values) {
      out.append('[');
      boolean first = true;
      for (Object element : values) {
        out.append(first ? "" : ",");
        write(element, out);
        first = false;
      }
      out.append(']');
    } else if (value instanceof TraceState state) {
      write(state.toJson(), out);
    } else {
      JsonObject object = (JsonObject) value;
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> field : object.fields.entrySet()) {
        out.append(first ? "" : ",");
        quote(field.getKey(), out);
        out.append(':');
        write(field.getValue(), out);
        first = false;
      }
      out.append('}');
    }
  }

  /** Whole numbers without a fraction ({@code 3}, not {@code 3.0}); others as Java prints them. */
  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * Writes {@code text} as a JSON string. Besides the characters JSON requires, {@code <}, {@code >}
   * and {@code &} are escaped, so the output can sit inside an HTML {@code <script>} element.
   */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
