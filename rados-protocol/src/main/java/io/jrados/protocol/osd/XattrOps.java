package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Map;
import java.util.SortedMap;

/**
 * Extended attribute ops, using the {@code xattr} union ({@code u32 name_len, u32 value_len, u8
 * cmp_op, u8 cmp_mode}) with indata {@code name ‖ value}.
 */
public final class XattrOps {
  private XattrOps() {}

  /** CMPXATTR operator: equal. */
  public static final int CMP_EQ = 1;

  /** CMPXATTR operator: not equal. */
  public static final int CMP_NE = 2;

  /** CMPXATTR operator: the attribute is greater than the value. */
  public static final int CMP_GT = 3;

  /** CMPXATTR operator: greater or equal. */
  public static final int CMP_GTE = 4;

  /** CMPXATTR operator: less than. */
  public static final int CMP_LT = 5;

  /** CMPXATTR operator: less or equal. */
  public static final int CMP_LTE = 6;

  /** CMPXATTR mode: compare as byte strings. */
  public static final int MODE_STRING = 1;

  /** CMPXATTR mode: compare as unsigned 64-bit numbers (the value is 8 bytes little-endian). */
  public static final int MODE_U64 = 2;

  /** GETXATTR: the outdata is the raw value (-ENODATA if the attribute is missing). */
  public static OsdOp getxattr(String name) {
    return getxattr(Indata.utf8(name));
  }

  /** GETXATTR of the name with these exact bytes (xattr names need not be UTF-8). */
  public static OsdOp getxattr(byte[] n) {
    return xattr(OsdOpCode.GETXATTR, n.length, 0, 0, 0, Indata.concat(n));
  }

  /** GETXATTRS: the outdata is {@code map<string, bufferlist>}; see {@link #parseGetxattrs}. */
  public static OsdOp getxattrs() {
    return OsdOp.simple(OsdOpCode.GETXATTRS, 0);
  }

  /** SETXATTR. */
  public static OsdOp setxattr(String name, byte[] value) {
    return setxattr(Indata.utf8(name), value);
  }

  /** SETXATTR of the name with these exact bytes. */
  public static OsdOp setxattr(byte[] n, byte[] value) {
    return xattr(OsdOpCode.SETXATTR, n.length, value.length, 0, 0, Indata.concat(n, value));
  }

  /** RMXATTR. */
  public static OsdOp rmxattr(String name) {
    return rmxattr(Indata.utf8(name));
  }

  /** RMXATTR of the name with these exact bytes. */
  public static OsdOp rmxattr(byte[] n) {
    return xattr(OsdOpCode.RMXATTR, n.length, 0, 0, 0, Indata.concat(n));
  }

  /**
   * CMPXATTR comparing as strings: fails the request with -ECANCELED unless {@code attribute op
   * value} holds.
   *
   * @param op one of {@code CMP_*}
   */
  public static OsdOp cmpxattr(String name, int op, byte[] value) {
    return cmpxattr(Indata.utf8(name), op, value);
  }

  /** CMPXATTR as strings, of the name with these exact bytes. */
  public static OsdOp cmpxattr(byte[] n, int op, byte[] value) {
    return xattr(
        OsdOpCode.CMPXATTR, n.length, value.length, op, MODE_STRING, Indata.concat(n, value));
  }

  /** CMPXATTR comparing as u64 (the attribute must hold a decimal number). */
  public static OsdOp cmpxattrU64(String name, int op, long value) {
    return cmpxattrU64(Indata.utf8(name), op, value);
  }

  /** CMPXATTR as u64, of the name with these exact bytes. */
  public static OsdOp cmpxattrU64(byte[] n, int op, long value) {
    ByteBuf in = Unpooled.buffer(n.length + 8).writeBytes(n).writeLongLE(value);
    return xattr(OsdOpCode.CMPXATTR, n.length, 8, op, MODE_U64, in);
  }

  /** The raw value a GETXATTR returned, copied. */
  public static byte[] parseGetxattr(ByteBuf outdata) {
    return ByteBufUtil.getBytes(outdata);
  }

  /** The attributes a GETXATTRS returned, by name; the buffer is not consumed. */
  public static Map<String, byte[]> parseGetxattrs(ByteBuf outdata) {
    return OutdataMaps.stringToBytes(new CephDecoder(outdata.duplicate()));
  }

  /**
   * The attributes a GETXATTRS returned, by their names' exact bytes, in the OSD's (unsigned byte)
   * order; the buffer is not consumed.
   */
  public static SortedMap<byte[], byte[]> parseGetxattrsRaw(ByteBuf outdata) {
    return OutdataMaps.bytesToBytes(new CephDecoder(outdata.duplicate()));
  }

  private static OsdOp xattr(
      int opcode, int nameLength, int valueLength, int cmpOp, int cmpMode, ByteBuf indata) {
    return OsdOp.of(
        opcode,
        0,
        new OsdOp.Fields().u32(nameLength).u32(valueLength).u8(cmpOp).u8(cmpMode),
        indata);
  }
}
