package io.jrados.protocol.auth.cephx;

import static io.jrados.protocol.auth.cephx.Bytes.hex;
import static io.jrados.protocol.auth.cephx.Bytes.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class CephxAuthenticateTest {
  private static final CryptoKey SECRET = MonitorSide.key(3);

  @Test
  void theProofXorsTheLengthPrefixAndTheFirst28CiphertextBytes() {
    long server = 0x1122334455667788L;
    long client = 0x0102030405060708L;
    byte[] framed =
        Bytes.encode(
            out -> CephxCrypto.encodeEncrypt(SECRET, body -> body.u64(server).u64(client), out));
    assertThat(framed).hasSize(36);
    ByteBuffer words = ByteBuffer.wrap(framed).order(ByteOrder.LITTLE_ENDIAN);
    long expected = words.getLong(0) ^ words.getLong(8) ^ words.getLong(16) ^ words.getLong(24);

    assertThat(CephxAuthenticate.clientProof(SECRET, server, client)).isEqualTo(expected);
  }

  @Test
  void encodesTheRequestTypeAndVersion3() {
    CephxTicketBlob old = new CephxTicketBlob(9, new byte[] {(byte) 0xAB, (byte) 0xCD});
    CephxAuthenticate request = new CephxAuthenticate(0x0807060504030201L, -1L, old, 0x15);

    assertThat(hex(Bytes.encode(request::encode)))
        .isEqualTo(
            "0001" // GET_AUTH_SESSION_KEY
                + "03" // struct_v
                + "0102030405060708" // client_challenge
                + "ffffffffffffffff" // key
                + "01"
                + "0900000000000000"
                + "02000000abcd" // old ticket
                + "15000000"); // other_keys
  }

  @Test
  void serverChallengeIsExactlyNineBytes() {
    CephxServerChallenge challenge = read(hex("01 0807060504030201"), CephxServerChallenge::decode);
    assertThat(challenge.serverChallenge()).isEqualTo(0x0102030405060708L);

    assertThatThrownBy(() -> read(hex("01 08070605040302"), CephxServerChallenge::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("8 bytes");
    assertThatThrownBy(() -> read(hex("01 0807060504030201 00"), CephxServerChallenge::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("10 bytes");
  }
}
