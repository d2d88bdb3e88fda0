package io.jrados.protocol.auth.cephx;

import static io.jrados.protocol.auth.cephx.Bytes.hex;
import static io.jrados.protocol.auth.cephx.Bytes.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.encoding.UTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays a cephx exchange captured from a real Ceph 16.2.15 monitor (see the fixture files): the
 * monitor accepted the proof computed from these inputs and answered with this AUTH_DONE, so
 * matching it proves the challenge math and the ticket decoding against Ceph itself.
 */
class MonAuthCaptureTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final int MON_OSD_MGR =
      EntityName.TYPE_MON | EntityName.TYPE_OSD | EntityName.TYPE_MGR;

  private record Capture(
      CryptoKey secret,
      long clientChallenge,
      long proof,
      byte[] replyMorePayload,
      long globalId,
      int conMode,
      byte[] authDonePayload) {

    static Capture load(String mode) {
      Properties p = Bytes.fixture("mon-auth-" + mode + ".properties");
      // Frame payloads: AUTH_REPLY_MORE = bufferlist; AUTH_DONE = u64 global_id, u32 con_mode,
      // bufferlist. Unwrap them here as the msgr2 layer will.
      byte[] replyMore = hex(p.getProperty("auth_reply_more"));
      byte[] authDone = hex(p.getProperty("auth_done"));
      return read(
          authDone,
          buf -> {
            CephDecoder d = new CephDecoder(buf);
            long globalId = d.u64();
            int conMode = d.s32();
            byte[] payload = d.bufferlist();
            assertThat(d.hasRemaining()).isFalse();
            return new Capture(
                CryptoKey.fromBase64(p.getProperty("secret")),
                Long.parseUnsignedLong(p.getProperty("client_challenge"), 16),
                Long.parseUnsignedLong(p.getProperty("proof"), 16),
                read(replyMore, b -> new CephDecoder(b).bufferlist()),
                globalId,
                conMode,
                payload);
          });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void proofMatchesWhatTheMonitorAccepted(String mode) {
    Capture c = Capture.load(mode);
    CephxServerChallenge challenge = read(c.replyMorePayload(), CephxServerChallenge::decode);

    CephxAuthenticate request =
        CephxAuthenticate.create(
            c.secret(), challenge, c.clientChallenge(), CephxTicketBlob.NONE, MON_OSD_MGR);

    assertThat(request.proof()).isEqualTo(c.proof());
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void authDoneDecryptsToTicketsAndConnectionSecret(String mode) {
    Capture c = Capture.load(mode);

    CephxSessionKeyReply reply = decode(c, c.secret());

    assertThat(c.conMode()).isEqualTo(mode.equals("crc") ? 1 : 2);
    assertThat(c.globalId()).isPositive();
    assertThat(reply.connectionSecret()).hasSize(mode.equals("crc") ? 0 : 64);
    CephxTicketSet tickets = reply.tickets();
    assertThat(tickets.tickets())
        .extracting(CephxTicket::serviceId)
        .containsExactly(
            EntityName.TYPE_MON, EntityName.TYPE_OSD, EntityName.TYPE_MGR, EntityName.TYPE_AUTH);
    CephxTicket auth = tickets.authTicket().orElseThrow();
    // auth_mon_ticket_ttl is 72 h in 16.2.15, auth_service_ticket_ttl 1 h.
    assertThat(auth.validity()).isEqualTo(new UTime(259_200, 0));
    assertThat(auth.expires()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    assertThat(auth.renewAfter()).isEqualTo(NOW.plus(Duration.ofHours(54)));
    assertThat(auth.sessionKey().type()).isEqualTo(CryptoKey.TYPE_AES);
    assertThat(auth.ticket().isEmpty()).isFalse();
    CephxTicket osd = tickets.get(EntityName.TYPE_OSD).orElseThrow();
    assertThat(osd.validity()).isEqualTo(new UTime(3600, 0));
    assertThat(osd.renewAfter()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));
    assertThat(osd.sessionKey()).isNotEqualTo(auth.sessionKey());
    assertThat(tickets.needed(MON_OSD_MGR | EntityName.TYPE_AUTH, NOW)).isZero();
    assertThat(tickets.needed(MON_OSD_MGR, NOW.plus(Duration.ofMinutes(45))))
        .isEqualTo(MON_OSD_MGR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void aWrongSecretIsADecryptionError(String mode) {
    Capture c = Capture.load(mode);
    CryptoKey wrong = MonitorSide.key(99);

    assertThatThrownBy(() -> decode(c, wrong))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageContaining("CephXServiceTicket for auth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void everyTruncationFailsWithAProtocolException(String mode) {
    Capture c = Capture.load(mode);
    for (int length = 0; length < c.authDonePayload().length; length++) {
      byte[] prefix = Arrays.copyOf(c.authDonePayload(), length);
      assertThatThrownBy(() -> decodePayload(prefix, c.secret()))
          .as("first %d of %d bytes", length, c.authDonePayload().length)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void corruptedRepliesFailOnlyWithProtocolExceptions(String mode) {
    Capture c = Capture.load(mode);
    Random random = new Random(0xCE9F);
    for (int round = 0; round < 2_000; round++) {
      byte[] input = c.authDonePayload().clone();
      for (int i = random.nextInt(3) + 1; i > 0; i--) {
        input[random.nextInt(input.length)] = (byte) random.nextInt(256);
      }
      try {
        decodePayload(input, c.secret());
      } catch (ProtocolException expected) {
        // The only acceptable failure.
      } catch (RuntimeException | Error e) {
        fail("decoding threw %s on %s", e, hex(input), e);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void nothingSecretIsPrinted(String mode) {
    Capture c = Capture.load(mode);
    CephxSessionKeyReply reply = decode(c, c.secret());

    String text = reply.toString();
    assertThat(text).contains("redacted").contains("secretId=");
    for (CephxTicket ticket : reply.tickets().tickets()) {
      assertThat(text)
          .doesNotContain(hex(ticket.sessionKey().secretBytes()))
          .doesNotContain(hex(ticket.ticket().blob()).substring(0, 16));
    }
    if (reply.connectionSecret().length > 0) {
      assertThat(text).doesNotContain(hex(reply.connectionSecret()).substring(0, 16));
    }
  }

  private static CephxSessionKeyReply decode(Capture c, CryptoKey secret) {
    return decodePayload(c.authDonePayload(), secret);
  }

  private static CephxSessionKeyReply decodePayload(byte[] payload, CryptoKey secret) {
    return read(
        payload, buf -> CephxSessionKeyReply.decode(buf, secret, CephxTicketSet.empty(), NOW));
  }
}
