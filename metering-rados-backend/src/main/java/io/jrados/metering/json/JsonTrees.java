package io.jrados.metering.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Jackson trees into the plain values metering records hold. Integers stay integers
 * ({@link Long}, or {@link java.math.BigInteger} beyond it) rather than becoming doubles as in Go,
 * so a {@code uint64} value reads back exactly.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** The object's fields as an insertion-ordered map of plain values. */
  public static Map<String, Object> toMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      map.put(field.getKey(), toValue(field.getValue()));
    }
    return map;
  }

  /** A plain value for any JSON node. */
  public static Object toValue(JsonNode node) {
    if (node.isObject()) {
      return toMap(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(toValue(element)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return null;
  }
}
