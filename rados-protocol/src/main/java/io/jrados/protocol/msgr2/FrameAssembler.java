package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Turns segments into msgr2.1 frames for one connection's sending side, in crc mode until {@link
 * #enableSecureMode} and in secure mode after it ({@code FrameAssembler::asm_crc_rev1} and {@code
 * asm_secure_rev1}; kernel {@code prepare_head_plain}, {@code prepare_head_secure_small/big},
 * {@code prepare_message_plain/secure}). {@link FrameLayout} describes the two layouts.
 *
 * <p>Segments are passed as buffers whose readable bytes are the segment; they are neither consumed
 * nor released, and stay the caller's. In crc mode a large message frame shares the bytes of
 * segments 1 to 3 through retained slices rather than copying them, so those must not be modified
 * until the frame has been written. The returned frame belongs to the caller (a Netty channel
 * releases it once written).
 *
 * <p>Not thread-safe: frames must be assembled in the order they are sent, since in secure mode
 * each one consumes the next nonces.
 */
public final class FrameAssembler {
  /**
   * Segments 1 to 3 of a crc-mode message up to this size are copied rather than sliced: one buffer
   * is cheaper to write than a composite of three, and a heap segment (a byte[] payload) in a
   * composite makes the transport copy the whole frame into a direct buffer anyway.
   */
  private static final int COPY_THRESHOLD = 64 * 1024;

  private static final int[] CONTROL_ALIGNMENTS = {Msgr2Constants.ALIGNMENT_DEFAULT};
  private static final int[] MESSAGE_ALIGNMENTS = {
    Msgr2Constants.ALIGNMENT_DEFAULT,
    Msgr2Constants.ALIGNMENT_DEFAULT,
    Msgr2Constants.ALIGNMENT_DEFAULT,
    Msgr2Constants.ALIGNMENT_PAGE
  };

  /**
   * The largest GCM operation sealed in place (a 64 KiB message with its front and epilogue); see
   * {@link #secure}.
   */
  static final int IN_PLACE_LIMIT = 64 * 1024 + 4096;

  private static final ByteBuffer ZEROS =
      ByteBuffer.allocate(Msgr2Constants.PREAMBLE_INLINE_SIZE).asReadOnlyBuffer();

  private FrameCipher cipher;

  /** An assembler in crc mode, as every connection starts. */
  public FrameAssembler() {}

  /**
   * Switches to secure mode for every later frame: called once authentication has produced the
   * connection secret and the peer chose secure mode.
   */
  public void enableSecureMode(FrameCipher tx) {
    if (cipher != null) {
      throw new IllegalStateException("secure mode is already on");
    }
    cipher = Objects.requireNonNull(tx, "tx");
  }

  /** Whether frames are encrypted. */
  public boolean isSecure() {
    return cipher != null;
  }

  /** A control frame: its payload is encoded and becomes the single segment. */
  public ByteBuf assemble(ByteBufAllocator alloc, ControlFrame frame) {
    ByteBuf payload = alloc.heapBuffer();
    try {
      frame.encode(new CephEncoder(payload));
      return assembleControl(alloc, frame.tag(), payload);
    } finally {
      payload.release();
    }
  }

  /** A control frame with the given payload as its single segment, alignment 8. */
  public ByteBuf assembleControl(ByteBufAllocator alloc, Tag tag, ByteBuf payload) {
    if (tag.isMessage()) {
      throw new IllegalArgumentException("MESSAGE frames have four segments: use assembleMessage");
    }
    return assemble(alloc, tag, new ByteBuf[] {payload}, CONTROL_ALIGNMENTS);
  }

  /**
   * A MESSAGE frame of four segments with alignments 8, 8, 8 and 4096. Trailing empty segments are
   * dropped, so an empty message (front, middle and data all empty) has one segment and no
   * epilogue.
   */
  public ByteBuf assembleMessage(
      ByteBufAllocator alloc, ByteBuf header, ByteBuf front, ByteBuf middle, ByteBuf data) {
    return assemble(
        alloc, Tag.MESSAGE, new ByteBuf[] {header, front, middle, data}, MESSAGE_ALIGNMENTS);
  }

  private ByteBuf assemble(ByteBufAllocator alloc, Tag tag, ByteBuf[] segments, int[] aligns) {
    int[] lengths = new int[segments.length];
    long total = 0;
    for (int i = 0; i < segments.length; i++) {
      lengths[i] = segments[i].readableBytes();
      total += lengths[i];
    }
    if (total > FrameLimits.CEILING) {
      throw new IllegalArgumentException("frame of " + total + " bytes is over 1 GiB");
    }
    Preamble preamble = Preamble.of(tag, lengths, aligns);
    return cipher == null ? crc(alloc, preamble, segments) : secure(alloc, preamble, segments);
  }

