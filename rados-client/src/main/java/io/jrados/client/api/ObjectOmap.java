package io.jrados.client.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link IoCtx}'s omap calls: an object's sorted key-value map and its header, each call a
 * one-op {@link ReadOperation} or {@link WriteOperation}. Keys as Strings, or with their exact
 * bytes (the Raw forms) for keys that need not be UTF-8. Sync forms wait as {@link IoCtx}
 * describes.
 */
public sealed interface ObjectOmap permits IoCtx {

  private IoCtx ctx() {
    return (IoCtx) this;
  }

  default CompletableFuture<OmapPage> omapGetKeysAsync(String oid, String startAfter, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapPage> v = op.omapGetKeys(startAfter, max);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default OmapPage omapGetKeys(String oid, String startAfter, int max) {
    return ctx().await(omapGetKeysAsync(oid, startAfter, max), "omap keys of " + oid);
  }

  default CompletableFuture<OmapPage> omapGetValsAsync(
      String oid, String startAfter, String prefix, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapPage> v = op.omapGetVals(startAfter, prefix, max);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default OmapPage omapGetVals(String oid, String startAfter, String prefix, int max) {
    return ctx().await(omapGetValsAsync(oid, startAfter, prefix, max), "omap values of " + oid);
  }

  default CompletableFuture<SortedMap<String, byte[]>> omapGetValsByKeysAsync(
      String oid, Set<String> keys) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<SortedMap<String, byte[]>> v = op.omapGetValsByKeys(keys);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default SortedMap<String, byte[]> omapGetValsByKeys(String oid, Set<String> keys) {
    return ctx().await(omapGetValsByKeysAsync(oid, keys), "omap values of " + oid);
  }

  default CompletableFuture<byte[]> omapGetHeaderAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> v = op.omapGetHeader();
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default byte[] omapGetHeader(String oid) {
    return ctx().await(omapGetHeaderAsync(oid), "omap header of " + oid);
  }

  default CompletableFuture<Void> omapSetAsync(String oid, Map<String, byte[]> entries) {
    return ctx().operateAsync(oid, new WriteOperation().omapSet(entries));
  }

  default void omapSet(String oid, Map<String, byte[]> entries) {
    ctx().operate(oid, new WriteOperation().omapSet(entries));
  }

  /**
   * Omap keys with their exact bytes (for keys that need not be UTF-8); see {@link OmapRawPage}.
   */
  default CompletableFuture<OmapRawPage> omapGetKeysRawAsync(
      String oid, byte[] startAfter, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapRawPage> v = op.omapGetKeysRaw(startAfter, max);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default OmapRawPage omapGetKeysRaw(String oid, byte[] startAfter, int max) {
    return ctx().await(omapGetKeysRawAsync(oid, startAfter, max), "omap keys of " + oid);
  }

  /** Omap entries, keys with their exact bytes; see {@link OmapRawPage}. */
  default CompletableFuture<OmapRawPage> omapGetValsRawAsync(
      String oid, byte[] startAfter, byte[] prefix, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapRawPage> v = op.omapGetValsRaw(startAfter, prefix, max);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default OmapRawPage omapGetValsRaw(String oid, byte[] startAfter, byte[] prefix, int max) {
    return ctx().await(omapGetValsRawAsync(oid, startAfter, prefix, max), "omap values of " + oid);
  }

  default CompletableFuture<Void> omapSetRawAsync(String oid, Map<byte[], byte[]> entries) {
    return ctx().operateAsync(oid, new WriteOperation().omapSetRaw(entries));
  }

  /** Sets omap keys of any bytes. */
  default void omapSetRaw(String oid, Map<byte[], byte[]> entries) {
    ctx().operate(oid, new WriteOperation().omapSetRaw(entries));
  }

  default CompletableFuture<Void> omapRmKeysRawAsync(String oid, Collection<byte[]> keys) {
    return ctx().operateAsync(oid, new WriteOperation().omapRmKeysRaw(keys));
  }

  /** Removes omap keys of any bytes. */
  default void omapRmKeysRaw(String oid, Collection<byte[]> keys) {
    ctx().operate(oid, new WriteOperation().omapRmKeysRaw(keys));
  }

  default CompletableFuture<Void> omapRmKeysAsync(String oid, Set<String> keys) {
    return ctx().operateAsync(oid, new WriteOperation().omapRmKeys(keys));
  }

  default void omapRmKeys(String oid, Set<String> keys) {
    ctx().operate(oid, new WriteOperation().omapRmKeys(keys));
  }

  default CompletableFuture<Void> omapClearAsync(String oid) {
    return ctx().operateAsync(oid, new WriteOperation().omapClear());
  }

  default void omapClear(String oid) {
    ctx().operate(oid, new WriteOperation().omapClear());
  }

  default CompletableFuture<Void> omapSetHeaderAsync(String oid, byte[] header) {
    return ctx().operateAsync(oid, new WriteOperation().omapSetHeader(header));
  }

  default void omapSetHeader(String oid, byte[] header) {
    ctx().operate(oid, new WriteOperation().omapSetHeader(header));
  }
}
