package io.jrados.metering.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Object storage behind the metering writers and readers: the same role as the Go metering SDK's
 * {@code ObjectStorageProvider}, with paged listing and an atomic create-if-absent added.
 *
 * <p>Keys are {@code /}-separated relative paths (see {@link StorageKeys}). A provider configured
 * with a prefix applies it exactly once on every call, and keys returned by listings never carry
 * it, so a key read from {@link #list} can be handed straight back to {@link #get}.
 */
public interface StorageProvider extends Closeable {

  /** Default number of keys fetched per page by {@link #list(String)}. */
  int DEFAULT_PAGE_SIZE = 1000;

  /**
   * Stores the stream's bytes under {@code key}, replacing any existing object. Readers see either
   * the old object or the complete new one, never a partial write.
   */
  void put(String key, InputStream data) throws IOException;

  /**
   * Stores the stream's bytes under {@code key} only if no object exists there. Atomic: of many
   * concurrent callers for one key exactly one gets {@code true}.
   *
   * @return whether this call created the object
   */
  boolean createIfAbsent(String key, InputStream data) throws IOException;

  /**
   * Opens the object for reading; the caller closes the stream.
   *
   * @throws KeyNotFoundException when there is no object under {@code key}
   */
  InputStream get(String key) throws IOException;

  /** Deletes the object; deleting a missing key is not an error. */
  void delete(String key) throws IOException;

  /** Whether an object exists under {@code key}. */
  boolean exists(String key) throws IOException;

  /**
   * One page of the keys that start with {@code prefix} (compared as strings, like the SDK, not as
   * directories), in ascending lexical order, strictly after {@code startAfter} when it is not
   * null, at most {@code limit} of them.
   */
  ListPage listPage(String prefix, String startAfter, int limit) throws IOException;

  /**
   * All keys starting with {@code prefix}, fetched lazily one page of {@code pageSize} at a time.
   */
  default Iterator<String> list(String prefix, int pageSize) {
    return new PagedKeyIterator(this, prefix, pageSize);
  }

  /**
   * All keys starting with {@code prefix}, fetched lazily in pages of {@link #DEFAULT_PAGE_SIZE}.
   */
  default Iterator<String> list(String prefix) {
    return list(prefix, DEFAULT_PAGE_SIZE);
  }
}
