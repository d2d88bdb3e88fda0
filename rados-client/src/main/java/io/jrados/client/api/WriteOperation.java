package io.jrados.client.api;

import io.jrados.client.internal.osd.OpText;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osd.AssertVersionOp;
import io.jrados.protocol.osd.CallOp;
import io.jrados.protocol.osd.DataOps;
import io.jrados.protocol.osd.OmapOps;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.SnapOps;
import io.jrados.protocol.osd.StatOp;
import io.jrados.protocol.osd.XattrOps;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Several changes to one object, applied atomically by its primary OSD: all of them or none
 * (librados' {@code ObjectWriteOperation}). Build it, then hand it to {@link IoCtx#operate(String,
 * WriteOperation)}; an operation is used once.
 *
 * <pre>{@code
 * io.operate("obj", new WriteOperation().create(true).writeFull(bytes).setXattr("v", one));
 * }</pre>
 *
 * <p>Byte arrays passed in are not copied: do not change them until the operation completed.
 */
public final class WriteOperation {
  private final List<OsdOp> ops = new ArrayList<>();
  private final List<Supplier<String>> described = new ArrayList<>();
  private long bytes;
  private boolean used;

  /** Creates the object; with {@code exclusive}, fails with EEXIST if it exists. */
  public WriteOperation create(boolean exclusive) {
    return add(DataOps.create(exclusive), exclusive ? "create exclusive" : "create");
  }

  /** Writes {@code data} at {@code offset}, extending the object if needed. */
  public WriteOperation write(long offset, byte[] data) {
    return write(offset, Unpooled.wrappedBuffer(data));
  }

  /** Writes the buffer's readable bytes at {@code offset}; takes ownership of the buffer. */
  public WriteOperation write(long offset, ByteBuf data) {
    int length = data.readableBytes();
    bytes += length;
    return add(DataOps.write(offset, data), new OpText("write ", length, " bytes at ", offset));
  }

  /** Replaces the object's whole content with {@code data}. */
  public WriteOperation writeFull(byte[] data) {
    return writeFull(Unpooled.wrappedBuffer(data));
  }

  /** Replaces the whole content with the buffer's readable bytes; takes ownership of it. */
  public WriteOperation writeFull(ByteBuf data) {
    bytes += data.readableBytes();
    return add(DataOps.writeFull(data), "write full " + data.readableBytes() + " bytes");
  }

  /** Appends {@code data}. */
  public WriteOperation append(byte[] data) {
    return append(Unpooled.wrappedBuffer(data));
  }

  /** Appends the buffer's readable bytes; takes ownership of it. */
  public WriteOperation append(ByteBuf data) {
    bytes += data.readableBytes();
    return add(DataOps.append(data), "append " + data.readableBytes() + " bytes");
  }

  /** Cuts or extends (with zeros) the object to {@code size}. */
  public WriteOperation truncate(long size) {
    return add(DataOps.truncate(size), "truncate to " + size);
  }

  /**
   * Tells the OSD's object store the object's expected size and write size, and how it will be used
   * ({@code flags} from {@link io.jrados.protocol.osd.AllocHint}, 0 for none); creates the object
   * if absent. A store that cannot take the hint ignores it.
   */
  public WriteOperation setAllocHint(long expectedObjectSize, long expectedWriteSize, int flags) {
    return add(
        DataOps.setAllocHint(expectedObjectSize, expectedWriteSize, flags),
        new OpText(
            "set-alloc-hint object_size ", expectedObjectSize, " write_size ", expectedWriteSize));
  }

  /** Zeroes {@code length} bytes at {@code offset}. */
  public WriteOperation zero(long offset, long length) {
    return add(DataOps.zero(offset, length), "zero " + length + " bytes at " + offset);
  }

  /** Deletes the object. */
  public WriteOperation remove() {
    return add(DataOps.delete(), "remove");
  }

  /** Sets an extended attribute. */
  public WriteOperation setXattr(String name, byte[] value) {
    bytes += value.length;
    return add(XattrOps.setxattr(SurrogateEscape.encode(name), value), "setxattr " + name);
  }

  /** Removes an extended attribute. */
  public WriteOperation rmXattr(String name) {
    return add(XattrOps.rmxattr(SurrogateEscape.encode(name)), "rmxattr " + name);
  }

  /**
   * Fails the whole operation with ECANCELED unless the attribute compares as asked with {@code
   * value}, byte by byte.
   */
  public WriteOperation cmpXattr(String name, CmpOp op, byte[] value) {
    return add(
        XattrOps.cmpxattr(SurrogateEscape.encode(name), op.code, value),
        "cmpxattr " + name + " " + op);
  }

