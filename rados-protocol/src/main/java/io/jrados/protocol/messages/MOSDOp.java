package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.osd.HObject;
import io.jrados.protocol.osd.ObjectLocator;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.OsdReqId;
import io.jrados.protocol.osd.SpgId;
import io.jrados.protocol.osd.TraceInfo;
import io.netty.buffer.ByteBuf;
import io.netty.util.AbstractReferenceCounted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Client to OSD ({@link MessageType#OSD_OP}): ops on one object (or, for listing, on one PG).
 *
 * <p>Front, header version 8, compat 3 (Pacific, verified on captured librados traffic): {@code
 * spg_t} (the actual PG), {@code u32} raw placement hash, {@code u32} OSDMap epoch, {@code u32}
 * flags, {@code osd_reqid_t}, a 24-byte trace, {@code u32 client_inc}, {@code utime_t mtime},
 * {@code object_locator_t}, the object name, {@code u16} op count and the 38-byte ops, {@code u64}
 * snapid, {@code u64} snap_seq, {@code vector<u64>} snaps, {@code s32 retry_attempt}, {@code u64}
 * features. The data segment is every op's indata, concatenated in op order; each op's {@code
 * payload_len} says how much is its own. librados leaves the header's {@code data_off} at 0.
 *
 * <p>Reference-counted: the message owns its ops' indata and releases it when its count drops to
 * zero. {@link #data()} gives the data segment as a composite of retained views of the indata, so a
 * large write payload is never copied.
 */
public final class MOSDOp extends AbstractReferenceCounted implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 8;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 3;

  /** Ceph's {@code CEPH_NOSNAP}, the snapid of an op on the head object. */
  public static final long NOSNAP = HObject.NOSNAP;

  private final SpgId pgid;
  private final long rawHash;
  private final long epoch;
  private final int flags;
  private final OsdReqId reqid;
  private final TraceInfo trace;
  private final long clientInc;
  private final UTime mtime;
  private final ObjectLocator locator;
  private final byte[] oid;
  private final List<OsdOp> ops;
  private final long snapId;
  private final long snapSeq;
  private final List<Long> snaps;
  private final int retryAttempt;
  private final long features;

  /**
   * A message of the given fields; takes over the ops' indata.
   *
   * @param pgid the PG the op goes to (after pg_num folding), with its shard
   * @param rawHash the object's full 32-bit placement hash
   * @param epoch the OSDMap epoch the client targeted with
   * @param flags {@link io.jrados.protocol.osd.OsdOpFlags} bits
   * @param reqid usually {@link OsdReqId#NONE}
   * @param trace usually {@link TraceInfo#NONE}
   * @param clientInc the client incarnation, usually 0
   * @param mtime the modification time writes record; {@link UTime#ZERO} for reads
   * @param locator pool, key and namespace
   * @param oid the object name's bytes (empty for a PG op); kept, not copied
   * @param ops at most 65535 ops
   * @param snapId {@link #NOSNAP}, or the snapshot to read
   * @param snapSeq the write snap context's sequence
   * @param snaps the write snap context's snapshots, newest first
   * @param retryAttempt 0 for the first attempt (librados sends 0), n for the n-th resend
   * @param features the client's features, as librados sends them
   */
  @SuppressWarnings("this-escape")
  public MOSDOp(
      SpgId pgid,
      long rawHash,
      long epoch,
      int flags,
      OsdReqId reqid,
      TraceInfo trace,
      long clientInc,
      UTime mtime,
      ObjectLocator locator,
      byte[] oid,
      List<OsdOp> ops,
      long snapId,
      long snapSeq,
      List<Long> snaps,
      int retryAttempt,
      long features) {
    this.pgid = Objects.requireNonNull(pgid, "pgid");
    this.rawHash = rawHash;
    this.epoch = epoch;
    this.flags = flags;
    this.reqid = Objects.requireNonNull(reqid, "reqid");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.clientInc = clientInc;
    this.mtime = Objects.requireNonNull(mtime, "mtime");
    this.locator = Objects.requireNonNull(locator, "locator");
    this.oid = Objects.requireNonNull(oid, "oid");
    this.ops = List.copyOf(ops);
    if (this.ops.size() > 0xFFFF) {
      throw new IllegalArgumentException("at most 65535 ops, not " + this.ops.size());
    }
    this.snapId = snapId;
    this.snapSeq = snapSeq;
    this.snaps = List.copyOf(snaps);
    this.retryAttempt = retryAttempt;
    this.features = features;
  }

  /**
   * A client request as librados sends it: no request id, no trace, client_inc 0, the head object
   * (snapid {@link #NOSNAP}), an empty snap context and retry attempt 0.
   */
  public static MOSDOp request(
      SpgId pgid,
      long rawHash,
      long epoch,
      int flags,
      UTime mtime,
      ObjectLocator locator,
      String oid,
      List<OsdOp> ops,
      long features) {
    return new MOSDOp(
        pgid,
        rawHash,
        epoch,
        flags,
        OsdReqId.NONE,
        TraceInfo.NONE,
        0,
        mtime,
        locator,
        oid.getBytes(StandardCharsets.UTF_8),
        ops,
        NOSNAP,
        0,
        List.of(),
        0,
        features);
  }

  @Override
  public int type() {
    return MessageType.OSD_OP;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /**
   * Reads a version 8 front and attaches each op's share of {@code data}, as retained slices the
   * result owns; the caller keeps its own reference to {@code data}.
   *
   * @throws ProtocolException if the header version is not 8, the front is malformed, or the ops'
   *     payload lengths do not add up to the data segment's length
   */
  public static MOSDOp decode(CephDecoder front, int headerVersion, ByteBuf data) {
    if (headerVersion != HEAD_VERSION) {
      // v7 and older come only from pre-Luminous clients, whose layout differs throughout.
      throw new ProtocolException("MOSDOp: header version " + headerVersion + ", only 8 is read");
    }
    SpgId pgid = SpgId.decode(front);
    long rawHash = front.u32();
    long epoch = front.u32();
    int flags = front.s32();
    OsdReqId reqid = OsdReqId.decode(front);
    TraceInfo trace = TraceInfo.decode(front);
    long clientInc = front.u32();
    UTime mtime = UTime.decode(front);
    ObjectLocator locator = ObjectLocator.decode(front);
    byte[] oid = front.stringBytes();
    int count = front.u16();
    List<OsdOp.Header> headers = OpData.headers(front, count, "MOSDOp");
    long snapId = front.u64();
    long snapSeq = front.u64();
    List<Long> snaps = front.list(8, CephDecoder::u64);
    int retryAttempt = front.s32();
    long features = front.u64();
    List<ByteBuf> slices = OpData.split(headers, data, "MOSDOp");
    List<OsdOp> ops = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      OsdOp.Header h = headers.get(i);
      ops.add(new OsdOp(h.opcode(), h.flags(), h.fields(), slices.get(i)));
    }
    return new MOSDOp(
        pgid,
        rawHash,
        epoch,
        flags,
        reqid,
        trace,
        clientInc,
        mtime,
        locator,
        oid,
        ops,
        snapId,
        snapSeq,
        snaps,
        retryAttempt,
        features);
  }

  @Override
  public void encode(CephEncoder encoder) {
    pgid.encode(encoder);
    encoder.u32(rawHash).u32(epoch).s32(flags);
    reqid.encode(encoder);
    trace.encode(encoder);
    encoder.u32(clientInc);
    mtime.encode(encoder);
    locator.encode(encoder);
    encoder.bufferlist(oid).u16(ops.size());
    for (OsdOp op : ops) {
      op.encode(encoder);
    }
    encoder.u64(snapId).u64(snapSeq).list(snaps, (s, e) -> e.u64(s));
    encoder.s32(retryAttempt).u64(features);
  }

  /**
   * The data segment: the ops' indata in order, as retained views (a composite of them when more
   * than one op has data; nothing is copied). The caller owns the result and must release it
   * (typically by writing it to the channel); this message keeps its own references.
   */
  public ByteBuf data() {
    List<ByteBuf> parts = new ArrayList<>(ops.size());
    for (OsdOp op : ops) {
      parts.add(op.indata());
    }
    return OpData.join(parts);
  }

  /** Length of the data segment. */
  public long dataLength() {
    long total = 0;
    for (OsdOp op : ops) {
      total += op.indata().readableBytes();
    }
    return total;
  }

  /** The PG the request is for, with its shard. */
  public SpgId pgid() {
    return pgid;
  }

  /** The object's full 32-bit placement hash. */
  public long rawHash() {
    return rawHash;
  }

  /** The OSDMap epoch the client targeted with. */
  public long epoch() {
    return epoch;
  }

  /** The {@link io.jrados.protocol.osd.OsdOpFlags} bits. */
  public int flags() {
    return flags;
  }

  /** The explicit request id; clients send {@link OsdReqId#NONE}. */
  public OsdReqId reqid() {
    return reqid;
  }

  /** The trace ids; zero without tracing. */
  public TraceInfo trace() {
    return trace;
  }

  /** The client incarnation. */
  public long clientInc() {
    return clientInc;
  }

  /** The modification time a write records. */
  public UTime mtime() {
    return mtime;
  }

  /** Pool, key and namespace of the object. */
  public ObjectLocator locator() {
    return locator;
  }

  /** The object name (bytes that are not UTF-8 shown as U+FFFD); empty for a PG op. */
  public String oid() {
    return new String(oid, StandardCharsets.UTF_8);
  }

  /** The object name's exact bytes (a copy). */
  public byte[] oidBytes() {
    return oid.clone();
  }

  /** The ops; their indata is owned by this message. */
  public List<OsdOp> ops() {
    return ops;
  }

  /** The snapshot read, {@link #NOSNAP} for the head. */
  public long snapId() {
    return snapId;
  }

  /** The write snap context's sequence. */
  public long snapSeq() {
    return snapSeq;
  }

  /** The write snap context's snapshots. */
  public List<Long> snaps() {
    return snaps;
  }

  /** 0 for a first attempt, n for the n-th resend. */
  public int retryAttempt() {
    return retryAttempt;
  }

  /** The sender's feature bits. */
  public long features() {
    return features;
  }

  @Override
  protected void deallocate() {
    for (OsdOp op : ops) {
      op.release();
    }
  }

  @Override
  public MOSDOp touch(Object hint) {
    return this;
  }

  @Override
  public MOSDOp retain() {
    super.retain();
    return this;
  }

  @Override
  public String toString() {
    return "MOSDOp["
        + pgid
        + " "
        + oid()
        + " "
        + ops
        + " e"
        + epoch
        + " flags 0x"
        + Integer.toHexString(flags)
        + "]";
  }
}
