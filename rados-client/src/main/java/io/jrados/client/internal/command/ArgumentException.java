package io.jrados.client.internal.command;

/**
 * A word that does not fit a signature. The {@link Kind} matters more than the text: the matcher
 * moves on to the next candidate after a {@link Kind#PREFIX} or {@link Kind#TOO_FEW} mismatch, but
 * stops and reports the others, just as the {@code ceph} tool does.
 */
public final class ArgumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the words did not fit; mirrors the tool's exception classes. */
  public enum Kind {
    /** A fixed command word differs: probably just another command. */
    PREFIX,
    /** Fewer words than the signature's required arguments. */
    TOO_FEW,
    /** A required argument is absent. */
    MISSING,
    /** A repeated argument got too few values. */
    NUMBER,
    /** A value has the wrong shape. */
    FORMAT,
    /** A value has the right shape but is refused (range, choices, unexpected option). */
    VALID,
    /** Words left over once the signature is satisfied. */
    UNUSED
  }

  private final Kind kind;

  ArgumentException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /** Why the words did not fit. */
  public Kind kind() {
    return kind;
  }
}
