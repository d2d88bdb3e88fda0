package io.jrados.metering.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MetaType;
import io.jrados.metering.model.MeteringPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of metering and meta files: gzip around the SDK's compact JSON. Decoding is
 * bounded: a file that inflates beyond the cap is an error, not a silently truncated read as in the
 * SDK (whose {@code io.LimitReader} cuts the JSON and then fails to parse it).
 */
public final class MeteringCodec {
  /** The SDK's cap on a decompressed metering file: 100 MiB. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 100L * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private MeteringCodec() {}

  /** Gzip-compresses {@code json}. */
  public static byte[] gzip(byte[] json) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(json.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
      gzip.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory failed", e);
    }
    return buffer.toByteArray();
  }

  /**
   * Inflates a gzip stream, failing once more than {@code maxBytes} come out.
   *
   * @throws IOException if the stream is not gzip or inflates beyond the cap
   */
  public static byte[] gunzip(InputStream compressed, long maxBytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(compressed)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(chunk)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new IOException("file inflates to more than the cap of " + maxBytes + " bytes");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Parses a metering file's JSON. */
  public static MeteringPage parsePage(byte[] json) throws IOException {
    JsonNode root = tree(json, "metering");
    List<Map<String, Object>> data = new ArrayList<>();
    JsonNode records = root.path("data");
    if (!records.isMissingNode() && !records.isNull()) {
      if (!records.isArray()) {
        throw new IOException("invalid file format: 'data' is not an array");
      }
      for (JsonNode record : records) {
        if (!record.isObject()) {
          throw new IOException("invalid file format: a data record is not an object");
        }
        data.add(JsonTrees.toMap(record));
      }
    }
    return new MeteringPage(
        root.path("timestamp").asLong(),
        root.path("category").asText(""),
        root.path("self_id").asText(""),
        root.path("shared_pool_id").asText(""),
        root.path("part").asInt(),
        data);
  }

  /** Parses a meta file's JSON. */
  public static MetaData parseMeta(byte[] json) throws IOException {
    JsonNode root = tree(json, "meta");
    JsonNode metadata = root.path("metadata");
    if (!metadata.isMissingNode() && !metadata.isNull() && !metadata.isObject()) {
      throw new IOException("invalid file format: 'metadata' is not an object");
    }
    MetaType type;
    try {
      type = MetaType.parse(root.path("type").asText(""));
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid file format: " + e.getMessage(), e);
    }
    return new MetaData(
        root.path("cluster_id").asText(""),
        type,
        root.path("category").asText(""),
        root.path("modify_ts").asLong(),
        metadata.isObject() ? JsonTrees.toMap(metadata) : Map.of());
  }

  private static JsonNode tree(byte[] json, String what) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException(
          "invalid file format: failed to unmarshal " + what + " data: " + e.getOriginalMessage(),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("invalid file format: " + what + " data is not a JSON object");
    }
    return root;
  }
}
