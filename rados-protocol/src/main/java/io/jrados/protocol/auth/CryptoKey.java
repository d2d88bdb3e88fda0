package io.jrados.protocol.auth;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A Ceph secret key ({@code CryptoKey} in {@code auth/Crypto.h}): {@code le16 type, utime_t
 * created, le16 length, secret bytes}.
 *
 * <p>Keyrings store this encoding in base64, and cephx sends it, encrypted, for every session key
 * it hands out. Only AES-128 keys exist in practice; other types and lengths are rejected when
 * decoded, because no cephx operation could use them.
 *
 * <p>Immutable. The secret is copied in and out, never exposed by reference, and never appears in
 * {@link #toString()} or an exception message.
 */
public final class CryptoKey {
  /** {@code CEPH_CRYPTO_NONE}: no key. */
  public static final int TYPE_NONE = 0;

  /** {@code CEPH_CRYPTO_AES}: AES-128, the type of every cephx key. */
  public static final int TYPE_AES = 1;

  /** Length of an AES-128 secret. */
  public static final int AES_KEY_LENGTH = 16;

  /** Encoded size of an AES key: type, created, length and secret. */
  public static final int AES_ENCODED_LENGTH = 2 + 8 + 2 + AES_KEY_LENGTH;

  private final int type;
  private final UTime created;
  private final byte[] secret;

  private CryptoKey(int type, UTime created, byte[] secret) {
    this.type = type;
    this.created = created;
    this.secret = secret;
  }

  /**
   * An AES-128 key.
   *
   * @param secret the 16 key bytes; copied
   * @throws IllegalArgumentException if {@code secret} is not 16 bytes long
   */
  public static CryptoKey aes(byte[] secret, UTime created) {
    Objects.requireNonNull(created, "created");
    if (secret.length != AES_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an AES key has " + AES_KEY_LENGTH + " bytes, not " + secret.length);
    }
    return new CryptoKey(TYPE_AES, created, secret.clone());
  }

  /**
   * Reads {@code le16 type, utime_t created, le16 length, secret}.
   *
   * @throws ProtocolException if the key is not an AES-128 key
   */
  public static CryptoKey decode(CephDecoder in) {
    int at = in.offset();
    int type = in.u16();
    UTime created = UTime.decode(in);
    int length = in.u16();
    if (type != TYPE_AES) {
      throw new ProtocolException(
          "crypto key at offset " + at + " has type " + type + "; only AES (1) is supported");
    }
    if (length != AES_KEY_LENGTH) {
      throw new ProtocolException(
          "AES crypto key at offset " + at + " has " + length + " secret bytes, not 16");
    }
    return new CryptoKey(type, created, in.bytes(length));
  }

  /**
   * Parses the base64 text a keyring holds after {@code key =}.
   *
   * @throws ProtocolException if the text is not base64 of exactly one AES key; the message never
   *     repeats the text
   */
  public static CryptoKey fromBase64(String text) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      // The JDK's message may quote the offending character; keep the key text out of it.
      throw new ProtocolException("secret key is not valid base64");
    }
    ByteBuf buf = Unpooled.wrappedBuffer(raw);
    try {
      CephDecoder in = new CephDecoder(buf);
      CryptoKey key = decode(in);
      if (in.hasRemaining()) {
        throw new ProtocolException(
            "secret key has " + in.remaining() + " bytes after the encoded key");
      }
      return key;
    } finally {
      buf.release();
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Writes {@code le16 type, utime_t created, le16 length, secret}. */
  public void encode(CephEncoder out) {
    out.u16(type);
    created.encode(out);
    out.u16(secret.length);
    out.bytes(secret);
  }

  /** The key type, {@link #TYPE_AES}. */
  public int type() {
    return type;
  }

  /** When the key was created, as recorded by whoever created it. */
  public UTime created() {
    return created;
  }

  /** A copy of the secret bytes. The caller should overwrite the copy once done with it. */
  public byte[] secretBytes() {
    return secret.clone();
  }

  /** Compares the secrets in constant time, so that equality checks leak no timing. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CryptoKey k
        && type == k.type
        && created.equals(k.created)
        && MessageDigest.isEqual(secret, k.secret);
  }

  @Override
  public int hashCode() {
    // Deliberately independent of the secret: hashes end up in logs and heap dumps.
    return Objects.hash(type, created);
  }

  /** Type and creation time; the secret is shown only as its length. */
  @Override
  public String toString() {
    return "CryptoKey{type="
        + (type == TYPE_AES ? "AES" : Integer.toString(type))
        + ", created="
        + created
        + ", secret=<redacted "
        + secret.length
        + " bytes>}";
  }
}
