package io.jrados.client.internal.net;

import io.jrados.protocol.msgr2.Banner;
import io.jrados.protocol.msgr2.ControlFrame;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.util.List;

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
    if (!bytes.isDirect() && bytes.readableBytes() > PIECE) {
      bytes = inPooledDirectPieces(ctx.alloc(), bytes);
    }
    ctx.write(bytes, promise);
  }

  /** The largest piece a large heap payload is copied into; well inside a pool chunk. */
  static final int PIECE = 1 << 20;

  /**
   * A large frame whose payload is a caller's byte[] as direct memory from the pool, in pieces. The
   * socket needs direct memory, and Netty's own conversion copies the whole frame into one buffer
   * of its size: past the pool's chunk size (4 MiB) that is a fresh, unpooled allocation, which the
   * JDK zeroes before the copy, for every 4 MiB write. Parts already direct (the frame's head and
   * epilogue, or a caller's direct payload) are kept as they are.
   */
  static ByteBuf inPooledDirectPieces(ByteBufAllocator alloc, ByteBuf frame) {
    CompositeByteBuf out = alloc.compositeDirectBuffer(Integer.MAX_VALUE);
    try {
      List<ByteBuf> parts =
          frame instanceof CompositeByteBuf c
              ? c.decompose(frame.readerIndex(), frame.readableBytes())
              : List.of(frame.slice());
      for (ByteBuf part : parts) {
        if (part.isDirect()) {
          out.addComponent(true, part.retain());
          continue;
        }
        for (int i = part.readerIndex(); i < part.writerIndex(); i += PIECE) {
          int n = Math.min(PIECE, part.writerIndex() - i);
          ByteBuf piece = alloc.directBuffer(n, n);
          out.addComponent(true, piece.writeBytes(part, i, n));
        }
      }
    } catch (RuntimeException | Error e) {
      out.release();
      throw e;
    } finally {
      frame.release();
    }
    return out;
  }
}
