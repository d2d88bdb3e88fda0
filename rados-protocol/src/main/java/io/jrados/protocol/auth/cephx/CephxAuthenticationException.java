package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;

/**
 * A cephx exchange decoded correctly but did not authenticate: the server reported an error in its
 * reply header, or a service failed to prove that it holds the ticket's session key.
 */
public final class CephxAuthenticationException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message says which check failed. */
  public CephxAuthenticationException(String message) {
    super(message);
  }
}
