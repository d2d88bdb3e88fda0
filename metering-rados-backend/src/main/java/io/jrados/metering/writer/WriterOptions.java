package io.jrados.metering.writer;

import io.jrados.metering.config.StorageConfig;
import java.util.Objects;

/**
 * Settings of the metering and meta writers; the SDK's {@code Config} fields that matter to them.
 *
 * @param pageSizeBytes page size for splitting records into parts; 0 writes one part
 * @param overwriteExisting whether existing files are replaced (default false: an error)
 * @param defaultSharedPoolId shared pool used when the data names none; empty (as the SDK's {@code
 *     NewMeteringWriterWithSharedPool(.., "")}) makes data without a pool an error
 */
public record WriterOptions(
    long pageSizeBytes, boolean overwriteExisting, String defaultSharedPoolId) {
  /** The SDK's default shared pool id. */
  public static final String DEFAULT_SHARED_POOL_ID = "default-shared-pool";

  /** Checks the values. */
  public WriterOptions {
    if (pageSizeBytes < 0) {
      throw new IllegalArgumentException("page size must not be negative: " + pageSizeBytes);
    }
    defaultSharedPoolId = Objects.requireNonNullElse(defaultSharedPoolId, "");
  }

  /** No paging, no overwriting, the SDK's default shared pool. */
  public static WriterOptions defaults() {
    return new WriterOptions(0, false, DEFAULT_SHARED_POOL_ID);
  }

  /** Defaults, with the config's {@code shared-pool-id} if it has one (the SDK's FromConfig). */
  public static WriterOptions from(StorageConfig config) {
    return new WriterOptions(0, false, config.sharedPoolId().orElse(DEFAULT_SHARED_POOL_ID));
  }

  /** A copy with another page size. */
  public WriterOptions withPageSizeBytes(long bytes) {
    return new WriterOptions(bytes, overwriteExisting, defaultSharedPoolId);
  }

  /** A copy with overwriting switched on or off. */
  public WriterOptions withOverwriteExisting(boolean overwrite) {
    return new WriterOptions(pageSizeBytes, overwrite, defaultSharedPoolId);
  }

  /** A copy with another default shared pool. */
  public WriterOptions withDefaultSharedPoolId(String id) {
    return new WriterOptions(pageSizeBytes, overwriteExisting, id);
  }
}
