package io.jrados.client.internal.net;

import io.jrados.protocol.encoding.EntityAddr;
import java.time.Duration;
import java.util.Objects;

/**
 * Where to connect and on what terms.
 *
 * @param target the peer's msgr2 address, nonce included: the peer checks it is its own
 * @param authenticator the auth exchange for this peer
 * @param supportedFeatures Ceph feature bits we implement
 * @param requiredFeatures Ceph feature bits we insist on
 * @param handshakeTimeout the deadline for the whole handshake, TCP connect included
 * @param globalSeq this attempt's number among all our connection attempts
 */
public record ConnectionSpec(
    EntityAddr target,
    Authenticator authenticator,
    long supportedFeatures,
    long requiredFeatures,
    Duration handshakeTimeout,
    long globalSeq) {

  public ConnectionSpec {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(authenticator, "authenticator");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    if (target.socketAddress() == null) {
      throw new IllegalArgumentException("target address is blank: " + target);
    }
  }

  /** "v2:127.0.0.1:3300/0". */
  public String describeTarget() {
    return target.toString();
  }
}
