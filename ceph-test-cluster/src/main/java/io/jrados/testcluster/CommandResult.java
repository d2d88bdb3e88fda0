package io.jrados.testcluster;

import java.util.List;

/**
 * What a command printed and how it exited.
 *
 * @param command the argv that ran
 * @param exitCode its exit status
 * @param stdout standard output, UTF-8
 * @param stderr standard error, UTF-8
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

  public CommandResult {
    command = List.copyOf(command);
  }

  public boolean ok() {
    return exitCode == 0;
  }

  /** Returns this result, or throws one that quotes the command, its status and its stderr. */
  public CommandResult requireOk() {
    if (exitCode != 0) {
      throw new CephTestClusterException(
          "`"
              + String.join(" ", command)
              + "` exited with "
              + exitCode
              + (stderr.isBlank() ? "" : ": " + stderr.strip()));
    }
    return this;
  }
}
