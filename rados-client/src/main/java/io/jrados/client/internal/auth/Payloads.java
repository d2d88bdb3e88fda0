package io.jrados.client.internal.auth;

import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;

/** Small auth payloads as byte arrays: encoded through a heap buffer that is always released. */
public final class Payloads {
  private Payloads() {}

  public static byte[] encode(Consumer<CephEncoder> body) {
    ByteBuf buf = Unpooled.buffer(64);
    try {
      body.accept(new CephEncoder(buf));
      return ByteBufUtil.getBytes(buf);
    } finally {
      buf.release();
    }
  }
}
