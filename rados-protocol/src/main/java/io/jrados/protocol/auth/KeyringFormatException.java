package io.jrados.protocol.auth;

/**
 * A keyring file could not be parsed. The message names the file and line; it never contains a key
 * or the text of a {@code key =} line.
 */
public final class KeyringFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /** Creates an exception for line {@code line} (1-based) of {@code source}. */
  public KeyringFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file name or other description of the keyring that was parsed. */
  public String source() {
    return source;
  }

  /** The 1-based line number the problem is on. */
  public int line() {
    return line;
  }
}
