package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Objects;

/**
 * One op of an {@code MOSDOp} request: the 38-byte {@code ceph_osd_op} ({@code le16 op, le32 flags,
 * 28-byte union, le32 payload_len}) and its input data, which travels in the message's data
 * segment. {@code payload_len} is not stored: it is the length of {@link #indata()}.
 *
 * <p>The 28-byte union is kept as raw little-endian bytes; the op family classes ({@link DataOps},
 * {@link XattrOps}, ...) know which layout each op code uses.
 *
 * <p>Ownership: an op owns one reference to its indata. Putting it into an {@code MOSDOp} hands
 * that reference to the message, which releases it; an op that never reaches a message is released
 * with {@link #release()}. Indata given as a {@link ByteBuf} is used as is, never copied.
 */
public final class OsdOp {
  /** Size of {@code ceph_osd_op} on the wire. */
  public static final int SIZE = 38;

  /** Size of the union of per-op fields. */
  public static final int FIELDS_SIZE = 28;

  private final int opcode;
  private final int flags;
  private final byte[] fields;
  private final ByteBuf indata;

  /**
   * An op with explicit union bytes.
   *
   * @param opcode one of {@link OsdOpCode}, 0 to 65535
   * @param flags {@link OsdPerOpFlags} bits
   * @param fields the 28-byte union, copied
   * @param indata the input data; ownership passes to the op
   */
  public OsdOp(int opcode, int flags, byte[] fields, ByteBuf indata) {
    this(opcode, flags, fields.clone(), indata, true);
  }

  /**
   * Takes {@code fields} as it is, without the copy: for the union bytes this package has just
   * made, or an op's own (the public constructor's copy is a native call for C1-compiled code,
   * which runs the command-line tools, and every op makes one).
   */
  private OsdOp(int opcode, int flags, byte[] fields, ByteBuf indata, boolean owned) {
    if (opcode < 0 || opcode > 0xFFFF) {
      throw new IllegalArgumentException("op code out of range 0..65535: " + opcode);
    }
    if (fields.length != FIELDS_SIZE) {
      throw new IllegalArgumentException("op fields must be 28 bytes, not " + fields.length);
    }
    this.opcode = opcode;
    this.flags = flags;
    this.fields = fields;
    this.indata = Objects.requireNonNull(indata, "indata");
  }

  /** An op whose union is written by {@code fields} (little-endian, at most 28 bytes). */
  static OsdOp of(int opcode, int flags, Fields fields, ByteBuf indata) {
    return new OsdOp(opcode, flags, fields.bytes, indata, true);
  }

  /** An op with an all-zero union and no input. */
  static OsdOp simple(int opcode, int flags) {
    return new OsdOp(opcode, flags, new byte[FIELDS_SIZE], Unpooled.EMPTY_BUFFER, true);
  }

  /** The op code, one of {@link OsdOpCode}. */
  public int opcode() {
    return opcode;
  }

  /** The {@link OsdPerOpFlags} bits. */
  public int flags() {
    return flags;
  }

  /** A copy of the 28-byte union. */
  public byte[] fields() {
    return fields.clone();
  }

  /** The little-endian u64 at {@code offset} of the union. */
  public long fieldU64(int offset) {
    return Fields.u64(fields, offset);
  }

  /** The little-endian u32 at {@code offset} of the union. */
  public long fieldU32(int offset) {
    return Fields.u32(fields, offset);
  }

  /** The byte at {@code offset} of the union. */
  public int fieldU8(int offset) {
    return fields[offset] & 0xFF;
  }

  /** The input data, not retained: valid while the op (or its message) is. */
  public ByteBuf indata() {
    return indata;
  }

  /**
   * The same op with other per-op flags (e.g. {@link OsdPerOpFlags#FAILOK}). The result takes over
   * this op's indata: use one or the other, not both.
   */
  public OsdOp withFlags(int newFlags) {
    return new OsdOp(opcode, newFlags, fields, indata, true);
  }

  /** Releases the indata; for an op that will not be sent. */
  public void release() {
    indata.release();
  }

  /** Writes the 38-byte {@code ceph_osd_op}, with {@code payload_len} = the indata's length. */
  public void encode(CephEncoder encoder) {
    encoder.u16(opcode).s32(flags).bytes(fields).u32(indata.readableBytes());
  }

  /**
   * The fixed part of a {@code ceph_osd_op} as read from the wire, before its data is attached.
   *
   * @param payloadLength {@code payload_len}: how many bytes of the data segment belong to it
   */
  public record Header(int opcode, int flags, byte[] fields, long payloadLength) {
    /** Reads 38 bytes. */
    public static Header decode(CephDecoder decoder) {
      int opcode = decoder.u16();
      int flags = decoder.s32();
      byte[] fields = decoder.bytes(FIELDS_SIZE);
      long payloadLength = decoder.u32();
      return new Header(opcode, flags, fields, payloadLength);
    }

    /** Writes 38 bytes. */
    public void encode(CephEncoder encoder) {
      encoder.u16(opcode).s32(flags).bytes(fields).u32(payloadLength);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Header h
          && opcode == h.opcode
          && flags == h.flags
          && Arrays.equals(fields, h.fields)
          && payloadLength == h.payloadLength;
    }

    @Override
    public int hashCode() {
      return Objects.hash(opcode, flags, Arrays.hashCode(fields), payloadLength);
    }

    @Override
    public String toString() {
      return OsdOpCode.name(opcode)
          + "(flags 0x"
          + Integer.toHexString(flags)
          + ", payload "
          + payloadLength
          + ")";
    }
  }

  @Override
  public String toString() {
    return OsdOpCode.name(opcode) + "(" + indata.readableBytes() + " bytes in)";
  }

  /** A little-endian writer of the 28-byte union. */
  static final class Fields {
    private final byte[] bytes = new byte[FIELDS_SIZE];
    private int at;

    Fields u64(long v) {
      for (int i = 0; i < 8; i++) {
        bytes[at++] = (byte) (v >>> (8 * i));
      }
      return this;
    }

    Fields u32(long v) {
      if (v < 0 || v > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("u32 op field out of range: " + v);
      }
      for (int i = 0; i < 4; i++) {
        bytes[at++] = (byte) (v >>> (8 * i));
      }
      return this;
    }

    Fields u8(int v) {
      if (v < 0 || v > 0xFF) {
        throw new IllegalArgumentException("u8 op field out of range: " + v);
      }
      bytes[at++] = (byte) v;
      return this;
    }

    static long u64(byte[] b, int offset) {
      return littleEndian(b, offset, 8);
    }

    static long u32(byte[] b, int offset) {
      return littleEndian(b, offset, 4);
    }

    private static long littleEndian(byte[] b, int offset, int width) {
      long v = 0;
      for (int i = width - 1; i >= 0; i--) {
        v = (v << 8) | (b[offset + i] & 0xFF);
      }
      return v;
    }
  }
}
