package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.RadosException;
import io.jrados.metering.storage.ListPage;
import io.jrados.metering.storage.StorageKeys;
import io.jrados.metering.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * Keys as RADOS objects in one pool and namespace, named {@code PREFIX + KEY}, with a directory
 * index in omap for listings (see {@link DirectoryIndex}, {@link IndexListing}) and large files
 * striped over several objects (see {@link ObjectWriter}).
 *
 * <p>Crash safety, step by step: a write announces the key in the index (a pending entry) before it
 * writes the head, and commits the entry after. A writer dying after the announcement leaves a
 * pending entry; listings check such entries against the head and show the key only if the head
 * exists, so the file is listed exactly when it can be read. A head never exists without an entry,
 * so nothing written is missing from listings. A delete turns the entry pending, removes the head,
 * then drops the entry; dying in between leaves a pending entry whose head is gone, which listings
 * skip. {@code jmetering rebuild-index} rebuilds the index from a full listing of the namespace.
 *
 * <p>One interleaving is not covered: a put and a delete of the same key at the same time, when the
 * delete drops the entry after the put committed it, leave the put's head without an entry, so it
 * is not listed until the key is written again or the index is rebuilt. Closing that needs a
 * compare-and-set on omap values, which the object API does not offer. Without overwrite, the
 * metering writer only deletes parts it has just created itself, so it never meets this; two
 * writers overwriting the same file set at the same moment can.
 */
public final class RadosProvider implements StorageProvider {
  /** Bytes per chunk: a file up to this size is one object, written in one operation. */
  public static final int DEFAULT_CHUNK_SIZE = 4 << 20;

  private final RadosClient client;
  private final boolean ownsClient;
  private final IoCtx io;
  private final String prefix;
  private final int chunkSize;
  private final DirectoryIndex index;
  private final ObjectWriter writer;

  /**
   * A provider over {@code io} with {@code prefix}; when {@code ownsClient}, closing it closes
   * {@code client}.
   */
  public RadosProvider(
      RadosClient client, boolean ownsClient, IoCtx io, String prefix, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size must be positive, got " + chunkSize);
    }
    this.client = client;
    this.ownsClient = ownsClient;
    this.io = io;
    this.prefix = RadosNames.checkDataName(StorageKeys.normalizeProviderPrefix(prefix));
    this.chunkSize = chunkSize;
    this.index = new DirectoryIndex(io, Clock.systemUTC());
    this.writer = new ObjectWriter(io, chunkSize);
  }

  /** The pool and namespace this provider stores in. */
  public IoCtx ioCtx() {
    return io;
  }

  @Override
  public void put(String key, InputStream data) throws IOException {
    write(key, data, false);
  }

  @Override
  public boolean createIfAbsent(String key, InputStream data) throws IOException {
    return write(key, data, true);
  }

  private boolean write(String key, InputStream data, boolean exclusive) throws IOException {
    String name = fullName(key);
    try {
      index.announce(name);
      boolean created = writer.write(name, data, exclusive);
      // A losing creator commits too: the winner's head exists, and the announcement above may
      // have turned the winner's committed entry back into a pending one.
      index.commit(name);
      return created;
    } catch (RadosException e) {
      throw failure("writing", key, e);
    }
  }

  @Override
  public InputStream get(String key) throws IOException {
    return ObjectInputStream.open(io, fullName(key), StorageKeys.normalizeKey(key), chunkSize);
  }

  @Override
  public void delete(String key) throws IOException {
    String name = fullName(key);
    try {
      index.demote(name);
      writer.remove(name);
      index.remove(name);
    } catch (RadosException e) {
      throw failure("deleting", key, e);
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    try {
      io.stat(fullName(key));
      return true;
    } catch (ObjectNotFoundException e) {
      return false;
    } catch (RadosException e) {
      throw failure("checking", key, e);
    }
  }

  @Override
  public ListPage listPage(String listPrefix, String startAfter, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    String fullPrefix = prefix + StorageKeys.normalizeListPrefix(listPrefix);
    String fullStartAfter = startAfter == null ? null : prefix + startAfter;
    List<String> names;
    try {
      // One more than asked tells whether another page follows.
      names = IndexListing.list(io, fullPrefix, fullStartAfter, limit + 1);
    } catch (RadosException e) {
      throw new IOException("listing '" + listPrefix + "' failed: " + e.getMessage(), e);
    }
    boolean truncated = names.size() > limit;
    List<String> keys =
        names.subList(0, Math.min(limit, names.size())).stream()
            .map(n -> n.substring(prefix.length()))
            .toList();
    return new ListPage(keys, truncated);
  }

  /** Forgets cached directory entries; call after {@code rebuild-index} ran on this namespace. */
  public void forgetIndexCache() {
    index.forgetDirectories();
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public String toString() {
    return "RadosProvider[pool="
        + io.poolName()
        + (io.namespace().isEmpty() ? "" : ", namespace=" + io.namespace())
        + (prefix.isEmpty() ? "" : ", prefix=" + prefix)
        + "]";
  }

  private String fullName(String key) {
    return RadosNames.checkDataName(prefix + StorageKeys.normalizeKey(key));
  }

  private static IOException failure(String what, String key, RadosException e) {
    return new IOException(what + " " + key + " failed: " + e.getMessage(), e);
  }
}
