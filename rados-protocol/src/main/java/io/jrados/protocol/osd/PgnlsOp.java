package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.VersionedStruct;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/**
 * PGNLS: lists the objects of one PG, all namespaces, a page at a time (what {@code rados ls}
 * sends, once per PG and page). Union {@code pgls}: {@code u64 count, u32 start_epoch}; indata the
 * {@code hobject_t} cursor to continue from ({@link HObject#MIN} for the first page). The request
 * goes to the PG itself: object name empty, raw hash = the PG's seed.
 *
 * <p>Outdata: {@code pg_nls_response_t} = {@code ENCODE_START(1, 1) { hobject_t handle, u32 n, n x
 * (string nspace, string oid, string locator) }}. The handle is the cursor for the next page; once
 * it is the "max" sentinel ({@link HObject#max()}) the PG is exhausted.
 */
public final class PgnlsOp {
  private PgnlsOp() {}

  /** One listed object. */
  public record Entry(String namespace, String oid, String locator) {}

  /** One page: the entries and the cursor to continue from. */
  public record Page(HObject handle, List<Entry> entries) {
    /** Whether the PG has no more objects after this page. */
    public boolean done() {
      return handle.max();
    }
  }

  /**
   * A PGNLS op.
   *
   * @param count the most entries to return
   * @param startEpoch the OSDMap epoch the listing started at (librados sends its current epoch)
   * @param cursor where to continue
   */
  public static OsdOp pgnls(long count, long startEpoch, HObject cursor) {
    Objects.requireNonNull(cursor, "cursor");
    return OsdOp.of(
        OsdOpCode.PGNLS,
        0,
        new OsdOp.Fields().u64(count).u32(startEpoch),
        Indata.encoded(cursor::encode));
  }

  /** Parses a PGNLS outdata; the buffer is not consumed. */
  public static Page parse(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    VersionedStruct struct = decoder.startStruct("pg_nls_response_t", 1);
    HObject handle = HObject.decode(decoder);
    List<Entry> entries = decoder.list(12, d -> new Entry(d.string(), d.string(), d.string()));
    decoder.endStruct(struct);
    return new Page(handle, entries);
  }
}
