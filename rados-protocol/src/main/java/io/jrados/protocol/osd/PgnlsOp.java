package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.VersionedStruct;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * PGNLS: lists objects (all namespaces) a page at a time, one PG per request; what {@code rados ls}
 * sends. Union {@code pgls}: {@code u64 count, u32 start_epoch}; indata the {@code hobject_t}
 * cursor to continue from ({@link HObject#MIN} at the start).
 *
 * <p>Outdata: {@code pg_nls_response_t} = {@code ENCODE_START(1, 1) { hobject_t handle, u32 n, n x
 * (string nspace, string oid, string locator) }}.
 *
 * <p>As captured from librados over a pool of 8 PGs: the request has an empty object name, flags
 * {@code READ | ONDISK | IGNORE_OVERLAY | KNOWN_REDIR}, and an explicit locator hash equal to the
 * raw hash, which is the cursor's PG seed. The returned handle is a pool-wide cursor: when a PG is
 * exhausted it points at the first hash of the next PG in the OSD's (bit-reversed) hash order, and
 * the following request goes to that PG; the "max" sentinel ({@link Page#done()}) ends the pool.
 * The overall result of a PGNLS reply is 1, not 0.
 */
public final class PgnlsOp {
  private PgnlsOp() {}

  /**
   * One listed object, its namespace, name and locator key kept as the bytes the OSD sent: Ceph's
   * names are byte strings, and one that is not UTF-8 must come back out unchanged (to print, or to
   * address the object). The String accessors decode them for display.
   */
  public static final class Entry {
    private final byte[] namespace;
    private final byte[] oid;
    private final byte[] locator;

    public Entry(String namespace, String oid, String locator) {
      this(Indata.utf8(namespace), Indata.utf8(oid), Indata.utf8(locator));
    }

    public Entry(byte[] namespace, byte[] oid, byte[] locator) {
      this.namespace = namespace.clone();
      this.oid = oid.clone();
      this.locator = locator.clone();
    }

    public String namespace() {
      return Indata.text(namespace);
    }

    public String oid() {
      return Indata.text(oid);
    }

    public String locator() {
      return Indata.text(locator);
    }

    public byte[] namespaceBytes() {
      return namespace.clone();
    }

    public byte[] oidBytes() {
      return oid.clone();
    }

    public byte[] locatorBytes() {
      return locator.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e
          && Arrays.equals(namespace, e.namespace)
          && Arrays.equals(oid, e.oid)
          && Arrays.equals(locator, e.locator);
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          Arrays.hashCode(namespace), Arrays.hashCode(oid), Arrays.hashCode(locator));
    }

    @Override
    public String toString() {
      return "Entry[namespace=" + namespace() + ", oid=" + oid() + ", locator=" + locator() + "]";
    }
  }

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
    List<Entry> entries =
        decoder.list(12, d -> new Entry(d.stringBytes(), d.stringBytes(), d.stringBytes()));
    decoder.endStruct(struct);
    return new Page(handle, entries);
  }
}
