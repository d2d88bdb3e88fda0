package io.jrados.client.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The object {@code rados bench write} leaves behind ({@code benchmark_last_metadata}) so that
 * {@code seq}, {@code rand} and cleanup find its objects: object size (u64), object count (i32),
 * the writer's pid (i32) and op size (u64), little-endian as Ceph encodes them. Older writers
 * stopped after the pid; the op size is then the object size.
 *
 * @param objectSize bytes per object
 * @param objects how many objects the write made
 * @param pid the writing process, part of the object names
 * @param opSize bytes per write
 */
record BenchMetadata(long objectSize, int objects, int pid, long opSize) {
  static final String OBJECT = "benchmark_last_metadata";

  /** The largest op size a reader here accepts (it allocates one buffer per op in flight). */
  static final long MAX_OP_SIZE = 1L << 30;

  byte[] encode() {
    return ByteBuffer.allocate(24)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(objectSize)
        .putInt(objects)
        .putInt(pid)
        .putLong(opSize)
        .array();
  }

  /**
   * Reads the metadata object's bytes.
   *
   * @throws IllegalArgumentException when they are too short or hold sizes no bench wrote
   */
  static BenchMetadata decode(byte[] bytes) {
    if (bytes.length < 16) {
      throw new IllegalArgumentException(
          OBJECT + " holds " + bytes.length + " bytes; at least 16 expected");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long objectSize = b.getLong();
    int objects = b.getInt();
    int pid = b.getInt();
    long opSize = b.remaining() >= 8 ? b.getLong() : objectSize;
    if (opSize <= 0 || opSize > MAX_OP_SIZE) {
      throw new IllegalArgumentException(
          OBJECT + ": op size " + opSize + " outside 1.." + MAX_OP_SIZE);
    }
    if (objectSize < opSize || objectSize / opSize > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          OBJECT + ": object size " + objectSize + " is not a multiple run of op size " + opSize);
    }
    if (objects < 0) {
      throw new IllegalArgumentException(OBJECT + ": negative object count " + objects);
    }
    return new BenchMetadata(objectSize, objects, pid, opSize);
  }
}
