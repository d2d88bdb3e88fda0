package io.jrados.protocol.encoding;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads Ceph's little-endian encodings from a Netty {@link ByteBuf}.
 *
 * <p>The decoder reads from the buffer's reader index and advances it; it never retains or releases
 * the buffer, which stays owned by the caller. Offsets in error messages count from the reader
 * index the buffer had when the decoder was created.
 *
 * <p>Every length or count that comes from the input is checked before anything is allocated:
 * against the bytes that remain, and for blobs against a per-decoder limit as well, so a forged
 * length can cost neither an {@link OutOfMemoryError} nor a long loop. Running out of input raises
 * a {@link TruncatedInputException}; any other malformation a {@link ProtocolException}. After
 * either, the decoder's position is unspecified and it should be discarded.
 *
 * <p>While a {@linkplain #startStruct versioned struct} is open, reads are confined to it: a
 * decoder that tries to read past {@code struct_len} fails at that read, naming the struct, even if
 * the buffer holds more bytes. Not thread-safe.
 */
public final class CephDecoder {
  /** Default cap on a single length-prefixed string or blob: 64 MiB. */
  public static final int DEFAULT_MAX_LENGTH = 64 << 20;

  private final ByteBuf buf;
  private final int startIndex;
  private final int maxLength;

  /**
   * Open structs, innermost first; made by the first {@link #startStruct}, as many decodes open
   * none.
   */
  private ArrayDeque<VersionedStruct> openStructs;

  /** Creates a decoder over {@code buf} that accepts strings and blobs up to 64 MiB. */
  public CephDecoder(ByteBuf buf) {
    this(buf, DEFAULT_MAX_LENGTH);
  }

  /**
   * Creates a decoder over {@code buf}.
   *
   * @param maxLength the largest length prefix accepted for a string or blob
   */
  public CephDecoder(ByteBuf buf, int maxLength) {
    this.buf = Objects.requireNonNull(buf, "buf");
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must not be negative: " + maxLength);
    }
    this.startIndex = buf.readerIndex();
    this.maxLength = maxLength;
  }

  /** The largest length prefix this decoder accepts for a string or blob. */
  public int maxLength() {
    return maxLength;
  }

  /** Bytes consumed since the decoder was created. */
  public int offset() {
    return buf.readerIndex() - startIndex;
  }

  /** Bytes left to read: up to the end of the innermost open struct, or of the buffer. */
  public int remaining() {
    return limit() - buf.readerIndex();
  }

  /** Whether {@link #remaining()} is positive. */
  public boolean hasRemaining() {
    return remaining() > 0;
  }

  /** Reads an unsigned byte. */
  public int u8() {
    need(1, "u8");
    return buf.readUnsignedByte();
  }

  /** Reads a little-endian unsigned 16-bit value. */
  public int u16() {
    need(2, "u16");
    return buf.readUnsignedShortLE();
  }

  /** Reads a little-endian unsigned 32-bit value; a {@code long} so that it cannot go negative. */
  public long u32() {
    need(4, "u32");
    return buf.readUnsignedIntLE();
  }

  /** Reads a little-endian signed 32-bit value, or the raw bits of a {@code u32}. */
  public int s32() {
    need(4, "s32");
    return buf.readIntLE();
  }

  /**
   * Reads a little-endian unsigned 64-bit value. Java has no unsigned long, so values of 2^63 and
   * above come back negative; compare them with {@link Long#compareUnsigned}.
   */
  public long u64() {
    need(8, "u64");
    return buf.readLongLE();
  }

  /** Reads a little-endian signed 64-bit value. */
  public long s64() {
    need(8, "s64");
    return buf.readLongLE();
  }

  /** Reads a {@code bool}, which Ceph encodes as one byte; like Ceph, any non-zero byte is true. */
  public boolean bool() {
    need(1, "bool");
    return buf.readUnsignedByte() != 0;
  }

  /** Reads {@code n} raw bytes into a new array. */
  public byte[] bytes(int n) {
    checkCallerLength(n, "bytes");
    needRaw(n, " raw bytes");
    byte[] out = new byte[n];
    buf.readBytes(out);
    return out;
  }

  /**
   * Reads {@code n} raw bytes as a slice of the underlying buffer, without copying. The slice
   * shares the buffer's reference count and is only valid while the caller's buffer is; call {@code
   * retain()} on it to keep it longer.
   */
  public ByteBuf slice(int n) {
    checkCallerLength(n, "slice");
    needRaw(n, " raw bytes");
    return buf.readSlice(n);
  }

  /** Skips {@code n} bytes. */
  public void skip(int n) {
    checkCallerLength(n, "skip");
    needRaw(n, " skipped bytes");
    buf.skipBytes(n);
  }

  /**
   * Reads a string: {@code le32} byte length, then that many bytes of UTF-8. Ceph strings are byte
   * strings; malformed UTF-8 is replaced with U+FFFD rather than rejected, so use {@link
   * #bufferlist()} where the exact bytes matter.
   */
  public String string() {
    int len = lengthPrefix("string");
    String s = buf.toString(buf.readerIndex(), len, StandardCharsets.UTF_8);
    buf.skipBytes(len);
    return s;
  }

  /**
   * Reads a string's exact bytes ({@code le32} length, then the bytes), for Ceph strings that need
   * not be UTF-8, such as omap keys.
   */
  public byte[] stringBytes() {
    byte[] out = new byte[lengthPrefix("string")];
    buf.readBytes(out);
    return out;
  }

  /** Reads a bufferlist ({@code le32} length, then the bytes) into a new array. */
  public byte[] bufferlist() {
    byte[] out = new byte[lengthPrefix("bufferlist")];
    buf.readBytes(out);
    return out;
  }

  /**
   * Reads a bufferlist ({@code le32} length, then the bytes) as a slice of the underlying buffer,
   * without copying. The same lifetime rules as {@link #slice(int)} apply.
   */
  public ByteBuf bufferlistSlice() {
    return buf.readSlice(lengthPrefix("bufferlist"));
  }

  /**
   * Reads a {@code uuid_d}: 16 raw bytes in the order Ceph prints them, so the result's {@code
   * toString()} matches Ceph's (for example a cluster fsid).
   */
  public UUID uuid() {
    need(16, "uuid");
    long high = buf.readLong();
    long low = buf.readLong();
    return new UUID(high, low);
  }

  /**
   * Reads a list: {@code le32} count, then the elements.
   *
   * @param minElementSize the fewest bytes any one element can occupy (at least 1); the count is
   *     rejected up front if that many elements cannot fit in what remains
   * @param element reads one element
   * @return an unmodifiable list in wire order
   */
  public <T> List<T> list(int minElementSize, Function<? super CephDecoder, ? extends T> element) {
    int count = count("list", minElementSize);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(element.apply(this));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Reads a map: {@code le32} count, then key and value alternately.
   *
   * @param minEntrySize the fewest bytes any one key plus value can occupy (at least 1)
   * @return an unmodifiable map in wire order (Ceph encodes its maps sorted by key)
   * @throws ProtocolException if a key repeats, which no Ceph encoder produces
   */
  public <K, V> Map<K, V> map(
      int minEntrySize,
      Function<? super CephDecoder, ? extends K> key,
      Function<? super CephDecoder, ? extends V> value) {
    int count = count("map", minEntrySize);
    Map<K, V> out = new LinkedHashMap<>((int) Math.min(count * 4L / 3 + 1, 1 << 30));
    for (int i = 0; i < count; i++) {
      int at = offset();
      K k = key.apply(this);
      V v = value.apply(this);
      if (out.containsKey(k)) {
        throw new ProtocolException("duplicate map key " + k + " at offset " + at + context());
      }
      out.put(k, v);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Reads a versioned-struct header ({@code u8 struct_v, u8 struct_compat, le32 struct_len}) and
   * opens the struct: until the matching {@link #endStruct}, reads are confined to its {@code
   * struct_len} bytes.
   *
   * @param name Ceph's name for the struct, for error messages (e.g. {@code "pg_pool_t"})
   * @param supportedVersion the newest struct version this code understands; an encoding whose
   *     {@code struct_compat} is newer cannot be read and is rejected
   */
  public VersionedStruct startStruct(String name, int supportedVersion) {
    int at = offset();
    need(6, "struct ", name, " header");
    int version = buf.readUnsignedByte();
    int compat = buf.readUnsignedByte();
    long length = buf.readUnsignedIntLE();
    if (compat > supportedVersion) {
      throw new ProtocolException(
          String.format(
              "struct %s: compat version %d > supported %d (struct_v %d at offset %d)%s",
              name, compat, supportedVersion, version, at, context()));
    }
    if (length > remaining()) {
      throw new TruncatedInputException(
          String.format(
              "truncated: struct %s: struct_len %d at offset %d exceeds the %d bytes remaining%s",
              name, length, at, remaining(), context()));
    }
    VersionedStruct struct =
        new VersionedStruct(name, version, compat, (int) length, buf.readerIndex() + (int) length);
    if (openStructs == null) {
      openStructs = new ArrayDeque<>(4);
    }
    openStructs.push(struct);
    return struct;
  }

  /**
   * Closes the innermost open struct, skipping any fields after the ones that were read: those were
   * added by a newer encoder and are what {@code struct_len} exists for.
   *
   * @throws ProtocolException if the buffer was read past the end of the struct
   * @throws IllegalStateException if {@code struct} is not the innermost open struct
   */
  public void endStruct(VersionedStruct struct) {
    Objects.requireNonNull(struct, "struct");
    if (innermost() != struct) {
      throw new IllegalStateException(
          "endStruct(" + struct + ") but the innermost open struct is " + innermost());
    }
    openStructs.pop();
    int overrun = buf.readerIndex() - struct.endIndex();
    if (overrun > 0) {
      // Reads through this decoder stop at the struct end; only a read of the shared buffer
      // behind the decoder's back can get here.
      throw new ProtocolException(
          String.format(
              "struct %s: read %d bytes past its end at offset %d (struct_len %d)%s",
              struct.name(), overrun, struct.endIndex() - startIndex, struct.length(), context()));
    }
    buf.readerIndex(struct.endIndex());
  }

  private VersionedStruct innermost() {
    return openStructs == null ? null : openStructs.peek();
  }

  private int limit() {
    VersionedStruct innermost = innermost();
    return innermost == null ? buf.writerIndex() : innermost.endIndex();
  }

  // The checks below run for every field of every message, so they build the name of what they
  // check only when it is missing: a reply's decode would otherwise join strings it never shows.

  private void need(int n, String what) {
    int remaining = remaining();
    if (n > remaining) {
      throw new TruncatedInputException(
          String.format(
              "truncated: need %d bytes for %s at offset %d, %d remain%s",
              n, what, offset(), remaining, context()));
    }
  }

  /** {@link #need(int, String)} for what {@code prefix + name + suffix} names. */
  private void need(int n, String prefix, String name, String suffix) {
    if (n > remaining()) {
      need(n, prefix + name + suffix);
    }
  }

  /** {@link #need(int, String)} for {@code n} bytes that {@code n + suffix} names. */
  private void needRaw(int n, String suffix) {
    if (n > remaining()) {
      need(n, n + suffix);
    }
  }

  /**
   * Lengths passed in by the caller are often computed from input, so bad ones are input errors.
   */
  private void checkCallerLength(int n, String what) {
    if (n < 0) {
      throw new ProtocolException(
          "negative length " + n + " for " + what + " at offset " + offset() + context());
    }
  }

  /** Reads a {@code le32} length prefix and checks it against the limit and the remaining bytes. */
  private int lengthPrefix(String what) {
    int at = offset();
    need(4, "", what, " length");
    long length = buf.readUnsignedIntLE();
    if (length > maxLength) {
      throw new ProtocolException(
          String.format(
              "%s length %d at offset %d exceeds limit %d%s",
              what, length, at, maxLength, context()));
    }
    if (length > remaining()) {
      throw new TruncatedInputException(
          String.format(
              "truncated: %s length %d at offset %d exceeds the %d bytes remaining%s",
              what, length, at, remaining(), context()));
    }
    return (int) length;
  }

  /** Reads a {@code le32} element count and checks that many elements could fit at all. */
  private int count(String what, int minElementSize) {
    if (minElementSize < 1) {
      throw new IllegalArgumentException("minElementSize must be at least 1: " + minElementSize);
    }
    int at = offset();
    need(4, "", what, " count");
    long count = buf.readUnsignedIntLE();
    // count < 2^32 and minElementSize < 2^31, so the product cannot overflow a long.
    long atLeast = count * minElementSize;
    if (atLeast > remaining()) {
      throw new TruncatedInputException(
          String.format(
              "truncated: %s count %d at offset %d needs at least %d bytes, %d remain%s",
              what, count, at, atLeast, remaining(), context()));
    }
    return (int) count;
  }

  private String context() {
    VersionedStruct innermost = innermost();
    if (innermost == null) {
      return "";
    }
    return " in struct "
        + innermost.name()
        + " (ends at offset "
        + (innermost.endIndex() - startIndex)
        + ")";
  }
}
