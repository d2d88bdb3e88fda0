package io.jrados.client.api;

/**
 * Which messenger protocol a monitor address speaks, as the {@code v1:}/{@code v2:} prefix says.
 */
public enum MonProtocol {
  /** The legacy msgr1 protocol; port 6789 by default. */
  V1("v1"),
  /** The msgr2 protocol; port 3300 by default. */
  V2("v2"),
  /**
   * Either protocol. Mon host parsing resolves a lone address's protocol from its port, so this is
   * left only where a {@code [...]} vector says {@code any:} explicitly.
   */
  ANY("any");

  private final String prefix;

  MonProtocol(String prefix) {
    this.prefix = prefix;
  }

  /** The text Ceph writes before the address: {@code v1}, {@code v2} or {@code any}. */
  public String prefix() {
    return prefix;
  }
}
