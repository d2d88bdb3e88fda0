package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddrVec;
import java.util.Objects;

/**
 * SERVER_IDENT ({@code ServerIdentFrame}): {@code entity_addrvec_t addrs, s64 gid, u64 global_seq,
 * u64 supported_features, u64 required_features, u64 flags, u64 cookie}. The server's answer to
 * CLIENT_IDENT: the session is open.
 *
 * @param addresses the server's addresses
 * @param globalId the server's id (for a mon, its rank; for an OSD, its id)
 * @param globalSeq the server's connection counter
 * @param supportedFeatures {@code CEPH_FEATURE_*} bits the server implements; the session uses
 *     those both sides have
 * @param requiredFeatures {@code CEPH_FEATURE_*} bits the server requires
 * @param flags e.g. {@link ClientIdentFrame#FLAG_LOSSY}
 * @param cookie the server's session cookie, presented again in SESSION_RECONNECT
 */
public record ServerIdentFrame(
    EntityAddrVec addresses,
    long globalId,
    long globalSeq,
    long supportedFeatures,
    long requiredFeatures,
    long flags,
    long cookie)
    implements ControlFrame {
  /** Checks the addresses are present. */
  public ServerIdentFrame {
    Objects.requireNonNull(addresses, "addresses");
  }

  @Override
  public Tag tag() {
    return Tag.SERVER_IDENT;
  }

  @Override
  public void encode(CephEncoder encoder) {
    addresses.encode(encoder);
    encoder
        .s64(globalId)
        .u64(globalSeq)
        .u64(supportedFeatures)
        .u64(requiredFeatures)
        .u64(flags)
        .u64(cookie);
  }

  static ServerIdentFrame decode(CephDecoder decoder) {
    EntityAddrVec addresses = EntityAddrVec.decode(decoder);
    return new ServerIdentFrame(
        addresses,
        decoder.s64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64(),
        decoder.u64());
  }
}
