package io.jrados.client.api;

import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link IoCtx}'s extended-attribute calls, each a one-op {@link ReadOperation} or {@link
 * WriteOperation}; {@link ReadOperation#cmpXattr} compares one as part of a compound operation.
 * Sync forms wait as {@link IoCtx} describes.
 */
public sealed interface ObjectXattrs permits IoCtx {

  private IoCtx ctx() {
    return (IoCtx) this;
  }

  default CompletableFuture<byte[]> getXattrAsync(String oid, String name) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> v = op.getXattr(name);
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default byte[] getXattr(String oid, String name) {
    return ctx().await(getXattrAsync(oid, name), "getxattr " + name + " of " + oid);
  }

  default CompletableFuture<SortedMap<String, byte[]>> getXattrsAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<SortedMap<String, byte[]>> v = op.getXattrs();
    return ctx().operateAsync(oid, op).thenApply(x -> v.get());
  }

  default SortedMap<String, byte[]> getXattrs(String oid) {
    return ctx().await(getXattrsAsync(oid), "getxattrs of " + oid);
  }

  default CompletableFuture<Void> setXattrAsync(String oid, String name, byte[] value) {
    return ctx().operateAsync(oid, new WriteOperation().setXattr(name, value));
  }

  default void setXattr(String oid, String name, byte[] value) {
    ctx().operate(oid, new WriteOperation().setXattr(name, value));
  }

  default CompletableFuture<Void> rmXattrAsync(String oid, String name) {
    return ctx().operateAsync(oid, new WriteOperation().rmXattr(name));
  }

  default void rmXattr(String oid, String name) {
    ctx().operate(oid, new WriteOperation().rmXattr(name));
  }
}