  private static ByteBuf crc(ByteBufAllocator alloc, Preamble preamble, ByteBuf[] segments) {
    int n = preamble.numSegments();
    int tail = FrameLayout.remainingOnWireLength(preamble, false);
    boolean copyTail = tail <= COPY_THRESHOLD;
    int headLength =
        Msgr2Constants.PREAMBLE_SIZE
            + FrameLayout.firstSegmentOnWireLength(preamble, false)
            + (copyTail ? tail : 0);
    ByteBuf head = alloc.buffer(headLength, headLength);
    preamble.encode(head);
    ByteBuf seg0 = segments[0];
    int length0 = preamble.segmentLength(0);
    if (length0 > 0) {
      head.writeBytes(seg0, seg0.readerIndex(), length0);
      head.writeIntLE(Crc32c.segment(seg0, seg0.readerIndex(), length0));
    }
    if (n == 1) {
      return head;
    }
    if (copyTail) {
      for (int i = 1; i < n; i++) {
        head.writeBytes(segments[i], segments[i].readerIndex(), preamble.segmentLength(i));
      }
      writeCrcEpilogue(head, preamble, segments);
      return head;
    }
    CompositeByteBuf out = alloc.compositeBuffer(n + 1);
    try {
      out.addComponent(true, head);
      for (int i = 1; i < n; i++) {
        if (preamble.segmentLength(i) > 0) {
          ByteBuf segment = segments[i];
          out.addComponent(
              true, segment.retainedSlice(segment.readerIndex(), preamble.segmentLength(i)));
        }
      }
      ByteBuf epilogue =
          alloc.buffer(Msgr2Constants.EPILOGUE_CRC_SIZE, Msgr2Constants.EPILOGUE_CRC_SIZE);
      writeCrcEpilogue(epilogue, preamble, segments);
      out.addComponent(true, epilogue);
      return out;
    } catch (RuntimeException | Error e) {
      out.release();
      throw e;
    }
  }

  /** {@code late_status} COMPLETE, then the CRC of each used segment 1 to 3, zero for unused. */
  private static void writeCrcEpilogue(ByteBuf out, Preamble preamble, ByteBuf[] segments) {
    out.writeByte(Msgr2Constants.LATE_STATUS_COMPLETE);
    for (int i = 1; i < Msgr2Constants.MAX_NUM_SEGMENTS; i++) {
      boolean used = i < preamble.numSegments();
      out.writeIntLE(
          used
              ? Crc32c.segment(segments[i], segments[i].readerIndex(), preamble.segmentLength(i))
              : 0);
    }
  }

  /**
   * A secure frame. Frames whose GCM operations are at most {@value #IN_PLACE_LIMIT} bytes are
   * sealed in place over an array, the JDK's fast path: 43-79% of raw AES-GCM for 4 KiB and 64 KiB
   * messages, against about 15% on the buffer path. Larger ones go through the buffer path, because
   * in place measured about 60 MB/s at 1 MiB and 4 MiB on JDK 17 (the buffer path: about 1 GB/s),
   * for reasons not yet understood.
   */
  private ByteBuf secure(ByteBufAllocator alloc, Preamble preamble, ByteBuf[] segments) {
    long largest = FrameLayout.padded(preamble.segmentLength(0));
    long tail = Msgr2Constants.EPILOGUE_SECURE_SIZE;
    for (int i = 1; i < preamble.numSegments(); i++) {
      tail += FrameLayout.padded(preamble.segmentLength(i));
    }
    return Math.max(largest, tail) <= IN_PLACE_LIMIT
        ? secureInPlace(alloc, preamble, segments)
        : secureByBuffers(alloc, preamble, segments);
  }

