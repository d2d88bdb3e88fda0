package io.jrados.metering.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.metering.json.JsonTrees;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MetaType;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON documents the CLI takes: a MeteringData or MetaData with the SDK's field names. An
 * object of exactly {@code value} (a non-negative integer) and {@code unit} (a string) becomes a
 * {@link MeteringValue}, so it is written in the SDK's struct order, value before unit.
 */
final class InputDocuments {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
  private static final Set<String> METERING_FIELDS =
      Set.of("timestamp", "category", "self_id", "shared_pool_id", "data");
  private static final Set<String> META_FIELDS =
      Set.of("cluster_id", "type", "category", "modify_ts", "metadata");

  private InputDocuments() {}

  static MeteringData meteringData(InputStream in) throws IOException {
    JsonNode root = object(in, METERING_FIELDS, "MeteringData");
    List<Map<String, Object>> records = new ArrayList<>();
    JsonNode data = root.path("data");
    if (!data.isMissingNode() && !data.isNull()) {
      if (!data.isArray()) {
        throw new IllegalArgumentException("MeteringData field 'data' must be an array");
      }
      for (JsonNode record : data) {
        if (!record.isObject()) {
          throw new IllegalArgumentException("every element of 'data' must be an object");
        }
        records.add(recordOf(record));
      }
    }
    return new MeteringData(
        integer(root, "timestamp"),
        text(root, "category"),
        text(root, "self_id"),
        text(root, "shared_pool_id"),
        records);
  }

  static MetaData metaData(InputStream in) throws IOException {
    JsonNode root = object(in, META_FIELDS, "MetaData");
    JsonNode metadata = root.path("metadata");
    if (!metadata.isMissingNode() && !metadata.isNull() && !metadata.isObject()) {
      throw new IllegalArgumentException("MetaData field 'metadata' must be an object");
    }
    return new MetaData(
        text(root, "cluster_id"),
        MetaType.parse(text(root, "type")),
        text(root, "category"),
        integer(root, "modify_ts"),
        metadata.isObject() ? JsonTrees.toMap(metadata) : Map.of());
  }

  private static Map<String, Object> recordOf(JsonNode record) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode v = field.getValue();
      boolean isValue =
          v.isObject()
              && v.size() == 2
              && v.path("value").isIntegralNumber()
              && v.path("value").bigIntegerValue().signum() >= 0
              && v.path("unit").isTextual();
      map.put(
          field.getKey(),
          isValue
              ? new MeteringValue(v.get("value").bigIntegerValue(), v.get("unit").textValue())
              : JsonTrees.toValue(v));
    }
    return map;
  }

  private static JsonNode object(InputStream in, Set<String> fields, String what)
      throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what + " input is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(what + " input must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!fields.contains(name)) {
        throw new IllegalArgumentException(what + " has an unknown field '" + name + "'");
      }
    }
    return root;
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return node.textValue();
  }

  private static long integer(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return 0;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException("field '" + field + "' must be a 64-bit integer");
    }
    return node.longValue();
  }
}
