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
   * The inverse of {@link #split}: a data segment made of retained views of {@code parts} (empty
   * ones left out; a single one is the segment itself), nothing copied; the caller owns it and the
   * parts keep their own references.
   */
  static ByteBuf join(List<ByteBuf> parts) {
    int readable = 0;
    ByteBuf last = null;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isReadable()) {
        readable++;
        last = parts.get(i);
      }
    }
    if (readable == 0) {
      return Unpooled.EMPTY_BUFFER;
    }
    if (readable == 1) {
      // Most ops carry at most one op with data (a write): its view is the whole segment.
      return last.retainedSlice();
    }
    ByteBuf[] views = new ByteBuf[readable];
    int n = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isReadable()) {
        views[n++] = parts.get(i).retainedDuplicate();
      }
    }
    return Unpooled.wrappedBuffer(n, views);
  }
}
