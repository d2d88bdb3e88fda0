package io.jrados.protocol.osd;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Ops on an object's data, all using the {@code extent} union ({@code u64 offset, u64 length, u64
 * truncate_size, u32 truncate_seq}; the truncate fields belong to CephFS and stay 0). Payloads
 * given as {@link ByteBuf} become the op's indata as they are (ownership passes to the op); nothing
 * is copied.
 */
public final class DataOps {
  private DataOps() {}

  /** Offset of {@code extent.length} in the union, which a read's reply sets to what it read. */
  public static final int EXTENT_LENGTH = 8;

  /** Offset of {@code extent.offset} in the union. */
  public static final int EXTENT_OFFSET = 0;

  /**
   * Reads {@code length} bytes at {@code offset} (0 length: to the end of the object). The reply's
   * outdata is the data, possibly shorter at the end of the object.
   */
  public static OsdOp read(long offset, long length) {
    return extent(OsdOpCode.READ, offset, length, Unpooled.EMPTY_BUFFER);
  }

  /** Writes {@code data} at {@code offset}, creating the object if needed. */
  public static OsdOp write(long offset, ByteBuf data) {
    return extent(OsdOpCode.WRITE, offset, data.readableBytes(), data);
  }

  /** Replaces the object's whole content with {@code data}. */
  public static OsdOp writeFull(ByteBuf data) {
    return extent(OsdOpCode.WRITEFULL, 0, data.readableBytes(), data);
  }

  /** Appends {@code data} to the object. */
  public static OsdOp append(ByteBuf data) {
    return extent(OsdOpCode.APPEND, 0, data.readableBytes(), data);
  }

  /** Cuts or extends the object to {@code size} bytes; the size goes in {@code extent.offset}. */
  public static OsdOp truncate(long size) {
    return extent(OsdOpCode.TRUNCATE, size, 0, Unpooled.EMPTY_BUFFER);
  }

  /** Zeroes {@code length} bytes at {@code offset}. */
  public static OsdOp zero(long offset, long length) {
    return extent(OsdOpCode.ZERO, offset, length, Unpooled.EMPTY_BUFFER);
  }

  /**
   * Creates the object; {@code exclusive} adds {@link OsdPerOpFlags#EXCL}, which makes it fail with
   * -EEXIST if the object exists.
   */
  public static OsdOp create(boolean exclusive) {
    return OsdOp.simple(OsdOpCode.CREATE, exclusive ? OsdPerOpFlags.EXCL : 0);
  }

  /** Deletes the object (-ENOENT if it does not exist). */
  public static OsdOp delete() {
    return OsdOp.simple(OsdOpCode.DELETE, 0);
  }

  /**
   * SETALLOCHINT: tells the OSD's object store how the object will be used (sizes in bytes, {@code
   * flags} from {@link AllocHint}), so it can lay the object out for it. Creates the object if it
   * is absent, as Ceph's op does. Sent with FAILOK, as librados sends it: a hint the store cannot
   * take does not fail the operation it is part of.
   */
  public static OsdOp setAllocHint(long expectedObjectSize, long expectedWriteSize, int flags) {
    return OsdOp.of(
        OsdOpCode.SETALLOCHINT,
        OsdPerOpFlags.FAILOK,
        new OsdOp.Fields()
            .u64(expectedObjectSize)
            .u64(expectedWriteSize)
            .u32(Integer.toUnsignedLong(flags)),
        Unpooled.EMPTY_BUFFER);
  }

  /**
   * Compares the object's bytes at {@code offset} with {@code expected}. The op's rval is 0 on a
   * match, or {@link #cmpextMismatchOffset}-decodable on a mismatch.
   */
  public static OsdOp cmpext(long offset, ByteBuf expected) {
    return extent(OsdOpCode.CMPEXT, offset, expected.readableBytes(), expected);
  }

  /**
   * The offset (within the compared range) of the first differing byte that a CMPEXT rval reports,
   * which the OSD encodes as {@code -MAX_ERRNO - offset} ({@code MAX_ERRNO} = 4095); -1 if {@code
   * rval} is not such a mismatch (a match, or another error).
   */
  public static long cmpextMismatchOffset(int rval) {
    return rval <= -MAX_ERRNO ? -(long) rval - MAX_ERRNO : -1;
  }

  private static final int MAX_ERRNO = 4095;

  private static OsdOp extent(int opcode, long offset, long length, ByteBuf indata) {
    return OsdOp.of(opcode, 0, new OsdOp.Fields().u64(offset).u64(length), indata);
  }
}
