package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectExistsException;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.ReadOperation;
import io.jrados.client.api.WriteOperation;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Streams a file into RADOS so that no reader ever sees part of it under its name.
 *
 * <p>A file of at most one chunk is its head object, written (or exclusively created) with its
 * manifest attribute in one operation: RADOS applies an operation whole or not at all. A larger
 * file's chunks after the first go to stripe objects of a fresh generation first; only then is the
 * head written, again in one operation, with chunk 0 and a manifest naming that generation. Until
 * that operation, readers see the old file (or none); after it, the new one. At most two chunks are
 * in memory at a time: the head's and the one being written.
 *
 * <p>Stripes of a replaced file are removed after the new head is published; a writer that dies
 * before that, or two writers replacing one key at the same time, can leave stripes no head names.
 * {@code rebuild-index} removes those once they are older than its grace period.
 */
final class ObjectWriter {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IoCtx io;
  private final int chunkSize;

  ObjectWriter(IoCtx io, int chunkSize) {
    this.io = io;
    this.chunkSize = chunkSize;
  }

  /**
   * Writes {@code data} as {@code fullName}; with {@code exclusive}, only if no head exists.
   *
   * @return false if {@code exclusive} and the head already existed (nothing is left behind)
   */
  boolean write(String fullName, InputStream data, boolean exclusive) throws IOException {
    // The manifest of the file being replaced, read while the first chunk is gathered.
    CompletableFuture<StripeManifest> previous =
        exclusive ? CompletableFuture.completedFuture(null) : manifestAsync(fullName);
    byte[] head = data.readNBytes(chunkSize);
    byte[] next = head.length < chunkSize ? new byte[0] : data.readNBytes(chunkSize);
    StripeManifest manifest = null;
    List<String> stripes = new ArrayList<>();
    try {
      if (next.length > 0) {
        String generation = HexFormat.of().formatHex(randomBytes());
        long size = head.length;
        int chunk = 1;
        while (next.length > 0) {
          String stripe = RadosNames.stripeObject(fullName, generation, chunk);
          stripes.add(stripe);
          io.writeFull(stripe, next);
          size += next.length;
          chunk++;
          next = next.length < chunkSize ? new byte[0] : data.readNBytes(chunkSize);
        }
        manifest = new StripeManifest(generation, chunkSize, size, chunk);
      }
      WriteOperation op = new WriteOperation();
      if (exclusive) {
        op.create(true);
      }
      op.writeFull(head)
          .setXattr(
              StripeManifest.XATTR, manifest == null ? StripeManifest.NONE : manifest.encode());
      io.operate(fullName, op);
    } catch (ObjectExistsException e) {
      removeQuietly(stripes);
      return false;
    } catch (IOException | RuntimeException e) {
      removeQuietly(stripes);
      throw e;
    }
    StripeManifest replaced = previousQuietly(previous);
    if (replaced != null
        && (manifest == null || !replaced.generation().equals(manifest.generation()))) {
      removeQuietly(stripeNames(fullName, replaced));
    }
    return true;
  }

  /** The head's manifest; null if the head is missing or holds the whole file. */
  CompletableFuture<StripeManifest> manifestAsync(String fullName) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<java.util.SortedMap<String, byte[]>> xattrs = op.getXattrs();
    return io.operateAsync(fullName, op)
        .handle(
            (ok, failure) -> {
              if (failure != null) {
                return null; // missing, or unreadable: then nothing is known to clean up
              }
              try {
                return StripeManifest.from(xattrs.get(), fullName);
              } catch (IOException e) {
                return null;
              }
            });
  }

  /** Removes a file's head, then its stripes; a missing head is not an error. */
  void remove(String fullName) {
    StripeManifest manifest = previousQuietly(manifestAsync(fullName));
    try {
      io.remove(fullName);
    } catch (ObjectNotFoundException e) {
      return;
    }
    if (manifest != null) {
      removeQuietly(stripeNames(fullName, manifest));
    }
  }

  static List<String> stripeNames(String fullName, StripeManifest manifest) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i < manifest.count(); i++) {
      names.add(RadosNames.stripeObject(fullName, manifest.generation(), i));
    }
    return names;
  }

  private static StripeManifest previousQuietly(CompletableFuture<StripeManifest> f) {
    try {
      return RadosCalls.join(f);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Best effort: what is left is garbage no head names, which rebuild-index collects. */
  private void removeQuietly(List<String> objects) {
    List<CompletableFuture<Void>> removals = new ArrayList<>();
    for (String name : objects) {
      removals.add(io.removeAsync(name).exceptionally(e -> null));
    }
    try {
      RadosCalls.joinAll(removals);
    } catch (RuntimeException e) {
      // Left for rebuild-index.
    }
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return b;
  }
}
