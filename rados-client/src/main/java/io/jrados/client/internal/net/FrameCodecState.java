package io.jrados.client.internal.net;

import io.jrados.protocol.msgr2.FrameAssembler;
import io.jrados.protocol.msgr2.FrameCipher;
import io.jrados.protocol.msgr2.FrameDisassembler;
import io.jrados.protocol.msgr2.FrameLimits;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;

/**
 * What the decoder and encoder of one connection share: the frame assembler and disassembler (and
 * so the crypto state, once secure mode starts), and the pre-auth capture.
 *
 * <p>msgr2 signs the handshake: from the banner up to and including AUTH_DONE, every byte each side
 * sent and received is kept, and each side sends an HMAC of what it received, keyed with the
 * session key, so a man in the middle that altered the unauthenticated frames is caught. Only the
 * event loop touches this.
 */
final class FrameCodecState {
  final FrameAssembler assembler = new FrameAssembler();
  final FrameDisassembler disassembler;
  private CompositeByteBuf rxCapture;
  private CompositeByteBuf txCapture;

  FrameCodecState(ByteBufAllocator alloc, FrameLimits limits) {
    this.disassembler = new FrameDisassembler(alloc, limits);
    this.rxCapture = alloc.compositeBuffer(Integer.MAX_VALUE);
    this.txCapture = alloc.compositeBuffer(Integer.MAX_VALUE);
  }

  boolean capturing() {
    return rxCapture != null;
  }

  /** Keeps a copy of bytes received before authentication finished. */
  void captureRx(ByteBuf in, int index, int length) {
    if (rxCapture != null) {
      rxCapture.addComponent(true, in.retainedSlice(index, length));
    }
  }

  /** Keeps a copy of bytes sent before authentication finished. */
  void captureTx(ByteBuf out) {
    if (txCapture != null) {
      txCapture.addComponent(true, out.retainedDuplicate());
    }
  }

  /** What was received so far; valid until {@link #stopCapture()}. */
  ByteBuf received() {
    return rxCapture;
  }

  /** What was sent so far; valid until {@link #stopCapture()}. */
  ByteBuf sent() {
    return txCapture;
  }

  void stopCapture() {
    if (rxCapture != null) {
      rxCapture.release();
      txCapture.release();
      rxCapture = null;
      txCapture = null;
    }
  }

  /** Secure mode starts for both directions, between frames, right after AUTH_DONE. */
  void enableSecureMode(byte[] connectionSecret) {
    FrameCipher.Pair pair = FrameCipher.forClient(connectionSecret);
    assembler.enableSecureMode(pair.tx());
    disassembler.enableSecureMode(pair.rx());
  }

  void release() {
    stopCapture();
    disassembler.close();
  }
}
