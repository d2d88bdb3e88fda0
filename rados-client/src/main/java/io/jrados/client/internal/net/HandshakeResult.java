package io.jrados.client.internal.net;

import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;

/**
 * What a finished msgr2 handshake established.
 *
 * @param globalId the id the cluster gave us (or confirmed)
 * @param connectionMode 1 = crc, 2 = secure
 * @param features the Ceph feature bits both sides have
 * @param ourAddress our address as the peer saw it
 * @param peerAddresses the peer's addresses, from its SERVER_IDENT
 */
public record HandshakeResult(
    long globalId,
    int connectionMode,
    long features,
    EntityAddr ourAddress,
    EntityAddrVec peerAddresses) {

  public boolean secure() {
    return connectionMode == io.jrados.protocol.auth.AuthConstants.CON_MODE_SECURE;
  }
}
