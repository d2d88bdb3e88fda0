package io.jrados.metering.writer;

import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MeteringData;

/**
 * The SDK's validation rules, with its messages, in its order; plus checks the SDK lacks but needs,
 * because a {@code /} or empty name would move a file out of the layout its readers parse.
 */
final class Validation {
  private static final String INVALID_NAME_CHARACTERS = "/\\:*?\"<>|";

  private Validation() {}

  /**
   * Returns the data to write: with the writer's shared pool filled in when the caller left it
   * empty (on a copy; the SDK fills it into the caller's struct).
   */
  static MeteringData meteringData(MeteringData data, String defaultSharedPoolId) {
    if (data == null) {
      throw new IllegalArgumentException("invalid data type, expected *MeteringData");
    }
    MeteringData effective =
        data.sharedPoolId().isEmpty() ? data.withSharedPoolId(defaultSharedPoolId) : data;
    if (effective.sharedPoolId().isEmpty()) {
      throw new IllegalArgumentException("SharedPoolID is required and cannot be empty");
    }
    if (effective.selfId().isEmpty()) {
      throw new IllegalArgumentException("self ID cannot be empty");
    }
    if (effective.selfId().contains("-")) {
      throw new IllegalArgumentException(
          "self_id cannot contain dash character: " + effective.selfId());
    }
    if (effective.timestamp() <= 0) {
      throw new IllegalArgumentException("timestamp must be positive");
    }
    if (effective.timestamp() % 60 != 0) {
      throw new IllegalArgumentException(
          "timestamp must be a minute-level timestamp (divisible by 60)");
    }
    // Beyond the SDK, whose writer never checks these: its own ValidateCategory rules, and no
    // '/' in the ids that become path segments.
    category(effective.category());
    if (effective.selfId().contains("/")) {
      throw new IllegalArgumentException("self_id cannot contain '/': " + effective.selfId());
    }
    if (effective.sharedPoolId().contains("/")) {
      throw new IllegalArgumentException(
          "shared_pool_id cannot contain '/': " + effective.sharedPoolId());
    }
    return effective;
  }

  /** The SDK's ValidateCategory. */
  static void category(String category) {
    if (category.isEmpty()) {
      throw new IllegalArgumentException("category cannot be empty");
    }
    if (containsAny(category)) {
      throw new IllegalArgumentException("category contains invalid characters");
    }
  }

  /** The SDK's ValidateClusterID, and ValidateCategory when a category is given. */
  static void metaData(MetaData meta) {
    if (meta == null) {
      throw new IllegalArgumentException("invalid data type, expected *MetaData");
    }
    if (meta.clusterId().isEmpty()) {
      throw new IllegalArgumentException("cluster ID cannot be empty");
    }
    if (containsAny(meta.clusterId())) {
      throw new IllegalArgumentException("cluster ID contains invalid characters");
    }
    if (!meta.category().isEmpty()) {
      category(meta.category());
    }
  }

  private static boolean containsAny(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (INVALID_NAME_CHARACTERS.indexOf(value.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
