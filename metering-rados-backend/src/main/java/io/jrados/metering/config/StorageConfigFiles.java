package io.jrados.metering.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link StorageConfig} from a JSON file with the SDK's {@code MeteringConfig} field names
 * ({@code type, bucket, region, prefix, endpoint, shared-pool-id} and the {@code localfs}, {@code
 * aws}, {@code oss}, {@code azure} blocks) plus a {@code rados} block ({@code pool, namespace,
 * conf, id, keyring, mon-host, key}).
 *
 * <p>YAML and TOML files are refused with a clear message: their Jackson modules are not on this
 * module's class path.
 */
public final class StorageConfigFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
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
    if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".toml")) {
      throw new IllegalArgumentException(
          "YAML and TOML config files are not supported in this build (no jackson-dataformat-yaml"
              + " or -toml on the class path); use a .json file or a storage URI: "
              + file);
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      // Location only: the parser's message may quote the file's text, credentials included.
      throw new IllegalArgumentException(
          "config file " + file + " is not valid JSON (" + e.getLocation() + ")");
    }
    return fromJson(root, file.toString());
  }

  /** Reads a config from an already parsed JSON object; {@code source} names it in errors. */
  public static StorageConfig fromJson(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("config " + source + " must be a JSON object");
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
