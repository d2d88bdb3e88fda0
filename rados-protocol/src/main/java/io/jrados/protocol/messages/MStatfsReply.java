package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;
import java.util.UUID;

/**
 * Mon to client ({@link MessageType#STATFS_REPLY}): the cluster's capacity and use, answering an
 * {@link MStatfs} with the same tid.
 *
 * <p>Front, header version 1: the fixed {@code ceph_mon_statfs_reply} struct, with no Paxos header:
 * {@code uuid fsid, u64 version, u64 kb, u64 kb_used, u64 kb_avail, u64 num_objects}.
 *
 * @param fsid the cluster's fsid
 * @param version the map version the numbers come from
 * @param kb total capacity in KiB
 * @param kbUsed KiB used
 * @param kbAvail KiB available
 * @param numObjects objects stored (once, not per replica)
 */
public record MStatfsReply(
    UUID fsid, long version, long kb, long kbUsed, long kbAvail, long numObjects)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fsid. */
  public MStatfsReply {
    Objects.requireNonNull(fsid, "fsid");
  }

  @Override
  public int type() {
    return MessageType.STATFS_REPLY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; every header version has the same layout. */
  public static MStatfsReply decode(CephDecoder decoder, int headerVersion) {
    UUID fsid = decoder.uuid();
    return new MStatfsReply(
        fsid, decoder.u64(), decoder.u64(), decoder.u64(), decoder.u64(), decoder.u64());
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.uuid(fsid).u64(version).u64(kb).u64(kbUsed).u64(kbAvail).u64(numObjects);
  }
}
