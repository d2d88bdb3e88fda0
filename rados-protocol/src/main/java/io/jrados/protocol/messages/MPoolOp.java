package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;
import java.util.UUID;

/**
 * Client to mon ({@link MessageType#POOLOP}): a change to a pool's snapshots, one of {@link
 * PoolOpCode}. Answered by {@link MPoolOpReply} with the same tid (in the message header).
 *
 * <p>Front, header version 4 (compat 2): {@link PaxosHeader}, {@code uuid fsid}, {@code u32 pool},
 * {@code u32 op}, {@code u64 auid} (retired, 0), {@code u64 snapid}, {@code string name}, {@code
 * u8} padding (0), {@code s16 crush_rule}. The pool id is 32 bits wide in every version.
 *
 * <p>The Paxos header's version is the osdmap version the client last heard from a pool op reply
 * (librados starts at 0); the mon holds the request until it has committed that version, so 0 is
 * always safe.
 *
 * @param paxos the Paxos service header
 * @param fsid the cluster's fsid
 * @param pool the pool's id
 * @param op one of {@link PoolOpCode}
 * @param snapId the self-managed snapshot to remove; 0 otherwise
 * @param name the pool snapshot's name; empty otherwise
 * @param crushRule a new pool's rule (retired pool creation); 0 for snapshot ops
 */
public record MPoolOp(
    PaxosHeader paxos, UUID fsid, long pool, int op, long snapId, String name, short crushRule)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 4;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 2;

  /** Checks the fields. */
  public MPoolOp {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    Objects.requireNonNull(name, "name");
    if (pool < 0 || pool > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a pool op names its pool in 32 bits, not " + pool);
    }
  }

  /** A pool op from a client: version 0, no name, rule 0. */
  public static MPoolOp client(UUID fsid, long pool, int op, long snapId) {
    return new MPoolOp(PaxosHeader.CLIENT, fsid, pool, op, snapId, "", (short) 0);
  }

  @Override
  public int type() {
    return MessageType.POOLOP;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads a version 4 front, the only one a current client or mon sends. */
  public static MPoolOp decode(CephDecoder decoder, int headerVersion) {
    HeaderVersions.requireAtLeast("MPoolOp", headerVersion, HEAD_VERSION);
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    long pool = decoder.u32();
    int op = decoder.s32();
    decoder.u64(); // auid: retired
    long snapId = decoder.u64();
    String name = decoder.string();
    decoder.u8(); // padding
    short crushRule = (short) decoder.u16();
    return new MPoolOp(paxos, fsid, pool, op, snapId, name, crushRule);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).u32(pool).s32(op).u64(0).u64(snapId).string(name).u8(0);
    encoder.u16(crushRule & 0xFFFF);
  }
}