  /**
   * Lays each GCM operation's plaintext (with its zero padding) into the output array where its
   * ciphertext goes, then encrypts it there in one call: the copy into the frame is needed anyway,
   * and one in-place operation over an array is what the JDK does fastest.
   */
  private ByteBuf secureInPlace(ByteBufAllocator alloc, Preamble preamble, ByteBuf[] segments) {
    int total = FrameLayout.frameOnWireLength(preamble, true);
    ByteBuf out = alloc.heapBuffer(total, total);
    try {
      byte[] a = out.array();
      int base = out.arrayOffset();
      int pos = 0;

      // 1. The preamble and the first 48 bytes of segment 0, padded to 48.
      ByteBuf seg0 = segments[0];
      int length0 = preamble.segmentLength(0);
      int inline = Math.min(length0, Msgr2Constants.PREAMBLE_INLINE_SIZE);
      ByteBuf preambleBytes = alloc.heapBuffer(Msgr2Constants.PREAMBLE_SIZE);
      try {
        preamble.encode(preambleBytes);
        preambleBytes.getBytes(preambleBytes.readerIndex(), a, base, Msgr2Constants.PREAMBLE_SIZE);
      } finally {
        preambleBytes.release();
      }
      int first = Msgr2Constants.PREAMBLE_SIZE + Msgr2Constants.PREAMBLE_INLINE_SIZE;
      seg0.getBytes(seg0.readerIndex(), a, base + Msgr2Constants.PREAMBLE_SIZE, inline);
      zero(a, base + Msgr2Constants.PREAMBLE_SIZE + inline, base + first);
      pos = seal(a, base, pos, first);

      // 2. The rest of segment 0, padded to 16, if it did not fit inline.
      int padded0 = FrameLayout.padded(length0);
      if (padded0 > Msgr2Constants.PREAMBLE_INLINE_SIZE) {
        int rest = padded0 - inline;
        seg0.getBytes(seg0.readerIndex() + inline, a, base + pos, length0 - inline);
        zero(a, base + pos + length0 - inline, base + pos + rest);
        pos = seal(a, base, pos, rest);
      }

      // 3. Segments 1..3, each padded to 16, then the 16-byte epilogue.
      int n = preamble.numSegments();
      if (n > 1) {
        int start = pos;
        int at = pos;
        for (int i = 1; i < n; i++) {
          int length = preamble.segmentLength(i);
          segments[i].getBytes(segments[i].readerIndex(), a, base + at, length);
          zero(a, base + at + length, base + at + FrameLayout.padded(length));
          at += FrameLayout.padded(length);
        }
        a[base + at] = (byte) Msgr2Constants.LATE_STATUS_COMPLETE;
        zero(a, base + at + 1, base + at + Msgr2Constants.EPILOGUE_SECURE_SIZE);
        at += Msgr2Constants.EPILOGUE_SECURE_SIZE;
        pos = seal(a, base, start, at - start);
      }
      if (pos != total) {
        throw new IllegalStateException(
            "secure frame layout mismatch: wrote " + pos + " of " + total + " bytes");
      }
      out.writerIndex(total);
      return out;
    } catch (RuntimeException | Error e) {
      out.release();
      throw e;
    }
  }

  /** Encrypts {@code length} bytes at {@code pos} in place; returns the position after the tag. */
  private int seal(byte[] a, int base, int pos, int length) {
    cipher.sealInPlace(a, base + pos, length);
    return pos + length + Msgr2Constants.GCM_TAG_SIZE;
  }

  private static void zero(byte[] a, int from, int to) {
    java.util.Arrays.fill(a, from, to, (byte) 0);
  }

  private ByteBuf secureByBuffers(ByteBufAllocator alloc, Preamble preamble, ByteBuf[] segments) {
    int total = FrameLayout.frameOnWireLength(preamble, true);
    ByteBuf out = alloc.heapBuffer(total, total);
    try {
      ByteBuffer nio = out.nioBuffer(0, total);
      ByteBuf preambleBytes = alloc.heapBuffer(Msgr2Constants.PREAMBLE_SIZE);
      try {
        preamble.encode(preambleBytes);
        ByteBuf seg0 = segments[0];
        int length0 = preamble.segmentLength(0);
        int inline = Math.min(length0, Msgr2Constants.PREAMBLE_INLINE_SIZE);
        cipher.seal(
            nio,
            preambleBytes.nioBuffer(),
            seg0.nioBuffer(seg0.readerIndex(), inline),
            zeros(Msgr2Constants.PREAMBLE_INLINE_SIZE - inline));
        if (FrameLayout.padded(length0) > Msgr2Constants.PREAMBLE_INLINE_SIZE) {
          cipher.seal(
              nio,
              seg0.nioBuffer(seg0.readerIndex() + inline, length0 - inline),
              zeros(FrameLayout.padded(length0) - length0));
        }
      } finally {
        preambleBytes.release();
      }
      int n = preamble.numSegments();
      if (n > 1) {
        ByteBuffer[] parts = new ByteBuffer[2 * (n - 1) + 1];
        for (int i = 1; i < n; i++) {
          int length = preamble.segmentLength(i);
          parts[2 * i - 2] = segments[i].nioBuffer(segments[i].readerIndex(), length);
          parts[2 * i - 1] = zeros(FrameLayout.padded(length) - length);
        }
        ByteBuffer epilogue = ByteBuffer.allocate(Msgr2Constants.EPILOGUE_SECURE_SIZE);
        epilogue.put(0, (byte) Msgr2Constants.LATE_STATUS_COMPLETE);
        parts[parts.length - 1] = epilogue;
        cipher.seal(nio, parts);
      }
      if (nio.hasRemaining()) {
        throw new IllegalStateException(
            "secure frame layout mismatch: " + nio.remaining() + " of " + total + " bytes unused");
      }
      out.writerIndex(total);
      return out;
    } catch (RuntimeException | Error e) {
      out.release();
      throw e;
    }
  }

  private static ByteBuffer zeros(int length) {
    return ZEROS.duplicate().limit(length);
  }
}
