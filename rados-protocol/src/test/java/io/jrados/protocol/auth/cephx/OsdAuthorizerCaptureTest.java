package io.jrados.protocol.auth.cephx;

import static io.jrados.protocol.auth.cephx.Bytes.hex;
import static io.jrados.protocol.auth.cephx.Bytes.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.encoding.UTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays an authorizer exchange with a real Ceph 16.2.15 OSD (see the fixture files). cephx's
 * encryption is deterministic (fixed IV), so the authorizers built here must equal, byte for byte,
 * the ones the OSD accepted.
 */
class OsdAuthorizerCaptureTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private record Capture(
      CephxTicket ticket,
      long globalId,
      long nonce,
      byte[] authorizer1,
      byte[] challenge,
      byte[] authorizer2,
      int conMode,
      byte[] reply) {

    static Capture load(String mode) {
      Properties p = Bytes.fixture("osd-authorizer-" + mode + ".properties");
      CryptoKey sessionKey = CryptoKey.aes(hex(p.getProperty("osd_session_key")), UTime.ZERO);
      CephxTicketBlob blob =
          read(hex(p.getProperty("osd_ticket")), b -> CephxTicketBlob.decode(new CephDecoder(b)));
      CephxTicket ticket =
          CephxTicket.received(EntityName.TYPE_OSD, sessionKey, blob, new UTime(3600, 0), NOW);
      byte[] authDone = hex(p.getProperty("auth_done"));
      return read(
          authDone,
          buf -> {
            // AUTH_DONE frame payload: u64 global_id, u32 con_mode, bufferlist.
            CephDecoder d = new CephDecoder(buf);
            d.u64();
            int conMode = d.s32();
            byte[] reply = d.bufferlist();
            return new Capture(
                ticket,
                Long.parseLong(p.getProperty("global_id")),
                Long.parseUnsignedLong(p.getProperty("nonce"), 16),
                hex(p.getProperty("authorizer1")),
                read(hex(p.getProperty("reply_more")), b -> new CephDecoder(b).bufferlist()),
                hex(p.getProperty("authorizer2")),
                conMode,
                reply);
          });
    }

    CephxAuthorizer authorizer() {
      return CephxAuthorizer.create(globalId, ticket, nonce);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void authorizersMatchWhatTheOsdAccepted(String mode) {
    Capture c = Capture.load(mode);
    CephxAuthorizer first = c.authorizer();

    assertThat(hex(Bytes.encode(first::encode))).isEqualTo(hex(c.authorizer1()));

    CephxAuthorizer second = read(c.challenge(), first::withChallenge);
    assertThat(second.hasChallenge()).isTrue();
    assertThat(hex(Bytes.encode(second::encode))).isEqualTo(hex(c.authorizer2()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void theOsdReplyProvesTheNonceAndCarriesTheConnectionSecret(String mode) {
    Capture c = Capture.load(mode);

    byte[] secret = read(c.reply(), c.authorizer()::verifyReply);

    assertThat(c.conMode()).isEqualTo(mode.equals("crc") ? 1 : 2);
    assertThat(secret).hasSize(mode.equals("crc") ? 0 : 64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void aReplyToAnotherNonceIsRejected(String mode) {
    Capture c = Capture.load(mode);
    CephxAuthorizer other = CephxAuthorizer.create(c.globalId(), c.ticket(), c.nonce() + 1);

    assertThatThrownBy(() -> read(c.reply(), other::verifyReply))
        .isInstanceOf(CephxAuthenticationException.class)
        .hasMessageContaining("osd")
        .hasMessageContaining("nonce mismatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void aReplyUnderAnotherKeyIsADecryptionError(String mode) {
    Capture c = Capture.load(mode);
    CephxTicket forged =
        CephxTicket.received(
            EntityName.TYPE_OSD, MonitorSide.key(5), c.ticket().ticket(), new UTime(1, 0), NOW);
    CephxAuthorizer other = CephxAuthorizer.create(c.globalId(), forged, c.nonce());

    assertThatThrownBy(() -> read(c.reply(), other::verifyReply))
        .isInstanceOf(CephxDecryptionException.class);
    assertThatThrownBy(() -> read(c.challenge(), other::withChallenge))
        .isInstanceOf(CephxDecryptionException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void everyTruncationFailsWithAProtocolException(String mode) {
    Capture c = Capture.load(mode);
    CephxAuthorizer authorizer = c.authorizer();
    for (int length = 0; length < c.reply().length; length++) {
      byte[] prefix = Arrays.copyOf(c.reply(), length);
      assertThatThrownBy(() -> read(prefix, authorizer::verifyReply))
          .as("reply, first %d bytes", length)
          .isInstanceOf(ProtocolException.class);
    }
    for (int length = 0; length < c.challenge().length; length++) {
      byte[] prefix = Arrays.copyOf(c.challenge(), length);
      assertThatThrownBy(() -> read(prefix, authorizer::withChallenge))
          .as("challenge, first %d bytes", length)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc", "secure"})
  void toStringShowsNoKeyMaterial(String mode) {
    Capture c = Capture.load(mode);
    String text = c.authorizer().toString() + c.ticket();

    assertThat(text)
        .contains("service=osd")
        .doesNotContain(hex(c.ticket().sessionKey().secretBytes()))
        .doesNotContain(hex(c.ticket().ticket().blob()).substring(0, 16))
        .doesNotContain(Long.toString(c.nonce()))
        .doesNotContain(Long.toHexString(c.nonce()));
  }
}
