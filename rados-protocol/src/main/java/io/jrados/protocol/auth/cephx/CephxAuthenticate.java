package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;

/**
 * The client's answer to the monitor's challenge: the payload of AUTH_REQUEST_MORE, {@code le16
 * GET_AUTH_SESSION_KEY} followed by {@code CephXAuthenticate}: {@code u8 3, u64 client_challenge,
 * u64 key, CephXTicketBlob old_ticket, u32 other_keys}.
 *
 * <p>{@code key} is the proof that the client holds its secret: see {@link #clientProof}. Version 3
 * promises the monitor that {@code old_ticket} is filled in on every reconnect, which it needs to
 * let a client reclaim its global id (CVE-2021-20288).
 *
 * @param clientChallenge the client's random challenge
 * @param proof the {@code key} field, from {@link #clientProof}
 * @param oldTicket the AUTH ticket held from an earlier session, or {@link CephxTicketBlob#NONE}
 * @param otherKeys the services to get tickets for in the same reply, as a mask of {@code
 *     EntityName.TYPE_*} bits (for example MON | OSD | MGR)
 */
public record CephxAuthenticate(
    long clientChallenge, long proof, CephxTicketBlob oldTicket, int otherKeys) {
  private static final int VERSION = 3;

  /** Checks that the old ticket is present (use {@link CephxTicketBlob#NONE} for none). */
  public CephxAuthenticate {
    Objects.requireNonNull(oldTicket, "oldTicket");
  }

  /** Builds the request, computing the proof from {@code secret} and both challenges. */
  public static CephxAuthenticate create(
      CryptoKey secret,
      CephxServerChallenge challenge,
      long clientChallenge,
      CephxTicketBlob oldTicket,
      int otherKeys) {
    long proof = clientProof(secret, challenge.serverChallenge(), clientChallenge);
    return new CephxAuthenticate(clientChallenge, proof, oldTicket, otherKeys);
  }

  /**
   * Ceph's {@code cephx_calc_client_server_challenge}: {@code encode_encrypt} the pair {@code (le64
   * server_challenge, le64 client_challenge)} with the secret, then XOR together every whole
   * little-endian 64-bit word of the result.
   *
   * <p>The result includes the 4-byte length prefix of {@code encode_encrypt}: 4 + 32 bytes of
   * ciphertext = 36, so the words are bytes 0..31 (the prefix and the first 28 ciphertext bytes)
   * and the last 4 bytes are left out. Ceph and the kernel ({@code ceph_x_build_request}) both do
   * this, so the monitor checks exactly this value.
   */
  public static long clientProof(CryptoKey secret, long serverChallenge, long clientChallenge) {
    byte[] ciphertext =
        CephxCrypto.encryptEncBl(secret, out -> out.u64(serverChallenge).u64(clientChallenge));
    byte[] framed = new byte[4 + ciphertext.length];
    writeLe32(framed, ciphertext.length);
    System.arraycopy(ciphertext, 0, framed, 4, ciphertext.length);
    long proof = 0;
    for (int pos = 0; pos + 8 <= framed.length; pos += 8) {
      proof ^= readLe64(framed, pos);
    }
    return proof;
  }

  /** Writes the AUTH_REQUEST_MORE auth payload: the request type, then the struct. */
  public void encode(CephEncoder out) {
    out.u16(CephxConstants.GET_AUTH_SESSION_KEY);
    out.u8(VERSION).u64(clientChallenge).u64(proof);
    oldTicket.encode(out);
    out.u32(Integer.toUnsignedLong(otherKeys));
  }

  private static void writeLe32(byte[] to, int value) {
    for (int i = 0; i < 4; i++) {
      to[i] = (byte) (value >>> (8 * i));
    }
  }

  private static long readLe64(byte[] from, int at) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (from[at + i] & 0xFF);
    }
    return value;
  }
}
