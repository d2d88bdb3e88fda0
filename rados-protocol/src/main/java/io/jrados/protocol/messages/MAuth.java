package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Client to mon ({@link MessageType#AUTH}): an authentication request on an already open session,
 * used over msgr2 to renew tickets or fetch service tickets (the first authentication happens in
 * the msgr2 AUTH frames instead).
 *
 * <p>Front, header version 1, compat 0: {@link PaxosHeader}, {@code u32 protocol}, {@code
 * bufferlist auth_payload}, {@code u32 monmap_epoch}. Ceph reads {@code monmap_epoch} only if bytes
 * remain, so it is optional on input. No data segment.
 *
 * @param paxos the Paxos service header; {@link PaxosHeader#CLIENT} from a client
 * @param protocol the auth protocol, e.g. 2 for cephx
 * @param payload the protocol's request (for cephx, an op code and its body)
 * @param monmapEpoch the client's MonMap epoch, 0 if unknown
 */
public record MAuth(PaxosHeader paxos, long protocol, byte[] payload, long monmapEpoch)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields and copies the payload. */
  public MAuth {
    Objects.requireNonNull(paxos, "paxos");
    payload = payload.clone();
  }

  /** A copy of the protocol's request. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public int type() {
    return MessageType.AUTH;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; a missing {@code monmap_epoch} reads as 0, as in Ceph. */
  public static MAuth decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    long protocol = decoder.u32();
    byte[] payload = decoder.bufferlist();
    long monmapEpoch = decoder.hasRemaining() ? decoder.u32() : 0;
    return new MAuth(paxos, protocol, payload, monmapEpoch);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.u32(protocol).bufferlist(payload).u32(monmapEpoch);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MAuth other
        && paxos.equals(other.paxos)
        && protocol == other.protocol
        && Arrays.equals(payload, other.payload)
        && monmapEpoch == other.monmapEpoch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(paxos, protocol, Arrays.hashCode(payload), monmapEpoch);
  }

  @Override
  public String toString() {
    return "MAuth[protocol="
        + protocol
        + ", payload="
        + payload.length
        + " bytes, monmapEpoch="
        + monmapEpoch
        + "]";
  }
}
