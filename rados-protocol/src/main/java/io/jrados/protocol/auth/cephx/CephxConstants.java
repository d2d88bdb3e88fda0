package io.jrados.protocol.auth.cephx;

/**
 * Request types and markers of the cephx protocol ({@code auth/cephx/CephxProtocol.h}; the kernel's
 * {@code net/ceph/auth_x_protocol.h}).
 */
public final class CephxConstants {
  /** Request type: prove the client secret and get the AUTH session key and ticket. */
  public static final int GET_AUTH_SESSION_KEY = 0x0100;

  /** Request type: get service tickets (OSD, MGR, ...) using the AUTH ticket. */
  public static final int GET_PRINCIPAL_SESSION_KEY = 0x0200;

  /** Request type: daemons only, fetch rotating service secrets. */
  public static final int GET_ROTATING_KEY = 0x0400;

  /**
   * The 64-bit value that follows the version byte at the start of every encrypted cephx blob.
   * After decryption it is the only check that the right key was used, since CBC has no MAC.
   */
  public static final long AUTH_ENC_MAGIC = 0xff009cad8826aa55L;

  private CephxConstants() {}

  /** Ceph's name for a request type, for messages. */
  static String requestTypeName(int type) {
    switch (type) {
      case GET_AUTH_SESSION_KEY:
        return "GET_AUTH_SESSION_KEY";
      case GET_PRINCIPAL_SESSION_KEY:
        return "GET_PRINCIPAL_SESSION_KEY";
      case GET_ROTATING_KEY:
        return "GET_ROTATING_KEY";
      default:
        return String.format("0x%04x", type);
    }
  }
}
