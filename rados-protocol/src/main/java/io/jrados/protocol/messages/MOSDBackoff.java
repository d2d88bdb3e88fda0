package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.osd.HObject;
import io.jrados.protocol.osd.SpgId;
import java.util.Objects;

/**
 * OSD to client and back ({@link MessageType#OSD_BACKOFF}): the OSD asks the client to stop sending
 * ops for a range of objects of a PG ({@link #BLOCK}), the client acknowledges ({@link
 * #ACK_BLOCK}), and the OSD lifts the block later ({@link #UNBLOCK}); after an unblock the client
 * resends the ops it held. Only sent to clients with the RADOS_BACKOFF feature.
 *
 * <p>Front, header version 1, compat 1: {@code spg_t}, {@code u32} epoch, {@code u8} op, {@code
 * u64} id (unique within the session), {@code hobject_t} begin, {@code hobject_t} end. The range is
 * {@code [begin, end)}, or the single object {@code begin} when the two are equal. No data segment.
 *
 * @param pgid the PG
 * @param epoch the OSDMap epoch of the sender
 * @param op {@link #BLOCK}, {@link #ACK_BLOCK} or {@link #UNBLOCK}
 * @param id the backoff's id, echoed in the acknowledgement
 * @param begin first object blocked
 * @param end first object after the range
 */
public record MOSDBackoff(SpgId pgid, long epoch, int op, long id, HObject begin, HObject end)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** OSD to client: block the range. */
  public static final int BLOCK = 1;

  /** Client to OSD: the block is in place. */
  public static final int ACK_BLOCK = 2;

  /** OSD to client: the range is open again. */
  public static final int UNBLOCK = 3;

  /** Checks the fields. */
  public MOSDBackoff {
    Objects.requireNonNull(pgid, "pgid");
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
  }

  /**
   * The acknowledgement a client sends for this BLOCK: the same PG, epoch, id and range, as the
   * Objecter echoes them.
   */
  public MOSDBackoff acknowledgement() {
    return new MOSDBackoff(pgid, epoch, ACK_BLOCK, id, begin, end);
  }

  @Override
  public int type() {
    return MessageType.OSD_BACKOFF;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; there is only version 1. Unknown op values are kept for the caller. */
  public static MOSDBackoff decode(CephDecoder decoder, int headerVersion) {
    SpgId pgid = SpgId.decode(decoder);
    long epoch = decoder.u32();
    int op = decoder.u8();
    long id = decoder.u64();
    HObject begin = HObject.decode(decoder);
    HObject end = HObject.decode(decoder);
    return new MOSDBackoff(pgid, epoch, op, id, begin, end);
  }

  @Override
  public void encode(CephEncoder encoder) {
    pgid.encode(encoder);
    encoder.u32(epoch).u8(op).u64(id);
    begin.encode(encoder);
    end.encode(encoder);
  }
}
