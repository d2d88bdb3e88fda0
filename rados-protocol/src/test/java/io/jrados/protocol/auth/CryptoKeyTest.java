package io.jrados.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CryptoKeyTest {
  /** The client.admin key of a disposable test cluster. */
  static final String BASE64 = "AQBD8wJrkxBlEhAAFVWibj2p4CfqSTY/SuAkGA==";

  @Test
  void parsesAKeyringSecret() {
    CryptoKey key = CryptoKey.fromBase64(BASE64);
    byte[] raw = Base64.getDecoder().decode(BASE64);

    assertThat(key.type()).isEqualTo(CryptoKey.TYPE_AES);
    // le16 type, utime created (le32 sec, le32 nsec), le16 length, 16 bytes.
    assertThat(key.created()).isEqualTo(new UTime(0x6b02f343L, 0x12651093L));
    assertThat(key.secretBytes()).isEqualTo(Arrays.copyOfRange(raw, 12, 28));
    assertThat(encode(key)).isEqualTo(raw);
  }

  @Test
  void theSecretCannotBeChangedThroughCopies() {
    CryptoKey key = CryptoKey.fromBase64(BASE64);
    key.secretBytes()[0] ^= 1;

    assertThat(key).isEqualTo(CryptoKey.fromBase64(BASE64));
    assertThat(key).isNotEqualTo(CryptoKey.aes(new byte[16], key.created()));
  }

  @Test
  void rejectsOtherTypesAndLengths() {
    assertThatThrownBy(
            () -> CryptoKey.fromBase64(base64("0200 0000000000000000 1000" + "00".repeat(16))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("type 2");
    assertThatThrownBy(
            () -> CryptoKey.fromBase64(base64("0100 0000000000000000 2000" + "00".repeat(32))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("32 secret bytes");
    assertThatThrownBy(
            () -> CryptoKey.fromBase64(base64("0100 0000000000000000 1000" + "00".repeat(17))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("1 bytes after");
    assertThatThrownBy(() -> CryptoKey.aes(new byte[15], UTime.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidBase64IsRejectedWithoutQuotingIt() {
    String bad = "AQBD8wJrkxBlEhAA!!Wibj2p4CfqSTY/SuAkGA==";

    assertThatThrownBy(() -> CryptoKey.fromBase64(bad))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("secret key is not valid base64");
  }

  @Test
  void everyTruncationFails() {
    byte[] raw = Base64.getDecoder().decode(BASE64);
    for (int length = 0; length < raw.length; length++) {
      byte[] prefix = Arrays.copyOf(raw, length);
      ByteBuf buf = Unpooled.wrappedBuffer(prefix);
      try {
        assertThatThrownBy(() -> CryptoKey.decode(new CephDecoder(buf)))
            .as("first %d bytes", length)
            .isInstanceOf(length < 12 ? TruncatedInputException.class : ProtocolException.class);
      } finally {
        buf.release();
      }
    }
  }

  @Test
  void toStringRedactsTheSecret() {
    CryptoKey key = CryptoKey.fromBase64(BASE64);
    String text = key.toString();

    assertThat(text).contains("AES").contains("redacted 16 bytes");
    assertThat(text)
        .doesNotContain(HexFormat.of().formatHex(key.secretBytes()))
        .doesNotContain(Base64.getEncoder().encodeToString(key.secretBytes()).substring(0, 8))
        .doesNotContain(BASE64.substring(16, 28));
  }

  private static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex.replace(" ", "")));
  }

  private static byte[] encode(CryptoKey key) {
    ByteBuf buf = Unpooled.buffer();
    try {
      key.encode(new CephEncoder(buf));
      byte[] out = new byte[buf.readableBytes()];
      buf.readBytes(out);
      return out;
    } finally {
      buf.release();
    }
  }
}
