package io.jrados.protocol.encoding;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Writes Ceph's little-endian encodings to a Netty {@link ByteBuf}, the counterpart of {@link
 * CephDecoder}.
 *
 * <p>The encoder appends at the buffer's writer index and never retains or releases the buffer,
 * which stays owned by the caller. Values out of range for their wire type are programming errors
 * and raise {@link IllegalArgumentException}: nothing is silently truncated. Every method returns
 * the encoder so that fields can be chained. Not thread-safe.
 */
public final class CephEncoder {
  private final ByteBuf buf;
  private int openStructs;

  /** Creates an encoder that appends to {@code buf}. */
  public CephEncoder(ByteBuf buf) {
    this.buf = Objects.requireNonNull(buf, "buf");
  }

  /** Writes an unsigned byte, 0 to 255. */
  public CephEncoder u8(int value) {
    checkRange(value, 0xFFL, "u8");
    buf.writeByte(value);
    return this;
  }

  /** Writes a little-endian unsigned 16-bit value, 0 to 65535. */
  public CephEncoder u16(int value) {
    checkRange(value, 0xFFFFL, "u16");
    buf.writeShortLE(value);
    return this;
  }

  /** Writes a little-endian unsigned 32-bit value, 0 to 2^32 - 1. */
  public CephEncoder u32(long value) {
    checkRange(value, 0xFFFF_FFFFL, "u32");
    buf.writeIntLE((int) value);
    return this;
  }

  /** Writes a little-endian signed 32-bit value, or the raw bits of a {@code u32}. */
  public CephEncoder s32(int value) {
    buf.writeIntLE(value);
    return this;
  }

  /**
   * Writes a little-endian unsigned 64-bit value. Every {@code long} is accepted: negative values
   * stand for 2^63 and above, as {@link CephDecoder#u64()} returns them.
   */
  public CephEncoder u64(long value) {
    buf.writeLongLE(value);
    return this;
  }

  /** Writes a little-endian signed 64-bit value. */
  public CephEncoder s64(long value) {
    buf.writeLongLE(value);
    return this;
  }

  /** Writes a {@code bool} as one byte, 1 or 0. */
  public CephEncoder bool(boolean value) {
    buf.writeByte(value ? 1 : 0);
    return this;
  }

  /** Writes raw bytes, with no length prefix. */
  public CephEncoder bytes(byte[] value) {
    buf.writeBytes(value);
    return this;
  }

  /** Writes the readable bytes of {@code value}, with no length prefix, without consuming them. */
  public CephEncoder bytes(ByteBuf value) {
    buf.writeBytes(value, value.readerIndex(), value.readableBytes());
    return this;
  }

  /** Writes a string: {@code le32} byte length, then UTF-8. */
  public CephEncoder string(String value) {
    return bufferlist(value.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a bufferlist: {@code le32} length, then the bytes. */
  public CephEncoder bufferlist(byte[] value) {
    buf.writeIntLE(value.length);
    buf.writeBytes(value);
    return this;
  }

  /**
   * Writes the readable bytes of {@code value} as a bufferlist ({@code le32} length, then the
   * bytes), without consuming them.
   */
  public CephEncoder bufferlist(ByteBuf value) {
    buf.writeIntLE(value.readableBytes());
    return bytes(value);
  }

  /** Writes a {@code uuid_d}: 16 raw bytes in the order {@link UUID#toString()} prints them. */
  public CephEncoder uuid(UUID value) {
    buf.writeLong(value.getMostSignificantBits());
    buf.writeLong(value.getLeastSignificantBits());
    return this;
  }

  /**
   * Writes a list: {@code le32} count, then each element in iteration order.
   *
   * @param element writes one element, e.g. {@code EntityAddr::encode} or {@code (v, e) ->
   *     e.u32(v)}
   */
  public <T> CephEncoder list(
      Collection<? extends T> items, BiConsumer<? super T, CephEncoder> element) {
    buf.writeIntLE(items.size());
    for (T item : items) {
      element.accept(item, this);
    }
    return this;
  }

  /**
   * Writes a map: {@code le32} count, then key and value alternately in iteration order. Ceph's
   * maps are sorted by key and some peers compare encodings byte for byte, so pass a {@link
   * java.util.SortedMap} ordered the way Ceph orders the key type.
   */
  public <K, V> CephEncoder map(
      Map<? extends K, ? extends V> entries,
      BiConsumer<? super K, CephEncoder> key,
      BiConsumer<? super V, CephEncoder> value) {
    buf.writeIntLE(entries.size());
    for (Map.Entry<? extends K, ? extends V> entry : entries.entrySet()) {
      key.accept(entry.getKey(), this);
      value.accept(entry.getValue(), this);
    }
    return this;
  }

  /**
   * Starts a versioned struct, Ceph's {@code ENCODE_START(version, compat)}: writes {@code u8
   * struct_v, u8 struct_compat} and reserves the {@code le32 struct_len}, which {@link #endStruct}
   * fills in once the fields are written.
   *
   * @param version the version of the encoding being written
   * @param compat the oldest decoder version able to read it; at most {@code version}
   */
  public StructToken startStruct(int version, int compat) {
    checkRange(version, 0xFFL, "struct_v");
    checkRange(compat, version, "struct_compat");
    buf.writeByte(version);
    buf.writeByte(compat);
    int lengthIndex = buf.writerIndex();
    buf.writeIntLE(0);
    openStructs++;
    return new StructToken(this, lengthIndex, openStructs);
  }

  /**
   * Ends the innermost struct started by {@link #startStruct}, writing its {@code struct_len}.
   *
   * @throws IllegalStateException if {@code token} is not this encoder's innermost open struct
   */
  public CephEncoder endStruct(StructToken token) {
    if (token.owner != this || token.depth != openStructs) {
      throw new IllegalStateException(
          "structs must be ended innermost first, by the encoder that started them");
    }
    int length = buf.writerIndex() - (token.lengthIndex + 4);
    if (length < 0) {
      throw new IllegalStateException("the buffer was rewound into a struct's header");
    }
    buf.setIntLE(token.lengthIndex, length);
    openStructs--;
    return this;
  }

  private static void checkRange(long value, long max, String what) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " out of range 0.." + max + ": " + value);
    }
  }

  /**
   * A struct started by {@link CephEncoder#startStruct} and not yet ended: remembers where its
   * {@code struct_len} goes.
   */
  public static final class StructToken {
    private final CephEncoder owner;
    private final int lengthIndex;
    private final int depth;

    private StructToken(CephEncoder owner, int lengthIndex, int depth) {
      this.owner = owner;
      this.lengthIndex = lengthIndex;
      this.depth = depth;
    }
  }
}
