package io.jrados.protocol.auth.cephx;

import static io.jrados.protocol.auth.cephx.Bytes.hex;
import static io.jrados.protocol.auth.cephx.Bytes.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.UTime;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CephxCryptoTest {
  /** The key 00 01 02 ... 0f. */
  private static final CryptoKey KEY =
      CryptoKey.aes(hex("000102030405060708090a0b0c0d0e0f"), UTime.ZERO);

  @Test
  void aesCbcUsesTheFixedIvAndAlwaysPads() {
    // Reference value from Python's "cryptography" package: AES-128-CBC, IV "cephsageyudagreg",
    // 16 zero bytes plus a full block of PKCS#7 padding.
    byte[] ciphertext = CephxCrypto.encrypt(KEY, new byte[16]);

    assertThat(hex(ciphertext))
        .isEqualTo("7bb9ad20b151a15d7cc7279c77d9900ce763810014dc295a4b89dccb55c0b1a2");
    assertThat(CephxCrypto.decrypt(KEY, ciphertext, "test")).isEqualTo(new byte[16]);
  }

  @Test
  void encodeEncryptRoundTripsWithALengthPrefix() {
    byte[] encoded =
        Bytes.encode(out -> CephxCrypto.encodeEncrypt(KEY, body -> body.u64(42).string("x"), out));

    // le32 length, then 9 header + 8 + 5 = 22 bytes padded to 32.
    assertThat(encoded).hasSize(4 + 32);
    assertThat(Arrays.copyOf(encoded, 4)).isEqualTo(new byte[] {32, 0, 0, 0});
    String decoded =
        read(
            encoded,
            buf ->
                CephxCrypto.decodeDecrypt(
                    KEY, new CephDecoder(buf), "test", d -> d.u64() + ":" + d.string()));
    assertThat(decoded).isEqualTo("42:x");
  }

  @Test
  void encBlHasNoLengthPrefix() {
    byte[] ciphertext = CephxCrypto.encryptEncBl(KEY, body -> body.u8(1).u64(7));

    assertThat(ciphertext).hasSize(32);
    long value = CephxCrypto.decryptEncBl(KEY, ciphertext, "test", d -> d.u8() + d.u64());
    assertThat(value).isEqualTo(8);
  }

  @Test
  void aWrongKeyIsADecryptionErrorThatNamesTheBlobOnly() {
    byte[] ciphertext = CephxCrypto.encryptEncBl(KEY, body -> body.u64(7));
    CryptoKey other = MonitorSide.key(1);

    assertThatThrownBy(() -> CephxCrypto.decryptEncBl(other, ciphertext, "the blob", d -> d.u64()))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageStartingWith("the blob: ")
        .hasMessageNotContaining(hex(other.secretBytes()))
        .hasMessageNotContaining(hex(KEY.secretBytes()));
  }

  @Test
  void aMissingMagicIsADecryptionError() {
    // Valid padding under the right key, but no cephx header inside.
    byte[] ciphertext =
        CephxCrypto.encrypt(KEY, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> CephxCrypto.decryptEncBl(KEY, ciphertext, "blob", d -> d.u8()))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageContaining("bad magic");
  }

  @Test
  void aPlaintextShorterThanTheHeaderIsADecryptionError() {
    byte[] ciphertext = CephxCrypto.encrypt(KEY, new byte[] {1, 2, 3});

    assertThatThrownBy(() -> CephxCrypto.decryptEncBl(KEY, ciphertext, "blob", d -> d.u8()))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageContaining("too short for the header");
  }

  @Test
  void ciphertextThatIsNotWholeBlocksIsRejectedBeforeDecrypting() {
    assertThatThrownBy(() -> CephxCrypto.decrypt(KEY, new byte[0], "blob"))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageContaining("length 0");
    assertThatThrownBy(() -> CephxCrypto.decrypt(KEY, new byte[17], "blob"))
        .isInstanceOf(CephxDecryptionException.class)
        .hasMessageContaining("length 17");
  }

  @Test
  void aMalformedPlaintextIsAProtocolErrorNamingTheBlob() {
    byte[] ciphertext = CephxCrypto.encryptEncBl(KEY, body -> body.u32(1000));

    assertThatThrownBy(() -> CephxCrypto.decryptEncBl(KEY, ciphertext, "blob", CephDecoder::string))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("malformed decrypted blob: ");
  }

  @Test
  void everyTruncationOfAnEncodedBlobFails() {
    byte[] encoded = Bytes.encode(out -> CephxCrypto.encodeEncrypt(KEY, body -> body.u64(1), out));
    for (int length = 0; length < encoded.length; length++) {
      byte[] prefix = Arrays.copyOf(encoded, length);
      assertThatThrownBy(
              () ->
                  read(
                      prefix,
                      buf ->
                          CephxCrypto.decodeDecrypt(KEY, new CephDecoder(buf), "t", d -> d.u64())))
          .as("first %d bytes", length)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Test
  void hmacSha256MatchesAReferenceValue() {
    // Reference value from Python's hmac module.
    byte[] mac =
        read(
            "msgr2 pre-auth bytes".getBytes(StandardCharsets.US_ASCII),
            buf -> {
              byte[] out = CephxCrypto.hmacSha256(KEY, buf);
              assertThat(buf.readerIndex()).isZero();
              return out;
            });

    assertThat(hex(mac))
        .isEqualTo("e5f584177ee95d6436b319d287ddd6d0324086920735a210c67da373236f74a2");
  }
}
