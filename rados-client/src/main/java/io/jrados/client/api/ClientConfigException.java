package io.jrados.client.api;

/**
 * The client's configuration is wrong: a {@code ceph.conf} that does not parse, an option with a
 * value of the wrong form, a {@code mon host} that names an unknown host, a bad command-line
 * argument. The message names the file and line or the option; it never contains a key.
 */
public class ClientConfigException extends RadosException {
  private static final long serialVersionUID = 1L;

  /** EINVAL, which is what librados returns for a configuration it cannot use. */
  private static final int EINVAL = 22;

  public ClientConfigException(String message) {
    super(message, EINVAL, null);
  }

  public ClientConfigException(String message, Throwable cause) {
    super(message, EINVAL, cause);
  }
}
