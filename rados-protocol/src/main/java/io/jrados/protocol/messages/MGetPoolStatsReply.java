package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Mon to client ({@link MessageType#GETPOOLSTATS_REPLY}): the stats of the pools an {@link
 * MGetPoolStats} asked for (pools that do not exist are left out), with its tid.
 *
 * <p>Front, header version 2 (compat 1): {@link PaxosHeader}, {@code uuid fsid}, {@code map<string,
 * pool_stat_t>} ({@link PoolStat}), and from version 2 {@code bool per_pool}: whether the OSDs'
 * stores report per pool, which decides what librados reports as a pool's used bytes.
 *
 * @param paxos the Paxos service header
 * @param fsid the cluster's fsid
 * @param stats the pools' stats, by name
 * @param perPool whether the store counters are per pool (false before header version 2)
 */
public record MGetPoolStatsReply(
    PaxosHeader paxos, UUID fsid, Map<String, PoolStat> stats, boolean perPool)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 2;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** The fewest bytes one map entry takes: an empty name and the smallest v5 pool_stat_t. */
  private static final int MIN_ENTRY = 4 + 6 + 6 + 6 + 34 * 8 + 4 + 16;

  /** Checks the fields and copies the stats, sorted by name as Ceph encodes them. */
  public MGetPoolStatsReply {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    stats = Collections.unmodifiableSortedMap(new TreeMap<>(stats));
  }

  @Override
  public int type() {
    return MessageType.GETPOOLSTATS_REPLY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; {@code per_pool} is only present from header version 2. */
  public static MGetPoolStatsReply decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    Map<String, PoolStat> stats = decoder.map(MIN_ENTRY, CephDecoder::string, PoolStat::decode);
    boolean perPool = headerVersion >= 2 && decoder.bool();
    return new MGetPoolStatsReply(paxos, fsid, stats, perPool);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).map(stats, (k, e) -> e.string(k), (v, e) -> v.encode(e)).bool(perPool);
  }
}
