package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads msgr2.1 frames for one connection's receiving side, in crc mode until {@link
 * #enableSecureMode} and in secure mode after it ({@code FrameAssembler::disassemble_preamble},
 * {@code disasm_first_*_rev1}, {@code disasm_remaining_*_rev1}; kernel {@code handle_preamble},
 * {@code handle_control}, {@code handle_epilogue}, {@code decrypt_tail}).
 *
 * <p>A frame is read in up to three steps, each of a length known in advance, so that a Netty
 * decoder can wait for exactly the bytes it needs and never copy more:
 *
 * <ol>
 *   <li>the preamble (32 bytes; in secure mode the 96-byte first block, which also holds up to 48
 *       bytes of segment 0), checked before any length in it is trusted;
 *   <li>the rest of segment 0, if any: with its CRC in crc mode, its own tag in secure mode. After
 *       this step segment 0 (a control payload or a message header) is complete;
 *   <li>segments 1 to 3 and the epilogue, if the frame has more than one segment.
 * </ol>
 *
 * <p>{@link #bytesNeeded()} says how long the next step is and {@link #consume(ByteBuf)} takes it.
 * {@link #decode(ByteBuf)} runs all the steps over a buffer that holds the whole frame.
 *
 * <p>In crc mode the segments of a returned {@link Frame} are retained slices of the input buffers
 * (no copy); in secure mode they are slices of freshly decrypted buffers. A frame whose sender
 * aborted it (late status ABORTED) is dropped, as Ceph drops it, and counted in {@link
 * #abortedFrames()}.
 *
 * <p>After any error other than too few bytes, the disassembler has released what it held and
 * refuses further use: the connection must be closed. Not thread-safe.
 */
public final class FrameDisassembler implements AutoCloseable {
  private enum State {
    PREAMBLE,
    FIRST_SEGMENT,
    REMAINING,
    FAILED,
    CLOSED
  }

  private final ByteBufAllocator alloc;
  private final FrameLimits limits;
  private FrameCipher cipher;
  private State state = State.PREAMBLE;
  private Preamble preamble;

  /** Segment 0 once complete; in secure mode before that, the decrypted first block. */
  private ByteBuf pending;

  /** In crc mode, the CRCs of segments 1 to 3 while the REMAINING step arrives. */
  private RunningSegmentCrcs runningCrcs;

  private long abortedFrames;

  /**
   * A disassembler in crc mode.
   *
   * @param alloc allocates the buffers decrypted frames are written to
   * @param limits the largest frames accepted, checked against each preamble
   */
  public FrameDisassembler(ByteBufAllocator alloc, FrameLimits limits) {
    this.alloc = Objects.requireNonNull(alloc, "alloc");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Switches to secure mode from the next frame on. Allowed only between frames: Ceph switches
   * right after the AUTH_DONE frame, before the peer's AUTH_SIGNATURE.
   */
  public void enableSecureMode(FrameCipher rx) {
    Objects.requireNonNull(rx, "rx");
    if (state != State.PREAMBLE) {
      throw new IllegalStateException("secure mode can only start between frames, not in " + state);
    }
    if (cipher != null) {
      throw new IllegalStateException("secure mode is already on");
    }
    cipher = rx;
  }

  /** Whether frames are decrypted. */
  public boolean isSecure() {
    return cipher != null;
  }

  /** The preamble of the frame being read, or {@code null} between frames. */
  public Preamble preamble() {
    return preamble;
  }

  /** Frames dropped because their sender marked them aborted. */
  public long abortedFrames() {
    return abortedFrames;
  }

  /** The exact number of bytes the next {@link #consume} call reads; always positive. */
  public int bytesNeeded() {
    boolean secure = cipher != null;
    switch (state) {
      case PREAMBLE:
        return FrameLayout.preambleOnWireLength(secure);
      case FIRST_SEGMENT:
        return FrameLayout.firstSegmentOnWireLength(preamble, secure);
      case REMAINING:
        return FrameLayout.remainingOnWireLength(preamble, secure);
      default:
        throw new IllegalStateException(unusable());
    }
  }

  /**
   * Reads the next step of the current frame: exactly {@link #bytesNeeded()} bytes from {@code
   * in}'s reader index. The buffer stays the caller's; what the frame keeps of it is retained.
   *
   * @return the frame, once its last step has been read; {@code null} while steps remain, or when
   *     the frame turned out to be aborted by its sender
   * @throws TruncatedInputException if {@code in} has fewer readable bytes than needed; nothing is
   *     read and the call can be repeated with more
   * @throws ProtocolException if the step is malformed (bad CRC, bad length, failed authentication,
   *     bad late status, ...); the disassembler is then unusable
   */
  public Frame consume(ByteBuf in) {
    int needed = bytesNeeded();
    if (in.readableBytes() < needed) {
      throw new TruncatedInputException(
          "truncated: "
              + stepName()
              + " needs "
              + needed
              + " bytes, "
              + in.readableBytes()
              + " available");
    }
    try {
      switch (state) {
        case PREAMBLE:
          readPreamble(in);
          return afterPreamble();
        case FIRST_SEGMENT:
          readFirstSegment(in);
          return afterFirstSegment();
        default:
          return readRemaining(in);
      }
    } catch (RuntimeException | Error e) {
      fail();
      throw e;
    }
  }

  /**
   * Looks at what has arrived of the current step while it is still short of bytes: in crc mode,
   * checksums the newly arrived bytes of segments 1 to 3, while they are still in the CPU's cache.
   * Reads nothing; {@code in} must start at the step, as for {@link #consume}, and hold the same
   * bytes at each call plus any that arrived since.
   */
  public void absorb(ByteBuf in) {
    if (state == State.REMAINING && runningCrcs != null) {
      runningCrcs.feed(in);
    }
  }

  /**
   * Reads one whole frame from {@code in}, which must hold all of it.
   *
   * @return the frame, or {@code null} if its sender aborted it
   * @throws TruncatedInputException if {@code in} ends before the frame does; the disassembler is
   *     then unusable
   */
  public Frame decode(ByteBuf in) {
    if (state != State.PREAMBLE) {
      throw new IllegalStateException("decode() starts a frame, but one is half read: " + state);
    }
    do {
      Frame frame;
      try {
        frame = consume(in);
      } catch (TruncatedInputException e) {
        fail();
        throw e;
      }
      if (frame != null) {
        return frame;
      }
    } while (state != State.PREAMBLE);
    return null;
  }

  /** Releases a half-read frame, if any; the disassembler cannot be used afterwards. */
  @Override
  public void close() {
    releasePending();
    preamble = null;
    state = State.CLOSED;
  }

  private void readPreamble(ByteBuf in) {
    if (cipher == null) {
      preamble = Preamble.decode(in, limits);
      pending = Unpooled.EMPTY_BUFFER;
      return;
    }
    int plainLength = Msgr2Constants.PREAMBLE_SIZE + Msgr2Constants.PREAMBLE_INLINE_SIZE;
    ByteBuf plain = alloc.heapBuffer(plainLength, plainLength);
    pending = plain;
    cipher.open(
        in.nioBuffer(in.readerIndex(), Msgr2Constants.SECURE_PREAMBLE_SIZE),
        plain.nioBuffer(0, plainLength),
        "preamble block");
    in.skipBytes(Msgr2Constants.SECURE_PREAMBLE_SIZE);
    plain.writerIndex(plainLength);
    preamble = Preamble.decode(plain, limits);
    if (FrameLayout.firstSegmentOnWireLength(preamble, true) == 0) {
      // Segment 0 fits in the first block: it is complete already.
      pending = plain.retainedSlice(Msgr2Constants.PREAMBLE_SIZE, preamble.segmentLength(0));
      plain.release();
    }
  }

  private Frame afterPreamble() {
    if (FrameLayout.firstSegmentOnWireLength(preamble, cipher != null) > 0) {
      state = State.FIRST_SEGMENT;
      return null;
    }
    return afterFirstSegment();
  }

  private void readFirstSegment(ByteBuf in) {
    int length = preamble.segmentLength(0);
    if (cipher == null) {
      ByteBuf segment = in.readRetainedSlice(length);
      pending = segment;
      int expected = in.readIntLE();
      int calculated = Crc32c.segment(segment, segment.readerIndex(), length);
      if (calculated != expected) {
        throw new ProtocolException(
            String.format(
                "bad %s segment 0 crc: calculated 0x%08x, frame says 0x%08x",
                preamble.tag(), calculated, expected));
      }
      return;
    }
    int inline = Msgr2Constants.PREAMBLE_INLINE_SIZE;
    int padded = FrameLayout.padded(length);
    ByteBuf segment = alloc.heapBuffer(padded, padded);
    try {
      segment.writeBytes(pending, Msgr2Constants.PREAMBLE_SIZE, inline);
      int cipherLength = padded - inline + Msgr2Constants.GCM_TAG_SIZE;
      cipher.open(
          in.nioBuffer(in.readerIndex(), cipherLength),
          segment.nioBuffer(inline, padded - inline),
          preamble.tag() + " segment 0");
      in.skipBytes(cipherLength);
      segment.writerIndex(length);
    } catch (RuntimeException | Error e) {
      segment.release();
      throw e;
    }
    pending.release();
    pending = segment;
  }

  private Frame afterFirstSegment() {
    if (preamble.numSegments() > 1) {
      state = State.REMAINING;
      runningCrcs = cipher == null ? new RunningSegmentCrcs(preamble) : null;
      return null;
    }
    return complete(List.of());
  }

  private Frame readRemaining(ByteBuf in) {
    int n = preamble.numSegments();
    List<ByteBuf> segments = new ArrayList<>(n - 1);
    try {
      int lateStatus;
      int[] crcs = new int[n - 1];
      if (cipher == null) {
        runningCrcs.feed(in);
        for (int i = 1; i < n; i++) {
          segments.add(in.readRetainedSlice(preamble.segmentLength(i)));
        }
        lateStatus = in.readUnsignedByte();
        for (int i = 1; i < Msgr2Constants.MAX_NUM_SEGMENTS; i++) {
          int crc = in.readIntLE();
          if (i < n) {
            crcs[i - 1] = crc;
          }
        }
      } else {
        int cipherLength = FrameLayout.remainingOnWireLength(preamble, true);
        int plainLength = cipherLength - Msgr2Constants.GCM_TAG_SIZE;
        ByteBuf plain = alloc.heapBuffer(plainLength, plainLength);
        try {
          cipher.open(
              in.nioBuffer(in.readerIndex(), cipherLength),
              plain.nioBuffer(0, plainLength),
              preamble.tag() + " segments 1.." + (n - 1));
          in.skipBytes(cipherLength);
          plain.writerIndex(plainLength);
          int offset = 0;
          for (int i = 1; i < n; i++) {
            segments.add(plain.retainedSlice(offset, preamble.segmentLength(i)));
            offset += FrameLayout.padded(preamble.segmentLength(i));
          }
          lateStatus = plain.getUnsignedByte(offset);
        } finally {
          plain.release();
        }
      }
      int status = lateStatus & Msgr2Constants.LATE_STATUS_ABORTED_MASK;
      if (status == Msgr2Constants.LATE_STATUS_ABORTED) {
        releaseAll(segments);
        abortedFrames++;
        releasePending();
        preamble = null;
        state = State.PREAMBLE;
        return null;
      }
      if (status != Msgr2Constants.LATE_STATUS_COMPLETE) {
        throw new ProtocolException(
            String.format(
                "bad %s epilogue late_status 0x%02x: neither COMPLETE (0x%x) nor ABORTED (0x%x)",
                preamble.tag(),
                lateStatus,
                Msgr2Constants.LATE_STATUS_COMPLETE,
                Msgr2Constants.LATE_STATUS_ABORTED));
      }
      if (cipher == null) {
        for (int i = 1; i < n; i++) {
          int calculated = runningCrcs.value(i);
          if (calculated != crcs[i - 1]) {
            throw new ProtocolException(
                String.format(
                    "bad %s segment %d crc: calculated 0x%08x, epilogue says 0x%08x",
                    preamble.tag(), i, calculated, crcs[i - 1]));
          }
        }
      }
      return complete(segments);
    } catch (RuntimeException | Error e) {
      releaseAll(segments);
      throw e;
    }
  }

  private Frame complete(List<ByteBuf> rest) {
    List<ByteBuf> segments = new ArrayList<>(1 + rest.size());
    segments.add(pending);
    segments.addAll(rest);
    Frame frame = new Frame(preamble, segments);
    pending = null;
    preamble = null;
    runningCrcs = null;
    state = State.PREAMBLE;
    return frame;
  }

  private void fail() {
    releasePending();
    preamble = null;
    state = State.FAILED;
  }

  private void releasePending() {
    runningCrcs = null;
    if (pending != null) {
      pending.release();
      pending = null;
    }
  }

  private static void releaseAll(List<ByteBuf> buffers) {
    for (ByteBuf buffer : buffers) {
      buffer.release();
    }
    buffers.clear();
  }

  private String stepName() {
    switch (state) {
      case PREAMBLE:
        return cipher == null ? "preamble" : "secure preamble block";
      case FIRST_SEGMENT:
        return preamble.tag() + " segment 0";
      default:
        return preamble.tag() + " segments 1.." + (preamble.numSegments() - 1) + " and epilogue";
    }
  }

  private String unusable() {
    return state == State.CLOSED
        ? "frame disassembler is closed"
        : "frame disassembler failed on an earlier frame; the connection must be closed";
  }
}
