package io.github.dsalab.exercises.checker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Writes a record (an {@link Outcome}, a forked check's request) as one line of text and reads it
 * back: the checker and its forked JVM talk through such lines.
 *
 * <p>A record's components may be strings, file paths, {@code int}, {@code long}, {@code double},
 * {@code boolean}, enums, records, and {@code Optional} or {@code List} of those. The encoding is
 * {@link DataOutputStream} in Base64, so a line never contains a space or a line break. Reading
 * goes through the canonical constructor, so a record's checks still apply. Both sides run the
 * same checker classes, so no version field is needed.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code encode}, {@code decode}</td><td>{@code O(size of the record)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * String line = RecordCodec.encode(outcome);
 * Outcome same = RecordCodec.decode(line, Outcome.class);
 * }</pre>
 */
final class RecordCodec {
  private RecordCodec() {}

  static String encode(Record value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  static <R extends Record> R decode(String line, Class<R> type) {
    byte[] bytes = Base64.getDecoder().decode(line.strip());
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DataOutputStream out, Object value, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] text = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(text.length);
      out.write(text);
    } else if (raw == Path.class) {
      write(out, value.toString(), String.class);
    } else if (raw == int.class || raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw == long.class || raw == Long.class) {
      out.writeLong((Long) value);
    } else if (raw == double.class || raw == Double.class) {
      out.writeDouble((Double) value);
    } else if (raw == boolean.class || raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        write(out, optional.get(), argument(type));
      }
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object element : list) {
        write(out, element, argument(type));
      }
    } else if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          write(out, component.getAccessor().invoke(value), component.getGenericType());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + raw.getName() + "." + component.getName(), e);
        }
      }
    } else {
      throw new IllegalArgumentException("RecordCodec cannot write a " + type);
    }
  }

  private static Object read(DataInputStream in, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] text = new byte[in.readInt()];
      in.readFully(text);
      return new String(text, StandardCharsets.UTF_8);
    } else if (raw == Path.class) {
      return Path.of((String) read(in, String.class));
    } else if (raw == int.class || raw == Integer.class) {
      return in.readInt();
    } else if (raw == long.class || raw == Long.class) {
      return in.readLong();
    } else if (raw == double.class || raw == Double.class) {
      return in.readDouble();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return in.readBoolean();
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == Optional.class) {
      return in.readBoolean() ? Optional.of(read(in, argument(type))) : Optional.empty();
    } else if (raw == List.class) {
      int size = in.readInt();
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(in, argument(type)));
      }
      return List.copyOf(list);
    } else if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = read(in, components[i].getGenericType());
      }
      try {
        Constructor<?> constructor = raw.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create a " + raw.getName(), e);
      }
    }
    throw new IllegalArgumentException("RecordCodec cannot read a " + type);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    if (!(type instanceof ParameterizedType)) {
      throw new IllegalArgumentException("RecordCodec needs the element type of " + type);
    }
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }
}
