package io.jrados.protocol.auth.cephx;

import static io.jrados.protocol.auth.cephx.Bytes.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.encoding.UTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replies a fresh client never sees from a monitor: AUTH ticket renewal with an encrypted ticket,
 * service ticket renewal, error statuses. Encoded here as {@link MonitorSide} says a monitor does.
 */
class CephxTicketRenewalTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final CryptoKey SECRET = MonitorSide.key(1);
  private static final CryptoKey AUTH_KEY_1 = MonitorSide.key(2);
  private static final CryptoKey AUTH_KEY_2 = MonitorSide.key(3);
  private static final CryptoKey OSD_KEY = MonitorSide.key(4);
  private static final UTime HOUR = new UTime(3600, 0);
  private static final CephxTicketBlob TICKET_1 = new CephxTicketBlob(7, new byte[] {1, 2, 3});
  private static final CephxTicketBlob TICKET_2 = new CephxTicketBlob(8, new byte[] {4, 5});
  private static final CephxTicketBlob OSD_TICKET = new CephxTicketBlob(9, new byte[] {6});

  @Test
  void renewingTheAuthTicketDecryptsTheTicketWithTheOldSessionKey() {
    CephxTicketSet first = sessionKeyReply(SECRET, CephxTicketSet.empty(), firstReply()).tickets();
    byte[] renewal =
        Bytes.encode(
            out -> {
              out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(0);
              MonitorSide.ticketReply(
                  out,
                  SECRET,
                  List.of(
                      new MonitorSide.Grant(
                          EntityName.TYPE_AUTH, AUTH_KEY_2, HOUR, TICKET_2, AUTH_KEY_1)));
              out.bufferlist(new byte[0]).bufferlist(new byte[0]);
            });

    CephxTicketSet renewed =
        read(renewal, buf -> CephxSessionKeyReply.decode(buf, SECRET, first, T0.plusSeconds(60)))
            .tickets();

    CephxTicket auth = renewed.authTicket().orElseThrow();
    assertThat(auth.sessionKey()).isEqualTo(AUTH_KEY_2);
    assertThat(auth.ticket()).isEqualTo(TICKET_2);
    assertThat(auth.renewAfter()).isEqualTo(T0.plusSeconds(60 + 2700));
    assertThat(renewed.get(EntityName.TYPE_OSD)).isEqualTo(first.get(EntityName.TYPE_OSD));
  }

  @Test
  void anEncryptedTicketWithoutAPreviousKeyIsRejected() {
    byte[] reply =
        Bytes.encode(
            out -> {
              out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(0);
              MonitorSide.ticketReply(
                  out,
                  SECRET,
                  List.of(
                      new MonitorSide.Grant(
                          EntityName.TYPE_AUTH, AUTH_KEY_2, HOUR, TICKET_2, AUTH_KEY_1)));
              out.bufferlist(new byte[0]).bufferlist(new byte[0]);
            });

    assertThatThrownBy(() -> sessionKeyReply(SECRET, CephxTicketSet.empty(), reply))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("previous session key");
  }

  @Test
  void serviceTicketsAreRequestedWithTheAuthAuthorizerAndRenewed() {
    CephxTicketSet first = sessionKeyReply(SECRET, CephxTicketSet.empty(), firstReply()).tickets();
    CephxTicket auth = first.authTicket().orElseThrow();
    CephxAuthorizer authorizer = CephxAuthorizer.create(4242, auth, 77);

    byte[] request =
        Bytes.encode(out -> CephxServiceTicketRequest.encode(authorizer, EntityName.TYPE_OSD, out));

    read(
        request,
        buf -> {
          CephDecoder d = new CephDecoder(buf);
          assertThat(d.u16()).isEqualTo(CephxConstants.GET_PRINCIPAL_SESSION_KEY);
          assertThat(d.u8()).isEqualTo(1);
          assertThat(d.u64()).isEqualTo(4242);
          assertThat(d.s32()).isEqualTo(EntityName.TYPE_AUTH);
          assertThat(CephxTicketBlob.decode(d)).isEqualTo(TICKET_1);
          long nonce = CephxCrypto.decodeDecrypt(AUTH_KEY_1, d, "authorize", a -> a.u8() + a.u64());
          assertThat(nonce).isEqualTo(2 + 77);
          assertThat(d.u8()).isEqualTo(1);
          assertThat(d.u32()).isEqualTo(EntityName.TYPE_OSD);
          assertThat(d.hasRemaining()).isFalse();
          return null;
        });

    CryptoKey newOsdKey = MonitorSide.key(5);
    byte[] reply =
        Bytes.encode(
            out -> {
              out.u16(CephxConstants.GET_PRINCIPAL_SESSION_KEY).s32(0);
              MonitorSide.ticketReply(
                  out,
                  AUTH_KEY_1,
                  List.of(
                      new MonitorSide.Grant(
                          EntityName.TYPE_OSD, newOsdKey, HOUR, OSD_TICKET, null)));
            });
    Instant later = T0.plus(Duration.ofMinutes(50));
    CephxTicketSet renewed =
        read(reply, buf -> CephxServiceTicketRequest.decodeReply(buf, first, later));

    assertThat(renewed.get(EntityName.TYPE_OSD).orElseThrow().sessionKey()).isEqualTo(newOsdKey);
    assertThat(renewed.authTicket()).isEqualTo(first.authTicket());
    assertThat(first.needed(EntityName.TYPE_OSD, later)).isEqualTo(EntityName.TYPE_OSD);
    assertThat(renewed.needed(EntityName.TYPE_OSD, later)).isZero();
  }

  @Test
  void anErrorStatusIsAnAuthenticationError() {
    byte[] reply = Bytes.encode(out -> out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(-13));

    assertThatThrownBy(() -> sessionKeyReply(SECRET, CephxTicketSet.empty(), reply))
        .isInstanceOf(CephxAuthenticationException.class)
        .hasMessageContaining("status -13");
  }

  @Test
  void aReplyToAnotherRequestIsRejected() {
    byte[] reply = Bytes.encode(out -> out.u16(CephxConstants.GET_ROTATING_KEY).s32(0));

    assertThatThrownBy(() -> sessionKeyReply(SECRET, CephxTicketSet.empty(), reply))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("answers GET_ROTATING_KEY, expected GET_AUTH_SESSION_KEY");
  }

  @Test
  void aReplyWithoutAnAuthTicketIsRejected() {
    byte[] reply =
        Bytes.encode(
            out -> {
              out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(0);
              MonitorSide.ticketReply(
                  out,
                  SECRET,
                  List.of(
                      new MonitorSide.Grant(EntityName.TYPE_OSD, OSD_KEY, HOUR, OSD_TICKET, null)));
              out.bufferlist(new byte[0]).bufferlist(new byte[0]);
            });

    assertThatThrownBy(() -> sessionKeyReply(SECRET, CephxTicketSet.empty(), reply))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("no AUTH ticket");
  }

  @Test
  void aSessionKeyOfAnotherTypeIsRejected() {
    byte[] reply =
        Bytes.encode(
            out -> {
              out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(0);
              out.u8(1).u32(1).u32(EntityName.TYPE_AUTH).u8(1);
              CephxCrypto.encodeEncrypt(
                  SECRET,
                  body -> body.u8(1).u16(2).u32(0).u32(0).u16(16).bytes(new byte[16]).u32(1).u32(0),
                  out);
            });

    assertThatThrownBy(() -> sessionKeyReply(SECRET, CephxTicketSet.empty(), reply))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("type 2; only AES (1) is supported");
  }

  @Test
  void renewAfterLeavesAQuarterOfTheValidity() {
    CephxTicket ticket =
        CephxTicket.received(EntityName.TYPE_MON, OSD_KEY, OSD_TICKET, new UTime(10, 500), T0);

    assertThat(ticket.expires()).isEqualTo(T0.plusSeconds(10).plusNanos(500));
    assertThat(ticket.renewAfter()).isEqualTo(T0.plusMillis(7500).plusNanos(500));
    assertThat(ticket.needsRenewal(T0.plusMillis(7500))).isFalse();
    assertThat(ticket.needsRenewal(T0.plusMillis(7500).plusNanos(500))).isTrue();
    assertThat(ticket.isExpired(T0.plusSeconds(10))).isFalse();
    assertThat(ticket.isExpired(T0.plusSeconds(10).plusNanos(500))).isTrue();
  }

  @Test
  void neededListsMissingAndStaleServices() {
    CephxTicketSet tickets =
        sessionKeyReply(SECRET, CephxTicketSet.empty(), firstReply()).tickets();
    int wanted = EntityName.TYPE_MON | EntityName.TYPE_OSD | EntityName.TYPE_MGR;

    assertThat(tickets.needed(wanted, T0)).isEqualTo(EntityName.TYPE_MON | EntityName.TYPE_MGR);
    assertThat(CephxTicketSet.empty().needed(wanted, T0)).isEqualTo(wanted);
  }

  /** AUTH ticket under the client secret, plus an OSD ticket in the extra tickets. */
  private static byte[] firstReply() {
    return Bytes.encode(
        out -> {
          out.u16(CephxConstants.GET_AUTH_SESSION_KEY).s32(0);
          MonitorSide.ticketReply(
              out,
              SECRET,
              List.of(
                  new MonitorSide.Grant(EntityName.TYPE_AUTH, AUTH_KEY_1, HOUR, TICKET_1, null)));
          out.bufferlist(
              Bytes.encode(
                  e ->
                      CephxCrypto.encodeEncrypt(
                          AUTH_KEY_1, body -> body.bufferlist(new byte[0]), e)));
          out.bufferlist(
              Bytes.encode(
                  e ->
                      MonitorSide.ticketReply(
                          e,
                          AUTH_KEY_1,
                          List.of(
                              new MonitorSide.Grant(
                                  EntityName.TYPE_OSD, OSD_KEY, HOUR, OSD_TICKET, null)))));
        });
  }

  private static CephxSessionKeyReply sessionKeyReply(
      CryptoKey secret, CephxTicketSet previous, byte[] payload) {
    return read(payload, buf -> CephxSessionKeyReply.decode(buf, secret, previous, T0));
  }
}
