package io.jrados.client.internal.command;

/**
 * The words are not a command the cluster accepts. The message is the text the {@code ceph} tool
 * prints to stderr in the same case, line for line, ending with {@code Error EINVAL: invalid
 * command}; {@link #exitCode()} is the tool's exit status.
 */
public final class CommandMatchException extends Exception {
  private static final long serialVersionUID = 1L;

  /** EINVAL, the tool's exit status for every refused command. */
  public static final int EINVAL = 22;

  /** What went wrong, for callers that react differently. */
  public enum Reason {
    /** No signature fits; the message lists up to 10 closest ones. */
    NO_MATCH,
    /** A signature was identified but an argument is missing, malformed or out of range. */
    INVALID_ARGUMENT,
    /** {@code tell ...} or {@code pg <pgid> ...}: addressed to a daemon, not to the mon or mgr. */
    NOT_MON_OR_MGR
  }

  private final Reason reason;

  CommandMatchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What went wrong. */
  public Reason reason() {
    return reason;
  }

  /** The {@code ceph} tool's exit status for this refusal. */
  public int exitCode() {
    return EINVAL;
  }
}
