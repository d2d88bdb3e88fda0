package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * AUTH_SIGNATURE ({@code AuthSignatureFrame}): a {@code sha256_digest_t}, 32 raw bytes with no
 * length prefix (kernel {@code prepare_auth_signature}): the HMAC-SHA256 of every byte the receiver
 * sent before authentication finished, keyed with the session key.
 *
 * @param signature the 32-byte HMAC; never shown by {@link #toString()}
 */
public record AuthSignatureFrame(byte[] signature) implements ControlFrame {
  /** Length of a SHA-256 digest. */
  public static final int SIGNATURE_SIZE = 32;

  /** Checks the length and copies the signature. */
  public AuthSignatureFrame {
    if (signature.length != SIGNATURE_SIZE) {
      throw new IllegalArgumentException(
          "an auth signature is " + SIGNATURE_SIZE + " bytes, not " + signature.length);
    }
    signature = signature.clone();
  }

  /** A copy of the signature. */
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_SIGNATURE;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.bytes(signature);
  }

  static AuthSignatureFrame decode(CephDecoder decoder) {
    return new AuthSignatureFrame(decoder.bytes(SIGNATURE_SIZE));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthSignatureFrame f && Bytes.equal(f.signature, signature);
  }

  @Override
  public int hashCode() {
    return Bytes.hash(signature);
  }

  @Override
  public String toString() {
    return "AuthSignatureFrame[signature=" + Bytes.describe(signature) + "]";
  }
}
