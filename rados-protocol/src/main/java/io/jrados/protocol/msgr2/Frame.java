package io.jrados.protocol.msgr2;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.AbstractReferenceCounted;
import java.util.List;

/**
 * A received frame, checked and (in secure mode) decrypted: its preamble and its segments without
 * padding, CRCs or tags.
 *
 * <p>Reference-counted: the frame owns its segment buffers and releases them when its count drops
 * to zero, so a Netty pipeline can pass it on and release it like any other message. {@link
 * #segment} returns a buffer that is valid only while the frame is; retain it (or a slice) to keep
 * it longer.
 */
public final class Frame extends AbstractReferenceCounted {
  private final Preamble preamble;
  private final List<ByteBuf> segments;

  /** Takes ownership of {@code segments}, one per segment of {@code preamble}. */
  Frame(Preamble preamble, List<ByteBuf> segments) {
    if (segments.size() != preamble.numSegments()) {
      throw new IllegalArgumentException(
          segments.size() + " segments for a preamble with " + preamble.numSegments());
    }
    this.preamble = preamble;
    this.segments = List.copyOf(segments);
  }

  /** The frame's tag. */
  public Tag tag() {
    return preamble.tag();
  }

  /** The frame's preamble, with each segment's length and alignment. */
  public Preamble preamble() {
    return preamble;
  }

  /** How many segments the frame has, 1 to 4; trailing empty ones are not counted. */
  public int segmentCount() {
    return segments.size();
  }

  /**
   * Segment {@code i}; for {@code i} at or past {@link #segmentCount()} an empty buffer, as Ceph
   * sees the trailing segments a sender dropped. Reading it moves its reader index.
   */
  public ByteBuf segment(int i) {
    if (i < 0 || i >= Msgr2Constants.MAX_NUM_SEGMENTS) {
      throw new IndexOutOfBoundsException("segment " + i);
    }
    return i < segments.size() ? segments.get(i) : Unpooled.EMPTY_BUFFER;
  }

  @Override
  protected void deallocate() {
    for (int i = 0; i < segments.size(); i++) { // indexed: once per message, no iterator
      segments.get(i).release();
    }
  }

  @Override
  public Frame touch(Object hint) {
    for (ByteBuf segment : segments) {
      segment.touch(hint);
    }
    return this;
  }

  @Override
  public Frame retain() {
    super.retain();
    return this;
  }

  @Override
  public String toString() {
    return "Frame[" + preamble + "]";
  }
}
