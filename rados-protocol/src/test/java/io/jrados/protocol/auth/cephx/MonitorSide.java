package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import java.util.List;

/**
 * Encodes what a monitor sends, following {@code cephx_build_service_ticket_reply}, so that tests
 * can cover paths a capture from a fresh client cannot reach (encrypted tickets, renewals).
 */
final class MonitorSide {
  private MonitorSide() {}

  /** One ticket to grant; {@code ticketKey} non-null encrypts the ticket with it. */
  record Grant(
      int serviceId,
      CryptoKey sessionKey,
      UTime validity,
      CephxTicketBlob ticket,
      CryptoKey ticketKey) {}

  static void ticketReply(CephEncoder out, CryptoKey principalKey, List<Grant> grants) {
    out.u8(1).u32(grants.size());
    for (Grant grant : grants) {
      out.u32(grant.serviceId()).u8(1);
      CephxCrypto.encodeEncrypt(
          principalKey,
          body -> {
            body.u8(1);
            grant.sessionKey().encode(body);
            grant.validity().encode(body);
          },
          out);
      byte[] blob = Bytes.encode(grant.ticket()::encode);
      out.bool(grant.ticketKey() != null);
      if (grant.ticketKey() != null) {
        CephxCrypto.encodeEncrypt(grant.ticketKey(), body -> body.bufferlist(blob), out);
      } else {
        out.bufferlist(blob);
      }
    }
  }

  static CryptoKey key(int seed) {
    byte[] secret = new byte[16];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) (seed * 31 + i);
    }
    return CryptoKey.aes(secret, new UTime(1_700_000_000L + seed, 0));
  }
}
