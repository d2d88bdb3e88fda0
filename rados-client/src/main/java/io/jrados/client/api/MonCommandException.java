package io.jrados.client.api;

/** A mon command the mon rejected: its return code and status text, as {@code ceph} prints them. */
public class MonCommandException extends RadosException {
  private static final long serialVersionUID = 1L;

  private final String status;
  private final String command;

  public MonCommandException(String command, int returnCode, String status) {
    super(
        "Error "
            + Errno.nameOf(returnCode)
            + ": "
            + (status.isEmpty() ? "(no message)" : status)
            + " [command "
            + command
            + "]",
        returnCode,
        null);
    this.status = status;
    this.command = command;
  }

  /** What the mon said ("unrecognized pool 'x'"). */
  public String status() {
    return status;
  }

  /** The command's JSON. */
  public String command() {
    return command;
  }
}
