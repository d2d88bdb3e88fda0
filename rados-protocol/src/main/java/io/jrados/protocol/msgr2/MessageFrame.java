package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.AbstractReferenceCounted;
import java.util.Objects;

/**
 * A MESSAGE frame's content ({@code MessageFrame} in {@code frames_v2.h}): the {@link
 * MessageHeader2} as segment 0, then front (the message's encoded payload), middle (rarely used)
 * and data (bulk bytes, aligned to 4096), each possibly empty.
 *
 * <p>Reference-counted: it owns the three buffers and releases them when its count drops to zero.
 */
public final class MessageFrame extends AbstractReferenceCounted {
  private final MessageHeader2 header;
  private final ByteBuf front;
  private final ByteBuf middle;
  private final ByteBuf data;

  /** A message of the given parts; takes ownership of the three buffers. */
  public MessageFrame(MessageHeader2 header, ByteBuf front, ByteBuf middle, ByteBuf data) {
    this.header = Objects.requireNonNull(header, "header");
    this.front = Objects.requireNonNull(front, "front");
    this.middle = Objects.requireNonNull(middle, "middle");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * The message in a received MESSAGE frame. The frame keeps its own reference: the result holds
   * retained slices of its segments, and both must be released.
   *
   * @throws ProtocolException if the frame is not a MESSAGE or its segment 0 is not a 41-byte
   *     header
   */
  public static MessageFrame from(Frame frame) {
    if (!frame.tag().isMessage()) {
      throw new ProtocolException(frame.tag() + " frame is not a MESSAGE");
    }
    ByteBuf headerBytes = frame.segment(0);
    if (headerBytes.readableBytes() != MessageHeader2.SIZE) {
      throw new ProtocolException(
          "MESSAGE frame's header segment is "
              + headerBytes.readableBytes()
              + " bytes, not "
              + MessageHeader2.SIZE);
    }
    MessageHeader2 header = MessageHeader2.decode(new CephDecoder(headerBytes.duplicate()));
    return new MessageFrame(
        header,
        frame.segment(1).retainedSlice(),
        frame.segment(2).retainedSlice(),
        frame.segment(3).retainedSlice());
  }

  /** Assembles the frame with {@code assembler}; this message's buffers stay untouched. */
  public ByteBuf assemble(FrameAssembler assembler, ByteBufAllocator alloc) {
    ByteBuf headerBytes = alloc.heapBuffer(MessageHeader2.SIZE, MessageHeader2.SIZE);
    try {
      header.encode(new CephEncoder(headerBytes));
      return assembler.assembleMessage(alloc, headerBytes, front, middle, data);
    } finally {
      headerBytes.release();
    }
  }

  /** The header. */
  public MessageHeader2 header() {
    return header;
  }

  /** The front segment: the message's encoded payload. */
  public ByteBuf front() {
    return front;
  }

  /** The middle segment. */
  public ByteBuf middle() {
    return middle;
  }

  /** The data segment. */
  public ByteBuf data() {
    return data;
  }

  @Override
  protected void deallocate() {
    front.release();
    middle.release();
    data.release();
  }

  @Override
  public MessageFrame touch(Object hint) {
    front.touch(hint);
    middle.touch(hint);
    data.touch(hint);
    return this;
  }

  @Override
  public MessageFrame retain() {
    super.retain();
    return this;
  }

  @Override
  public String toString() {
    return "MessageFrame["
        + header
        + ", front="
        + front.readableBytes()
        + ", middle="
        + middle.readableBytes()
        + ", data="
        + data.readableBytes()
        + "]";
  }
}
