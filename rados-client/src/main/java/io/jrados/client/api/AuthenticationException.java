package io.jrados.client.api;

/**
 * cephx refused us: a wrong key, an unknown entity, or missing caps. The message names the entity
 * and the mon, and quotes what the mon said, never the key.
 */
public class AuthenticationException extends RadosException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message, int errno) {
    super(message, errno, null);
  }
}
