package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;
import java.util.Objects;

/**
 * CLIENT_IDENT ({@code ClientIdentFrame}): {@code entity_addrvec_t my_addrs, entity_addr_t
 * target_addr, s64 gid, u64 global_seq, u64 supported_features, u64 required_features, u64 flags,
 * u64 cookie}. Opens a new session once authentication is done.
 *
 * @param myAddresses the client's addresses (the kernel sends one, of type ANY)
 * @param targetAddress the server address connected to; Ceph checks it is one of its own, nonce
 *     included
 * @param globalId the client's global id
 * @param globalSeq the client's connection attempt counter
 * @param supportedFeatures {@code CEPH_FEATURE_*} bits the client implements
 * @param requiredFeatures {@code CEPH_FEATURE_*} bits the client requires of the server
 * @param flags e.g. {@link #FLAG_LOSSY}
 * @param cookie identifies the client's session for reconnects
 */
public record ClientIdentFrame(
    EntityAddrVec myAddresses,
    EntityAddr targetAddress,
    long globalId,
    long globalSeq,
    long supportedFeatures,
    long requiredFeatures,
    long flags,
    long cookie)
    implements ControlFrame {
  /** {@code CEPH_MSG_CONNECT_LOSSY}: the session may drop messages on a fault, as a client's do. */
  public static final long FLAG_LOSSY = 1;

  /** Checks the addresses are present. */
  public ClientIdentFrame {
    Objects.requireNonNull(myAddresses, "myAddresses");
    Objects.requireNonNull(targetAddress, "targetAddress");
  }

  @Override
  public Tag tag() {
    return Tag.CLIENT_IDENT;
  }

  @Override
  public void encode(CephEncoder encoder) {
    myAddresses.encode(encoder);
    targetAddress.encode(encoder);
    encoder
        .s64(globalId)
        .u64(globalSeq)
        .u64(supportedFeatures)
        .u64(requiredFeatures)
        .u64(flags)
        .u64(cookie);
  }

  static ClientIdentFrame decode(CephDecoder decoder) {
    EntityAddrVec mine = EntityAddrVec.decode(decoder);
    EntityAddr target = EntityAddr.decode(decoder);
    return new ClientIdentFrame(
        mine,
        target,
        decoder.s64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64());
  }
}
