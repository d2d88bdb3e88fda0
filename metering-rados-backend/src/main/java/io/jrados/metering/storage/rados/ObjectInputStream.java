package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.ObjectStat;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.ReadOperation;
import io.jrados.metering.storage.KeyNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.SortedMap;

/**
 * Reads a file chunk by chunk, one chunk in memory at a time.
 *
 * <p>The first read gets the head's attributes, size and first chunk in one operation, so the
 * manifest and chunk 0 belong to the same version of the file. A striped file's other chunks come
 * from stripe objects of that manifest's generation; they never change, so the bytes are all of one
 * version, and if the file is replaced meanwhile and its stripes removed, the reader fails with an
 * error instead of mixing versions. A head larger than a chunk that has no manifest (written by
 * another tool) is read by ranges, each checked against the first read's size and mtime.
 */
final class ObjectInputStream extends InputStream {
  private final IoCtx io;
  private final String fullName;
  private final String key;
  private final int chunkSize;
  private final StripeManifest manifest;
  private final ObjectStat firstStat;
  private final long size;
  private byte[] chunk;
  private int chunkPos;
  private int nextChunk = 1;
  private long delivered;

  private ObjectInputStream(
      IoCtx io,
      String fullName,
      String key,
      int chunkSize,
      StripeManifest manifest,
      ObjectStat stat,
      byte[] head) {
    this.io = io;
    this.fullName = fullName;
    this.key = key;
    this.chunkSize = chunkSize;
    this.manifest = manifest;
    this.firstStat = stat;
    this.size = manifest != null ? manifest.size() : stat.size();
    this.chunk = head;
  }

  /** Opens {@code fullName}; {@code key} names it in errors. */
  static ObjectInputStream open(IoCtx io, String fullName, String key, int chunkSize)
      throws IOException {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<SortedMap<String, byte[]>> xattrs = op.getXattrs();
    ReadOperation.Result<ObjectStat> stat = op.stat();
    ReadOperation.Result<byte[]> head = op.read(0, chunkSize);
    try {
      io.operate(fullName, op);
    } catch (ObjectNotFoundException e) {
      throw new KeyNotFoundException(key);
    } catch (RadosException e) {
      throw new IOException("reading " + key + " failed: " + e.getMessage(), e);
    }
    StripeManifest manifest = StripeManifest.from(xattrs.get(), fullName);
    int headSize = chunkSize;
    if (manifest != null) {
      headSize = manifest.chunkSize();
      if (head.get().length != manifest.chunkLength(0)) {
        throw new IOException(
            "object "
                + fullName
                + " holds "
                + head.get().length
                + " bytes, its manifest says "
                + manifest.chunkLength(0));
      }
    }
    return new ObjectInputStream(io, fullName, key, headSize, manifest, stat.get(), head.get());
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    while (chunk != null && chunkPos == chunk.length) {
      chunk = nextChunk();
      chunkPos = 0;
    }
    if (chunk == null) {
      return -1;
    }
    int n = Math.min(len, chunk.length - chunkPos);
    System.arraycopy(chunk, chunkPos, b, off, n);
    chunkPos += n;
    delivered += n;
    return n;
  }

  @Override
  public int available() {
    return chunk == null ? 0 : chunk.length - chunkPos;
  }

  @Override
  public void close() {
    chunk = null;
  }

  private byte[] nextChunk() throws IOException {
    long offset = delivered;
    if (offset >= size) {
      return null;
    }
    try {
      if (manifest != null) {
        return stripe(nextChunk++);
      }
      return headRange(offset);
    } catch (RadosException e) {
      throw new IOException("reading " + key + " failed: " + e.getMessage(), e);
    }
  }

  private byte[] stripe(int n) throws IOException {
    String name = RadosNames.stripeObject(fullName, manifest.generation(), n);
    byte[] data;
    try {
      data = io.read(name, 0, manifest.chunkSize());
    } catch (ObjectNotFoundException e) {
      throw new IOException(key + " was replaced or deleted while it was being read");
    }
    if (data.length != manifest.chunkLength(n)) {
      throw new IOException(
          "stripe "
              + name
              + " holds "
              + data.length
              + " bytes, the manifest says "
              + manifest.chunkLength(n));
    }
    return data;
  }

  private byte[] headRange(long offset) throws IOException {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<ObjectStat> stat = op.stat();
    ReadOperation.Result<byte[]> data = op.read(offset, chunkSize);
    try {
      io.operate(fullName, op);
    } catch (ObjectNotFoundException e) {
      throw new IOException(key + " was deleted while it was being read");
    }
    if (!stat.get().equals(firstStat)) {
      throw new IOException(key + " changed while it was being read");
    }
    if (data.get().length == 0) {
      throw new IOException(key + " ended at " + offset + " bytes, its size is " + size);
    }
    return data.get();
  }
}
