package io.jrados.metering.layout;

import io.jrados.metering.model.MetaType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK's storage layout: {@code metering/ru/{ts}/{category}/{shared_pool_id}/{self_id}-{part}
 * .json.gz} for metering data and {@code metering/meta/{type}[/{category}]/{cluster}/{modify_ts}
 * .json.gz} for metadata.
 */
public final class MeteringPaths {
  /** The SDK's pattern of a metering file path; groups: ts, category, pool, self id, part. */
  public static final Pattern METERING_FILE =
      Pattern.compile("^metering/ru/(\\d+)/([^/]+)/([^/]+)/([^-]+)-(\\d+)\\.json\\.gz$");

  private static final String SUFFIX = ".json.gz";

  private MeteringPaths() {}

  /** Path of one part of a metering write. */
  public static String meteringFile(
      long timestamp, String category, String sharedPoolId, String selfId, int part) {
    return meteringSetPrefix(timestamp, category, sharedPoolId, selfId) + part + SUFFIX;
  }

  /** The common start of every part's path of one write: {@code ...{self_id}-}. */
  public static String meteringSetPrefix(
      long timestamp, String category, String sharedPoolId, String selfId) {
    return timestampPrefix(timestamp) + category + "/" + sharedPoolId + "/" + selfId + "-";
  }

  /** The directory of every metering file of one minute: {@code metering/ru/{ts}/}. */
  public static String timestampPrefix(long timestamp) {
    return "metering/ru/" + timestamp + "/";
  }

  /** Path of a meta file. */
  public static String metaFile(MetaType type, String category, String clusterId, long modifyTs) {
    return metaDirectory(type, category, clusterId) + modifyTs + SUFFIX;
  }

  /** The directory holding every version of one cluster's metadata, ending in {@code /}. */
  public static String metaDirectory(MetaType type, String category, String clusterId) {
    String categoryPart = category.isEmpty() ? "" : category + "/";
    return "metering/meta/" + type.wireName() + "/" + categoryPart + clusterId + "/";
  }

  /**
   * The modify timestamp of a meta file directly inside {@code directory}, or empty for anything
   * else (a deeper path, another name); directness keeps a category named like a cluster from being
   * read as that cluster's versions.
   */
  public static Optional<Long> metaTimestamp(String directory, String key) {
    if (!key.startsWith(directory) || !key.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String name = key.substring(directory.length(), key.length() - SUFFIX.length());
    if (name.indexOf('/') >= 0 || !name.matches("-?\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(name));
  }

  /** Parses a metering file path, or empty if it does not match the SDK's pattern. */
  public static Optional<MeteringFileInfo> parseMeteringFile(String path) {
    Matcher m = METERING_FILE.matcher(path);
    if (!m.matches() || m.group(1).length() > 18 || m.group(5).length() > 9) {
      return Optional.empty();
    }
    return Optional.of(
        new MeteringFileInfo(
            path,
            Long.parseLong(m.group(1)),
            m.group(2),
            m.group(3),
            m.group(4),
            Integer.parseInt(m.group(5))));
  }
}
