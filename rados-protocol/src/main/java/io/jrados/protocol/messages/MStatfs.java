package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Client to mon ({@link MessageType#STATFS}): asks for the cluster's capacity and use, as librados'
 * {@code cluster_stat} (and so the totals of {@code rados df}) does. Answered by {@link
 * MStatfsReply} with the same tid.
 *
 * <p>Front, header version 2 (compat 1): {@link PaxosHeader}, {@code uuid fsid}, and from version 2
 * {@code optional<s64> data_pool} ({@code u8} present, then the id): CephFS's data pool, empty for
 * the whole cluster.
 *
 * @param paxos the Paxos service header; {@link PaxosHeader#CLIENT} from a client
 * @param fsid the cluster's fsid
 * @param dataPool the pool to report on, or empty for the cluster
 */
public record MStatfs(PaxosHeader paxos, UUID fsid, OptionalLong dataPool) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 2;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** Checks the fields. */
  public MStatfs {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    Objects.requireNonNull(dataPool, "dataPool");
  }

  @Override
  public int type() {
    return MessageType.STATFS;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; version 1 has no data pool. */
  public static MStatfs decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    OptionalLong pool = OptionalLong.empty();
    if (headerVersion >= 2 && decoder.bool()) {
      pool = OptionalLong.of(decoder.s64());
    }
    return new MStatfs(paxos, fsid, pool);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).bool(dataPool.isPresent());
    if (dataPool.isPresent()) {
      encoder.s64(dataPool.getAsLong());
    }
  }
}
