package io.jrados.protocol.osd;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * CALL: runs a method of an object class on the OSD ({@code rados_exec}). Union {@code cls}: {@code
 * u8 class_len, u8 method_len, u8 argc (0), u32 indata_len}; indata {@code class ‖ method ‖ input}.
 * The op's rval is the method's return value and its outdata the method's output.
 */
public final class CallOp {
  private CallOp() {}

  /**
   * Calls {@code className.method} with {@code input}, which becomes part of the op's indata
   * (ownership passes to the op).
   *
   * @throws IllegalArgumentException if the class or method name is over 255 bytes
   */
  public static OsdOp call(String className, String method, ByteBuf input) {
    byte[] c = Indata.utf8(className);
    byte[] m = Indata.utf8(method);
    if (c.length > 255 || m.length > 255) {
      throw new IllegalArgumentException("class and method names must be at most 255 bytes");
    }
    OsdOp.Fields fields = new OsdOp.Fields().u8(c.length).u8(m.length).u8(0);
    fields.u32(input.readableBytes());
    ByteBuf indata = Unpooled.wrappedBuffer(Unpooled.wrappedBuffer(c, m), input);
    return OsdOp.of(OsdOpCode.CALL, 0, fields, indata);
  }
}
