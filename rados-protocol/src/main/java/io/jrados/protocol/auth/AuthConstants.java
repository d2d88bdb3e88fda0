package io.jrados.protocol.auth;

import java.util.List;

/**
 * Numbers exchanged while a msgr2 connection authenticates: the auth methods, the connection modes
 * they can protect a connection with, and the auth modes that say what an auth payload is for.
 *
 * <p>Values from Ceph's {@code include/ceph_fs.h} ({@code CEPH_AUTH_*}, {@code CEPH_CON_MODE_*})
 * and {@code auth/Auth.h} ({@code AUTH_MODE_*}).
 */
public final class AuthConstants {
  /** No authentication; the peer trusts the name it is given. */
  public static final int METHOD_NONE = 0x1;

  /** Ceph's shared-secret protocol, the only method jrados authenticates with. */
  public static final int METHOD_CEPHX = 0x2;

  /** Frames are protected by CRC32C only: integrity against accidents, not against attackers. */
  public static final int CON_MODE_CRC = 0x1;

  /** Frames are encrypted and authenticated with AES-128-GCM keyed by the connection secret. */
  public static final int CON_MODE_SECURE = 0x2;

  /**
   * The first byte of an auth payload sent to a monitor: the payload asks the monitor for a
   * session. Ceph reserves 10 to 19 for this purpose and uses 10.
   */
  public static final int AUTH_MODE_MON = 10;

  /**
   * The auth payload is an authorizer presented to a service (OSD, MGR, MDS). A cephx authorizer
   * starts with its own version byte instead, which Ceph keeps within 1 to 9 so the two can be told
   * apart.
   */
  public static final int AUTH_MODE_AUTHORIZER = 1;

  private AuthConstants() {}

  /**
   * The connection modes to offer in an AUTH_REQUEST, most preferred first. The server picks the
   * first one in this list that it allows, so the order is the client's policy.
   *
   * @param secureFirst prefer encryption when the server allows both
   */
  public static List<Integer> preferredModes(boolean secureFirst) {
    return secureFirst
        ? List.of(CON_MODE_SECURE, CON_MODE_CRC)
        : List.of(CON_MODE_CRC, CON_MODE_SECURE);
  }

  /** Ceph's name for a connection mode ({@code crc}, {@code secure}), or the number. */
  public static String conModeName(int mode) {
    switch (mode) {
      case CON_MODE_CRC:
        return "crc";
      case CON_MODE_SECURE:
        return "secure";
      default:
        return "unknown(" + mode + ")";
    }
  }
}
