package io.jrados.protocol.messages;

/**
 * Flags of the msgr2 CLIENT_IDENT and SERVER_IDENT frames ({@code CEPH_MSG_CONNECT_*} in Ceph's
 * {@code src/include/msgr.h}).
 */
public final class ConnectFlags {
  private ConnectFlags() {}

  /**
   * The connection is lossy: on a fault neither side replays unacknowledged messages and the
   * session is not resumed. Clients are lossy towards mons and OSDs; they resend requests
   * themselves after reconnecting.
   */
  public static final long LOSSY = 1;
}
