package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityName;
import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The monitor's answer to {@link CephxAuthenticate}: the cephx payload of AUTH_DONE.
 *
 * <pre>
 * le16 GET_AUTH_SESSION_KEY, s32 status,
 * ticket reply (AUTH ticket; session key encrypted with the client's secret),
 * bufferlist: encode_encrypt(AUTH session key, bufferlist connection_secret)   (may be empty),
 * bufferlist: ticket reply (the other_keys tickets, encrypted with the AUTH session key)
 * </pre>
 *
 * <p>The last two fields were added in Nautilus, the first release with msgr2, so every monitor
 * that can send AUTH_DONE sends them and they are required here. The connection secret is 64 bytes
 * in secure mode (an AES-GCM key and two nonces) and empty in crc mode.
 *
 * @param tickets the tickets held before, with the AUTH ticket and any service tickets replaced
 * @param connectionSecret the secret for msgr2's secure mode; empty in crc mode
 */
public record CephxSessionKeyReply(CephxTicketSet tickets, byte[] connectionSecret) {
  /** Copies the connection secret in. */
  public CephxSessionKeyReply {
    Objects.requireNonNull(tickets, "tickets");
    connectionSecret = connectionSecret.clone();
  }

  /**
   * Decodes and decrypts the AUTH_DONE auth payload (the contents of its bufferlist).
   *
   * @param secret the client's secret from its keyring
   * @param previous the tickets held so far: an AUTH ticket renewed with an old ticket comes back
   *     encrypted with the old session key
   * @param now the time of receipt, from which expiry times are computed
   * @throws CephxDecryptionException if the secret is not the one the monitor has
   * @throws CephxAuthenticationException if the monitor reports an error
   * @throws ProtocolException if the payload is malformed, or has no AUTH ticket
   */
  public static CephxSessionKeyReply decode(
      ByteBuf payload, CryptoKey secret, CephxTicketSet previous, Instant now) {
    CephDecoder in = new CephDecoder(payload);
    CephxResponseHeader.expect(in, CephxConstants.GET_AUTH_SESSION_KEY);
    List<CephxTicket> granted = CephxTicketReply.decode(in, secret, previous, now);
    CephxTicket auth =
        granted.stream()
            .filter(t -> t.serviceId() == EntityName.TYPE_AUTH)
            .findFirst()
            .orElseThrow(() -> new ProtocolException("cephx session key reply has no AUTH ticket"));
    CephxTicketSet tickets = previous.with(granted);
    byte[] connectionSecret = decodeConnectionSecret(in.bufferlistSlice(), auth.sessionKey());
    ByteBuf extra = in.bufferlistSlice();
    if (extra.isReadable()) {
      CephDecoder extraIn = new CephDecoder(extra);
      tickets = tickets.with(CephxTicketReply.decode(extraIn, auth.sessionKey(), tickets, now));
    }
    return new CephxSessionKeyReply(tickets, connectionSecret);
  }

  /** A copy of the connection secret. */
  @Override
  public byte[] connectionSecret() {
    return connectionSecret.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CephxSessionKeyReply r
        && tickets.equals(r.tickets)
        && Arrays.equals(connectionSecret, r.connectionSecret);
  }

  @Override
  public int hashCode() {
    return tickets.hashCode();
  }

  /** The tickets (redacted by their own types) and the connection secret's length only. */
  @Override
  public String toString() {
    return "CephxSessionKeyReply{tickets="
        + tickets
        + ", connectionSecret=<redacted "
        + connectionSecret.length
        + " bytes>}";
  }

  private static byte[] decodeConnectionSecret(ByteBuf wrapped, CryptoKey authSessionKey) {
    if (!wrapped.isReadable()) {
      return new byte[0];
    }
    CephDecoder in = new CephDecoder(wrapped);
    return CephxCrypto.decodeDecrypt(
        authSessionKey, in, "connection secret", CephDecoder::bufferlist);
  }
}
