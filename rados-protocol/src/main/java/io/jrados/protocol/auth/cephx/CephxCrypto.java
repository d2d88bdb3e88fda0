package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography cephx uses: AES-128-CBC with a fixed IV and PKCS#7 padding, the "encode_encrypt"
 * framing around it, and HMAC-SHA256.
 *
 * <p><b>Encrypted blobs.</b> Ceph never encrypts a bare value: it encrypts {@code u8 1, le64
 * AUTH_ENC_MAGIC, value} so that the receiver can tell a wrong key from a right one (CBC has no
 * authentication tag). {@code encode_encrypt} then writes the ciphertext as a bufferlist ({@code
 * le32 length, bytes}); {@code encode_encrypt_enc_bl}, used for the authorizer challenge, writes
 * the ciphertext alone. Both are here, with their decoding counterparts.
 *
 * <p><b>Why the JDK's provider and not BouncyCastle.</b> The algorithm is the same, and the JDK's
 * AES is intrinsified to AES-NI on x86 and the ARMv8 crypto instructions, while BouncyCastle's
 * lightweight AES runs in plain Java. The JDK provider is always present, needs no registration,
 * and {@code AES/CBC/PKCS5Padding} is one of the transformations every JDK must support (for a
 * 16-byte block, "PKCS5" padding is PKCS#7).
 *
 * <p>The IV is constant, {@code "cephsageyudagreg"}: that is the protocol, and the reason each
 * encrypted blob starts with a fixed header rather than anything secret.
 */
public final class CephxCrypto {
  private static final byte[] IV = "cephsageyudagreg".getBytes(StandardCharsets.US_ASCII);
  private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
  private static final int BLOCK = 16;
  private static final int HEADER_VERSION = 1;
  private static final int HEADER_LENGTH = 1 + 8;

  private CephxCrypto() {}

  /** AES-128-CBC-encrypts {@code plaintext} with {@code key}, padding it to a whole block. */
  public static byte[] encrypt(CryptoKey key, byte[] plaintext) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, key).doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC encryption failed", e);
    }
  }

  /**
   * Decrypts AES-128-CBC {@code ciphertext} with {@code key} and strips the padding.
   *
   * @param what names the blob in the error message
   * @throws CephxDecryptionException if the length is not a positive multiple of 16 or the padding
   *     is invalid, which is what a wrong key usually produces
   */
  public static byte[] decrypt(CryptoKey key, byte[] ciphertext, String what) {
    if (ciphertext.length == 0 || ciphertext.length % BLOCK != 0) {
      throw new CephxDecryptionException(
          what + ": ciphertext length " + ciphertext.length + " is not a positive multiple of 16");
    }
    Cipher cipher = cipher(Cipher.DECRYPT_MODE, key);
    try {
      return cipher.doFinal(ciphertext);
    } catch (BadPaddingException e) {
      throw new CephxDecryptionException(what + ": bad padding after decryption (wrong key?)");
    } catch (IllegalBlockSizeException e) {
      throw new CephxDecryptionException(what + ": ciphertext is not a whole number of blocks");
    }
  }

  /**
   * Ceph's {@code encode_encrypt}: encrypts the header and what {@code body} writes, and appends
   * the ciphertext to {@code out} as a bufferlist ({@code le32} length first).
   */
  public static void encodeEncrypt(CryptoKey key, Consumer<CephEncoder> body, CephEncoder out) {
    out.bufferlist(encryptEncBl(key, body));
  }

  /**
   * Ceph's {@code encode_encrypt_enc_bl}: the ciphertext of the header and what {@code body}
   * writes, with no length in front.
   */
  public static byte[] encryptEncBl(CryptoKey key, Consumer<CephEncoder> body) {
    ByteBuf buf = Unpooled.buffer();
    byte[] plaintext = null;
    try {
      CephEncoder encoder = new CephEncoder(buf);
      encoder.u8(HEADER_VERSION).u64(CephxConstants.AUTH_ENC_MAGIC);
      body.accept(encoder);
      plaintext = new byte[buf.readableBytes()];
      buf.readBytes(plaintext);
      return encrypt(key, plaintext);
    } finally {
      buf.setZero(0, buf.capacity());
      buf.release();
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }

  /**
   * Ceph's {@code decode_decrypt}: reads a bufferlist of ciphertext from {@code in}, decrypts it,
   * checks the header and lets {@code body} read the value.
   *
   * <p>{@code body} must copy what it keeps: the plaintext is overwritten when it returns. Bytes it
   * leaves unread are ignored, as Ceph does, so that newer encoders can append fields.
   *
   * @param what names the blob in error messages, e.g. {@code "CephXServiceTicket"}
   * @throws CephxDecryptionException if the key is wrong
   * @throws ProtocolException if the ciphertext is truncated or the plaintext malformed
   */
  public static <T> T decodeDecrypt(
      CryptoKey key, CephDecoder in, String what, Function<CephDecoder, T> body) {
    byte[] ciphertext = in.bufferlist();
    return decryptEncBl(key, ciphertext, what, body);
  }

  /**
   * Ceph's {@code decode_decrypt_enc_bl}: decrypts {@code ciphertext} (no length prefix), checks
   * the header and lets {@code body} read the value. The same rules as {@link #decodeDecrypt}
   * apply.
   */
  public static <T> T decryptEncBl(
      CryptoKey key, byte[] ciphertext, String what, Function<CephDecoder, T> body) {
    byte[] plaintext = decrypt(key, ciphertext, what);
    ByteBuf buf = Unpooled.wrappedBuffer(plaintext);
    try {
      if (plaintext.length < HEADER_LENGTH) {
        throw new CephxDecryptionException(
            what + ": " + plaintext.length + " bytes decrypted, too short for the header");
      }
      CephDecoder decoder = new CephDecoder(buf, plaintext.length);
      decoder.u8(); // Header version: Ceph writes 1 and never reads it.
      if (decoder.u64() != CephxConstants.AUTH_ENC_MAGIC) {
        // The value read is key-dependent garbage; it stays out of the message.
        throw new CephxDecryptionException(what + ": bad magic after decryption (wrong key?)");
      }
      try {
        return body.apply(decoder);
      } catch (CephxDecryptionException e) {
        throw e;
      } catch (ProtocolException e) {
        throw new ProtocolException("malformed decrypted " + what + ": " + e.getMessage(), e);
      }
    } finally {
      buf.release();
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * HMAC-SHA256 of the readable bytes of {@code data} (not consumed), keyed with the secret of
   * {@code key}. msgr2 signs the pre-auth exchange with it (AUTH_SIGNATURE).
   */
  public static byte[] hmacSha256(CryptoKey key, ByteBuf data) {
    byte[] secret = key.secretBytes();
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      for (ByteBuffer part : data.nioBuffers()) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static Cipher cipher(int mode, CryptoKey key) {
    byte[] secret = key.secretBytes();
    try {
      // A Cipher is stateful and not thread-safe; creating one per blob is cheap next to a
      // network round trip and keeps this class free of shared state.
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, new SecretKeySpec(secret, "AES"), new IvParameterSpec(IV));
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(TRANSFORMATION + " is unavailable", e);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }
}
