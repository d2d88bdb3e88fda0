package io.jrados.metering.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link StorageConfig} from a JSON, YAML or TOML file with the SDK's {@code
 * MeteringConfig} field names ({@code type, bucket, region, prefix, endpoint, shared-pool-id} and
 * the {@code localfs}, {@code aws}, {@code oss}, {@code azure} blocks) plus a {@code rados} block
 * ({@code pool, namespace, conf, id, keyring, mon-host, key}).
 *
 * <p>The format follows the file's extension: {@code .yaml}/{@code .yml}, {@code .toml}, anything
 * else is JSON. All three are read into one tree and checked by the same rules, so a field means
 * the same in each. A parse error names the file, the format and the position only: a parser's own
 * message may quote the offending text, which can be a key.
 */
public final class StorageConfigFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper TOML = new TomlMapper();
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "type",
          "bucket",
          "region",
          "prefix",
          "endpoint",
          "shared-pool-id",
          "localfs",
          "aws",
          "oss",
          "azure",
          "rados");
  private static final Set<String> PROVIDER_BLOCKS = Set.of("aws", "oss", "azure", "rados");

  private StorageConfigFiles() {}

  /** Reads the file; the format comes from its extension. */
  public static StorageConfig load(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    String format;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = YAML;
      format = "YAML";
    } else if (name.endsWith(".toml")) {
      mapper = TOML;
      format = "TOML";
    } else {
      mapper = JSON;
      format = "JSON";
    }
    JsonNode root;
    try {
      root = mapper.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      // Location only: the parser's message may quote the file's text, credentials included.
      throw new IllegalArgumentException(
          "config file " + file + " is not valid " + format + " (" + location(e) + ")");
    }
    return fromJson(root, file.toString());
  }

  private static String location(JsonProcessingException e) {
    var at = e.getLocation();
    return at == null
        ? "position unknown"
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Reads a config from an already parsed JSON object; {@code source} names it in errors. */
  public static StorageConfig fromJson(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "config " + source + " must be an object (a mapping, a table) at the top level");
    }
    rejectUnknown(root, TOP_LEVEL, source, "");
    String type = text(root, "type", source);
    if (type == null) {
      throw new IllegalArgumentException("config " + source + " lacks the field 'type'");
    }
    StorageConfig.Builder builder =
        StorageConfig.builder()
            .scheme(type)
            .bucket(text(root, "bucket", source))
            .prefix(text(root, "prefix", source))
            .sharedPoolId(text(root, "shared-pool-id", source))
            .parameter("region-id", text(root, "region", source))
            .parameter("endpoint", text(root, "endpoint", source));
    JsonNode local = root.get("localfs");
    if (local != null) {
      rejectUnknown(local, Set.of("base-path", "create-dirs", "permissions"), source, "localfs.");
      builder.basePath(text(local, "base-path", source));
      builder.parameter("create-dirs", text(local, "create-dirs", source));
      builder.parameter("permissions", text(local, "permissions", source));
    }
    for (String block : PROVIDER_BLOCKS) {
      JsonNode node = root.get(block);
      if (node == null) {
        continue;
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException("config " + source + ": '" + block + "' is no object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        String field = it.next().getKey();
        String value = text(node, field, source);
        if (block.equals("rados") && field.equals("pool")) {
          if (root.has("bucket")) {
            throw new IllegalArgumentException(
                "config " + source + " sets both 'bucket' and 'rados.pool'");
          }
          builder.bucket(value);
        } else {
          builder.parameter(field, value);
        }
      }
    }
    return builder.build();
  }

  private static void rejectUnknown(JsonNode node, Set<String> known, String source, String at) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        throw new IllegalArgumentException(
            "config " + source + " has an unknown field '" + at + field + "'");
      }
    }
  }

  private static String text(JsonNode node, String field, String source) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(
          "config " + source + ": field '" + field + "' must be a string, number or boolean");
    }
    return value.asText();
  }
}