  /**
   * Fails the whole operation with ECANCELED unless the attribute, read as a decimal number,
   * compares as asked with {@code value}.
   */
  public WriteOperation cmpXattr(String name, CmpOp op, long value) {
    return add(
        XattrOps.cmpxattrU64(SurrogateEscape.encode(name), op.code, value),
        "cmpxattr " + name + " " + op);
  }

  /**
   * Sets omap keys to values. A key's lone surrogates U+DC80..U+DCFF stand for the bytes
   * 0x80..0xFF, as in object names.
   */
  public WriteOperation omapSet(Map<String, byte[]> entries) {
    Map<byte[], byte[]> raw = new HashMap<>();
    entries.forEach((k, v) -> raw.put(SurrogateEscape.encode(k), v));
    return omapSetRaw(raw);
  }

  /** Removes omap keys (missing ones are ignored); keys as in {@link #omapSet}. */
  public WriteOperation omapRmKeys(Set<String> keys) {
    List<byte[]> raw = new ArrayList<>(keys.size());
    keys.forEach(k -> raw.add(SurrogateEscape.encode(k)));
    return omapRmKeysRaw(raw);
  }

  /**
   * Makes the object what it was at snapshot {@code snapId} (ROLLBACK): a pool snapshot's id, as
   * {@link IoCtx#lookupSnapshot} gives it, or a self-managed one's, as {@link
   * IoCtx#createSelfManagedSnapshot} gave it.
   */
  public WriteOperation rollback(long snapId) {
    return add(SnapOps.rollback(snapId), "rollback to snapshot " + snapId);
  }

  /** Sets omap keys of any bytes to values. */
  public WriteOperation omapSetRaw(Map<byte[], byte[]> entries) {
    SortedMap<byte[], byte[]> sorted = new TreeMap<>(OmapOps.KEY_ORDER);
    for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
      sorted.put(e.getKey().clone(), e.getValue());
      bytes += e.getKey().length + e.getValue().length;
    }
    return add(OmapOps.setRawVals(sorted), "omap set " + sorted.size() + " keys");
  }

  /** Removes omap keys of any bytes (missing ones are ignored). */
  public WriteOperation omapRmKeysRaw(Collection<byte[]> keys) {
    return add(OmapOps.rmRawKeys(ReadOperation.copies(keys)), "omap rm " + keys.size() + " keys");
  }

  /** Removes every omap key. */
  public WriteOperation omapClear() {
    return add(OmapOps.clear(), "omap clear");
  }

  /** Sets the omap header. */
  public WriteOperation omapSetHeader(byte[] header) {
    return add(OmapOps.setHeader(header), "omap set header");
  }

  /** Fails the whole operation with ENOENT unless the object exists. */
  public WriteOperation assertExists() {
    return add(StatOp.assertExists(), "assert exists");
  }

  /**
   * Fails the whole operation unless the object's version is {@code version} (ERANGE when older,
   * EOVERFLOW when newer).
   */
  public WriteOperation assertVersion(long version) {
    return add(AssertVersionOp.assertVersion(version), "assert version " + version);
  }

  /**
   * Fails the whole operation unless the object's bytes at {@code offset} equal {@code expected}; a
   * mismatch fails with an errno below -4095 encoding the first differing offset.
   */
  public WriteOperation cmpExt(long offset, byte[] expected) {
    return add(DataOps.cmpext(offset, Unpooled.wrappedBuffer(expected)), "cmpext at " + offset);
  }

  /** Calls an object class method ({@code cls.method}) that may change the object. */
  public WriteOperation exec(String cls, String method, byte[] input) {
    bytes += input.length;
    return add(
        CallOp.call(cls, method, Unpooled.wrappedBuffer(input)), "exec " + cls + "." + method);
  }

  private WriteOperation add(OsdOp op, String what) {
    return add(op, OpText.of(what));
  }

  private WriteOperation add(OsdOp op, Supplier<String> what) {
    if (used) {
      op.release();
      throw new IllegalStateException("this WriteOperation was already submitted");
    }
    ops.add(op);
    described.add(what);
    return this;
  }

  /** Whether no change was added. */
  public boolean isEmpty() {
    return ops.isEmpty();
  }

  /** Hands the ops over, once. */
  List<OsdOp> take() {
    if (used) {
      throw new IllegalStateException("this WriteOperation was already submitted");
    }
    if (ops.isEmpty()) {
      throw new IllegalArgumentException("an empty WriteOperation changes nothing");
    }
    used = true;
    return Collections.unmodifiableList(ops);
  }

  long bytes() {
    return bytes;
  }

  /** What the operation does, for messages: its ops' descriptions, joined. */
  String describe() {
    return description().get();
  }

  /** {@link #describe()}, made only when a message needs it. */
  Supplier<String> description() {
    return new Described(described);
  }
}
