package io.jrados.client.internal.net;

import io.jrados.protocol.auth.CryptoKey;
import java.util.List;

/**
 * The authentication half of a msgr2 handshake, for one connection: what goes into AUTH_REQUEST,
 * how to answer AUTH_REPLY_MORE, and what AUTH_DONE yields. A mon connection uses cephx's ticket
 * exchange; an OSD or mgr connection presents an authorizer built from a service ticket.
 */
public interface Authenticator {

  /** The auth method (2 = cephx). */
  int method();

  /** Connection modes in our order of preference (1 = crc, 2 = secure). */
  List<Integer> preferredModes();

  /** The AUTH_REQUEST payload. */
  byte[] initialRequest();

  /** Answers an AUTH_REPLY_MORE payload with an AUTH_REQUEST_MORE payload. */
  byte[] handleMore(byte[] serverPayload);

  /**
   * Finishes on AUTH_DONE.
   *
   * @return the key that signs the pre-auth exchange, and the connection secret
   */
  Result done(long globalId, int connectionMode, byte[] serverPayload);

  /** What the entity is, for messages ("client.admin"). */
  String entity();

  /** What AUTH_DONE gave: the signing key and the secret secure mode is keyed with. */
  record Result(CryptoKey sessionKey, byte[] connectionSecret) {
    @Override
    public String toString() {
      return "Result[(secrets redacted)]";
    }
  }
}
