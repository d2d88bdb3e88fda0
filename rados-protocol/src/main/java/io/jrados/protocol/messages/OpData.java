package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.osd.OsdOp;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/** Reading op arrays and cutting a data segment into per-op slices, shared by MOSDOp(Reply). */
final class OpData {
  private OpData() {}

  /** Reads {@code count} 38-byte ops, after checking that they fit in what remains. */
  static List<OsdOp.Header> headers(CephDecoder front, long count, String message) {
    if (count * OsdOp.SIZE > front.remaining()) {
      throw new ProtocolException(
          String.format(
              "%s: %d ops need %d bytes, %d remain in the front",
              message, count, count * OsdOp.SIZE, front.remaining()));
    }
    List<OsdOp.Header> headers = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      headers.add(OsdOp.Header.decode(front));
    }
    return headers;
  }

  /**
   * Cuts {@code data} (from its reader index, which is left alone) into one retained slice per op,
   * sized by its payload length; the slices are owned by the caller.
   *
   * @throws ProtocolException unless the payload lengths add up to exactly the readable bytes
   */
  static List<ByteBuf> split(List<OsdOp.Header> headers, ByteBuf data, String message) {
    long total = 0;
    for (OsdOp.Header h : headers) {
      total += h.payloadLength();
    }
    if (total != data.readableBytes()) {
      throw new ProtocolException(
          String.format(
              "%s: ops' payload lengths add up to %d bytes, the data segment has %d",
              message, total, data.readableBytes()));
    }
    List<ByteBuf> slices = new ArrayList<>(headers.size());
    int at = data.readerIndex();
    for (OsdOp.Header h : headers) {
      int length = (int) h.payloadLength();
      slices.add(data.retainedSlice(at, length));
      at += length;
    }
    return slices;
  }

  /**
   * The inverse of {@link #split}: a data segment made of retained duplicates of {@code parts}
   * (empty ones left out), nothing copied; the caller owns it and the parts keep their own
   * references.
   */
  static ByteBuf join(List<ByteBuf> parts) {
    List<ByteBuf> views = new ArrayList<>(parts.size());
    for (ByteBuf part : parts) {
      if (part.isReadable()) {
        views.add(part.retainedDuplicate());
      }
    }
    if (views.isEmpty()) {
      return Unpooled.EMPTY_BUFFER;
    }
    return Unpooled.wrappedBuffer(views.size(), views.toArray(new ByteBuf[0]));
  }
}
