package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.osd.EVersion;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.OsdOpResult;
import io.jrados.protocol.osd.RequestRedirect;
import io.jrados.protocol.osd.TraceInfo;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.ByteBuf;
import io.netty.util.AbstractReferenceCounted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * OSD to client ({@link MessageType#OSD_OPREPLY}): the outcome of an {@link MOSDOp}, matched to it
 * by the header's tid.
 *
 * <p>Front, header version 8, compat 2 (what a Pacific OSD sends a client with
 * NEW_OSDOPREPLY_ENCODING but not QOS_DMC): object name, {@code pg_t}, {@code u64} flags, {@code
 * s32} result, {@code eversion_t} bad_replay_version, {@code u32} epoch, {@code u32} op count and
 * the 38-byte ops, {@code s32 retry_attempt}, one {@code s32} rval per op, {@code eversion_t}
 * replay_version, {@code u64} user_version, {@code bool} do_redirect [+ {@code
 * request_redirect_t}], the 24-byte trace. Version 9 adds a {@code u8} QoS phase before the trace,
 * version 10 a {@code u32} temperature after it; both are read and dropped. The data segment holds
 * every op's outdata, concatenated.
 *
 * <p>Reference-counted: the reply owns its ops' outdata slices and releases them when its count
 * drops to zero.
 */
public final class MOSDOpReply extends AbstractReferenceCounted implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 8;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 2;

  /** Oldest version read: 7 is the first with do_redirect as a bool. */
  private static final int OLDEST_VERSION = 7;

  /** The name's exact bytes: decoded to text only if asked for, which no op's answer needs. */
  private final byte[] oid;

  private final PgId pgid;
  private final long flags;
  private final int result;
  private final EVersion badReplayVersion;
  private final long epoch;
  private final List<OsdOpResult> ops;
  private final int retryAttempt;
  private final EVersion replayVersion;
  private final long userVersion;
  private final Optional<RequestRedirect> redirect;
  private final TraceInfo trace;

  /**
   * A reply of the given fields; takes over the ops' outdata.
   *
   * @param oid the object name's exact bytes (Ceph's names need not be UTF-8), kept as given
   */
  public MOSDOpReply(
      byte[] oid,
      PgId pgid,
      long flags,
      int result,
      EVersion badReplayVersion,
      long epoch,
      List<OsdOpResult> ops,
      int retryAttempt,
      EVersion replayVersion,
      long userVersion,
      Optional<RequestRedirect> redirect,
      TraceInfo trace) {
    this.oid = Objects.requireNonNull(oid, "oid");
    this.pgid = Objects.requireNonNull(pgid, "pgid");
    this.flags = flags;
    this.result = result;
    this.badReplayVersion = Objects.requireNonNull(badReplayVersion, "badReplayVersion");
    this.epoch = epoch;
    this.ops = List.copyOf(ops);
    this.retryAttempt = retryAttempt;
    this.replayVersion = Objects.requireNonNull(replayVersion, "replayVersion");
    this.userVersion = userVersion;
    this.redirect = Objects.requireNonNull(redirect, "redirect");
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  @Override
  public int type() {
    return MessageType.OSD_OPREPLY;
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
   * Reads the front and cuts {@code data} into each op's outdata, as retained slices the result
   * owns; the caller keeps its own reference to {@code data}.
   *
   * @throws ProtocolException if the version is older than 7, the front is malformed, or the ops'
   *     payload lengths do not add up to the data segment's length
   */
  public static MOSDOpReply decode(CephDecoder front, int headerVersion, ByteBuf data) {
    HeaderVersions.requireAtLeast("MOSDOpReply", headerVersion, OLDEST_VERSION);
    byte[] oid = front.stringBytes();
    PgId pgid = PgId.decode(front);
    long flags = front.u64();
    int result = front.s32();
    EVersion badReplayVersion = EVersion.decode(front);
    long epoch = front.u32();
    long count = front.u32();
    List<OsdOp.Header> headers = OpData.headers(front, count, "MOSDOpReply");
    int retryAttempt = front.s32();
    int[] rvals = new int[headers.size()];
    for (int i = 0; i < rvals.length; i++) {
      rvals[i] = front.s32();
    }
    EVersion replayVersion = EVersion.decode(front);
    long userVersion = front.u64();
    Optional<RequestRedirect> redirect =
        front.bool() ? Optional.of(RequestRedirect.decode(front)) : Optional.empty();
    if (headerVersion >= 9) {
      front.u8(); // QoS phase (dmclock), meaningless to a client
    }
    TraceInfo trace = TraceInfo.decode(front);
    if (headerVersion >= 10) {
      front.u32(); // temperature, a cache-tier hint
    }
    List<ByteBuf> slices = OpData.split(headers, data, "MOSDOpReply");
    List<OsdOpResult> ops = new ArrayList<>(headers.size());
    for (int i = 0; i < rvals.length; i++) {
      ops.add(new OsdOpResult(headers.get(i), rvals[i], slices.get(i)));
    }
    return new MOSDOpReply(
        oid,
        pgid,
        flags,
        result,
        badReplayVersion,
        epoch,
        ops,
        retryAttempt,
        replayVersion,
        userVersion,
        redirect,
        trace);
  }

  /** Writes the version 8 front; each op's payload length is written as its outdata's length. */
  @Override
  public void encode(CephEncoder encoder) {
    encoder.u32(oid.length).bytes(oid);
    pgid.encode(encoder);
    encoder.u64(flags).s32(result);
    badReplayVersion.encode(encoder);
    encoder.u32(epoch).u32(ops.size());
    for (OsdOpResult op : ops) {
      OsdOp.Header h = op.header();
      new OsdOp.Header(h.opcode(), h.flags(), h.fields(), op.outdata().readableBytes())
          .encode(encoder);
    }
    encoder.s32(retryAttempt);
    for (OsdOpResult op : ops) {
      encoder.s32(op.rval());
    }
    replayVersion.encode(encoder);
    encoder.u64(userVersion).bool(redirect.isPresent());
    redirect.ifPresent(r -> r.encode(encoder));
    trace.encode(encoder);
  }

  /**
   * The data segment: the ops' outdata in order, as a composite of retained duplicates that the
   * caller must release.
   */
  public ByteBuf data() {
    return OpData.join(ops.stream().map(OsdOpResult::outdata).toList());
  }

  /** The object name, as UTF-8 with U+FFFD for bytes that are not. */
  public String oid() {
    return new String(oid, StandardCharsets.UTF_8);
  }

  /** The PG that executed the op (not the spg_t: no shard). */
  public PgId pgid() {
    return pgid;
  }

  /** The request's {@link io.jrados.protocol.osd.OsdOpFlags}, with ONDISK/ACK as the reply kind. */
  public long flags() {
    return flags;
  }

  /** The overall result: 0 (or more with RETURNVEC) on success, a negative errno on failure. */
  public int result() {
    return result;
  }

  /** The version older clients read, equal to {@link #userVersion()} for plain writes. */
  public EVersion badReplayVersion() {
    return badReplayVersion;
  }

  /** The OSD's OSDMap epoch when it replied. */
  public long epoch() {
    return epoch;
  }

  /** Per-op results, in request order; their outdata is owned by this reply. */
  public List<OsdOpResult> ops() {
    return ops;
  }

  /** The request's retry attempt, echoed. */
  public int retryAttempt() {
    return retryAttempt;
  }

  /** The PG log version of a write, zero for reads. */
  public EVersion replayVersion() {
    return replayVersion;
  }

  /** The object's user-visible version after the op ({@code rados_get_last_version}). */
  public long userVersion() {
    return userVersion;
  }

  /** Where to resend the op, if the OSD redirects it. */
  public Optional<RequestRedirect> redirect() {
    return redirect;
  }

  /** The trace ids, echoed. */
  public TraceInfo trace() {
    return trace;
  }

  @Override
  protected void deallocate() {
    for (OsdOpResult op : ops) {
      op.outdata().release();
    }
  }

  @Override
  public MOSDOpReply touch(Object hint) {
    return this;
  }

  @Override
  public MOSDOpReply retain() {
    super.retain();
    return this;
  }

  @Override
  public String toString() {
    return "MOSDOpReply["
        + oid()
        + " "
        + pgid
        + " = "
        + result
        + " "
        + ops.size()
        + " ops, e"
        + epoch
        + "]";
  }
}
