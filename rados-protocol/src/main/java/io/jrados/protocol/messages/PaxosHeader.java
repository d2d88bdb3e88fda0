package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * The fields every message handled by a mon's Paxos services starts with ({@code
 * PaxosServiceMessage::paxos_encode}): {@code u64 version, s16 session_mon, u64 session_mon_tid}.
 *
 * <p>Clients send {@link #CLIENT}: the two session fields are no longer used by Ceph (they are
 * called {@code deprecated_session_mon*} there) and the version is only meaningful between mons.
 *
 * @param version the map version the sender has seen, 0 from a client
 * @param sessionMon deprecated, -1
 * @param sessionMonTid deprecated, 0
 */
public record PaxosHeader(long version, short sessionMon, long sessionMonTid) {
  /** What a client sends: version 0, session mon -1, session tid 0. */
  public static final PaxosHeader CLIENT = new PaxosHeader(0, (short) -1, 0);

  /** Reads the three fields. */
  public static PaxosHeader decode(CephDecoder decoder) {
    long version = decoder.u64();
    short sessionMon = (short) decoder.u16();
    long tid = decoder.u64();
    return new PaxosHeader(version, sessionMon, tid);
  }

  /** Writes the three fields. */
  public void encode(CephEncoder encoder) {
    encoder.u64(version).u16(sessionMon & 0xFFFF).u64(sessionMonTid);
  }
}
