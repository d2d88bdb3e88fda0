package io.jrados.client.api;

import io.jrados.client.internal.osd.OpText;
import io.jrados.client.internal.osd.OsdOpSpec;
import io.jrados.protocol.osd.DataOps;
import io.jrados.protocol.osd.OsdOpFlags;
import io.netty.buffer.ByteBuf;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link IoCtx}'s single-op data calls: whole and partial writes, reads, size changes, create,
 * remove, stat and object-class calls. Each is a one-op {@link WriteOperation} or {@link
 * ReadOperation}; use those to combine several atomically. Sync forms wait as {@link IoCtx}
 * describes.
 */
public sealed interface ObjectData permits IoCtx {

  private IoCtx ctx() {
    return (IoCtx) this;
  }

  default CompletableFuture<Void> writeFullAsync(String oid, byte[] data) {
    return ctx().operateAsync(oid, new WriteOperation().writeFull(data));
  }

  /** Replaces the object's content with {@code data}, creating it if needed. */
  default void writeFull(String oid, byte[] data) {
    ctx().operate(oid, new WriteOperation().writeFull(data));
  }

  default CompletableFuture<Void> writeAsync(String oid, byte[] data, long offset) {
    return ctx().operateAsync(oid, new WriteOperation().write(offset, data));
  }

  /** Writes {@code data} at {@code offset}, creating the object if needed. */
  default void write(String oid, byte[] data, long offset) {
    ctx().operate(oid, new WriteOperation().write(offset, data));
  }

  default CompletableFuture<Void> appendAsync(String oid, byte[] data) {
    return ctx().operateAsync(oid, new WriteOperation().append(data));
  }

  default void append(String oid, byte[] data) {
    ctx().operate(oid, new WriteOperation().append(data));
  }

  default CompletableFuture<byte[]> readAsync(String oid, long offset, int length) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> data = op.read(offset, length);
    return ctx().operateAsync(oid, op).thenApply(v -> data.get());
  }

  /**
   * Like {@link #readAsync}, but hands over the bytes as they arrived from the OSD, without
   * allocating and filling an array: for large reads, where zeroing and copying a 4 MiB array costs
   * more than the read's own bookkeeping. The caller owns the buffer and must {@link
   * ByteBuf#release() release} it.
   */
  default CompletableFuture<ByteBuf> readBufferAsync(String oid, long offset, int length) {
    return ctx()
        .readOne(
            oid,
            DataOps.read(offset, length),
            new OpText("read ", length, " at ", offset),
            ctx().readSnapshot(),
            ByteBuf::retainedSlice);
  }

  /** Up to {@code length} bytes at {@code offset}; fewer at the end of the object. */
  default byte[] read(String oid, long offset, int length) {
    return ctx().await(readAsync(oid, offset, length), "read of " + oid);
  }

  default CompletableFuture<Void> setAllocHintAsync(
      String oid, long expectedObjectSize, long expectedWriteSize, int flags) {
    return ctx()
        .operateAsync(
            oid, new WriteOperation().setAllocHint(expectedObjectSize, expectedWriteSize, flags));
  }

  /** librados' set_alloc_hint2: see {@link WriteOperation#setAllocHint}. */
  default void setAllocHint(
      String oid, long expectedObjectSize, long expectedWriteSize, int flags) {
    ctx()
        .operate(
            oid, new WriteOperation().setAllocHint(expectedObjectSize, expectedWriteSize, flags));
  }

  default CompletableFuture<Void> truncateAsync(String oid, long size) {
    return ctx().operateAsync(oid, new WriteOperation().truncate(size));
  }

  default void truncate(String oid, long size) {
    ctx().operate(oid, new WriteOperation().truncate(size));
  }

  default CompletableFuture<Void> zeroAsync(String oid, long offset, long length) {
    return ctx().operateAsync(oid, new WriteOperation().zero(offset, length));
  }

  default void zero(String oid, long offset, long length) {
    ctx().operate(oid, new WriteOperation().zero(offset, length));
  }

  default CompletableFuture<Void> createAsync(String oid, boolean exclusive) {
    return ctx().operateAsync(oid, new WriteOperation().create(exclusive));
  }

  /**
   * Creates an empty object; with {@code exclusive}, {@link ObjectExistsException} if it exists.
   */
  default void create(String oid, boolean exclusive) {
    ctx().operate(oid, new WriteOperation().create(exclusive));
  }

  /**
   * Deletes the object, even when the cluster or pool is full (as librados does, with FULL_FORCE:
   * removing is how space is freed).
   */
  default CompletableFuture<Void> removeAsync(String oid) {
    return ctx()
        .operateAsync(oid, new WriteOperation().remove(), OsdOpFlags.WRITE | OsdOpFlags.FULL_FORCE);
  }

  /** Deletes the object; {@link ObjectNotFoundException} if there is none. */
  default void remove(String oid) {
    ctx().await(removeAsync(oid), "remove of " + oid);
  }

  default CompletableFuture<ObjectStat> statAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<ObjectStat> st = op.stat();
    return ctx().operateAsync(oid, op).thenApply(v -> st.get());
  }

  default ObjectStat stat(String oid) {
    return ctx().await(statAsync(oid), "stat of " + oid);
  }

  /** Calls {@code cls.method} on the object (which the method may change); its output. */
  default CompletableFuture<byte[]> execAsync(String oid, String cls, String method, byte[] input) {
    byte[] name = IoCtx.nameBytes(oid);
    IoCtx.checkName(name);
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> out = op.exec(cls, method, input);
    OsdOpSpec spec =
        // As librados: a class call goes out as a read; the OSD learns from the method's own
        // flags whether it writes.
        ctx().spec(name, op.take(), OsdOpFlags.READ, false, input.length, op.description());
    return ctx()
        .run(
            spec,
            r -> {
              op.complete(r.ops());
              return out.get();
            });
  }

  default byte[] exec(String oid, String cls, String method, byte[] input) {
    return ctx()
        .await(execAsync(oid, cls, method, input), "exec " + cls + "." + method + " on " + oid);
  }
}
