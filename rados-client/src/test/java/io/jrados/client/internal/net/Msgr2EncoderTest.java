package io.jrados.client.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Msgr2EncoderTest {
  private final PooledByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;

  @Test
  void aLargeHeapPayloadGoesOutAsPooledDirectPiecesWithTheSameBytes() {
    byte[] payload = new byte[3 * Msgr2Encoder.PIECE + 123];
    new Random(7).nextBytes(payload);
    ByteBuf head = alloc.directBuffer(16).writeBytes("head-of-a-frame.".getBytes());
    ByteBuf tail = alloc.directBuffer(13).writeZero(13);
    CompositeByteBuf frame = alloc.compositeBuffer();
    frame.addComponents(true, head, Unpooled.wrappedBuffer(payload), tail);
    byte[] expected = ByteBufUtil.getBytes(frame);

    ByteBuf out = Msgr2Encoder.inPooledDirectPieces(alloc, frame);
    try {
      assertThat(frame.refCnt()).isZero();
      assertThat(out.isDirect()).isTrue();
      assertThat(ByteBufUtil.getBytes(out)).isEqualTo(expected);
      CompositeByteBuf pieces = (CompositeByteBuf) out;
      assertThat(pieces.numComponents()).isEqualTo(6); // head, 4 pieces, tail
      for (int i = 0; i < pieces.numComponents(); i++) {
        assertThat(pieces.internalComponent(i).readableBytes())
            .isLessThanOrEqualTo(Msgr2Encoder.PIECE);
      }
    } finally {
      out.release();
    }
  }

  @Test
  void aPlainHeapFrameIsCopiedToo() {
    byte[] bytes = new byte[Msgr2Encoder.PIECE + 1];
    new Random(8).nextBytes(bytes);
    ByteBuf out = Msgr2Encoder.inPooledDirectPieces(alloc, Unpooled.wrappedBuffer(bytes));
    try {
      assertThat(out.isDirect()).isTrue();
      assertThat(ByteBufUtil.getBytes(out)).isEqualTo(bytes);
    } finally {
      out.release();
    }
  }
}
