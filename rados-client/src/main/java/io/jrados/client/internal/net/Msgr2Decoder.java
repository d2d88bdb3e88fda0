package io.jrados.client.internal.net;

import io.jrados.protocol.msgr2.Banner;
import io.jrados.protocol.msgr2.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Bytes to msgr2 units: first the peer's {@link Banner}, then {@link Frame}s. It reads one step of
 * a frame per call and emits at most one object per call, so a handler that switches the connection
 * to secure mode on AUTH_DONE does so before the next frame's bytes are looked at.
 */
final class Msgr2Decoder extends ByteToMessageDecoder {
  /** Steps of at least this many bytes are gathered, not merged. */
  private static final int GATHER_THRESHOLD = 256 * 1024;

  private final FrameCodecState state;
  private int bannerPayloadLength = -1;
  private boolean bannerDone;

  Msgr2Decoder(FrameCodecState state) {
    this.state = state;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (!bannerDone) {
      decodeBanner(in, out);
      return;
    }
    int needed = state.disassembler.bytesNeeded();
    if (in.readableBytes() < needed) {
      // A large step (a big read's data) arrives over dozens of socket reads. Merging them would
      // copy every byte into one buffer, and again each time that buffer grows; gathering them as
      // components of a composite copies nothing. The choice goes by the whole step, not by what is
      // still missing: merging the last reads of a large step into the composite would make it
      // allocate a component and copy into it. Small steps keep the merged buffer, which is
      // cheaper to parse.
      setCumulator(needed >= GATHER_THRESHOLD ? COMPOSITE_CUMULATOR : MERGE_CUMULATOR);
      state.disassembler.absorb(in);
      return;
    }
    int start = in.readerIndex();
    Frame frame = state.disassembler.consume(in);
    state.captureRx(in, start, in.readerIndex() - start);
    if (frame != null) {
      out.add(frame);
    }
  }

  private void decodeBanner(ByteBuf in, List<Object> out) {
    if (bannerPayloadLength < 0) {
      if (in.readableBytes() < Banner.PREFIX_SIZE) {
        return;
      }
      int start = in.readerIndex();
      bannerPayloadLength = Banner.decodePrefix(in);
      state.captureRx(in, start, Banner.PREFIX_SIZE);
    }
    if (in.readableBytes() < bannerPayloadLength) {
      return;
    }
    int start = in.readerIndex();
    Banner banner = Banner.decodePayload(in, bannerPayloadLength);
    state.captureRx(in, start, in.readerIndex() - start);
    bannerDone = true;
    out.add(banner);
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    state.release();
  }
}
