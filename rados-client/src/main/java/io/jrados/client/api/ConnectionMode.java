package io.jrados.client.api;

/**
 * A msgr2 connection mode, in the order of preference the {@code ms_client_mode} and {@code
 * ms_mon_client_mode} options list them.
 */
public enum ConnectionMode {
  /** Frames carry a CRC32C; nothing is encrypted. */
  CRC("crc"),
  /** Frames are encrypted and authenticated with AES-GCM. */
  SECURE("secure");

  private final String optionValue;

  ConnectionMode(String optionValue) {
    this.optionValue = optionValue;
  }

  /** How the mode is spelled in Ceph options: {@code crc} or {@code secure}. */
  public String optionValue() {
    return optionValue;
  }
}
