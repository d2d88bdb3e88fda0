package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;

/**
 * An encrypted cephx blob did not decrypt to a valid plaintext: the padding or the magic number
 * after decryption was wrong. Almost always the key was the wrong one (a stale keyring, a session
 * key of another service); otherwise the data was corrupted.
 *
 * <p>The message says which blob failed; it never contains key or plaintext bytes.
 */
public final class CephxDecryptionException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message names the blob that failed to decrypt. */
  public CephxDecryptionException(String message) {
    super(message);
  }
}
