package io.jrados.client.internal.net;

import io.jrados.protocol.msgr2.Banner;
import io.jrados.protocol.msgr2.ControlFrame;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * msgr2 units to bytes: our {@link Banner}, {@link ControlFrame}s and {@link MessageFrame}s, in crc
 * or secure mode as the shared state says at the time of the write.
 */
final class Msgr2Encoder extends ChannelOutboundHandlerAdapter {
  private final FrameCodecState state;

  Msgr2Encoder(FrameCodecState state) {
    this.state = state;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    ByteBuf bytes;
    try {
      if (msg instanceof ControlFrame frame) {
        bytes = state.assembler.assemble(ctx.alloc(), frame);
      } else if (msg instanceof MessageFrame message) {
        try {
          bytes = message.assemble(state.assembler, ctx.alloc());
        } finally {
          message.release();
        }
      } else if (msg instanceof Banner banner) {
        bytes = ctx.alloc().heapBuffer(Banner.ENCODED_SIZE);
        banner.encode(bytes);
      } else {
        ctx.write(msg, promise);
        return;
      }
    } catch (RuntimeException e) {
      promise.setFailure(e);
      return;
    }
    state.captureTx(bytes);
    ctx.write(bytes, promise);
  }
}
