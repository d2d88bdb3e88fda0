package io.jrados.metering.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a metering record may hold, mirroring what Go's encoding/json can marshal from a
 * {@code map[string]interface{}}: null, strings, booleans, integers, finite floating-point numbers,
 * {@link MeteringValue}s, and maps and lists of these.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * An immutable deep copy of {@code value}, so a record can neither be changed by its caller after
   * the fact nor change the caller's objects.
   *
   * @throws IllegalArgumentException for a type Go could not encode, NaN or infinity
   */
  public static Object immutableCopy(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof MeteringValue
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Double d) {
      return requireFinite(d, d);
    }
    if (value instanceof Float f) {
      return requireFinite(f, f);
    }
    if (value instanceof Map<?, ?> map) {
      return immutableMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(immutableCopy(element));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "unsupported value type in metering data: " + value.getClass().getName());
  }

  /** An immutable deep copy of a JSON object; keys must be strings. */
  public static Map<String, Object> immutableMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("metering data map keys must be strings");
      }
      copy.put(key, immutableCopy(entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object requireFinite(Object original, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      // The message Go's json.Marshal gives for the same value.
      throw new IllegalArgumentException("json: unsupported value: " + goName(value));
    }
    return original;
  }

  private static String goName(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return value > 0 ? "+Inf" : "-Inf";
  }
}
