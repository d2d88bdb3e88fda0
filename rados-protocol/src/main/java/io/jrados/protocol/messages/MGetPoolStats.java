package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Client to mon ({@link MessageType#GETPOOLSTATS}): asks for the summed stats of some pools, as
 * librados' {@code get_pool_stats} (and so {@code rados df}) does. Answered by {@link
 * MGetPoolStatsReply} with the same tid.
 *
 * <p>Front, header version 1: {@link PaxosHeader}, {@code uuid fsid}, {@code list<string> pools}.
 *
 * @param paxos the Paxos service header; {@link PaxosHeader#CLIENT} from a client
 * @param fsid the cluster's fsid
 * @param pools the pools' names
 */
public record MGetPoolStats(PaxosHeader paxos, UUID fsid, List<String> pools)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields and copies the pool list. */
  public MGetPoolStats {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    pools = List.copyOf(pools);
  }

  @Override
  public int type() {
    return MessageType.GETPOOLSTATS;
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
  public static MGetPoolStats decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    List<String> pools = decoder.list(4, CephDecoder::string);
    return new MGetPoolStats(paxos, fsid, pools);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).list(pools, (p, e) -> e.string(p));
  }
}
